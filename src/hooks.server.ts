import type { Handle, ServerInit } from '@sveltejs/kit';
import { guardRequest, securityHeaders } from '$lib/server/http/guard';
import { getService } from '$lib/server/serviceInstance';

export const init: ServerInit = async () => {
	if (__SERVICE__) await getService();
};

/** The static build's prerender needs none of this; the service checks every request here. */
export const handle: Handle = async ({ event, resolve }) => {
	if (!__SERVICE__) return resolve(event);
	const refused = await guardRequest(await getService(), event);
	const response = refused ?? (await resolve(event));
	securityHeaders(response.headers, event.url);
	return response;
};
