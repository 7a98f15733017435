import { formatDataError } from '../../data/errors';
import { loadDataset } from '../load-dataset';
import { CliError, EXIT_INVALID, resolveDataDir, type Io } from './common';
import { importCsv, IMPORT_CSV_HELP } from './import-csv';

const CHECK_HELP = `Usage: npm run data -- check [ELECTION]

Validate every election folder (or one) with the build's own rules, sheet files included; every
problem as \`file › path: expected …, got …\`. Exit 1 on any problem.

Example:
  npm run data -- check venezuela-2024`;

interface Command {
	summary: string;
	help: string;
	run: (argv: string[], dataDir: string, io: Io) => Promise<void> | void;
}

function check(argv: string[], dataDir: string, io: Io): void {
	const only = argv.find((a) => !a.startsWith('-'));
	const { elections, errors } = loadDataset(dataDir);
	const mine = only ? errors.filter((e) => e.file.split('/').includes(only)) : errors;
	if (only && !elections.some((b) => b.election.id === only) && mine.length === 0)
		throw new CliError(EXIT_INVALID, [
			`check: expected an election folder name, got ${JSON.stringify(only)}`
		]);
	if (mine.length > 0)
		throw new CliError(EXIT_INVALID, [
			`✗ Election data has ${mine.length} problem(s); nothing was built or published:`,
			...mine.map((e) => '  ' + formatDataError(e))
		]);
	for (const b of elections) {
		if (only && b.election.id !== only) continue;
		const snaps = b.tabulations.reduce((a, t) => a + t.snapshots.length, 0);
		const sheets = b.tabulations.reduce(
			(a, t) => a + t.snapshots.reduce((n, s) => n + (s.sheets?.rows ?? 0), 0),
			0
		);
		io.out(
			`✓ ${b.election.id}: ${b.tabulations.length} tabulations, ${snaps} snapshots, ${b.election.regions.length} regions, ` +
				`${sheets} sheet rows, ${b.claims.length} claims, ${b.statements.length} statements, ` +
				`${b.actors.length} actors, ${b.sources.length} sources`
		);
	}
}

export const COMMANDS: Record<string, Command> = {
	check: { summary: 'validate the data (what the build checks)', help: CHECK_HELP, run: check },
	'import-csv': {
		summary: 'import a tally-sheet CSV into a snapshot',
		help: IMPORT_CSV_HELP,
		run: importCsv
	}
};

const MAIN_HELP = () => `Usage: npm run data -- [--data-dir DIR] <command> [options]
       (or: npx escrutinio-data <command> …)

Every write validates the whole election with the change before writing anything, writes every
file of the change or none, logs the change in revisions.json and prints it. Exit codes: 0 done,
1 invalid input (nothing written), 2 a file could not be read or written (nothing changed).

Commands:
${Object.entries(COMMANDS)
	.map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`)
	.join('\n')}

Global options:
  --data-dir DIR  the elections folder (default: src/data/elections, or ESCRUTINIO_DATA_DIR)
  --help          this text; \`<command> --help\` for a command's options and an example`;

/** Run the data CLI; returns the exit code. */
export async function main(
	args: string[],
	io: Io = { out: console.log, err: console.error }
): Promise<number> {
	let dataDirFlag: string | undefined;
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--data-dir') dataDirFlag = args[++i];
		else if (a.startsWith('--data-dir=')) dataDirFlag = a.slice('--data-dir='.length);
		else rest.push(a);
	}
	const [name, ...argv] = rest;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		io.out(MAIN_HELP());
		return name ? 0 : EXIT_INVALID;
	}
	const command = COMMANDS[name];
	if (!command) {
		io.err(`Unknown command ${JSON.stringify(name)}.\n\n${MAIN_HELP()}`);
		return EXIT_INVALID;
	}
	if (argv.includes('--help') || argv.includes('-h')) {
		io.out(command.help);
		return 0;
	}
	try {
		await command.run(argv, resolveDataDir(dataDirFlag), io);
		return 0;
	} catch (e) {
		if (e instanceof CliError) {
			for (const l of e.lines) io.err(l);
			return e.code;
		}
		const code = (e as { code?: string }).code;
		if (
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
			code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ||
			code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
		) {
			io.err(`${name}: ${(e as Error).message}\n\n${command.help}`);
			return EXIT_INVALID;
		}
		throw e;
	}
}
