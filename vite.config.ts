import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { engineWorker } from './scripts/engineWorker.ts';
import { SERVICE_BUILD } from './svelte.config.js';

export default defineConfig({
	plugins: [engineWorker(), sveltekit()],
	define: { __SERVICE__: JSON.stringify(SERVICE_BUILD) },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
