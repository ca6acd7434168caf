import { error, json } from '@sveltejs/kit';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { problemResponse } from '$lib/server/http/problems';
import { publishDraft } from '$lib/server/publishing/publish';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** publish a draft as the next version: every reader's next page shows it */
export const POST: RequestHandler = async (event) => {
	const user = requireAbility(event, 'publish');
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id)) error(404, `没有草稿 ${event.params.id}`);
	try {
		return json(await publishDraft(await getService(), actorOf(event, user), id));
	} catch (problem) {
		return problemResponse(problem);
	}
};
