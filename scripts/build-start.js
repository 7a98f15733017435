#!/usr/bin/env node
// The first step of `npm run build`: the data check (scripts/check-data.js). Before it, SvelteKit's
// previous intermediate output (.svelte-kit/output, ~2,000 files) is moved aside and deleted in the
// background (scripts/lib/discard.js): `vite build` would otherwise delete it first thing, on its
// main thread, with everything else waiting (docs/build-time.md). build/ itself is not touched
// here: it is replaced only at the end of a successful build (svelte.config.js). Exit code: the
// check's.
import { checkData } from './check-data.js';
import { discard, sweepTrash } from './lib/discard.js';

sweepTrash();
discard('.svelte-kit/output');
process.exit(await checkData(process.argv.slice(2)));
