import type { Connector } from '$lib/db/connector';
import { scopeLabel } from '$lib/ingest/submitterScope';
import { divisionNamesSql } from '$lib/queries/importContext';
import type { TypedRow } from '$lib/schema/types';
import type { DraftRecord } from '$lib/serviceTypes';

/**
 * Scopes as a reader names them (`长沙县（430121）`), looking up only the divisions named: pages and
 * lists ask this on every request, and a national divisions table has 660,000 rows.
 */
export async function scopeLabels(
	db: Connector,
	scopes: (string | null)[]
): Promise<(scope: string) => string> {
	const codes = [...new Set(scopes.filter((s): s is string => !!s && /^\d{6}$/.test(s)))];
	const divisions = codes.length ? await db.query<TypedRow>(divisionNamesSql(codes)) : [];
	return (scope) => scopeLabel(scope, divisions);
}

/** drafts with their scope's label, from the divisions of `db` */
export async function withScopeLabels(
	drafts: DraftRecord[],
	db: Connector
): Promise<DraftRecord[]> {
	const label = await scopeLabels(
		db,
		drafts.map((d) => d.scope)
	);
	return drafts.map((d) => ({ ...d, scopeLabel: d.scope && label(d.scope) }));
}
