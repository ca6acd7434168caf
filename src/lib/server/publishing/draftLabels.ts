import type { Connector } from '$lib/db/connector';
import { scopeLabel } from '$lib/ingest/submitterScope';
import { divisionsForCheckSql } from '$lib/queries/importContext';
import type { TypedRow } from '$lib/schema/types';
import type { DraftRecord } from '$lib/serviceTypes';

/** drafts with their scope as a reader names it (`长沙县（430121）`), from the divisions of `db` */
export async function withScopeLabels(
	drafts: DraftRecord[],
	db: Connector
): Promise<DraftRecord[]> {
	const divisions = await db.query<TypedRow>(divisionsForCheckSql());
	return drafts.map((d) => ({ ...d, scopeLabel: d.scope && scopeLabel(d.scope, divisions) }));
}
