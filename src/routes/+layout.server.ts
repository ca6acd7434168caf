import { scopeLabel } from '$lib/ingest/submitterScope';
import { divisionsForCheckSql } from '$lib/queries/importContext';
import type { TypedRow } from '$lib/schema/types';
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
		const divisions = await (
			await datasets.get(version)
		).db.query<TypedRow>(divisionsForCheckSql());
		reader.scopeLabel = scopeLabel(reader.scope, divisions);
	}
	return { service: { user: reader, version, readAccess: settings.readAccess } };
}
