/**
 * Messages an embed posts to the page that holds its iframe, so the host can size the iframe to the
 * content. Three protocols are spoken at once (DESIGN.md §7), so whichever listener the host page
 * already runs (pym.js, Datawrapper's responsive snippet, AMP's amp-iframe) picks one up and
 * ignores the others.
 */

/** The pym.js message separator. */
const PYM = 'xPYMx';

export type EmbedHeightMessage =
	| string
	| { 'datawrapper-height': Record<string, number> }
	| { sentinel: 'amp'; type: 'embed-size'; height: number };

/**
 * The three height messages for one height, in CSS pixels (rounded up so nothing is cut off).
 * @example heightMessages('chart-1', 412.3)
 * // ['pymxPYMxchart-1xPYMxheightxPYMx413',
 * //  { 'datawrapper-height': { 'chart-1': 413 } },
 * //  { sentinel: 'amp', type: 'embed-size', height: 413 }]
 */
export function heightMessages(id: string, height: number): EmbedHeightMessage[] {
	const px = Math.max(0, Math.ceil(height));
	return [
		`pym${PYM}${id}${PYM}height${PYM}${px}`,
		{ 'datawrapper-height': { [id]: px } },
		{ sentinel: 'amp', type: 'embed-size', height: px }
	];
}

/**
 * The id to report heights under: pym's parent adds `childId` to the iframe URL; without it (a
 * plain iframe, Datawrapper-style hosts) the embed's own path is used, which a host's listener can
 * match against the iframe's `src`.
 * @example embedId('?initialWidth=600&childId=results-es&parentTitle=x', '/embed/es/venezuela-2024/')
 * // 'results-es'
 */
export function embedId(search: string, fallback: string): string {
	const id = new URLSearchParams(search).get('childId');
	return id && id.length <= 200 ? id : fallback;
}

/**
 * Whether a message from the parent is pym.js asking for (or telling) the width, which pym expects
 * to be answered with a height message.
 * @example isPymParentMessage('pymxPYMxresults-esxPYMxwidthxPYMx600', 'results-es') // true
 */
export function isPymParentMessage(data: unknown, id: string): boolean {
	if (typeof data !== 'string') return false;
	const parts = data.split(PYM);
	return parts[0] === 'pym' && parts[1] === id && parts[2] === 'width';
}

/**
 * The height reporter as a classic script, served as a static file (`embed/resize.js`). Not a
 * Svelte module on purpose: WordPress puts untrusted oEmbed iframes in `sandbox="allow-scripts"`
 * without same-origin, and such an opaque-origin page may not load ES modules from a host that
 * sends no CORS headers — but it may run a classic same-host script. So the embed sizes itself
 * on any static host, in any sandbox; the rest of its JavaScript is an enhancement.
 *
 * It speaks exactly `heightMessages`, replies to pym's width message like `isPymParentMessage`,
 * and picks the id like `embedId` with the page path as the fallback (embed-height.test.ts runs
 * it against those functions).
 * @example embedResizeScript().startsWith('(function () {') // true
 */
export function embedResizeScript(): string {
	return `(function () {
	'use strict';
	if (window.parent === window) return;
	var P = 'xPYMx';
	var id = location.pathname;
	try {
		var q = new URLSearchParams(location.search).get('childId');
		if (q && q.length <= 200) id = q;
	} catch (e) {}
	var last = -1;
	var waits = 0;
	function box() {
		return document.querySelector('[data-embed-root]') || document.body;
	}
	function send(force) {
		// A cross-origin iframe can run its scripts before it is told its size: its viewport is
		// then 0 px wide and the content many screens tall. That height is never sent (the frame
		// would jump and, off screen where the browser skips its rendering, stay that tall); the
		// measure is taken again once the frame has a width.
		if (!document.documentElement.clientWidth) {
			if (waits++ < 100) window.setTimeout(function () { send(false); }, 100);
			return;
		}
		var h = Math.max(0, Math.ceil(box().getBoundingClientRect().height));
		if (!force && h === last) return;
		last = h;
		var dw = {};
		dw[id] = h;
		window.parent.postMessage('pym' + P + id + P + 'height' + P + h, '*');
		window.parent.postMessage({ 'datawrapper-height': dw }, '*');
		window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
	}
	function start() {
		send(true);
		if (window.ResizeObserver) new window.ResizeObserver(function () { send(false); }).observe(box());
		window.addEventListener('resize', function () { send(false); });
		window.addEventListener('load', function () { send(true); });
		window.addEventListener('message', function (e) {
			if (e.source !== window.parent || typeof e.data !== 'string') return;
			var p = e.data.split(P);
			if (p[0] === 'pym' && p[1] === id && p[2] === 'width') send(true);
		});
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
`;
}
