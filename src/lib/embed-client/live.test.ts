import { describe, expect, it } from 'vitest';
import { isAnnounced } from './live';

describe('isAnnounced: is the page the poller fetched the version the live file announced?', () => {
	const file = { version: 'bbbbbbbbbbbbbb', builtAt: '2026-12-01T05:00:00Z' };
	it('the same version: yes', () => {
		expect(isAnnounced({ version: file.version, builtAt: file.builtAt }, file)).toBe(true);
	});
	it('the page of the build before (uploaded later than the live file): not yet', () => {
		expect(isAnnounced({ version: 'aaaaaaaaaaaaaa', builtAt: '2026-12-01T04:00:00Z' }, file)).toBe(
			false
		);
	});
	it('a page built later still (another upload since): yes, it is newer', () => {
		expect(isAnnounced({ version: 'cccccccccccccc', builtAt: '2026-12-01T06:00:00Z' }, file)).toBe(
			true
		);
	});
	it('another content built at the same instant cannot be ordered: not yet', () => {
		expect(isAnnounced({ version: 'cccccccccccccc', builtAt: file.builtAt }, file)).toBe(false);
	});
});
