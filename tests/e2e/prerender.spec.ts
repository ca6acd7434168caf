import { expect, test } from './fixtures';

/**
 * The default state of every view is in the built HTML: figures, 文字解读 and SVG charts are there
 * before any script or wasm loads (and stay if DuckDB cannot start).
 */
const EXPECTED: Record<string, string[]> = {
	'/': [
		'2023年档案事业发展总览',
		'长沙县',
		'90.2%',
		'2020年11月',
		'95.79分',
		'文字解读',
		'全国首批'
	],
	'/assessment': ['2023年档案工作考核', '历年考核等次分布', '《长沙市档案工作考核办法》', '优秀'],
	'/digitization': [
		'全国示范 95.79 2020年11月',
		'长沙县档案馆',
		'浏阳市档案馆',
		'长沙市城建档案馆',
		'建设中'
	],
	'/villages': [
		'203/225',
		'官方材料所载 203',
		'138/326',
		'官方材料所载 138',
		'151/278',
		'官方材料所载 151'
	]
};

/** the page as served, fetched from here (the browser's intranet host name is the browser's alone) */
const served = async (path: string) =>
	(await fetch(`${test.info().project.metadata.direct}${path}`)).text();

for (const [path, texts] of Object.entries(EXPECTED)) {
	test(`${path}: figures and SVG charts are in the built HTML`, async () => {
		const html = await served(path);
		expect(html).toMatch(/<figure[^>]*data-chart=/);
		expect(html).toMatch(/<svg[^>]*viewBox=/);
		expect(html).toContain('含示例数据');
		for (const text of texts) expect(html).toContain(text);
	});
}

test('with scripts off the overview still shows its figures and charts', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('[data-kpi="village_coverage"] .kpi-value')).toHaveText('55.2%');
	await expect(page.locator('figure[data-chart="district-map"] svg')).toBeVisible();
	await context.close();
});

test('the built HTML marks the current view, and the deck has no app header around it', async () => {
	const deck = await served('/present');
	// the header's styles are in every page (inline); its element is not in the deck's
	expect(deck).toContain('.app-header');
	expect(deck).not.toMatch(/<header[^>]*app-header/);
	const console = await served('/explore/sql');
	expect(console).toMatch(/aria-current="page"[^>]*>探索/);
});

test('the console opens on its prerendered answer; a console link does not show it, even before its script runs', async ({
	page
}) => {
	// the app's modules never arrive: what is painted is the built HTML and its inline scripts
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	// it never hydrates: no waiting for it
	await page.goto('/explore/sql', { waitUntil: 'domcontentloaded' });
	await expect(page.getByTestId('result-count')).toHaveText('共 9 行');
	await page.goto('/explore/sql?sql=SELECT%201', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('.console-result')).toBeHidden();
});

test('a script that fails on this browser leaves the prerendered page on screen, with a note', async ({
	page
}) => {
	// as on a Chromium core whose built-ins the app's code trips over during hydration
	await page.addInitScript(() => {
		Object.defineProperty(Array.prototype, 'at', {
			value: () => {
				throw new TypeError('t.at is not a function');
			},
			configurable: true
		});
	});
	await page.goto('/assessment', { waitUntil: 'domcontentloaded' });
	await expect(page.getByRole('alert').first()).toContainText('本页为静态版本', {
		timeout: 15_000
	});
	await expect(page.locator('h1')).toContainText('2023年档案工作考核');
	await expect(page.locator('figure[data-chart] svg').first()).toBeVisible();
});
