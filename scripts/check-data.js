#!/usr/bin/env node
// `npm run data:check` (also the first step of `npm run build`): validate every election folder
// and print every problem as `file › path: expected …, got …`. Exit 1 on any problem, so a build
// with bad data fails before anything is written to build/.
// The checker is TypeScript shared with the site; Vite's module runner loads it without a build.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/lib/server/check-cli.ts', {
	configFile: false,
	logLevel: 'silent'
});
process.exit(module.main(process.argv.slice(2)));
