/**
 * Text chunks → CSV records, streaming (RFC 4180, comma-separated), for the tally-sheet importer.
 *
 * Why not csv-parse (which this replaced, and which the tests still use as the reference): on this
 * project's 2-core machine csv-parse alone takes ~0.9 s for 100,000 rows of 22 fields, nearly all
 * of the 1 s the whole import may take (issue 9; docs/data-cli.md). It works on bytes, so the text
 * the decoder made is encoded again and every field decoded again. This reader splits each line
 * that has no quote with `String#split` (nearly every line of a real file) and walks the others
 * character by character; ~10 times faster on the same rows.
 *
 * Behaviour (what the importer relied on in csv-parse, with `bom`, `relax_column_count` and
 * `skip_empty_lines`):
 * - a byte-order mark at the start is dropped;
 * - records end at LF or CRLF (or at CR alone, in a file with no LF in its first chunk);
 * - empty lines are skipped; records may have any number of fields (the caller checks);
 * - a field that starts with `"` is quoted: `""` is a quote, commas and line ends are text, and
 *   the closing quote must be followed by a comma, the end of the line or the end of the file;
 * - a quote anywhere else, a quote never closed, or text after a closing quote is a `CsvSyntaxError`
 *   naming the line and the field (1-based), and reading stops.
 *
 * Each record comes with the line it starts on (1-based, counting every line end of the file).
 */

/** Malformed CSV at a place: `line` 1-based, `column` the 1-based field number. */
export class CsvSyntaxError extends Error {
	constructor(
		readonly line: number,
		readonly column: number,
		readonly found: string
	) {
		super(`line ${line}, field ${column}: ${found}`);
		this.name = 'CsvSyntaxError';
	}
}

/** Called for each record; return `true` to stop reading. */
export type RecordSink = (fields: string[], line: number) => boolean | void;

/**
 * Called, when given, instead of the record sink for a record on one line without any quote (nearly
 * every line of a real file): its fields are `text.slice(start, end).split(',')`, left to the
 * caller to cut (the importer reads counts straight from the text, without a string per field).
 * `end` is before the line end (a CR before the LF is not included). Return `true` to stop.
 */
export type LineSink = (text: string, start: number, end: number, line: number) => boolean | void;

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

const show = (s: string) => JSON.stringify(s.length > 40 ? s.slice(0, 37) + '…' : s);

/**
 * A streaming CSV reader: `push` text chunks in order, then `end`. Records are handed to the sink
 * as soon as they are complete; a record cut by a chunk boundary waits for the next chunk.
 *
 * @example const out: string[][] = []; const r = new CsvRecords((f) => { out.push(f); }); r.push('a,"b,c"\r\n'); r.push('d,e'); r.end(); out // [['a', 'b,c'], ['d', 'e']]
 */
export class CsvRecords {
	/** Text of an incomplete record carried into the next chunk. */
	private rest = '';
	/** Line number of the first character of `rest`. */
	private line = 1;
	private started = false;
	/** The record delimiter: LF (a CR before it is dropped) or, in a CR-only file, CR. */
	private eol = '\n';
	private stopped = false;

	constructor(
		private readonly sink: RecordSink,
		private readonly lineSink?: LineSink
	) {}

	/** Whether the sink asked to stop. */
	get done(): boolean {
		return this.stopped;
	}

	push(chunk: string): void {
		if (this.stopped || chunk === '') return;
		let text = this.rest === '' ? chunk : this.rest + chunk;
		if (!this.started) {
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			if (!this.detect(text, false)) {
				this.rest = text;
				return;
			}
		}
		this.rest = text.slice(this.read(text, false));
	}

	end(): void {
		if (this.stopped) return;
		let text = this.rest;
		this.rest = '';
		if (!this.started) {
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			this.detect(text, true);
		}
		if (text !== '') this.read(text, true);
	}

	/** The record delimiter from the first line end: LF or CRLF, else CR. False: not known yet. */
	private detect(text: string, final: boolean): boolean {
		const lf = text.indexOf('\n');
		const cr = text.indexOf('\r');
		if (cr >= 0 && (lf < 0 || cr < lf)) {
			if (cr + 1 >= text.length && !final) return false;
			if (text.charCodeAt(cr + 1) !== LF) this.eol = '\r';
		} else if (lf < 0 && !final) return false;
		this.started = true;
		return true;
	}

