import type { DraftRecord, DraftStatus } from '$lib/serviceTypes';
import type { SqlRunner } from './driver';

export type { DraftRecord, DraftStatus };

interface DraftRow {
	id: number;
	created_at: number;
	created_by: string;
	file_name: string;
	file_sha256: string;
	table_name: string;
	status: DraftStatus;
	based_on: number;
	row_count: number;
	rows_sha256: string;
	warnings: string;
	preview: string;
	version: number | null;
	closed_at: number | null;
	closed_by: string | null;
}

const fromRow = (r: DraftRow): DraftRecord => ({
	id: r.id,
	createdAt: r.created_at,
	createdBy: r.created_by,
	file: r.file_name,
	fileSha256: r.file_sha256,
	table: r.table_name,
	status: r.status,
	basedOn: r.based_on,
	rowCount: r.row_count,
	rowsSha256: r.rows_sha256,
	warnings: JSON.parse(r.warnings) as DraftRecord['warnings'],
	preview: JSON.parse(r.preview) as DraftRecord['preview'],
	version: r.version,
	closedAt: r.closed_at,
	closedBy: r.closed_by
});

const COLUMNS = `id, created_at, created_by, file_name, file_sha256, table_name, status, based_on,
	row_count, rows_sha256, warnings, preview, version, closed_at, closed_by`;

export class DraftRecords {
	constructor(private readonly db: SqlRunner) {}

	async create(
		draft: Omit<DraftRecord, 'id' | 'status' | 'version' | 'closedAt' | 'closedBy'>
	): Promise<number> {
		const [row] = await this.db.query<{ id: number }>("SELECT nextval('draft_ids') AS id");
		await this.db.query(
			`INSERT INTO drafts (${COLUMNS})
			VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9, $10, $11, NULL, NULL, NULL)`,
			[
				row.id,
				draft.createdAt,
				draft.createdBy,
				draft.file,
				draft.fileSha256,
				draft.table,
				draft.basedOn,
				draft.rowCount,
				draft.rowsSha256,
				JSON.stringify(draft.warnings),
				JSON.stringify(draft.preview)
			]
		);
		return row.id;
	}

	async get(id: number): Promise<DraftRecord | null> {
		const [row] = await this.db.query<DraftRow>(`SELECT ${COLUMNS} FROM drafts WHERE id = $1`, [
			id
		]);
		return row ? fromRow(row) : null;
	}

	/** newest first; a submitter sees only their own */
	async list(createdBy?: string): Promise<DraftRecord[]> {
		const rows = createdBy
			? await this.db.query<DraftRow>(
					`SELECT ${COLUMNS} FROM drafts WHERE created_by = $1 ORDER BY id DESC`,
					[createdBy]
				)
			: await this.db.query<DraftRow>(`SELECT ${COLUMNS} FROM drafts ORDER BY id DESC`);
		return rows.map(fromRow);
	}

	/** close an open draft; false if it was no longer open (published or discarded meanwhile) */
	async close(
		id: number,
		status: Exclude<DraftStatus, 'draft'>,
		by: string,
		at: number,
		version: number | null
	): Promise<boolean> {
		const updated = await this.db.query<{ id: number }>(
			`UPDATE drafts SET status = $2, closed_by = $3, closed_at = $4, version = $5
			WHERE id = $1 AND status = 'draft' RETURNING id`,
			[id, status, by, at, version]
		);
		return updated.length === 1;
	}
}
