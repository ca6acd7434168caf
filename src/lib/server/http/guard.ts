import { json, type RequestEvent } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { Service } from '../service';

export const SESSION_COOKIE = 'dangan_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** reachable without an account: the sign-in page and the sign-in itself */
const PUBLIC = [/^\/login$/, /^\/api\/session$/];
/** what an account with a password to change may still do */
const BEFORE_CHANGE = [/^\/account$/, /^\/api\/session$/, /^\/api\/account\/password$/];

export function clientAddress(event: RequestEvent): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}

export function sessionCookieOptions(event: RequestEvent) {
	// not `secure` on plain http: an intranet host without TLS would never get the cookie back
	return {
		path: base || '/',
		httpOnly: true,
		sameSite: 'strict' as const,
		secure: event.url.protocol === 'https:'
	};
}

const isApi = (path: string) => path.startsWith('/api/') || /^\/data\/v\d+\//.test(path);

function refuse(
	path: string,
	status: 401 | 403,
	message: string,
	login?: string,
	clearCookie?: string
): Response {
	const response =
		isApi(path) || !login
			? json({ message }, { status })
			: new Response(null, { status: 303, headers: { location: login } });
	// a response made here skips SvelteKit's cookie jar: an ended session's cookie goes explicitly
	if (clearCookie) response.headers.append('set-cookie', clearCookie);
	return response;
}

/**
 * Every request of the service passes here before its page or endpoint: a change must come from
 * this site (the Origin check), the session cookie names the account, and without one only the
 * sign-in is reachable (unless READ_ACCESS=open lets anyone read). Endpoints check roles themselves.
 */
export async function guardRequest(
	service: Service,
	event: RequestEvent
): Promise<Response | null> {
	const { request, url, cookies, locals } = event;
	const path = url.pathname.slice(base.length) || '/';
	if (!SAFE_METHODS.has(request.method)) {
		const origin = request.headers.get('origin');
		const site = request.headers.get('sec-fetch-site');
		if ((origin !== null && origin !== url.origin) || site === 'cross-site' || site === 'same-site')
			return json({ message: '拒绝来自其他网站的请求' }, { status: 403 });
	}
	const address = clientAddress(event);
	const token = cookies.get(SESSION_COOKIE);
	const session = await service.accounts.check(token, address);
	locals.user = session.state === 'valid' ? session.user : null;
	locals.version = await service.store.versions.current();
	let clearCookie: string | undefined;
	if (token && session.state !== 'valid') {
		cookies.delete(SESSION_COOKIE, sessionCookieOptions(event));
		clearCookie = cookies.serialize(SESSION_COOKIE, '', {
			...sessionCookieOptions(event),
			maxAge: 0
		});
	}

	if (PUBLIC.some((p) => p.test(path))) return null;
	const next = `${base}/login?next=${encodeURIComponent(url.pathname + url.search)}`;
	if (!locals.user) {
		const reading = SAFE_METHODS.has(request.method) && service.settings.readAccess === 'open';
		if (reading) return null;
		return session.state === 'expired'
			? refuse(path, 401, '登录已超时，请重新登录', `${next}&expired=1`, clearCookie)
			: refuse(path, 401, '请先登录', next, clearCookie);
	}
	if (locals.user.mustChange && !BEFORE_CHANGE.some((p) => p.test(path)))
		return refuse(path, 403, '请先修改初始密码', `${base}/account`);
	return null;
}

/** Headers every response of the service carries (the CSP comes from SvelteKit's `kit.csp`). */
export function securityHeaders(headers: Headers, url: URL): void {
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'same-origin');
	headers.set('x-frame-options', 'DENY');
	// browsers ignore it (with a console error) on plain http, where most intranets serve
	if (url.protocol === 'https:') headers.set('cross-origin-opener-policy', 'same-origin');
	if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
}
