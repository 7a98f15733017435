import { t, type Locale } from '../i18n';
import { INTL_TAG, formatPercent, formatPoints } from '../i18n/format';
import { closestRegion, countLeads, type RegionOutcome } from '../results/regions';
import type { Region } from '../schemas/election';
import { MARGIN_BANDS, marginBand, paintTile, type TilePaint } from './states-colors';

/** What a candidate looks like on the map: full name for text, an initial for the small tiles. */
export interface MapCandidate {
	id: string;
	name: string;
	shortName: string;
	initial: string;
	color: string;
}

/** One square of the tile map. Everything shown is here as raw values plus a ready label. */
export interface Tile {
	region: string;
	name: string;
	abbr: string;
	row: number;
	col: number;
	/** False when this release has no result for the region (the tile is not a link then). */
	hasData: boolean;
	leader: MapCandidate | undefined;
	/** Leader's computed share, in points. */
	leaderShare: number | undefined;
	marginPoints: number | undefined;
	/** Index into MARGIN_BANDS; undefined without a leader. */
	band: number | undefined;
	tie: boolean;
	paint: TilePaint | undefined;
	/** The sentence a screen reader hears for the tile (the tile's text is abbreviated). */
	label: string;
}

export interface TileMapModel {
	rows: number;
	cols: number;
	tiles: Tile[];
	/** Candidates who lead somewhere, in the order of how many regions they lead. */
	leaders: MapCandidate[];
	/** Margin bands with their label and how each looks for every leader. */
	bands: { index: number; label: string; width: number; paints: TilePaint[] }[];
	hasTie: boolean;
	hasNoData: boolean;
	/** One generated sentence that says what the map shows. */
	description: string;
	/** Heading, reading hint and legend title when the map is not "who leads in each state". */
	title?: string;
	hint?: string;
	bandsTitle?: string;
}

const strip = (s: string) => s.normalize('NFD').replace(/\p{Mn}/gu, '');

/**
 * Short labels for tiles: initials for names of several words ("Distrito Capital" → "DC", "La
 * Guaira" → "LG"), the first three letters otherwise ("Zulia" → "ZUL"), lengthened until unique.
 * Returned in the order given.
 *
 * @example abbreviateRegions(['Zulia', 'La Guaira', 'Guárico']) // ['ZUL', 'LG', 'GUA']
 */
export function abbreviateRegions(names: readonly string[]): string[] {
	const base = names.map((n) => {
		const words = strip(n)
			.split(/[\s-]+/)
			.filter(Boolean);
		if (words.length > 1) return words.map((w) => w[0]!.toUpperCase()).join('');
		return (words[0] ?? n).slice(0, 3).toUpperCase();
	});
	return base.map((abbr, i) => {
		let out = abbr;
		let len = abbr.length;
		const plain = strip(names[i]!)
			.replace(/[\s-]+/g, '')
			.toUpperCase();
		while (base.filter((b) => b === abbr).length > 1 && len < plain.length) {
			len++;
			out = plain.slice(0, len);
			if (!base.includes(out)) break;
		}
		return out;
	});
}

/**
 * One-letter marks for the leaders, lengthened where two leaders share a first letter
 * ("Maduro"/"Márquez" → "Mad"/"Márq"). Only leaders need one, so it is usually one letter.
 *
 * @example initialsFor(['González', 'Maduro']) // ['G', 'M']
 */
export function initialsFor(shortNames: readonly string[]): string[] {
	// Compared without accents and case: "Má" and "Ma" would look like the same mark.
	const plain = shortNames.map((n) => strip(n).toLowerCase());
	return shortNames.map((name, i) => {
		for (let len = 1; len <= name.length; len++) {
			const mine = plain[i]!.slice(0, len);
			if (!plain.some((o, j) => j !== i && o.slice(0, len) === mine)) return name.slice(0, len);
		}
		return name;
	});
}

/**
 * The tile map of one snapshot's regions. Regions without a `tile` position are left off the map
 * (they stay in the table). Ties and regions without data get no colour of any candidate.
 *
 * @example buildTileMap(regions, outcomes, candidates, 'es', 'Oposición: 83,5 %').tiles.length // 24
 */
