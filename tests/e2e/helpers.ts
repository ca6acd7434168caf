import { expect, type Page } from '@playwright/test';

export const VIEWS = ['/', '/assessment', '/digitization', '/villages'] as const;

/** Collects what must never happen: console errors, uncaught errors, requests to any other host. */
export function watch(page: Page) {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) {
			problems.push(`external request: ${r.url()}`);
		}
	});
	return problems;
}

export async function engineReady(page: Page) {
	await expect(page.locator('.engine')).toHaveText('交互查询引擎已就绪', { timeout: 30_000 });
}
