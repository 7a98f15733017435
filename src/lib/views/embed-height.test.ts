import { describe, expect, it } from 'vitest';
import { embedId, heightMessages, isPymParentMessage } from './embed-height';

describe('heightMessages', () => {
	it('speaks pym.js, Datawrapper and AMP with the height rounded up', () => {
		expect(heightMessages('results-es', 412.3)).toEqual([
			'pymxPYMxresults-esxPYMxheightxPYMx413',
			{ 'datawrapper-height': { 'results-es': 413 } },
			{ sentinel: 'amp', type: 'embed-size', height: 413 }
		]);
	});
	it('keeps whole heights as they are and never goes below zero', () => {
		expect(heightMessages('a', 600)[0]).toBe('pymxPYMxaxPYMxheightxPYMx600');
		expect(heightMessages('a', -4)[2]).toEqual({ sentinel: 'amp', type: 'embed-size', height: 0 });
	});
	it('produces messages that survive structured cloning as plain data', () => {
		const [pym, dw, amp] = heightMessages('x', 10);
		expect(typeof pym).toBe('string');
		expect(JSON.parse(JSON.stringify(dw))).toEqual(dw);
		expect(JSON.parse(JSON.stringify(amp))).toEqual(amp);
	});
});

describe('embedId', () => {
	it('uses the childId that the pym parent adds to the iframe URL', () => {
		expect(embedId('?initialWidth=600&childId=results-es&parentTitle=T', '/fallback/')).toBe(
			'results-es'
		);
	});
	it('falls back to the given id without childId or with an empty one', () => {
		expect(embedId('', '/embed/es/venezuela-2024/')).toBe('/embed/es/venezuela-2024/');
		expect(embedId('?childId=', '/f/')).toBe('/f/');
	});
});

describe('isPymParentMessage', () => {
	it('recognises the parent width message for this child only', () => {
		expect(isPymParentMessage('pymxPYMxaxPYMxwidthxPYMx600', 'a')).toBe(true);
		expect(isPymParentMessage('pymxPYMxbxPYMxwidthxPYMx600', 'a')).toBe(false);
		expect(isPymParentMessage({ sentinel: 'amp' }, 'a')).toBe(false);
		expect(isPymParentMessage('pymxPYMxaxPYMxheightxPYMx600', 'a')).toBe(false);
	});
});
