import type { z } from 'zod';

/** One problem in a data file, in words an editor can act on. */
export interface DataError {
	/** Path of the file relative to the project (or the data root), e.g. `…/tabulations.json`. */
	file: string;
	/** Field path inside the file, e.g. `[0].snapshots[1].results[2].votes`; empty for the file. */
	path: string;
	expected: string;
	found: string;
}

/**
 * Render a field path the way a reader of the JSON file would look for it.
 * @example formatPath([0, 'snapshots', 1, 'votes']) // '[0].snapshots[1].votes'
 */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/**
 * One line per error: `file › path: expected …, got …`.
 * @example formatDataError({ file: 'a.json', path: 'votes', expected: 'a count ≥ 0', found: '-3' })
 * // 'a.json › votes: expected a count ≥ 0, got -3'
 */
export function formatDataError(e: DataError): string {
	const where = e.path ? `${e.file} › ${e.path}` : e.file;
	return `${where}: expected ${e.expected}, got ${e.found}`;
}

/**
 * A short, readable rendering of a value found in a data file.
 * @example describeValue(undefined) // 'nothing (the field is missing)'
 */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'null';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 80 ? value.slice(0, 77) + '…' : value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') {
		const keys = Object.keys(value);
		return `an object with ${keys.length ? 'keys ' + keys.slice(0, 6).join(', ') : 'no keys'}`;
	}
	return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let cur: unknown = root;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<PropertyKey, unknown>)[key as string];
	}
	return cur;
}

const TYPE_WORDS: Record<string, string> = {
	int: 'a whole number',
	array: 'a list',
	object: 'an object',
	string: 'a text',
	number: 'a number',
	boolean: 'true or false'
};

/** Expected-side wording for one zod issue. */
function expectedOf(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`;
		case 'too_small':
			if (issue.origin === 'array') return `at least ${issue.minimum} item(s)`;
			if (issue.origin === 'string')
				return issue.message || `at least ${issue.minimum} character(s)`;
			return issue.message && !issue.message.startsWith('Too small')
				? issue.message
				: `a value ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `at most ${issue.maximum} item(s)`;
			return issue.message && !issue.message.startsWith('Too big')
				? issue.message
				: `a value ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
		case 'invalid_value':
			return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'unrecognized_keys':
			return `no field named ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
		case 'invalid_union':
			return issue.message && issue.message !== 'Invalid input'
				? issue.message
				: 'one of the allowed shapes';
		case 'invalid_format':
			if (issue.format === 'date') return 'a date YYYY-MM-DD';
			if (issue.format === 'datetime') return 'a date-time with offset (YYYY-MM-DDTHH:MM:SS±HH:MM)';
			return issue.message || `a ${issue.format}`;
		default:
			return issue.message;
	}
}

/**
 * Turn a failed zod parse into DataErrors for one file. `prefix` is where the parsed value sits
 * inside the file (for collections split over several files it is empty).
 */
export function zodErrorsFor(file: string, input: unknown, error: z.ZodError): DataError[] {
	return error.issues.map((issue) => {
		const path = issue.path;
		let found: string;
		if (issue.code === 'unrecognized_keys') found = `extra field(s) ${issue.keys.join(', ')}`;
		else if (issue.code === 'invalid_type' && valueAt(input, path) === undefined)
			found = 'nothing (the field is missing)';
		else found = describeValue(valueAt(input, path));
		const fullPath =
			issue.code === 'unrecognized_keys' && issue.keys.length === 1
				? [...path, issue.keys[0] as string]
				: path;
		return { file, path: formatPath(fullPath), expected: expectedOf(issue), found };
	});
}
