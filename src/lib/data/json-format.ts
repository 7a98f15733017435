/**
 * Texts of objects already formatted where they stand (`formatJsonAt`), for `formatJson` to take
 * as they are. Only for objects that cannot change (frozen all through): the text is a function of
 * the value, its depth and the key before it.
 */
export type KnownTexts = WeakMap<
	object,
	{ depth: number; prefix: number; width: number; text: string }
>;

/**
 * How the data CLI writes JSON: tab-indented, with any object or list printed on one line when that
 * line stays within 160 columns (a tab counts 4), as the hand-written data files mostly are.
 * Deterministic, so the same data always gives the same bytes. An object found in `known` at the
 * depth and after the key it was formatted for is not formatted again.
 *
 * @example formatJson({ a: [1, 2], b: { c: 'd' } }) // '{ "a": [1, 2], "b": { "c": "d" } }\n'
 */
export function formatJson(value: unknown, width = 160, known?: KnownTexts): string {
	return new Formatter(width, known).format(value, 0, 0) + '\n';
}

/**
 * The text `formatJson` gives `value` where it stands: at `depth` levels of indentation, after a
 * key of `prefix` characters (`"key": ` is its length; 0 for a list item).
 * @example formatJsonAt({ a: 1 }, 3, 0) // '{ "a": 1 }'
 */
export function formatJsonAt(value: unknown, depth: number, prefix: number, width = 160): string {
	return new Formatter(width).format(value, depth, prefix);
}

/**
 * One item of a top-level list, indented for insertion into the file's list (see `appendToJsonList`).
 * @example formatJsonItem({ a: 1 }) // '{ "a": 1 }'
 */
export function formatJsonItem(value: unknown, width = 160): string {
	return new Formatter(width).format(value, 1, 0);
}

/**
 * JSON text of a value that is not an object or list, as `JSON.stringify` gives it (undefined for
 * `undefined`, a function or a symbol). Numbers and the short strings that repeat in the data
 * (ids, keys) are not passed to `JSON.stringify` each time.
 */
function scalar(x: unknown, strings: Map<string, string>): string | undefined {
	switch (typeof x) {
		case 'number':
			return Number.isFinite(x) ? '' + x : 'null';
		case 'string': {
			if (x.length > 32) return JSON.stringify(x);
			let s = strings.get(x);
			if (s === undefined) strings.set(x, (s = JSON.stringify(x)));
			return s;
		}
		case 'boolean':
			return x ? 'true' : 'false';
		default:
			return x === null ? 'null' : JSON.stringify(x);
	}
}

/**
 * An object or list goes on one line when its one-line form fits where it stands (`width`, less 4
 * per level of indentation and the length of its key). That form is made at most once per object
 * (kept in `flat`), from its children's, and given up as soon as it passes `width` (it can fit
 * nowhere then): each value is stringified about once, however deep the tree.
 */
class Formatter {
	/** One-line form of each object or list seen, or null when it is longer than `width`. */
	private flat = new Map<object, string | null>();
	/** `JSON.stringify` of short strings, and `"key": ` of keys (they repeat: ids, field names). */
	private strings = new Map<string, string>();
	private keys = new Map<string, string>();

	constructor(
		private readonly width: number,
		private readonly known?: KnownTexts
	) {}

	private key(k: string): string {
		let s = this.keys.get(k);
		if (s === undefined) this.keys.set(k, (s = JSON.stringify(k) + ': '));
		return s;
	}

