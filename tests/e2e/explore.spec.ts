import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { askedAhead, engineReady, watch } from './helpers';

const figure = (page: Page) => page.locator('figure[data-chart="explore"]');

test('a planner finds the municipal units that fell a grade two years in a row, and sends the link', async ({
	page,
	context
}) => {
	const problems = watch(page);
	await page.goto('/explore');
	await engineReady(page);
	await page.getByTestId('measure-select').selectOption({ label: '考核等次连续下降年数' });
	await expect(page).toHaveURL(/measure=fall_streak/);
	await expect(page.getByTestId('by-select')).toHaveValue('unit');
	await page.getByTestId('sector-select').selectOption('市直机关');
	await page.getByTestId('min-input').fill('2');
	await page.getByTestId('min-input').press('Enter');
	await page.getByRole('button', { name: '表格', exact: true }).click();
	await expect(page).toHaveURL(/min=2/);
	const rows = figure(page).locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('市城市管理和综合执法局');
	await expect(rows.nth(1)).toContainText('市文化旅游广电局');
	await expect(rows.nth(0)).toContainText('2022年');
	// the 文字解读 reads each unit at its latest row, 2022, not the empty last year of the range
	await expect(figure(page).locator('.chart-summary')).toContainText(
		'2022年考核等次连续下降年数（共2个单位）：市城市管理和综合执法局2'
	);

	// the link opens on the same answer in another browser tab, before and after DuckDB answers
	const shared = await context.newPage();
	await shared.goto(page.url());
	await engineReady(shared);
	await expect(figure(shared).locator('tbody tr')).toHaveCount(2);
	await expect(shared.getByTestId('sector-select')).toHaveValue('市直机关');
	await expect(shared.getByTestId('min-input')).toHaveValue('2');
	expect(problems).toEqual([]);
});

test('a planner reads when 宁乡市 covers every village at this pace, and drills to its villages', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/explore');
	await engineReady(page);
	await page.getByTestId('measure-select').selectOption({ label: '按近三年速度实现全覆盖的年份' });
	await page.getByTestId('county-select').selectOption({ label: '宁乡市' });
	await expect(page).toHaveURL(/measure=full_coverage_year/);
	await expect(page).toHaveURL(/county=430182/);
	// a projected year is read as of the latest year, so the range is that year alone
	await expect(page.getByTestId('from-select')).toHaveValue('2023');
	const rows = figure(page).locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows).toContainText('宁乡市');
	await expect(rows).toContainText('2026年');
	await page.reload();
	await expect(figure(page).locator('tbody tr')).toContainText('2026年');

	// city → district → township → village: coverage by district, as bars
	await page.goto('/explore?chart=bar');
	await engineReady(page);
	await figure(page).locator('[role="button"]', { hasText: '宁乡市' }).click();
	await expect(page).toHaveURL(/county=430182/);
	await expect(page).toHaveURL(/by=township/);
	await expect(page.locator('.breadcrumbs [aria-current="page"]')).toHaveText('宁乡市');
	const township = figure(page).locator('[role="button"]').first();
	const townshipName = (await township.getAttribute('aria-label'))!.split(/[：:\s]/)[0];
	await township.click();
	await expect(page).toHaveURL(/\/villages\?county=430182&township=\d{9}/);
	await expect(page.locator('.breadcrumbs [aria-current="page"]')).toContainText(townshipName);
	await expect(page.locator('figure[data-chart="village-list"] tbody tr').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('a click on a sector filters the explorer to its units, and the breadcrumb takes it back', async ({
	page
}) => {
	await page.goto('/explore?measure=excellent_rate&by=sector&chart=bar');
	await engineReady(page);
	await figure(page).locator('[role="button"]', { hasText: '市属企业' }).click();
	await expect(page).toHaveURL(/sector=%E5%B8%82%E5%B1%9E%E4%BC%81%E4%B8%9A/);
	await expect(page).toHaveURL(/by=unit/);
	await expect(figure(page).locator('[role="button"]')).toHaveCount(12);
	await page.locator('.breadcrumbs').getByRole('button', { name: '全部类别' }).click();
	await expect(page).not.toHaveURL(/sector=/);
});

const editor = (page: Page) => page.getByTestId('sql-editor');

async function runSql(page: Page, sql: string) {
	await editor(page).click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await editor(page).fill(sql);
	await page.keyboard.press('Control+Enter');
}

test('the SQL console runs a query, pages and sorts it, refuses a destructive one and keeps the data', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/explore/sql');
	await engineReady(page);
	await expect(page.locator('.schema')).toContainText('考核结果');

	await runSql(page, 'SELECT count(*) AS n FROM assessments');
	await expect(page.getByTestId('result-table').locator('tbody td')).toHaveText(['408']);

	await runSql(page, 'DROP TABLE assessments');
	await expect(page.getByTestId('console-refused')).toContainText('“DROP” 不是查询语句');
	await runSql(page, 'SELECT 1); DROP TABLE assessments; SELECT (1');
	await expect(page.getByTestId('console-error')).toContainText('DuckDB');
	await runSql(page, "SELECT * FROM query('DELETE FROM assessments')");
	await expect(page.getByTestId('console-error')).toBeVisible();
	await runSql(page, 'SELECT count(*) AS n FROM assessments');
	await expect(page.getByTestId('result-table').locator('tbody td')).toHaveText(['408']);
	await expect(page).toHaveURL(/sql=SELECT/);

	await runSql(page, 'SELECT code, name, covered FROM village_units ORDER BY code');
	await expect(page.getByTestId('result-count')).toContainText('共 1,649 行');
	await expect(page.getByTestId('result-page')).toHaveText('第 1 / 33 页');
	await page.getByRole('button', { name: '下一页' }).click();
	await expect(page.getByTestId('result-page')).toHaveText('第 2 / 33 页');
	// the rows past the scroll box's first screen follow when it is scrolled: the whole page of 50
	await page.getByTestId('result-table').locator('tbody tr').nth(19).scrollIntoViewIfNeeded();
	await expect(page.getByTestId('result-table').locator('tbody tr')).toHaveCount(50);
	// two quick clicks: the second toggles from the first, answered or not
	await page.getByRole('button', { name: 'code', exact: true }).dblclick();
	await expect(page.locator('th[aria-sort="descending"]')).toContainText('code');
	await expect(page.getByTestId('result-page')).toHaveText('第 1 / 33 页');
	const first = await page.getByTestId('result-table').locator('tbody tr td').first().textContent();
	expect(first! > '430181').toBe(true);
	// pinyin being composed by an input method is not searched for; the characters it gives are
	const search = page.getByTestId('result-search');
	await search.focus();
	const ime = await page.context().newCDPSession(page);
	await ime.send('Input.imeSetComposition', { text: 'huang', selectionStart: 5, selectionEnd: 5 });
	await expect(search).toHaveValue('huang');
	// a search for it would have been answered by now (tens of ms)
	await page.waitForTimeout(300);
	await expect(page.getByTestId('result-count')).not.toContainText('搜索');
	await expect(page.getByTestId('result-page')).toHaveText('第 1 / 33 页');
	await ime.send('Input.insertText', { text: '黄花' });
	await expect(search).toHaveValue('黄花');
	await expect(page.getByTestId('result-count')).toContainText('搜索到');
	await expect(page.getByTestId('result-table').locator('tbody tr').first()).toContainText('黄花');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 CSV' }).click()
	]);
	const csv = readFileSync(await download.path(), 'utf8');
	expect(csv.split('\r\n')[0]).toBe('\uFEFFcode,name,covered');
	expect(
		csv
			.split('\r\n')
			.slice(1, -1)
			.every((line) => line.includes('黄花'))
	).toBe(true);
	expect(problems).toEqual([]);
});

