import type { Attachment } from 'svelte/attachments';
import { embedId, heightMessages, isPymParentMessage } from '$lib/views/embed-height';

/**
 * `{@attach reportHeight(fallbackId)}` on an embed's outermost box: tells the page holding the
 * iframe how tall the content is, in the pym.js, Datawrapper and AMP formats (DESIGN.md §7), when
 * it starts, whenever the box changes size (ResizeObserver: fonts, wrapping at a new width, an
 * opened menu) and whenever pym's parent sends a width. Needs no cookies or storage, so it works in
 * an iframe sandboxed without same-origin. Does nothing when the page is not in a frame.
 */
export function reportHeight(fallbackId: string): Attachment<HTMLElement> {
	return (box) => {
		if (window.parent === window) return;
		// Query parameters exist only in the browser: the prerendered HTML has none.
		const id = embedId(location.search, fallbackId);
		let last = -1;
		const send = (force: boolean) => {
			const h = Math.ceil(box.getBoundingClientRect().height);
			if (!force && h === last) return;
			last = h;
			for (const m of heightMessages(id, h)) window.parent.postMessage(m, '*');
		};
		const observer = new ResizeObserver(() => send(false));
		observer.observe(box);
		const onMessage = (e: MessageEvent) => {
			if (e.source === window.parent && isPymParentMessage(e.data, id)) send(true);
		};
		const onLoad = () => send(true);
		window.addEventListener('message', onMessage);
		window.addEventListener('load', onLoad);
		send(true);
		return () => {
			observer.disconnect();
			window.removeEventListener('message', onMessage);
			window.removeEventListener('load', onLoad);
		};
	};
}