export function buildTileMap(
	regions: readonly Region[],
	outcomes: readonly RegionOutcome[],
	candidates: readonly Omit<MapCandidate, 'initial'>[],
	locale: Locale,
	snapshotLabel: string
): TileMapModel | undefined {
	const placed = regions.filter((r) => r.tile);
	if (placed.length === 0) return undefined;
	const leads = countLeads(outcomes);
	const leaderIds = leads.map((l) => l.contestant);
	const initials = initialsFor(
		leaderIds.map((id) => candidates.find((c) => c.id === id)?.shortName ?? id)
	);
	const leaders: MapCandidate[] = leaderIds.map((id, i) => {
		const c = candidates.find((x) => x.id === id);
		return {
			id,
			name: c?.name ?? id,
			shortName: c?.shortName ?? id,
			color: c?.color ?? '#8a8a8a',
			initial: initials[i]!
		};
	});
	const abbrs = abbreviateRegions(placed.map((r) => r.name));
	const nameOf = (id: string) => candidates.find((c) => c.id === id)?.shortName ?? id;
	const tiles: Tile[] = placed.map((r, i) => {
		const o = outcomes.find((x) => x.region === r.id);
		const leader = o?.leader ? leaders.find((l) => l.id === o.leader) : undefined;
		const leaderShare = o?.rows.find((x) => x.contestant === o.leader)?.share;
		const band = leader && o?.marginPoints !== undefined ? marginBand(o.marginPoints) : undefined;
		const tie = (o?.tiedFirst.length ?? 0) > 1;
		let label: string;
		if (leader && leaderShare !== undefined && o?.marginPoints !== undefined)
			label = t(locale, 'states.tileLabel', {
				region: r.name,
				leader: leader.name,
				share: formatPercent(leaderShare, locale, 2),
				margin: formatPoints(o.marginPoints, locale, 2)
			});
		else if (tie)
			label = t(locale, 'states.tileTie', {
				region: r.name,
				names: listFormat(locale, o!.tiedFirst.map(nameOf))
			});
		else label = t(locale, 'states.tileNoData', { region: r.name });
		return {
			region: r.id,
			name: r.name,
			abbr: abbrs[i]!,
			row: r.tile!.row,
			col: r.tile!.col,
			hasData: o !== undefined,
			leader,
			leaderShare,
			marginPoints: o?.marginPoints,
			band,
			tie,
			paint: leader && band !== undefined ? paintTile(leader.color, band) : undefined,
			label
		};
	});
	const bandKeys = ['states.band0', 'states.band1', 'states.band2', 'states.band3'] as const;
	return {
		rows: Math.max(...tiles.map((x) => x.row)) + 1,
		cols: Math.max(...tiles.map((x) => x.col)) + 1,
		tiles,
		leaders,
		bands: MARGIN_BANDS.map((_, index) => ({
			index,
			label: t(locale, bandKeys[index]!),
			width: (index + 1) / MARGIN_BANDS.length,
			paints: leaders.map((l) => paintTile(l.color, index))
		})),
		hasTie: tiles.some((x) => x.tie),
		hasNoData: tiles.some((x) => !x.hasData),
		description: describeRegions(outcomes, candidates, locale, snapshotLabel)
	};
}

function listFormat(locale: Locale, items: string[]): string {
	return new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(items);
}

/**
 * One sentence about a snapshot's regions: who leads where, ties, and the closest region.
 *
 * @example describeRegions(outcomes, candidates, 'en', 'Opposition: 83.5 % of tally sheets (CSV V2)')
 * // 'González leads in 24 of 24 states in “Opposition: …”; the closest is Sucre (González 50.03% to Maduro 47.61%, +2.41 pts).'
 */
export function describeRegions(
	outcomes: readonly RegionOutcome[],
	candidates: readonly Pick<MapCandidate, 'id' | 'shortName'>[],
	locale: Locale,
	snapshotLabel: string
): string {
	const nameOf = (id: string) => candidates.find((c) => c.id === id)?.shortName ?? id;
	const leads = countLeads(outcomes);
	const closest = closestRegion(outcomes);
	if (leads.length === 0 || !closest)
		return t(locale, 'states.descNone', { total: outcomes.length, snapshot: snapshotLabel });
	const parts = leads.map((l, i) =>
		t(locale, i === 0 ? 'states.descLead' : 'states.descLeadMore', {
			name: nameOf(l.contestant),
			n: l.regions
		})
	);
	const ties = outcomes.filter((o) => o.tiedFirst.length > 1).length;
	const share = (o: RegionOutcome, id: string | undefined) =>
		formatPercent(o.rows.find((r) => r.contestant === id)?.share ?? Number.NaN, locale, 2);
	return t(locale, 'states.descSentence', {
		leads: listFormat(locale, parts),
		total: outcomes.length,
		snapshot: snapshotLabel,
		ties: ties > 0 ? t(locale, 'states.descTies', { n: ties }) : '',
		closest: t(locale, 'states.descClosest', {
			region: closest.name,
			leader: nameOf(closest.leader!),
			leaderShare: share(closest, closest.leader),
			runner: closest.runnerUp ? nameOf(closest.runnerUp) : '—',
			runnerShare: share(closest, closest.runnerUp),
			margin: formatPoints(closest.marginPoints!, locale, 2)
		})
	});
}
