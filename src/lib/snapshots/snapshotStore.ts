import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { MeetingSnapshot } from './meetingSnapshot';

/**
 * Meeting snapshots kept in this browser (IndexedDB), one set per deployment path. A database of
 * their own: idb-keyval cannot add a store to the imports' existing database.
 */
let store: UseStore | undefined;
const storeOf = () => (store ??= createStore('archives-dashboard-snapshots', 'snapshots'));

const prefix = (base: string) => `${base || '/'}\u0000`;

export async function listSnapshots(base: string): Promise<MeetingSnapshot[]> {
	const all = await entries<string, MeetingSnapshot>(storeOf());
	return all
		.filter(([key]) => key.startsWith(prefix(base)))
		.map(([, snapshot]) => snapshot)
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function readSnapshot(base: string, id: string): Promise<MeetingSnapshot | undefined> {
	return get<MeetingSnapshot>(prefix(base) + id, storeOf());
}

export async function saveSnapshot(base: string, snapshot: MeetingSnapshot): Promise<void> {
	await set(prefix(base) + snapshot.id, snapshot, storeOf());
}

export async function deleteSnapshot(base: string, id: string): Promise<void> {
	await del(prefix(base) + id, storeOf());
}
