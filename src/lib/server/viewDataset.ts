import { building } from '$app/environment';
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

/** a view's parameters from its URL, except while prerendering, where only the default exists */
export function viewParams<P>(url: URL, read: (url: URL) => P, fallback: P): P {
	return building ? fallback : read(url);
}
