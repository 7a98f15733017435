import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Data text must stay text: never render data as HTML.
			'svelte/no-at-html-tags': 'error',
			// Internal links go through `href()` in src/lib/paths.ts, which adds the deploy base path and
			// the trailing slash every static page needs; `resolve()` would drop the slash.
			'svelte/no-navigation-without-resolve': 'off',
			// `{' · '}` keeps the spaces around a separator next to inline elements, which Prettier's
			// whitespace handling would otherwise drop ("Urrutia(MUD/PUD)").
			'svelte/no-useless-mustaches': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench-out/', 'test-results/'] }
);
