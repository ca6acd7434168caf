import { defineConfig } from '@playwright/test';

/** where the service under test keeps its state: the tests read the first admin's password there */
export const SERVICE_DATA_DIR = '/tmp/dashboard-e2e-service';
export const SERVICE_PORT = 4174;

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
 * static site served on 127.0.0.1 as an intranet web server would serve the build folder, and the
 * service as an intranet host serves it, plain http under a host name (not a secure context).
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
			use: { baseURL: 'http://127.0.0.1:4173' }
		},
		{
			name: 'service',
			testMatch: 'service/**/*.spec.ts',
			use: {
				baseURL: `http://dangan.intranet:${SERVICE_PORT}`,
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP dangan.intranet 127.0.0.1']
				}
			}
		}
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
			command: `rm -rf ${SERVICE_DATA_DIR} && npx tsx scripts/service.ts`,
			url: `http://127.0.0.1:${SERVICE_PORT}/login`,
			env: {
				DATA_DIR: SERVICE_DATA_DIR,
				PORT: String(SERVICE_PORT),
				HOST: '127.0.0.1',
				COMPRESS_ASSETS: 'off'
			},
			reuseExistingServer: false,
			timeout: 120_000
		}
	]
});
