import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CollectionName } from '../../data/bundle';
import { formatDataError } from '../../data/errors';
import type { Snapshot, Tabulation } from '../../schemas/tabulation';
import { CliError, commit, EXIT_INVALID, EXIT_IO, validateCurrent, type Io } from './common';
import { Workspace } from './workspace';

const COMMON = `  --election ID    the election folder (required)
  --json FILE      the item(s) as JSON: one object, or a list of objects
  --data JSON      the same, inline
  --to NAME        the file to add to, inside the collection's folder (default: the collection's
                   single file, else <collection>/added.json)
  --dry-run        print the change, write nothing`;

export const ADD_SOURCE_HELP = `Usage: npm run data -- add-source --election ID (--id ID --publisher TEXT --url URL --lang xx
         [--title TEXT] [--published DATE] [--retrieved DATE] [--archive-url URL] | --json FILE)

Add a source (what every figure, claim and statement cites by id). One id per URL.
${COMMON}

Example:
  npm run data -- add-source --election venezuela-2024 --id efecto-cocuyo-actas \\
    --publisher "Efecto Cocuyo" --url https://efectococuyo.com/... --lang es`;

export const ADD_SNAPSHOT_HELP = `Usage: npm run data -- add-snapshot --election ID --tabulation ID (--id ID --label-es TEXT
         --label-en TEXT --as-of ISO --votes ID=N,ID=N… --source ID… [--valid N] [--null N]
         [--voters N] [--units-counted N] [--units-total N] [--coverage-percent P] | --json FILE)

Add a release to a tabulation (at the end: data files list releases in publication order).
${COMMON}

Example:
  npm run data -- add-snapshot --election venezuela-2024 --tabulation cne --id cne-bulletin-3 \\
    --label-es "CNE: boletín 3" --label-en "CNE: bulletin 3" --as-of 2024-08-02T12:00:00-04:00 \\
    --votes maduro=100,gonzalez=90 --source some-source-id`;

export const ADD_STATEMENT_HELP = `Usage: npm run data -- add-statement --election ID (--json FILE | --data JSON)

Add one or more international reactions (statements/*.json). The fields are those of
src/lib/schemas/statement.ts; the whole election is validated with them.
${COMMON}

Example:
  npm run data -- add-statement --election venezuela-2024 --json statement.json --to world.json`;

export const ADD_CLAIM_HELP = `Usage: npm run data -- add-claim --election ID (--json FILE | --data JSON)

Add one or more claims (claims/*.json): who said what, when, with structured assertions
(src/lib/schemas/claim.ts).
${COMMON}

Example:
  npm run data -- add-claim --election venezuela-2024 --data '{"id":"…","actor":"cne",…}' --to cne.json`;

const commonOptions = {
	election: { type: 'string' },
	json: { type: 'string' },
	data: { type: 'string' },
	to: { type: 'string' },
	'dry-run': { type: 'boolean', default: false },
	'revision-date': { type: 'string' }
} as const;

function itemsFrom(values: { json?: string; data?: string }): unknown[] | undefined {
	let text: string | undefined = values.data;
	let where = '--data';
	if (values.json !== undefined) {
		where = values.json;
		if (!existsSync(values.json))
			throw new CliError(EXIT_IO, [`${values.json}: expected a readable file, got no such file`]);
		text = readFileSync(values.json, 'utf8');
	}
	if (text === undefined) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new CliError(EXIT_INVALID, [
			`${where}: expected valid JSON, got ${(e as Error).message}`
		]);
	}
	return Array.isArray(data) ? data : [data];
}

function open(dataDir: string, election: string | undefined): Workspace {
	if (!election) throw new CliError(EXIT_INVALID, ['expected --election ID']);
	const { ws, errors } = Workspace.load(dataDir, election);
	if (!ws) throw new CliError(EXIT_INVALID, errors.map(formatDataError));
	validateCurrent(ws);
	return ws;
}

function target(ws: Workspace, name: CollectionName, to: string | undefined): string {
	const files = ws.filesOf(name);
	if (to) {
		const rel = to.includes('/') || to === `${name}.json` ? to : `${name}/${to}`;
		if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?\.json$/.test(rel))
			throw new CliError(EXIT_INVALID, [
				`--to: expected a file name like cne.json, got ${JSON.stringify(to)}`
			]);
		return rel;
	}
	if (files.includes(`${name}.json`)) return `${name}.json`;
	return `${name}/added.json`;
}

const idsOf = (items: unknown[]) =>
	items
		.map((i) => (i && typeof i === 'object' && 'id' in i ? String((i as { id: unknown }).id) : '?'))
		.join(', ');

