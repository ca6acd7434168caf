import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { engineReady, exportFrom } from './helpers';

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
	const svg = (await exportFrom(figure, 'SVG（可编辑矢量图，屏幕尺寸）')).bytes.toString('utf8');
	// the light theme's ink and type size, not the projector's, and the screen keeps its theme
	expect(svg).toContain('fill:rgb(31, 41, 51)');
	expect(svg).toContain('font-size:12px');
	expect(svg).not.toContain('font-size:15px');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');

	await page.getByTestId('theme-select').selectOption('light');
	await page.reload();
	expect(await rootSize()).toBe(16);
});

test('each KPI with a target says where it stands (达标/接近/滞后) and when its pace reaches it, with the rule shown', async ({
	page
}) => {
	await page.goto('/');
	const statuses = page.getByTestId('kpi-status');
	await expect(statuses).toHaveCount(4);
	for (const text of await statuses.allTextContents()) {
		expect(text).toMatch(
			/^(达标|接近，按近三年增幅约\d{4}年达到|滞后，按近三年增幅(约\d{4}年达到|无法达到))$/
		);
	}
	await expect(page.locator('.kpi-rule')).toContainText(
		'接近：按近三年平均增幅可在目标年或之前达到'
	);
	// 37.3% against a 35.0% target
	await expect(page.locator('[data-kpi="excellent_rate"] [data-testid="kpi-status"]')).toHaveText(
		'达标'
	);
});

test('the dark theme: light text on a dark page, kept across a reload, no serious contrast failure; exports stay light', async ({
	page
}) => {
	await page.goto('/assessment');
	await page.getByTestId('theme-select').selectOption('dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const colours = await page.evaluate(() => ({
		ink: getComputedStyle(document.body).color,
		paper: getComputedStyle(document.documentElement).backgroundColor,
		frame: getComputedStyle(document.querySelector('figure.chart-frame')!).backgroundColor
	}));
	expect(colours).toEqual({
		ink: 'rgb(228, 231, 235)',
		paper: 'rgb(15, 22, 29)',
		frame: 'rgb(20, 29, 38)'
	});
	await engineReady(page);
	const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
	expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);

	const figure = page.locator('figure[data-chart="grade-distribution"]');
	const svg = (await exportFrom(figure, 'SVG（可编辑矢量图，屏幕尺寸）')).bytes.toString('utf8');
	expect(svg).toContain('fill:rgb(31, 41, 51)');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
