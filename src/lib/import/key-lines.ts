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
 * its code units, then mixed; its lowest bit set, so that 0 marks an empty slot) and the key's
 * number; the key's place in the store and its line are in another array. A lookup reads one slot
 * after another until an empty one; only an equal hash compares the code units. Same answers as the Map: `line(…)` is the line given with the first `add` of equal
 * code units, or -1.
 */
export class KeyLines {
	/**
	 * Per slot, the key's hash with its lowest bit set (0: an empty slot), then the key's index in
	 * `keys`: side by side, so that a lookup and the `add` after it touch one place of memory.
	 */
	private slots: Int32Array;
	/** Per key: start, end, line (read only when the hashes are equal). */
	private keys: Int32Array;
	private mask: number;
	private count = 0;

	constructor(expected = 1024) {
		let cap = 1024;
		while (cap < expected * 2 && cap < 1 << 26) cap *= 2;
		this.slots = new Int32Array(cap * 2);
		this.keys = new Int32Array((cap >> 1) * 3);
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
		const sl = this.slots;
		const mark = h | 1;
		const n = b - a;
		// The slot is picked by the bits above the lowest (which `mark` sets).
		for (let i = (h >>> 1) & this.mask; ; i = (i + 1) & this.mask) {
			const x = sl[i * 2]!;
			if (x === 0) return -1;
			if (x !== mark) continue;
			const o = sl[i * 2 + 1]! * 3;
			const start = this.keys[o]!;
			if (this.keys[o + 1]! - start !== n) continue;
			let k = 0;
			while (k < n && codes[start + k] === codes[a + k]) k++;
			if (k === n) return this.keys[o + 2]!;
		}
	}

	/** Add the key `codes[a, b)` (for which `line` gave -1), from `line`. */
	add(a: number, b: number, h: number, line: number): void {
		if ((this.count + 1) * 2 > this.mask + 1) this.grow();
		const o = this.count * 3;
		this.keys[o] = a;
		this.keys[o + 1] = b;
		this.keys[o + 2] = line;
		this.put(h | 1, this.count++);
	}

	private put(mark: number, ref: number): void {
		const sl = this.slots;
		let i = (mark >>> 1) & this.mask;
		while (sl[i * 2] !== 0) i = (i + 1) & this.mask;
		sl[i * 2] = mark;
		sl[i * 2 + 1] = ref;
	}

	private grow(): void {
		const old = this.slots;
		this.slots = new Int32Array(old.length * 2);
		const keys = new Int32Array(old.length * 3);
		keys.set(this.keys);
		this.keys = keys;
		this.mask = this.mask * 2 + 1;
		for (let o = 0; o < old.length; o += 2) if (old[o] !== 0) this.put(old[o]!, old[o + 1]!);
	}
}
