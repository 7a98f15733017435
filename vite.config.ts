import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { clientMessages } from './scripts/lib/client-messages-plugin.js';

export default defineConfig({
	plugins: [sveltekit(), clientMessages()],
	build: {
		// Vite gzips every output file to print its compressed size: ~300 client and server files
		// per build, work nobody reads (docs/build-time.md). The bench measures real sizes itself.
		reportCompressedSize: false
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Several tests read and validate the real election folder (24,532 sheet rows): about a
		// second alone, 6.3 s once on a 2-core CI machine shared with builds, past the default 5 s.
		// Speed is the benchmarks' business, not the unit tests'.
		testTimeout: 30_000
	}
});
