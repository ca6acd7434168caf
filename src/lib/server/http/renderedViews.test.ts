import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { keepView, keptView, renderedViewKey } from './renderedViews';

const page = (html: string, headers: Record<string, string> = {}, status = 200) =>
	new Response(html, { status, headers: { 'content-type': 'text/html', ...headers } });

function event(url: string, user: App.Locals['user'], options: Partial<RequestEvent> = {}) {
	return {
		request: new Request(url),
		url: new URL(url),
		isDataRequest: false,
		locals: { user, version: 3 },
		...options
	} as unknown as RequestEvent;
}

const reader = { name: '刘洋', role: 'reader', scope: null } as App.Locals['user'];

describe('renderedViewKey', () => {
	it('tells pages apart by version, reader and query, and keeps no data request or POST', () => {
		const key = renderedViewKey(event('http://x/villages?year=2023', reader));
		expect(key).not.toBe(renderedViewKey(event('http://x/villages?year=2022', reader)));
		expect(key).not.toBe(renderedViewKey(event('http://x/villages?year=2023', null)));
		const later = event('http://x/villages?year=2023', reader);
		later.locals.version = 4;
		expect(key).not.toBe(renderedViewKey(later));
		const publisher = { ...reader!, role: 'publisher' as const };
		expect(key).not.toBe(renderedViewKey(event('http://x/villages?year=2023', publisher)));
		expect(renderedViewKey(event('http://x/villages', reader, { isDataRequest: true }))).toBeNull();
		const post = event('http://x/villages', reader, {
			request: new Request('http://x/villages', { method: 'POST' })
		});
		expect(renderedViewKey(post)).toBeNull();
	});
});

describe('keepView and keptView', () => {
	it('answers a kept page again, brotli or gzip as the browser takes, the same bytes', async () => {
		const html = '<p>村级档案室</p>'.repeat(400);
		const first = await keepView('k1', page(html, { 'x-kept': 'yes' }), 'gzip, br');
		expect(first.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString()).toBe(html);
		const gz = await keptView('k1', 'gzip');
		expect(gz!.headers.get('content-encoding')).toBe('gzip');
		expect(gz!.headers.get('x-kept')).toBe('yes');
		expect(gunzipSync(Buffer.from(await gz!.arrayBuffer())).toString()).toBe(html);
		const plain = await keptView('k1', null);
		expect(plain!.headers.get('content-encoding')).toBeNull();
		expect(await plain!.text()).toBe(html);
		expect(keptView('k2', 'br')).toBeNull();
	});

	it('keeps no error, no redirect and no page that sets a cookie', async () => {
		await keepView('e', page('出错', {}, 500), 'br');
		await keepView('c', page('<p>x</p>', { 'set-cookie': 'a=b' }), 'br');
		const moved = await keepView('r', new Response(null, { status: 303 }), 'br');
		expect(moved.status).toBe(303);
		for (const key of ['e', 'c', 'r']) expect(keptView(key, 'br')).toBeNull();
	});
});
