import { createStore, del, delMany, entries, get, set, type UseStore } from 'idb-keyval';
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

export async function readHistory(base: string): Promise<ImportRecord[]> {
	const legacy = await get<ImportRecord[]>(legacyKey(base), storeOf());
	if (legacy) {
		for (const record of legacy) await set(prefix(base) + record.id, record, storeOf());
		await del(legacyKey(base), storeOf());
	}
	const all = await entries<IDBValidKey, ImportRecord>(storeOf());
	return all
		.filter(([key]) => String(key).startsWith(prefix(base)))
		.map(([, record]) => record)
		.map((record) =>
			// kept before imports counted their rows, when rows were always objects
			record.rowCount === undefined ? { ...record, rowCount: record.rows.length } : record
		)
		.sort(inOrder);
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
