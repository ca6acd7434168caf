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
	/** a second connection to the same data, for the SQL console (see `Session`) */
	openSession(): Promise<Session>;
	close(): Promise<void>;
}

/**
 * A connection of its own: its temporary tables are its own, nothing is cached, and every text runs
 * as one prepared statement, so DuckDB refuses a text holding several statements.
 */
export interface Session {
	query<T extends object = Row>(sql: string): Promise<T[]>;
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

/**
 * The reader's browser requests nothing but the site's own files: no statement may read a URL or a
 * path (a console link could otherwise make it call any intranet address), a runaway query fails
 * alone at the memory limit instead of breaking the engine, and the configuration is locked so no
 * statement can set either back. Applied once, after `SESSION_SETTINGS`: they hold for every
 * connection of the database.
 */
export const BROWSER_LOCKDOWN = [
	'SET enable_external_access = false',
	"SET memory_limit = '1GB'",
	'SET lock_configuration = true'
];
