import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl, TEST_DATABASE_URL } from '../../src/lib/server/store/testStores';
import { Client, startService, type RunningService } from './serviceProcess';

const SCORES = '年度,单位,类别,得分\n2024,双进程甲局,市直机关,90\n';
const ENTERPRISE = '年度,单位,类别,得分\n2024,双进程乙集团,市属企业,75\n';

/** Several service processes behind one nginx: all they share is the PostgreSQL database. */
describe.runIf(TEST_DATABASE_URL)('two service processes on one PostgreSQL', () => {
	let a: RunningService;
	let b: RunningService;
	beforeAll(async () => {
		const env = { DATABASE_URL: await freshPostgresUrl() };
		[a, b] = await Promise.all([startService(env), startService(env)]);
	});
	afterAll(() => Promise.all([a?.stop(), b?.stop()]));

	it('share one first admin, sessions, users, versions and the audit log', async () => {
		// both started at once: exactly one made the admin and wrote its password
		const written = [a, b].filter((s) => existsSync(join(s.dataDir, 'initialAdminPassword')));
		expect(written).toHaveLength(1);
		const password = readFileSync(join(written[0].dataDir, 'initialAdminPassword'), 'utf8').trim();

		const admin = new Client(a.url);
		expect((await admin.signIn('admin', password)).status).toBe(200);
		await admin.json('POST', '/api/account/password', {
			current: password,
			next: 'Yuelu#Shan2026'
		});
		// the same cookie, sent to the other process: the session lives in the database
		const adminOnB = new Client(b.url);
		adminOnB.cookie = admin.cookie;
		expect((await adminOnB.json('GET', '/api/users')).status).toBe(200);
		expect(
			(
				await adminOnB.json('POST', '/api/users', {
					name: 'pub',
					role: 'publisher',
					password: 'Xiang#Jiang2026'
				})
			).status
		).toBe(201);

		const onA = new Client(a.url);
		await onA.signIn('pub', 'Xiang#Jiang2026');
		await onA.json('POST', '/api/account/password', {
			current: 'Xiang#Jiang2026',
			next: 'Ju#Zizhou2026'
		});
		const onB = new Client(b.url);
		onB.cookie = onA.cookie;

		// a publish on each process at the same moment: both land, in order
		const drafts = await Promise.all([
			onA.upload('a.csv', SCORES),
			onB.upload('b.csv', ENTERPRISE)
		]);
		const published = await Promise.all(
			[onA, onB].map((c, i) =>
				c.json<{ version: number }>(
					'POST',
					`/api/imports/${(drafts[i].body as { id: number }).id}/publish`
				)
			)
		);
		expect(published.map((p) => p.body.version).sort()).toEqual([2, 3]);
		for (const client of [onA, onB]) {
			const page = await (await client.request('GET', '/assessment?year=2024')).text();
			expect(page).toContain('双进程甲局');
			expect(page).toContain('双进程乙集团');
		}
		const log = await adminOnB.json<{ entries: { action: string }[] }>(
			'GET',
			'/api/audit?action=version_published'
		);
		expect(log.body.entries).toHaveLength(2);
	});
});
