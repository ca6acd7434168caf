import { error } from '@sveltejs/kit';
import { aheadResponse } from '$lib/server/http/aheadResponse';
import type { RequestHandler } from './$types';

export const prerender = false;

/** a published version's year views rendered ahead: a version never changes, so kept for good */
export const GET: RequestHandler = async ({ locals, params }) => {
	const version = Number(params.n);
	if (!__SERVICE__ || version !== locals.version) error(404, `第${params.n}版不是当前发布的版本`);
	return aheadResponse(locals, params, 'private, max-age=31536000, immutable');
};
