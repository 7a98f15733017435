import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	appendToJsonList,
	formatJson,
	formatJsonAt,
	formatJsonItem,
	type KnownTexts
} from './json-format';

/** The first formatter (each level tried on one line again), kept as the reference. */
function reference(value: unknown, depth = 0, width = 160): string {
	const inline = (v: unknown, max: number): string | undefined => {
		if (v === null || typeof v !== 'object') {
			const s = JSON.stringify(v);
			return s.length <= max ? s : undefined;
		}
		const parts: string[] = [];
		let len = 2;
		const isArray = Array.isArray(v);
		const entries = isArray ? v.map((x) => [undefined, x] as const) : Object.entries(v);
		for (const [k, x] of entries) {
			if (x === undefined && !isArray) continue;
			const key = k === undefined ? '' : `${JSON.stringify(k)}: `;
			const s = inline(x, max - len - key.length);
			if (s === undefined) return undefined;
			parts.push(key + s);
			len += key.length + s.length + 2;
			if (len > max + 2) return undefined;
		}
		const out =
			parts.length === 0
				? isArray
					? '[]'
					: '{}'
				: isArray
					? `[${parts.join(', ')}]`
					: `{ ${parts.join(', ')} }`;
		return out.length <= max ? out : undefined;
	};
	const format = (v: unknown, depth: number, prefix: number): string => {
		if (v === null || typeof v !== 'object') return JSON.stringify(v);
		const one = inline(v, width - depth * 4 - prefix);
		if (one !== undefined) return one;
		const ind = '\t'.repeat(depth + 1);
		const end = '\t'.repeat(depth);
		if (Array.isArray(v))
			return `[\n${v.map((x) => ind + format(x, depth + 1, 0)).join(',\n')}\n${end}]`;
		const entries = Object.entries(v as object).filter(([, x]) => x !== undefined);
		return `{\n${entries.map(([k, x]) => ind + `${JSON.stringify(k)}: ` + format(x, depth + 1, `${JSON.stringify(k)}: `.length)).join(',\n')}\n${end}}`;
	};
	return format(value, depth, 0);
}

const jsonFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? jsonFiles(p) : f.endsWith('.json') ? [p] : [];
	});

describe('formatJson: the same text as the reference formatter', () => {
	it('for every JSON file of the data', () => {
		for (const f of jsonFiles('src/data/elections')) {
			const data: unknown = JSON.parse(readFileSync(f, 'utf8'));
			expect(formatJson(data), f).toBe(reference(data) + '\n');
		}
	});

	it('for any JSON value, at any width, and as a list item', () => {
		const key = fc.constantFrom('id', 'a', 'votes', 'a much longer key name', 'é');
		const json = fc.letrec((tie) => ({
			value: fc.oneof(
				{ depthSize: 'small' },
				fc.integer(),
				fc.string({ maxLength: 60 }),
				fc.boolean(),
				fc.constant(null),
				fc.array(tie('value'), { maxLength: 8 }),
				fc.dictionary(key, fc.option(tie('value'), { nil: undefined }), { maxKeys: 5 })
			)
		})).value;
		fc.assert(
			fc.property(json, fc.integer({ min: 10, max: 200 }), (v, width) => {
				expect(formatJson(v, width)).toBe(reference(v, 0, width) + '\n');
				expect(formatJsonItem(v, width)).toBe(reference(v, 1, width));
			}),
			{ numRuns: 500 }
		);
	});

	it('for long lists, whose text is joined a few thousand pieces at a time', () => {
		const small = fc.oneof(
			fc.integer(),
			fc.string({ maxLength: 12 }),
			fc.constant([]),
			fc.constant({}),
			fc.array(fc.integer(), { maxLength: 4 }),
			fc.dictionary(fc.constantFrom('id', 'votes', 'é'), fc.integer(), { maxKeys: 3 })
		);
		const item = fc.oneof(
			small,
			fc.array(small, { maxLength: 6 }),
			fc.record({ a: small, b: small })
		);
		fc.assert(
			fc.property(
				fc.array(item, { minLength: 1500, maxLength: 4000 }),
				fc.integer({ min: 1, max: 60 }),
				(v, width) => {
					expect(formatJson(v, width)).toBe(reference(v, 0, width) + '\n');
					expect(formatJson({ list: v }, width)).toBe(reference({ list: v }, 0, width) + '\n');
				}
			),
			{ numRuns: 12 }
		);
	});
});

describe('formatJson with texts already made (formatJsonAt)', () => {
	/** Every object of `v` with the depth and key length it is written at when its parent breaks. */
	const places = (v: unknown, depth = 0, prefix = 0, out: [object, number, number][] = []) => {
		if (v === null || typeof v !== 'object') return out;
		out.push([v, depth, prefix]);
		if (Array.isArray(v)) for (const x of v) places(x, depth + 1, 0, out);
		else
			for (const [k, x] of Object.entries(v))
				if (x !== undefined) places(x, depth + 1, JSON.stringify(k).length + 2, out);
		return out;
	};

	it('gives the same text, whichever objects are known, and ignores texts made elsewhere', () => {
		const json = fc.letrec((tie) => ({
			value: fc.oneof(
				{ depthSize: 'small' },
				fc.integer(),
				fc.string({ maxLength: 30 }),
				fc.constant(null),
				fc.array(tie('value'), { maxLength: 8 }),
				fc.dictionary(fc.constantFrom('id', 'votes', 'results', 'é'), tie('value'), {
					maxKeys: 4
				})
			)
		})).value;
		fc.assert(
			fc.property(
				json,
				fc.integer({ min: 10, max: 120 }),
				fc.infiniteStream(fc.integer({ min: 0, max: 3 })),
				(v, width, picks) => {
					const known: KnownTexts = new WeakMap();
					for (const [o, depth, prefix] of places(v)) {
						const pick = picks.next().value;
						if (pick === 1)
							known.set(o, { depth, prefix, width, text: formatJsonAt(o, depth, prefix, width) });
						// Made for another place or width: must not be taken.
						if (pick === 2) known.set(o, { depth: depth + 1, prefix, width, text: 'WRONG' });
						if (pick === 3) known.set(o, { depth, prefix, width: width + 1, text: 'WRONG' });
					}
					expect(formatJson(v, width, known)).toBe(formatJson(v, width));
				}
			),
			{ numRuns: 400 }
		);
	});
});

describe('formatJson', () => {
	it('puts what fits in 160 columns on one line and breaks the rest, long strings whole', () => {
		const long = 'x'.repeat(200);
		expect(formatJson({ a: [1, 2], b: { c: 'd' } })).toBe('{ "a": [1, 2], "b": { "c": "d" } }\n');
		expect(formatJson({ note: long, list: [{ id: 'a' }] })).toBe(
			`{\n\t"note": "${long}",\n\t"list": [{ "id": "a" }]\n}\n`
		);
		expect(JSON.parse(formatJson({ deep: { deeper: [{ s: long }] } }))).toEqual({
			deep: { deeper: [{ s: long }] }
		});
	});
});

describe('appendToJsonList', () => {
	it('keeps every byte before the new items', () => {
		const text = '[\n\t{"id":"a",  "x": 1}\n]\n';
		expect(appendToJsonList(text, [{ id: 'b' }])).toBe(
			'[\n\t{"id":"a",  "x": 1},\n\t{ "id": "b" }\n]\n'
		);
		expect(appendToJsonList('[]\n', [{ id: 'b' }])).toBe('[\n\t{ "id": "b" }\n]\n');
		expect(appendToJsonList('{}', [1])).toBeUndefined();
	});
});
