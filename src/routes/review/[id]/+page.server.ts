import { error } from '@sveltejs/kit';
import { reviewerOnly } from '$lib/server/http/reviewerOnly';
import { withScopeLabels } from '$lib/server/publishing/draftLabels';
import { draftReview } from '$lib/server/publishing/draftRows';
import { getService } from '$lib/server/serviceInstance';

export const prerender = false;

/** one submission against the published figures: its changes and plausibility warnings */
export async function load({ locals, params }) {
	reviewerOnly(locals);
	const service = await getService();
	const id = Number(params.id);
	const draft = Number.isSafeInteger(id) ? await service.store.drafts.get(id) : null;
	if (!draft) error(404, `没有草稿 ${params.id}`);
	const { db } = await service.datasets.get(locals.version);
	const [labelled] = await withScopeLabels([draft], db);
	return { draft: labelled, review: await draftReview(service, draft) };
}
