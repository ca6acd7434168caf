import { error, json } from '@sveltejs/kit';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { problemResponse } from '$lib/server/http/problems';
import { rollbackTo } from '$lib/server/publishing/publish';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** publish version n's figures again, as a new version */
export const POST: RequestHandler = async (event) => {
	const user = requireAbility(event, 'publish');
	const target = Number(event.params.n);
	if (!Number.isSafeInteger(target) || target < 1) error(400, '版本号应为正整数');
	try {
		const service = await getService();
		const rolledBack = await rollbackTo(service, actorOf(event, user), target);
		await service.datasets.get(rolledBack.version);
		return json(rolledBack);
	} catch (problem) {
		return problemResponse(problem);
	}
};
