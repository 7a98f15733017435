import { defineConfig, devices } from '@playwright/test';

// The e2e suite runs against the static build, served by a plain static file server (Python's
// http.server: no rewrites, no extension resolution) under a sub-path, as a newsroom would host it.
const port = Number(process.env.E2E_PORT ?? 4173);
export const BASE_PATH = '/escrutinio';

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
		{
			name: 'chromium',
			use: {
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
			}
		}
	],
	webServer: {
		command: `node scripts/serve-static.js build ${BASE_PATH} ${port}`,
		url: `http://127.0.0.1:${port}${BASE_PATH}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
