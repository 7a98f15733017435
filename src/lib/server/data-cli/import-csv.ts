import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDataError, zodErrorsFor } from '../../data/errors';
import { ENCODINGS, type Encoding } from '../../import/decode';
import { BUILT_IN_MAPPINGS, TallyMappingSchema, type TallyMapping } from '../../import/mapping';
import { planSheetImport } from '../../import/plan-sheets';
import { formatRowError } from '../../import/tally-csv';
import type { ElectionBundle } from '../../data/bundle';
import type { Election } from '../../schemas/election';
import type { Tabulation } from '../../schemas/tabulation';
import {
	CliError,
	commit,
	EXIT_INVALID,
	EXIT_IO,
	fmtInt,
	phaseTimer,
	validateCurrent,
	type Io
} from './common';
import { readTallyInBackground } from './read-tally';
import { Workspace } from './workspace';

export const IMPORT_CSV_HELP = `Usage: npm run data -- import-csv FILE --election ID --tabulation ID --snapshot ID
         --as-of ISO --mapping NAME|FILE [--encoding utf-8|latin1|windows-1252]
         [--source ID]… [--label-es TEXT --label-en TEXT] [--skip-invalid] [--dry-run]

Import a tally-sheet CSV (one row per tally sheet or polling station) into a snapshot: national
totals, results for every region level in the file, coverage as sheets counted, and the rows
themselves in sheets/<snapshot>.csv. An existing snapshot keeps its label, notes and announced
figures; its counts, regions and sheet rows are replaced.

  --mapping NAME|FILE  built-in: ${Object.keys(BUILT_IN_MAPPINGS).join(', ')}; or a mapping JSON file
  --encoding ENC       utf-8 (default; a BOM is fine), latin1 or windows-1252
  --source ID          source of the file (repeatable; required for a new snapshot)
  --label-es/--label-en  label of a new snapshot
  --skip-invalid       import the valid rows and list the skipped ones
  --dry-run            print the change, write nothing
  --revision-date D    date of the revisions entry (default: today, UTC)

Example:
  npm run data -- import-csv ../shared/data/RESULTADOS_2024_CSV_V1.csv --election venezuela-2024 \\
    --tabulation opposition-tally-sheets --snapshot opposition-81-7 --as-of 2024-08-01 \\
    --mapping ve-2024-opposition --source github-enyer182-resultados-csv`;

function loadMapping(spec: string): TallyMapping {
	const builtIn = BUILT_IN_MAPPINGS[spec];
	if (builtIn) return builtIn;
	if (!existsSync(spec))
		throw new CliError(EXIT_INVALID, [
			`--mapping: expected a built-in mapping (${Object.keys(BUILT_IN_MAPPINGS).join(', ')}) or a JSON file, got ${JSON.stringify(spec)}`
		]);
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(spec, 'utf8'));
	} catch (e) {
		throw new CliError(EXIT_INVALID, [`${spec}: expected valid JSON, got ${(e as Error).message}`]);
	}
	const r = TallyMappingSchema.safeParse(data);
	if (!r.success)
		throw new CliError(EXIT_INVALID, zodErrorsFor(spec, data, r.error).map(formatDataError));
	return r.data;
}

/** The file of `tabulations/` that holds the tabulation `id`. */
const tabulationFile = (ws: Workspace, id: string): string | undefined =>
	ws.filesOf('tabulations').find((rel) => (ws.data(rel) as Tabulation[]).some((t) => t.id === id));

