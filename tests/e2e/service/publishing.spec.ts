import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, waitForHydration, type Browser, type Page } from '../fixtures';

/**
 * The service as a bureau uses it, on a plain-http intranet host: an admin makes the accounts, a
 * publisher publishes a file, a reader on another browser sees it on the first paint (and in the
 * HTML, without JavaScript), a rollback takes it away, and the audit log lists every step.
 */
test.describe.configure({ mode: 'serial' });

const NEW_UNITS =
	'年度,单位,类别,得分\n2024,端到端甲局,市直机关,95.5\n2024,端到端乙局,市直机关,82\n';
const PASSWORDS = {
	admin: 'Yuelu#Shan2026',
	pub: 'Xiang#Jiang2026',
	reader: 'Tianxin#Ge2026',
	liuyang: 'Liu#Yang2026',
	changsha: 'Chang#Sha2026'
};
/** a district's 2024 digitization figures, as its own account sends them */
const DISTRICT_FILE = (archive: string, code: string, digitized: number) =>
	`年度,档案馆,区划代码,馆藏档案,已数字化,数字化副本（GB）\n2024,${archive},${code},240000,${digitized},2200\n`;

async function signIn(page: Page, name: string, password: string) {
	await page.goto('/login');
	await page.getByTestId('login-username').fill(name);
	await page.getByTestId('login-password').fill(password);
	await page.getByRole('button', { name: '登录' }).click();
}

async function firstSignIn(page: Page, name: string, given: string, chosen: string) {
	await signIn(page, name, given);
	await expect(page).toHaveURL(/\/account$/);
	await page.getByLabel('当前密码').fill(given);
	await page.getByLabel('新密码', { exact: true }).fill(chosen);
	await page.getByLabel('再次输入新密码').fill(chosen);
	await page.getByRole('button', { name: '修改密码' }).click();
	await expect(page).toHaveURL(/\/$/);
}

async function newPage(browser: Browser, javaScript = true) {
	const context = await browser.newContext({ javaScriptEnabled: javaScript });
	if (javaScript) context.on('page', waitForHydration);
	return context.newPage();
}

/** the project's service: its state folder (one per process, for several) and its own address */
const project = () => test.info().project.metadata as { dataDir: string; direct: string };

/** the first admin's one-time password, in the folder of whichever process made it */
function printedPassword(): string {
	const dir = project().dataDir;
	const folders = [dir, ...readdirSync(dir).map((f) => join(dir, f))];
	const file = folders.map((f) => join(f, 'initialAdminPassword')).find((f) => existsSync(f));
	return readFileSync(file!, 'utf8').trim();
}

let admin: Page;
let publisher: Page;
let reader: Page;

test('the first admin signs in with the printed password and makes the accounts', async ({
	browser
}) => {
	admin = await newPage(browser);
	const printed = printedPassword();
	await admin.goto('/');
	await expect(admin).toHaveURL(/\/login\?next=%2F$/);
	await firstSignIn(admin, 'admin', printed, PASSWORDS.admin);
	await expect(admin.getByTestId('who')).toHaveText('admin（管理员）');
	// through the page's own fetch, as another system would call the API (Node cannot resolve the
	// intranet host name the browser maps)
	for (const user of [
		{ name: 'pub', role: 'publisher', password: 'Given#Pw2026' },
		{ name: 'reader', role: 'reader', password: 'Given#Pw2026' },
		{ name: 'liuyang', role: 'submitter', scope: '430181', password: 'Given#Pw2026' },
		{ name: 'changsha', role: 'submitter', scope: '430121', password: 'Given#Pw2026' }
	]) {
		const status = await admin.evaluate(
			async (body) =>
				(
					await fetch('/api/users', {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify(body)
					})
				).status,
			user
		);
		expect(status).toBe(201);
	}
});

test('a publisher submits a file, the server checks it, and publishes it', async ({ browser }) => {
	publisher = await newPage(browser);
	await firstSignIn(publisher, 'pub', 'Given#Pw2026', PASSWORDS.pub);
	await publisher.goto('/data');
	await expect(publisher.getByTestId('current-version')).toContainText('当前发布：第1版');
	await publisher.locator('#import-file').setInputFiles({
		name: '2024年考核结果.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(NEW_UNITS)
	});
	await publisher.getByTestId('submit-for-publishing').click();
	await expect(publisher.getByText(/已上传为草稿 \d+：2024年考核结果\.csv，2 行/)).toBeVisible();
	publisher.once('dialog', (dialog) => dialog.accept());
	await publisher.getByTestId('publish-draft').click();
	await expect(publisher.getByText('已发布第2版。')).toBeVisible({ timeout: 30_000 });
	await expect(publisher.getByTestId('current-version')).toContainText('当前发布：第2版');
});

