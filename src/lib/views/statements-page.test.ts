import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles, type ElectionBundle } from '../data/bundle';
import { readElectionFolder } from '../server/load-dataset';
import { buildStatementsPage, dayOf } from './statements-page';
import { buildStatementsSummary } from './statements-summary';
import { buildStanceMap } from './statements-map';

function real(): ElectionBundle {
	const { bundle, errors } = validateElectionFiles(
		readElectionFolder(resolve('src/data/elections/venezuela-2024'), 'venezuela-2024', [])
	);
	expect(errors).toEqual([]);
	return bundle!;
}

describe('buildStatementsPage on the Venezuela 2024 data', () => {
	const bundle = real();
	const page = buildStatementsPage(bundle, 'en');
	const statements = page.entries.flatMap((e) => (e.type === 'statement' ? [e.statement] : []));

	it('lists every statement once, oldest first', () => {
		expect(statements).toHaveLength(bundle.statements.length);
		const dates = statements.map((s) => s.date);
		expect(dates).toEqual([...dates].sort());
	});

	it('puts CNE bulletin 1 before the first reaction and the TSJ ruling on 22 Aug', () => {
		expect(page.entries[0]).toMatchObject({ type: 'marker', marker: { id: 'cne-bulletin-1' } });
		const markers = page.entries.flatMap((e) =>
			e.type === 'marker' ? [[e.day, e.marker.id]] : []
		);
		expect(markers).toEqual([
			['2024-07-29', 'cne-bulletin-1'],
			['2024-08-02', 'cne-bulletin-2'],
			['2024-08-22', 'tsj-ruling-2024-08-22']
		]);
	});

	it("links Peru's statements in order, earliest to latest", () => {
		const peru = statements.filter((s) => s.actorIds.includes('pe')).map((s) => s.id);
		expect(peru).toEqual([
			'joint-9-countries-2024-07-29',
			'pe-gonzalez-olaechea-2024-07-30',
			'joint-11-countries-2024-08-23',
			'pe-adrianzen-2024-09-05'
		]);
		const last = statements.find((s) => s.id === 'pe-adrianzen-2024-09-05')!;
		expect(last.earlier).toEqual([
			{ actor: 'Peru', id: 'joint-11-countries-2024-08-23', date: '2024-08-23' }
		]);
		expect(last.stance).toBe('other');
	});

	it('gives a translation in the page locale for quotes in another language', () => {
		const lula = statements.find((s) => s.id === 'br-lula-2024-07-30')!;
		expect(lula.quote?.lang).toBe('pt');
		expect(lula.quote?.translation?.by).toBe('editorial');
		const blinken = statements.find((s) => s.id === 'us-blinken-2024-07-29')!;
		expect(blinken.quote?.translation).toBeUndefined();
	});

	it('keeps the unconfirmed Qatar quote out and flags it', () => {
		const qatar = statements.find((s) => s.actorIds.includes('qa'))!;
		expect(qatar.quote).toBeUndefined();
		expect(qatar.unconfirmed).toEqual(['quote']);
	});

	it('counts governments at their latest stance over time, with Peru moving', () => {
		const day = (d: string) => page.series.days.indexOf(d);
		expect(page.series.days[0]).toBe('2024-07-29');
		expect(page.series.days.at(-1)).toBe('2024-11-19');
		// 29 Jul: Russia, China, Iran, Cuba, Bolivia, Nicaragua, Honduras, Qatar, Guinea-Bissau, Madagascar.
		expect(page.series.counts.recognises[day('2024-07-29')]).toBe(10);
		expect(page.series.counts.other[day('2024-09-04')]! + 1).toBe(
			page.series.counts.other[day('2024-09-05')]
		);
	});
});

describe('buildStanceMap', () => {
	it('names countries in the page locale and never maps organisations', () => {
		const es = buildStanceMap(real(), 'es');
		const en = buildStanceMap(real(), 'en');
		expect(es.countries.find((c) => c.code === 'DE')?.name).toBe('Alemania');
		expect(en.countries.find((c) => c.code === 'DE')?.name).toBe('Germany');
		expect(en.countries.map((c) => c.actorId)).not.toContain('oas');
		expect(en.countries.find((c) => c.code === 'PE')).toMatchObject({
			stance: 'other',
			numeric: '604'
		});
		expect(en.countries.find((c) => c.code === 'RU')?.stance).toBe('recognises');
		expect(en.countries.every((c) => c.numeric !== undefined)).toBe(true);
	});
});

describe('buildStatementsSummary', () => {
	it('counts by stance and lists the newest statements first', () => {
		const s = buildStatementsSummary(real(), 'en')!;
		expect(s.latest[0]?.id).toBe('us-blinken-2024-11-19');
		expect(s.counts.reduce((a, c) => a + c.count, 0)).toBe(
			buildStanceMap(real(), 'en').countries.length
		);
	});
});

describe('dayOf', () => {
	it('reads the civil day in the election time zone', () => {
		expect(dayOf('2024-07-29T00:06:00-04:00', 'America/Caracas')).toBe('2024-07-29');
		expect(dayOf('2024-07-29T02:00:00+00:00', 'America/Caracas')).toBe('2024-07-28');
		expect(dayOf('2024-08-02', 'America/Caracas')).toBe('2024-08-02');
	});
});
