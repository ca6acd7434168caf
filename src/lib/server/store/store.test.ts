import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/dataset/manifest';
import { LOCKS } from './driver';
import type { Store } from './store';
import { BACKENDS } from './testStores';

const manifest = (dataset: string): Manifest => ({
	dataset,
	generatedAt: '2026-01-01',
	tables: []
});

describe.each(BACKENDS)('the store on $name', (backend) => {
	let store: Store;
	beforeAll(async () => {
		store = await backend.open();
	});
	afterAll(() => store.close());

	it('keeps users, and never hands back a missing one', async () => {
		await store.users.create({
			name: '张三',
			role: 'publisher',
			scope: null,
			passwordHash: 'h',
			mustChange: true,
			disabled: false,
			failedLogins: 0,
			lockedUntil: null,
			createdAt: 1,
			passwordChangedAt: 1
		});
		expect(await store.users.find('张三')).toMatchObject({ role: 'publisher', mustChange: true });
		expect(await store.users.find('李四')).toBeNull();
		expect(await store.users.count()).toBe(1);
		const locked = await store.users.recordFailure('张三', 2, 99);
		expect(locked).toMatchObject({ failedLogins: 1, lockedUntil: null });
		expect(await store.users.recordFailure('张三', 2, 99)).toMatchObject({
			failedLogins: 2,
			lockedUntil: 99
		});
	});

	it('lists the audit log newest first, filtered, and prunes only what is older', async () => {
		for (const [at, user, action] of [
			[1000, 'a', 'login'],
			[2000, 'b', 'login_failed'],
			[3000, 'a', 'logout']
		] as const)
			await store.audit.append({
				at,
				user,
				address: '10.0.0.1',
				action,
				detail: null,
				outcome: 'success'
			});
		expect((await store.audit.list()).map((e) => e.at)).toEqual([3000, 2000, 1000]);
		expect((await store.audit.list({ user: 'a' })).map((e) => e.action)).toEqual([
			'logout',
			'login'
		]);
		expect((await store.audit.list({ from: 1500, to: 3000 })).map((e) => e.user)).toEqual(['b']);
		expect(await store.audit.prune(2000)).toBe(1);
		expect((await store.audit.list()).map((e) => e.at)).toEqual([3000, 2000]);
	});

	it('numbers versions in order and keeps files by content', async () => {
		expect(await store.versions.current()).toBe(0);
		const bytes = new Uint8Array([0, 1, 2, 255]);
		await store.blobs.put('abc', bytes);
		await store.blobs.put('abc', bytes);
		expect(Array.from((await store.blobs.get('abc'))!)).toEqual([0, 1, 2, 255]);
		const base = { at: 5, by: 'x', basedOn: null, note: '', sources: [] };
		expect(await store.versions.add({ ...base, kind: 'initial', manifest: manifest('v1') })).toBe(
			1
		);
		expect(await store.versions.add({ ...base, kind: 'publish', manifest: manifest('v2') })).toBe(
			2
		);
		expect(await store.versions.current()).toBe(2);
		expect((await store.versions.get(1))?.manifest.dataset).toBe('v1');
		expect((await store.versions.list()).map((v) => v.n)).toEqual([2, 1]);
	});

	it('moves a submission along its life once: a second reviewer finds it moved', async () => {
		const draft = (createdBy: string) =>
			store.drafts.create({
				createdAt: 1,
				createdBy,
				scope: '430121',
				reportYear: 2024,
				file: 'a.csv',
				fileSha256: 'f',
				table: 'digitization',
				basedOn: 1,
				rowCount: 3,
				rowsSha256: 'r',
				warnings: [],
				preview: [{ year: 2024, added: 3, replaced: 0, unchanged: 0, removed: 0 }]
			});
		const id = await draft('李填报');
		expect(await store.drafts.get(id)).toMatchObject({
			status: 'draft',
			scope: '430121',
			reportYear: 2024,
			preview: [{ added: 3 }]
		});
		expect(await store.drafts.move(id, 'approve', '王审核', 2)).toBe(false);
		expect(await store.drafts.move(id, 'submit', '李填报', 2)).toBe(true);
		expect(await store.drafts.move(id, 'return', '王审核', 3, '数字化数大于馆藏')).toBe(true);
		expect(await store.drafts.move(id, 'approve', '赵审核', 4)).toBe(false);
		expect(await store.drafts.published(id, '王审核', 5, 3)).toBe(false);
		expect(await store.drafts.get(id)).toMatchObject({
			status: 'returned',
			submittedAt: 2,
			reviewedBy: '王审核',
			reviewedAt: 3,
			reviewReason: '数字化数大于馆藏'
		});
		const next = await draft('李填报');
		expect(await store.drafts.move(next, 'submit', '李填报', 6)).toBe(true);
		expect(await store.drafts.move(next, 'approve', '王审核', 7)).toBe(true);
		expect(await store.drafts.published(next, '王审核', 8, 3)).toBe(true);
		expect(await store.drafts.published(next, '王审核', 9, 4)).toBe(false);
		expect(await store.drafts.move(next, 'discard', '王审核', 9)).toBe(false);
		expect(await store.drafts.get(next)).toMatchObject({ status: 'published', version: 3 });
		expect((await store.drafts.list('430121')).map((d) => d.id)).toEqual([next, id]);
		expect(await store.drafts.list('430181')).toEqual([]);
	});

	it('takes back a failed transaction whole', async () => {
		await expect(
			store.transaction(async (tx) => {
				await tx.blobs.put('gone', new Uint8Array([1]));
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		expect(await store.blobs.get('gone')).toBeNull();
	});

	it('runs work under one lock one at a time', async () => {
		const order: string[] = [];
		const step = (name: string) =>
			store.driver.withLock(LOCKS.publish, async () => {
				order.push(`${name}+`);
				await new Promise((r) => setTimeout(r, 20));
				order.push(`${name}-`);
			});
		await Promise.all([step('a'), step('b')]);
		expect(order.join(' ')).toMatch(/^(a\+ a- b\+ b-|b\+ b- a\+ a-)$/);
	});
});
