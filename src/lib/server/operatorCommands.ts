import { ROLES, type Role } from '$lib/serviceTypes';
import type { Accounts } from './auth/accounts';

/** One command of `npm run user`, run by the CLI itself or, for a running embedded store, by the service. */
export interface OperatorCommand {
	command: 'add' | 'passwd' | 'disable' | 'enable' | 'list';
	name?: string;
	role?: string;
	district?: string | null;
	password?: string;
	/** the operating-system user who ran it, for the audit log */
	by: string;
}

export async function runOperatorCommand(
	accounts: Accounts,
	cmd: OperatorCommand
): Promise<{ ok: boolean; lines: string[] }> {
	const actor = { user: `运维命令（${cmd.by}）`, address: 'localhost' };
	const done = (problem: string | null, line: string) =>
		problem ? { ok: false, lines: [problem] } : { ok: true, lines: [line] };
	const name = cmd.name ?? '';
	switch (cmd.command) {
		case 'add': {
			if (!ROLES.includes(cmd.role as Role))
				return { ok: false, lines: [`--role 应为 ${ROLES.join(' / ')}`] };
			const made = await accounts.createUser(actor, {
				name,
				role: cmd.role as Role,
				scope: cmd.district ?? null,
				password: cmd.password ?? ''
			});
			return done(
				'problem' in made ? made.problem : null,
				`已创建 ${name}（${cmd.role}），首次登录须修改密码。`
			);
		}
		case 'passwd':
			return done(
				await accounts.resetPassword(actor, name, cmd.password ?? ''),
				`已重设 ${name} 的密码，下次登录须修改；其已登录的会话均已结束。`
			);
		case 'disable':
		case 'enable':
			return done(
				await accounts.setDisabled(actor, name, cmd.command === 'disable'),
				`${name} 已${cmd.command === 'disable' ? '停用' : '启用'}。`
			);
		case 'list':
			return {
				ok: true,
				lines: (await accounts.store.users.list()).map((user) =>
					[
						user.name,
						user.role,
						user.scope ?? '全市',
						user.disabled ? '停用' : user.mustChange ? '待改密码' : '正常'
					].join('\t')
				)
			};
	}
}
