import { describe, expect, it } from 'vitest';
import { liveFailureText } from './failure-text';

const when = (ms: number) => new Date(ms).toISOString();

describe('liveFailureText', () => {
	it('names the HTTP status, the size in kB and the first validation problem', () => {
		expect(liveFailureText({ reason: 'http', detail: '404', errors: [] }, 'en', when)).toBe(
			'the server answered with HTTP status 404'
		);
		expect(
			liveFailureText({ reason: 'too-large', detail: String(70 * 1024), errors: [] }, 'en', when)
		).toContain('70');
		expect(
			liveFailureText(
				{ reason: 'invalid', detail: '', errors: ['version: expected 1'] },
				'es',
				when
			)
		).toContain('version: expected 1');
	});

	it('says the newer page is not on the server yet, in both languages', () => {
		const es = liveFailureText({ reason: 'pending', detail: '', errors: [] }, 'es', when);
		const en = liveFailureText({ reason: 'pending', detail: '', errors: [] }, 'en', when);
		expect(es).not.toBe(en);
		expect(en).not.toMatch(/^livepage\./);
		expect(es).not.toMatch(/^livepage\./);
	});
});
