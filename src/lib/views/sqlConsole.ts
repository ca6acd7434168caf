import type { Connector } from '$lib/db/connector';
import { schemaSql, type SchemaColumn } from '$lib/queries/console';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import { TABLES } from '$lib/schema/tables';

export interface ConsoleData {
	schema: SchemaColumn[];
	/** over every table that records provenance: the console can read any of them */
	provenance: ProvenanceCount[];
}

export async function loadConsole(db: Connector): Promise<ConsoleData> {
	const withProvenance = TABLES.filter((t) => t.columns.some((c) => c.name === 'provenance'));
	const [schema, provenance] = await Promise.all([
		db.query<SchemaColumn>(schemaSql()),
		db.query<ProvenanceCount>(provenanceSql(withProvenance.map((t) => t.name)))
	]);
	return { schema, provenance };
}
