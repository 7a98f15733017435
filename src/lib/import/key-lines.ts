/**
 * The sheet keys a tally-sheet file has given so far, each with the line of the row that gave it:
 * what the reader (tally-csv.ts) asks of every row to refuse a repeated key, and what
 * `parseSheetTable` asks of an existing sheet file. A `Map<string, number>` did it before; for
 * 100,000 rows its `get` and `set` were a third of the reader's own time (the profile of
 * docs/data-cli.md, "Sixth pass"): a fresh key string is hashed by the map, then its entries are
 * scattered in memory and grown by rehashing as the file is read.
 *
 * This is an open-addressing table on one Int32Array, sized once for the rows expected (grown by
 * doubling if a file has more). A key is not a string but a range of UTF-16 code units in the
 * caller's store (the sheet table's `codes`, where the reader copies each row's key: no string is
 * made for it, "Seventh pass"); the store may be replaced by a longer copy between calls, but a key
 * added must keep its code units at the same place. Each slot holds a key's 32-bit hash (FNV-1a over
 * its code units, then mixed), its start plus one (0: an empty slot), its end and its line. A
 * lookup reads one slot after another until an empty one; only a slot with the same hash compares
 * the code units. Same answers as the Map: `line(…)` is the line given with the first `add` of equal
 * code units, or -1.
 */
export class KeyLines {
	/** Per slot: hash, start + 1, end, line. */
	private slots: Int32Array;
	private mask: number;
	private count = 0;

	constructor(expected = 1024) {
		let cap = 1024;
		while (cap < expected * 2 && cap < 1 << 26) cap *= 2;
		this.slots = new Int32Array(cap * 4);
		this.mask = cap - 1;
	}

	/** How many keys were added. */
	get size(): number {
		return this.count;
	}

	/**
	 * FNV-1a over `codes[a, b)`, mixed, as a signed 32-bit integer.
	 *
	 * @example KeyLines.hash(new Uint16Array([97]), 0, 1) === KeyLines.hash(new Uint16Array([98, 97]), 1, 2) // true
	 */
	static hash(codes: Uint16Array, a: number, b: number): number {
		let h = 0x811c9dc5 | 0;
		for (let i = a; i < b; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
		// A final mix (MurmurHash3's): FNV's low bits, which pick the slot, depend only on the low
		// bits of the code units; keys that differ in their last digits would crowd together.
		h ^= h >>> 16;
		h = Math.imul(h, 0x85ebca6b);
		h ^= h >>> 13;
		h = Math.imul(h, 0xc2b2ae35);
		return h ^ (h >>> 16);
	}

	/**
	 * The line given when a key equal to `codes[a, b)` was added, or -1. `h` is
	 * `KeyLines.hash(codes, a, b)` (the caller keeps it for `add`).
	 */
	line(codes: Uint16Array, a: number, b: number, h: number): number {
		const s = this.slots;
		const n = b - a;
		for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
			const o = i * 4;
			const at = s[o + 1]!;
			if (at === 0) return -1;
			if (s[o] !== h || s[o + 2]! - (at - 1) !== n) continue;
			let k = 0;
			for (let x = at - 1; k < n && codes[x + k] === codes[a + k]; k++);
			if (k === n) return s[o + 3]!;
		}
	}

	/** Add the key `codes[a, b)` (for which `line` gave -1), from `line`. */
	add(a: number, b: number, h: number, line: number): void {
		if ((this.count + 1) * 2 > this.mask + 1) this.grow();
		this.count++;
		this.put(h, a + 1, b, line);
	}

	private put(h: number, at: number, end: number, line: number): void {
		const s = this.slots;
		let i = h & this.mask;
		while (s[i * 4 + 1] !== 0) i = (i + 1) & this.mask;
		const o = i * 4;
		s[o] = h;
		s[o + 1] = at;
		s[o + 2] = end;
		s[o + 3] = line;
	}

	private grow(): void {
		const old = this.slots;
		this.slots = new Int32Array(old.length * 2);
		this.mask = this.mask * 2 + 1;
		for (let o = 0; o < old.length; o += 4)
			if (old[o + 1] !== 0) this.put(old[o]!, old[o + 1]!, old[o + 2]!, old[o + 3]!);
	}
}
