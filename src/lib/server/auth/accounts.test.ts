import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { BACKENDS } from '../store/testStores';
import { Accounts } from './accounts';
import { readSettings } from './settings';

const MINUTE = 60_000;

describe.each(BACKENDS)('accounts on the $name store', (backend) => {
	let store: Store;
	let accounts: Accounts;
	let now = Date.UTC(2026, 2, 3, 9);
	const from = { user: 'admin', address: '10.1.2.3' };
	beforeAll(async () => {
		store = await backend.open();
		accounts = new Accounts(store, readSettings({}), { now: () => now });
	});
	afterAll(() => store.close());

	it('makes the first admin once, with a one-time password to change', async () => {
		const first = await accounts.ensureFirstAdmin();
		expect(first?.name).toBe('admin');
		expect(first?.password).toMatch(/^.{18}$/);
		expect(await accounts.ensureFirstAdmin()).toBeNull();
		const signIn = await accounts.signIn('admin', first!.password, '10.1.2.3');
		expect(signIn.ok && signIn.user).toMatchObject({ role: 'admin', mustChange: true });
	});

	it('refuses weak passwords with the rule in Chinese', async () => {
		expect(
			await accounts.createUser(from, { name: 'wang', role: 'reader', password: 'short' })
		).toEqual({
			problem: expect.stringContaining('至少8位')
		});
		expect(
			await accounts.createUser(from, { name: 'wang', role: 'reader', password: 'alllowercase1' })
		).toEqual({ problem: expect.stringContaining('太简单') });
		expect(await accounts.createUser(from, { name: 'a b', role: 'reader' })).toEqual({
			problem: expect.stringContaining('用户名')
		});
	});

	it('locks an account after five failures for fifteen minutes, then lets it in', async () => {
		await accounts.createUser(from, { name: 'li', role: 'publisher', password: 'Changsha#2026' });
		for (let i = 0; i < 4; i++)
			expect(await accounts.signIn('li', 'wrong', null)).toEqual({ ok: false, reason: 'invalid' });
		const fifth = await accounts.signIn('li', 'wrong', null);
		expect(fifth).toMatchObject({ ok: false, reason: 'locked', lockedUntil: now + 15 * MINUTE });
		// even the right password waits out the lock
		expect(await accounts.signIn('li', 'Changsha#2026', null)).toMatchObject({ reason: 'locked' });
		now += 15 * MINUTE + 1;
		expect((await accounts.signIn('li', 'Changsha#2026', null)).ok).toBe(true);
		const actions = (await store.audit.list({ user: 'li' })).map((e) => e.action);
		expect(actions.filter((a) => a === 'login_failed')).toHaveLength(6);
		expect(actions).toContain('account_locked');
		expect(actions[0]).toBe('login');
	});

	it('counts failures afresh after a lock has passed', async () => {
		await accounts.createUser(from, { name: 'zhao', role: 'reader', password: 'Changsha#2026' });
		for (let i = 0; i < 5; i++) await accounts.signIn('zhao', 'wrong', null);
		now += 16 * MINUTE;
		expect(await accounts.signIn('zhao', 'wrong', null)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('ends a session idle for thirty minutes, and records it', async () => {
		const signIn = await accounts.signIn('li', 'Changsha#2026', '10.1.2.3');
		if (!signIn.ok) throw new Error('sign-in failed');
		now += 29 * MINUTE;
		expect((await accounts.check(signIn.token, null)).state).toBe('valid');
		now += 29 * MINUTE;
		expect((await accounts.check(signIn.token, null)).state).toBe('valid');
		now += 31 * MINUTE;
		expect((await accounts.check(signIn.token, null)).state).toBe('expired');
		expect((await accounts.check(signIn.token, null)).state).toBe('none');
		expect((await store.audit.list({ user: 'li', action: 'session_expired' })).length).toBe(1);
	});

	it('a disabled account and a reset password end the sessions', async () => {
		const signIn = await accounts.signIn('li', 'Changsha#2026', null);
		if (!signIn.ok) throw new Error('sign-in failed');
		await accounts.setDisabled(from, 'li', true);
		expect((await accounts.check(signIn.token, null)).state).toBe('none');
		expect(await accounts.signIn('li', 'Changsha#2026', null)).toEqual({
			ok: false,
			reason: 'disabled'
		});
		await accounts.setDisabled(from, 'li', false);
		expect(await accounts.resetPassword(from, 'li', 'Xiangjiang@88')).toBeNull();
		const again = await accounts.signIn('li', 'Xiangjiang@88', null);
		expect(again.ok && again.user.mustChange).toBe(true);
	});

	it('changes one own password only with the current one, to an acceptable new one', async () => {
		const other = await accounts.signIn('li', 'Xiangjiang@88', null);
		if (!other.ok) throw new Error('sign-in failed');
		expect(await accounts.changePassword('li', 'nope', 'Yuelu$Shan99', null)).toEqual({
			problem: '原密码不正确'
		});
		expect(await accounts.changePassword('li', 'Xiangjiang@88', 'weak', null)).toEqual({
			problem: expect.stringContaining('太短')
		});
		const changed = await accounts.changePassword('li', 'Xiangjiang@88', 'Yuelu$Shan99', null);
		if (!('token' in changed)) throw new Error('not changed');
		expect((await accounts.check(changed.token, null)).state).toBe('valid');
		expect((await accounts.check(other.token, null)).state).toBe('none');
		const signIn = await accounts.signIn('li', 'Yuelu$Shan99', null);
		expect(signIn.ok && signIn.user.mustChange).toBe(false);
	});

	it('keeps the audit log six months at least, and the pruning records itself', async () => {
		const removed = await accounts.pruneAudit(from);
		expect(removed).toBe(0);
		now += 200 * 24 * 60 * MINUTE;
		expect(await accounts.pruneAudit(from)).toBeGreaterThan(10);
		// the first pruning's own entry was older than six months too
		const left = await store.audit.list();
		expect(left.map((e) => e.action)).toEqual(['audit_pruned']);
		expect(left[0].detail).toMatch(/^删除\d+条早于/);
	});
});
