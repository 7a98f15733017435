#!/usr/bin/env node
// The cost of live updates on the wire, measured on a built site: the size of each election's
// live.json (gzip), what one poll costs as a static host answers it (scripts/bench/serve-gzip.js:
// gzip, ETag and Last-Modified, 304 to a conditional request), the bytes one reader downloads in
// an hour of polling with no change, and the poll traffic at 10 k, 100 k and 1 M open pages.
//   node scripts/bench/live.js [site-dir] [poll-seconds]     (default: build/ and 60)
// `npm run bench` calls liveRows() on its own build.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BASE = '/escrutinio';

/** One GET; the bytes on the wire downstream (status line, headers, body as sent). */
function get(port, path, headers = {}) {
	return new Promise((ok, fail) => {
		const req = request(
			{ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'gzip', ...headers } },
			(res) => {
				let body = 0;
				res.on('data', (c) => (body += c.length));
				res.on('end', () => {
					const head =
						`HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length +
						res.rawHeaders.reduce((n, h) => n + h.length + 2, 0) + // "name: value\r\n"
						2;
					ok({ status: res.statusCode, bytes: head + body, etag: res.headers.etag });
				});
			}
		);
		req.on('error', fail);
		req.end();
	});
}

async function withServer(siteDir, port, fn) {
	const child = spawn(
		process.execPath,
		['scripts/bench/serve-gzip.js', siteDir, BASE, String(port)],
		{ stdio: 'ignore' }
	);
	try {
		for (let i = 0; i < 50; i++) {
			try {
				await get(port, `${BASE}/`);
				break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		return await fn();
	} finally {
		child.kill();
	}
}

const fmt = (n) =>
	n >= 1e9
		? `${(n / 1e9).toFixed(2)} GB`
		: n >= 1e6
			? `${(n / 1e6).toFixed(1)} MB`
			: `${(n / 1e3).toFixed(1)} kB`;

/**
 * Rows `{ what, value }` for the bench table. The traffic figures assume every open page polls
 * once per interval (the default 60 s); with a CDN, the readers' bytes are the same (the CDN
 * answers their 304s) and the host sees one revalidation per CDN node and cache lifetime instead.
 */
export async function liveRows(siteDir, { port = 4216, pollSeconds = 60 } = {}) {
	const rows = [];
	const elections = readdirSync(join(siteDir, 'data'), { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(siteDir, 'data', d.name, 'live.json')))
		.map((d) => d.name);
	for (const e of elections) {
		const live = readFileSync(join(siteDir, 'data', e, 'live.json'));
		const results = readFileSync(join(siteDir, 'data', e, 'results.json'));
		rows.push({ what: `${e}/live.json gzip`, value: `${gzipSync(live).length} B` });
		rows.push({
			what: `${e}/results.json gzip (loaded once per change)`,
			value: `${gzipSync(results).length} B`
		});
	}
	const e = elections[0];
	if (!e) return rows;
	const path = `${BASE}/data/${e}/live.json`;
	const { full, notModified } = await withServer(siteDir, port, async () => {
		const full = await get(port, path);
		const notModified = await get(port, path, { 'if-none-match': full.etag });
		if (full.status !== 200 || notModified.status !== 304)
			throw new Error(`expected 200 then 304, got ${full.status}, ${notModified.status}`);
		return { full, notModified };
	});
	const polls = 3600 / pollSeconds;
	const hourConditional = full.bytes + (polls - 1) * notModified.bytes;
	const hourFull = polls * full.bytes;
	rows.push({
		what: `one poll: 200 with ${e}/live.json (headers + gzip body)`,
		value: `${full.bytes} B`
	});
	rows.push({ what: 'one poll: 304 Not Modified (headers only)', value: `${notModified.bytes} B` });
	rows.push({
		what: `one reader, 1 hour, no change, every ${pollSeconds} s: conditional (as the poller does)`,
		value: `${(hourConditional / 1000).toFixed(1)} kB`
	});
	rows.push({
		what: `one reader, 1 hour, no change, every ${pollSeconds} s: if the host ignored the validators`,
		value: `${(hourFull / 1000).toFixed(1)} kB`
	});
	for (const pages of [10_000, 100_000, 1_000_000]) {
		const n = pages.toLocaleString('en');
		rows.push({
			what: `${n} open pages: requests/s; bytes/hour with 304s / with 200s`,
			value: `${Math.round(pages / pollSeconds)} /s; ${fmt(pages * hourConditional)} / ${fmt(pages * hourFull)}`
		});
	}
	return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const site = resolve(process.argv[2] ?? 'build');
	const pollSeconds = Number(process.argv[3] ?? 60);
	const rows = await liveRows(site, { pollSeconds });
	const w = Math.max(...rows.map((r) => r.what.length));
	for (const r of rows) console.log(`${r.what.padEnd(w)}  ${r.value}`);
}
