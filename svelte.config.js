import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Two builds of one app: the static site (`npm run build`: a folder any nginx, IIS or USB stick
 * serves, every view prerendered) and the intranet service (`DASHBOARD_BUILD=service`, `npm start`:
 * the same views rendered per published version, with accounts, publishing and audit).
 */
export const SERVICE_BUILD = process.env.DASHBOARD_BUILD === 'service';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: SERVICE_BUILD
			? adapterNode({ out: process.env.BUILD_DIR ?? 'build-service', precompress: false })
			: // precompress off: brotli over the 34 MB wasm takes the build from ~10 s to ~2 min
				// (stack.md); the README says how to let nginx/IIS compress instead. Not strict: the
				// service's /api routes are not part of the static site.
				adapterStatic({
					pages: process.env.BUILD_DIR ?? 'build',
					assets: process.env.BUILD_DIR ?? 'build',
					fallback: undefined,
					precompress: false,
					strict: false
				}),
		// deploying under a sub-path of the intranet server: BASE_PATH=/dangan npm run build
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '') },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// the service checks the Origin of every change itself (src/lib/server/http/guard.ts), for JSON
		// as well as forms, and lets other systems without a browser push files to its API
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
