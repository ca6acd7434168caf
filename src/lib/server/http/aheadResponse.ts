import { error, json } from '@sveltejs/kit';
import { AHEAD_VIEWS, type AheadView } from '$lib/views/viewList';
import { renderAhead } from '../viewDataset';
import { yearView } from '../viewDefinitions';

/** A year view's default state for one year as JSON (see `views/renderedAhead.ts`). */
export async function aheadResponse(
	locals: App.Locals,
	params: { view: string; year: string },
	cacheControl: string
): Promise<Response> {
	const view = params.view as AheadView;
	const year = Number(params.year);
	if (!AHEAD_VIEWS.includes(view) || !/^\d{4}$/.test(params.year)) error(404, '没有这一视图或年份');
	const answer = await renderAhead(locals, yearView(view), view, year);
	if (answer === null) error(404, `没有${year}年的数据`);
	return json(answer, { headers: { 'cache-control': cacheControl } });
}
