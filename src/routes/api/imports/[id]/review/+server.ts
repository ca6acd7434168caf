import { error } from '@sveltejs/kit';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { readBody } from '$lib/server/http/body';
import { draftOf } from '$lib/server/http/draftAccess';
import { problemResponse } from '$lib/server/http/problems';
import { reviewDraft } from '$lib/server/publishing/review';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** a reviewer's decision: `{decision: 'approve' | 'return', reason}` (a return needs its reason) */
export const POST: RequestHandler = async (event) => {
	requireAbility(event, 'publish');
	const { user, draft } = await draftOf(event);
	const body = await readBody(event.request);
	const decision = body.decision;
	if (decision !== 'approve' && decision !== 'return')
		error(400, 'decision 应为 approve（通过）或 return（退回）');
	const reason = typeof body.reason === 'string' ? body.reason.slice(0, 500) : '';
	try {
		await reviewDraft(await getService(), actorOf(event, user), draft.id, decision, reason);
	} catch (problem) {
		return problemResponse(problem);
	}
	return new Response(null, { status: 204 });
};
