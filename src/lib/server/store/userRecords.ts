import type { Role, UserInfo } from '$lib/serviceTypes';
import type { SqlRunner } from './driver';

export type { Role, UserInfo };

export interface UserRecord extends UserInfo {
	/** never leaves the server: `userInfo` is what may be shown */
	passwordHash: string;
}

interface UserRow {
	name: string;
	role: Role;
	scope: string | null;
	password_hash: string;
	must_change: boolean;
	disabled: boolean;
	failed_logins: number;
	locked_until: number | null;
	created_at: number;
	password_changed_at: number;
}

const fromRow = (r: UserRow): UserRecord => ({
	name: r.name,
	role: r.role,
	scope: r.scope,
	passwordHash: r.password_hash,
	mustChange: r.must_change,
	disabled: r.disabled,
	failedLogins: r.failed_logins,
	lockedUntil: r.locked_until,
	createdAt: r.created_at,
	passwordChangedAt: r.password_changed_at
});

export function userInfo(user: UserRecord): UserInfo {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the hash stays behind
	const { passwordHash, ...info } = user;
	return info;
}

const COLUMNS = `name, role, scope, password_hash, must_change, disabled, failed_logins, locked_until,
	created_at, password_changed_at`;

export class UserRecords {
	constructor(private readonly db: SqlRunner) {}

	async find(name: string): Promise<UserRecord | null> {
		const rows = await this.db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE name = $1`, [
			name
		]);
		return rows[0] ? fromRow(rows[0]) : null;
	}

	async list(): Promise<UserRecord[]> {
		return (await this.db.query<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY name`)).map(
			fromRow
		);
	}

	async count(): Promise<number> {
		const [row] = await this.db.query<{ n: number }>('SELECT count(*) AS n FROM users');
		return Number(row.n);
	}

	async create(user: UserRecord): Promise<void> {
		await this.db.query(
			`INSERT INTO users (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
			[
				user.name,
				user.role,
				user.scope,
				user.passwordHash,
				user.mustChange,
				user.disabled,
				user.failedLogins,
				user.lockedUntil,
				user.createdAt,
				user.passwordChangedAt
			]
		);
	}

	async setPassword(name: string, hash: string, mustChange: boolean, at: number): Promise<void> {
		await this.db.query(
			`UPDATE users SET password_hash = $2, must_change = $3, password_changed_at = $4,
				failed_logins = 0, locked_until = NULL WHERE name = $1`,
			[name, hash, mustChange, at]
		);
	}

	async setRole(name: string, role: Role, scope: string | null): Promise<void> {
		await this.db.query('UPDATE users SET role = $2, scope = $3 WHERE name = $1', [
			name,
			role,
			scope
		]);
	}

	async setDisabled(name: string, disabled: boolean): Promise<void> {
		await this.db.query('UPDATE users SET disabled = $2 WHERE name = $1', [name, disabled]);
	}

	/** count a failed sign-in; at `limit` failures the account locks until `lockUntil` */
	async recordFailure(name: string, limit: number, lockUntil: number): Promise<UserRecord | null> {
		await this.db.query(
			`UPDATE users SET failed_logins = failed_logins + 1,
				locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END
			WHERE name = $1`,
			[name, limit, lockUntil]
		);
		return this.find(name);
	}

	async clearFailures(name: string): Promise<void> {
		await this.db.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $1', [
			name
		]);
	}
}
