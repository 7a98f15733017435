import { defineConfig, devices } from '@playwright/test';

// The e2e suite runs against the static build, served by a plain static file server (Python's
// http.server: no rewrites, no extension resolution) under a sub-path, as a newsroom would host it.
// A second server, on E2E_PORT + 10, serves the untrusted-text fixture election built by
// `npm run build:untrusted`; the `untrusted` project runs the tests tagged @untrusted against it.
const port = Number(process.env.E2E_PORT ?? 4173);
const untrustedPort = port + 10;
export const BASE_PATH = '/escrutinio';
const UNTRUSTED_BUILD_DIR = '.svelte-kit/fixture-builds/untrusted-text';

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	}
};

export default defineConfig({
	testDir: 'tests',
	testMatch: ['e2e/**/*.spec.ts', 'build/**/*.spec.ts'],
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${BASE_PATH}/`,
		trace: 'off'
	},
	projects: [
		{ name: 'chromium', use: chromium, grepInvert: /@untrusted/ },
		{
			name: 'untrusted',
			use: { ...chromium, baseURL: `http://127.0.0.1:${untrustedPort}${BASE_PATH}/` },
			grep: /@untrusted/
		}
	],
	webServer: [
		{
			command: `node scripts/serve-static.js build ${BASE_PATH} ${port}`,
			url: `http://127.0.0.1:${port}${BASE_PATH}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: `node scripts/serve-static.js ${UNTRUSTED_BUILD_DIR} ${BASE_PATH} ${untrustedPort}`,
			url: `http://127.0.0.1:${untrustedPort}${BASE_PATH}/`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
