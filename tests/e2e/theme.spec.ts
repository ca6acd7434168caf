import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the projector theme: larger black type, kept across a reload; chart exports stay light', async ({
	page
}) => {
	await page.goto('/villages');
	const rootSize = () =>
		page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	expect(await rootSize()).toBe(16);
	await page.getByTestId('theme-select').selectOption('projector');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
	expect(await rootSize()).toBe(20);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
	await expect(page.getByTestId('theme-select')).toHaveValue('projector');
	const ink = await page.evaluate(() => getComputedStyle(document.body).color);
	expect(ink).toBe('rgb(0, 0, 0)');

	const figure = page.locator('figure[data-chart="coverage"]');
	await figure.locator('summary').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'SVG（可编辑矢量图）' }).click()
	]);
	const svg = readFileSync(await download.path(), 'utf8');
	// the light theme's ink and type size, not the projector's, and the screen keeps its theme
	expect(svg).toContain('fill:rgb(31, 41, 51)');
	expect(svg).toContain('font-size:12px');
	expect(svg).not.toContain('font-size:15px');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');

	await page.getByTestId('theme-select').selectOption('light');
	await page.reload();
	expect(await rootSize()).toBe(16);
});
