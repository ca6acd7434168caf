import { reviewerOnly } from '$lib/server/http/reviewerOnly';
import { withScopeLabels } from '$lib/server/publishing/draftLabels';
import { getService } from '$lib/server/serviceInstance';
import type { DraftStatus } from '$lib/serviceTypes';

export const prerender = false;

const STATUSES: DraftStatus[] = ['submitted', 'returned', 'approved', 'draft', 'published'];

/** submissions by district and status (`status`, default 已提交: those waiting for a reviewer) */
export async function load({ locals, url }) {
	reviewerOnly(locals);
	const wanted = url.searchParams.get('status');
	const status = STATUSES.includes(wanted as DraftStatus) ? (wanted as DraftStatus) : 'submitted';
	const { store, datasets } = await getService();
	const all = await store.drafts.list();
	const counts = Object.fromEntries(
		STATUSES.map((s) => [s, all.filter((d) => d.status === s).length])
	) as Record<DraftStatus, number>;
	const shown = all
		.filter((d) => d.status === status)
		.sort((a, b) => (a.scope ?? '').localeCompare(b.scope ?? '') || b.id - a.id);
	const { db } = await datasets.get(locals.version);
	return { status, statuses: STATUSES, counts, drafts: await withScopeLabels(shown, db) };
}
