import { error } from '@sveltejs/kit';
import { MANIFEST_FILE } from '$lib/dataset/manifest';
import { compressedBlob } from '$lib/server/http/compressedBlobs';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

const IMMUTABLE = 'private, max-age=31536000, immutable';

/**
 * A published version's manifest and Arrow files. A version never changes, so the browser keeps
 * them for good; `private` because reading may need an account (the guard has checked it).
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const n = Number(params.n);
	const { store } = await getService();
	const version = Number.isSafeInteger(n) ? await store.versions.get(n) : null;
	if (!version) error(404, `没有第${params.n}版数据`);
	if (params.file === MANIFEST_FILE)
		return new Response(JSON.stringify(version.manifest), {
			headers: { 'content-type': 'application/json', 'cache-control': IMMUTABLE }
		});
	const file = version.manifest.tables.flatMap((t) => t.files).find((f) => f.path === params.file);
	const bytes = file ? await store.blobs.get(file.sha256) : null;
	if (!file || !bytes) error(404, `第${n}版没有文件 ${params.file}`);
	const { body, encoding } = await compressedBlob(
		file.sha256,
		bytes,
		request.headers.get('accept-encoding')
	);
	const headers: Record<string, string> = {
		'content-type': 'application/vnd.apache.arrow.stream',
		'content-length': String(body.byteLength),
		'cache-control': IMMUTABLE,
		vary: 'Accept-Encoding'
	};
	if (encoding) headers['content-encoding'] = encoding;
	// a Node Buffer's view over pooled memory: still only its own bytes are sent
	return new Response(body as Uint8Array<ArrayBuffer>, { headers });
};
