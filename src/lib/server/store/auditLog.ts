import type { SqlRunner, SqlValue } from './driver';

/** What the audit log records (等保2.0: who, when, from where, what, and whether it succeeded). */
export const AUDIT_ACTIONS = [
	'login',
	'login_failed',
	'account_locked',
	'logout',
	'session_expired',
	'password_changed',
	'user_created',
	'user_changed',
	'user_disabled',
	'user_enabled',
	'role_changed',
	'file_submitted',
	'submission_submitted',
	'submission_returned',
	'submission_approved',
	'draft_discarded',
	'version_published',
	'version_rolled_back',
	'data_exported',
	'audit_exported',
	'audit_pruned'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
	id: number;
	at: number;
	user: string | null;
	address: string | null;
	action: AuditAction;
	detail: string | null;
	outcome: 'success' | 'failure';
}

export interface AuditFilter {
	from?: number;
	/** exclusive */
	to?: number;
	user?: string;
	action?: AuditAction;
	limit?: number;
}

interface AuditRow {
	id: number;
	occurred_at: number;
	user_name: string | null;
	address: string | null;
	action: AuditAction;
	detail: string | null;
	outcome: 'success' | 'failure';
}

/** Append-only from the application: nothing here edits an entry, and only `prune` removes any. */
export class AuditLog {
	constructor(private readonly db: SqlRunner) {}

	async append(entry: Omit<AuditEntry, 'id'>): Promise<void> {
		await this.db.query(
			`INSERT INTO audit_log (id, occurred_at, user_name, address, action, detail, outcome)
			VALUES (nextval('audit_ids'), $1, $2, $3, $4, $5, $6)`,
			[entry.at, entry.user, entry.address, entry.action, entry.detail, entry.outcome]
		);
	}

	/** newest first */
	async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
		const where: string[] = [];
		const params: SqlValue[] = [];
		const add = (sql: string, value: SqlValue) => {
			params.push(value);
			where.push(sql.replace('?', `$${params.length}`));
		};
		if (filter.from !== undefined) add('occurred_at >= ?', filter.from);
		if (filter.to !== undefined) add('occurred_at < ?', filter.to);
		if (filter.user) add('user_name = ?', filter.user);
		if (filter.action) add('action = ?', filter.action);
		params.push(filter.limit ?? 10_000);
		const rows = await this.db.query<AuditRow>(
			`SELECT id, occurred_at, user_name, address, action, detail, outcome FROM audit_log
			${where.length ? `WHERE ${where.join(' AND ')}` : ''}
			ORDER BY id DESC LIMIT $${params.length}`,
			params
		);
		return rows.map((r) => ({
			id: r.id,
			at: r.occurred_at,
			user: r.user_name,
			address: r.address,
			action: r.action,
			detail: r.detail,
			outcome: r.outcome
		}));
	}

	/** the retention job's one delete: entries older than `before`; returns how many went */
	async prune(before: number): Promise<number> {
		const [row] = await this.db.query<{ n: number }>(
			'SELECT count(*) AS n FROM audit_log WHERE occurred_at < $1',
			[before]
		);
		await this.db.query('DELETE FROM audit_log WHERE occurred_at < $1', [before]);
		return Number(row.n);
	}
}
