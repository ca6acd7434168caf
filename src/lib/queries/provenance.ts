import type { Provenance } from '$lib/schema/types';

export interface ProvenanceCount {
	provenance: Provenance;
	rows: number;
}

/** How many rows of each provenance the given tables hold: whether the view must say “示例”. */
export function provenanceSql(tables: readonly string[]): string {
	const union = tables.map((t) => `SELECT provenance FROM ${t}`).join(' UNION ALL ');
	return `SELECT provenance, count(*) AS rows FROM (${union}) GROUP BY provenance ORDER BY provenance`;
}
