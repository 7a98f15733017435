/**
 * The one script a chart embed loads with the page (embed/js/embed.js, a classic script, so frames
 * sandboxed without same-origin run it): it loads each chart's script when the chart nears the
 * viewport (after the shared chart runtime, embed/js/chart.js, ./load.ts: on the screen, or within
 * 800 px of it once the reader scrolls), and a live embed checks the live file for a newer release. The full pages rendered
 * without SvelteKit's client (csr = false) load it too, for their charts.
 *
 * Live checks: every `data-poll` seconds while the page is visible, with exponential back-off
 * after failures. When the live file names a newer build than the page's, the page reloads (the
 * host serves the new prerendered embed: pages are uploaded before the live file, see
 * docs/live-runbook.md). A frame sandboxed without same-origin has an opaque origin: its requests
 * need the host's CORS header, and a blocked request is a console error the page cannot catch.
 * So such a frame does not fetch at all unless the build says the host sends that header for
 * data/ (`EMBED_DATA_CORS=1`); it says it is not updating instead.
 */
import { loadChartScript } from './load';

import { embedWithChart } from '../views/embed-urls';

/** Largest live file accepted, as in src/lib/live/live-meta.ts. */
const LIVE_MAX_CHARS = 64 * 1024;
/** The longest wait between checks after failures, in polling intervals. */
const BACKOFF_CAP = 10;
/** Reloads for one announced version before the embed only says it is not on the host yet. */
const MAX_RELOADS = 5;

/**
 * Run `go` once one of `figures` is on the screen, or within `LOOK_AHEAD` of it once the reader
 * has scrolled.
 * A chart below the first screen costs a page that is only looked at nothing: chart.js, the
 * figure's script and the chart's first drawing (together the longest tasks of the election page's
 * load on a phone, docs/tbt-election.md) wait for the first scroll, and are then done while the
 * figure is still up to 800 px away, as before.
 */
const LOOK_AHEAD = '800px 0px';
function whenSeen(figures: readonly HTMLElement[], go: () => void): void {
	if (typeof IntersectionObserver === 'undefined') return go();
	let done = false;
	const observers: IntersectionObserver[] = [];
	const watch = (rootMargin: string) => {
		const observer = new IntersectionObserver(
			(entries) => {
				if (done || !entries.some((e) => e.isIntersecting)) return;
				done = true;
				for (const o of observers) o.disconnect();
				removeEventListener('scroll', ahead);
				go();
			},
			{ rootMargin }
		);
		observers.push(observer);
		for (const el of figures) observer.observe(el);
	};
	const ahead = () => {
		removeEventListener('scroll', ahead);
		if (!done) watch(LOOK_AHEAD);
	};
	watch('0px');
	addEventListener('scroll', ahead, { passive: true });
}

function loadCharts(): void {
	const root = document.querySelector<HTMLElement>('[data-embed-root]');
	const kinds = new Map<string, HTMLElement[]>();
	for (const el of document.querySelectorAll<HTMLElement>('[data-embed-chart]')) {
		const kind = el.dataset.embedChart ?? '';
		if (!/^[a-z]+$/.test(kind)) continue;
		kinds.set(kind, [...(kinds.get(kind) ?? []), el]);
	}
	for (const [kind, figures] of kinds) {
		// The base path: the embed's root says it, a full page's figure carries it.
		const first = figures[0]!;
		const base = (first.closest<HTMLElement>('[data-embed-base]') ?? root)?.dataset.embedBase ?? '';
		whenSeen(figures, () => loadChartScript(base, kind));
	}
}

function fill(template: string, vars: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

function startLive(el: HTMLElement): void {
	const d = el.dataset;
	const say = (text: string | undefined) => {
		if (text !== undefined && el.textContent !== text) el.textContent = text;
	};
	if (self.origin === 'null' && d.cors !== '1') {
		say(d.msgOff);
		return;
	}
	const idle = el.textContent ?? '';
	const poll = Math.max(1, Number(d.poll) || 60) * 1000;
	const builtAt = Date.parse(d.builtAt ?? '');
	const url = new URL(d.src ?? '', location.href);
	// After a reload for a version the host did not serve yet (the pages go up after the live
	// file), reload again a few times, waiting longer each time, then just say so.
	const params = new URLSearchParams(location.search);
	const asked = params.get('v');
	const tries = Number(params.get('n')) || 0;
	const reload = (version: string, n: number) => {
		const next = new URL(location.href);
		next.searchParams.set('v', version);
		next.searchParams.set('n', String(n));
		location.replace(next.href);
	};
	let failures = 0;
	const schedule = () => {
		const delay = poll * Math.min(2 ** failures, BACKOFF_CAP);
		setTimeout(() => {
			if (!document.hidden) void check();
			else document.addEventListener('visibilitychange', () => void check(), { once: true });
		}, delay);
	};
	const check = async () => {
		let reason: string | undefined;
		try {
			const res = await fetch(url, { cache: 'no-cache', credentials: 'omit' });
			if (!res.ok) reason = fill(d.msgHttp ?? '', { status: String(res.status) });
			else {
				const text = await res.text();
				const file = text.length <= LIVE_MAX_CHARS ? (JSON.parse(text) as unknown) : undefined;
				const f = file as { version?: unknown; builtAt?: unknown } | undefined;
				if (
					typeof f?.version !== 'string' ||
					!/^[0-9a-f]{14}$/.test(f.version) ||
					typeof f.builtAt !== 'string'
				)
					reason = d.msgData;
				else if (f.version !== d.version && Date.parse(f.builtAt) > builtAt) {
					const version = f.version;
					if (asked !== version) {
						say(d.msgReloading);
						reload(version, 1);
						return;
					}
					say(d.msgPending);
					if (tries < MAX_RELOADS) {
						setTimeout(() => reload(version, tries + 1), poll * 2 ** tries);
						return;
					}
				}
			}
		} catch (e) {
			reason = e instanceof SyntaxError ? d.msgData : d.msgNetwork;
		}
		if (reason !== undefined) {
			failures++;
			say(fill(d.msgFailed ?? '', { reason }));
		} else {
			failures = 0;
			if (el.textContent !== d.msgPending) say(idle);
		}
		schedule();
	};
	schedule();
}

/**
 * The share chart of a results embed is opt-in (`?chart=1` on the iframe's address): its figure is
 * in the page, hidden, and shown here; the embed code its menus offer is then that variant too.
 * A live update swaps in new tables with their charts hidden again: this runs again then.
 */
function optIn(): void {
	const hidden = document.querySelectorAll<HTMLElement>('[data-chart-optin][hidden]');
	if (hidden.length === 0 || new URLSearchParams(location.search).get('chart') !== '1') return;
	for (const el of hidden) el.hidden = false;
	for (const code of document.querySelectorAll<HTMLElement>('[data-chart-embed]'))
		code.textContent = embedWithChart(code.textContent ?? '');
}

function start(): void {
	optIn();
	document.addEventListener('escrutinio:live-swap', optIn);
	loadCharts();
	const live = document.querySelector<HTMLElement>('[data-embed-live]');
	if (live) startLive(live);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
