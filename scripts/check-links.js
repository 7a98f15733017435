#!/usr/bin/env node
// `npm run test:links`: linkinator over a build served under a sub-path by a plain static server
// (Python's http.server, as in the e2e suite), starting from every page in the folder so orphan
// pages are checked too. Every internal link, asset (scripts, styles, icons, images, CSS url()),
// and #fragment must resolve. External http(s) links are skipped: the network is closed in CI,
// and their health is not ours to gate a build on.
//   node scripts/check-links.js [build-dir] [sub-path] [port]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LinkChecker } from 'linkinator';
import { listPages, pageUrl } from './lib/site-pages.js';

const [dir = 'build', sub = '/escrutinio', port = process.env.LINKS_PORT ?? '4193'] =
	process.argv.slice(2);
if (!existsSync(dir)) {
	console.error(`✗ ${dir}/ does not exist: run \`BASE_PATH=${sub} npm run build\` first`);
	process.exit(1);
}
const origin = `http://127.0.0.1:${port}`;
const root = `${origin}${sub}/`;

const server = spawn('node', ['scripts/serve-static.js', dir, sub, port], { stdio: 'ignore' });
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			const r = await fetch(root);
			if (r.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the static server did not answer on ${root}`);
}

try {
	await waitForServer();
	const pages = listPages(dir).map((p) => root + pageUrl(p));
	const checker = new LinkChecker();
	const result = await checker.check({
		path: pages,
		recurse: true,
		concurrency: 4,
		timeout: 10_000,
		// Python's http.server drops a connection now and then under load (status 0): retry those.
		retryErrors: true,
		retryErrorsCount: 3,
		retryErrorsJitter: 500,
		checkCss: true,
		checkFragments: true,
		// Only our own origin: external links (sources, archives) are not fetched.
		linksToSkip: async (link) => !link.startsWith(origin)
	});
	const broken = result.links.filter((l) => l.state === 'BROKEN');
	for (const l of broken)
		console.error(`✗ ${l.status ?? '—'} ${l.url}  (linked from ${l.parent ?? '?'})`);
	const ok = result.links.filter((l) => l.state === 'OK').length;
	const skipped = result.links.filter((l) => l.state === 'SKIPPED').length;
	if (broken.length > 0 || ok === 0) {
		console.error(`✗ ${broken.length} broken link(s) of ${result.links.length} under ${root}`);
		process.exitCode = 1;
	} else {
		console.log(
			`✓ ${ok} internal link(s) and assets from ${pages.length} page(s) resolve under ${root} (${skipped} external skipped)`
		);
	}
} catch (e) {
	console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
} finally {
	stop();
}
