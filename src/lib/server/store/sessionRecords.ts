import type { SqlRunner } from './driver';

export interface SessionRecord {
	/** SHA-256 of the cookie's token: the token itself is never stored */
	idHash: string;
	userName: string;
	createdAt: number;
	lastSeen: number;
	address: string | null;
}

interface SessionRow {
	id_hash: string;
	user_name: string;
	created_at: number;
	last_seen: number;
	address: string | null;
}

export class SessionRecords {
	constructor(private readonly db: SqlRunner) {}

	async create(session: SessionRecord): Promise<void> {
		await this.db.query(
			`INSERT INTO sessions (id_hash, user_name, created_at, last_seen, address)
			VALUES ($1, $2, $3, $4, $5)`,
			[session.idHash, session.userName, session.createdAt, session.lastSeen, session.address]
		);
	}

	async find(idHash: string): Promise<SessionRecord | null> {
		const [row] = await this.db.query<SessionRow>(
			'SELECT id_hash, user_name, created_at, last_seen, address FROM sessions WHERE id_hash = $1',
			[idHash]
		);
		if (!row) return null;
		return {
			idHash: row.id_hash,
			userName: row.user_name,
			createdAt: row.created_at,
			lastSeen: row.last_seen,
			address: row.address
		};
	}

	async touch(idHash: string, at: number): Promise<void> {
		await this.db.query('UPDATE sessions SET last_seen = $2 WHERE id_hash = $1', [idHash, at]);
	}

	async delete(idHash: string): Promise<void> {
		await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
	}

	/** a password change or a disabled account ends every session of the user */
	async deleteOf(userName: string): Promise<void> {
		await this.db.query('DELETE FROM sessions WHERE user_name = $1', [userName]);
	}

	/** sessions idle since before `before` (they are refused anyway; this keeps the table small) */
	async deleteIdle(before: number): Promise<void> {
		await this.db.query('DELETE FROM sessions WHERE last_seen < $1', [before]);
	}
}
