import { createHash, randomBytes } from 'node:crypto';
import type { AuditAction } from '../store/auditLog';
import { LOCKS } from '../store/driver';
import type { Store } from '../store/store';
import { userInfo, type Role, type UserInfo } from '../store/userRecords';
import {
	decoyHash,
	hashPassword,
	oneTimePassword,
	passwordProblem,
	verifyPassword
} from './passwords';
import type { ServiceSettings } from './settings';

export interface Clock {
	now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export type SignIn =
	| { ok: true; token: string; user: UserInfo }
	| { ok: false; reason: 'invalid' | 'locked' | 'disabled'; lockedUntil?: number };

export type SessionCheck =
	{ state: 'valid'; user: UserInfo } | { state: 'expired' } | { state: 'none' };

/** who did it and from where, for the audit log */
export interface Actor {
	user: string | null;
	address: string | null;
}

const MINUTE = 60_000;
/** a session's last use is written at most this often, not on every request */
const TOUCH_EVERY = MINUTE;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const NAME_PATTERN = /^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,32}$/;

export function userNameProblem(name: string): string | null {
	return NAME_PATTERN.test(name)
		? null
		: '用户名为2–32个字符：汉字、字母、数字、下划线、点或连字符';
}

/**
 * Accounts and sessions: sign-in with lockout, idle expiry, password rules, and an audit entry for
 * every step. The clock is injected so tests can move time.
 */
export class Accounts {
	constructor(
		readonly store: Store,
		readonly settings: ServiceSettings,
		readonly clock: Clock = systemClock
	) {}

	audit(
		action: AuditAction,
		actor: Actor,
		detail: string | null = null,
		outcome: 'success' | 'failure' = 'success'
	): Promise<void> {
		return this.store.audit.append({ at: this.clock.now(), ...actor, action, detail, outcome });
	}

