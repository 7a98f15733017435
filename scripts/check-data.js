#!/usr/bin/env node
// `npm run data:check` (also the first step of `npm run build`, through scripts/build-start.js):
// validate every election folder and print every problem as `file › path: expected …, got …`.
// Exit 1 on any problem, so a build with bad data fails before anything is written to build/.
// The checker is TypeScript shared with the site; Vite's module runner loads it without a build.
// Its transform needs the tsconfig that `svelte-kit sync` writes (.svelte-kit/tsconfig.json):
// when that file is missing (a fresh clone), this runs the sync first. The build does not run
// `npm run data:check`'s own sync: `vite build` syncs anyway, and a sync costs about 3 s of CPU
// (it loads TypeScript) — docs/build-time.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';

/** Check the data folder (or the one named in `args`); resolves to the exit code. */
export async function checkData(args) {
	if (!existsSync('.svelte-kit/tsconfig.json')) {
		const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
		execFileSync(process.execPath, [join(kit, 'svelte-kit.js'), 'sync'], { stdio: 'inherit' });
	}
	const { module } = await runnerImport('./src/lib/server/check-cli.ts', {
		configFile: false,
		logLevel: 'silent'
	});
	return module.main(args);
}

if (import.meta.url === `file://${process.argv[1]}`)
	process.exit(await checkData(process.argv.slice(2)));