	/** Read the complete records of `text`; returns where the unread rest starts. */
	private read(text: string, final: boolean): number {
		const n = text.length;
		const eol = this.eol;
		const lf = eol === '\n';
		let pos = 0;
		// The next quote at or after `pos` (-1: none left), looked up again only once passed.
		let quote = -2;
		while (pos < n) {
			let nl = text.indexOf(eol, pos);
			if (nl < 0) {
				if (!final) return pos;
				nl = n;
			}
			let stop = nl;
			if (lf && stop > pos && text.charCodeAt(stop - 1) === CR) stop--;
			if (stop === pos) {
				// An empty line.
				pos = nl + 1;
				this.line++;
				continue;
			}
			if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
			if (quote < 0 || quote >= stop) {
				// No quote on this line: the fast path.
				if (
					(this.lineSink
						? this.lineSink(text, pos, stop, this.line)
						: this.sink(text.slice(pos, stop).split(','), this.line)) === true
				) {
					this.stopped = true;
					return n;
				}
				pos = nl + 1;
				this.line++;
				continue;
			}
			const r = this.quoted(text, pos, final);
			if (r === undefined) return pos; // the record goes on in the next chunk
			const line = this.line;
			this.line += r.lines;
			pos = r.end;
			if (this.sink(r.fields, line) === true) {
				this.stopped = true;
				return n;
			}
		}
		return n;
	}

	/**
	 * One record with quotes, from `start` (a record's first character): its fields, how many line
	 * ends it spans (its own delimiter included) and where the next record starts. Undefined when
	 * the text ends inside it and more may come.
	 */
	private quoted(
		text: string,
		start: number,
		final: boolean
	): { fields: string[]; lines: number; end: number } | undefined {
		const n = text.length;
		const eolCode = this.eol === '\n' ? LF : CR;
		const fields: string[] = [];
		let lines = 0;
		let i = start;
		for (;;) {
			// At the start of a field.
			if (i < n && text.charCodeAt(i) === QUOTE) {
				const openLine = this.line + lines;
				let value = '';
				let j = i + 1;
				for (;;) {
					const q = text.indexOf('"', j);
					if (q < 0) {
						if (!final) return undefined;
						throw new CsvSyntaxError(
							openLine,
							fields.length + 1,
							'a quote that is never closed (the file ends inside the quoted field)'
						);
					}
					const part = text.slice(j, q);
					value += part;
					for (let k = part.indexOf(this.eol); k >= 0; k = part.indexOf(this.eol, k + 1)) lines++;
					if (q + 1 >= n && !final) return undefined; // is it "" or the end? more text decides
					if (text.charCodeAt(q + 1) === QUOTE) {
						value += '"';
						j = q + 2;
					} else {
						i = q + 1;
						break;
					}
				}
				fields.push(value);
				if (i >= n) return { fields, lines, end: n };
				const c = text.charCodeAt(i);
				if (c === COMMA) {
					i++;
					continue;
				}
				if (c === eolCode) return { fields, lines: lines + 1, end: i + 1 };
				if (c === CR && eolCode === LF) {
					if (i + 1 >= n && !final) return undefined;
					if (i + 1 >= n) return { fields, lines, end: n };
					if (text.charCodeAt(i + 1) === LF) return { fields, lines: lines + 1, end: i + 2 };
				}
				throw new CsvSyntaxError(
					this.line + lines,
					fields.length,
					`${show(text[i]!)} after the closing quote of a field (expected a comma or the end of the line)`
				);
			}
			// An unquoted field: up to the next comma or line end; a quote in it is an error.
			let j = i;
			while (j < n) {
				const c = text.charCodeAt(j);
				if (c === COMMA || c === eolCode) break;
				if (c === QUOTE)
					throw new CsvSyntaxError(
						this.line + lines,
						fields.length + 1,
						`a quote inside an unquoted field (${show(text.slice(i, j + 1))}): a field with quotes must start with one, and a quote inside it is written ""`
					);
				j++;
			}
			if (j >= n && !final) return undefined;
			let value = text.slice(i, j);
			if (j < n && text.charCodeAt(j) === eolCode) {
				if (eolCode === LF && value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
				fields.push(value);
				return { fields, lines: lines + 1, end: j + 1 };
			}
			if (j >= n) {
				if (value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
				fields.push(value);
				return { fields, lines, end: n };
			}
			fields.push(value);
			i = j + 1; // after the comma
		}
	}
}
