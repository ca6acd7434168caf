import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl, TEST_DATABASE_URL } from '../../src/lib/server/store/testStores';
import { Client, startService, type RunningService } from './serviceProcess';

const BACKENDS = [
	{ name: 'embedded', env: async () => ({}) },
	...(TEST_DATABASE_URL
		? [{ name: 'postgres', env: async () => ({ DATABASE_URL: await freshPostgresUrl() }) }]
		: [])
];

const SCORES = '年度,单位,类别,得分\n2024,测试甲局,市直机关,93\n2024,测试乙局,市直机关,84\n';
const ENTERPRISE = '年度,单位,类别,得分\n2024,测试丙集团,市属企业,71\n';
const DIGITIZATION = '年度,档案馆,区划代码,馆藏档案,已数字化,数字化副本（GB）';
/** 浏阳市's archive in 2024, as its district files it */
const LIUYANG = (digitized: number) =>
	`${DIGITIZATION}\n2024,浏阳市档案馆,430181,230000,${digitized},2100\n`;
// none contains its user name (a rule of its own)
const PASSWORDS = {
	admin: 'Yuelu#Shan2026',
	pub: 'Xiang#Jiang2026',
	sub: 'Ju#Zizhou2026',
	reader: 'Tianxin#Ge2026'
};
const GIVEN = 'Given#Pw2026';

