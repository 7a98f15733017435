/**
 * Seeded synthetic tally sheets for tests and the benchmark: the same rows on every run, shaped
 * like a real count (a few hundred electors per table, turnout and shares that vary by sheet).
 * Never used for anything a reader sees.
 */
import type { SheetRow } from './sheet-row';

/**
 * Mulberry32: a small seeded generator of numbers in [0, 1).
 * @example seeded(1)() // 0.6270739405881613
 */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface GenerateOptions {
	seed?: number;
	/** Candidate ids; the first gets about 65 % of the valid votes, the second about 30 %. */
	candidates?: string[];
	/** Region ids the sheets are spread over (round robin). */
	regions?: string[];
}

/**
 * `n` synthetic sheets. Candidates always sum to the valid votes and voters never exceed the
 * registered electors.
 * @example generateSheets(2)[0].sheet // 'S000001'
 */
export function generateSheets(n: number, options: GenerateOptions = {}): SheetRow[] {
	const rand = seeded(options.seed ?? 1);
	const candidates = options.candidates ?? ['a', 'b', 'c', 'd'];
	const regions = options.regions ?? Array.from({ length: 24 }, (_, i) => `r${i + 1}`);
	const rows: SheetRow[] = [];
	for (let i = 0; i < n; i++) {
		const registered = 150 + Math.floor(rand() * 500);
		const turnout = Math.min(1, Math.max(0.2, 0.6 + (rand() - 0.5) * 0.4));
		const voters = Math.floor(registered * turnout);
		const nul = Math.floor(rand() * 3);
		const valid = Math.max(0, voters - nul);
		const lead = Math.min(1, Math.max(0, 0.65 + (rand() - 0.5) * 0.5));
		const votes: Record<string, number> = {};
		let left = valid;
		candidates.forEach((c, k) => {
			const v =
				k === candidates.length - 1
					? left
					: Math.min(left, Math.floor(k === 0 ? valid * lead : left * (0.85 + rand() * 0.1)));
			votes[c] = v;
			left -= v;
		});
		const id = `S${String(i + 1).padStart(6, '0')}`;
		rows.push({
			sheet: id,
			region: regions[i % regions.length]!,
			centre: String(Math.floor(i / 3)),
			table: String((i % 3) + 1),
			registered,
			valid,
			null: nul,
			votes,
			image: `https://example.org/${id}.jpg`
		});
	}
	return rows;
}
