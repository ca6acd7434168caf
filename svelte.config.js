import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress off: brotli over the 34 MB wasm takes the build from ~10 s to ~2 min (stack.md);
		// the README says how to let nginx/IIS compress instead.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			precompress: false
		}),
		// deploying under a sub-path of the intranet server: BASE_PATH=/dangan npm run build
		paths: { base: process.env.BASE_PATH ?? '' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
