import type { ElectionBundle } from '../data/bundle';
import { t, type Locale } from '../i18n';
import { INTL_TAG, formatInteger, whenBounds } from '../i18n/format';
import type { ShareChartModel, ShareValue } from '../charts/share.config';
import type { TimelineLine, TimelineModel } from '../charts/timeline.config';
import { joinNames } from './snapshot-outstanding';
import type { SnapshotRow, SnapshotTableModel } from './snapshot-table';

const valueOf = (r: SnapshotRow): ShareValue => ({
	share: r.share,
	votes: r.votes,
	announced: r.announcedPercent,
	announcedDigits: r.announcedDigits,
	differs: r.announcedDiffers
});

function partialNote(table: SnapshotTableModel, locale: Locale): string[] {
	// A share of voters is not a share of valid votes: say so under every chart that shows one.
	if (table.base.kind === 'voters')
		return [
			`${table.label}: ${t(locale, 'basis.sharesOf.voters', { total: formatInteger(table.total, locale) })}`
		];
	return table.partial
		? [
				t(locale, 'results.share.partialNote', {
					snapshot: table.label,
					names: joinNames(table.listedShortNames, locale)
				})
			]
		: [];
}

/**
 * The share chart of one release: its contestants by votes, as published (a combined group stays
 * one bar).
 * @example buildShareModel(bulletin1Table, 'es').categories.map((c) => c.id) // ['maduro', 'gonzalez', 'others']
 */
export function buildShareModel(table: SnapshotTableModel, locale: Locale): ShareChartModel {
	return {
		id: `share-${table.snapshotId}`,
		categories: table.rows.map((r) => ({ id: r.id, name: r.shortName, color: r.color })),
		series: [
			{
				id: table.snapshotId,
				label: table.label,
				values: table.rows.map(valueOf),
				base: table.base.kind
			}
		],
		notes: partialNote(table, locale)
	};
}

/**
 * Paired bars: the same contestants in two (or more) releases of different tabulations. When one
 * release reports a combined group (the opposition's "others") and another lists every member of
 * that group one by one (CNE bulletin 2), the listed counts are added into the group for the
 * comparison (adding given counts is not splitting a total) and a note says so. A contestant a
 * release did not publish is `null` (shown as "not published"), never 0.
 */
export function buildPairedShareModel(
	bundle: ElectionBundle,
	tables: SnapshotTableModel[],
	locale: Locale
): ShareChartModel {
	const notes: string[] = [];
	const values = tables.map((tab) => new Map(tab.rows.map((r) => [r.id, valueOf(r)])));
	const info = new Map(tables.flatMap((tab) => tab.rows.map((r) => [r.id, r] as const)));
	for (const g of bundle.election.groups) {
		if (!values.some((m) => m.has(g.id))) continue;
		values.forEach((m, i) => {
			if (m.has(g.id) || !g.members.every((id) => m.has(id))) return;
			const tab = tables[i]!;
			const votes = g.members.reduce((a, id) => a + m.get(id)!.votes, 0);
			for (const id of g.members) m.delete(id);
			m.set(g.id, {
				share: tab.total === 0 ? Number.NaN : (votes / tab.total) * 100,
				votes,
				announced: undefined,
				announcedDigits: 0,
				differs: false
			});
			notes.push(
				t(locale, 'results.share.combinedNote', {
					snapshot: tab.label,
					group: g.name[locale],
					count: g.members.length
				})
			);
		});
		if (!info.has(g.id))
			info.set(g.id, {
				id: g.id,
				name: g.name[locale],
				shortName: g.name[locale],
				party: undefined,
				color: g.color,
				isGroup: true,
				votes: 0,
				share: 0,
				announcedPercent: undefined,
				announcedDigits: 0,
				announcedDiffers: false
			});
	}
	// Order: by the first release's votes, then contestants only the others published.
	const ids: string[] = [];
	for (const m of values)
		for (const [id] of [...m].sort((a, b) => b[1].votes - a[1].votes))
			if (!ids.includes(id)) ids.push(id);
	return {
		id: 'share-compare',
		categories: ids.map((id) => {
			const r = info.get(id)!;
			return { id, name: r.shortName, color: r.color };
		}),
		series: tables.map((tab, i) => ({
			id: tab.snapshotId,
			label: tab.label,
			values: ids.map((id) => values[i]!.get(id) ?? null),
			base: tab.base.kind
		})),
		notes: [...tables.flatMap((tab) => partialNote(tab, locale)), ...notes]
	};
}

/**
 * Shares of the two leading candidates (by the official tabulation's latest release) in every
 * release of every tabulation, against coverage and time.
 */
export function buildTimelineModel(
	bundle: ElectionBundle,
	byTabulation: { official: boolean; name: string; snapshots: SnapshotTableModel[] }[],
	locale: Locale
): TimelineModel {
	const tz = bundle.election.timeZone;
	const main = byTabulation.find((x) => x.official) ?? byTabulation[0]!;
	const leaders = main.snapshots[main.snapshots.length - 1]!.rows.filter((r) => !r.isGroup).slice(
		0,
		2
	);
	const lines: TimelineLine[] = byTabulation.flatMap((tab) =>
		leaders.map((c) => ({
			id: `${tab.name}-${c.id}`,
			candidate: c.shortName,
			tabulation: tab.name,
			official: tab.official,
			color: c.color,
			points: tab.snapshots.flatMap((s) => {
				const row = s.rows.find((r) => r.id === c.id);
				if (!row || s.coverageFraction === undefined || !Number.isFinite(row.share)) return [];
				return [
					{
						snapshotLabel: s.label,
						when: s.asOf,
						coverage: s.coverageFraction * 100,
						time: s.time,
						dateOnly: s.dateOnly,
						share: row.share,
						partial: s.partial
					}
				];
			})
		}))
	);
	const all = byTabulation.flatMap((x) => x.snapshots);
	const firstDay = new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(
		Math.min(...all.map((s) => s.time))
	);
	const lastDay = new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(
		Math.max(...all.map((s) => s.time))
	);
	const zoneName =
		new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: tz, timeZoneName: 'long' })
			.formatToParts(new Date(Math.min(...all.map((s) => s.time))))
			.find((p) => p.type === 'timeZoneName')?.value ?? tz;
	const official = byTabulation.filter((x) => x.official).map((x) => x.name);
	const others = byTabulation.filter((x) => !x.official).map((x) => x.name);
	const notes = [
		t(locale, 'results.timeline.lineStyle', {
			official: joinNames(official, locale),
			other: joinNames(others, locale)
		})
	];
	if (all.some((s) => s.dateOnly)) notes.push(t(locale, 'results.timeline.dateOnlyNote'));
	if (all.some((s) => s.partial)) notes.push(t(locale, 'results.timeline.partialNote'));
	return {
		id: 'timeline',
		lines,
		timeZone: tz,
		range: [whenBounds(firstDay, tz)[0], whenBounds(lastDay, tz)[1] + 1],
		zoneName,
		notes
	};
}
