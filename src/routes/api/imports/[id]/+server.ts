import { error, json, type RequestEvent } from '@sveltejs/kit';
import { can } from '$lib/server/auth/roles';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { problemResponse } from '$lib/server/http/problems';
import { discardDraft } from '$lib/server/publishing/publish';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** the draft of this request, if its account may see it (its author, or a publisher) */
async function draftOf(event: RequestEvent<{ id: string }>) {
	const user = requireAbility(event, 'submit');
	const id = Number(event.params.id);
	const draft = Number.isSafeInteger(id) ? await (await getService()).store.drafts.get(id) : null;
	if (!draft || (draft.createdBy !== user.name && !can(user.role, 'publish')))
		error(404, `没有草稿 ${event.params.id}`);
	return { user, draft };
}

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
