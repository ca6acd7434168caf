import { createStore, del, delMany, entries, get, set, type UseStore } from 'idb-keyval';
import { tableByName } from '$lib/schema/tables';
import type { ImportRecord } from './importedData';

/**
 * The imports this browser has committed, kept in IndexedDB: every load replays them over the
 * site's own data, so they survive a reload, a new tab and a new deployment of the site. Each import
 * is a key of its own, so two tabs committing at once both keep theirs (one shared list was
 * rewritten whole by each tab, and the last writer dropped the other's).
 */
let store: UseStore | undefined;
const storeOf = () => (store ??= createStore('archives-dashboard', 'imports'));

/** one set of imports per deployment path, so two dashboards on one intranet host keep their own */
const prefix = (base: string) => `import:${base || '/'}:`;
/** the single list earlier versions kept */
const legacyKey = (base: string) => `history:${base || '/'}`;

const inOrder = (a: ImportRecord, b: ImportRecord) =>
	a.at === b.at ? a.id.localeCompare(b.id) : a.at.localeCompare(b.at);

/** an entry of the browser's store that is not an import this version can replay */
export interface UnreadableImport {
	key: string;
	/** the file it names, if it names one */
	file: string | null;
	reason: string;
}

export interface StoredImports {
	records: ImportRecord[];
	unreadable: UnreadableImport[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Why a stored value is not an import record, or null if it is one. The store is the browser's,
 * open to extensions, other scripts of the origin and the reader's own tools: nothing read from
 * it is trusted to have the shape this version wrote.
 */
export function recordProblem(value: unknown): string | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return `不是导入记录（${value === null ? 'null' : Array.isArray(value) ? '数组' : typeof value}）`;
	const record = value as Partial<Record<keyof ImportRecord, unknown>>;
	for (const field of ['id', 'file', 'table', 'at'] as const)
		if (!isText(record[field])) return `缺少或无效的字段 ${field}`;
	if (!tableByName(record.table as string)) return `没有名为 ${String(record.table)} 的表`;
	if (Number.isNaN(Date.parse(record.at as string))) return `时间无效：${String(record.at)}`;
	const rows = record.rows;
	const rowsOk =
		rows instanceof Uint8Array ||
		(Array.isArray(rows) && rows.every((r) => typeof r === 'object' && r !== null));
	if (!rowsOk) return '行数据无效';
	if (!Array.isArray(record.changes)) return '缺少或无效的字段 changes';
	if (record.rowCount !== undefined && !Number.isInteger(record.rowCount))
		return '缺少或无效的字段 rowCount';
	return null;
}

const named = (value: unknown): string | null =>
	typeof value === 'object' && value !== null && isText((value as { file?: unknown }).file)
		? (value as { file: string }).file
		: null;

export async function readHistory(base: string): Promise<StoredImports> {
	const unreadable: UnreadableImport[] = [];
	const legacy = await get<unknown>(legacyKey(base), storeOf());
	if (Array.isArray(legacy)) {
		for (const [i, record] of legacy.entries()) {
			const id = recordProblem(record) ? `legacy-${i}` : (record as ImportRecord).id;
			await set(prefix(base) + id, record, storeOf());
		}
		await del(legacyKey(base), storeOf());
	} else if (legacy !== undefined) {
		unreadable.push({ key: legacyKey(base), file: null, reason: recordProblem(legacy)! });
	}
	const records: ImportRecord[] = [];
	for (const [key, value] of await entries<IDBValidKey, unknown>(storeOf())) {
		if (!String(key).startsWith(prefix(base))) continue;
		const problem = recordProblem(value);
		if (problem) {
			unreadable.push({ key: String(key), file: named(value), reason: problem });
			continue;
		}
		const record = value as ImportRecord;
		// kept before imports counted their rows, when rows were always objects
		records.push(
			record.rowCount === undefined ? { ...record, rowCount: record.rows.length } : record
		);
	}
	return { records: records.sort(inOrder), unreadable };
}

/** Remove entries that are not imports (`readHistory` names them), by their keys. */
export async function removeUnreadable(keys: string[]): Promise<void> {
	await delMany(keys, storeOf());
}

export async function addImport(base: string, record: ImportRecord): Promise<void> {
	await set(prefix(base) + record.id, record, storeOf());
}

export async function removeImports(base: string, records: ImportRecord[]): Promise<void> {
	await delMany(
		records.map((r) => prefix(base) + r.id),
		storeOf()
	);
}

/** an import's id: `crypto.randomUUID` exists only in secure contexts, which intranets are not */
export function importId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Tabs of the same dashboard hear of each other's imports and undos. */
export const HISTORY_CHANNEL = 'archives-dashboard.imports';
