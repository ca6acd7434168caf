import { fail, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { clientAddress, SESSION_COOKIE, sessionCookieOptions } from '$lib/server/http/guard';
import { getService } from '$lib/server/serviceInstance';

// the service's page: the static site has no accounts
export const prerender = false;

/** only a path of this site, so the sign-in cannot be made to send a reader elsewhere */
function safeNext(next: string | null): string {
	return next && next.startsWith(`${base}/`) && !next.startsWith('//') && !next.includes('\\')
		? next
		: `${base}/`;
}

export async function load({ locals, url }) {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return {
		next,
		expired: url.searchParams.has('expired'),
		signedOut: url.searchParams.has('signedOut')
	};
}

export const actions = {
	signIn: async (event) => {
		const form = await event.request.formData();
		const username = String(form.get('username') ?? '')
			.trim()
			.slice(0, 64);
		const password = String(form.get('password') ?? '').slice(0, 256);
		const next = safeNext(String(form.get('next') ?? ''));
		if (!username || !password) return fail(400, { username, message: '请填写用户名和密码。' });
		const { accounts, clock } = await getService();
		const previous = event.cookies.get(SESSION_COOKIE);
		if (previous) await accounts.signOut(previous, clientAddress(event));
		const result = await accounts.signIn(username, password, clientAddress(event));
		if (!result.ok) {
			const minutes = Math.max(1, Math.ceil(((result.lockedUntil ?? 0) - clock.now()) / 60_000));
			const message =
				result.reason === 'locked'
					? `连续登录失败次数过多，账号已锁定，请${minutes}分钟后再试。`
					: result.reason === 'disabled'
						? '该账号已停用，请联系管理员。'
						: '用户名或密码错误。';
			return fail(result.reason === 'locked' ? 423 : 401, { username, message });
		}
		event.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(event));
		redirect(303, result.user.mustChange ? `${base}/account` : next);
	},
	logout: async (event) => {
		const token = event.cookies.get(SESSION_COOKIE);
		if (token) await (await getService()).accounts.signOut(token, clientAddress(event));
		event.cookies.delete(SESSION_COOKIE, sessionCookieOptions(event));
		redirect(303, `${base}/login?signedOut`);
	}
};
