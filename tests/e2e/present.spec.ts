import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { tinyPng } from '../fixtures/tinyPng';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForHydration, type Page } from './fixtures';
import { pngInfo } from '../../src/lib/export/pngDpi';
import { engineReady, watch } from './helpers';

const SLIDES = 6;
const counter = (page: Page) => page.getByTestId('slide-counter');
const shown = (page: Page) => page.locator('section.slide:not([hidden])');

/** the KPI slide's figures, as the room reads them */
async function kpiFigures(page: Page) {
	// keys pressed before hydration are lost: press until the deck answers
	await expect(async () => {
		await page.keyboard.press('Home');
		await page.keyboard.press('PageDown');
		await expect(shown(page)).toHaveAttribute('data-slide', 'kpis', { timeout: 1000 });
	}).toPass();
	return shown(page).locator('.slide-kpi').allInnerTexts();
}

test('the deck is driven by keyboard and clicker keys, the slide in the URL, Esc leaves', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/present');
	await expect(page.locator('header.app-header')).toHaveCount(0);
	await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);
	await expect(shown(page)).toContainText('2023年度档案事业发展情况汇报');
	await expect(shown(page)).toContainText('统计截至2023年12月31日');

	const steps: [string, number][] = [
		['PageDown', 2],
		['ArrowRight', 3],
		[' ', 4],
		['ArrowDown', 5],
		['PageDown', 6],
		['PageDown', 6],
		['PageUp', 5],
		['ArrowLeft', 4],
		['Shift+ ', 3],
		['Home', 1],
		['End', 6]
	];
	for (const [key, slide] of steps) {
		await page.keyboard.press(key === ' ' ? 'Space' : key === 'Shift+ ' ? 'Shift+Space' : key);
		await expect(counter(page)).toHaveText(`${slide} / ${SLIDES}`);
		await expect(page).toHaveURL(new RegExp(`#${slide}$`));
	}
	await expect(shown(page).locator('.slide-topic')).toHaveText('需要关注的问题');
	await expect(shown(page).locator('h2')).toHaveText(/^需要关注：\d+个单位考核不合格或等次下降/);

	// a number and Enter jump; the deck says what was typed
	await page.keyboard.press('3');
	await expect(page.getByText('跳到第3页，按回车确认')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);
	await expect(shown(page).locator('.slide-topic')).toHaveText('档案工作考核');
	await expect(shown(page).locator('h2')).toHaveText(
		/^2023年考核优秀率\d+\.\d%，较上年(提高|下降)\d+\.\d个百分点$/
	);
	await expect(shown(page).locator('svg.chart-svg')).toBeVisible();

	// a reload keeps the slide
	await page.reload();
	await expect(counter(page)).toHaveText(`3 / ${SLIDES}`);

	// B blanks the screen, any slide key brings it back
	await page.keyboard.press('b');
	await expect(page.locator('.deck-blank')).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.locator('.deck-blank')).toHaveCount(0);
	await expect(counter(page)).toHaveText(`4 / ${SLIDES}`);

	// another year comes from DuckDB
	await page.mouse.move(10, 10);
	await page.getByTestId('year-select').selectOption('2021');
	await expect(page).toHaveURL(/year=2021/);
	await page.keyboard.press('Home');
	await expect(shown(page)).toContainText('2021年度档案事业发展情况汇报', { timeout: 30_000 });

	// the cursor hides when the mouse rests
	await expect(page.getByTestId('deck')).toHaveClass(/idle/, { timeout: 5_000 });
	await page.mouse.move(200, 200);
	await expect(page.getByTestId('deck')).not.toHaveClass(/idle/);

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?year=2021$/);
	await expect(page.locator('h1')).toContainText('2021年');
	expect(problems).toEqual([]);
});

