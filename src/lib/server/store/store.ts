import { AuditLog } from './auditLog';
import { BlobStore, DatasetVersions } from './datasetVersions';
import { DraftRecords } from './draftRecords';
import type { SqlDriver, SqlRunner } from './driver';
import { openDuckdbDriver } from './duckdbDriver';
import { openPostgresDriver } from './postgresDriver';
import { SessionRecords } from './sessionRecords';
import { createTables } from './tables';
import { UserRecords } from './userRecords';

/** Everything the service keeps, over one database: the same records whichever engine holds them. */
export class Store {
	readonly users: UserRecords;
	readonly sessions: SessionRecords;
	readonly audit: AuditLog;
	readonly versions: DatasetVersions;
	readonly blobs: BlobStore;
	readonly drafts: DraftRecords;

	constructor(
		readonly driver: SqlDriver,
		runner: SqlRunner = driver
	) {
		this.users = new UserRecords(runner);
		this.sessions = new SessionRecords(runner);
		this.audit = new AuditLog(runner);
		this.versions = new DatasetVersions(runner);
		this.blobs = new BlobStore(runner);
		this.drafts = new DraftRecords(runner);
	}

	/** the same records inside one transaction */
	transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
		return this.driver.transaction((runner) => work(new Store(this.driver, runner)));
	}

	close(): Promise<void> {
		return this.driver.close();
	}
}

export interface StoreLocation {
	/** postgres://… : PostgreSQL (or a derivative); otherwise the embedded file */
	databaseUrl?: string;
	/** the embedded database's file, or ':memory:' */
	file?: string;
}

export async function openStore(location: StoreLocation): Promise<Store> {
	const driver = location.databaseUrl
		? await openPostgresDriver(location.databaseUrl)
		: await openDuckdbDriver(location.file ?? ':memory:');
	await createTables(driver);
	return new Store(driver);
}
