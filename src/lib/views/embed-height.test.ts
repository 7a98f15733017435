import { describe, expect, it } from 'vitest';
import { embedId, embedResizeScript, heightMessages, isPymParentMessage } from './embed-height';

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

describe('embedResizeScript (the classic script the embeds load)', () => {
	/** Run the script in a stub window and collect what it posts to the parent. */
	function run(search: string, height: number, width = 600) {
		const posted: unknown[] = [];
		const timers: (() => void)[] = [];
		const listeners: Record<string, ((e: unknown) => void)[]> = {};
		let observed: (() => void) | undefined;
		const parent = { postMessage: (m: unknown) => posted.push(m) };
		const el = { getBoundingClientRect: () => ({ height }) };
		const win = {
			parent,
			addEventListener: (t: string, f: (e: unknown) => void) => (listeners[t] ??= []).push(f),
			setTimeout: (f: () => void) => timers.push(f),
			ResizeObserver: class {
				constructor(cb: () => void) {
					observed = cb;
				}
				observe() {}
			}
		};
		const root = { clientWidth: width };
		const doc = {
			readyState: 'complete',
			querySelector: () => el,
			body: el,
			documentElement: root
		};
		const loc = { search, pathname: '/escrutinio/embed/es/venezuela-2024/' };
		new Function('window', 'document', 'location', 'URLSearchParams', embedResizeScript())(
			win,
			doc,
			loc,
			URLSearchParams
		);
		return {
			posted,
			listeners,
			parent,
			resize: (h: number) => ((el.getBoundingClientRect = () => ({ height: h })), observed!()),
			/** The frame is given its width; the timers the script set run. */
			widen: (w: number, h: number) => {
				root.clientWidth = w;
				el.getBoundingClientRect = () => ({ height: h });
				for (const f of timers.splice(0)) f();
			}
		};
	}

	it('posts the same three messages as heightMessages, under childId', () => {
		const r = run('?initialWidth=600&childId=results-es', 412.3);
		expect(r.posted).toEqual(heightMessages('results-es', 412.3));
	});

	it('sends no height while the frame has no width yet, then the height once it has one', () => {
		// Measured 0 px wide, the states embed is 9,011 px tall; 600 px wide, 1,176 px.
		const r = run('?childId=states', 9011, 0);
		expect(r.posted).toEqual([]);
		r.resize(9011);
		expect(r.posted).toEqual([]);
		r.widen(600, 1176);
		expect(r.posted).toEqual(heightMessages('states', 1176));
		r.resize(1176);
		expect(r.posted).toHaveLength(3);
	});

	it('falls back to the page path, re-posts on resize and answers pym width messages', () => {
		const r = run('', 500);
		expect(r.posted).toEqual(heightMessages('/escrutinio/embed/es/venezuela-2024/', 500));
		r.resize(500);
		expect(r.posted).toHaveLength(3); // same height: nothing new
		r.resize(640);
		expect(r.posted.slice(3)).toEqual(heightMessages('/escrutinio/embed/es/venezuela-2024/', 640));
		for (const f of r.listeners.message ?? [])
			f({
				source: r.parent,
				data: 'pymxPYMx/escrutinio/embed/es/venezuela-2024/xPYMxwidthxPYMx600'
			});
		expect(r.posted).toHaveLength(9);
	});
});
