import { columnForHeader } from '$lib/schema/headers';
import type { TableDef, TypedRow, ValidationIssue } from '$lib/schema/types';
import { skippedRow, type Sheet } from '$lib/schema/validate';
import type { ArchivePlace } from './submitterScope';
import {
	hasDistrictNames,
	hasVillageNames,
	resolveDistrictCodes,
	resolveVillageCodes,
	type ResolvedCodes
} from './divisionNames';

/** what the names are looked up in: the loaded divisions and the published archives */
export interface Places {
	divisions: readonly TypedRow[];
	archives: readonly ArchivePlace[];
}

/** a code column a file may leave out, found from the names it gives instead */
interface NameLookup {
	column: string;
	present: (headers: string[]) => boolean;
	resolve: (
		file: string,
		headers: string[],
		rows: string[][],
		firstRow: number,
		places: Places
	) => ResolvedCodes;
}

/**
 * Village codes from 区县 / 乡镇（街道） / 村（社区）; a district's code from 所属区县, or else from
 * where the published 馆藏数字化 table places each archive the file names.
 */
export function nameLookups(table: TableDef, archives: readonly ArchivePlace[] = []): NameLookup[] {
	const lookups: NameLookup[] = [];
	if (table.codeFromNames)
		lookups.push({
			column: table.codeFromNames,
			present: hasVillageNames,
			resolve: (file, headers, rows, first, places) =>
				resolveVillageCodes(file, headers, rows, first, places.divisions)
		});
	if (table.districtFromNames) {
		lookups.push({
			column: table.districtFromNames,
			present: hasDistrictNames,
			resolve: (file, headers, rows, first, places) =>
				resolveDistrictCodes(file, headers, rows, first, places.divisions)
		});
		const archiveColumn = (headers: string[]) =>
			headers.findIndex((h) => columnForHeader(table, h)?.name === 'archive');
		if (archives.length > 0)
			lookups.push({
				column: table.districtFromNames,
				present: (headers) => archiveColumn(headers) >= 0,
				resolve: (file, headers, rows, first, places) =>
					codesFromArchives(file, headers, rows, first, places.archives, archiveColumn(headers))
			});
	}
	return lookups;
}

/** each row's district code from where the published data places the archive it names */
function codesFromArchives(
	file: string,
	headers: string[],
	rows: string[][],
	firstRow: number,
	archives: readonly ArchivePlace[],
	at: number
): ResolvedCodes {
	const placed = new Map(archives.map((a) => [a.archive, a.adcode]));
	const issues: ValidationIssue[] = [];
	const codes = rows.map((cells, i) => {
		const archive = (cells[at] ?? '').trim();
		if (archive === '' || skippedRow(cells) !== null) return '';
		const code = placed.get(archive);
		if (code) return code;
		issues.push({
			severity: 'error',
			file,
			row: firstRow + i,
			column: headers[at],
			value: archive,
			rule: '是新的档案馆，文件又没有区划代码或所属区县：请加上「区划代码」或「所属区县」列'
		});
		return '';
	});
	return { codes, issues, used: [headers[at]] };
}

/** the lookup this header needs: it names the places but lacks their code column */
export function neededLookup(
	table: TableDef,
	headers: string[],
	archives: readonly ArchivePlace[] = []
): NameLookup | null {
	return (
		nameLookups(table, archives).find(
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
	places: Places,
	lookup: NameLookup
): NamedCodes {
	const code = table.columns.find((c) => c.name === lookup.column)!;
	const names = lookup.resolve(sheet.file, sheet.headers, sheet.rows, sheet.headerRow + 1, places);
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
