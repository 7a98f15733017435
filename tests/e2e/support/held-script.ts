import type { Page } from '@playwright/test';

/**
 * Opens `url` with the script matching `glob` held back, and waits for the end of parsing (a
 * deferred script runs before DOMContentLoaded, so that event would wait for it), to see the page
 * before the script runs. Returns the function that lets the script load.
 */
export async function openWithScriptHeld(
	page: Page,
	glob: string,
	url: string
): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route(glob, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(() => document.readyState !== 'loading');
	return release;
}
