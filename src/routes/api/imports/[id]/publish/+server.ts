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
		const service = await getService();
		const published = await publishDraft(service, actorOf(event, user), id);
		// the publisher's next page (the 数据 page reloads) is rendered from it: open it now
		await service.datasets.get(published.version);
		return json(published);
	} catch (problem) {
		return problemResponse(problem);
	}
};
