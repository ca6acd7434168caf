import { expect, test, type Page } from './fixtures';
import { pngInfo } from '../../src/lib/export/pngDpi';
import { exportFrom, REPORT_PATHS } from './helpers';

test('a chart exports as SVG with its caption, text as text and the font embedded, and as PNG at each preset', async ({
	page
}) => {
	await page.goto('/villages');
	const figure = page.locator('figure[data-chart="coverage"]');

	const svg = await exportFrom(figure, 'SVG（可编辑矢量图，屏幕尺寸）');
	expect(svg.name).toBe('图1_全市村级档案室覆盖率（2023年底）.svg');
	const text = svg.bytes.toString('utf8');
	expect(text).toContain('全市村级档案室覆盖率（2023年底）</text>');
	expect(text).toContain(
		'资料来源：《长沙市档案局先进事迹》（约2023年）；示例数据（随机生成，非真实统计）　统计截至2023年12月31日'
	);
	expect(text).toMatch(/>长沙县<\/text>/);
	expect(text).toMatch(
		/@font-face\{font-family:'Noto Sans SC';font-weight:700;src:url\(data:font\/woff2;base64,/
	);
	const width = Number(/<svg[^>]*width="(\d+)"/.exec(text)![1]);

	const sizes: Record<string, { width: number; dpi: number | null }> = {
		'PNG（屏幕尺寸）': { width, dpi: 96 },
		'PNG（2倍清晰）': { width: width * 2, dpi: 192 },
		'PNG（打印通栏 16 厘米，300 dpi）': { width: 1890, dpi: 300 },
		'PNG（打印半栏 8 厘米，300 dpi）': { width: 945, dpi: 300 }
	};
	for (const [item, expected] of Object.entries(sizes)) {
		const png = await exportFrom(figure, item);
		expect(png.name).toMatch(/^图1_全市村级档案室覆盖率（2023年底）.*\.png$/);
		expect(pngInfo(new Uint8Array(png.bytes))).toMatchObject(expected);
	}
});

/** The smallest type of an exported print-size SVG, in points at the width it states (160mm). */
function smallestPoints(svg: string): { widthMm: number; points: number } {
	const [, widthMm, units] = /<svg[^>]*width="([\d.]+)mm"[^>]*viewBox="0 0 ([\d.]+) /.exec(svg)!;
	const pointsPerUnit = ((Number(widthMm) / 25.4) * 72) / Number(units);
	const sizes = [...svg.matchAll(/font-size(?::|=")([\d.]+)/g)].map((m) => Number(m[1]));
	return { widthMm: Number(widthMm), points: Math.min(...sizes) * pointsPerUnit };
}

/** the texts of an exported SVG that stick out of its drawing or its page, as the browser lays them out */
function textOutside(page: Page, svg: string): Promise<string[]> {
	return page.evaluate((markup) => {
		const holder = document.createElement('div');
		holder.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden';
		holder.innerHTML = markup;
		document.body.append(holder);
		const outer = holder.querySelector('svg')!;
		const bounds = [outer, outer.querySelector('svg')!].map((s) => s.getBoundingClientRect());
		const outside = [...outer.querySelectorAll('text')]
			.filter((t) => {
				const box = t.getBoundingClientRect();
				const within = bounds[t.closest('svg') === outer ? 0 : 1];
				return box.width > 0 && (box.left < within.left - 1 || box.right > within.right + 1);
			})
			.map((t) => t.textContent ?? '');
		holder.remove();
		return outside;
	}, svg);
}

for (const path of REPORT_PATHS) {
	test(`${path}: every chart, exported at 16 cm and 8 cm, is drawn for that width with type of 8 pt or more`, async ({
		page
	}) => {
		test.slow();
		await page.goto(path);
		const figures = page.locator('main figure.chart-frame:has(svg.chart-svg)');
		const count = await figures.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const figure = figures.nth(i);
			const onScreen = await figure.locator('svg.chart-svg').first().getAttribute('viewBox');
			for (const [item, widthMm] of [
				['SVG（打印通栏 16 厘米）', 160],
				['SVG（打印半栏 8 厘米）', 80]
			] as const) {
				const svg = (await exportFrom(figure, item)).bytes.toString('utf8');
				const smallest = smallestPoints(svg);
				const name = `${await figure.getAttribute('data-chart')} ${item}`;
				expect(smallest.widthMm, name).toBe(widthMm);
				expect(smallest.points, name).toBeGreaterThanOrEqual(8);
				// drawn again for the width, not the screen drawing scaled down
				expect(/<svg[^>]*?viewBox="([^"]+)" aria-label/.exec(svg)?.[1], name).not.toBe(onScreen);
				expect(await textOutside(page, svg), name).toEqual([]);
			}
		}
		// the drawings made for export are gone from the page again
		await expect(page.locator('.chart-stage')).toHaveCount(0);
	});
}

/**
 * What the clipboard holds, pasted into a text box as a reader would: on an intranet's plain http
 * the page has no `navigator.clipboard` to read it with.
 */
async function pasted(page: Page): Promise<string> {
	const box = page.locator('#paste-here');
	if ((await box.count()) === 0)
		await page.evaluate(() =>
			document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste-here' }))
		);
	await box.fill('');
	await box.focus();
	await page.keyboard.press('Control+V');
	return box.inputValue();
}

test('a chart’s data downloads as CSV for Excel and as .xlsx, and its data and 文字解读 copy on an intranet’s plain http', async ({
	page
}) => {
	await page.goto('/villages');
	expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
	const figure = page.locator('figure[data-chart="coverage"]');

	const csv = await exportFrom(figure, '数据（CSV）');
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(csv.bytes.toString('utf8')).toContain('长沙县');
	const xlsx = await exportFrom(figure, '数据（Excel）');
	expect(xlsx.name.endsWith('.xlsx')).toBe(true);
	expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');

	await figure.locator('summary').click();
	await figure.getByRole('button', { name: '复制数据' }).click();
	await expect(figure.getByRole('status')).toHaveText('已复制');
	const copied = await pasted(page);
	expect(copied.split('\n')[0].split('\t').length).toBeGreaterThan(1);
	expect(copied).toContain('长沙县');

	const summary = (await figure.locator('.chart-summary span').textContent())!;
	await figure
		.getByRole('button', { name: /复制文字解读/ })
		.last()
		.click();
	await expect.poll(() => pasted(page)).toBe(summary);
	expect(summary).toMatch(/^2023年底，全市村级档案室覆盖率为/);
});
