/** `npm run screenshot`: the README's picture of the overview, from the built site in Chromium. */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './staticServer.ts';

const { server, url } = await serveStatic(resolve('build'));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`${url}/`);
	await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0);
	await page.screenshot({ path: 'tests/screenshots/overview.png' });
	console.log('tests/screenshots/overview.png');
} finally {
	await browser.close();
	server.close();
}
