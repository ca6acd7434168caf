import type { Manifest } from '$lib/dataset/manifest';
import type { VersionKind, VersionSource, VersionSummary } from '$lib/serviceTypes';
import type { SqlRunner } from './driver';

export type { VersionKind, VersionSource, VersionSummary };

/** A published dataset: immutable; the newest is what every reader sees. */
export interface VersionRecord extends VersionSummary {
	manifest: Manifest;
}

interface VersionRow {
	n: number;
	published_at: number;
	by_user: string | null;
	kind: VersionKind;
	based_on: number | null;
	note: string;
	sources: string;
	manifest?: string;
}

const summaryOf = (r: VersionRow): VersionSummary => ({
	n: r.n,
	at: r.published_at,
	by: r.by_user,
	kind: r.kind,
	basedOn: r.based_on,
	note: r.note,
	sources: JSON.parse(r.sources) as VersionSource[]
});

const SUMMARY = 'n, published_at, by_user, kind, based_on, note, sources';

export class DatasetVersions {
	constructor(private readonly db: SqlRunner) {}

	/** the current version's number: the newest (a rollback is a new version), 0 before the first */
	async current(): Promise<number> {
		const [row] = await this.db.query<{ n: number | null }>(
			'SELECT max(n) AS n FROM dataset_versions'
		);
		return row?.n ?? 0;
	}

	async get(n: number): Promise<VersionRecord | null> {
		const [row] = await this.db.query<Required<VersionRow>>(
			`SELECT ${SUMMARY}, manifest FROM dataset_versions WHERE n = $1`,
			[n]
		);
		return row ? { ...summaryOf(row), manifest: JSON.parse(row.manifest) as Manifest } : null;
	}

	/** newest first */
	async list(): Promise<VersionSummary[]> {
		return (
			await this.db.query<VersionRow>(`SELECT ${SUMMARY} FROM dataset_versions ORDER BY n DESC`)
		).map(summaryOf);
	}

	/** add the next version; call inside the publish lock so versions are numbered in order */
	async add(version: Omit<VersionRecord, 'n'>): Promise<number> {
		const n = (await this.current()) + 1;
		await this.db.query(
			`INSERT INTO dataset_versions (n, published_at, by_user, kind, based_on, note, sources, manifest)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			[
				n,
				version.at,
				version.by,
				version.kind,
				version.basedOn,
				version.note,
				JSON.stringify(version.sources),
				JSON.stringify(version.manifest)
			]
		);
		return n;
	}
}

/** Files by content: a version that leaves a table as it was shares that table's files. */
export class BlobStore {
	constructor(private readonly db: SqlRunner) {}

	async put(sha256: string, bytes: Uint8Array): Promise<void> {
		await this.db.query(
			'INSERT INTO blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING',
			[sha256, bytes]
		);
	}

	async get(sha256: string): Promise<Uint8Array | null> {
		const [row] = await this.db.query<{ bytes: Uint8Array }>(
			'SELECT bytes FROM blobs WHERE sha256 = $1',
			[sha256]
		);
		return row
			? new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength)
			: null;
	}
}