test('the console opens on the first example’s answer, and DuckDB takes it over to sort it', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/explore/sql');
	// prerendered: there before DuckDB is
	await expect(page.getByTestId('result-count')).toHaveText('共 9 行');
	await expect(page.locator('figure[data-chart="console-chart"] svg')).toBeVisible();
	await engineReady(page);
	await page.getByRole('button', { name: '覆盖率%', exact: true }).click();
	await expect(page.locator('th[aria-sort="ascending"]')).toContainText('覆盖率%');
	const rates = await page
		.getByTestId('result-table')
		.locator('tbody tr td:last-child')
		.allTextContents();
	expect(rates).toHaveLength(9);
	expect(rates.map(Number)).toEqual(rates.map(Number).toSorted((a, b) => a - b));
	expect(problems).toEqual([]);
});

test('the explorer opens its own query in the console and runs it; a link opened anew waits for 运行', async ({
	page
}) => {
	await page.goto('/explore?measure=village_coverage&by=district&from=2023');
	await engineReady(page);
	// the link carries the query of what is on screen: wait for DuckDB's answer to the URL
	await expect(figure(page).locator('h3')).toContainText('按区县，2023年');
	await page.getByRole('link', { name: '在 SQL 控制台中打开此查询' }).click();
	await expect(page).toHaveURL(/\/explore\/sql\?sql=/);
	await expect(page.getByTestId('result-count')).toContainText('共 9 行', { timeout: 30_000 });
	// the same link opened anew (sent, bookmarked, reloaded): shown, run only when asked
	await page.reload();
	await engineReady(page);
	await expect(page.getByTestId('link-waiting')).toContainText('尚未运行');
	await expect(page.getByTestId('result-table')).toHaveCount(0);
	await page.getByTestId('run-sql').click();
	await expect(page.getByTestId('result-count')).toContainText('共 9 行', { timeout: 30_000 });
	await expect(page.getByTestId('result-table')).toContainText('宁乡市');
	await expect(page.getByTestId('link-waiting')).toHaveCount(0);
});

