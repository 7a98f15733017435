import { describe, expect, it } from 'vitest';
import {
	buildFingerprintConfig,
	cellColor,
	describeFingerprint,
	fingerprintBinLabel,
	fullestCell,
	type FingerprintModel
} from './fingerprint.config';
import { binFingerprint } from '../results/fingerprint';
import { LIGHT_THEME } from './theme';
import type { SheetRow } from '../results/sheet-row';

const sheet = (registered: number, a: number, b: number): SheetRow => ({
	sheet: `${registered}-${a}-${b}`,
	region: 'r',
	registered,
	valid: a + b,
	null: 0,
	votes: { a, b }
});

const model: FingerprintModel = {
	...binFingerprint(
		[sheet(100, 40, 20), sheet(100, 41, 20), sheet(100, 45, 15), sheet(20, 19, 1)],
		'a'
	),
	name: 'Ana'
};

describe('fingerprint chart', () => {
	it('colours cells on a log scale, empty cells transparent', () => {
		expect(cellColor(0, 100)).toBe('rgba(0, 0, 0, 0)');
		expect(cellColor(100, 100)).toBe('rgb(253, 231, 37)');
		expect(cellColor(1, 100)).toBe('rgb(68, 1, 84)');
		// 10 of 100 is half-way on the log scale: the middle stop.
		expect(cellColor(10, 100)).toBe('rgb(33, 145, 140)');
		expect(cellColor(1, 100, true)).toBe('rgb(59, 82, 139)');
	});

	it('labels bins', () => {
		expect(fingerprintBinLabel(12, 20, 'en')).toBe('60–65%');
	});

	it('finds the fullest cell and describes the map', () => {
		// Turnout 60 % → row 12 (60–65 %); shares 66.7 % and 67.2 % → column 13 (65–70 %).
		expect(fullestCell(model)).toEqual([12, 13, 2]);
		expect(describeFingerprint(model, 'en')).toBe(
			'4 sheets placed by turnout and by Ana’s share: the busiest cell is turnout 60–65% with 65–70% for Ana (2 sheets); 1 sheets have both at or above 95%.'
		);
	});

	it('puts one square per non-empty cell at the bin centres', () => {
		const c = buildFingerprintConfig(model, 'en', LIGHT_THEME);
		expect(c.type).toBe('matrix');
		const pts = c.data.datasets[0]!.data;
		expect(pts).toHaveLength(3);
		expect(pts).toContainEqual({ x: 67.5, y: 62.5, v: 2 });
		expect(pts).toContainEqual({ x: 97.5, y: 97.5, v: 1 });
		expect(c.options?.animation).toBe(false);
		// Plain 0–100 axes, 100 % turnout at the top (the plugin's defaults offset x, reverse y).
		expect(c.options?.scales?.y).toMatchObject({ min: 0, max: 100, reverse: false, offset: false });
		expect(c.options?.scales?.x).toMatchObject({ min: 0, max: 100, reverse: false, offset: false });
	});
});
