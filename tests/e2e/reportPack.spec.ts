import { readFileSync } from 'node:fs';
import { expect, test, type Download } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { pngInfo } from '../../src/lib/export/pngDpi';
import { engineReady } from './helpers';

test('the 2023 report pack: a zip of every chart, a Word section and a deck, whose figures match the dashboard', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/villages');
	await engineReady(page);
	const narrative = await page
		.locator('figure[data-chart="coverage"] .chart-summary span')
		.textContent();

	const downloads: Download[] = [];
	page.on('download', (d) => downloads.push(d));
	await page.getByRole('button', { name: '报告包' }).click();
	const dialog = page.getByRole('dialog', { name: '生成报告包' });
	await expect(dialog.getByTestId('report-year')).toHaveValue('2023');
	await dialog.getByRole('button', { name: '生成', exact: true }).click();
	await expect(dialog.getByRole('status')).toContainText('已生成', { timeout: 90_000 });
	await expect(page).toHaveURL(/\/villages$/);
	expect(downloads.map((d) => d.suggestedFilename())).toEqual([
		'2023年长沙市档案事业发展情况_图表包.zip',
		'2023年长沙市档案事业发展情况.docx',
		'2023年长沙市档案事业发展情况.pptx'
	]);
	const [zip, docx, pptx] = await Promise.all(
		downloads.map(async (d) => unzipSync(new Uint8Array(readFileSync(await d.path()))))
	);

	const names = Object.keys(zip);
	const pngs = names.filter((n) => n.endsWith('.png'));
	expect(pngs.length).toBeGreaterThanOrEqual(10);
	expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(pngs.length);
	expect(names).toContain('目录.txt');
	for (const name of pngs) expect(pngInfo(zip[name])).toMatchObject({ width: 1890, dpi: 300 });
	const contents = strFromU8(zip['目录.txt']);
	expect(contents).toContain(`文字解读：${narrative}`);
	// a byte-order mark, so Notepad on Chinese Windows reads it as UTF-8 (the decoder drops it)
	expect([...zip['目录.txt'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(contents).toMatch(/^2023年长沙市档案事业发展情况（统计截至2023年12月31日）/);

	const document = strFromU8(docx['word/document.xml']);
	const texts = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
		.map((m) => m[1])
		.join('\n');
	// a 公文-style chapter: the issuing unit, numbered sections in order, no Word-blue headings
	expect(texts).toMatch(/长沙市档案局\u3000\d{4}年\d{1,2}月\d{1,2}日/);
	const sections = [...texts.matchAll(/^([一二三四五])、(.+)$/gm)].map((m) => `${m[1]}、${m[2]}`);
	expect(sections).toEqual([
		'一、主要指标',
		'二、总体情况',
		'三、档案工作考核',
		'四、馆藏数字化与数字档案馆建设',
		'五、村级档案室建设'
	]);
	expect(document).not.toMatch(/w:pStyle w:val="Heading/);
	// each section's parts numbered （一）（二）… from one again in every section
	const parts = [...texts.matchAll(/^（([一二三四五六七八九])）/gm)].map((m) => m[1]);
	expect(parts.length).toBeGreaterThanOrEqual(pngs.length);
	expect(parts.filter((p) => p === '一').length).toBe(sections.length - 1);
	// the KPI card on the overview says 55.2%: the Word table says the same, with its target status
	expect(document).toMatch(/村级档案室覆盖率<\/w:t>.*?55\.2%/);
	expect(texts).toMatch(/^(达标|接近|滞后)$/m);
	expect(document).toContain(narrative!);
	// 表N above each table, whole: the league table's 51 units, rank changes with ▲▼
	const tableCaptions = [
		...document.matchAll(/表(\d+)\u3000[^<]*<\/w:t>(?:(?!<w:tbl>).)*?<w:tbl>/gs)
	];
	expect(tableCaptions.map((m) => Number(m[1]))).toEqual(
		Array.from({ length: tableCaptions.length }, (_, i) => i + 1)
	);
	expect(tableCaptions.length).toBeGreaterThanOrEqual(2);
	expect(texts).toMatch(/^▲\d+$/m);
	expect(texts).toMatch(/^▼\d+$/m);
	// every picture within the text area (156 × 225 mm), at the size it was drawn for (type in points)
	const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => [
		Number(m[1]) / 36000,
		Number(m[2]) / 36000
	]);
	expect(extents.length).toBeGreaterThanOrEqual(pngs.length);
	for (const [width, height] of extents) {
		expect(width).toBeLessThanOrEqual(156);
		expect(height).toBeLessThanOrEqual(225);
	}
	// the criteria heatmap is taller than a page: it goes on in parts, and says so
	expect(texts).toMatch(/图\d+\u3000.*（续）/);
	expect(strFromU8(docx['word/footer1.xml'])).toContain('PAGE');

	// the deck is /present's, slide for slide: the message titles, the attention slide, 16:9
	const slides = Object.keys(pptx).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
	expect(slides.length).toBeGreaterThanOrEqual(6);
	const deckText = slides.map((n) => strFromU8(pptx[n])).join('');
	expect(deckText).toMatch(/2023年考核优秀率\d+\.\d%，较上年/);
	expect(deckText).toContain('需要关注');
	expect(deckText).toContain('55.2%');
	expect(strFromU8(pptx['ppt/presentation.xml'])).toContain('cx="12192000" cy="6858000"');
});
