#!/usr/bin/env node
// Serve a folder under a sub-path with Python's http.server, the dumbest static host we know:
//   node scripts/serve-static.js build /escrutinio 4173
// It lays out `.serve/<port>/<sub-path>` as a link to the folder, so URLs look exactly like a
// newsroom's deployment (`http://host/escrutinio/es/…/`); one root per port, so two servers (the
// site and a fixture build) can run side by side.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const [dir = 'build', sub = '/escrutinio', port = '4173'] = process.argv.slice(2);
const root = resolve('.serve', port);
rmSync(root, { recursive: true, force: true });
const target = join(root, sub.replace(/^\/+/, ''));
mkdirSync(dirname(target), { recursive: true });
symlinkSync(resolve(dir), target, 'dir');
const child = spawn(
	'python3',
	['-m', 'http.server', port, '--bind', '127.0.0.1', '--directory', root],
	{
		stdio: ['ignore', 'inherit', process.env.DEBUG_SERVER ? 'inherit' : 'ignore']
	}
);
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
