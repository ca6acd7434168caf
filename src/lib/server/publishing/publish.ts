import { applyImport, previewImport } from '$lib/dataset/importedData';
import { createNodeConnector } from '$lib/db/nodeConnector';
import type { ImportChange } from '$lib/queries/importChanges';
import { ident } from '$lib/queries/sql';
import { tableByName } from '$lib/schema/tables';
import type { TypedRow } from '$lib/schema/types';
import type { Actor } from '../auth/accounts';
import { manifestTable, tableFiles, type TableFile } from '../datasetFiles';
import { LOCKS } from '../store/driver';
import type { VersionRecord } from '../store/datasetVersions';
import type { DraftRecord, DraftStatus } from '../store/draftRecords';
import type { Service } from '../service';
import { draftRows } from './draftRows';
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

/** what one draft changed, and the table as every draft of it leaves it */
interface AppliedTable {
	changes: Map<number, ImportChange[]>;
	all: TypedRow[];
}

/** One table of the current version with each draft's rows applied in turn, in the order given. */
async function applyToTable(
	service: Service,
	base: VersionRecord,
	tableName: string,
	drafts: { id: number; rows: TypedRow[] }[]
): Promise<AppliedTable> {
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
		const changes = new Map<number, ImportChange[]>();
		for (const draft of drafts) {
			changes.set(draft.id, await previewImport(db, tableName, draft.rows));
			await applyImport(db, { table: tableName, rows: draft.rows });
		}
		const order = table.key.map(ident).join(', ');
		const all = await db.query<TypedRow>(`SELECT * FROM ${ident(tableName)} ORDER BY ${order}`);
		return { changes, all };
	} finally {
		await db.close();
	}
}

const STATUS_WORDS: Record<DraftStatus, string> = {
	draft: '尚未提交审核',
	submitted: '尚未审核通过',
	returned: '已退回',
	approved: '已审核通过',
	published: '已发布',
	discarded: '已放弃'
};

/** a publisher may publish an approved submission, or a draft of their own without review */
function publishable(draft: DraftRecord, publisher: string): string | null {
	if (draft.status === 'approved') return null;
	if (draft.status === 'draft' && draft.createdBy === publisher) return null;
	return `草稿 ${draft.id} ${STATUS_WORDS[draft.status]}，不能发布`;
}

/**
 * Publish drafts together as the next version, applied in the order of their numbers. Publishes
 * take turns (a lock every process shares), and each is applied to the version current when its
 * turn comes, so two at once both land, in order.
 */
export async function publishDrafts(
	service: Service,
	actor: Actor & { user: string },
	ids: number[]
): Promise<{ version: number; changes: ImportChange[] }> {
	const { store, clock } = service;
	if (ids.length === 0) throw new PublishProblem(409, '没有可发布的草稿');
	return store.driver.withLock(LOCKS.publish, async () => {
		const drafts: DraftRecord[] = [];
		for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
			const draft = await store.drafts.get(id);
			if (!draft) throw new PublishProblem(404, `没有草稿 ${id}`);
			const refused = publishable(draft, actor.user);
			if (refused) throw new PublishProblem(409, refused);
			drafts.push(draft);
		}
		const base = await store.versions.get(await store.versions.current());
		if (!base) throw new PublishProblem(409, '尚无已发布的数据版本');
		const byTable = new Map<string, { id: number; rows: TypedRow[] }[]>();
		for (const draft of drafts) {
			const rows = await draftRows(store, draft);
			byTable.set(draft.table, [...(byTable.get(draft.table) ?? []), { id: draft.id, rows }]);
		}
		const files: TableFile[] = [];
		const changes = new Map<number, ImportChange[]>();
		let tables = base.manifest.tables;
		for (const [name, tableDrafts] of byTable) {
			const applied = await applyToTable(service, base, name, tableDrafts);
			for (const [id, c] of applied.changes) changes.set(id, c);
			const table = tableByName(name)!;
			const written = tableFiles(table, applied.all);
			files.push(...written);
			const sources = drafts.filter((d) => d.table === name).map((d) => d.file);
			const entry = manifestTable(
				table,
				applied.all,
				written.map((f) => f.entry),
				sources.join('、')
			);
			tables = tables.some((t) => t.name === name)
				? tables.map((t) => (t.name === name ? entry : t))
				: [...tables, entry];
		}
		const manifest = { ...base.manifest, generatedAt: new Date(clock.now()).toISOString(), tables };
		const version = await store.transaction(async (tx) => {
			for (const file of files) await tx.blobs.put(file.entry.sha256, file.data);
			const n = await tx.versions.add({
				at: clock.now(),
				by: actor.user,
				kind: 'publish',
				basedOn: base.n,
				note: '',
				sources: drafts.map((d) => ({
					file: d.file,
					table: d.table,
					draft: d.id,
					changes: changes.get(d.id)!
				})),
				manifest
			});
			for (const draft of drafts) {
				if (!(await tx.drafts.published(draft.id, actor.user, clock.now(), n)))
					throw new PublishProblem(409, `草稿 ${draft.id} 已被他人处理`);
			}
			return n;
		});
		const what = drafts.map((d) => `草稿${d.id}（${d.file}，表 ${d.table}）`).join('、');
		await service.accounts.audit('version_published', actor, `第${version}版：${what}`);
		return { version, changes: drafts.flatMap((d) => changes.get(d.id)!) };
	});
}

/** Publish one draft as the next version (see `publishDrafts`). */
export function publishDraft(service: Service, actor: Actor & { user: string }, id: number) {
	return publishDrafts(service, actor, [id]);
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
