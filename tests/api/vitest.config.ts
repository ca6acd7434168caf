import { defineConfig } from 'vitest/config';

/**
 * API tests against the running service (`npm run build:service` first): each file starts its own
 * service processes, on the embedded store and on PostgreSQL (TEST_DATABASE_URL).
 */
export default defineConfig({
	test: {
		include: ['tests/api/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false
	}
});
