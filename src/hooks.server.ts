import type { Handle, ServerInit } from '@sveltejs/kit';
import { guardRequest, securityHeaders } from '$lib/server/http/guard';
import { keepView, keptView, renderedViewKey } from '$lib/server/http/renderedViews';
import { getService } from '$lib/server/serviceInstance';

export const init: ServerInit = async () => {
	if (__SERVICE__) await getService();
};

/** The static build's prerender needs none of this; the service checks every request here. */
export const handle: Handle = async ({ event, resolve }) => {
	if (!__SERVICE__) return resolve(event);
	const refused = await guardRequest(await getService(), event);
	let response = refused;
	if (!response) {
		const key = renderedViewKey(event);
		const accepts = event.request.headers.get('accept-encoding');
		response = (key && (await keptView(key, accepts))) || (await resolve(event));
		if (key && event.locals.sameForVersion) response = await keepView(key, response, accepts);
	}
	securityHeaders(response.headers, event.url);
	return response;
};