test('each KPI on the deck states where it stands against the plan, as the overview does', async ({
	page
}) => {
	await page.goto('/');
	const cards = await page.locator('.kpi-card').allInnerTexts();
	await page.goto('/present');
	const figures = await kpiFigures(page);
	expect(figures).toHaveLength(6);
	for (const [i, card] of cards.entries()) {
		const value = card.split('\n')[1];
		expect(figures[i]).toContain(value);
	}
	await expect(shown(page).getByTestId('kpi-status')).toHaveCount(4);
	// the two KPIs the sample plan sets no target for say so
	await expect(shown(page).getByText('未设规划目标', { exact: true })).toHaveCount(2);
	await expect(shown(page).getByTestId('kpi-status').first()).toHaveText(/^(达标|接近|滞后)/);
	await expect(shown(page)).toContainText('目标状态——达标');
});

for (const [width, height] of [
	[1920, 1080],
	[1024, 768]
]) {
	test(`at ${width}×${height} no slide overflows, and body text is large`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/present');
		await engineReady(page);
		const size = await page
			.getByTestId('deck')
			.evaluate((deck) => parseFloat(getComputedStyle(deck).fontSize));
		expect(size).toBeCloseTo((28 * Math.min(width / 1920, height / 1080)) as number, 0);
		for (let i = 1; i <= SLIDES; i++) {
			await expect(counter(page)).toHaveText(`${i} / ${SLIDES}`);
			const overflow = await shown(page).evaluate((slide) => {
				const box = slide.getBoundingClientRect();
				const out = [...slide.querySelectorAll('*')]
					.filter((el) => {
						const r = el.getBoundingClientRect();
						if (r.width === 0 || r.height === 0) return false;
						return (
							r.left < box.left - 1 ||
							r.top < box.top - 1 ||
							r.right > box.right + 1 ||
							r.bottom > box.bottom + 1
						);
					})
					.map((el) => el.className || el.tagName);
				return {
					scroll: slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth,
					out
				};
			});
			expect(overflow, `slide ${i}`).toEqual({ scroll: false, out: [] });
			await page.keyboard.press('PageDown');
		}
	});
}