async function addItems(
	name: CollectionName,
	what: string,
	argv: string[],
	dataDir: string,
	io: Io,
	fromFlags?: (v: Record<string, unknown>) => unknown | undefined,
	extra: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {}
) {
	const { values } = parseArgs({ args: argv, options: { ...commonOptions, ...extra } });
	const items =
		itemsFrom(values) ?? (fromFlags ? [fromFlags(values)].filter((x) => x !== undefined) : []);
	if (items.length === 0)
		throw new CliError(EXIT_INVALID, [
			`add-${what}: expected --json FILE, --data JSON${fromFlags ? ' or the fields as flags' : ''}`
		]);
	const ws = open(dataDir, values.election as string | undefined);
	const rel = target(ws, name, values.to as string | undefined);
	ws.append(rel, items);
	io.out(`Adding ${items.length} ${what}(s) to ${ws.display}/${rel}: ${idsOf(items)}`);
	await commit(ws, {
		io,
		dryRun: values['dry-run'] as boolean,
		date: values['revision-date'] as string | undefined,
		summary: {
			es: `Añadido con la CLI (${what}): ${idsOf(items)}.`,
			en: `Added with the CLI (${what}): ${idsOf(items)}.`
		}
	});
}

export async function addSource(argv: string[], dataDir: string, io: Io): Promise<void> {
	await addItems(
		'sources',
		'source',
		argv,
		dataDir,
		io,
		(v) => {
			if (v.id === undefined) return undefined;
			const s: Record<string, unknown> = {
				id: v.id,
				publisher: v.publisher,
				title: v.title,
				url: v.url,
				lang: v.lang,
				published: v.published,
				retrieved: v.retrieved,
				archiveUrl: v['archive-url']
			};
			for (const k of Object.keys(s))
				if (s[k] === undefined && k !== 'id' && k !== 'publisher' && k !== 'url' && k !== 'lang')
					delete s[k];
			return s;
		},
		{
			id: { type: 'string' },
			publisher: { type: 'string' },
			title: { type: 'string' },
			url: { type: 'string' },
			lang: { type: 'string' },
			published: { type: 'string' },
			retrieved: { type: 'string' },
			'archive-url': { type: 'string' }
		}
	);
}

export const addStatement = (argv: string[], dataDir: string, io: Io) =>
	addItems('statements', 'statement', argv, dataDir, io);
export const addClaim = (argv: string[], dataDir: string, io: Io) =>
	addItems('claims', 'claim', argv, dataDir, io);

/** A whole number from a flag; anything else is kept as text so validation names it. */
const num = (v: unknown) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);

export async function addSnapshot(argv: string[], dataDir: string, io: Io): Promise<void> {
	const { values } = parseArgs({
		args: argv,
		options: {
			...commonOptions,
			tabulation: { type: 'string' },
			id: { type: 'string' },
			'label-es': { type: 'string' },
			'label-en': { type: 'string' },
			'as-of': { type: 'string' },
			votes: { type: 'string' },
			valid: { type: 'string' },
			null: { type: 'string' },
			voters: { type: 'string' },
			'units-counted': { type: 'string' },
			'units-total': { type: 'string' },
			'coverage-percent': { type: 'string' },
			source: { type: 'string', multiple: true, default: [] }
		}
	});
	let items = itemsFrom(values);
	if (!items) {
		if (!values.id)
			throw new CliError(EXIT_INVALID, [
				'add-snapshot: expected --json FILE, --data JSON or --id with the fields as flags',
				'',
				ADD_SNAPSHOT_HELP
			]);
		const votes = (values.votes ?? '')
			.split(',')
			.filter(Boolean)
			.map((pair) => {
				const [contestant, v] = pair.split('=');
				return { contestant: contestant?.trim(), votes: num(v?.trim()) };
			});
		const totals: Record<string, unknown> = {};
		for (const k of ['valid', 'null', 'voters'] as const)
			if (values[k] !== undefined) totals[k] = num(values[k]);
		const coverage: Record<string, unknown> = {};
		if (values['units-counted'] !== undefined) coverage.unitsCounted = num(values['units-counted']);
		if (values['units-total'] !== undefined) coverage.unitsTotal = num(values['units-total']);
		if (values['coverage-percent'] !== undefined)
			coverage.announcedPercent = num(values['coverage-percent']);
		items = [
			{
				id: values.id,
				label: { es: values['label-es'], en: values['label-en'] },
				asOf: values['as-of'],
				coverage,
				results: votes,
				...(Object.keys(totals).length ? { totals } : {}),
				sourceIds: values.source
			}
		];
	}
	if (!values.tabulation)
		throw new CliError(EXIT_INVALID, [
			'add-snapshot: expected --tabulation ID',
			'',
			ADD_SNAPSHOT_HELP
		]);
	const ws = open(dataDir, values.election);
	const rel = ws
		.filesOf('tabulations')
		.find((r) => (ws.data(r) as Tabulation[]).some((t) => t.id === values.tabulation));
	if (!rel)
		throw new CliError(EXIT_INVALID, [
			`--tabulation: expected a tabulation of ${values.election}, got ${JSON.stringify(values.tabulation)}`
		]);
	const tabs = ws.data(rel) as Tabulation[];
	tabs.find((t) => t.id === values.tabulation)!.snapshots.push(...(items as Snapshot[]));
	ws.rewrite(rel, tabs);
	io.out(`Adding snapshot(s) ${idsOf(items)} to ${values.tabulation} (${ws.display}/${rel})`);
	await commit(ws, {
		io,
		dryRun: values['dry-run'],
		date: values['revision-date'],
		summary: {
			es: `Añadida con la CLI la publicación ${idsOf(items)} (${values.tabulation}).`,
			en: `Added with the CLI the release ${idsOf(items)} (${values.tabulation}).`
		}
	});
}
