#!/usr/bin/env node
// A static file server as a newsroom's host behaves on the wire (GitHub Pages, Netlify, S3 behind
// a CDN): files under a sub-path, `index.html` for a folder, and gzip for text when the browser
// asks for it. The e2e suite keeps Python's http.server (no compression, no rewrites) to prove
// the build needs nothing from its host; Lighthouse's load times, though, are only meaningful over
// the bytes a real host sends, and every common static host compresses text.
//   node scripts/bench/serve-gzip.js <dir> <sub-path> <port>
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const [dir = 'build', sub = '/escrutinio', port = '4215'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};
const COMPRESS = /^(text\/|application\/json|image\/svg)/;

createServer((req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	if (!path.startsWith(`${sub}/`) && path !== sub) return void res.writeHead(404).end();
	let file = normalize(join(root, path.slice(sub.length)));
	if (!file.startsWith(root)) return void res.writeHead(403).end();
	try {
		if (statSync(file).isDirectory()) file = join(file, 'index.html');
		statSync(file);
	} catch {
		return void res.writeHead(404).end();
	}
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const gzip = COMPRESS.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
	// Validators as static hosts send them, and 304 to a conditional request for an unchanged
	// file (the live poller's every check, when nothing changed).
	const st = statSync(file);
	const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${gzip ? '-gz' : ''}"`;
	const lastModified = new Date(Math.floor(st.mtimeMs / 1000) * 1000).toUTCString();
	const validators = { etag, 'last-modified': lastModified };
	const since = Date.parse(String(req.headers['if-modified-since']));
	if (
		req.headers['if-none-match'] === etag ||
		(!req.headers['if-none-match'] && since >= Date.parse(lastModified))
	)
		return void res.writeHead(304, validators).end();
	res.writeHead(200, {
		'content-type': type,
		...validators,
		...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
	});
	const body = createReadStream(file);
	(gzip ? body.pipe(createGzip()) : body).pipe(res);
}).listen(Number(port), '127.0.0.1');
