import { expect, test } from './fixtures';
import { VIEWS } from './helpers';

for (const path of VIEWS) {
	test(`${path} prints on A4 without navigation or tools, each chart kept whole, with the print date`, async ({
		page
	}) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.app-header nav')).toBeHidden();
		await expect(page.locator('.chart-tools').first()).toBeHidden();
		await expect(page.locator('.print-stamp')).toContainText(/打印于\d{4}年\d{1,2}月\d{1,2}日/);
		const frames = page.locator('figure.chart-frame');
		expect(await frames.count()).toBeGreaterThan(0);
		for (const frame of await frames.all()) {
			expect(await frame.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
		}
		const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
		// A4 in points (595 × 842), from the stylesheet's @page rule
		expect(pdf).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
		const pages = pdf.match(/\/Type \/Page\b/g)?.length ?? 0;
		expect(pages).toBeGreaterThan(0);
	});
}

test('a printed chart is drawn for the A4 column, its type 8 pt or more; /villages prints every village, without search or pager', async ({
	page
}) => {
	await page.goto('/villages');
	const uncovered = page.locator('figure[data-chart="uncovered"]');
	await expect(uncovered.locator('tbody tr')).toHaveCount(15);
	const onScreen = await page
		.locator('figure.chart-frame svg.chart-svg')
		.first()
		.getAttribute('viewBox');
	// the A4 column between the margins (186 mm), as the printed page lays it out
	await page.setViewportSize({ width: 703, height: 1000 });
	await page.emulateMedia({ media: 'print' });
	const chart = page.locator('figure.chart-frame svg.chart-svg').first();
	await expect(chart).not.toHaveAttribute('viewBox', onScreen!);
	// the drawing's smallest type in points, at the width it is printed (CSS pixels of 0.75 pt)
	const smallest = await chart.evaluate((svg: SVGSVGElement) => {
		const perUnit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		const sizes = [...svg.querySelectorAll('text')].map((t) =>
			parseFloat(getComputedStyle(t).fontSize)
		);
		return Math.min(...sizes) * perUnit * 0.75;
	});
	expect(smallest).toBeGreaterThanOrEqual(8);
	for (const hidden of ['.table-search', '.table-page', '.drill-hint'])
		for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
	const villages = await uncovered.locator('.table-note').textContent();
	const total = Number(/共(\d+)行/.exec(villages ?? '')?.[1]);
	expect(total).toBeGreaterThan(15);
	await expect(uncovered.locator('tbody tr')).toHaveCount(total);
	await page.emulateMedia({ media: 'screen' });
	await expect(uncovered.locator('tbody tr')).toHaveCount(15);
});