test('a reader on another browser sees the published figures on the first paint', async ({
	browser
}) => {
	reader = await newPage(browser);
	await firstSignIn(reader, 'reader', 'Given#Pw2026', PASSWORDS.reader);
	await reader.goto('/assessment?year=2024');
	await expect(reader.getByRole('cell', { name: '端到端甲局' }).first()).toBeVisible();
	// the same in the HTML itself, for a browser that runs no script
	const noScript = await newPage(browser, false);
	await noScript.context().addCookies(await reader.context().cookies());
	await noScript.goto('/assessment?year=2024');
	await expect(noScript.getByRole('cell', { name: '端到端甲局' }).first()).toBeVisible();
	await noScript.context().close();
});

test('a rollback takes the figures away again', async () => {
	await publisher.goto('/data');
	publisher.once('dialog', (dialog) => dialog.accept());
	await publisher.getByTestId('rollback-1').click();
	await expect(publisher.getByText('已回滚：第3版为第1版的数据。')).toBeVisible({
		timeout: 30_000
	});
	await reader.goto('/assessment?year=2024');
	await expect(reader.locator('main')).not.toContainText('端到端甲局');
});

/** a district submitter uploads its file on the 数据 page and sends it for review */
async function submitDistrictFile(page: Page, name: string, text: string, note?: string) {
	await page.goto('/data');
	await page.locator('#import-file').setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	if (note) await expect(page.getByText(note).first()).toBeVisible();
	await page.getByTestId('submit-for-publishing').click();
	await expect(page.getByText(new RegExp(`已上传为草稿 \\d+：${name}`))).toBeVisible();
	const row = page.getByRole('row').filter({ hasText: name });
	await row.getByTestId('submit-draft').click();
	await expect(row).toContainText('已提交');
}

test('two districts submit, one is returned with a reason and resubmits, the approved are published together', async ({
	browser
}) => {
	// four accounts, six drafts checked by the server and one publication: near a minute on two cores
	test.slow();
	const liuyang = await newPage(browser);
	await firstSignIn(liuyang, 'liuyang', 'Given#Pw2026', PASSWORDS.liuyang);
	await liuyang.goto('/data');
	await expect(liuyang.getByTestId('publishing')).toContainText(
		'上传本单位（浏阳市（430181））的统计表'
	);
	const changsha = await newPage(browser);
	await firstSignIn(changsha, 'changsha', 'Given#Pw2026', PASSWORDS.changsha);
	// 长沙县's account cannot send 浏阳市's rows
	await changsha.goto('/data');
	await changsha.locator('#import-file').setInputFiles({
		name: '越界.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(DISTRICT_FILE('浏阳市档案馆', '430181', 150000))
	});
	await expect(changsha.getByText('不属于本账号负责的长沙县（430121）')).toBeVisible();
	await submitDistrictFile(
		liuyang,
		'浏阳市2024.csv',
		DISTRICT_FILE('浏阳市档案馆', '430181', 99000)
	);
	// as the district keeps its sheet: 所属区县 by name, no 区划代码
	await submitDistrictFile(
		changsha,
		'长沙县2024.csv',
		'所属区县,档案馆名称,年度,馆藏档案（卷件）,已数字化（卷件）,数字化副本（GB）\n长沙县,长沙县档案馆,2024,240000,181000,2200\n',
		'文件没有此列，按「所属区县」的名称查得'
	);
	// and a status update by code that leaves out 试点批次: the published batch is kept
	await submitDistrictFile(
		changsha,
		'长沙县验收更新.csv',
		'统计用区划代码,建设状态,验收时间\n430121110204,验收通过,2024-09-12\n',
		'已发布的行沿用已发布的值，新增的行须填写'
	);

	// the reviewer's page: each submission against the published figures, with its warnings
	await publisher.goto('/review');
	await expect(publisher.getByRole('row').filter({ hasText: '长沙县（430121）' })).toHaveCount(2);
	await publisher
		.getByRole('row')
		.filter({ hasText: '浏阳市2024.csv' })
		.getByTestId('open-review')
		.click();
	await expect(publisher.getByTestId('review-meta')).toContainText('浏阳市（430181），2024年度');
	// 浏阳's 2023 sample figure is above 99,000 digitized: the drop is flagged, not refused
	await expect(publisher.getByTestId('plausibility')).toContainText('已数字化比上年减少');
	await expect(publisher.getByRole('cell', { name: '新增' })).toBeVisible();
	await publisher.getByTestId('return-reason').fill('已数字化数比上年少，请核对');
	await publisher.getByTestId('return').click();
	await expect(publisher).toHaveURL(/\/review$/);
	await publisher
		.getByRole('row')
		.filter({ hasText: '长沙县2024.csv' })
		.getByTestId('open-review')
		.click();
	await publisher.getByTestId('approve').click();
	await expect(publisher).toHaveURL(/\/review$/);
	await publisher
		.getByRole('row')
		.filter({ hasText: '长沙县验收更新.csv' })
		.getByTestId('open-review')
		.click();
	const update = publisher.getByRole('row').filter({ hasText: '430121110204' });
	await expect(update).toContainText('修改');
	await expect(update).toContainText('状态 建设中 → 验收通过');
	await expect(update).not.toContainText('试点批次');
	await publisher.getByTestId('approve').click();
	await expect(publisher).toHaveURL(/\/review$/);
	await expect(publisher.getByText('没有此状态的报送。')).toBeVisible();

	await liuyang.goto('/data');
	await expect(liuyang.getByTestId('returned-note')).toContainText('已数字化数比上年少，请核对');
	await submitDistrictFile(
		liuyang,
		'浏阳市2024（改）.csv',
		DISTRICT_FILE('浏阳市档案馆', '430181', 161000)
	);

	await publisher.goto('/review');
	await publisher
		.getByRole('row')
		.filter({ hasText: '浏阳市2024（改）.csv' })
		.getByTestId('open-review')
		.click();
	await publisher.getByTestId('approve').click();
	await expect(publisher).toHaveURL(/\/review$/);
	await publisher.goto('/data');
	publisher.once('dialog', (dialog) => dialog.accept());
	await publisher.getByTestId('publish-approved').click();
	await expect(publisher.getByText('已发布第4版。')).toBeVisible({ timeout: 30_000 });

	// 报送进度: who has reported 2024, who is still missing, the reminder list as Excel
	await publisher.goto('/review');
	await publisher.getByTestId('progress-link').click();
	await publisher.getByTestId('progress-year').selectOption('2024');
	await expect(publisher).toHaveURL(/year=2024/);
	const units = publisher.getByRole('row');
	await expect(units.filter({ hasText: '浏阳市（430181）' })).toContainText('已发布');
	await expect(units.filter({ hasText: '长沙县（430121）' })).toContainText('已发布');
	await expect(units.filter({ hasText: '芙蓉区（430102）' }).first()).toContainText('未报送');
	await expect(publisher.getByTestId('deadline')).toContainText('2025-03-31');
	const [reminders] = await Promise.all([
		publisher.waitForEvent('download'),
		publisher.getByTestId('export-overdue').click()
	]);
	expect(reminders.suggestedFilename()).toBe('2024年度催报名单.xlsx');

	await reader.goto('/digitization?year=2024');
	await expect(reader.locator('main')).toContainText('浏阳市档案馆');
	await expect(reader.locator('main')).toContainText('长沙县档案馆');
	await liuyang.context().close();
	await changsha.context().close();
});