	async signIn(name: string, password: string, address: string | null): Promise<SignIn> {
		const now = this.clock.now();
		const actor = { user: name.slice(0, 64), address };
		let user = await this.store.users.find(name);
		if (!user) {
			await verifyPassword(password, await decoyHash());
			await this.audit('login_failed', actor, '用户名或密码错误', 'failure');
			return { ok: false, reason: 'invalid' };
		}
		if (user.lockedUntil !== null) {
			if (now < user.lockedUntil) {
				await this.audit('login_failed', actor, '账号已锁定', 'failure');
				return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil };
			}
			await this.store.users.clearFailures(name);
		}
		if (!(await verifyPassword(password, user.passwordHash))) {
			const limit = this.settings.maxFailedLogins;
			user = await this.store.users.recordFailure(
				name,
				limit,
				now + this.settings.lockMinutes * MINUTE
			);
			await this.audit('login_failed', actor, '用户名或密码错误', 'failure');
			if (user && user.failedLogins >= limit) {
				await this.audit(
					'account_locked',
					actor,
					`连续${user.failedLogins}次登录失败，锁定${this.settings.lockMinutes}分钟`,
					'failure'
				);
				return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil ?? undefined };
			}
			return { ok: false, reason: 'invalid' };
		}
		if (user.disabled) {
			await this.audit('login_failed', actor, '账号已停用', 'failure');
			return { ok: false, reason: 'disabled' };
		}
		await this.store.users.clearFailures(name);
		const token = await this.#newSession(name, address);
		await this.audit('login', actor);
		return { ok: true, token, user: userInfo({ ...user, failedLogins: 0, lockedUntil: null }) };
	}

	async signOut(token: string, address: string | null): Promise<void> {
		const session = await this.store.sessions.find(tokenHash(token));
		if (!session) return;
		await this.store.sessions.delete(session.idHash);
		await this.audit('logout', { user: session.userName, address });
	}

	/** the session's user, if the session exists, is not idle too long and its account is usable */
	async check(token: string | undefined, address: string | null): Promise<SessionCheck> {
		if (!token) return { state: 'none' };
		const session = await this.store.sessions.find(tokenHash(token));
		if (!session) return { state: 'none' };
		const now = this.clock.now();
		if (now - session.lastSeen > this.settings.idleMinutes * MINUTE) {
			await this.store.sessions.delete(session.idHash);
			await this.audit(
				'session_expired',
				{ user: session.userName, address },
				`${this.settings.idleMinutes}分钟未操作`
			);
			return { state: 'expired' };
		}
		const user = await this.store.users.find(session.userName);
		if (!user || user.disabled) {
			await this.store.sessions.delete(session.idHash);
			return { state: 'none' };
		}
		if (now - session.lastSeen > TOUCH_EVERY) await this.store.sessions.touch(session.idHash, now);
		return { state: 'valid', user: userInfo(user) };
	}

	/**
	 * One's own password: the current one is asked again. Every session of the account ends and this
	 * one gets a new token, so a session stolen before the change is worth nothing after it.
	 */
	async changePassword(
		name: string,
		current: string,
		next: string,
		address: string | null
	): Promise<{ problem: string } | { token: string }> {
		const user = await this.store.users.find(name);
		if (!user || !(await verifyPassword(current, user.passwordHash))) {
			await this.audit('password_changed', { user: name, address }, '原密码错误', 'failure');
			return { problem: '原密码不正确' };
		}
		const problem = passwordProblem(next, name);
		if (problem) return { problem };
		if (next === current) return { problem: '新密码不能与原密码相同' };
		const now = this.clock.now();
		await this.store.users.setPassword(name, await hashPassword(next), false, now);
		await this.store.sessions.deleteOf(name);
		await this.audit('password_changed', { user: name, address });
		return { token: await this.#newSession(name, address) };
	}

	async #newSession(name: string, address: string | null): Promise<string> {
		const now = this.clock.now();
		const token = randomBytes(32).toString('base64url');
		await this.store.sessions.create({
			idHash: tokenHash(token),
			userName: name,
			createdAt: now,
			lastSeen: now,
			address
		});
		return token;
	}

	/**
	 * An account made by an admin (or the operator's command). Without a password it gets a one-time
	 * one, returned once; either way it must be changed at the first sign-in.
	 */
	async createUser(
		actor: Actor,
		fields: { name: string; role: Role; scope?: string | null; password?: string }
	): Promise<{ problem: string } | { password: string }> {
		const problem =
			userNameProblem(fields.name) ??
			(fields.password !== undefined ? passwordProblem(fields.password, fields.name) : null);
		if (problem) return { problem };
		if (await this.store.users.find(fields.name)) return { problem: `用户 ${fields.name} 已存在` };
		const password = fields.password ?? oneTimePassword();
		const now = this.clock.now();
		await this.store.users.create({
			name: fields.name,
			role: fields.role,
			scope: fields.scope ?? null,
			passwordHash: await hashPassword(password),
			mustChange: true,
			disabled: false,
			failedLogins: 0,
			lockedUntil: null,
			createdAt: now,
			passwordChangedAt: now
		});
		await this.audit(
			'user_created',
			actor,
			`${fields.name}（${fields.role}${fields.scope ? `，${fields.scope}` : ''}）`
		);
		return { password };
	}

	/** an admin's reset: the account must change it at its next sign-in; its sessions end */
	async resetPassword(actor: Actor, name: string, password: string): Promise<string | null> {
		if (!(await this.store.users.find(name))) return `没有用户 ${name}`;
		const problem = passwordProblem(password, name);
		if (problem) return problem;
		await this.store.users.setPassword(name, await hashPassword(password), true, this.clock.now());
		await this.store.sessions.deleteOf(name);
		await this.audit('user_changed', actor, `${name}：重设密码`);
		return null;
	}

	async setDisabled(actor: Actor, name: string, disabled: boolean): Promise<string | null> {
		if (!(await this.store.users.find(name))) return `没有用户 ${name}`;
		await this.store.users.setDisabled(name, disabled);
		if (disabled) await this.store.sessions.deleteOf(name);
		await this.audit(disabled ? 'user_disabled' : 'user_enabled', actor, name);
		return null;
	}

	async setRole(actor: Actor, name: string, role: Role, scope: string | null) {
		const user = await this.store.users.find(name);
		if (!user) return `没有用户 ${name}`;
		await this.store.users.setRole(name, role, scope);
		await this.audit('role_changed', actor, `${name}：${user.role} → ${role}`);
		return null;
	}

	/**
	 * With no account at all, make `admin` with a one-time password (as Jenkins does), so a fresh
	 * `npm start` ends on a dashboard someone can sign in to. Returns it once, or null.
	 */
	async ensureFirstAdmin(): Promise<{ name: string; password: string } | null> {
		return this.store.driver.withLock(LOCKS.firstAdmin, async () => {
			if ((await this.store.users.count()) > 0) return null;
			const made = await this.createUser(
				{ user: null, address: null },
				{ name: 'admin', role: 'admin' }
			);
			return 'password' in made ? { name: 'admin', password: made.password } : null;
		});
	}

	/** the retention job: entries older than the setting go, and the job records itself */
	async pruneAudit(actor: Actor): Promise<number> {
		const before = this.clock.now() - this.settings.auditRetentionDays * 24 * 60 * MINUTE;
		const removed = await this.store.audit.prune(before);
		await this.audit(
			'audit_pruned',
			actor,
			`删除${removed}条早于${new Date(before).toISOString()}的记录`
		);
		return removed;
	}
}
