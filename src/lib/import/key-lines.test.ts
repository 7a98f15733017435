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

/** Keys written one after the other into a store of code units, as the reader does. */
class Store {
	codes = new Uint16Array(16);
	used = 0;
	/** Write `s` at the end (the store grown as the sheet table grows it); its range. */
	put(s: string): [number, number] {
		if (this.used + s.length > this.codes.length) {
			const b = new Uint16Array(Math.max(this.codes.length * 2, this.used + s.length));
			b.set(this.codes);
			this.codes = b;
		}
		const a = this.used;
		for (let k = 0; k < s.length; k++) this.codes[this.used++] = s.charCodeAt(k);
		return [a, this.used];
	}
}

const hashOf = (s: string) => {
	const st = new Store();
	const [a, b] = st.put(s);
	return KeyLines.hash(st.codes, a, b);
};

describe('KeyLines', () => {
	it('answers as a Map<string, number> of first lines would, for keys with repeats', () => {
		const r = rng(42);
		const keys = new KeyLines(100); // far fewer than added: grows several times
		const ref = new Map<string, number>();
		const st = new Store();
		for (let line = 2; line < 20_000; line++) {
			// Keys like the opposition's (centre-table), some repeated, some with accents and dashes.
			const n = Math.floor(r() * 6000);
			const key = r() < 0.05 ? `PEÑALVER-${n}-x` : `${10_000_000 + n}-${1 + (n % 7)}`;
			const used = st.used;
			const [a, b] = st.put(key);
			const h = KeyLines.hash(st.codes, a, b);
			const found = keys.line(st.codes, a, b, h);
			expect(found).toBe(ref.get(key) ?? -1);
			if (found < 0) {
				keys.add(a, b, h, line);
				ref.set(key, line);
			} else st.used = used; // a refused row's text is not kept (written over by the next)
		}
		expect(keys.size).toBe(ref.size);
		for (const [k, line] of ref) {
			const used = st.used;
			const [a, b] = st.put(k);
			expect(keys.line(st.codes, a, b, KeyLines.hash(st.codes, a, b))).toBe(line);
			st.used = used;
		}
		const [a, b] = st.put('never-added');
		expect(keys.line(st.codes, a, b, KeyLines.hash(st.codes, a, b))).toBe(-1);
	});

	it('tells keys apart when their hashes are equal, and by length', () => {
		const keys = new KeyLines();
		const st = new Store();
		// The same hash given for different keys (as a collision would): the code units decide.
		const [a0, a1] = st.put('a');
		const [b0, b1] = st.put('b');
		const [c0, c1] = st.put('c');
		const [d0, d1] = st.put('ab');
		keys.add(a0, a1, 5, 10);
		keys.add(b0, b1, 5, 11);
		expect(keys.line(st.codes, a0, a1, 5)).toBe(10);
		expect(keys.line(st.codes, b0, b1, 5)).toBe(11);
		expect(keys.line(st.codes, c0, c1, 5)).toBe(-1);
		expect(keys.line(st.codes, d0, d1, 5)).toBe(-1);
		expect(keys.line(st.codes, a0, a0, 5)).toBe(-1); // the empty key
	});

	it('spreads keys that differ only in their last digits over the slots', () => {
		const slots = new Set<number>();
		for (let c = 0; c < 4096; c++) slots.add(hashOf(`${10_000_000 + c}-1`) & 8191);
		// Uniform hashing of 4,096 keys into 8,192 slots fills about 3,200 distinct ones.
		expect(slots.size).toBeGreaterThan(3000);
	});

	it('hashes by code units (FNV-1a), so equal keys hash equal wherever they are in the store', () => {
		const st = new Store();
		st.put('x');
		const [a, b] = st.put('1001-7');
		expect(KeyLines.hash(st.codes, a, b)).toBe(hashOf('1001' + '-' + '7'));
		expect(hashOf('a')).not.toBe(hashOf('b'));
	});
});
