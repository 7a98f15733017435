// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a plain script, see below
// @ts-nocheck -- a plain ES5-style classic script (no build step); unit- and e2e-tested instead.
// The "Cite this" enhancement, served as a plain classic script (`/cite.js`, see
// src/routes/cite.js/+server.ts) so it also works on pages without SvelteKit's client
// (`csr = false`) and ships no citation library: every format is in the HTML already.
// It (1) writes today's date where the build wrote its own access date, formatted exactly as the
// build formatted it (the same Intl call as accessDateText in citation.ts; unit-tested), (2) makes
// the URL absolute on the page's own origin, and (3) shows and runs the copy buttons.
(function () {
	'use strict';
	if (window.EscrutinioCite) return;

	function pad(n) {
		return (n < 10 ? '0' : '') + n;
	}

	/** Today's date (the reader's calendar) written in one of the citation's date styles. */
	function accessText(style, date) {
		if (style === 'long-es' || style === 'long-en-US') {
			return new Intl.DateTimeFormat(style === 'long-es' ? 'es' : 'en-US', {
				day: 'numeric',
				month: 'long',
				year: 'numeric'
			}).format(date);
		}
		return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
	}

	function replaceLast(text, from, to) {
		var i = text.lastIndexOf(from);
		return i < 0 ? text : text.slice(0, i) + to + text.slice(i + from.length);
	}

	/**
	 * One citation text with the access date of `date` instead of the build's (`build`, as written),
	 * and the URL `fromUrl` replaced by `toUrl` (when given).
	 */
	function swap(text, style, build, date, fromUrl, toUrl) {
		var out = text;
		if (fromUrl && toUrl && fromUrl !== toUrl) out = out.split(fromUrl).join(toUrl);
		if (style === 'csl-json') {
			try {
				var items = JSON.parse(out);
				for (var i = 0; i < items.length; i++) {
					if (items[i].accessed)
						items[i].accessed = {
							'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]]
						};
				}
				return JSON.stringify(items, null, 2);
			} catch {
				return out;
			}
		}
		return replaceLast(out, build, accessText(style, date));
	}

	/** Bring every citation on the page up to today and to this origin (idempotent). */
	function refresh() {
		var now = new Date();
		var blocks = document.querySelectorAll('[data-cite-url]');
		for (var b = 0; b < blocks.length; b++) {
			var block = blocks[b];
			var fromUrl = block.getAttribute('data-cite-url') || '';
			var path = block.getAttribute('data-cite-path') || '';
			var toUrl = path ? location.origin + path : '';
			var pres = block.querySelectorAll('[data-cite-access]');
			for (var p = 0; p < pres.length; p++) {
				var pre = pres[p];
				var before = pre.textContent;
				// Always start from the text as built: the text this script wrote last time is not
				// swapped again (a root-relative URL is inside its absolute form, and the build date
				// may appear elsewhere), while a text hydration put back is the build's.
				if (pre.__citeWritten !== before || typeof pre.__citeBuilt !== 'string')
					pre.__citeBuilt = before;
				var after = swap(
					pre.__citeBuilt,
					pre.getAttribute('data-cite-date'),
					pre.getAttribute('data-cite-access'),
					now,
					fromUrl,
					toUrl
				);
				if (after !== before) pre.textContent = after;
				pre.__citeWritten = after;
			}
			var buttons = block.querySelectorAll('button[data-cite-copy][hidden]');
			for (var i = 0; i < buttons.length; i++) buttons[i].removeAttribute('hidden');
		}
	}

	function selectText(el) {
		var range = document.createRange();
		range.selectNodeContents(el);
		var sel = window.getSelection();
		if (!sel) return false;
		sel.removeAllRanges();
		sel.addRange(range);
		try {
			return document.execCommand('copy');
		} catch {
			return false;
		}
	}

	function copy(button) {
		var target = document.getElementById(button.getAttribute('data-cite-copy') || '');
		var status = document.getElementById(button.getAttribute('data-cite-status') || '');
		if (!target) return;
		var done = function (ok) {
			if (status)
				status.textContent = button.getAttribute(ok ? 'data-cite-copied' : 'data-cite-failed');
		};
		var text = target.textContent;
		if (navigator.clipboard && navigator.clipboard.writeText) {
			navigator.clipboard.writeText(text).then(
				function () {
					done(true);
				},
				function () {
					done(selectText(target));
				}
			);
		} else done(selectText(target));
	}

	document.addEventListener('click', function (e) {
		var el = e.target;
		var button = el && el.closest ? el.closest('button[data-cite-copy]') : null;
		if (button) copy(button);
	});

	window.EscrutinioCite = { refresh: refresh, swap: swap, accessText: accessText };
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', refresh);
	else refresh();
})();
