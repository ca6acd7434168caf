export type SqlValue = string | number | boolean | null | Uint8Array;
export type SqlRow = Record<string, unknown>;

/** One statement's worth of database: the store's SQL is plain enough to run on DuckDB and PostgreSQL. */
export interface SqlRunner {
	/** `$1, $2 …` placeholders on both engines; BIGINT comes back as a number, bytes as a Uint8Array */
	query<T extends object = SqlRow>(sql: string, params?: SqlValue[]): Promise<T[]>;
}

export interface SqlDriver extends SqlRunner {
	readonly kind: 'embedded' | 'postgres';
	/** Run `work` in one transaction. */
	transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
	/**
	 * Run `work` while holding `lock`, across every process that shares the database: publishing
	 * builds a version from the current one, so two publishes take turns. Not a transaction: `work`
	 * may take seconds while other requests go on.
	 */
	withLock<T>(lock: number, work: () => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** Numbers the store's serialised steps lock on. */
export const LOCKS = { publish: 7001, schema: 7002, firstAdmin: 7003 } as const;
