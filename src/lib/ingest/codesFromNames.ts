import { columnForHeader } from '$lib/schema/headers';
import type { TableDef, TypedRow, ValidationIssue } from '$lib/schema/types';
import type { Sheet } from '$lib/schema/validate';
import {
	hasDistrictNames,
	hasVillageNames,
	resolveDistrictCodes,
	resolveVillageCodes,
	type ResolvedCodes
} from './divisionNames';

/** a code column a file may leave out, found from the names it gives instead */
interface NameLookup {
	column: string;
	present: (headers: string[]) => boolean;
	resolve: (
		file: string,
		headers: string[],
		rows: string[][],
		firstRow: number,
		divisions: readonly TypedRow[]
	) => ResolvedCodes;
}

/** village codes from 区县 / 乡镇（街道） / 村（社区）; a district's code from 所属区县 */
export function nameLookups(table: TableDef): NameLookup[] {
	const lookups: NameLookup[] = [];
	if (table.codeFromNames)
		lookups.push({
			column: table.codeFromNames,
			present: hasVillageNames,
			resolve: resolveVillageCodes
		});
	if (table.districtFromNames)
		lookups.push({
			column: table.districtFromNames,
			present: hasDistrictNames,
			resolve: resolveDistrictCodes
		});
	return lookups;
}

/** the lookup this header needs: it names the places but lacks their code column */
export function neededLookup(table: TableDef, headers: string[]): NameLookup | null {
	return (
		nameLookups(table).find(
			(l) =>
				l.present(headers) && !headers.some((h) => columnForHeader(table, h)?.name === l.column)
		) ?? null
	);
}

export interface NamedCodes {
	sheet: Sheet;
	issues: ValidationIssue[];
	/** whether the validator's issue repeats one already reported under the name the file wrote */
	reported: (issue: ValidationIssue) => boolean;
}

/**
 * The sheet with the code column added, looked up from the names it gives, and a note saying so
 * (the preview shows where a column it never had came from).
 */
export function withCodesFromNames(
	table: TableDef,
	sheet: Sheet,
	divisions: TypedRow[],
	lookup: NameLookup
): NamedCodes {
	const code = table.columns.find((c) => c.name === lookup.column)!;
	const names = lookup.resolve(
		sheet.file,
		sheet.headers,
		sheet.rows,
		sheet.headerRow + 1,
		divisions
	);
	const width = sheet.headers.length;
	const failedRows = new Set(names.issues.map((i) => i.row));
	const used = new Set(names.used);
	const note: ValidationIssue = {
		severity: 'warning',
		file: sheet.file,
		row: null,
		column: code.label,
		value: null,
		rule: `文件没有此列，按「${names.used.join('、')}」的名称查得`
	};
	return {
		sheet: {
			...sheet,
			headers: [...sheet.headers, code.label],
			rows: sheet.rows.map((cells, i) => [
				...cells,
				...Array<string>(Math.max(0, width - cells.length)).fill(''),
				names.codes[i]
			])
		},
		issues: [note, ...names.issues],
		reported: (issue) =>
			(issue.row !== null && failedRows.has(issue.row) && issue.column === code.label) ||
			(issue.row === null && issue.column !== null && used.has(issue.column))
	};
}
