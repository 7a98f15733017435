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
