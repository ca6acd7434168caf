export { startService, type RunningService } from '../../scripts/serviceProcess';

/** A client with its own cookie, as one browser would have. */
export class Client {
	cookie = '';
	constructor(
		readonly base: string,
		readonly origin: string | null = base
	) {}

	async request(
		method: string,
		path: string,
		body?: unknown,
		headers: Record<string, string> = {}
	) {
		const init: RequestInit & { headers: Record<string, string> } = {
			method,
			redirect: 'manual',
			headers: { ...headers }
		};
		if (this.cookie) init.headers.cookie = this.cookie;
		if (this.origin && method !== 'GET') init.headers.origin = this.origin;
		if (body instanceof FormData) init.body = body;
		else if (body !== undefined) {
			init.headers['content-type'] = 'application/json';
			init.body = JSON.stringify(body);
		}
		const response = await fetch(this.base + path, init);
		const set = response.headers.getSetCookie().find((c) => c.startsWith('dangan_session='));
		if (set) this.cookie = set.split(';')[0].endsWith('=') ? '' : set.split(';')[0];
		return response;
	}

	async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
		const response = await this.request(method, path, body);
		const text = await response.text();
		return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
	}

	async signIn(username: string, password: string) {
		return this.json('POST', '/api/session', { username, password });
	}

	upload(name: string, text: string) {
		const form = new FormData();
		form.set('file', new File([text], name, { type: 'text/csv' }));
		return this.json('POST', '/api/imports', form);
	}
}
