import { json } from '@sveltejs/kit';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * The published versions, newest first: who published what, when, from which files. Readable by
 * whoever may read the figures (the guard: an account, or anyone under READ_ACCESS=open).
 */
export const GET: RequestHandler = async (event) => {
	const { store } = await getService();
	return json({ current: event.locals.version, versions: await store.versions.list() });
};
