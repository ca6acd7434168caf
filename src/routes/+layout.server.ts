import { getService } from '$lib/server/serviceInstance';

/** What every page of the service knows: who is signed in, and the version it was rendered from. */
export async function load({ locals }) {
	if (!__SERVICE__) return { service: null };
	const { settings } = await getService();
	return {
		service: { user: locals.user, version: locals.version, readAccess: settings.readAccess }
	};
}
