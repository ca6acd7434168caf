import type { RequestEvent } from '@sveltejs/kit';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** rendered pages kept in memory, oldest dropped first past this many bytes (with their copies) */
const CAPACITY = 64 * 1024 * 1024;

interface KeptPage {
	status: number;
	headers: [string, string][];
	html: Uint8Array;
	br: Promise<Uint8Array>;
	gzip: Promise<Uint8Array>;
	bytes: number;
}

const kept = new Map<string, KeptPage>();
let held = 0;

/**
 * A view's page depends only on the version, the URL and who reads it (the header names the
 * account): rendered once, it is served to every later reader from memory, compressed. The
 * static site's files are ready-made; without this the service renders the largest views anew
 * each time and is the slower of the two to a first chart.
 */
export function renderedViewKey(event: RequestEvent): string | null {
	if (event.request.method !== 'GET' || event.isDataRequest) return null;
	const user = event.locals.user;
	const reader = user ? `${user.name} ${user.role} ${user.scope ?? ''}` : '';
	return `${event.locals.version}\n${reader}\n${event.url.pathname}${event.url.search}`;
}

function encodingFor(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const accepted = acceptEncoding ?? '';
	return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

async function respond(page: KeptPage, acceptEncoding: string | null): Promise<Response> {
	const headers = new Headers(page.headers);
	headers.set('vary', 'accept-encoding');
	const encoding = encodingFor(acceptEncoding);
	let body = page.html;
	if (encoding) {
		body = await page[encoding];
		headers.set('content-encoding', encoding);
	}
	headers.set('content-length', String(body.byteLength));
	return new Response(body as Uint8Array<ArrayBuffer>, { status: page.status, headers });
}

/** the page as rendered before for this key, or null */
export function keptView(key: string, acceptEncoding: string | null): Promise<Response> | null {
	const page = kept.get(key);
	if (!page) return null;
	kept.delete(key);
	kept.set(key, page);
	return respond(page, acceptEncoding);
}

/**
 * Keep a freshly rendered view page (a 200 that sets no cookie: one that does is about this
 * reader's session, not the page) and answer with it.
 */
export async function keepView(
	key: string,
	response: Response,
	acceptEncoding: string | null
): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		response.status !== 200 ||
		!type.startsWith('text/html') ||
		response.headers.has('set-cookie')
	)
		return response;
	const html = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers].filter(([name]) => name !== 'content-length');
	const page: KeptPage = {
		status: response.status,
		headers,
		html,
		// quality 5: a page is compressed while its first reader waits; 11 would take a third of a second
		br: brotli(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
		gzip: gz(html, { level: 6 }),
		bytes: html.byteLength * 1.2
	};
	held += page.bytes - (kept.get(key)?.bytes ?? 0);
	kept.set(key, page);
	for (const [oldest, old] of kept) {
		if (held <= CAPACITY) break;
		kept.delete(oldest);
		held -= old.bytes;
	}
	return respond(page, acceptEncoding);
}
