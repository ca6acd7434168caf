import { json } from '@sveltejs/kit';
import { actorOf } from '$lib/server/http/abilities';
import { draftOf } from '$lib/server/http/draftAccess';
import { problemResponse } from '$lib/server/http/problems';
import { discardDraft } from '$lib/server/publishing/review';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = async (event) => json((await draftOf(event)).draft);

/** discard a draft */
export const DELETE: RequestHandler = async (event) => {
	const { user, draft } = await draftOf(event);
	try {
		await discardDraft(await getService(), actorOf(event, user), draft.id);
	} catch (problem) {
		return problemResponse(problem);
	}
	return new Response(null, { status: 204 });
};
