import { error, json } from '@sveltejs/kit';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { readBody } from '$lib/server/http/body';
import { problemResponse } from '$lib/server/http/problems';
import { publishDrafts } from '$lib/server/publishing/publish';
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

/**
 * Publish approved submissions together as one version: `{imports: [ids]}`, or every approved one
 * when none is named.
 */
export const POST: RequestHandler = async (event) => {
	const user = requireAbility(event, 'publish');
	const body = await readBody(event.request);
	const named = body.imports;
	if (named !== undefined && !(Array.isArray(named) && named.every(Number.isSafeInteger)))
		error(400, 'imports 应为草稿编号的数组');
	const service = await getService();
	const ids =
		(named as number[] | undefined) ??
		(await service.store.drafts.list()).filter((d) => d.status === 'approved').map((d) => d.id);
	try {
		const published = await publishDrafts(service, actorOf(event, user), ids);
		await service.datasets.get(published.version);
		return json(published);
	} catch (problem) {
		return problemResponse(problem);
	}
};