test('brushing years on the trend keeps those years; the chip clears them', async ({ page }) => {
	const problems = watch(page);
	await page.goto('/explore');
	await engineReady(page);
	const overlay = figure(page).locator('.brush .overlay');
	const box = (await overlay.boundingBox())!;
	// coverage is drawn from the pilot's first year, 2020 … 2023 across the plot: from just before
	// 2021 to just after 2022
	const at = (year: number) => box.x + ((year - 2020) / 3) * box.width;
	await page.mouse.move(at(2020.7), box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(at(2021.5), box.y + box.height / 2, { steps: 5 });
	await page.mouse.move(at(2022.3), box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=2021&to=2022|to=2022&from=2021/);
	await expect(figure(page).locator('h3')).toContainText('2021—2022年');
	const chip = page.getByTestId('filter-chips');
	await expect(chip).toContainText('年度：2021—2022年');
	await chip.getByRole('button', { name: /清除筛选/ }).click();
	await expect(page).not.toHaveURL(/from=/);
	await expect(figure(page).locator('h3')).toContainText('2016—2023年');
	expect(problems).toEqual([]);
});

test('the console with an answer and its chart: axe finds no serious or critical violation', async ({
	page
}) => {
	await page.goto('/explore/sql');
	await engineReady(page);
	// the console is part of 探索 in the main navigation
	await expect(page.locator('.app-header nav [aria-current="page"]')).toHaveText('探索');
	await page.getByTestId('example-select').selectOption('newRooms');
	await expect(page.getByTestId('result-count')).toContainText('共 4 行');
	await expect(page.locator('figure[data-chart="console-chart"] svg')).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('opening the breakdown list asks for the other breakdowns; resting on a district’s bar asks for its townships', async ({
	page
}) => {
	await page.goto('/explore?chart=bar');
	await engineReady(page);
	const asked = async () =>
		(await askedAhead(page)).map((p) => `${p.by}${p.county ? ` ${p.county}` : ''}`);
	await page.getByTestId('by-select').focus();
	await expect.poll(async () => (await asked()).sort()).toEqual(['township', 'year']);
	await figure(page).locator('[role="button"]', { hasText: '长沙县' }).hover();
	await expect.poll(async () => (await asked()).at(-1)).toBe('township 430121');
	await figure(page).locator('[role="button"]', { hasText: '长沙县' }).click();
	await expect(page).toHaveURL(/county=430121&by=township|by=township&county=430121/);
	await expect(figure(page).locator('h3')).toContainText('按乡镇');
});

test('no console statement can make the browser request another host, nor unlock the setting', async ({
	page
}) => {
	const received: string[] = [];
	const other = createServer((request, response) => {
		received.push(request.url ?? '');
		response.setHeader('Access-Control-Allow-Origin', '*');
		response.end('a,b\n1,2\n');
	});
	await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
	const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
	try {
		await page.goto('/explore/sql');
		await engineReady(page);
		for (const sql of [
			`SELECT * FROM read_text('${url}/text')`,
			`SELECT * FROM read_csv('${url}/data.csv')`,
			`SELECT * FROM read_text(['${url}/a', '${url}/b'])`,
			"SELECT * FROM read_text('/etc/passwd')"
		]) {
			await runSql(page, sql);
			await expect(page.getByTestId('console-error')).toBeVisible();
		}
		await runSql(page, 'SET enable_external_access = true');
		await expect(page.getByTestId('console-refused')).toBeVisible();
		await runSql(page, 'SELECT count(*) AS n FROM assessments');
		await expect(page.getByTestId('result-table').locator('tbody td')).toHaveText(['408']);
		expect(received).toEqual([]);
	} finally {
		other.close();
	}
});

test('a console query that runs for ever is stopped by 停止 or Esc, a new run or leaving; the views never wait for it', async ({
	page
}) => {
	const forever = 'SELECT count(*) AS n FROM range(1000000000000) a';
	await page.goto('/explore/sql');
	await engineReady(page);

	await runSql(page, forever);
	await expect(page.getByText('正在查询…')).toBeVisible();
	await page.getByTestId('stop-sql').click();
	await expect(page.getByText('查询已停止')).toBeVisible();
	await runSql(page, 'SELECT count(*) AS n FROM assessments');
	await expect(page.getByTestId('result-table').locator('tbody td')).toHaveText(['408']);

	await runSql(page, forever);
	await expect(page.getByTestId('stop-sql')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByText('查询已停止')).toBeVisible();

	// a new run does not wait behind the old one
	await runSql(page, forever);
	await expect(page.getByTestId('stop-sql')).toBeVisible();
	await runSql(page, 'SELECT count(*) AS n FROM village_units');
	await expect(page.getByTestId('result-table').locator('tbody td')).toHaveText(['1649']);

	// out of memory, the query fails alone and the next one is answered
	await runSql(page, "SELECT length(repeat('x', 4000000000)) AS n");
	await expect(page.getByTestId('console-error')).toBeVisible({ timeout: 30_000 });
	await runSql(page, 'SELECT count(*) AS n FROM assessments');
	await expect(page.getByTestId('result-table').locator('tbody td')).toHaveText(['408']);

	// a view changes year while a console query runs on
	await runSql(page, forever);
	await expect(page.getByTestId('stop-sql')).toBeVisible();
	await page.getByRole('link', { name: '考核' }).click();
	await expect(page.locator('h1')).toContainText('2023年');
	await page.getByTestId('year-select').selectOption('2021');
	await expect(page.locator('h1')).toContainText('2021年', { timeout: 10_000 });
});
