/**
 * How the data CLI writes JSON: tab-indented, with any object or list printed on one line when that
 * line stays within 160 columns (a tab counts 4), as the hand-written data files mostly are.
 * Deterministic, so the same data always gives the same bytes.
 *
 * @example formatJson({ a: [1, 2], b: { c: 'd' } }) // '{ "a": [1, 2], "b": { "c": "d" } }\n'
 */
export function formatJson(value: unknown, width = 160): string {
	return format(value, 0, 0, width) + '\n';
}

/**
 * One item of a top-level list, indented for insertion into the file's list (see `appendToJsonList`).
 * @example formatJsonItem({ a: 1 }) // '{ "a": 1 }'
 */
export function formatJsonItem(value: unknown, width = 160): string {
	return format(value, 1, 0, width);
}

function inline(v: unknown): string {
	if (Array.isArray(v)) return v.length ? `[${v.map(inline).join(', ')}]` : '[]';
	if (v !== null && typeof v === 'object') {
		const entries = Object.entries(v).filter(([, x]) => x !== undefined);
		return entries.length
			? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`
			: '{}';
	}
	return JSON.stringify(v);
}

function format(v: unknown, depth: number, prefix: number, width: number): string {
	const one = inline(v);
	if (v === null || typeof v !== 'object' || depth * 4 + prefix + one.length <= width) return one;
	const ind = '\t'.repeat(depth + 1);
	const end = '\t'.repeat(depth);
	if (Array.isArray(v))
		return `[\n${v.map((x) => ind + format(x, depth + 1, 0, width)).join(',\n')}\n${end}]`;
	const entries = Object.entries(v).filter(([, x]) => x !== undefined);
	return `{\n${entries
		.map(([k, x]) => {
			const key = `${JSON.stringify(k)}: `;
			return ind + key + format(x, depth + 1, key.length, width);
		})
		.join(',\n')}\n${end}}`;
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
