import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Browser, Download, Locator, Page } from '@playwright/test';

/**
 * A page's scripts load after its first paint (no module preloads), so its `load` event comes
 * before it can answer a click: every page of a test's context waits for the layout to say it has
 * hydrated (`data-hydrated`) after a `goto` or `reload` that waits for `load` (the default).
 */
export function waitForHydration(page: Page): void {
	for (const method of ['goto', 'reload'] as const) {
		const original = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>;
		page[method] = (async (...args: unknown[]) => {
			const response = await original(...args);
			const options = args.find((a) => typeof a === 'object' && a !== null) as
				{ waitUntil?: string } | undefined;
			if ((options?.waitUntil ?? 'load') === 'load')
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			return response;
		}) as Page[typeof method];
	}
}

export const test = base.extend({
	context: async ({ context }, use) => {
		context.on('page', waitForHydration);
		await use(context);
	}
});
