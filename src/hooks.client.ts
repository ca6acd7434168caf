import { base } from '$app/paths';
import { isAccountPage } from '$lib/accountPages';
import { polyfillPage } from '$lib/legacy/polyfills';

// before anything hydrates: on a Chromium 86 core a missing built-in would end in a blank page
polyfillPage();

// the engine's download and compile begin now, not after hydration: the two overlap (a view's
// first chart is in its HTML already, painted before this runs). Imported here, after the
// polyfills, as a static import would run before them
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '/';
if (!isAccountPage(path))
	void import('$lib/dataset/database.svelte').then(({ database }) => database.prepareEngine());
