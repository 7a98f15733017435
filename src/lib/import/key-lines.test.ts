import { describe, expect, it } from 'vitest';
import { KeyLines } from './key-lines';

/** A small deterministic random generator (no Math.random in tests). */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

describe('KeyLines', () => {
	it('answers as a Map<string, number> of first lines would, for keys with repeats', () => {
		const r = rng(42);
		const keys = new KeyLines(100); // far fewer than added: grows several times
		const ref = new Map<string, number>();
		for (let line = 2; line < 20_000; line++) {
			// Keys like the opposition's (centre-table), some repeated, some with accents and dashes.
			const n = Math.floor(r() * 6000);
			const key = r() < 0.05 ? `PEÑALVER-${n}-x` : `${10_000_000 + n}-${1 + (n % 7)}`;
			const h = KeyLines.hash(key);
			const found = keys.line(key, h);
			expect(found).toBe(ref.get(key) ?? -1);
			if (found < 0) {
				keys.add(key, h, line);
				ref.set(key, line);
			}
		}
		expect(keys.size).toBe(ref.size);
		for (const [k, line] of ref) expect(keys.line(k, KeyLines.hash(k))).toBe(line);
		expect(keys.line('never-added', KeyLines.hash('never-added'))).toBe(-1);
	});

	it('tells keys apart when their hashes are equal', () => {
		const keys = new KeyLines();
		// The same hash given for different keys (as a collision would): the strings decide.
		keys.add('a', 5, 10);
		keys.add('b', 5, 11);
		expect(keys.line('a', 5)).toBe(10);
		expect(keys.line('b', 5)).toBe(11);
		expect(keys.line('c', 5)).toBe(-1);
	});

	it('spreads keys that differ only in their last digits over the slots', () => {
		const slots = new Set<number>();
		for (let c = 0; c < 4096; c++) slots.add(KeyLines.hash(`${10_000_000 + c}-1`) & 8191);
		// Uniform hashing of 4,096 keys into 8,192 slots fills about 3,200 distinct ones.
		expect(slots.size).toBeGreaterThan(3000);
	});

	it('hashes by code units (FNV-1a), so equal strings hash equal however they were made', () => {
		const a = '1001' + '-' + '7';
		const b = 'x1001-7x'.slice(1, 7);
		expect(KeyLines.hash(a)).toBe(KeyLines.hash(b));
		expect(KeyLines.hash('a')).not.toBe(KeyLines.hash('b'));
	});
});
