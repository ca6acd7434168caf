import type { Provenance } from '$lib/schema/types';

export interface ProvenanceCount {
	provenance: Provenance;
	/** the rows' own `source` (a document, a form, 示例数据…); '' where a row leaves it blank */
	source: string;
	rows: number;
}

/** Whether sample rows are on screen: the 示例 badge of a view, its charts and its exports. */
export function includesSample(provenance: ProvenanceCount[]): boolean {
	return provenance.some((p) => p.provenance === 'sample' && p.rows > 0);
}

const PROVENANCE_ORDER: Record<Provenance, number> = { official: 0, estimate: 1, sample: 2 };

/**
 * The 资料来源 of a view: the sources its official and estimated rows name, those of official rows
 * first, then by how many rows each carries; sample rows are named once, as `sampleWord`, whatever
 * their own source says (it explains the sample, a reader needs only to know it is one).
 */
export function sourcesOf(provenance: ProvenanceCount[], sampleWord: string): string[] {
	const ordered = provenance
		.filter((p) => p.rows > 0 && (p.source !== '' || p.provenance === 'sample'))
		.sort(
			(a, b) =>
				PROVENANCE_ORDER[a.provenance] - PROVENANCE_ORDER[b.provenance] ||
				b.rows - a.rows ||
				a.source.localeCompare(b.source)
		);
	return [...new Set(ordered.map((p) => (p.provenance === 'sample' ? sampleWord : p.source)))];
}

/** How many rows of each provenance and source the given tables hold: the 示例 badge and 资料来源. */
export function provenanceSql(tables: readonly string[]): string {
	const union = tables
		.map((t) => `SELECT provenance, coalesce(trim(source), '') AS source FROM ${t}`)
		.join(' UNION ALL ');
	return `SELECT provenance, source, count(*)::INTEGER AS rows FROM (${union})
	GROUP BY provenance, source ORDER BY provenance, rows DESC, source`;
}
