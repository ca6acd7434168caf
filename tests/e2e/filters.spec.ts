import { expect, test, type Page } from './fixtures';
import { askedAhead, engineReady, watch, YEAR_PATHS } from './helpers';

test('overview: a year change lives in the URL and survives a reload', async ({ page }) => {
	const problems = watch(page);
	await page.goto('/');
	const coverage = page.locator('[data-kpi="village_coverage"] .kpi-value');
	await expect(coverage).toHaveText('55.2%');
	await page.getByTestId('year-select').selectOption('2022');
	await expect(page).toHaveURL(/\?year=2022$/);
	await expect(page.locator('h1')).toHaveText('2022年档案事业发展总览');
	await expect(coverage).not.toHaveText('55.2%');
	const coverage2022 = await coverage.textContent();
	await page.reload();
	await expect(page.locator('h1')).toHaveText('2022年档案事业发展总览');
	await expect(coverage).toHaveText(coverage2022!);
	await page.getByTestId('year-select').selectOption('2023');
	await expect(page).toHaveURL(/\/$/);
	await expect(coverage).toHaveText('55.2%');
	expect(problems).toEqual([]);
});

test('a year chosen before the page comes alive (a slow PC) is not lost to hydration', async ({
	page
}) => {
	let release: () => void = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.getByTestId('year-select').selectOption('2022');
	release();
	await expect(page).toHaveURL(/\?year=2022$/);
	await expect(page.locator('h1')).toHaveText('2022年档案事业发展总览');
});

test('villages: drill from the city to a county, a township and its villages, and back', async ({
	page
}) => {
	await page.goto('/villages');
	await engineReady(page);
	await page
		.locator('figure[data-chart="coverage"] [role="button"]', { hasText: '长沙县' })
		.click();
	await expect(page).toHaveURL(/county=430121/);
	await expect(page.locator('figure[data-chart="coverage"] h3')).toContainText(
		'长沙县村级档案室覆盖率'
	);
	await page.getByTestId('township-select').selectOption({ label: '黄花镇' });
	await expect(page).toHaveURL(/township=430121105/);
	const list = page.locator('figure[data-chart="village-list"]');
	await expect(list.locator('tbody tr')).toHaveCount(19);
	await page.reload();
	await expect(list.locator('tbody tr')).toHaveCount(19);
	await page.getByRole('button', { name: '全市' }).click();
	await expect(page).toHaveURL(/\/villages$/);
});

test('villages: the uncovered list downloads as a CSV for Excel', async ({ page }) => {
	await page.goto('/villages?county=430181');
	await engineReady(page);
	const title = page.locator('figure[data-chart="uncovered"] h3');
	await expect(title).toContainText('浏阳市尚未建成村级档案室的村（社区）');
	const total = Number((await title.textContent())!.match(/（(\d+)个）/)![1]);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-uncovered').click()
	]);
	expect(download.suggestedFilename()).toBe('未建村级档案室名单-浏阳市-2023.csv');
	const text = (await (await download.createReadStream()).toArray()).join('');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(text.trim().split('\r\n')).toHaveLength(total + 1);
	expect(326 - 138).toBeGreaterThanOrEqual(total);
});

test('assessment: sector and unit filters round-trip through the URL', async ({ page }) => {
	await page.goto('/assessment');
	await engineReady(page);
	await page.getByTestId('sector-select').selectOption('市属企业');
	await expect(page).toHaveURL(/sector=/);
	const league = page.locator('figure[data-chart="league-table"] tbody tr');
	await expect(league).toHaveCount(12);
	await league.first().click();
	await expect(page).toHaveURL(/unit=/);
	await expect(page.locator('figure[data-chart="unit-history"] svg')).toBeVisible();
	await page.reload();
	await expect(league).toHaveCount(12);
	await expect(page.locator('figure[data-chart="unit-history"] svg')).toBeVisible();
});

test('with the wasm blocked the prerendered figures stay and the page says why filters are off', async ({
	page
}) => {
	await page.route('**/*.wasm', (route) => route.abort());
	await page.goto('/digitization');
	await expect(page.locator('[role="alert"]')).toContainText('本浏览器未能启动查询');
	await expect(page.locator('figure[data-chart="archive-stages"]')).toContainText('95.79');
});

for (const path of YEAR_PATHS) {
	test(`${path}: the year lives in the URL and a reload restores it`, async ({ page }) => {
		await page.goto(path);
		await engineReady(page);
		await page.getByTestId('year-select').selectOption('2021');
		await expect(page).toHaveURL(/year=2021/);
		await expect(page.locator('h1')).toContainText('2021年');
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		const figures = await page.locator('figure.chart-frame h3').allTextContents();
		expect(figures.join(' ')).toContain('2021');
		await page.reload();
		await expect(page.locator('h1')).toContainText('2021年');
		await expect(page.getByTestId('year-select')).toHaveValue('2021');
	});
}

