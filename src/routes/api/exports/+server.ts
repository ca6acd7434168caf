import { json } from '@sveltejs/kit';
import { readBody } from '$lib/server/http/body';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** The pages report each export a signed-in reader makes (the files are written in the browser). */
export const POST: RequestHandler = async (event) => {
	const user = requireAbility(event, 'read');
	const body = await readBody(event.request);
	const what = String(body.what ?? '').slice(0, 200);
	const format = String(body.format ?? '').slice(0, 20);
	if (!what) return json({ message: '缺少导出内容（what）' }, { status: 400 });
	await (
		await getService()
	).accounts.audit(
		'data_exported',
		actorOf(event, user),
		`${what}${format ? `（${format}）` : ''}，第${event.locals.version}版`
	);
	return new Response(null, { status: 204 });
};
