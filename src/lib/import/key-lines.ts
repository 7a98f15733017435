/**
 * The sheet keys a tally-sheet file has given so far, each with the line of the row that gave it:
 * what the reader (tally-csv.ts) asks of every row to refuse a repeated key. A `Map<string, number>`
 * did it before; for 100,000 rows its `get` and `set` were a third of the reader's own time (the
 * profile of docs/data-cli.md, "Sixth pass"): a fresh key string is hashed by the map, then its
 * entries are scattered in memory and grown by rehashing as the file is read.
 *
 * This is an open-addressing table on one Int32Array, sized once for the rows expected (grown by
 * doubling if a file has more): each slot holds a key's 32-bit hash (FNV-1a over its UTF-16 code
 * units, then mixed), its index in `keys` plus one (0: an empty slot) and its line. A lookup reads one slot
 * after another until an empty one; only a slot with the same hash compares the strings. Same
 * answers as the Map: `line(key)` is the line given with the first `add(key, …)`, or -1.
 */
export class KeyLines {
	/** Per slot: hash, index in `keys` + 1, line. */
	private slots: Int32Array;
	private mask: number;
	private readonly keys: string[] = [];

	constructor(expected = 1024) {
		let cap = 1024;
		while (cap < expected * 2 && cap < 1 << 26) cap *= 2;
		this.slots = new Int32Array(cap * 3);
		this.mask = cap - 1;
	}

	/** How many keys were added. */
	get size(): number {
		return this.keys.length;
	}

	/**
	 * FNV-1a over the string's code units, mixed, as a signed 32-bit integer.
	 *
	 * @example KeyLines.hash('a') === KeyLines.hash('ba'.slice(1)) // true
	 */
	static hash(s: string): number {
		let h = 0x811c9dc5 | 0;
		for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
		// A final mix (MurmurHash3's): FNV's low bits, which pick the slot, depend only on the low
		// bits of the code units; keys that differ in their last digits would crowd together.
		h ^= h >>> 16;
		h = Math.imul(h, 0x85ebca6b);
		h ^= h >>> 13;
		h = Math.imul(h, 0xc2b2ae35);
		return h ^ (h >>> 16);
	}

	/**
	 * The line given when `key` was added, or -1. `h` is `KeyLines.hash(key)` (the caller keeps it
	 * for `add`).
	 *
	 * @example const k = new KeyLines(); k.add('a-1', KeyLines.hash('a-1'), 7); k.line('a-1', KeyLines.hash('a-1')) // 7
	 */
	line(key: string, h: number): number {
		const s = this.slots;
		for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
			const o = i * 3;
			const at = s[o + 1]!;
			if (at === 0) return -1;
			if (s[o] === h && this.keys[at - 1] === key) return s[o + 2]!;
		}
	}

	/** Add a key not added before (`line(key, h)` is -1), from `line`. */
	add(key: string, h: number, line: number): void {
		if ((this.keys.length + 1) * 2 > this.mask + 1) this.grow();
		this.keys.push(key);
		this.put(h, this.keys.length, line);
	}

	private put(h: number, at: number, line: number): void {
		const s = this.slots;
		let i = h & this.mask;
		while (s[i * 3 + 1] !== 0) i = (i + 1) & this.mask;
		const o = i * 3;
		s[o] = h;
		s[o + 1] = at;
		s[o + 2] = line;
	}

	private grow(): void {
		const old = this.slots;
		this.slots = new Int32Array(old.length * 2);
		this.mask = this.mask * 2 + 1;
		for (let o = 0; o < old.length; o += 3)
			if (old[o + 1] !== 0) this.put(old[o]!, old[o + 1]!, old[o + 2]!);
	}
}
