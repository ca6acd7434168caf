import type { TypedRow, ValidationIssue } from './types';
import { tableByName } from './tables';

export interface LoadedTable {
	file: string;
	rows: TypedRow[];
	rowNumbers: number[];
}

interface Reference {
	table: string;
	column: string;
	/** which division codes the column may name */
	allowed: (division: TypedRow) => boolean;
	extra?: (code: string) => boolean;
}

const REFERENCES: Reference[] = [
	{ table: 'village_rooms', column: 'village_code', allowed: (d) => d.level === 'village' },
	{
		table: 'assessments',
		column: 'adcode',
		allowed: (d) => d.level === 'county',
		extra: (code) => /^\d{4}00$/.test(code)
	},
	{
		table: 'digitization',
		column: 'adcode',
		allowed: (d) => d.level === 'county',
		extra: (code) => /^\d{4}00$/.test(code)
	}
];

/** Codes that must exist in `divisions`: a village room for an unknown village would never be counted. */
export function checkReferences(tables: Map<string, LoadedTable>): ValidationIssue[] {
	const divisions = tables.get('divisions');
	if (!divisions) return [];
	const issues: ValidationIssue[] = [];
	for (const ref of REFERENCES) {
		const loaded = tables.get(ref.table);
		if (!loaded) continue;
		const known = new Set(divisions.rows.filter(ref.allowed).map((d) => String(d.code)));
		const header = tableByName(ref.table)!.columns.find((c) => c.name === ref.column)!.label;
		loaded.rows.forEach((row, i) => {
			const code = row[ref.column];
			if (code === null || known.has(String(code)) || ref.extra?.(String(code))) return;
			issues.push({
				severity: 'error',
				file: loaded.file,
				row: loaded.rowNumbers[i],
				column: header,
				value: String(code),
				rule: '不在行政区划表（divisions）中'
			});
		});
	}
	return issues;
}
