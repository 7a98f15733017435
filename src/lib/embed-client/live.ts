/**
 * Live updates of the election page and of the headline embed (embed/js/live.js), pages rendered
 * without SvelteKit's client. Same rules as the hydrated poller it replaces (src/lib/live/poller.ts decides, and
 * src/lib/live/start-poller.ts runs the timers: back-off after failures, checks only while the tab
 * is visible, a size cap, the stale notice): it polls `data/<election>/live.json` every
 * LIVE_POLL_SECONDS, validates a changed file with the build's schema (embed/js/livecheck.js,
 * loaded only then), and when the file announces a newer version it fetches the page itself again
 * (same URL, revalidated) and swaps in the regions marked `data-live-region` (the answer and the
 * results): the rest of the page, the reader's scroll position, focus, open tables and choice of
 * count stay. Pages are uploaded before the live file (docs/live-runbook.md); if the page fetched
 * is not yet the announced version, the check fails ("not on the server yet"), the figures stay,
 * and the next check (with back-off) tries again. The swapped charts are drawn again
 * (./redraw.ts); the update is announced in the status line (a polite live region).
 * A page that is not live does not load this script.
 */
import { formatWhen } from '../i18n/format';
import { t } from '../i18n';
import type { Locale } from '../locales';
import type { LiveFile } from '../live/live-file';
import {
	BACKOFF_CAP_INTERVALS,
	describeUpdate,
	formatClock,
	listKeys,
	LIVE_MAX_BYTES,
	releaseKeys,
	RESULTS_MAX_BYTES,
	type LiveMeta
} from '../live/live-meta';
import type { LiveFailure, LiveState, LoadResult, ValidationResult } from '../live/poller';
import { readLimited, startPoller } from '../live/start-poller';
import { drawFigures } from './redraw';
import { liveFailureText } from '../live/failure-text';

/** Reloads of an opaque frame for one announced version before it only says it is pending. */
const MAX_RELOADS = 5;

interface PageData {
	file: LiveFile;
	announce: string;
	/** The fetched page, until its regions are swapped in. */
	doc: Document | undefined;
}

type Check = { validateLiveJson(json: unknown, election: string): ValidationResult<LiveFile> };

const root =
	typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('[data-live-page]');
if (root) start(root);

