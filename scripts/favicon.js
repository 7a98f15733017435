#!/usr/bin/env node
// static/favicon.png from static/favicon.svg (run after changing the SVG; a unit test checks the
// two agree). Pages link the PNG: Chromium draws an SVG icon by building an SVG document on the
// page's main thread, a task of ~50 ms after the first paint on a phone (docs/performance.md).
//   node scripts/favicon.js
import { readFileSync, writeFileSync } from 'node:fs';
import { renderFavicon } from './lib/favicon.js';

writeFileSync('static/favicon.png', await renderFavicon(readFileSync('static/favicon.svg')));
console.log('static/favicon.png written');
