import { error } from '@sveltejs/kit';
import { actorOf } from '$lib/server/http/abilities';
import { draftOf } from '$lib/server/http/draftAccess';
import { problemResponse } from '$lib/server/http/problems';
import { submitDraft } from '$lib/server/publishing/review';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** its author sends a draft to the reviewers */
export const POST: RequestHandler = async (event) => {
	const { user, draft } = await draftOf(event);
	if (draft.createdBy !== user.name) error(403, '只有上传此文件的账号可以提交审核');
	try {
		await submitDraft(await getService(), actorOf(event, user), draft.id);
	} catch (problem) {
		return problemResponse(problem);
	}
	return new Response(null, { status: 204 });
};
