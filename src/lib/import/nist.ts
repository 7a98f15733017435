/**
 * NIST SP 1500-100 v2 election results (JSON) → what the importer needs of one contest. Pure: the
 * parsed JSON in, plain data out; everything the reader does not support is named by its JSON
 * path in `unsupported` (or `errors` when it stops the import).
 *
 * Counts are summed over every count type (election day, early, absentee, total…) and over the
 * finest reporting units that have counts. A unit that contains others (the contest's district,
 * or a unit with ComposingGpUnitIds) is not added again; when it has counts of its own they are
 * compared with the sum of its parts and a difference is reported.
 */

type Json = Record<string, unknown>;

const obj = (v: unknown): Json =>
	v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** Plain text of an InternationalizedText (the first language), stray spaces removed. */
function text(v: unknown): string {
	if (typeof v === 'string') return clean(v);
	const t = arr(obj(v).Text)[0];
	return clean(String(obj(t).Content ?? ''));
}
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const kind = (v: unknown) => String(obj(v)['@type'] ?? '').replace(/^ElectionResults\./, '');

export interface NistContestInfo {
	id: string;
	name: string;
	type: string;
}

/** The elections of the file (usually one) and their contests. */
export function listNistContests(
	doc: unknown
): { election: string; contests: NistContestInfo[] }[] {
	return arr(obj(doc).Election).map((e) => ({
		election: text(obj(e).Name),
		contests: arr(obj(e).Contest).map((c) => ({
			id: String(obj(c)['@id'] ?? ''),
			name: text(obj(c).Name),
			type: kind(c)
		}))
	}));
}

export interface NistCandidate {
	/** The selection's @id (stable key). */
	selectionId: string;
	fullName: string;
	shortName: string;
	party: string | undefined;
}

export interface NistUnit {
	id: string;
	name: string;
	type: string;
	/** The unit that contains it (the contest district for units without a declared parent). */
	parent: string | undefined;
	depth: number;
}

export interface NistContest {
	electionName: string;
	date: string | undefined;
	contest: NistContestInfo;
	candidates: NistCandidate[];
	/** Votes per selection id, summed over count types and the finest units. */
	totals: Map<string, number>;
	/** Votes of write-in selections with no candidate (counted as valid votes, not as candidates). */
	writeIns: number;
	/** Per unit with counts: selection id → votes. */
	byUnit: Map<string, Map<string, number>>;
	units: NistUnit[];
	countTypes: string[];
	unsupported: string[];
	errors: string[];
}

/**
 * Read one contest of a NIST v2 file.
 * @example readNistContest(sample, 'cc-president').totals.get('cs-president-hb') // 12
 */
