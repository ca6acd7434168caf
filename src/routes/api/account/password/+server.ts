import { error, json } from '@sveltejs/kit';
import { readBody } from '$lib/server/http/body';
import { clientAddress, SESSION_COOKIE, sessionCookieOptions } from '$lib/server/http/guard';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** change one's own password; the session's token rotates and other sessions end */
export const POST: RequestHandler = async (event) => {
	const user = event.locals.user;
	if (!user) error(401, '请先登录');
	const body = await readBody(event.request);
	const result = await (
		await getService()
	).accounts.changePassword(
		user.name,
		String(body.current ?? ''),
		String(body.next ?? ''),
		clientAddress(event)
	);
	if ('problem' in result) return json({ message: result.problem }, { status: 400 });
	event.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(event));
	return new Response(null, { status: 204 });
};
