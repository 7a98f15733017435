import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import type { FeedEntry } from '$lib/views/feed';

/**
 * A name-based UUID (RFC 9562 version 5 layout over SHA-1) as a `urn:uuid:` IRI. Atom wants an
 * absolute, permanent id for the feed and each entry, and the page URLs are root-relative when the
 * build does not know its origin, so ids come from a stable key: the same key gives the same id in
 * every build, wherever the site is hosted.
 * @example stableUrn('venezuela-2024/es') // 'urn:uuid:xxxxxxxx-xxxx-5xxx-[89ab]xxx-xxxxxxxxxxxx'
 */
export function stableUrn(key: string): string {
	const h = createHash('sha1').update(`escrutinio:${key}`).digest();
	h[6] = (h[6]! & 0x0f) | 0x50;
	h[8] = (h[8]! & 0x3f) | 0x80;
	const x = h.subarray(0, 16).toString('hex');
	return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export interface AtomFeedInput {
	/** Prefix of every id key, e.g. `venezuela-2024/es`. */
	key: string;
	title: string;
	subtitle: string;
	language: string;
	/** The feed's own URL (absolute when the site origin is known, else root-relative). */
	selfUrl: string;
	homeUrl: string;
	/** An entry's page URL with its fragment (absolute or root-relative, like selfUrl). */
	urlOf: (entry: FeedEntry) => string;
	/** Newest first (buildFeedEntries). */
	entries: FeedEntry[];
}

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	format: true,
	indentBy: '  ',
	suppressEmptyNode: true
	// processEntities (default true) escapes &, <, >, ' and " in text and attributes: titles and
	// quotes from data files stay text.
});

/**
 * The Atom 1.0 document (RFC 4287) of one election's feed in one language.
 *
 * Built with fast-xml-parser's XMLBuilder rather than the `feed` package: `feed` passes every link
 * through `new URL()`, so it cannot write the root-relative links of a build without SITE_ORIGIN,
 * which Atom allows (they resolve against the feed's own URL). `updated` is the newest entry's time,
 * not the build time, so an unchanged dataset gives a byte-identical file.
 */
export function writeAtom(input: AtomFeedInput): string {
	const iso = (ms: number) => new Date(ms).toISOString();
	const newest = input.entries[0];
	const doc = {
		'?xml': { '@version': '1.0', '@encoding': 'utf-8' },
		feed: {
			'@xmlns': 'http://www.w3.org/2005/Atom',
			'@xml:lang': input.language,
			id: stableUrn(input.key),
			title: input.title,
			subtitle: input.subtitle,
			updated: iso(newest ? newest.at : 0),
			generator: 'Escrutinio',
			link: [
				{ '@rel': 'self', '@type': 'application/atom+xml', '@href': input.selfUrl },
				{ '@rel': 'alternate', '@type': 'text/html', '@href': input.homeUrl }
			],
			author: { name: 'Escrutinio' },
			entry: input.entries.map((e) => ({
				id: stableUrn(`${input.key}/${e.key}`),
				title: e.title,
				link: { '@rel': 'alternate', '@type': 'text/html', '@href': input.urlOf(e) },
				updated: iso(e.at),
				category: { '@term': e.kind },
				summary: { '@type': 'text', '#text': e.summary }
			}))
		}
	};
	return builder.build(doc);
}
