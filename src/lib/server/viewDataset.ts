import { building } from '$app/environment';
import type { ViewDefinition } from '$lib/views/viewDefinition';
import { getBuildDataset } from './buildDatabase';
import { getService } from './serviceInstance';

/**
 * The data a page is rendered from: in the static build, the built dataset (prerendered once); in
 * the service, the published version this request was pinned to (`locals.version`), so a page and
 * the Arrow files its browser then loads are of one version, never a mix.
 */
export async function viewDataset(locals: App.Locals) {
	if (!__SERVICE__) return getBuildDataset();
	return (await getService()).datasets.get(locals.version);
}

/** answers kept: a version never changes, so an answer for it never goes stale */
const ANSWERS_KEPT = 500;
const answers = new Map<string, Promise<unknown>>();

function remembered<D>(key: string, answer: () => Promise<D>): Promise<D> {
	const kept = answers.get(key);
	if (kept) {
		answers.delete(key);
		answers.set(key, kept);
		return kept as Promise<D>;
	}
	const fresh = answer();
	answers.set(key, fresh);
	fresh.catch(() => answers.delete(key));
	if (answers.size > ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
	return fresh;
}

/**
 * A view page's data: its parameters (from the URL, except while prerendering) and its loader's
 * answer. The service answers each version and set of parameters once, then from memory.
 *
 * The URL is read untracked: a filter changed in the browser is DuckDB-wasm's to answer, so the
 * query string changing must not send the page back to the server (a round trip and a server query
 * in every filter change). A link opened afresh is rendered with its filters.
 */
export async function loadView<P, D>(
	event: { locals: App.Locals; url: URL; untrack<T>(read: () => T): T },
	view: ViewDefinition<P, D>
): Promise<{ params: P; view: D }> {
	const params = building ? view.fallback : event.untrack(() => view.read(event.url));
	const answer = async () => view.load((await viewDataset(event.locals)).db, params);
	if (!__SERVICE__) return { params, view: await answer() };
	// any part of the URL read tracked would send every filter change back to the server
	const path = event.untrack(() => event.url.pathname);
	const key = `${event.locals.version} ${path} ${JSON.stringify(params)}`;
	event.locals.sameForVersion = true;
	return { params, view: await remembered(key, answer) };
}

/**
 * A year view's default state for one year, as its page would be rendered with only that year
 * chosen; null for a year the view does not offer (it would show the latest instead).
 */
export async function renderAhead<P extends { year: number | null }, D extends { years: number[] }>(
	locals: App.Locals,
	view: ViewDefinition<P, D>,
	name: string,
	year: number
): Promise<D | null> {
	const { db } = await viewDataset(locals);
	const load = (params: P) => view.load(db, params);
	// the prerender is asked only for the years each view offers (the route's entries)
	if (!__SERVICE__) return load({ ...view.fallback, year });
	const kept = (params: P) =>
		remembered(`${locals.version} ahead ${name} ${JSON.stringify(params)}`, () => load(params));
	if (!(await kept(view.fallback)).years.includes(year)) return null;
	return kept({ ...view.fallback, year });
}
