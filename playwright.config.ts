import { defineConfig } from '@playwright/test';

/** where the services under test keep their state: the tests read the first admin's password there */
const SERVICE = { dataDir: '/tmp/dashboard-e2e-service', port: 4174 };
/** two processes on one PostgreSQL behind a round-robin proxy (where the tests have a PostgreSQL) */
const CLUSTER = { dataDir: '/tmp/dashboard-e2e-cluster', port: 4175 };
const withPostgres = !!process.env.TEST_DATABASE_URL;

/** an intranet host: plain http under a name, which browsers do not treat as a secure context */
const INTRANET = '--host-resolver-rules=MAP dangan.intranet 127.0.0.1';
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * End-to-end tests in Debian's Chromium (no browser download: `apt-get install chromium`): the
 * static site as an intranet web server would serve the build folder, and the service as an
 * intranet host serves it, both plain http under a host name (not a secure context: no
 * `crypto.randomUUID`, no async clipboard), never 127.0.0.1, which browsers treat as secure.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	use: {
		browserName: 'chromium',
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		viewport: { width: 1440, height: 900 },
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{
			name: 'static',
			testIgnore: 'service/**',
			metadata: { direct: 'http://127.0.0.1:4173' },
			use: {
				baseURL: 'http://dangan.intranet:4173',
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [...CHROMIUM_ARGS, INTRANET]
				}
			}
		},
		...[
			{ name: 'service', ...SERVICE },
			...(withPostgres ? [{ name: 'service-postgres-2-processes', ...CLUSTER }] : [])
		].map(({ name, dataDir, port }) => ({
			name,
			testMatch: 'service/**/*.spec.ts',
			metadata: { dataDir, direct: `http://127.0.0.1:${port}` },
			use: {
				baseURL: `http://dangan.intranet:${port}`,
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [...CHROMIUM_ARGS, INTRANET]
				}
			}
		}))
	],
	webServer: [
		{
			command: 'npx tsx scripts/serve.ts build 4173',
			url: 'http://127.0.0.1:4173',
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// a fresh service each run: its first admin, its version 1
			command: `rm -rf ${SERVICE.dataDir} && npx tsx scripts/service.ts`,
			url: `http://127.0.0.1:${SERVICE.port}/login`,
			env: {
				DATA_DIR: SERVICE.dataDir,
				PORT: String(SERVICE.port),
				HOST: '127.0.0.1',
				COMPRESS_ASSETS: 'off'
			},
			reuseExistingServer: false,
			timeout: 120_000
		},
		...(withPostgres
			? [
					{
						command: `rm -rf ${CLUSTER.dataDir} && npx tsx scripts/serviceCluster.ts`,
						url: `http://127.0.0.1:${CLUSTER.port}/login`,
						env: { DATA_DIR: CLUSTER.dataDir, PORT: String(CLUSTER.port) },
						reuseExistingServer: false,
						timeout: 180_000
					}
				]
			: [])
	]
});
