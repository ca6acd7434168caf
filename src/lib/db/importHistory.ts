import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { ImportRecord } from './importedData';

/**
 * The imports this browser has committed, in order, kept in IndexedDB: every load replays them over
 * the site's own data, so they survive a reload, a new tab and a new deployment of the site.
 */
let store: UseStore | undefined;
const storeOf = () => (store ??= createStore('archives-dashboard', 'imports'));

/** one list per deployment path, so two dashboards on one intranet host keep their own imports */
function key(base: string): string {
	return `history:${base || '/'}`;
}

export async function readHistory(base: string): Promise<ImportRecord[]> {
	return (await get<ImportRecord[]>(key(base), storeOf())) ?? [];
}

export async function writeHistory(base: string, history: ImportRecord[]): Promise<void> {
	await set(key(base), history, storeOf());
}

/** Tabs of the same dashboard hear of each other's imports and undos. */
export const HISTORY_CHANNEL = 'archives-dashboard.imports';
