#!/usr/bin/env node
// `npm run data -- <command>` (bin: escrutinio-data): the editor CLI for election data. A thin
// shell: the commands are TypeScript shared with the site (src/lib/server/data-cli/), loaded by
// Vite's module runner without a build step.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(resolve(root, 'src/lib/server/data-cli/cli.ts'), {
	configFile: false,
	logLevel: 'silent',
	root
});
process.exitCode = await module.main(process.argv.slice(2));
