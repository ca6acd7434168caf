import { error } from '@sveltejs/kit';
import { getBuildDataset } from '$lib/server/buildDatabase';
import { aheadResponse } from '$lib/server/http/aheadResponse';
import { yearView } from '$lib/server/viewDefinitions';
import { AHEAD_VIEWS } from '$lib/views/viewList';
import type { EntryGenerator, RequestHandler } from './$types';

// the static build's years rendered ahead; the service answers under its versions' folders
export const prerender = !__SERVICE__;

/** each view's own years (the overview offers those with KPIs, the villages view any on record) */
export const entries: EntryGenerator = async () => {
	const { db } = await getBuildDataset();
	const offered = await Promise.all(
		AHEAD_VIEWS.map(async (view) => {
			const { fallback, load } = yearView(view);
			const { years } = await load(db, fallback);
			return years.map((year) => ({ view, year: String(year) }));
		})
	);
	return offered.flat();
};

export const GET: RequestHandler = ({ locals, params }) => {
	if (__SERVICE__) error(404, '服务按发布版本提供数据：/data/v版本号/');
	return aheadResponse(locals, params, 'no-cache');
};