export async function importCsv(argv: string[], dataDir: string, io: Io): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			election: { type: 'string' },
			tabulation: { type: 'string' },
			snapshot: { type: 'string' },
			'as-of': { type: 'string' },
			mapping: { type: 'string' },
			encoding: { type: 'string', default: 'utf-8' },
			source: { type: 'string', multiple: true, default: [] },
			'label-es': { type: 'string' },
			'label-en': { type: 'string' },
			'skip-invalid': { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			'revision-date': { type: 'string' }
		}
	});
	const file = positionals[0];
	const missing = ['election', 'tabulation', 'snapshot', 'as-of', 'mapping'].filter(
		(k) => values[k as keyof typeof values] === undefined
	);
	if (!file || missing.length > 0 || positionals.length > 1)
		throw new CliError(EXIT_INVALID, [
			`import-csv: expected FILE and ${missing.map((m) => '--' + m).join(', ') || 'one file only'}`,
			'',
			IMPORT_CSV_HELP
		]);
	const encoding = values.encoding as Encoding;
	if (!ENCODINGS.includes(encoding))
		throw new CliError(EXIT_INVALID, [
			`--encoding: expected one of ${ENCODINGS.join(', ')}, got ${JSON.stringify(values.encoding)}`
		]);
	const mark = phaseTimer(io);
	const mapping = loadMapping(values.mapping!);
	// The file is read in a worker thread while this one reads and validates the election folder
	// (read-tally.ts); its problems are still reported after the folder's, as before.
	const reading = readTallyInBackground({
		file,
		encoding,
		mapping,
		skipInvalid: values['skip-invalid']
	});
	let ws: Workspace;
	let bundle: ElectionBundle;
	try {
		const { ws: loaded, errors } = Workspace.load(dataDir, values.election!);
		if (!loaded) throw new CliError(EXIT_INVALID, errors.map(formatDataError));
		ws = loaded;
		mark('reading the election folder');
		bundle = validateCurrent(ws);
		mark('validation of the election as it is');
		if (!existsSync(file))
			throw new CliError(EXIT_IO, [`${file}: expected a readable file, got no such file`]);
		// While the worker reads the file, this thread formats the releases the import will keep
		// (their text is needed after, and would cost as much then).
		if (reading.inWorker) {
			const rel = tabulationFile(ws, values.tabulation!);
			if (rel) {
				ws.formatReleasesAhead(rel, (id) => id !== values.snapshot);
				mark('formatting the releases the import keeps (while the worker reads)');
			}
		}
	} catch (e) {
		reading.cancel();
		throw e;
	}
	const started = performance.now();
	let tally;
	let inWorker;
	let encode;
	try {
		({ tally, worker: inWorker, encode } = await reading.result());
	} catch (e) {
		throw new CliError(EXIT_IO, [`${file}: could not be read (${(e as Error).message})`]);
	}
	mark(
		`reading, decoding and checking ${fmtInt(tally.table.length)} rows${inWorker ? ' (in a worker thread, beside the two phases above; what is left of it)' : ''}`
	);
	const rowErrors = tally.errors.map((e) => formatRowError(file, e));
	// (A worker that read the file waits to be asked for the sheet bytes, below: stopped if the
	// command ends before.)
	if (tally.fatal || (!values['skip-invalid'] && rowErrors.length > 0)) reading.cancel();
	if (tally.fatal || (!values['skip-invalid'] && rowErrors.length > 0))
		throw new CliError(EXIT_INVALID, [
			`✗ ${file}: ${rowErrors.length}${rowErrors.length >= 100 ? '+' : ''} problem(s); nothing was imported${tally.fatal ? '' : ' (--skip-invalid imports the valid rows)'}:`,
			...rowErrors.map((l) => '  ' + l)
		]);
	if (tally.skippedLines.length > 0) {
		io.err(`Skipped ${tally.skippedLines.length} invalid row(s) (--skip-invalid):`);
		for (const l of rowErrors) io.err('  ' + l);
	}
	if (tally.ignoredColumns.length > 0)
		io.out(`Columns not used by mapping ${mapping.id}: ${tally.ignoredColumns.join(', ')}`);
	const label =
		values['label-es'] && values['label-en']
			? { es: values['label-es'], en: values['label-en'] }
			: undefined;
	// With a worker, it makes the sheet file's bytes (from the moment the rows' regions are
	// resolved) while this thread makes the sums, formats and validates.
	const candidateIds = bundle.election.candidates.map((c) => c.id);
	let sheetBytes: Promise<Uint8Array | undefined> | undefined;
	const { plan, errors: planErrors } = planSheetImport({
		bundle,
		tabulationId: values.tabulation!,
		snapshotId: values.snapshot!,
		asOf: values['as-of']!,
		label,
		sourceIds: values.source,
		mapping,
		tally,
		onTable: (t) => {
			sheetBytes = encode?.(t.regionIds, candidateIds);
		}
	});
	mark('aggregation (plan)');
	if (!plan) reading.cancel();
	if (!plan)
		throw new CliError(EXIT_INVALID, [
			`✗ ${file}: cannot import:`,
			...planErrors.map((l) => '  ' + l)
		]);

	// Apply the plan to the files.
	if (plan.regionLevels) {
		const election = ws.data('election.json') as Election;
		const { regions, ...rest } = election;
		ws.rewrite('election.json', { ...rest, regionLevels: plan.regionLevels, regions });
	}
	for (const [level, regions] of plan.newRegions) {
		const rel = `regions/${level}.json`;
		if (ws.has(rel)) {
			const list = ws.data(rel) as unknown[];
			ws.rewrite(rel, [...list, ...regions]);
		} else ws.rewrite(rel, regions);
	}
	const tabRel = tabulationFile(ws, values.tabulation!);
	const tabs = ws.data(tabRel!) as Tabulation[];
	const tab = tabs.find((t) => t.id === values.tabulation)!;
	const i = tab.snapshots.findIndex((s) => s.id === plan.snapshot.id);
	const old = i >= 0 ? tab.snapshots[i] : undefined;
	if (i >= 0) tab.snapshots[i] = plan.snapshot;
	else tab.snapshots.push(plan.snapshot);
	ws.rewrite(tabRel!, tabs);
	ws.setSheets(plan.snapshot.id, plan.table, candidateIds, sheetBytes);

	mark('sheet file text');
	const ms = performance.now() - started;
	const name = (id: string) => bundle.election.candidates.find((c) => c.id === id)?.shortName ?? id;
	io.out(
		`${values['dry-run'] ? 'Would import' : 'Importing'} ${fmtInt(plan.table.length)} sheet rows from ${basename(file)} into ${values.tabulation} › ${plan.snapshot.id} (${plan.replaces ? 'replacing its counts' : 'new snapshot'}; read in ${Math.round(ms)} ms):`
	);
	for (const r of plan.snapshot.results) {
		const was = old?.results.find((x) => x.contestant === r.contestant)?.votes;
		io.out(
			`  ${name(r.contestant)}: ${fmtInt(r.votes)}${was === undefined ? '' : was === r.votes ? ' (unchanged)' : ` (was ${fmtInt(was)})`}`
		);
	}
	for (const g of old?.results.filter(
		(r) => !plan.snapshot.results.some((x) => x.contestant === r.contestant)
	) ?? [])
		io.out(`  ${g.contestant}: replaced by its members' own counts (was ${fmtInt(g.votes)})`);
	io.out(
		`  valid ${fmtInt(plan.snapshot.totals.valid ?? 0)}, null ${fmtInt(plan.snapshot.totals.null ?? 0)}${tally.hasRegistered ? `, registered on these sheets ${fmtInt(plan.snapshot.totals.electorsOnCountedUnits ?? 0)}` : ''}; sheets counted ${fmtInt(plan.table.length)}${plan.snapshot.coverage.unitsTotal ? ` of ${fmtInt(plan.snapshot.coverage.unitsTotal)}` : ''}`
	);
	io.out(
		`  regions: ${[...plan.regionsPerLevel].map(([l, n]) => `${fmtInt(n)} ${l}`).join(', ')}${[...plan.newRegions].length ? `; new: ${[...plan.newRegions].map(([l, r]) => `${fmtInt(r.length)} ${l}`).join(', ')}` : ''}`
	);
	const levelNames = (lang: 'es' | 'en') => {
		const names = mapping.levels
			.filter((l) => plan.regionsPerLevel.has(l.level))
			.map((l) => l.levelName[lang].toLowerCase());
		const last = names.pop();
		return names.length
			? `${names.join(', ')} ${lang === 'es' ? 'y' : 'and'} ${last}`
			: (last ?? '');
	};
	await commit(ws, {
		io,
		dryRun: values['dry-run'],
		date: values['revision-date'],
		summary: {
			es: `Importadas ${plan.table.length.toLocaleString('es-ES')} actas de ${basename(file)} en ${plan.snapshot.id} (${values.tabulation}) con el mapeo ${mapping.id}: totales nacionales, resultados por ${levelNames('es')}, y las filas por acta.`,
			en: `Imported ${plan.table.length.toLocaleString('en-US')} tally sheets from ${basename(file)} into ${plan.snapshot.id} (${values.tabulation}) with the mapping ${mapping.id}: national totals, results by ${levelNames('en')}, and the per-sheet rows.`
		},
		mark
	});
}
