import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from './fixtures';

import { VIEWS as ALL_VIEWS, REPORT_VIEWS } from '../../src/lib/views/viewList';

/** the views that chart the statistics (the data page and the deck have their own tests) */
export const VIEWS = ALL_VIEWS.filter((v) => v.id !== 'data' && v.id !== 'present').map(
	(v) => v.path
);
/** the views the report pack collects: the figures of the annual report */
export const REPORT_PATHS = REPORT_VIEWS.map((v) => v.path);
/** the views chosen by year, with filters of their own in the URL */
export const YEAR_PATHS = ALL_VIEWS.filter((v) => 'tables' in v).map((v) => v.path);
/** every view a leader may be shown */
export const LEADER_PATHS = ALL_VIEWS.filter((v) => 'ahead' in v).map((v) => v.path);

/** Collects what must never happen: console errors, uncaught errors, requests to any other host. */
export function watch(page: Page) {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	const own = new URL(test.info().project.use.baseURL!).host;
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.host !== own && url.protocol.startsWith('http')) {
			problems.push(`external request: ${r.url()}`);
		}
	});
	return problems;
}

export async function engineReady(page: Page) {
	await expect(page.locator('[data-engine="ready"]')).toBeAttached({ timeout: 30_000 });
}

/** A chart's export menu item, downloaded: its file name and bytes. */
export async function exportFrom(
	figure: Locator,
	item: string
): Promise<{ name: string; bytes: Buffer }> {
	await figure.locator('summary').click();
	const [download]: [Download, void] = await Promise.all([
		figure.page().waitForEvent('download'),
		figure.getByRole('button', { name: item }).click()
	]);
	return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The questions a view asked ahead of a choice (its `query-prefetch` measures), oldest first. */
export function askedAhead(page: Page): Promise<Record<string, string | null>[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByName('query-prefetch')
			.map((m) => (m as PerformanceMeasure).detail as Record<string, string | null>)
	);
}
