#!/usr/bin/env node
// `npm run data -- <command>` (bin: escrutinio-data): the editor CLI for election data. A thin
// shell: the commands are TypeScript shared with the site (src/lib/server/data-cli/), run as one
// plain-Node module bundled on first use and whenever a source changes (lib/data-cli-bundle.js).
import { loadDataCli } from './lib/data-cli-bundle.js';

const { main } = await loadDataCli();
process.exitCode = await main(process.argv.slice(2));