test('axe finds no serious or critical violation on any slide', async ({ page }) => {
	await page.goto('/present');
	await engineReady(page);
	for (let i = 1; i <= SLIDES; i++) {
		await expect(counter(page)).toHaveText(`${i} / ${SLIDES}`);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(
			serious.map((v) => `slide ${i} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
		await page.keyboard.press('PageDown');
	}
});

test('with the wasm blocked the deck still shows its prerendered figures and says what is missing', async ({
	page
}) => {
	await page.route('**/*.wasm', (route) => route.abort());
	await page.goto('/present');
	await expect(shown(page)).toContainText('2023年度档案事业发展情况汇报');
	await expect(page.getByRole('alert')).toContainText('本浏览器未能启动查询', {
		timeout: 30_000
	});
	await expect(page.getByRole('alert')).toContainText('切换年度和本浏览器导入的数据暂不可用');
	const figures = await kpiFigures(page);
	expect(figures.join(' ')).toMatch(/\d+\.\d%/);
	await page.keyboard.press('PageDown');
	await expect(shown(page).locator('svg.chart-svg rect').first()).toBeVisible();
});

test('a meeting snapshot keeps the deck as shown: imports later do not change it, and its file opens on another machine', async ({
	page,
	browser
}) => {
	await page.goto('/present');
	await engineReady(page);
	const before = await kpiFigures(page);

	await page.getByTestId('snapshot-open').click();
	await page.getByTestId('snapshot-name').fill('11月党组会');
	await page.getByRole('button', { name: '保存快照' }).click();
	await expect(page.getByText('已保存快照“11月党组会”。')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('snapshot-item').getByRole('button', { name: '导出文件' }).click()
	]);
	expect(download.suggestedFilename()).toBe('会议快照_11月党组会.json');
	const file = readFileSync(await download.path(), 'utf8');
	await page.getByRole('button', { name: '关闭' }).click();

	// next month: this year's statistics are imported, and the live deck moves on to 2024
	await page.goto('/data');
	await engineReady(page);
	await page
		.locator('#import-file')
		.setInputFiles('tests/fixtures/imports/2024年市直机关考核结果_GBK.csv');
	await page.getByRole('button', { name: '确认导入 5 行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已导入 2024年' })).toBeVisible();
	await page.goto('/present');
	await expect(shown(page)).toContainText('2024年度', { timeout: 30_000 });
	await expect(shown(page)).toContainText('含本浏览器导入的 1 个文件');

	// the snapshot reopens from the list unchanged
	await page.getByTestId('snapshot-open').click();
	await page.getByTestId('snapshot-item').getByRole('button', { name: '打开' }).click();
	await expect(page.getByTestId('snapshot-banner')).toContainText('11月党组会');
	await expect(shown(page)).toContainText('2023年度档案事业发展情况汇报');
	expect(await kpiFigures(page)).toEqual(before);

	// another machine: a fresh browser, no DuckDB needed, the file opened from the dialog
	const other = await browser.newContext({ locale: 'zh-CN' });
	other.on('page', waitForHydration);
	const second = await other.newPage();
	await second.route('**/*.wasm', (route) => route.abort());
	await second.goto('/present');
	await second.getByTestId('snapshot-open').click();
	await second.getByTestId('snapshot-file').setInputFiles({
		name: '会议快照_11月党组会.json',
		mimeType: 'application/json',
		buffer: Buffer.from(file)
	});
	await expect(second.getByTestId('snapshot-banner')).toContainText('11月党组会');
	expect(await kpiFigures(second)).toEqual(before);

	// a file that is not a snapshot is refused by name
	await second.getByTestId('snapshot-open').click();
	await second.getByTestId('snapshot-file').setInputFiles({
		name: '别的文件.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello": 1}')
	});
	await expect(second.getByRole('alert')).toContainText('“别的文件.json”不是本看板导出的会议快照');
	await other.close();
});

test('the meeting-room screen fits 1920×1080 without scrolling: the six KPIs, the map and two charts, as the overview says', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/');
	const coverage = await page.locator('[data-kpi="village_coverage"] .kpi-value').textContent();
	await page.getByRole('link', { name: '大屏' }).click();
	await expect(page).toHaveURL(/\/screen$/);
	await expect(page.locator('h1')).toHaveText('2023年长沙市档案事业发展');
	await expect(page.locator('.screen-kpis .slide-kpi')).toHaveCount(6);
	await expect(page.locator('[data-kpi="village_coverage"] .slide-kpi-value')).toHaveText(
		coverage!
	);
	await expect(page.locator('.screen-charts svg.chart-svg')).toHaveCount(3);
	const size = await page.evaluate(() => ({
		width: document.documentElement.scrollWidth,
		height: document.documentElement.scrollHeight
	}));
	expect(size).toEqual({ width: 1920, height: 1080 });
	await expect(page.locator('.app-header')).toHaveCount(0);
});

test('the deck shows its keys for a few seconds, not on a slide for good, and again on ?', async ({
	page
}) => {
	await page.clock.install();
	await page.goto('/present');
	const help = page.getByTestId('deck-help');
	await expect(help).toContainText('F 全屏');
	await page.clock.runFor(7000);
	await expect(help).toHaveCount(0);
	await expect(page.locator('.slide:not([hidden])')).not.toContainText('F 全屏');
	await page.keyboard.press('?');
	await expect(help).toContainText('? 显示或隐藏本说明');
	await page.keyboard.press('?');
	await expect(help).toHaveCount(0);
});

test('the downloaded .pptx is the deck, slide for slide, in the theme chosen for it', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/present');
	await engineReady(page);
	await page.mouse.move(10, 10);

	// the theme: a bureau's name, a banner colour and a logo, on the deck at once
	await page.getByTestId('deck-theme-open').click();
	const dialog = page.getByRole('dialog', { name: '幻灯片样式' });
	await dialog.getByTestId('deck-bureau').fill('望城区档案局');
	await dialog.getByTestId('deck-banner').fill('#8a1c1c');
	await dialog.getByTestId('deck-logo').setInputFiles({
		name: '局徽.gif',
		mimeType: 'image/gif',
		buffer: Buffer.from('GIF89a')
	});
	await expect(dialog.getByRole('alert')).toHaveText(
		'文件“局徽.gif”不是 PNG 或 JPEG 图片，未采用。'
	);
	await dialog.getByTestId('deck-logo').setInputFiles({
		name: '局徽.png',
		mimeType: 'image/png',
		buffer: Buffer.from(tinyPng())
	});
	await dialog.getByRole('button', { name: '完成' }).click();
	await page.keyboard.press('Home');
	await expect(shown(page).locator('.title-bureau')).toHaveText('望城区档案局');
	await expect(shown(page).locator('.title-logo')).toBeVisible();
	expect(
		await page.getByTestId('deck').evaluate((d) => getComputedStyle(d).getPropertyValue('--banner'))
	).toBe('#8a1c1c');

	// what each slide says on screen
	const count = Number((await counter(page).textContent())!.split(' / ')[1]);
	const titles: string[] = [];
	for (let i = 1; i <= count; i++) {
		await expect(counter(page)).toHaveText(`${i} / ${count}`);
		titles.push((await shown(page).locator('h2').first().textContent())!.trim());
		await page.keyboard.press('PageDown');
	}
	expect(titles.some((t) => t.startsWith('需要关注'))).toBe(true);

	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByTestId('deck-pptx').click()
	]);
	expect(download.suggestedFilename()).toBe('2023年度档案事业发展情况汇报.pptx');
	const pptx = unzipSync(new Uint8Array(readFileSync(await download.path())));
	const slideText = (n: number) =>
		[...strFromU8(pptx[`ppt/slides/slide${n}.xml`]).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
			.map((m) => m[1])
			.join('');
	expect(Object.keys(pptx).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(
		count
	);
	titles.forEach((title, i) => expect(slideText(i + 1)).toContain(title));
	expect(slideText(1)).toContain('望城区档案局');
	expect(strFromU8(pptx['ppt/slides/slide3.xml'])).toContain('8A1C1C');
	// the three area charts, drawn for the slide, and the logo
	const media = Object.keys(pptx).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
	expect(media.length).toBeGreaterThanOrEqual(4);
	for (const name of media.filter((n) => pptx[n].length > 1000)) {
		expect(pngInfo(pptx[name]).dpi).toBe(300);
	}
	// each area chart's smallest text (10 drawing units, drawn at the deck's 14 pt per 12 units)
	// as placed on the slide: 8 pt or more, even where a tall chart is shrunk to fit its box
	for (const n of [3, 4, 5]) {
		const xml = strFromU8(pptx[`ppt/slides/slide${n}.xml`]);
		const rels = strFromU8(pptx[`ppt/slides/_rels/slide${n}.xml.rels`]);
		const pictures = [
			...xml.matchAll(
				/<p:pic>.*?r:embed="(rId\d+)".*?<a:ext cx="(\d+)" cy="(\d+)"\/>.*?<\/p:pic>/gs
			)
		].map((m) => ({
			file: `ppt/${new RegExp(`Id="${m[1]}"[^>]*Target="\\.\\./([^"]+)"`).exec(rels)![1]}`,
			widthIn: Number(m[2]) / 914400
		}));
		const chart = pictures.sort((a, b) => b.widthIn - a.widthIn)[0];
		const drawnIn = pngInfo(pptx[chart.file]).width / 300;
		const smallestPt = ((10 * 14) / 12) * (chart.widthIn / drawnIn);
		expect(smallestPt, `slide ${n}`).toBeGreaterThanOrEqual(8);
	}
});
