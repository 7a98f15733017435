import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDataError } from '../../data/errors';
import { listNistContests, readNistContest } from '../../import/nist';
import type { Candidate, Election, Region } from '../../schemas/election';
import type { RegionResult, Snapshot, Tabulation } from '../../schemas/tabulation';
import {
	CliError,
	commit,
	EXIT_INVALID,
	EXIT_IO,
	fmtInt,
	validateCurrent,
	type Io
} from './common';
import { Workspace } from './workspace';

export const IMPORT_NIST_HELP = `Usage: npm run data -- import-nist FILE
       npm run data -- import-nist FILE --contest ID --election ID [--tabulation ID]
         [--snapshot ID] [--as-of ISO] [--source ID | --source-url URL]
         [--country CC --time-zone ZONE] [--dry-run]

Without --contest: list the file's contests (id, type, name) and exit 0.
With it: create the election (or update it) from a NIST SP 1500-100 v2 results file: name, date,
candidates with parties, the reporting units as a region hierarchy, and a snapshot with each
candidate's votes summed over the reporting units and over every count type (the snapshot's note
says so). Write-ins without a candidate count as valid votes, not as a candidate. Anything not
supported is named by its JSON path.

  --tabulation ID  default "official" (created, as the official one, with a new election)
  --snapshot ID    default "nist-<contest>"
  --as-of ISO      default: the file's GeneratedDate
  --source ID      an existing source; or --source-url URL to create one (named after the Issuer)
  --country CC, --time-zone ZONE   required for a new election (the format has neither)

Example:
  npm run data -- import-nist ../shared/data/nist-err-v2/sample-err-gen-01.json
  npm run data -- --data-dir /tmp/elections import-nist sample-err-gen-01.json --contest cc-president \\
    --election test-county-2000 --country US --time-zone America/New_York \\
    --source-url https://github.com/usnistgov/cdf-test-method`;

/** Okabe–Ito colours (colour-blind safe), then greys. */
const PALETTE = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#E69F00',
	'#56B4E9',
	'#8C6D31',
	'#6B6B6B',
	'#7A4F9A',
	'#3D7A5A'
];
const slug = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '') || 'x';

