import { describe, expect, it } from 'vitest';
import { appendToJsonList, formatJson } from './json-format';

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
