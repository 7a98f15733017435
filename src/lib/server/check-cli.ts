import { formatDataError } from '../data/errors';
import { dataRoot, loadDataset } from './load-dataset';

/** Validate the data folder (or the one given) and report; returns the process exit code. */
export function main(args: string[]): number {
	if (args[0]) process.env.ESCRUTINIO_DATA_DIR = args[0];
	const root = dataRoot();
	const { elections, errors } = loadDataset(root);
	if (errors.length > 0) {
		console.error(
			`✗ Election data has ${errors.length} problem(s); nothing was built or published:`
		);
		for (const e of errors) console.error('  ' + formatDataError(e));
		return 1;
	}
	for (const b of elections) {
		const snaps = b.tabulations.reduce((a, t) => a + t.snapshots.length, 0);
		console.log(
			`✓ ${b.election.id}: ${b.tabulations.length} tabulations, ${snaps} snapshots, ${b.claims.length} claims, ` +
				`${b.statements.length} statements, ${b.actors.length} actors, ${b.sources.length} sources` +
				(b.remarks.length ? `, ${b.remarks.length} remarks` : '')
		);
	}
	return 0;
}
