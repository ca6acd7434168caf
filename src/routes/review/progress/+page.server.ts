import { reviewerOnly } from '$lib/server/http/reviewerOnly';
import { reportYear } from '$lib/server/publishing/drafts';
import { reportingProgress } from '$lib/server/publishing/reportingProgress';
import { getService } from '$lib/server/serviceInstance';

export const prerender = false;

/** 报送进度 for the year in the URL (`year`), else the year being reported now */
export async function load({ locals, url }) {
	reviewerOnly(locals);
	const service = await getService();
	const current = reportYear([], undefined, service.clock.now());
	const reported = (await service.store.drafts.list()).map((d) => d.reportYear);
	const years = [...new Set([current, ...reported])].sort((a, b) => b - a);
	const wanted = Number(url.searchParams.get('year'));
	const year = years.includes(wanted) ? wanted : current;
	return { years, progress: await reportingProgress(service, locals.version, year) };
}
