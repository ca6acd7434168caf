import { fail, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { clientAddress, SESSION_COOKIE, sessionCookieOptions } from '$lib/server/http/guard';
import { forgetInitialPassword, getService } from '$lib/server/serviceInstance';

export const prerender = false;

export function load({ locals }) {
	if (!locals.user) redirect(303, `${base}/login`);
	return { mustChange: locals.user.mustChange };
}

export const actions = {
	default: async (event) => {
		const user = event.locals.user;
		if (!user) redirect(303, `${base}/login`);
		const form = await event.request.formData();
		const [current, next, repeat] = ['current', 'next', 'repeat'].map((f) =>
			String(form.get(f) ?? '').slice(0, 256)
		);
		if (next !== repeat) return fail(400, { message: '两次输入的新密码不一致。' });
		const { accounts } = await getService();
		const result = await accounts.changePassword(user.name, current, next, clientAddress(event));
		if ('problem' in result) return fail(400, { message: `${result.problem}。` });
		event.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(event));
		if (user.mustChange) {
			await forgetInitialPassword(user.name);
			redirect(303, `${base}/`);
		}
		return { done: true };
	}
};
