import { error, json } from '@sveltejs/kit';
import { ROLES, type Role } from '$lib/serviceTypes';
import { readBody } from '$lib/server/http/body';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** change an account: `{role, scope}`, `{disabled}`, or `{password}` (a reset, to be changed at sign-in) */
export const PATCH: RequestHandler = async (event) => {
	const admin = requireAbility(event, 'manageUsers');
	const actor = actorOf(event, admin);
	const name = event.params.name;
	const body = await readBody(event.request);
	const { accounts } = await getService();
	const problems: (string | null)[] = [];
	if (body.role !== undefined) {
		const role = String(body.role) as Role;
		if (!ROLES.includes(role)) error(400, `角色应为 ${ROLES.join(' / ')}`);
		if (name === admin.name && role !== 'admin') error(400, '不能改变自己的管理员角色');
		problems.push(
			await accounts.setRole(actor, name, role, body.scope ? String(body.scope) : null)
		);
	}
	if (typeof body.disabled === 'boolean') {
		if (name === admin.name) error(400, '不能停用自己的账号');
		problems.push(await accounts.setDisabled(actor, name, body.disabled));
	}
	if (body.password !== undefined)
		problems.push(await accounts.resetPassword(actor, name, String(body.password)));
	const problem = problems.find((p) => p !== null);
	if (problem)
		return json({ message: problem }, { status: problem.startsWith('没有用户') ? 404 : 400 });
	return new Response(null, { status: 204 });
};