test('digitization: a click on an archive focuses the other charts, lives in the URL and clears from its chip', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/digitization');
	await engineReady(page);
	const copies = page.locator('figure[data-chart="digital-copies"]');
	await expect(copies.locator('h3')).toContainText('全市数字化副本容量');
	const holdings = page.locator('figure[data-chart="holdings"]');
	const archive = holdings.locator('[role="button"]').nth(1);
	const name = (await archive.locator('text').first().textContent())!;
	await archive.click();
	await expect(page).toHaveURL(/archive=/);
	await expect(copies.locator('h3')).toContainText(`${name}数字化副本容量`);
	await expect(copies.locator('.chart-summary, p').first()).toBeVisible();
	await expect(page.locator('figure[data-chart="pace"] tr[aria-selected="true"]')).toContainText(
		name
	);
	await expect(page.getByTestId('filter-chips')).toContainText(`档案馆：${name}`);
	await page.reload();
	await expect(copies.locator('h3')).toContainText(`${name}数字化副本容量`);
	// the pace table is the other way in; clicking the chosen archive again lets it go
	await page.locator('figure[data-chart="pace"] tr[aria-selected="true"]').click();
	await expect(page).not.toHaveURL(/archive=/);
	await page.locator('figure[data-chart="pace"] tbody tr').first().click();
	await expect(page).toHaveURL(/archive=/);
	await page
		.getByTestId('filter-chips')
		.getByRole('button', { name: /清除筛选/ })
		.click();
	await expect(page).not.toHaveURL(/archive=/);
	await expect(copies.locator('h3')).toContainText('全市数字化副本容量');
	expect(problems).toEqual([]);
});

test('assessment: the sector and unit chosen show as chips; “全部清除” clears both', async ({
	page
}) => {
	await page.goto('/assessment');
	await engineReady(page);
	await page.getByTestId('sector-select').selectOption('市直机关');
	await page.locator('figure[data-chart="league-table"] tbody tr').first().click();
	const chips = page.getByTestId('filter-chips');
	await expect(chips).toContainText('类别：市直机关');
	await expect(chips).toContainText('单位：');
	// the breadcrumb goes back one level: from the unit to its sector
	const crumbs = page.locator('nav.breadcrumbs');
	await expect(crumbs.getByRole('button')).toHaveText(['全部类别', '市直机关']);
	await crumbs.getByRole('button', { name: '市直机关' }).click();
	await expect(page).not.toHaveURL(/unit=/);
	await expect(crumbs.locator('[aria-current="page"]')).toHaveText('市直机关');
	await page.locator('figure[data-chart="league-table"] tbody tr').first().click();
	await chips.getByRole('button', { name: '全部清除' }).click();
	await expect(page).not.toHaveURL(/sector=|unit=/);
	await expect(chips).toHaveCount(0);
});

test('a chart’s data table searches and pages', async ({ page }) => {
	await page.goto('/villages?county=430121');
	await engineReady(page);
	const uncovered = page.locator('figure[data-chart="uncovered"]');
	await expect(uncovered.locator('tbody tr')).toHaveCount(15);
	await expect(uncovered.locator('.table-page')).toContainText('第 1 /');
	await uncovered.getByRole('button', { name: '下一页' }).click();
	await expect(uncovered.locator('.table-page')).toContainText('第 2 /');
	const village = (await uncovered.locator('tbody tr td').first().textContent())!;
	await uncovered.getByRole('searchbox').fill(village);
	await expect(uncovered.locator('.table-note')).toContainText('搜索到');
	await expect(uncovered.locator('tbody tr').first()).toContainText(village);
});

test('assessment: a sector’s column filters the other charts; a year’s column chooses the year', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/assessment');
	await engineReady(page);
	await page.locator('figure[data-chart="sector-grades"] [aria-label^="市属企业"]').click();
	await expect(page).toHaveURL(/sector=%E5%B8%82%E5%B1%9E%E4%BC%81%E4%B8%9A/);
	await expect(page.locator('figure[data-chart="league-table"] tbody tr')).toHaveCount(12);
	await expect(page.locator('figure[data-chart="grade-distribution"] h3')).toContainText(
		'市属企业'
	);
	await page.locator('figure[data-chart="grade-distribution"] [aria-label^="2021"]').click();
	await expect(page).toHaveURL(/year=2021/);
	await expect(page.locator('h1')).toContainText('2021年');
	expect(problems).toEqual([]);
});

