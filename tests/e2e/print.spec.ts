import { expect, test } from '@playwright/test';
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
