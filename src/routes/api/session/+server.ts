import { json } from '@sveltejs/kit';
import { clientAddress, SESSION_COOKIE, sessionCookieOptions } from '$lib/server/http/guard';
import { readBody } from '$lib/server/http/body';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** who is signed in, and which version they are reading */
export const GET: RequestHandler = async ({ locals }) => {
	const { settings } = await getService();
	return json({ user: locals.user, version: locals.version, readAccess: settings.readAccess });
};

/** sign in: a new session (any earlier one of this browser ends: the token rotates) */
export const POST: RequestHandler = async (event) => {
	const service = await getService();
	const body = await readBody(event.request);
	const username = String(body.username ?? '').slice(0, 64);
	const password = String(body.password ?? '').slice(0, 256);
	const previous = event.cookies.get(SESSION_COOKIE);
	if (previous) await service.accounts.signOut(previous, clientAddress(event));
	const result = await service.accounts.signIn(username, password, clientAddress(event));
	if (!result.ok) {
		if (result.reason === 'locked') {
			const until = new Date(result.lockedUntil ?? 0);
			const minutes = Math.max(
				1,
				Math.ceil(((result.lockedUntil ?? 0) - service.clock.now()) / 60_000)
			);
			return json(
				{
					message: `连续登录失败次数过多，账号已锁定，请${minutes}分钟后再试`,
					lockedUntil: until.toISOString()
				},
				{ status: 423 }
			);
		}
		if (result.reason === 'disabled')
			return json({ message: '该账号已停用，请联系管理员' }, { status: 403 });
		return json({ message: '用户名或密码错误' }, { status: 401 });
	}
	event.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(event));
	return json({ user: result.user, version: event.locals.version });
};

export const DELETE: RequestHandler = async (event) => {
	const service = await getService();
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) await service.accounts.signOut(token, clientAddress(event));
	event.cookies.delete(SESSION_COOKIE, sessionCookieOptions(event));
	return new Response(null, { status: 204 });
};