test('a link to an area, unit or archive the data does not hold says so and shows what it does hold', async ({
	page
}) => {
	const problems = watch(page);
	const said = page.getByRole('alert');
	await page.goto('/explore?county=430124');
	await expect(said).toHaveText('链接中的区划代码 430124 不在数据中，以下为全市。');
	await expect(page.locator('figure svg circle').first()).toBeVisible();
	await page.goto('/villages?county=430121&township=430121999');
	await expect(said).toHaveText('链接中的区划代码 430121999 不在数据中，以下为长沙县。');
	await expect(page.locator('figure[data-chart="coverage"] h3')).toContainText('长沙县');
	await page.goto('/assessment?unit=丁局');
	await expect(said).toHaveText('链接中的单位「丁局」不在考核数据中。');
	await page.goto('/digitization?archive=丁馆');
	await expect(said).toHaveText('链接中的档案馆「丁馆」在2023年的数字化数据中没有记录。');
	expect(problems).toEqual([]);
});

test('villages: a pointer resting on a county’s bar asks for its townships before the click', async ({
	page
}) => {
	await page.goto('/villages');
	await engineReady(page);
	const prefetched = async () => (await askedAhead(page)).map((p) => p.township ?? p.county);
	expect(await prefetched()).toEqual([]);
	const bar = page.locator('figure[data-chart="coverage"] [role="button"]', { hasText: '长沙县' });
	await bar.hover();
	await expect.poll(prefetched).toEqual(['430121']);
	await bar.click();
	await expect(page.locator('figure[data-chart="coverage"] h3')).toContainText(
		'长沙县村级档案室覆盖率'
	);
	// a keyboard reader's focus asks too: here for a township of 长沙县
	await page.mouse.move(0, 0);
	const township = page.locator('figure[data-chart="coverage"] [role="button"]').last();
	const before = (await prefetched()).length;
	await township.focus();
	await expect
		.poll(async () => (await prefetched()).slice(before))
		.toEqual([expect.stringMatching(/^430121\d{3}$/)]);
});

test('a past year shows each village as it stood then: accepted in 2022, it reads 尚未验收 in 2021', async ({
	page
}) => {
	await page.goto('/villages?county=430121&year=2021');
	await engineReady(page);
	const uncovered = page.locator('figure[data-chart="uncovered"]');
	await expect(uncovered.locator('thead')).toContainText('状态（2021年底）');
	await uncovered.getByRole('searchbox').fill('金茂路社区');
	const row = uncovered.locator('tbody tr', { hasText: '金茂路社区' });
	await expect(row).toContainText('尚未验收');
	await expect(row).not.toContainText('验收通过');
	await expect(row).not.toContainText('2022');

	await page.getByTestId('year-select').selectOption('2022');
	await expect(uncovered.locator('thead')).toContainText('状态（2022年底）');
	await uncovered.getByRole('searchbox').fill('金茂路社区');
	await expect(uncovered.locator('tbody tr', { hasText: '金茂路社区' })).toHaveCount(0);
});

test('a past year shows the stages each digital archive had reached by then', async ({ page }) => {
	await page.goto('/digitization?year=2019');
	await engineReady(page);
	const stages = page.locator('figure[data-chart="archive-stages"]');
	await stages.getByRole('button', { name: '数据表' }).click();
	await expect(stages.locator('tbody')).not.toContainText('全国示范');
	await page.getByTestId('year-select').selectOption('2020');
	await expect(stages.locator('tbody')).toContainText('全国示范');
});

/** a slow intranet link: the engine's wasm is held back until the test lets it go */
async function holdEngine(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/*.wasm', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('a year chosen before the engine is ready is shown at once, as the engine then answers', async ({
	page
}) => {
	const release = await holdEngine(page);
	await page.goto('/');
	const value = page.locator('[data-kpi="village_coverage"] .kpi-value');
	const latest = await value.textContent();
	await page.getByTestId('year-select').selectOption('2021');
	await expect(page.locator('h1')).toContainText('2021年');
	await expect(value).not.toHaveText(latest!);
	const early = await value.textContent();
	await expect(page.getByTestId('engine-waiting')).toHaveCount(0);
	await expect(page.locator('.engine')).not.toHaveText('交互查询引擎已就绪');

	release();
	await engineReady(page);
	await expect(page.locator('h1')).toContainText('2021年');
	await expect(value).toHaveText(early!);
});

test('a choice not rendered ahead, made before the engine is ready: the page says it waits, then shows it', async ({
	page
}) => {
	const release = await holdEngine(page);
	await page.goto('/assessment');
	await page.getByTestId('year-select').selectOption('2021');
	await expect(page.locator('h1')).toContainText('2021年');
	await page.getByTestId('sector-select').selectOption('市属企业');
	const waiting = page.getByTestId('engine-waiting');
	await expect(waiting).toContainText('您的选择将在准备好后显示，此前下方仍为2021年的数据');
	await expect(page.locator('main')).toHaveClass(/waiting-engine/);
	const grades = page.locator('figure[data-chart="grade-distribution"]');
	await expect(grades).toContainText('历年考核等次分布（全部类别）');
	release();
	await expect(grades).toContainText('历年考核等次分布（市属企业）', { timeout: 30_000 });
	await expect(waiting).toHaveCount(0);
	await expect(page.locator('main')).not.toHaveClass(/waiting-engine/);
});
