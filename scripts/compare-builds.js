#!/usr/bin/env node
// Compare two build folders file by file (docs/build-time.md): `node scripts/compare-builds.js A B`.
// Every file outside _app/ must be byte-identical, except for what changes with every build: the
// names of hashed client assets (_app/immutable/…), SvelteKit's version stamp and CSP hashes of its
// bootstrap script (which names those assets), and the build's own time (`builtAt`,
// `data-built-at`). PNGs and other binaries are compared as bytes. Exits 1 when anything differs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
	console.error('usage: node scripts/compare-builds.js <build A> <build B>');
	process.exit(2);
}
const list = (d, r = '') =>
	readdirSync(join(d, r), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? list(d, join(r, e.name)) : [join(r, e.name)]
	);
const TEXT = /\.(html|json|js|css|csv|xml|txt|svg)$/;
const norm = (s) =>
	s
		.replace(
			/_app\/immutable\/(chunks|entry|nodes|assets)\/[\w.-]+?\.(js|css)/g,
			'_app/immutable/$1/X.$2'
		)
		.replace(/"?version"?:\s*"\d+"/g, 'version:V')
		.replace(/__sveltekit_\w+/g, '__sveltekit_X')
		.replace(/sha256-[A-Za-z0-9+/=]+/g, 'sha256-X');
/** The build's own time stamps (ISO instants written as builtAt / data-built-at). */
function stamps(dir) {
	const set = new Set();
	for (const f of list(dir))
		if (/\.(html|json|js)$/.test(f))
			for (const m of readFileSync(join(dir, f), 'utf8').matchAll(
				/built-?at\\?"?[:=]\\?"?([0-9T:.Z-]+)/gi
			))
				if (m[1].includes('T')) set.add(m[1]);
	return [...set];
}
const sa = stamps(a);
const sb = stamps(b);
const unstamp = (s, st) => st.reduce((x, v) => x.split(v).join('BUILT-AT'), s);

const inA = list(a).filter((f) => !f.startsWith('_app/'));
const inB = new Set(list(b).filter((f) => !f.startsWith('_app/')));
let same = 0;
let differ = 0;
for (const f of inA) {
	if (!inB.delete(f)) {
		console.log(`only in ${a}: ${f}`);
		differ++;
		continue;
	}
	const x = readFileSync(join(a, f));
	const y = readFileSync(join(b, f));
	if (x.equals(y)) {
		same++;
		continue;
	}
	if (TEXT.test(f)) {
		const nx = unstamp(norm(x.toString('utf8')), sa);
		const ny = unstamp(norm(y.toString('utf8')), sb);
		if (nx === ny) {
			same++;
			continue;
		}
		let i = 0;
		while (nx[i] === ny[i]) i++;
		console.log(
			`differs: ${f}\n  ${a}: …${nx.slice(Math.max(0, i - 60), i + 60)}…\n  ${b}: …${ny.slice(Math.max(0, i - 60), i + 60)}…`
		);
	} else console.log(`differs (bytes): ${f}`);
	differ++;
}
for (const f of inB) {
	console.log(`only in ${b}: ${f}`);
	differ++;
}
const apps = (d) => list(d).filter((f) => f.startsWith('_app/')).length;
console.log(
	`${same} files the same, ${differ} different (outside _app/; ${apps(a)} and ${apps(b)} files in _app/)`
);
process.exit(differ ? 1 : 0);
