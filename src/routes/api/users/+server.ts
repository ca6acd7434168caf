import { error, json } from '@sveltejs/kit';
import { ROLES, type Role } from '$lib/serviceTypes';
import { readBody } from '$lib/server/http/body';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { getService } from '$lib/server/serviceInstance';
import { userInfo } from '$lib/server/store/userRecords';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = async (event) => {
	requireAbility(event, 'manageUsers');
	const { store } = await getService();
	return json({ users: (await store.users.list()).map(userInfo) });
};

/** a new account `{name, role, scope?, password?}`; without a password a one-time one is returned */
export const POST: RequestHandler = async (event) => {
	const admin = requireAbility(event, 'manageUsers');
	const body = await readBody(event.request);
	const role = String(body.role ?? '') as Role;
	if (!ROLES.includes(role)) error(400, `角色应为 ${ROLES.join(' / ')}`);
	const made = await (
		await getService()
	).accounts.createUser(actorOf(event, admin), {
		name: String(body.name ?? '').trim(),
		role,
		scope: body.scope ? String(body.scope).slice(0, 32) : null,
		password: body.password ? String(body.password) : undefined
	});
	if ('problem' in made) return json({ message: made.problem }, { status: 400 });
	return json(
		{ name: body.name, oneTimePassword: body.password ? null : made.password },
		{ status: 201 }
	);
};