/** The live status of a page (its build's version) as the page's HTML carries it. */
export function pageMeta(doc: ParentNode): LiveMeta | undefined {
	const el = doc.querySelector<HTMLElement>('[data-live-page]');
	try {
		const m = JSON.parse(el?.dataset.meta ?? '') as LiveMeta;
		return typeof m.version === 'string' && typeof m.builtAt === 'string' ? m : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Whether a fetched page shows the version a live file announced (or a later one).
 * @example isAnnounced({ version: 'a', builtAt: '2024-08-01T00:00:00Z' }, file) // file.version === 'a'
 */
export function isAnnounced(
	page: Pick<LiveMeta, 'version' | 'builtAt'>,
	file: Pick<LiveFile, 'version' | 'builtAt'>
): boolean {
	return page.version === file.version || Date.parse(page.builtAt) > Date.parse(file.builtAt);
}

function start(el: HTMLElement): void {
	const d = el.dataset;
	const meta = pageMeta(document);
	if (!meta) return;
	const lang = (d.lang === 'en' ? 'en' : 'es') as Locale;
	const election = d.election ?? '';
	const timeZone = d.timeZone || 'UTC';
	const base = d.base ?? '';
	const since = Date.now();
	const when = (ms: number) => formatWhen(new Date(ms).toISOString(), lang, timeZone);
	const clock = () => formatClock(Date.now(), lang, timeZone);

	const staleBox = el.querySelector<HTMLElement>('[data-live-stale-box]')!;
	const announceEl = el.querySelector<HTMLElement>('[data-testid="live-announce"]')!;
	const lineEl = el.querySelector<HTMLElement>('[data-live-line]')!;
	const failedBox = el.querySelector<HTMLElement>('[data-live-failed-box]')!;
	const text = (node: HTMLElement, s: string) => {
		if (node.textContent !== s) node.textContent = s;
	};
	// An embed in a frame sandboxed without same-origin has an opaque origin: its requests are
	// cross-origin, and one the host does not allow (no CORS header) is a console error the page
	// cannot catch. It checks only when the page says the host allows it (`data-cors`), and says
	// it is not updating otherwise.
	const opaque = self.origin === 'null';
	if (opaque && d.cors !== '1') {
		text(lineEl, d.msgOff ?? '');
		return;
	}
	text(lineEl, t(lang, 'live.every', { seconds: meta.pollSeconds }));

	let checker: Promise<Check> | undefined;
	const loadChecker = () =>
		(checker ??= new Promise<Check>((resolve, reject) => {
			const s = document.createElement('script');
			s.src = `${base}/embed/js/livecheck.js`;
			s.onload = () => {
				const c = (window as unknown as { escrutinioEmbed_livecheck?: Check })
					.escrutinioEmbed_livecheck;
				if (c) resolve(c);
				else reject(new Error('livecheck.js'));
			};
			s.onerror = () => {
				checker = undefined; // offline: try again at the next check
				reject(new Error('livecheck.js did not load'));
			};
			document.head.append(s);
		}));

	const reason = (f: LiveFailure) => liveFailureText(f, lang, when);

	async function fetchPage(
		file: LiveFile
	): Promise<{ ok: true; doc: Document } | { ok: false; failure: LiveFailure }> {
		const path = location.pathname;
		const fail = (r: LiveFailure['reason'], detail: string, errors: string[] = []) =>
			({ ok: false, failure: { reason: r, detail, errors } }) as const;
		// The CORS header a host sends for data/ does not cover the page: an opaque frame loads the
		// newer page by navigating to it (a navigation needs no CORS), a few times for one version
		// (the host may not have it yet), then only says so.
		if (opaque) {
			const params = new URLSearchParams(location.search);
			const tries = params.get('v') === file.version ? Number(params.get('n')) || 0 : 0;
			if (tries < MAX_RELOADS) {
				const next = new URL(location.href);
				next.searchParams.set('v', file.version);
				next.searchParams.set('n', String(tries + 1));
				location.replace(next.href);
			}
			return fail('pending', path, [`${path}: expected version ${file.version}`]);
		}
		let res: Response;
		try {
			res = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
		} catch (e) {
			return fail('network', (e as Error).message || String(e));
		}
		if (!res.ok) {
			await res.body?.cancel().catch(() => {});
			return fail('mismatch', path, [`${path}: expected the page, got HTTP ${res.status}`]);
		}
		const read = await readLimited(res, RESULTS_MAX_BYTES).catch(() => undefined);
		if (!read) return fail('network', path);
		if (read.kind === 'too-large') return fail('too-large', String(read.limit));
		const doc = new DOMParser().parseFromString(read.text, 'text/html');
		const got = pageMeta(doc);
		if (!got) return fail('invalid', '1', [`${path}: no live status in the page`]);
		if (!isAnnounced(got, file))
			return fail('pending', path, [
				`${path}: expected version ${file.version}, got ${got.version}`
			]);
		for (const r of document.querySelectorAll<HTMLElement>('[data-live-region]')) {
			const name = r.dataset.liveRegion ?? '';
			if (!doc.querySelector(`[data-live-region="${CSS.escape(name)}"]`))
				return fail('invalid', '1', [`${path}: no region "${name}" in the page`]);
		}
		return { ok: true, doc };
	}

	let applied: PageData | undefined;
	let failureKey = '';
	function render(s: LiveState<PageData>, next: number | undefined) {
		d.phase = s.phase;
		d.checks = String(s.checks);
		if (next === undefined) delete d.next;
		else d.next = String(next);
		d.stale = String(s.stale);
		const data = s.good.data;
		if (data && data !== applied) {
			applied = data;
			if (data.doc) swap(data.doc);
			data.doc = undefined;
		}
		// Stale notice (in its own polite region).
		if (s.stale !== !!staleBox.firstChild) {
			staleBox.replaceChildren();
			if (s.stale) {
				const p = document.createElement('p');
				p.className = 'stale';
				p.dataset.testid = 'live-stale';
				p.textContent = t(lang, 'live.stale', { when: when(s.goodAt) });
				staleBox.append(p);
			}
		}
		const announce = data?.announce;
		text(announceEl, announce ?? '');
		lineEl.hidden = announce !== undefined;
		text(
			lineEl,
			s.checkedAt !== undefined && !s.failure
				? t(lang, 'live.checked', { time: formatClock(s.checkedAt, lang, timeZone) })
				: t(lang, 'live.every', { seconds: meta!.pollSeconds })
		);
		// The failure, and what was wrong, while the last check failed.
		const f = s.failure;
		const key = f ? `${s.goodAt}|${f.reason}|${f.detail}|${f.errors.join('\n')}` : '';
		if (key === failureKey) return;
		failureKey = key;
		failedBox.replaceChildren();
		if (!f) return;
		const p = document.createElement('p');
		p.className = 'failed';
		p.dataset.testid = 'live-failed';
		p.textContent = t(lang, 'live.failed', { reason: reason(f), time: when(s.goodAt) });
		failedBox.append(p);
		if (f.errors.length === 0) return;
		const details = document.createElement('details');
		const summary = document.createElement('summary');
		summary.textContent = t(lang, 'live.details', { count: f.errors.length });
		const ul = document.createElement('ul');
		for (const e of f.errors) {
			const li = document.createElement('li');
			const code = document.createElement('code');
			code.textContent = e;
			li.append(code);
			ul.append(li);
		}
		details.append(summary, ul);
		failedBox.append(details);
	}

	setTimeout(
		() =>
			startPoller<PageData, LiveFile>({
				url: d.src ?? '',
				built: { version: meta.version, builtAt: meta.builtAt },
				timing: {
					intervalMs: meta.pollSeconds * 1000,
					maxBackoffMs: meta.pollSeconds * 1000 * BACKOFF_CAP_INTERVALS
				},
				staleMs: meta.staleSeconds * 1000,
				maxBytes: LIVE_MAX_BYTES,
				since,
				validate: async (json) => (await loadChecker()).validateLiveJson(json, election),
				load: async (file, good): Promise<LoadResult<PageData>> => {
					const page = await fetchPage(file);
					if (!page.ok) return page;
					const prev = good
						? { latest: releaseKeys(good.file), lists: listKeys(good.file) }
						: { latest: meta.latest, lists: meta.lists };
					const announce =
						describeUpdate(prev, file, lang, clock()) ?? t(lang, 'live.updated', { time: clock() });
					return { ok: true, data: { file, announce, doc: page.doc }, changed: true };
				},
				onState: render
			}),
		// Half an interval after the page showed its figures; the first check one interval after.
		(meta.pollSeconds * 1000) / 2
	);
}

/**
 * Each `<details>` of a region with a key that survives a swap and a reordering: the id of the
 * element it is in (or its own), and its place among the details in that element.
 */
function detailKeys(region: HTMLElement): [HTMLDetailsElement, string][] {
	const seen = new Map<string, number>();
	return [...region.querySelectorAll('details')].map((d) => {
		const c = d.closest('[id]');
		const id = c && region.contains(c) ? c.id : '';
		const n = seen.get(id) ?? 0;
		seen.set(id, n + 1);
		return [d, `${id}#${n}`];
	});
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Replace each `data-live-region` of the page with the same region of `doc`, keeping the
 * scroll position, the focused control (by id, else by its place among the region's controls)
 * and which `<details>` are open; then let the page's scripts set up the new regions and draw
 * their charts.
 */
export function swap(doc: Document): void {
	const x = scrollX;
	const y = scrollY;
	const active = document.activeElement as HTMLElement | null;
	let refocus: (() => HTMLElement | null | undefined) | undefined;
	const figures: HTMLElement[] = [];
	for (const old of document.querySelectorAll<HTMLElement>('[data-live-region]')) {
		const name = old.dataset.liveRegion ?? '';
		const fresh = doc.querySelector<HTMLElement>(`[data-live-region="${CSS.escape(name)}"]`);
		if (!fresh) continue;
		for (const s of fresh.querySelectorAll('script')) s.remove();
		const node = document.importNode(fresh, true);
		const open = new Set(
			detailKeys(old)
				.filter(([d]) => d.open)
				.map(([, k]) => k)
		);
		for (const [d, k] of detailKeys(node)) d.open = open.has(k);
		if (active && active !== document.body && old.contains(active)) {
			const id = active.id;
			const index = [...old.querySelectorAll(FOCUSABLE)].indexOf(active);
			refocus = () =>
				(id ? document.getElementById(id) : undefined) ??
				node.querySelectorAll<HTMLElement>(FOCUSABLE)[index];
		}
		old.replaceWith(node);
	}
	document.dispatchEvent(new CustomEvent('escrutinio:live-swap'));
	for (const r of document.querySelectorAll<HTMLElement>('[data-live-region]'))
		figures.push(...r.querySelectorAll<HTMLElement>('[data-embed-chart]'));
	refocus?.()?.focus({ preventScroll: true });
	scrollTo(x, y);
	drawFigures(figures);
}
