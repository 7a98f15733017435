/**
 * A 53-bit content hash (cyrb53: two 32-bit multiply-xor lanes), as 14 hex digits. The same in
 * node and every browser (no SubtleCrypto, which plain-http hosts do not offer). It tells "same
 * file" from "other file"; it is not a security measure (the files are public, and a forged one
 * would still have to pass validation).
 * @example contentHash('{"a":1}') // '…' 14 hex digits, always the same for the same text
 */
export function contentHash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return n.toString(16).padStart(14, '0');
}

/**
 * JSON with object keys sorted at every level, so the same content always gives the same text
 * (and the same hash) whatever order its keys were written or parsed in.
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_k, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
				)
			: v
	);
}
