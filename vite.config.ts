import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { clientMessages } from './scripts/lib/client-messages-plugin.js';

export default defineConfig({
	plugins: [sveltekit(), clientMessages()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
