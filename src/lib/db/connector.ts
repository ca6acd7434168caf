export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * Where data comes from. Only implementations of this interface know about wasm, workers or files;
 * query builders produce SQL text and views receive plain rows.
 */
export interface Connector {
	query<T extends object = Row>(sql: string): Promise<T[]>;
	/** create (or, with `append`, add to) a table from Arrow IPC stream bytes */
	insertArrowIpc(table: string, bytes: Uint8Array, append: boolean): Promise<void>;
	close(): Promise<void>;
}

/**
 * Offline there is nowhere to fetch extensions from, and an autoloading query can end a Node process
 * silently (stack.md): with autoloading off the same query fails at once with a Catalog Error.
 */
export const SESSION_SETTINGS = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];
