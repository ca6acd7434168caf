import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { engineReady, exportFrom, watch } from './helpers';

const FIXTURES = 'tests/fixtures/imports';

async function chooseFile(page: Page, name: string) {
	await page.locator('#import-file').setInputFiles(`${FIXTURES}/${name}`);
	await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
}

/** entries written straight into the store the dashboard keeps its imports in, as any script could */
function putInStore(page: Page, entries: [string, unknown][]) {
	return page.evaluate(
		(entries) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('archives-dashboard');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('imports', 'readwrite');
					for (const [key, value] of entries) tx.objectStore('imports').put(value, key);
					tx.oncomplete = () => resolve();
				};
			}),
		entries
	);
}

const inventoryRows = (page: Page, table: string) =>
	page
		.locator('tr', { has: page.locator(`code:text-is("${table}")`) })
		.locator('td')
		.nth(1);

test('a GBK CSV with a title row and a 合计 row imports; the charts change, survive a reload and a new tab, and undo restores them', async ({
	page,
	context
}) => {
	const problems = watch(page);
	await page.goto('/data');
	await engineReady(page);
	await expect(inventoryRows(page, 'assessments')).toHaveText('408');

	await chooseFile(page, '2024年市直机关考核结果_GBK.csv');
	const result = page.getByTestId('import-result');
	await expect(result.locator('.verdict')).toHaveText(
		'2024年市直机关考核结果_GBK.csv（GBK/GB18030，表「档案工作考核」，表头在第3行）：可以导入 5 行，2 个警告'
	);
	await expect(result.locator('.changes tbody tr')).toHaveText([/2024年\s*5\s*0\s*0\s*0/]);
	await page.getByRole('button', { name: '确认导入 5 行' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已导入 2024年' })).toContainText(
		'5 行写入「档案工作考核」'
	);
	await expect(inventoryRows(page, 'assessments')).toHaveText('413');

	await page.getByRole('link', { name: '→ 考核' }).click();
	await expect(page.locator('h1')).toHaveText('2024年档案工作考核', { timeout: 30_000 });
	await expect(page.getByText('本浏览器已导入 1 个文件')).toBeVisible();

	await page.reload();
	await expect(page.locator('h1')).toHaveText('2024年档案工作考核', { timeout: 30_000 });

	const second = await context.newPage();
	await second.goto('/assessment');
	await expect(second.locator('h1')).toHaveText('2024年档案工作考核', { timeout: 30_000 });
	await second.close();

	await page.goto('/data');
	await expect(page.getByRole('cell', { name: '2024年市直机关考核结果_GBK.csv' })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('button', { name: '撤销最近一次导入' }).click();
	await expect(page.getByText('已撤销 2024年市直机关考核结果_GBK.csv')).toBeVisible();
	await expect(inventoryRows(page, 'assessments')).toHaveText('408');
	await page.goto('/assessment');
	await engineReady(page);
	await expect(page.locator('h1')).toHaveText('2023年档案工作考核');
	await expect(page.getByText('本浏览器已导入')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('an .xlsx with a notes sheet and a merged two-row header, values in 万, imports into 数字化', async ({
	page
}) => {
	await page.goto('/data');
	await engineReady(page);
	await chooseFile(page, '2024年馆藏数字化统计.xlsx');
	await expect(page.getByTestId('import-result').locator('.verdict')).toContainText(
		'（Excel，工作表「统计表」，表「馆藏数字化」，表头在第4行）：可以导入 11 行'
	);
	await page.getByTestId('sheet-select').selectOption('填表说明');
	await expect(page.getByTestId('import-result').locator('.issues')).toContainText(
		'认不出是哪张表'
	);
	await page.getByTestId('sheet-select').selectOption('统计表');
	await expect(page.getByTestId('import-result').locator('.verdict')).toContainText(
		'可以导入 11 行'
	);
	await page.getByRole('button', { name: '确认导入 11 行' }).click();
	await page.getByRole('link', { name: '→ 数字化' }).click();
	await expect(page.locator('h1')).toContainText('2024年', { timeout: 30_000 });
	await page.getByTestId('year-select').selectOption('2023');
	await expect(page.locator('h1')).toContainText('2023年');
});

test('a file with bad values is refused with its rows named, and nothing changes', async ({
	page
}) => {
	await page.goto('/data');
	await engineReady(page);
	await chooseFile(page, '考核结果_有错误.csv');
	const result = page.getByTestId('import-result');
	await expect(result.locator('.verdict')).toContainText('不能导入，4 个错误');
	await expect(result.locator('.issues table').first().locator('tbody tr')).toHaveText([
		/^2\s*得分\s*105\s*超出 0–100$/,
		/^4\s*得分\s*abc\s*不是数字$/,
		/^5.*与第3行重复/,
		/^6\s*类别\s*市属机关/
	]);
	await expect(page.getByRole('button', { name: /确认导入/ })).toHaveCount(0);
	await expect(page.getByText('尚无导入')).toBeVisible();
	await expect(inventoryRows(page, 'assessments')).toHaveText('408');
});

test('an empty file and an old .xls get a clear message and change nothing', async ({ page }) => {
	await page.goto('/data');
	await engineReady(page);
	await page.locator('#import-file').setInputFiles({
		name: '空表.csv',
		mimeType: 'text/csv',
		buffer: Buffer.alloc(0)
	});
	await expect(page.getByTestId('import-result').locator('.issues')).toContainText('是空文件');
	await page.locator('#import-file').setInputFiles({
		name: '2019年统计.xls',
		mimeType: 'application/vnd.ms-excel',
		buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
	});
	await expect(page.getByTestId('import-result').locator('.issues')).toContainText(
		'另存为” .xlsx 或 CSV'
	);
	await expect(page.getByText('尚无导入')).toBeVisible();
});

test('a village list that names villages instead of codes raises 宁乡市 coverage in 2024', async ({
	page
}) => {
	await page.goto('/data');
	await engineReady(page);
	await chooseFile(page, '2024年宁乡市村级档案室验收名单.csv');
	await expect(page.getByTestId('import-result').locator('.verdict')).toContainText(
		'表「村级档案室」，表头在第2行）：可以导入 4 行'
	);
	await page.getByRole('button', { name: '确认导入 4 行' }).click();
	await page.getByRole('link', { name: '→ 村级档案室' }).click();
	await expect(page.locator('h1')).toContainText('2024年', { timeout: 30_000 });
	const coverage = page.locator('figure[data-chart="coverage"]');
	await coverage.getByRole('button', { name: '数据表' }).click();
	await expect(coverage.locator('tr', { hasText: '宁乡市' })).toContainText('154');
	await page.getByTestId('year-select').selectOption('2023');
	await expect(coverage.locator('tr', { hasText: '宁乡市' })).toContainText('151');
});

test('a status list by code, without 试点批次, updates villages already listed and keeps their batch', async ({
	page
}) => {
	const uncovered = page.locator('figure[data-chart="uncovered"]');
	const listed = async (village: string) => {
		await uncovered.getByRole('searchbox').fill(village);
		return uncovered.locator('tbody tr', { hasText: village });
	};
	await page.goto('/villages?county=430102&year=2024');
	await engineReady(page);
	await expect(await listed('南元宫社区')).toHaveCount(1);

	await page.goto('/data');
	await engineReady(page);
	await page.locator('#import-file').setInputFiles({
		name: '2024年验收名单.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'统计用区划代码,建设状态,验收时间\r\n430102001007,验收通过,2024-05-20\r\n430102010010,验收通过,2024-06-01\r\n'
		)
	});
	const result = page.getByTestId('import-result');
	await expect(result.locator('.verdict')).toContainText('可以导入 2 行');
	await expect(result).toContainText('已发布的行沿用已发布的值');
	await page.getByRole('button', { name: '确认导入 2 行' }).click();
	await expect(page.getByTestId('import-history')).toContainText('2024年验收名单.csv');
	await expect(inventoryRows(page, 'village_rooms')).toHaveText('1083');

	await page.goto('/villages?county=430102&year=2024');
	await engineReady(page);
	await expect(await listed('南元宫社区')).toHaveCount(0);
	await expect(await listed('新桥新村社区')).toHaveCount(0);
});

test('an import kept by an earlier version, its rows as objects, is still replayed and counted', async ({
	page
}) => {
	await page.goto('/data');
	await engineReady(page);
	const row = { year: 2023, unit: '旧版测试局', sector: '市直机关', adcode: null };
	await putInStore(page, [
		[
			'import:/:legacy',
			{
				id: 'legacy',
				file: '旧版导入.csv',
				table: 'assessments',
				at: '2026-01-01T00:00:00.000Z',
				rows: [{ ...row, score: 90, grade: null, provenance: 'official', source: '旧版' }],
				changes: []
			}
		]
	]);
	await page.reload();
	await engineReady(page);
	const history = page.getByTestId('import-history');
	await expect(history.locator('tr', { hasText: '旧版导入.csv' })).toContainText('1');
	// it replaced 2023's 市直机关 (30 rows) with its one
	await expect(inventoryRows(page, 'assessments')).toHaveText('379');
});

test('a name that starts like a formula is imported with a warning and exported as text; the dataset export keeps it exact and lists it', async ({
	page
}) => {
	const unit = '=HYPERLINK("http://x","点我")';
	await page.goto('/data');
	await engineReady(page);
	await page.locator('#import-file').setInputFiles({
		name: '2024年考核.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			`年度,单位,类别,得分\r\n2024,"${unit.replaceAll('"', '""')}",市直机关,91\r\n`
		)
	});
	const result = page.getByTestId('import-result');
	await expect(result.locator('.verdict')).toContainText('可以导入 1 行，1 个警告');
	await result.getByText('警告 1 个').click();
	await expect(result).toContainText('Excel 或 WPS 会当作公式');
	await page.getByRole('button', { name: '确认导入 1 行' }).click();
	await expect(page.getByTestId('import-history')).toContainText('2024年考核.csv');

	const [zip] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出当前数据（CSV，zip）' }).click()
	]);
	expect(zip.suggestedFilename()).toMatch(/\.zip$/);
	await expect(page.getByTestId('formula-cells')).toContainText(`assessments.csv 第`);
	await expect(page.getByTestId('formula-cells')).toContainText(unit);

	await page.goto('/assessment?year=2024');
	await engineReady(page);
	// the engine answers the year the import added (its derived tables may still be building)
	const league = page.locator('figure[data-chart="league-table"]');
	await expect(page.locator('h1')).toContainText('2024年');
	await expect(league).toContainText('点我');
	const csv = await exportFrom(league, '数据（CSV）');
	expect(csv.bytes.toString('utf8')).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
});

test('entries of the browser’s store that are not imports are set aside, named and removable; the engine starts on the rest', async ({
	page
}) => {
	await page.goto('/data');
	await engineReady(page);
	await putInStore(page, [
		['import:/:number', 42],
		['import:/:object', { file: '坏记录.csv', rows: 'x' }],
		['history:/', 'not a list']
	]);
	await page.goto('/assessment');
	await engineReady(page);
	await expect(page.getByRole('alert')).toContainText('已搁置');
	await expect(page.getByRole('alert')).toContainText('坏记录.csv：缺少或无效的字段 id');
	await page.getByTestId('year-select').selectOption('2022');
	await expect(page.locator('h1')).toContainText('2022年');

	await page.goto('/data');
	await engineReady(page);
	const setAside = page.getByTestId('set-aside-imports');
	await expect(setAside.locator('li')).toHaveCount(3);
	await expect(setAside).toContainText('一条无法识别的记录：不是导入记录（number）');
	await expect(setAside).toContainText('一条无法识别的记录：不是导入记录（string）');
	for (let left = 2; left >= 0; left--) {
		await setAside.getByRole('button', { name: '删除' }).first().click();
		if (left > 0) await expect(setAside.locator('li')).toHaveCount(left);
	}
	await expect(setAside).toHaveCount(0);
	await page.reload();
	await engineReady(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a downloaded .xlsx template is read, its example row skipped; the CSV export holds the imported rows', async ({
	page
}) => {
	await page.goto('/data');
	await engineReady(page);
	const table = page.locator('details', { hasText: 'assessments' }).first();
	await table.locator('summary').click();
	const [template] = await Promise.all([
		page.waitForEvent('download'),
		table.getByRole('button', { name: '下载模板（.xlsx）' }).click()
	]);
	expect(template.suggestedFilename()).toBe('档案工作考核_导入模板.xlsx');
	await page.locator('#import-file').setInputFiles(await template.path());
	const result = page.getByTestId('import-result');
	// the download's own name is a temporary one: the verdict names the file by it
	await expect(result.locator('.verdict')).toContainText(
		'（Excel，工作表「档案工作考核」，表「档案工作考核」，表头在第1行）：不能导入，1 个错误，1 个警告'
	);
	await expect(result.locator('.issues').first()).toContainText('只有表头（第1行），没有数据行');
	await expect(result.locator('details')).toContainText('模板示例行，已跳过');
	await page.getByRole('button', { name: '放弃' }).click();

	await chooseFile(page, '市属企业考核_UTF16.txt');
	await page.getByRole('button', { name: '确认导入 2 行' }).click();
	await expect(inventoryRows(page, 'assessments')).toHaveText('410');
	const [zip] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出当前数据（CSV，zip）' }).click()
	]);
	const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
	const csv = strFromU8(files['assessments.csv']);
	expect(csv.split('\r\n').filter((line) => line.startsWith('2024,'))).toEqual([
		'2024,市属国有资产投资控股集团,市属企业,,93,,official,导入：市属企业考核_UTF16.txt',
		'2024,长沙水业集团,市属企业,,86.5,,official,导入：市属企业考核_UTF16.txt'
	]);
	expect(Object.keys(files)).toContain('village_rooms.csv');
});

test('a partial list for a year already loaded warns, before commit, how many rows it would delete', async ({
	page
}) => {
	await page.goto('/data');
	await engineReady(page);
	await page.locator('#import-file').setInputFiles({
		name: '2023年部分单位.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('年度,单位,类别,得分\r\n2023,市委办公厅,市直机关,93\r\n')
	});
	const result = page.getByTestId('import-result');
	await expect(result.locator('.changes tbody tr')).toHaveText([/^2023年\s*0\s*1\s*0\s*29$/]);
	await expect(result.getByRole('note')).toContainText('确认后将删除 29 行已载入的数据');
	await page.getByRole('button', { name: '放弃' }).click();
	await expect(inventoryRows(page, 'assessments')).toHaveText('408');
});

test('two tabs importing at once lose nothing: the tab that has heard of the other refuses until reloaded', async ({
	context
}) => {
	const [first, second] = [await context.newPage(), await context.newPage()];
	for (const page of [first, second]) {
		await page.goto('/data');
		await engineReady(page);
	}
	await chooseFile(first, '2024年市直机关考核结果_GBK.csv');
	await first.getByRole('button', { name: '确认导入 5 行' }).click();
	await expect(first.getByRole('status').filter({ hasText: '已导入 2024年' })).toBeVisible();

	await chooseFile(second, '市属企业考核_UTF16.txt');
	await expect(second.getByText(/另一个标签页修改了本浏览器导入的数据/)).toBeVisible();
	await second.getByRole('button', { name: /^确认导入/ }).click();
	await expect(second.getByText(/另一个标签页已修改本浏览器导入的数据/)).toBeVisible();

	await second.reload();
	await engineReady(second);
	await chooseFile(second, '市属企业考核_UTF16.txt');
	await second.getByRole('button', { name: /^确认导入/ }).click();
	await expect(second.getByRole('status').filter({ hasText: '已导入 市属企业' })).toBeVisible();

	// both imports are kept, in the order they were made
	await first.reload();
	const history = first.getByTestId('import-history');
	await expect(history.getByRole('cell', { name: '2024年市直机关考核结果_GBK.csv' })).toBeVisible({
		timeout: 30_000
	});
	await expect(history.getByRole('cell', { name: '市属企业考核_UTF16.txt' })).toBeVisible();
	first.once('dialog', (dialog) => dialog.accept());
	await first.getByRole('button', { name: '恢复为随附数据' }).click();
	await expect(first.getByText('已恢复为随站点发布的数据。')).toBeVisible();
});