export function readNistContest(doc: unknown, contestId: string): NistContest {
	const root = obj(doc);
	const errors: string[] = [];
	const unsupported: string[] = [];
	const elections = arr(root.Election);
	let ei = -1;
	let ci = -1;
	elections.forEach((e, i) =>
		arr(obj(e).Contest).forEach((c, j) => {
			if (obj(c)['@id'] === contestId && ci < 0) {
				ei = i;
				ci = j;
			}
		})
	);
	const out: NistContest = {
		electionName: '',
		date: undefined,
		contest: { id: contestId, name: '', type: '' },
		candidates: [],
		totals: new Map(),
		writeIns: 0,
		byUnit: new Map(),
		units: [],
		countTypes: [],
		unsupported,
		errors
	};
	if (ci < 0) {
		const ids = listNistContests(doc).flatMap((e) => e.contests.map((c) => c.id));
		errors.push(`--contest: expected one of ${ids.join(', ')}, got ${JSON.stringify(contestId)}`);
		return out;
	}
	const election = obj(elections[ei]);
	const cPath = `Election[${ei}].Contest[${ci}]`;
	const contest = obj(arr(election.Contest)[ci]);
	out.electionName = text(election.Name);
	out.date = typeof election.StartDate === 'string' ? election.StartDate : undefined;
	out.contest = { id: contestId, name: text(contest.Name), type: kind(contest) };
	if (out.contest.type !== 'CandidateContest') {
		errors.push(
			`${cPath}: expected a CandidateContest, got a ${out.contest.type} (ballot measures and party contests are not supported)`
		);
		return out;
	}
	const people = new Map(arr(election.Candidate).map((c) => [String(obj(c)['@id']), obj(c)]));
	const parties = new Map(arr(root.Party).map((p) => [String(obj(p)['@id']), text(obj(p).Name)]));
	const gp = new Map(arr(root.GpUnit).map((g, i) => [String(obj(g)['@id']), { g: obj(g), i }]));
	const types = new Set<string>();
	const rawByUnit = new Map<string, Map<string, number>>();
	const district = String(contest.ElectionDistrictId ?? '');
	arr(contest.ContestSelection).forEach((s, si) => {
		const sel = obj(s);
		const sPath = `${cPath}.ContestSelection[${si}]`;
		const id = String(sel['@id'] ?? `selection-${si}`);
		const ids = arr(sel.CandidateIds).map(String);
		const writeIn = sel.IsWriteIn === true && ids.length === 0;
		if (kind(sel) !== 'CandidateSelection') {
			unsupported.push(`${sPath}: a ${kind(sel)} is not supported; left out`);
			return;
		}
		if (ids.length === 0 && !writeIn) {
			unsupported.push(`${sPath}: a selection without CandidateIds is not supported; left out`);
			return;
		}
		if (!writeIn) {
			const names = ids.map((cid, k) => {
				const p = people.get(cid);
				if (!p)
					errors.push(
						`${sPath}.CandidateIds[${k}]: expected the @id of a Candidate, got ${JSON.stringify(cid)}`
					);
				return text(p?.BallotName) || cid;
			});
			const partyId = people.get(ids[0]!)?.PartyId;
			out.candidates.push({
				selectionId: id,
				fullName: names.join(' / '),
				shortName: names[0]!,
				party: typeof partyId === 'string' ? parties.get(partyId) || undefined : undefined
			});
		}
		arr(sel.VoteCounts).forEach((vc, vi) => {
			const v = obj(vc);
			const count = v.Count;
			const unit = String(v.GpUnitId ?? '');
			if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
				errors.push(
					`${sPath}.VoteCounts[${vi}].Count: expected a count ≥ 0, got ${JSON.stringify(count)}`
				);
				return;
			}
			if (!gp.has(unit)) {
				errors.push(
					`${sPath}.VoteCounts[${vi}].GpUnitId: expected the @id of a GpUnit, got ${JSON.stringify(unit)}`
				);
				return;
			}
			types.add(String(v.Type ?? 'total'));
			const key = writeIn ? '\u0000write-in' : id;
			const m = rawByUnit.get(unit) ?? new Map<string, number>();
			m.set(key, (m.get(key) ?? 0) + count);
			rawByUnit.set(unit, m);
		});
	});
	if (arr(contest.OtherCounts).length > 0)
		unsupported.push(`${cPath}.OtherCounts: overvotes, undervotes and the like are not imported`);

	// Hierarchy: ComposingGpUnitIds where declared; else every unit with counts under the district.
	const parentOf = new Map<string, string>();
	for (const [id, { g }] of gp)
		for (const child of arr(g.ComposingGpUnitIds).map(String))
			if (child !== id) parentOf.set(child, id);
	const counted = [...rawByUnit.keys()];
	const isContainer = (id: string) =>
		id === district || counted.some((u) => u !== id && ancestors(u).includes(id));
	function ancestors(u: string): string[] {
		const out: string[] = [];
		for (let p = parentOf.get(u); p !== undefined && !out.includes(p); p = parentOf.get(p))
			out.push(p);
		return out;
	}
	const leaves = counted.filter((u) => !isContainer(u));
	if (leaves.length === 0 && counted.includes(district)) leaves.push(district);
	for (const u of leaves)
		for (const [sel, v] of rawByUnit.get(u)!) {
			if (sel === '\u0000write-in') out.writeIns += v;
			else out.totals.set(sel, (out.totals.get(sel) ?? 0) + v);
		}
	for (const c of out.candidates)
		if (!out.totals.has(c.selectionId)) out.totals.set(c.selectionId, 0);
	// A container with its own counts must equal the sum of its parts.
	for (const u of counted.filter(isContainer)) {
		const parts = leaves.filter((l) => l !== u && (u === district || ancestors(l).includes(u)));
		if (parts.length === 0) continue;
		for (const [sel, v] of rawByUnit.get(u)!) {
			const sum = parts.reduce((a, p) => a + (rawByUnit.get(p)?.get(sel) ?? 0), 0);
			if (sum !== v)
				errors.push(
					`${cPath}: expected the counts of ${u} for ${sel === '\u0000write-in' ? 'write-ins' : sel} (${v}) to equal the sum of its reporting units (${sum})`
				);
		}
	}
	out.byUnit = new Map(leaves.map((u) => [u, rawByUnit.get(u)!]));
	// Units as a hierarchy: the district first, then every unit with counts below it.
	const unitOf = (id: string, parent: string | undefined, depth: number): NistUnit => {
		const g = gp.get(id)?.g ?? {};
		return { id, name: text(g.Name) || id, type: String(g.Type ?? ''), parent, depth };
	};
	if (district && gp.has(district)) out.units.push(unitOf(district, undefined, 0));
	for (const u of leaves) {
		if (u === district) continue;
		const chain = ancestors(u).reverse();
		const top = chain[0] === district ? chain.slice(1) : chain;
		let parent: string | undefined = out.units[0]?.id;
		for (const a of top) {
			if (!out.units.some((x) => x.id === a))
				out.units.push(
					unitOf(a, parent, (out.units.find((x) => x.id === parent)?.depth ?? -1) + 1)
				);
			parent = a;
		}
		out.units.push(unitOf(u, parent, (out.units.find((x) => x.id === parent)?.depth ?? -1) + 1));
	}
	out.countTypes = [...types].sort();
	return out;
}
