import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { engineReady, watch } from './helpers';

test('assessment: a bar of the score distribution lists only its units in the league table, and lives in the URL', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/assessment');
	await engineReady(page);
	const league = page.locator('figure[data-chart="league-table"]');
	const all = Number((await league.locator('.table-note').textContent())!.match(/共(\d+)行/)![1]);
	await page
		.locator('figure[data-chart="score-distribution"] [role="button"]', { hasText: '86–88' })
		.click();
	await expect(page).toHaveURL(/scores=86-88/);
	await expect(page.getByTestId('filter-chips')).toContainText('86分–88分');
	const scores = async () =>
		(await league.locator('tbody tr td:nth-child(4)').allTextContents()).map((s) => parseFloat(s));
	await expect(league.locator('tbody tr')).not.toHaveCount(all);
	for (const score of await scores()) {
		expect(score).toBeGreaterThanOrEqual(86);
		expect(score).toBeLessThan(88);
	}
	await page.reload();
	await expect(league.locator('tbody tr').first()).toBeVisible();
	expect((await scores()).every((s) => s >= 86 && s < 88)).toBe(true);
	await page
		.locator('figure[data-chart="score-distribution"] [role="button"]', { hasText: '86–88' })
		.click();
	await expect(page).toHaveURL(/\/assessment$/);
	await expect(league.locator('.table-note')).toContainText(`共${all}行`);
	expect(problems).toEqual([]);
});

test('a trend line leads to its detail: a district’s line on 村级档案室, a point on the explorer’s lines', async ({
	page
}) => {
	await page.goto('/villages');
	await engineReady(page);
	await page
		.locator('figure[data-chart="cumulative"] g.end[role="button"]', { hasText: '长沙县' })
		.click();
	await expect(page).toHaveURL(/county=430121/);
	await expect(page.locator('figure[data-chart="coverage"] h3')).toContainText('长沙县');

	await page.goto('/explore?chart=line');
	await engineReady(page);
	// a click on a point of a line, through the brush laid over the plot
	const point = await page.locator('figure svg.chart-svg circle').first().boundingBox();
	await page.mouse.click(point!.x + point!.width / 2, point!.y + point!.height / 2);
	await expect(page).toHaveURL(/county=\d{6}/);
	await expect(page).toHaveURL(/by=township/);
});

test('digitization: an archive’s line or its name on the stages chart focuses the page on it', async ({
	page
}) => {
	await page.goto('/digitization');
	await engineReady(page);
	const stageName = (name: string) =>
		page.locator('figure[data-chart="archive-stages"] text[role="button"]', { hasText: name });
	await stageName('长沙市档案馆').click();
	await expect(page.getByTestId('filter-chips')).toContainText('长沙市档案馆');
	// the stages chart now shows that archive alone; its name again clears the focus
	await expect(page.locator('figure[data-chart="archive-stages"] text[role="button"]')).toHaveCount(
		1
	);
	await stageName('长沙市档案馆').click();
	await expect(page.getByTestId('filter-chips')).toHaveCount(0);
	await page
		.locator('figure[data-chart="archive-rates"] g.end[role="button"]', { hasText: '浏阳市档案馆' })
		.click();
	await expect(page.getByTestId('filter-chips')).toContainText('浏阳市档案馆');
	await expect(page.locator('figure[data-chart="digital-copies"] h3')).toContainText(
		'浏阳市档案馆'
	);
});

test('overview: a KPI card opens its view; a district’s tile opens the detail of the measure mapped', async ({
	page
}) => {
	await page.goto('/');
	await engineReady(page);
	await page.locator('[data-kpi="average_score"]').click();
	await expect(page).toHaveURL(/\/assessment$/);
	await page.goto('/?year=2022');
	await expect(page.locator('h1')).toHaveText('2022年档案事业发展总览');
	await page.locator('[data-kpi="village_coverage"]').click();
	await expect(page).toHaveURL(/\/villages\?year=2022$/);

	await page.goto('/');
	await engineReady(page);
	await page.getByLabel('地图指标').selectOption('digitization_rate');
	await page
		.locator('figure[data-chart="district-map"] [role="button"]', { hasText: '长沙县' })
		.click();
	await expect(page).toHaveURL(/\/explore\?measure=digitization_rate&by=archive&county=430121/);
	await expect(page.locator('figure h3').first()).toContainText('馆藏数字化率');
});

test('the data page’s tables sort and export what they show', async ({ page }) => {
	await page.goto('/data');
	await engineReady(page);
	const inventory = page.locator('section[aria-labelledby="inventory-heading"]');
	await inventory.getByRole('button', { name: '行数' }).click();
	await inventory.getByRole('button', { name: '行数' }).click();
	await expect(inventory.locator('tbody tr').first()).toContainText('assessment_items');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		inventory.getByRole('button', { name: '导出此表（CSV）' }).click()
	]);
	expect(download.suggestedFilename()).toBe('已载入的数据.csv');
	const lines = readFileSync(await download.path(), 'utf8')
		.trim()
		.split('\r\n');
	expect(lines[0]).toContain('表,行数,年度,数据性质,来源文件');
	expect(lines[1]).toMatch(/^考核细项得分 assessment_items,2856,/);
	expect(lines).toHaveLength(11);
});
