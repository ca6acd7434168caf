import { LOCKS, type SqlDriver } from './driver';

/**
 * The store's tables, in SQL that DuckDB, PostgreSQL and its derivatives (openGauss, KingbaseES,
 * HighGo) all accept: TEXT, BIGINT, BOOLEAN, BYTEA, sequences. Times are epoch milliseconds (BIGINT),
 * so both engines hand back the same numbers.
 */
const DDL = [
	`CREATE TABLE IF NOT EXISTS users (
		name TEXT PRIMARY KEY,
		role TEXT NOT NULL,
		scope TEXT,
		password_hash TEXT NOT NULL,
		must_change BOOLEAN NOT NULL,
		disabled BOOLEAN NOT NULL,
		failed_logins BIGINT NOT NULL,
		locked_until BIGINT,
		created_at BIGINT NOT NULL,
		password_changed_at BIGINT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS sessions (
		id_hash TEXT PRIMARY KEY,
		user_name TEXT NOT NULL,
		created_at BIGINT NOT NULL,
		last_seen BIGINT NOT NULL,
		address TEXT
	)`,
	`CREATE SEQUENCE IF NOT EXISTS audit_ids`,
	`CREATE TABLE IF NOT EXISTS audit_log (
		id BIGINT PRIMARY KEY,
		occurred_at BIGINT NOT NULL,
		user_name TEXT,
		address TEXT,
		action TEXT NOT NULL,
		detail TEXT,
		outcome TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS blobs (
		sha256 TEXT PRIMARY KEY,
		bytes BYTEA NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS dataset_versions (
		n BIGINT PRIMARY KEY,
		published_at BIGINT NOT NULL,
		by_user TEXT,
		kind TEXT NOT NULL,
		based_on BIGINT,
		note TEXT NOT NULL,
		sources TEXT NOT NULL,
		manifest TEXT NOT NULL
	)`,
	`CREATE SEQUENCE IF NOT EXISTS draft_ids`,
	`CREATE TABLE IF NOT EXISTS drafts (
		id BIGINT PRIMARY KEY,
		created_at BIGINT NOT NULL,
		created_by TEXT NOT NULL,
		file_name TEXT NOT NULL,
		file_sha256 TEXT NOT NULL,
		table_name TEXT NOT NULL,
		status TEXT NOT NULL,
		based_on BIGINT NOT NULL,
		row_count BIGINT NOT NULL,
		rows_sha256 TEXT NOT NULL,
		warnings TEXT NOT NULL,
		preview TEXT NOT NULL,
		version BIGINT,
		closed_at BIGINT,
		closed_by TEXT
	)`,
	// a submission's review (issue 18), added to stores made before it
	`ALTER TABLE drafts ADD COLUMN IF NOT EXISTS scope TEXT`,
	`ALTER TABLE drafts ADD COLUMN IF NOT EXISTS report_year BIGINT`,
	`ALTER TABLE drafts ADD COLUMN IF NOT EXISTS submitted_at BIGINT`,
	`ALTER TABLE drafts ADD COLUMN IF NOT EXISTS reviewed_by TEXT`,
	`ALTER TABLE drafts ADD COLUMN IF NOT EXISTS reviewed_at BIGINT`,
	`ALTER TABLE drafts ADD COLUMN IF NOT EXISTS review_reason TEXT`
];

/** Create what is missing; two processes starting at once take turns. */
export async function createTables(driver: SqlDriver): Promise<void> {
	await driver.withLock(LOCKS.schema, () =>
		driver.transaction(async (tx) => {
			for (const sql of DDL) await tx.query(sql);
		})
	);
}
