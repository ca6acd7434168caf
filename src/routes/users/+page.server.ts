import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { ROLES, type Role } from '$lib/serviceTypes';
import { oneTimePassword } from '$lib/server/auth/passwords';
import { can } from '$lib/server/auth/roles';
import { clientAddress } from '$lib/server/http/guard';
import { getService } from '$lib/server/serviceInstance';
import { userInfo } from '$lib/server/store/userRecords';

export const prerender = false;

function adminOf(locals: App.Locals) {
	if (!locals.user) error(401, '请先登录');
	if (!can(locals.user.role, 'manageUsers')) error(403, '只有管理员可以管理用户');
	return locals.user;
}

/** the accounts, for admins; settings are the operator's (environment), shown as they are */
export async function load({ locals }) {
	adminOf(locals);
	const { store, settings } = await getService();
	return { users: (await store.users.list()).map(userInfo), roles: ROLES, settings };
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions = {
	create: async (event) => {
		const admin = adminOf(event.locals);
		const form = await event.request.formData();
		const role = field(form, 'role') as Role;
		if (!ROLES.includes(role)) return fail(400, { message: '请选择角色。' });
		const name = field(form, 'name');
		const made = await (
			await getService()
		).accounts.createUser(
			{ user: admin.name, address: clientAddress(event) },
			{ name, role, scope: field(form, 'scope') || null }
		);
		if ('problem' in made) return fail(400, { message: `${made.problem}。` });
		return { created: { name, password: made.password } };
	},
	reset: async (event) => {
		const admin = adminOf(event.locals);
		const name = field(await event.request.formData(), 'name');
		const password = oneTimePassword();
		const problem = await (
			await getService()
		).accounts.resetPassword({ user: admin.name, address: clientAddress(event) }, name, password);
		if (problem) return fail(400, { message: `${problem}。` });
		return { created: { name, password } };
	},
	disable: async (event) => toggle(event, true),
	enable: async (event) => toggle(event, false),
	role: async (event) => {
		const admin = adminOf(event.locals);
		const form = await event.request.formData();
		const [name, role] = [field(form, 'name'), field(form, 'role') as Role];
		if (!ROLES.includes(role)) return fail(400, { message: '请选择角色。' });
		if (name === admin.name) return fail(400, { message: '不能改变自己的角色。' });
		const problem = await (
			await getService()
		).accounts.setRole(
			{ user: admin.name, address: clientAddress(event) },
			name,
			role,
			field(form, 'scope') || null
		);
		return problem
			? fail(400, { message: `${problem}。` })
			: { done: `${name} 的角色已改为 ${role}。` };
	}
};

async function toggle(event: RequestEvent, disabled: boolean) {
	const admin = adminOf(event.locals);
	const name = field(await event.request.formData(), 'name');
	if (name === admin.name) return fail(400, { message: '不能停用自己的账号。' });
	const problem = await (
		await getService()
	).accounts.setDisabled({ user: admin.name, address: clientAddress(event) }, name, disabled);
	return problem
		? fail(400, { message: `${problem}。` })
		: { done: `${name} 已${disabled ? '停用' : '启用'}。` };
}
