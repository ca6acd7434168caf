import { scopeLabels } from '$lib/server/publishing/draftLabels';
import type { SignedIn } from '$lib/serviceTypes';
import { getService } from '$lib/server/serviceInstance';

/** What every page of the service knows: who is signed in, and the version it was rendered from. */
export async function load({ locals }) {
	if (!__SERVICE__) return { service: null };
	const { settings, datasets } = await getService();
	const { user, version } = locals;
	// a view's page is kept per version and reader (renderedViews): it carries nothing else of them
	const reader: SignedIn | null = user && { name: user.name, role: user.role, scope: user.scope };
	if (reader?.scope) {
		const label = await scopeLabels((await datasets.get(version)).db, [reader.scope]);
		reader.scopeLabel = label(reader.scope);
	}
	return { service: { user: reader, version, readAccess: settings.readAccess } };
}
