import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Two builds of one app: the static site (`npm run build`: a folder any nginx, IIS or USB stick
 * serves, every view prerendered) and the intranet service (`DASHBOARD_BUILD=service`, `npm start`:
 * the same views rendered per published version, with accounts, publishing and audit).
 */
export const SERVICE_BUILD = process.env.DASHBOARD_BUILD === 'service';

/**
 * app.html's inline script (the theme before the first paint), allowed by its hash
 * @type {`sha256-${string}`[]}
 */
const inlineScripts = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(
	([, body]) =>
		/** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256').update(body).digest('base64')}`
		)
);

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
		// every stylesheet is put in the page (the layout's is the largest, with no font in it): the
		// first paint waits on no stylesheet request queued behind the module preloads
		inlineStyleThreshold: 16384,
		// the service checks the Origin of every change itself (src/lib/server/http/guard.ts), for JSON
		// as well as forms, and lets other systems without a browser push files to its API
		csrf: { trustedOrigins: ['*'] },
		// no inline script but SvelteKit's own and app.html's, by hash; DuckDB compiles its wasm
		// ('wasm-unsafe-eval') and runs in a worker from this site; chart exports draw data: and
		// blob: images; styles stay inline-capable (Svelte renders style attributes)
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', ...inlineScripts],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
