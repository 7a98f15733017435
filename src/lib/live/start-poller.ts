import {
	applyValidation,
	beginFetch,
	failCheck,
	initialLiveState,
	inspectResponse,
	nextDelay,
	type FetchOutcome,
	type LiveState,
	type ValidationResult
} from './poller';

export interface PollerOptions<B> {
	url: string;
	intervalMs: number;
	validate: (json: unknown) => Promise<ValidationResult<B>>;
	onState: (state: LiveState<B>) => void;
}

/**
 * The thin browser part of the live poller: a timer, `fetch`, and the page's visibility. Every
 * decision is in `poller.ts`. Checks run every `intervalMs` while the tab is visible, pause while
 * it is hidden, and catch up when it is shown again. Returns a function that stops polling.
 */
export function startPoller<B>(o: PollerOptions<B>): () => void {
	let state = initialLiveState<B>(Date.now());
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running = false;
	let stopped = false;
	const set = (s: LiveState<B>) => {
		state = s;
		o.onState(s);
	};

	async function check() {
		if (running || stopped) return;
		running = true;
		set(beginFetch(state));
		let outcome: FetchOutcome;
		try {
			// `no-cache` makes the browser revalidate (If-None-Match / If-Modified-Since) instead of
			// trusting a cached copy; an unchanged file costs a 304 and is handed to us as before.
			const res = await fetch(o.url, {
				cache: 'no-cache',
				headers: { accept: 'application/json' }
			});
			outcome = { kind: 'response', status: res.status, body: res.ok ? await res.text() : '' };
		} catch (e) {
			outcome = { kind: 'network-error', message: (e as Error).message || String(e) };
		}
		const r = inspectResponse(state, outcome, Date.now());
		if (r.validate) {
			try {
				set(
					applyValidation(
						r.next,
						await o.validate(r.validate.json),
						r.validate.fingerprint,
						Date.now()
					)
				);
			} catch (e) {
				// The validation code itself could not load (offline after the page loaded).
				set(failCheck(r.next, { reason: 'network', detail: String(e), errors: [] }, Date.now()));
			}
		} else set(r.next);
		running = false;
		schedule();
	}

	function schedule() {
		clearTimeout(timer);
		if (stopped || document.hidden) return;
		timer = setTimeout(
			check,
			nextDelay(o.intervalMs, state.checkedAt ?? state.good.at, Date.now())
		);
	}

	const onVisibility = () => (document.hidden ? clearTimeout(timer) : schedule());
	document.addEventListener('visibilitychange', onVisibility);
	o.onState(state);
	schedule();
	return () => {
		stopped = true;
		clearTimeout(timer);
		document.removeEventListener('visibilitychange', onVisibility);
	};
}