describe.each(BACKENDS)('the service on the $name store', (backend) => {
	let service: RunningService;
	const as: Record<string, Client> = {};
	const client = () => new Client(service.url);

	beforeAll(async () => {
		service = await startService(await backend.env());
	});
	afterAll(() => service?.stop());

	it('lets nobody in without an account', async () => {
		const anonymous = client();
		const home = await anonymous.request('GET', '/');
		expect(home.status).toBe(303);
		expect(home.headers.get('location')).toBe('/login?next=%2F');
		for (const path of [
			'/api/versions',
			'/api/audit',
			'/api/imports',
			'/data/v1/manifest.json',
			'/data/v1/ahead/assessment/2023.json'
		])
			expect((await anonymous.request('GET', path)).status, path).toBe(401);
		expect((await anonymous.upload('a.csv', SCORES)).status).toBe(401);
		expect((await anonymous.request('POST', '/api/versions/1/rollback')).status).toBe(401);
		// the build's own data files are not a way round it
		expect((await anonymous.request('GET', '/data/manifest.json')).status).toBe(404);
	});

	it('signs in the first admin with the printed password, who must change it first', async () => {
		as.admin = client();
		const signIn = await as.admin.signIn('admin', service.adminPassword());
		expect(signIn.status).toBe(200);
		expect(signIn.body.user).toMatchObject({ name: 'admin', role: 'admin', mustChange: true });
		expect((await as.admin.json('GET', '/api/versions')).status).toBe(403);
		const before = as.admin.cookie;
		const changed = await as.admin.json('POST', '/api/account/password', {
			current: service.adminPassword(),
			next: PASSWORDS.admin
		});
		expect(changed.status).toBe(204);
		expect(as.admin.cookie).not.toBe(before);
		expect((await as.admin.json('GET', '/api/versions')).body).toMatchObject({ current: 1 });
	});

	it('makes the other accounts, each changing its given password', async () => {
		for (const [name, role, scope] of [
			['pub', 'publisher', null],
			['sub', 'submitter', '430181'],
			['reader', 'reader', null]
		] as const) {
			const made = await as.admin.json('POST', '/api/users', {
				name,
				role,
				scope,
				password: GIVEN
			});
			expect(made.status).toBe(201);
			as[name] = client();
			expect((await as[name].signIn(name, GIVEN)).status).toBe(200);
			const changed = await as[name].json('POST', '/api/account/password', {
				current: GIVEN,
				next: PASSWORDS[name]
			});
			expect(changed.status).toBe(204);
		}
		const weak = await as.admin.json('POST', '/api/users', {
			name: 'x1',
			role: 'reader',
			password: 'abc'
		});
		expect(weak).toMatchObject({
			status: 400,
			body: { message: expect.stringContaining('至少8位') }
		});
	});

	it('checks each role on the server, for every endpoint', async () => {
		const expected: [string, string, Record<string, number>][] = [
			['GET', '/api/versions', { admin: 200, pub: 200, sub: 200, reader: 200 }],
			['GET', '/api/audit', { admin: 200, pub: 403, sub: 403, reader: 403 }],
			['GET', '/api/users', { admin: 200, pub: 403, sub: 403, reader: 403 }],
			['GET', '/api/imports', { admin: 403, pub: 200, sub: 200, reader: 403 }],
			['POST', '/api/versions/1/rollback', { admin: 403, pub: 409, sub: 403, reader: 403 }],
			['POST', '/api/imports/999/publish', { admin: 403, pub: 404, sub: 403, reader: 403 }],
			['GET', '/data/v1/manifest.json', { admin: 200, pub: 200, sub: 200, reader: 200 }]
		];
		for (const [method, path, statuses] of expected)
			for (const [who, status] of Object.entries(statuses))
				expect((await as[who].request(method, path)).status, `${who} ${method} ${path}`).toBe(
					status
				);
		for (const [who, status] of Object.entries({ admin: 403, pub: 201, sub: 422, reader: 403 }))
			expect((await as[who].upload('a.csv', SCORES)).status, `${who} uploads`).toBe(status);
		// a submitter prepares its district's figures, a publisher publishes
		const draft = await as.sub.upload('b.csv', LIUYANG(160000));
		expect(draft.status).toBe(201);
		const id = (draft.body as { id: number }).id;
		expect((await as.sub.request('POST', `/api/imports/${id}/publish`)).status).toBe(403);
		expect((await as.reader.request('DELETE', `/api/imports/${id}`)).status).toBe(403);
		expect((await as.sub.request('DELETE', `/api/imports/${id}`)).status).toBe(204);
	});

	it('refuses a change from another origin, and a malformed URL, and keeps running', async () => {
		const foreign = new Client(service.url, 'http://evil.example');
		foreign.cookie = as.pub.cookie;
		const refused = await foreign.json('POST', '/api/versions/1/rollback');
		expect(refused).toMatchObject({ status: 403, body: { message: '拒绝来自其他网站的请求' } });
		expect((await as.pub.request('GET', '/%E0%A4%A')).status).toBe(400);
		expect((await as.pub.request('GET', '/api/versions')).status).toBe(200);
	});

	it('refuses a bad file with its row and column, and keeps no draft of it', async () => {
		const bad = await as.pub.upload('有错.csv', '年度,单位,类别,得分\n2024,甲局,市直机关,105\n');
		expect(bad).toMatchObject({ status: 422, body: { id: null } });
		expect((bad.body as { errors: { message: string }[] }).errors[0].message).toBe(
			'有错.csv 第2行「得分」：“105” 超出 0–100'
		);
	});

	it('publishes what a reader then sees on the first paint, and takes it away on rollback', async () => {
		const before = await (await as.reader.request('GET', '/assessment?year=2024')).text();
		expect(before).not.toContain('测试甲局');
		const draft = await as.pub.upload('2024考核.csv', SCORES);
		expect(draft.body).toMatchObject({
			preview: [{ year: 2024, added: 2, replaced: 0, unchanged: 0, removed: 0 }]
		});
		const published = await as.pub.json(
			'POST',
			`/api/imports/${(draft.body as { id: number }).id}/publish`
		);
		expect(published).toMatchObject({ status: 200, body: { version: 2 } });
		const after = await (await as.reader.request('GET', '/assessment?year=2024')).text();
		expect(after).toContain('测试甲局');
		// and its browser loads the Arrow files of that version, and its years rendered ahead
		expect((await as.reader.request('GET', '/data/v2/manifest.json')).status).toBe(200);
		const ahead = await as.reader.request('GET', '/data/v2/ahead/assessment/2024.json');
		expect([ahead.status, ahead.headers.get('cache-control')]).toEqual([
			200,
			'private, max-age=31536000, immutable'
		]);
		expect(await ahead.text()).toContain('测试甲局');
		expect((await as.reader.request('GET', '/data/v1/ahead/assessment/2024.json')).status).toBe(
			404
		);
		expect((await as.reader.request('GET', '/data/v2/ahead/assessment/1999.json')).status).toBe(
			404
		);
		const back = await as.pub.json('POST', '/api/versions/1/rollback');
		expect(back).toMatchObject({ status: 200, body: { version: 3 } });
		const rolled = await (await as.reader.request('GET', '/assessment?year=2024')).text();
		expect(rolled).not.toContain('测试甲局');
		const versions = await as.reader.json<{ versions: { n: number; kind: string }[] }>(
			'GET',
			'/api/versions'
		);
		expect(versions.body.versions.map((v) => [v.n, v.kind])).toEqual([
			[3, 'rollback'],
			[2, 'publish'],
			[1, 'initial']
		]);
	});

	it('serves a view rendered once to its later readers, compressed, each under their own name', async () => {
		const first = await as.reader.request('GET', '/villages?year=2023', undefined, {
			'accept-encoding': 'br'
		});
		const again = await as.reader.request('GET', '/villages?year=2023', undefined, {
			'accept-encoding': 'br'
		});
		expect(again.headers.get('content-encoding')).toBe('br');
		expect(again.headers.get('cache-control')).toBe('no-store');
		const page = await first.text();
		expect(await again.text()).toBe(page);
		expect(page).toContain('name:"reader"');
		const theirs = await (await as.pub.request('GET', '/villages?year=2023')).text();
		expect(theirs).toContain('name:"pub"');
		expect(theirs).not.toContain('name:"reader"');
		// another year is another page
		const other = await (await as.reader.request('GET', '/villages?year=2022')).text();
		expect(other).not.toBe(page);
	});

	it('publishes two drafts sent at the same moment: both land, in order', async () => {
		const [a, b] = await Promise.all([
			as.pub.upload('a.csv', SCORES),
			as.pub.upload('b.csv', ENTERPRISE)
		]);
		const ids = [a, b].map((d) => (d.body as { id: number }).id);
		const published = await Promise.all(
			ids.map((id) => as.pub.json<{ version: number }>('POST', `/api/imports/${id}/publish`))
		);
		expect(published.map((p) => p.status)).toEqual([200, 200]);
		expect(published.map((p) => p.body.version).sort()).toEqual([4, 5]);
		const page = await (await as.reader.request('GET', '/assessment?year=2024')).text();
		expect(page).toContain('测试甲局');
		expect(page).toContain('测试丙集团');
	});

	it('keeps a district’s submissions from another district, and returns one with its reason', async () => {
		const made = await as.admin.json('POST', '/api/users', {
			name: 'sub2',
			role: 'submitter',
			scope: '430121',
			password: GIVEN
		});
		expect(made.status).toBe(201);
		as.sub2 = client();
		await as.sub2.signIn('sub2', GIVEN);
		await as.sub2.json('POST', '/api/account/password', { current: GIVEN, next: 'Chang#Sha2026' });
		// 长沙县's account sending 浏阳市's rows
		const outside = await as.sub2.upload('浏阳.csv', LIUYANG(160000));
		expect(outside.status).toBe(422);
		expect((outside.body as { errors: { message: string }[] }).errors[0].message).toBe(
			'浏阳.csv 第2行「区划代码」：“430181” 不属于本账号负责的长沙县（430121）'
		);
		const draft = await as.sub.upload('浏阳2024.csv', LIUYANG(160000));
		const id = (draft.body as { id: number }).id;
		expect((await as.sub2.request('GET', `/api/imports/${id}`)).status).toBe(404);
		expect((await as.sub2.request('POST', `/api/imports/${id}/submit`)).status).toBe(404);
		const theirs = await as.sub2.json<{ drafts: { id: number }[] }>('GET', '/api/imports');
		expect(theirs.body.drafts.map((d) => d.id)).not.toContain(id);
		expect((await as.sub.request('POST', `/api/imports/${id}/submit`)).status).toBe(204);
		const review = (who: string, body: unknown) =>
			as[who].json('POST', `/api/imports/${id}/review`, body);
		expect((await review('sub', { decision: 'approve' })).status).toBe(403);
		expect((await review('sub2', { decision: 'approve' })).status).toBe(403);
		expect((await review('pub', { decision: 'return' })).status).toBe(409);
		const reason = '已数字化数比上年少，请核对';
		expect((await review('pub', { decision: 'return', reason })).status).toBe(204);
		const returned = await as.sub.json('GET', `/api/imports/${id}`);
		expect(returned.body).toMatchObject({
			status: 'returned',
			reviewReason: reason,
			reviewedBy: 'pub'
		});
		const fixed = await as.sub.upload('浏阳2024（改）.csv', LIUYANG(170000));
		const fixedId = (fixed.body as { id: number }).id;
		expect((await as.sub.request('POST', `/api/imports/${fixedId}/submit`)).status).toBe(204);
		const approved = await as.pub.json('POST', `/api/imports/${fixedId}/review`, {
			decision: 'approve'
		});
		expect(approved.status).toBe(204);
		expect((await as.sub.json('POST', '/api/versions', {})).status).toBe(403);
		const published = await as.pub.json<{ version: number }>('POST', '/api/versions', {});
		expect(published.status).toBe(200);
		const versions = await as.reader.json<{
			current: number;
			versions: { n: number; sources: { draft: number }[] }[];
		}>('GET', '/api/versions');
		expect(versions.body.current).toBe(published.body.version);
		expect(versions.body.versions[0].sources.map((s) => s.draft)).toEqual([fixedId]);
	});

	it('locks an account after five failures, for fifteen minutes', async () => {
		const guesser = client();
		for (let i = 0; i < 4; i++) expect((await guesser.signIn('reader', 'wrong')).status).toBe(401);
		const fifth = await guesser.signIn('reader', 'wrong');
		expect(fifth).toMatchObject({
			status: 423,
			body: { message: expect.stringContaining('15分钟') }
		});
		expect((await guesser.signIn('reader', PASSWORDS.reader)).status).toBe(423);
		service.advanceMinutes(16);
		expect((await guesser.signIn('reader', PASSWORDS.reader)).status).toBe(200);
	});

	it('ends a session after thirty idle minutes', async () => {
		const [api, browser] = [client(), client()];
		await api.signIn('reader', PASSWORDS.reader);
		await browser.signIn('reader', PASSWORDS.reader);
		service.advanceMinutes(29);
		expect((await api.request('GET', '/api/versions')).status).toBe(200);
		expect((await browser.request('GET', '/villages')).status).toBe(200);
		service.advanceMinutes(31);
		const expired = await api.json('GET', '/api/versions');
		expect(expired).toMatchObject({ status: 401, body: { message: '登录已超时，请重新登录' } });
		const page = await browser.request('GET', '/villages');
		expect(page.headers.get('location')).toBe('/login?next=%2Fvillages&expired=1');
		expect(browser.cookie).toBe('');
	});

	it('keeps every step in the audit log, for admins, as CSV too', async () => {
		await as.admin.signIn('admin', PASSWORDS.admin);
		const log = await as.admin.json<{
			entries: { action: string; user: string; outcome: string }[];
		}>('GET', '/api/audit');
		const actions = new Set(log.body.entries.map((e) => e.action));
		for (const action of [
			'login',
			'login_failed',
			'account_locked',
			'session_expired',
			'password_changed',
			'user_created',
			'file_submitted',
			'submission_submitted',
			'submission_returned',
			'submission_approved',
			'draft_discarded',
			'version_published',
			'version_rolled_back'
		])
			expect(actions, action).toContain(action);
		const failures = await as.admin.json<{ entries: { user: string }[] }>(
			'GET',
			'/api/audit?action=login_failed&user=reader'
		);
		expect(failures.body.entries.length).toBe(6);
		const csv = await as.admin.request('GET', '/api/audit?format=csv&action=account_locked');
		const bytes = new Uint8Array(await csv.arrayBuffer());
		expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		expect(text).toMatch(/^序号,时间,用户,来源地址,操作,详情,结果\r\n/);
		expect(text).toContain('account_locked');
		expect((await as.admin.request('DELETE', '/api/audit')).status).toBe(405);
	});

	it('caps an upload at 64 MB', async () => {
		await as.pub.signIn('pub', PASSWORDS.pub);
		const big = new FormData();
		big.set('file', new File([new Uint8Array(65 * 1024 * 1024)], 'big.csv'));
		const response = await as.pub.request('POST', '/api/imports', big);
		expect(response.status).toBe(413);
		expect((await as.pub.request('GET', '/api/versions')).status).toBe(200);
	});
});