	private oneLine(v: object): string | null {
		let out = this.flat.get(v);
		if (out !== undefined) return out;
		out = null;
		const max = this.width;
		if (Array.isArray(v)) {
			let s = '';
			let ok = true;
			for (let i = 0; i < v.length; i++) {
				const x: unknown = v[i];
				const part =
					x !== null && typeof x === 'object' ? this.oneLine(x) : scalar(x, this.strings);
				if (part === null || part === undefined) {
					ok = false;
					break;
				}
				s = i === 0 ? part : s + ', ' + part;
				if (s.length + 2 > max) {
					ok = false;
					break;
				}
			}
			if (ok) out = `[${s}]`;
		} else {
			let s = '';
			let ok = true;
			let first = true;
			for (const k of Object.keys(v)) {
				const x: unknown = (v as Record<string, unknown>)[k];
				if (x === undefined) continue;
				const part =
					x !== null && typeof x === 'object' ? this.oneLine(x) : scalar(x, this.strings);
				if (part === null || part === undefined) {
					ok = false;
					break;
				}
				s = (first ? '' : s + ', ') + this.key(k) + part;
				first = false;
				if (s.length + 4 > max) {
					ok = false;
					break;
				}
			}
			if (ok) out = first ? '{}' : `{ ${s} }`;
		}
		if (out !== null && out.length > max) out = null;
		this.flat.set(v, out);
		return out;
	}

	/** The text of `v` at `depth`, after a key of `prefix` characters. */
	format(v: unknown, depth: number, prefix: number): string {
		const out: string[] = [];
		this.done = [];
		this.write(v, depth, prefix, out);
		this.done.push(out.join(''));
		return this.done.join('');
	}

	/** Text already joined (see `write`). */
	private done: string[] = [];

	/**
	 * Push the text of `v` in pieces, joined a few thousand at a time: pieces die young (a text of
	 * megabytes would otherwise keep hundreds of thousands of small strings alive to the end, for
	 * the garbage collector to copy and move).
	 */
	private write(v: unknown, depth: number, prefix: number, out: string[]): void {
		if (v === null || typeof v !== 'object') {
			out.push(scalar(v, this.strings) as string);
			return;
		}
		const k = this.known?.get(v);
		if (k && k.depth === depth && k.prefix === prefix && k.width === this.width) {
			out.push(k.text);
			return;
		}
		const one = this.oneLine(v);
		// (Each object is written once: its one-line form is not asked for again.)
		this.flat.delete(v);
		if (one !== null && one.length <= this.width - depth * 4 - prefix) {
			out.push(one);
			if (out.length >= 4096) {
				this.done.push(out.join(''));
				out.length = 0;
			}
			return;
		}
		const ind = '\n' + '\t'.repeat(depth + 1);
		// (An empty list or object breaks only where nothing fits: "[", an empty line, "]".)
		let empty = true;
		if (Array.isArray(v)) {
			out.push('[');
			for (let i = 0; i < v.length; i++) {
				out.push(i === 0 ? ind : ',' + ind);
				empty = false;
				this.write(v[i], depth + 1, 0, out);
			}
		} else {
			out.push('{');
			for (const k of Object.keys(v)) {
				const x: unknown = (v as Record<string, unknown>)[k];
				if (x === undefined) continue;
				const key = this.key(k);
				out.push(empty ? ind : ',' + ind, key);
				empty = false;
				this.write(x, depth + 1, key.length, out);
			}
		}
		if (empty) out.push('\n');
		out.push('\n' + '\t'.repeat(depth), Array.isArray(v) ? ']' : '}');
	}
}

/**
 * Append items to the top-level list of a JSON file's text without touching the bytes before
 * them (hand-formatted files keep their layout). Undefined when the text is not a list.
 *
 * @example appendToJsonList('[\n\t{ "a": 1 }\n]\n', [{ a: 2 }]) // '[\n\t{ "a": 1 },\n\t{ "a": 2 }\n]\n'
 */
export function appendToJsonList(text: string, items: unknown[]): string | undefined {
	const close = text.lastIndexOf(']');
	if (close < 0 || text.slice(close + 1).trim() !== '') return undefined;
	const head = text.slice(0, close).replace(/\s+$/, '');
	if (!head.trimStart().startsWith('[')) return undefined;
	const body = items.map((x) => '\t' + formatJsonItem(x)).join(',\n');
	const empty = head.trim() === '[';
	return `${head}${empty ? '' : ','}\n${body}\n]${text.slice(close + 1) || '\n'}`;
}
