import { chromium } from '@playwright/test';
const [,, url, out, width='360', scheme='light', full='1'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +width, height: 740 }, colorScheme: scheme });
await p.goto(url, { waitUntil: "networkidle" }); await p.waitForTimeout(Number(process.env.WAIT ?? 0));
const h = await p.evaluate(() => document.documentElement.scrollHeight);
console.log('height', h);
if (process.env.SECTIONS) {
  const secs = await p.evaluate(() => [...document.querySelectorAll('main > *, main section, main h2')].map(e => [e.tagName, (e.id||'')+' '+(e.textContent||'').trim().slice(0,40), Math.round(e.getBoundingClientRect().height)]));
  for (const s of secs) if (s[2] > 300) console.log(s.join(' | '));
}
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
