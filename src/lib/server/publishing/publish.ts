import { applyImport, previewImport } from '$lib/db/importedData';
import { createNodeConnector } from '$lib/db/nodeConnector';
import type { ImportChange } from '$lib/queries/importChanges';
import { ident } from '$lib/queries/sql';
import { tableByName } from '$lib/schema/tables';
import type { TypedRow } from '$lib/schema/types';
import type { Actor } from '../auth/accounts';
import { manifestTable, tableFiles, type TableFile } from '../datasetFiles';
import { LOCKS } from '../store/driver';
import type { VersionRecord } from '../store/datasetVersions';
import type { Service } from '../service';
import { readVersionFile } from './versionDatasets';

/** a refusal with the HTTP status that says why */
export class PublishProblem extends Error {
	constructor(
		readonly status: 404 | 409,
		message: string
	) {
		super(message);
	}
}

/** The table as the file leaves it: that table alone of the current version, with the rows replaced. */
async function applyToTable(
	service: Service,
	base: VersionRecord,
	tableName: string,
	rows: TypedRow[]
): Promise<{ changes: ImportChange[]; all: TypedRow[] }> {
	const table = tableByName(tableName);
	if (!table) throw new PublishProblem(409, `没有名为 ${tableName} 的表`);
	const entry = base.manifest.tables.find((t) => t.name === tableName);
	const db = await createNodeConnector();
	try {
		for (const [i, file] of (entry?.files ?? []).entries()) {
			const bytes = await readVersionFile(service.store, base.manifest, file.path);
			if (!bytes) throw new Error(`第${base.n}版缺少数据文件 ${file.path}`);
			await db.insertArrowIpc(tableName, bytes, i > 0);
		}
		const changes = await previewImport(db, tableName, rows);
		await applyImport(db, { table: tableName, rows });
		const order = table.key.map(ident).join(', ');
		const all = await db.query<TypedRow>(`SELECT * FROM ${ident(tableName)} ORDER BY ${order}`);
		return { changes, all };
	} finally {
		await db.close();
	}
}

/**
 * Publish a draft as the next version. Publishes take turns (a lock every process shares), and each
 * is applied to the version current when its turn comes, so two at once both land, in order.
 */
export async function publishDraft(
	service: Service,
	actor: Actor & { user: string },
	id: number
): Promise<{ version: number; changes: ImportChange[] }> {
	const { store, clock } = service;
	return store.driver.withLock(LOCKS.publish, async () => {
		const draft = await store.drafts.get(id);
		if (!draft) throw new PublishProblem(404, `没有草稿 ${id}`);
		if (draft.status !== 'draft')
			throw new PublishProblem(
				409,
				`草稿 ${id} 已${draft.status === 'published' ? '发布' : '放弃'}`
			);
		const base = await store.versions.get(await store.versions.current());
		if (!base) throw new PublishProblem(409, '尚无已发布的数据版本');
		const rowsJson = await store.blobs.get(draft.rowsSha256);
		if (!rowsJson) throw new Error(`草稿 ${id} 的数据缺失`);
		const rows = JSON.parse(new TextDecoder().decode(rowsJson)) as TypedRow[];
		const { changes, all } = await applyToTable(service, base, draft.table, rows);
		const table = tableByName(draft.table)!;
		const files: TableFile[] = tableFiles(table, all);
		const manifest = {
			...base.manifest,
			generatedAt: new Date(clock.now()).toISOString(),
			tables: base.manifest.tables.map((t) =>
				t.name === draft.table
					? manifestTable(
							table,
							all,
							files.map((f) => f.entry),
							draft.file
						)
					: t
			)
		};
		const version = await store.transaction(async (tx) => {
			for (const file of files) await tx.blobs.put(file.entry.sha256, file.data);
			const n = await tx.versions.add({
				at: clock.now(),
				by: actor.user,
				kind: 'publish',
				basedOn: base.n,
				note: '',
				sources: [{ file: draft.file, table: draft.table, draft: id, changes }],
				manifest
			});
			await tx.drafts.close(id, 'published', actor.user, clock.now(), n);
			return n;
		});
		await service.accounts.audit(
			'version_published',
			actor,
			`第${version}版：草稿${id}（${draft.file}，表 ${draft.table}）`
		);
		return { version, changes };
	});
}

/** Return to an earlier version's figures: itself a new version, recorded as a rollback. */
export async function rollbackTo(
	service: Service,
	actor: Actor & { user: string },
	target: number
): Promise<{ version: number }> {
	const { store, clock } = service;
	return store.driver.withLock(LOCKS.publish, async () => {
		const old = await store.versions.get(target);
		if (!old) throw new PublishProblem(404, `没有第${target}版`);
		const current = await store.versions.current();
		if (target === current) throw new PublishProblem(409, `第${target}版已是当前版本`);
		const version = await store.versions.add({
			at: clock.now(),
			by: actor.user,
			kind: 'rollback',
			basedOn: target,
			note: `回滚到第${target}版`,
			sources: [],
			manifest: { ...old.manifest }
		});
		await service.accounts.audit(
			'version_rolled_back',
			actor,
			`第${version}版：回滚到第${target}版（原第${current}版）`
		);
		return { version };
	});
}

/** A draft not to be published; its author or a publisher may discard it. */
export async function discardDraft(
	service: Service,
	actor: Actor & { user: string },
	id: number
): Promise<void> {
	const draft = await service.store.drafts.get(id);
	if (!draft) throw new PublishProblem(404, `没有草稿 ${id}`);
	if (!(await service.store.drafts.close(id, 'discarded', actor.user, service.clock.now(), null)))
		throw new PublishProblem(409, `草稿 ${id} 已${draft.status === 'published' ? '发布' : '放弃'}`);
	await service.accounts.audit('draft_discarded', actor, `草稿${id}：${draft.file}`);
}