test('the audit log lists every step, and exports it', async () => {
	await admin.goto('/audit');
	const table = admin.locator('main table');
	for (const action of [
		'登录',
		'修改密码',
		'创建用户',
		'提交文件',
		'提交审核',
		'退回',
		'审核通过',
		'发布版本',
		'回滚版本'
	])
		await expect(table.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
	await admin.getByLabel('操作').selectOption('version_published');
	await admin.getByRole('button', { name: '筛选' }).click();
	await expect(admin.getByText('共 2 条')).toBeVisible();
	const [download] = await Promise.all([
		admin.waitForEvent('download'),
		admin.getByTestId('audit-csv').click()
	]);
	expect(readFileSync(await download.path(), 'utf8')).toContain('version_published');
});

test('no view breaks its Content-Security-Policy, and DuckDB starts under it', async () => {
	const violations: string[] = [];
	const problems: string[] = [];
	reader.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	await reader.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await reader.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation(t: string): void }).reportViolation(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		)
	);
	const csp = (await reader.request.fetch(`${project().direct}/login`)).headers()[
		'content-security-policy'
	];
	expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	for (const view of [
		'/',
		'/assessment',
		'/digitization',
		'/villages',
		'/explore',
		'/explore/sql',
		'/data',
		'/present'
	]) {
		await reader.goto(view);
		if (view !== '/present')
			await expect(reader.locator('[data-engine="ready"]')).toBeAttached({ timeout: 30_000 });
	}
	await reader.goto('/villages');
	await expect(reader.locator('[data-engine="ready"]')).toBeAttached({ timeout: 30_000 });
	// a filter is DuckDB's to answer in the browser: no round trip to the server
	const serverAsked: string[] = [];
	reader.on('request', (r) => {
		if (r.url().includes('__data.json')) serverAsked.push(r.url());
	});
	await reader.getByTestId('year-select').selectOption('2021');
	await expect(reader.locator('h1')).toContainText('2021');
	expect(serverAsked).toEqual([]);
	expect(violations).toEqual([]);
	expect(problems).toEqual([]);
});
