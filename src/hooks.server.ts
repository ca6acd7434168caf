import type { Handle, ResolveOptions, ServerInit } from '@sveltejs/kit';
import { guardRequest, securityHeaders } from '$lib/server/http/guard';
import { keepView, keptView, renderedViewKey } from '$lib/server/http/renderedViews';
import { getService } from '$lib/server/serviceInstance';

export const init: ServerInit = async () => {
	if (__SERVICE__) await getService();
};

/**
 * No `modulepreload` links: a page's forty-odd script requests, made while its HTML is parsed,
 * delayed the first paint (its charts, all in the HTML) by a quarter; the scripts are found from
 * the entry's imports instead, after the first paint.
 */
const PAGE_OPTIONS: ResolveOptions = { preload: ({ type }) => type === 'css' };

/** The static build's prerender needs none of this; the service checks every request here. */
export const handle: Handle = async ({ event, resolve }) => {
	if (!__SERVICE__) return resolve(event, PAGE_OPTIONS);
	const refused = await guardRequest(await getService(), event);
	let response = refused;
	if (!response) {
		const key = renderedViewKey(event);
		const accepts = event.request.headers.get('accept-encoding');
		response = (key && (await keptView(key, accepts))) || (await resolve(event, PAGE_OPTIONS));
		if (key && event.locals.sameForVersion) response = await keepView(key, response, accepts);
	}
	securityHeaders(response.headers, event.url);
	return response;
};
