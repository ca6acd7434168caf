import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvDataset, writeArrowDataset } from '../../../../scripts/dataset';
import { FIXTURE_DIR } from '../../../../tests/fixtures/openFixture';
import { readSettings } from '../auth/settings';
import { makeService, type Service } from '../service';
import { BACKENDS } from '../store/testStores';
import { ensureInitialVersion } from './initialVersion';
import { submitFile } from './drafts';
import { publishDraft, publishDrafts, PublishProblem, rollbackTo } from './publish';
import { reportingProgress } from './reportingProgress';
import { discardDraft, reviewDraft, submitDraft } from './review';

const csv = (text: string) => new TextEncoder().encode(text);
const SCORES_2024 = csv('年度,单位,类别,得分\n2024,甲局,市直机关,93\n2024,乙局,市直机关,84\n');
const ENTERPRISES_2024 = csv('年度,单位,类别,得分\n2024,丙集团,市属企业,71\n');
const publisher = { user: '王发布', address: '10.0.0.8', role: 'publisher' as const, scope: null };
const upload = (name: string, bytes: Uint8Array) => ({
	name,
	size: bytes.byteLength,
	read: async () => bytes
});

describe.each(BACKENDS)('publishing on the $name store', (backend) => {
	let service: Service;
	let shipped: string;
	let now = Date.UTC(2026, 2, 3, 9);
	const scores = async (n: number) =>
		(await service.datasets.get(n)).db.query<{ year: number; unit: string; score: number }>(
			'SELECT year, unit, score FROM assessments WHERE year = 2024 ORDER BY unit'
		);

	beforeAll(async () => {
		shipped = mkdtempSync(join(tmpdir(), 'archives-shipped-'));
		writeArrowDataset(readCsvDataset(FIXTURE_DIR).tables, shipped, 'fixture');
		service = makeService(await backend.open(), readSettings({}), { now: () => now });
	});
	afterAll(async () => {
		await service.datasets.close();
		await service.store.close();
		rmSync(shipped, { recursive: true, force: true });
	});

	it('starts from the shipped data as version 1, once', async () => {
		expect(await ensureInitialVersion(service.store, shipped, now)).toBe(1);
		expect(await ensureInitialVersion(service.store, shipped, now)).toBe(1);
		expect((await service.store.versions.list()).map((v) => v.kind)).toEqual(['initial']);
		expect(await scores(1)).toEqual([]);
	});

	it('checks a file on the server and keeps it as a draft with its preview', async () => {
		const bad = await submitFile(
			service,
			publisher,
			upload('有错.csv', csv('年度,单位,类别,得分\n2024,甲局,市直机关,105\n')),
			{}
		);
		expect(bad.id).toBeNull();
		expect(bad.errors.map((e) => e.message)).toEqual(['有错.csv 第2行「得分」：“105” 超出 0–100']);
		const good = await submitFile(service, publisher, upload('2024考核.csv', SCORES_2024), {});
		expect(good).toMatchObject({ table: 'assessments', rows: 2, errors: [], basedOn: 1 });
		expect(good.preview).toEqual([{ year: 2024, added: 2, replaced: 0, unchanged: 0, removed: 0 }]);
		expect((await service.store.drafts.get(good.id!))?.status).toBe('draft');
		// nothing is published yet
		expect(await service.store.versions.current()).toBe(1);
	});

	it('publishes two drafts at once: both land, one after the other', async () => {
		const [a, b] = await Promise.all([
			submitFile(service, publisher, upload('a.csv', SCORES_2024), {}),
			submitFile(service, publisher, upload('b.csv', ENTERPRISES_2024), {})
		]);
		now += 1000;
		const published = await Promise.all([
			publishDraft(service, publisher, a.id!),
			publishDraft(service, publisher, b.id!)
		]);
		expect(published.map((p) => p.version).sort()).toEqual([2, 3]);
		expect(await scores(3)).toEqual([
			{ year: 2024, unit: '丙集团', score: 71 },
			{ year: 2024, unit: '乙局', score: 84 },
			{ year: 2024, unit: '甲局', score: 93 }
		]);
		// a table the file did not touch keeps its files
		const [v1, v3] = await Promise.all([1, 3].map((n) => service.store.versions.get(n)));
		const files = (v: typeof v1, name: string) =>
			v!.manifest.tables.find((t) => t.name === name)!.files.map((f) => f.sha256);
		expect(files(v3, 'village_rooms')).toEqual(files(v1, 'village_rooms'));
		expect(files(v3, 'assessments')).not.toEqual(files(v1, 'assessments'));
		await expect(publishDraft(service, publisher, a.id!)).rejects.toThrow(PublishProblem);
	});

	it('rolls back as a new version with the old figures, and forward again', async () => {
		expect(await rollbackTo(service, publisher, 1)).toEqual({ version: 4 });
		expect(await scores(4)).toEqual([]);
		await expect(rollbackTo(service, publisher, 4)).rejects.toThrow('已是当前版本');
		await expect(rollbackTo(service, publisher, 99)).rejects.toThrow('没有第99版');
		expect(await rollbackTo(service, publisher, 3)).toEqual({ version: 5 });
		expect((await scores(5)).length).toBe(3);
		const versions = await service.store.versions.list();
		expect(versions.map((v) => [v.n, v.kind, v.basedOn])).toEqual([
			[5, 'rollback', 3],
			[4, 'rollback', 1],
			[3, 'publish', 2],
			[2, 'publish', 1],
			[1, 'initial', null]
		]);
	});

	it('takes a district’s submission through review: returned, fixed, approved, published with another', async () => {
		const county = {
			user: '李长沙县',
			address: '10.0.1.2',
			role: 'submitter' as const,
			scope: '430121'
		};
		const city = {
			user: '周浏阳',
			address: '10.0.1.3',
			role: 'submitter' as const,
			scope: '430181'
		};
		const header = '年度,档案馆,区划代码,馆藏档案,已数字化,数字化副本（GB）';
		const mine = (digitized: number) => csv(`${header}\n2024,县馆,430121,1000,${digitized},30\n`);
		const both = csv(`${header}\n2024,县馆,430121,1000,300,30\n2024,浏阳馆,430181,800,100,9\n`);
		const outside = await submitFile(service, county, upload('越界.csv', both), {});
		expect(outside.id).toBeNull();
		expect(outside.errors.map((e) => e.message)).toEqual([
			'越界.csv 第3行「区划代码」：“430181” 不属于本账号负责的长沙县（430121）'
		]);
		const first = await submitFile(service, county, upload('长沙县.csv', mine(1200)), {});
		expect(first.id).toBeNull();
		const draft = await submitFile(service, county, upload('长沙县.csv', mine(300)), {});
		await expect(reviewDraft(service, publisher, draft.id!, 'approve', '')).rejects.toThrow(
			'仍是草稿，不能审核通过'
		);
		await submitDraft(service, county, draft.id!);
		await expect(reviewDraft(service, publisher, draft.id!, 'return', ' ')).rejects.toThrow(
			'退回须写明原因'
		);
		await reviewDraft(service, publisher, draft.id!, 'return', '馆藏档案应为年末数');
		expect(await service.store.drafts.get(draft.id!)).toMatchObject({
			status: 'returned',
			scope: '430121',
			reportYear: 2024,
			reviewReason: '馆藏档案应为年末数'
		});
		await expect(publishDraft(service, publisher, draft.id!)).rejects.toThrow('已退回，不能发布');
		const fixed = await submitFile(service, county, upload('长沙县（改）.csv', mine(320)), {});
		await submitDraft(service, county, fixed.id!);
		await reviewDraft(service, publisher, fixed.id!, 'approve', '');
		const other = await submitFile(
			service,
			city,
			upload('浏阳.csv', csv(`${header}\n2024,浏阳馆,430181,800,100,9\n`)),
			{}
		);
		// a submitter's draft is not published before it is reviewed
		await expect(publishDraft(service, publisher, other.id!)).rejects.toThrow('尚未提交审核');
		await submitDraft(service, city, other.id!);
		await reviewDraft(service, publisher, other.id!, 'approve', '');
		const before = await service.store.versions.current();
		const { version } = await publishDrafts(service, publisher, [other.id!, fixed.id!]);
		expect(version).toBe(before + 1);
		const rows = await (
			await service.datasets.get(version)
		).db.query<{
			archive: string;
			digitized: number;
		}>('SELECT archive, digitized FROM digitization WHERE year = 2024 ORDER BY archive');
		expect(rows).toEqual([
			{ archive: '县馆', digitized: 320 },
			{ archive: '浏阳馆', digitized: 100 }
		]);
		const record = await service.store.versions.get(version);
		expect(record!.sources.map((s) => s.draft)).toEqual(
			[fixed.id, other.id].sort((a, b) => a! - b!)
		);
		const steps = (await service.store.audit.list({})).map((e) => e.action);
		expect(steps.filter((a) => a === 'submission_submitted')).toHaveLength(3);
		expect(steps.filter((a) => a === 'submission_returned')).toHaveLength(1);
		expect(steps.filter((a) => a === 'submission_approved')).toHaveLength(2);
	});

	it('says who has reported a year, and who is late', async () => {
		const progress = await reportingProgress(service, await service.store.versions.current(), 2024);
		expect(progress).toMatchObject({ year: 2024, deadline: '2025-03-31', pastDeadline: true });
		expect(progress.reporters.map((r) => [r.label, r.kind, r.status, r.file, r.overdue])).toEqual([
			['长沙县（430121）', 'district', 'published', '长沙县（改）.csv', false],
			['浏阳市（430181）', 'district', 'published', '浏阳.csv', false],
			['市馆', 'archive', 'missing', null, true]
		]);
		const next = await reportingProgress(service, await service.store.versions.current(), 2025);
		expect(next.pastDeadline).toBe(false);
		expect(next.reporters.map((r) => [r.status, r.overdue])).toEqual([
			['missing', false],
			['missing', false],
			['missing', false]
		]);
	});

	it('discards a draft once, and audits each step', async () => {
		const draft = await submitFile(service, publisher, upload('c.csv', SCORES_2024), {});
		await discardDraft(service, publisher, draft.id!);
		await expect(discardDraft(service, publisher, draft.id!)).rejects.toThrow('已放弃');
		await expect(publishDraft(service, publisher, draft.id!)).rejects.toThrow('已放弃');
		const actions = (await service.store.audit.list({ user: '王发布' })).map((e) => e.action);
		expect(actions.filter((a) => a === 'version_published')).toHaveLength(3);
		expect(actions.filter((a) => a === 'version_rolled_back')).toHaveLength(2);
		expect(actions.filter((a) => a === 'file_submitted')).toHaveLength(5);
		expect(actions[0]).toBe('draft_discarded');
	});
});
