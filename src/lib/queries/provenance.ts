import type { Provenance } from '$lib/schema/types';

export interface ProvenanceCount {
	provenance: Provenance;
	rows: number;
}

/** Whether rows other than official ones are on screen: the 示例 badge and notice. */
export function includesSample(provenance: ProvenanceCount[]): boolean {
	return provenance.some((p) => p.provenance !== 'official' && p.rows > 0);
}

/** How many rows of each provenance the given tables hold: whether the view must say “示例”. */
export function provenanceSql(tables: readonly string[]): string {
	const union = tables.map((t) => `SELECT provenance FROM ${t}`).join(' UNION ALL ');
	return `SELECT provenance, count(*) AS rows FROM (${union}) GROUP BY provenance ORDER BY provenance`;
}
