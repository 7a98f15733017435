import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as parts from './chart-parts';

// The figure scripts read 'chart.js' and 'chart.js/helpers' from the shared runtime's global
// (embed/js/chart.js, src/lib/server/embed-scripts.ts): a name missing there would be `undefined`
// in the browser, and a class extending it would stop the script.

/** The names a module's source imports (not `import type`) from `chart.js` or `chart.js/helpers`. */
function imported(source: string): { core: string[]; helpers: string[] } {
	const core: string[] = [];
	const helpers: string[] = [];
	for (const m of source.matchAll(
		/import\s*\{([^}]*)\}\s*from\s*['"](chart\.js(?:\/helpers)?)['"]/g
	)) {
		const names = m[1]!
			.split(',')
			.map((n) => n.trim())
			.filter((n) => n && !n.startsWith('type '))
			.map((n) => n.split(/\s+as\s+/)[0]!);
		(m[2] === 'chart.js' ? core : helpers).push(...names);
	}
	return { core, helpers };
}

/** The ES module builds the scripts are bundled from. */
const pkg = (name: string) => join(process.cwd(), 'node_modules', name);
const pluginSources = [
	join(pkg('chartjs-chart-geo'), 'build/index.js'),
	join(pkg('chartjs-chart-matrix'), 'dist/chartjs-chart-matrix.esm.js')
].map((f) => readFileSync(f, 'utf8'));

const here = dirname(new URL(import.meta.url).pathname);
const scriptSources = readdirSync(here)
	.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'chart-parts.ts')
	.map((f) => readFileSync(join(here, f), 'utf8'));

describe('the shared chart runtime', () => {
	it('has every chart.js name that chartjs-chart-geo and chartjs-chart-matrix import', () => {
		const { core, helpers } = imported(pluginSources.join('\n'));
		expect(core.length).toBeGreaterThan(5);
		for (const n of core) expect(parts, n).toHaveProperty(n);
		for (const n of helpers) expect(parts.helpers, n).toHaveProperty(n);
	});

	it('has every chart.js name the figure scripts import', () => {
		const { core, helpers } = imported(scriptSources.join('\n'));
		expect(core).toContain('Chart');
		for (const n of core) expect(parts, n).toHaveProperty(n);
		expect(helpers).toEqual([]);
	});

	it('holds real chart.js parts', () => {
		for (const [name, value] of Object.entries(parts)) expect(value, name).toBeTruthy();
		expect(typeof parts.Chart.register).toBe('function');
	});
});
