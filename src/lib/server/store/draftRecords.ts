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
	scope: string | null;
	report_year: number | null;
	submitted_at: number | null;
	reviewed_by: string | null;
	reviewed_at: number | null;
	review_reason: string | null;
}

const fromRow = (r: DraftRow): DraftRecord => ({
	id: r.id,
	createdAt: r.created_at,
	createdBy: r.created_by,
	scope: r.scope,
	// drafts kept before submissions had a year: the year before the one they were made in
	reportYear: r.report_year ?? new Date(r.created_at).getUTCFullYear() - 1,
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
	closedBy: r.closed_by,
	submittedAt: r.submitted_at,
	reviewedBy: r.reviewed_by,
	reviewedAt: r.reviewed_at,
	reviewReason: r.review_reason
});

const COLUMNS = `id, created_at, created_by, file_name, file_sha256, table_name, status, based_on,
	row_count, rows_sha256, warnings, preview, version, closed_at, closed_by, scope, report_year,
	submitted_at, reviewed_by, reviewed_at, review_reason`;

/** the moves a submission may make, and from where */
export const DRAFT_MOVES = {
	submit: { from: ['draft'], to: 'submitted' },
	approve: { from: ['submitted'], to: 'approved' },
	return: { from: ['submitted'], to: 'returned' },
	discard: { from: ['draft', 'submitted', 'returned', 'approved'], to: 'discarded' }
} as const satisfies Record<string, { from: readonly DraftStatus[]; to: DraftStatus }>;

export type DraftMove = keyof typeof DRAFT_MOVES;

export class DraftRecords {
	constructor(private readonly db: SqlRunner) {}

	async create(
		draft: Omit<
			DraftRecord,
			| 'id'
			| 'status'
			| 'version'
			| 'closedAt'
			| 'closedBy'
			| 'submittedAt'
			| 'reviewedBy'
			| 'reviewedAt'
			| 'reviewReason'
		>
	): Promise<number> {
		const [row] = await this.db.query<{ id: number }>("SELECT nextval('draft_ids') AS id");
		await this.db.query(
			`INSERT INTO drafts (${COLUMNS})
			VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9, $10, $11, NULL, NULL, NULL, $12, $13,
				NULL, NULL, NULL, NULL)`,
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
				JSON.stringify(draft.preview),
				draft.scope,
				draft.reportYear
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

	/** newest first: a scope's (a district's submitters see each other's), or the whole city's */
	async list(scope?: string): Promise<DraftRecord[]> {
		const rows =
			scope !== undefined
				? await this.db.query<DraftRow>(
						`SELECT ${COLUMNS} FROM drafts WHERE scope = $1 ORDER BY id DESC`,
						[scope]
					)
				: await this.db.query<DraftRow>(`SELECT ${COLUMNS} FROM drafts ORDER BY id DESC`);
		return rows.map(fromRow);
	}

	/**
	 * Move a submission on (submit, approve, return with a reason, discard); false if it was no longer
	 * where the move starts (another reviewer, or a publish, came first).
	 */
	async move(
		id: number,
		move: DraftMove,
		by: string,
		at: number,
		reason: string | null = null
	): Promise<boolean> {
		const { from, to } = DRAFT_MOVES[move];
		const allowed = from.map((s) => `'${s}'`).join(', ');
		const [set, values] =
			move === 'submit'
				? ['submitted_at = $3', [at]]
				: move === 'discard'
					? ['closed_by = $3, closed_at = $4', [by, at]]
					: ['reviewed_by = $3, reviewed_at = $4, review_reason = $5', [by, at, reason]];
		const updated = await this.db.query<{ id: number }>(
			`UPDATE drafts SET status = $2, ${set}
			WHERE id = $1 AND status IN (${allowed}) RETURNING id`,
			[id, to, ...values]
		);
		return updated.length === 1;
	}

	/** mark a draft or an approved submission published in a version; false if it was neither */
	async published(id: number, by: string, at: number, version: number): Promise<boolean> {
		const updated = await this.db.query<{ id: number }>(
			`UPDATE drafts SET status = 'published', closed_by = $2, closed_at = $3, version = $4
			WHERE id = $1 AND status IN ('draft', 'approved') RETURNING id`,
			[id, by, at, version]
		);
		return updated.length === 1;
	}
}
