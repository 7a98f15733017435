// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a plain script, see below
// @ts-nocheck -- a plain ES5-style classic script (no build step); unit- and e2e-tested instead.
// The "Cite this" enhancement, served as a plain classic script (`/cite.js`, see
// src/routes/cite.js/+server.ts) so it also works on pages without SvelteKit's client
// (`csr = false`) and ships no citation library: every format is in the HTML already.
// It (1) writes today's date where the build wrote its own access date, formatted exactly as the
// build formatted it (the same Intl call as accessDateText in citation.ts; unit-tested), (2) makes
// the URL absolute on the page's own origin, and (3) shows and runs the copy buttons. It does this
// for one citation block at a time, when the reader opens the disclosure around it (at once for a
// block outside any closed disclosure): rewriting every block of a long page at load (11 claim
// cards × 5 formats, a date formatter each) was a 260 ms task on a phone-speed CPU (Lighthouse,
// claims page).
// It also runs the chart menus ("Share / Embed", src/lib/components/share/ChartActions.svelte),
// plain HTML on every page: one script for every copy button of the site. Nothing at load: when a
// menu opens it shows the copy and PNG buttons, writes the link and the embed code on the page's
// own origin (the link with the page's query under the view's when the menu asks for it), and
// clears the status; Escape closes an open menu (focus back on its button); a PNG click loads
// embed/js/png.js once and downloads the picture. Its strings are the menu's data-msg-*.
(function () {
	'use strict';
	if (window.EscrutinioCite) return;

	function pad(n) {
		return (n < 10 ? '0' : '') + n;
	}

	var formatters = {};

	/** Today's date (the reader's calendar) written in one of the citation's date styles. */
	function accessText(style, date) {
		if (style === 'long-es' || style === 'long-en-US') {
			var f =
				formatters[style] ||
				(formatters[style] = new Intl.DateTimeFormat(style === 'long-es' ? 'es' : 'en-US', {
					day: 'numeric',
					month: 'long',
					year: 'numeric'
				}));
			return f.format(date);
		}
		return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
	}

	function replaceLast(text, from, to) {
		var i = text.lastIndexOf(from);
		return i < 0 ? text : text.slice(0, i) + to + text.slice(i + from.length);
	}

	/** A CSL-JSON item with `URL` set, where citation-js puts it (after `publisher`). */
	function withUrl(item, url) {
		if (item.URL) return item;
		var out = {};
		var placed = false;
		for (var k in item) {
			if (!Object.prototype.hasOwnProperty.call(item, k)) continue;
			out[k] = item[k];
			if (k === 'publisher') {
				out.URL = url;
				placed = true;
			}
		}
		if (!placed) out.URL = url;
		return out;
	}

	/**
	 * One citation text with the access date of `date` instead of the build's (`build`, as written),
	 * and the URL `fromUrl` replaced by `toUrl` (when given). A build without SITE_ORIGIN leaves
	 * the URL out of BibTeX and CSL-JSON (a root-relative one is no URL to their readers): there
	 * `toUrl` (absolute) is added, where and as citation-js writes it when the build knows the
	 * origin, so both paths give the same text.
	 */
	function swap(text, style, build, date, fromUrl, toUrl) {
		var out = text;
		if (fromUrl && toUrl && fromUrl !== toUrl) out = out.split(fromUrl).join(toUrl);
		var absolute = toUrl && /^https?:\/\//.test(toUrl);
		if (style === 'csl-json') {
			try {
				var items = JSON.parse(out);
				for (var i = 0; i < items.length; i++) {
					if (absolute) items[i] = withUrl(items[i], toUrl);
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
		if (style === 'iso' && absolute && /^@/.test(out) && !/\n\turl = \{/.test(out))
			out = out.replace(/\n\}\s*$/, '\n\turl = {' + toUrl + '},\n}');
		return replaceLast(out, build, accessText(style, date));
	}

	/** Bring one citation block up to today and to this origin, and show its copy buttons
	 * (idempotent: a text already up to date is not written again). */
	function refreshBlock(block, now) {
		var fromUrl = block.getAttribute('data-cite-url') || '';
		var path = block.getAttribute('data-cite-path') || '';
		var toUrl = path ? location.origin + path : '';
		var pres = block.querySelectorAll('[data-cite-access]');
		for (var p = 0; p < pres.length; p++) {
			var pre = pres[p];
			var before = pre.textContent;
			// Always from the build's text (kept on the element; a hydrating page may put it back),
			// so a second pass does not prefix the origin twice.
			var source = pre._citeOut === before ? pre._citeSrc : before;
			var after = swap(
				source,
				pre.getAttribute('data-cite-date'),
				pre.getAttribute('data-cite-access'),
				now,
				fromUrl,
				toUrl
			);
			pre._citeSrc = source;
			pre._citeOut = after;
			if (after !== before) pre.textContent = after;
		}
		var buttons = block.querySelectorAll('button[data-cite-copy][hidden]');
		for (var i = 0; i < buttons.length; i++) buttons[i].removeAttribute('hidden');
	}

	/** Whether a reader can see the block now: no closed disclosure around it. */
	function shown(el) {
		for (
			var d = el.closest('details');
			d;
			d = d.parentElement && d.parentElement.closest('details')
		)
			if (!d.open) return false;
		return true;
	}

	/**
	 * Bring the citation blocks in `root` (default: the page) that a reader can see up to date.
	 * Blocks inside a closed disclosure wait until it opens (see the toggle listener below).
	 */
	function refresh(root) {
		var now = new Date();
		var scope = root && root.querySelectorAll ? root : document;
		var blocks = scope.querySelectorAll('[data-cite-url]');
		for (var b = 0; b < blocks.length; b++) if (shown(blocks[b])) refreshBlock(blocks[b], now);
	}

	// `toggle` does not bubble: listen in the capture phase for every disclosure on the page.
	document.addEventListener(
		'toggle',
		function (e) {
			var d = e.target;
			if (d && d.open && d.querySelectorAll) refresh(d);
		},
		true
	);

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
		var block = target.closest('[data-cite-url]');
		if (block) refreshBlock(block, new Date());
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

	// ---- Chart menus -------------------------------------------------------------------------

	/**
	 * The chart's link: the view's link (root-relative, `data-share-link`) on this origin, over the
	 * page's own query when `keep` (as chartLink in src/lib/views/chart-share.ts merges them).
	 */
	function shareLink(rel, keep, origin, search) {
		var u = new URL(rel, origin + '/');
		var q = new URLSearchParams(keep ? search : '');
		u.searchParams.forEach(function (v, k) {
			q.set(k, v);
		});
		var qs = q.toString();
		return origin + u.pathname + (qs ? '?' + qs : '') + u.hash;
	}

	/** The embed code with the build's origin (`from`, '' when the build knew none) made this one. */
	function embedOnOrigin(code, from, origin) {
		return from === origin ? code : code.split('src="' + from + '/').join('src="' + origin + '/');
	}

	function menuStatus(menu, text) {
		var status = menu.querySelector('[data-chart-status]');
		if (status) status.textContent = text || '';
	}

	/** Bring an open menu's fields to this origin and the page's query; show its buttons
	 * (idempotent). */
	function refreshMenu(menu) {
		var link = menu.querySelector('[data-chart-link]');
		if (link) {
			var v = shareLink(
				menu.getAttribute('data-share-link') || '',
				menu.hasAttribute('data-keep-query'),
				location.origin,
				location.search
			);
			if (link.textContent !== v) link.textContent = v;
		}
		var code = menu.querySelector('[data-chart-embed]');
		if (code) {
			var text = code.textContent || '';
			var c = embedOnOrigin(text, menu.getAttribute('data-origin') || '', location.origin);
			if (text !== c) code.textContent = c;
		}
		var hidden = menu.querySelectorAll('button[data-chart-copy][hidden]');
		for (var i = 0; i < hidden.length; i++) hidden[i].removeAttribute('hidden');
		// The PNG only of a chart the reader can see (an embed's chart is opt-in, ?chart=1): its
		// whole item goes otherwise.
		var png = menu.querySelector('button[data-chart-png]');
		if (png) {
			var figure = pngFigure(menu);
			var drawn = !!figure && !figure.closest('[hidden]');
			png.hidden = !drawn;
			var item = png.closest('li');
			if (item) item.hidden = !drawn;
		}
		var nojs = menu.querySelectorAll('[data-chart-nojs]');
		for (var n = 0; n < nojs.length; n++) nojs[n].setAttribute('hidden', '');
	}

	function copyField(button, menu) {
		var field = document.getElementById(button.getAttribute('data-chart-copy') || '');
		if (!field) return;
		refreshMenu(menu);
		var failed = function () {
			// No clipboard permission (sandboxed frame, old browser): select it for the reader.
			var selection = window.getSelection();
			if (selection) selection.selectAllChildren(field);
			menuStatus(menu, menu.getAttribute('data-msg-copy-failed'));
		};
		if (navigator.clipboard && navigator.clipboard.writeText)
			navigator.clipboard.writeText(field.textContent || '').then(function () {
				menuStatus(menu, menu.getAttribute('data-msg-copied'));
			}, failed);
		else failed();
	}

	var pngLoading = null;
	function loadPng(src) {
		if (window.EscrutinioPng) return Promise.resolve(window.EscrutinioPng);
		if (!pngLoading)
			pngLoading = new Promise(function (resolve, reject) {
				var s = document.createElement('script');
				s.src = src;
				s.onload = function () {
					if (window.EscrutinioPng) resolve(window.EscrutinioPng);
					else reject(new Error('png.js'));
				};
				s.onerror = function () {
					pngLoading = null;
					reject(new Error('png.js'));
				};
				document.head.appendChild(s);
			});
		return pngLoading;
	}

	/** The figure of a menu's chart: the one around the heading `data-png-anchor` names. */
	function pngFigure(menu) {
		var heading = document.getElementById(menu.getAttribute('data-png-anchor') || '');
		return heading ? heading.closest('figure') : null;
	}

	function downloadPng(menu) {
		refreshMenu(menu);
		var failed = function () {
			menuStatus(menu, menu.getAttribute('data-msg-png-failed'));
		};
		var figure = pngFigure(menu);
		var footer;
		try {
			footer = JSON.parse(menu.getAttribute('data-png-footer') || '[]');
		} catch {
			footer = [];
		}
		var link = menu.querySelector('[data-chart-link]');
		if (link) footer.push(link.textContent);
		if (!figure) return failed();
		loadPng(menu.getAttribute('data-png-src') || '')
			.then(function (P) {
				return P.renderChartPng(figure, menu.getAttribute('data-png-title') || '', footer).then(
					function (blob) {
						P.downloadBlob(blob, menu.getAttribute('data-png-file') || 'chart.png');
						menuStatus(menu, menu.getAttribute('data-msg-png-done'));
					}
				);
			})
			.catch(failed);
	}

	document.addEventListener('click', function (e) {
		var el = e.target;
		if (!el || !el.closest) return;
		var button = el.closest('button[data-cite-copy]');
		if (button) return copy(button);
		var menu = el.closest('details[data-chart-actions]');
		if (!menu) return;
		button = el.closest('button[data-chart-copy]');
		if (button) return copyField(button, menu);
		if (el.closest('button[data-chart-png]')) downloadPng(menu);
	});

	// `toggle` does not bubble: listen in the capture phase.
	document.addEventListener(
		'toggle',
		function (e) {
			var menu = e.target;
			if (!menu || !menu.matches || !menu.matches('details[data-chart-actions]')) return;
			if (menu.open) refreshMenu(menu);
			else menuStatus(menu, '');
		},
		true
	);

	document.addEventListener('keydown', function (e) {
		if (e.key !== 'Escape' || !e.target || !e.target.closest) return;
		var menu = e.target.closest('details[data-chart-actions][open]');
		if (!menu) return;
		e.preventDefault();
		e.stopPropagation();
		menu.open = false;
		var summary = menu.querySelector('summary');
		if (summary) summary.focus();
	});

	window.EscrutinioCite = {
		refresh: refresh,
		swap: swap,
		accessText: accessText,
		shareLink: shareLink,
		embedOnOrigin: embedOnOrigin
	};
	/**
	 * A link to a citation (`…#cite-claim-x-text`, the claims page's "Cite" links) opens the
	 * disclosures around it; browsers that do not do so themselves for a fragment leave it closed.
	 */
	function openTarget() {
		var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
		var el = id ? document.getElementById(id) : null;
		if (!el || !el.closest) return;
		var opened = false;
		for (
			var d = el.closest('details');
			d;
			d = d.parentElement && d.parentElement.closest('details')
		)
			if (!d.open) {
				d.open = true;
				opened = true;
			}
		if (opened) el.scrollIntoView({ block: 'center' });
	}
	if (window.addEventListener) window.addEventListener('hashchange', openTarget);

	/** The page's state when this script arrives: a reader may have opened a menu before it did. */
	function start() {
		openTarget();
		refresh();
		var open = document.querySelectorAll('details[data-chart-actions][open]');
		for (var i = 0; i < open.length; i++) refreshMenu(open[i]);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
