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
import { discardDraft, publishDraft, PublishProblem, rollbackTo } from './publish';

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

	it('discards a draft once, and audits each step', async () => {
		const draft = await submitFile(service, publisher, upload('c.csv', SCORES_2024), {});
		await discardDraft(service, publisher, draft.id!);
		await expect(discardDraft(service, publisher, draft.id!)).rejects.toThrow('已放弃');
		await expect(publishDraft(service, publisher, draft.id!)).rejects.toThrow('已放弃');
		const actions = (await service.store.audit.list({ user: '王发布' })).map((e) => e.action);
		expect(actions.filter((a) => a === 'version_published')).toHaveLength(2);
		expect(actions.filter((a) => a === 'version_rolled_back')).toHaveLength(2);
		expect(actions.filter((a) => a === 'file_submitted')).toHaveLength(5);
		expect(actions[0]).toBe('draft_discarded');
	});
});
