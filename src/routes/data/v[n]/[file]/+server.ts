import { error } from '@sveltejs/kit';
import { MANIFEST_FILE } from '$lib/db/manifest';
import { readVersionFile } from '$lib/server/publishing/versionDatasets';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

const IMMUTABLE = 'private, max-age=31536000, immutable';

/**
 * A published version's manifest and Arrow files. A version never changes, so the browser keeps
 * them for good; `private` because reading may need an account (the guard has checked it).
 */
export const GET: RequestHandler = async ({ params }) => {
	const n = Number(params.n);
	const { store } = await getService();
	const version = Number.isSafeInteger(n) ? await store.versions.get(n) : null;
	if (!version) error(404, `没有第${params.n}版数据`);
	if (params.file === MANIFEST_FILE)
		return new Response(JSON.stringify(version.manifest), {
			headers: { 'content-type': 'application/json', 'cache-control': IMMUTABLE }
		});
	const bytes = await readVersionFile(store, version.manifest, params.file);
	if (!bytes) error(404, `第${n}版没有文件 ${params.file}`);
	// a Node Buffer's view over pooled memory: still only its own bytes are sent
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/vnd.apache.arrow.stream',
			'content-length': String(bytes.byteLength),
			'cache-control': IMMUTABLE
		}
	});
};