export async function importNist(argv: string[], dataDir: string, io: Io): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			contest: { type: 'string' },
			election: { type: 'string' },
			tabulation: { type: 'string', default: 'official' },
			snapshot: { type: 'string' },
			'as-of': { type: 'string' },
			source: { type: 'string' },
			'source-url': { type: 'string' },
			country: { type: 'string' },
			'time-zone': { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			'revision-date': { type: 'string' }
		}
	});
	const file = positionals[0];
	if (!file || positionals.length > 1)
		throw new CliError(EXIT_INVALID, ['import-nist: expected one FILE', '', IMPORT_NIST_HELP]);
	if (!existsSync(file))
		throw new CliError(EXIT_IO, [`${file}: expected a readable file, got no such file`]);
	let doc: unknown;
	try {
		doc = JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		throw new CliError(EXIT_INVALID, [`${file}: expected valid JSON, got ${(e as Error).message}`]);
	}
	if (!values.contest) {
		for (const e of listNistContests(doc)) {
			io.out(`${e.election}:`);
			for (const c of e.contests) io.out(`  ${c.id.padEnd(28)} ${c.type.padEnd(22)} ${c.name}`);
		}
		return;
	}
	if (!values.election)
		throw new CliError(EXIT_INVALID, [
			'import-nist: expected --election ID with --contest',
			'',
			IMPORT_NIST_HELP
		]);
	const c = readNistContest(doc, values.contest);
	if (c.errors.length > 0)
		throw new CliError(EXIT_INVALID, [
			`✗ ${file}: cannot import:`,
			...c.errors.map((l) => `  ${file} › ${l}`)
		]);
	for (const u of c.unsupported) io.err(`note: ${file} › ${u}`);

	const id = values.election;
	const exists = existsSync(join(dataDir, id, 'election.json'));
	const root = obj(doc);
	const asOf =
		values['as-of'] ?? (typeof root.GeneratedDate === 'string' ? root.GeneratedDate : undefined);
	if (!asOf)
		throw new CliError(EXIT_INVALID, [
			'--as-of: expected a date-time with offset (the file has no GeneratedDate)'
		]);
	const issuer = typeof root.Issuer === 'string' ? root.Issuer.trim() : 'Issuer';
	let ws: Workspace;
	let election: Election;
	if (exists) {
		const loaded = Workspace.load(dataDir, id);
		if (!loaded.ws) throw new CliError(EXIT_INVALID, loaded.errors.map(formatDataError));
		ws = loaded.ws;
		validateCurrent(ws);
		election = ws.data('election.json') as Election;
	} else {
		if (!values.country || !values['time-zone'])
			throw new CliError(EXIT_INVALID, [
				`import-nist: expected --country and --time-zone to create the election ${id} (the NIST format has neither)`
			]);
		if (!values['source-url'] && !values.source)
			throw new CliError(EXIT_INVALID, [
				'import-nist: expected --source-url to cite the file of a new election'
			]);
		ws = Workspace.create(dataDir, id);
		election = {
			id,
			name: { es: c.electionName || id, en: c.electionName || id },
			date: c.date ?? asOf.slice(0, 10),
			country: values.country,
			office: { es: c.contest.name, en: c.contest.name },
			timeZone: values['time-zone'],
			countingUnit: { kind: 'polling-station' },
			candidates: [],
			groups: [],
			regions: []
		};
		const { groups: _g, ...rest } = election;
		void _g;
		election = rest as Election;
		ws.rewrite('actors.json', [
			{ id: slug(issuer), name: { es: issuer, en: issuer }, kind: 'electoral-authority' }
		]);
		ws.rewrite('tabulations.json', []);
	}
	// Source of the file.
	let sourceId = values.source;
	if (!sourceId) {
		sourceId = `${slug(issuer)}-nist-results`;
		const rel = ws.filesOf('sources')[0] ?? 'sources.json';
		ws.append(rel, [
			{
				id: sourceId,
				publisher: issuer,
				title: `${c.electionName}: ${c.contest.name} (NIST SP 1500-100 v2)`,
				url: values['source-url'],
				lang: 'en'
			}
		]);
	}
	// Candidates: matched by full name, else added with a colour of the palette.
	const candidates: Candidate[] = [...election.candidates];
	const idOf = new Map<string, string>();
	for (const nc of c.candidates) {
		let cand = candidates.find((x) => x.fullName === nc.fullName);
		if (!cand) {
			let cid = slug(nc.shortName);
			while (candidates.some((x) => x.id === cid)) cid += '-2';
			cand = {
				id: cid,
				fullName: nc.fullName,
				shortName: nc.shortName,
				...(nc.party ? { party: nc.party } : {}),
				color: PALETTE[candidates.length % PALETTE.length]!
			};
			candidates.push(cand);
		}
		idOf.set(nc.selectionId, cand.id);
	}
	// Regions: the contest district and its reporting units, one level per depth.
	const depthIds = ['area', 'reporting-unit'];
	const levelId = (d: number) => depthIds[d] ?? `reporting-unit-${d}`;
	const maxDepth = Math.max(0, ...c.units.map((u) => u.depth));
	const levels = Array.from({ length: maxDepth + 1 }, (_, d) => ({
		id: levelId(d),
		name:
			d === 0
				? { es: 'Área', en: 'Area' }
				: {
						es: `Unidad de escrutinio${d > 1 ? ` (${d})` : ''}`,
						en: `Reporting unit${d > 1 ? ` (${d})` : ''}`
					}
	}));
	const regions: Region[] = [...election.regions];
	const regionId = new Map<string, string>();
	for (const u of c.units) {
		const found = regions.find((r) => r.code === u.id);
		if (found) {
			regionId.set(u.id, found.id);
			continue;
		}
		let rid = slug(u.id);
		while (regions.some((r) => r.id === rid)) rid += '-2';
		const r: Region = { id: rid, code: u.id, name: u.name };
		if (levels.length > 1) r.level = levelId(u.depth);
		if (u.parent !== undefined) r.parent = regionId.get(u.parent);
		regions.push(r);
		regionId.set(u.id, rid);
	}
	const next: Election = { ...election, candidates, regions };
	if (levels.length > 1 && !election.regionLevels) {
		const { regions: rs, ...rest } = next;
		Object.assign(next, {});
		ws.rewrite('election.json', { ...rest, regionLevels: levels, regions: rs });
	} else ws.rewrite('election.json', next);

	const results = c.candidates.map((nc) => ({
		contestant: idOf.get(nc.selectionId)!,
		votes: c.totals.get(nc.selectionId) ?? 0
	}));
	const valid = results.reduce((a, r) => a + r.votes, 0) + c.writeIns;
	const regionResults: RegionResult[] = [...c.byUnit].map(([unit, m]) => ({
		region: regionId.get(unit)!,
		results: c.candidates.map((nc) => ({
			contestant: idOf.get(nc.selectionId)!,
			votes: m.get(nc.selectionId) ?? 0
		})),
		totals: { valid: [...m.values()].reduce((a, v) => a + v, 0) }
	}));
	const types = c.countTypes.join(', ');
	const n = c.byUnit.size;
	const snapshot: Snapshot = {
		id: values.snapshot ?? `nist-${slug(c.contest.id)}`,
		label: { es: `${c.contest.name} (archivo NIST)`, en: `${c.contest.name} (NIST file)` },
		asOf,
		coverage: { unitsCounted: n },
		results,
		totals: { valid },
		regions: regionResults,
		sourceIds: [sourceId],
		notes: {
			es: `Votos sumados por Escrutinio sobre ${n} unidades de escrutinio y sobre los tipos de conteo del archivo (${types})${c.writeIns ? `; ${c.writeIns} votos por candidatos no inscritos cuentan como válidos, no como candidato` : ''}.`,
			en: `Votes summed by Escrutinio over ${n} reporting units and over the file's count types (${types})${c.writeIns ? `; ${c.writeIns} write-in votes count as valid votes, not as a candidate` : ''}.`
		}
	};
	const tabRel = ws
		.filesOf('tabulations')
		.find((rel) => (ws.data(rel) as Tabulation[]).some((t) => t.id === values.tabulation));
	if (tabRel) {
		const tabs = ws.data(tabRel) as Tabulation[];
		const tab = tabs.find((t) => t.id === values.tabulation)!;
		const i = tab.snapshots.findIndex((s) => s.id === snapshot.id);
		if (i >= 0) tab.snapshots[i] = snapshot;
		else tab.snapshots.push(snapshot);
		ws.rewrite(tabRel, tabs);
	} else if (!exists) {
		ws.rewrite('tabulations.json', [
			{
				id: values.tabulation,
				name: { es: 'Resultados oficiales', en: 'Official results' },
				kind: 'official-bulletins',
				official: true,
				publisher: slug(issuer),
				snapshots: [snapshot]
			}
		]);
	} else
		throw new CliError(EXIT_INVALID, [
			`--tabulation: expected a tabulation of ${id}, got ${JSON.stringify(values.tabulation)}`
		]);

	io.out(
		`${exists ? 'Updating' : 'Creating'} ${id} from ${c.contest.id} (${c.contest.name}): summed over ${n} reporting units and the count types ${types}`
	);
	for (const r of results) io.out(`  ${r.contestant}: ${fmtInt(r.votes)}`);
	if (c.writeIns) io.out(`  write-ins (valid votes, no candidate): ${fmtInt(c.writeIns)}`);
	await commit(ws, {
		io,
		dryRun: values['dry-run'],
		date: values['revision-date'],
		summary: {
			es: `Importado el concurso ${c.contest.id} de un archivo NIST SP 1500-100 v2 en ${snapshot.id}: votos sumados sobre ${n} unidades y los tipos de conteo (${types}).`,
			en: `Imported contest ${c.contest.id} from a NIST SP 1500-100 v2 file into ${snapshot.id}: votes summed over ${n} units and the count types (${types}).`
		}
	});
}

const obj = (v: unknown): Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
