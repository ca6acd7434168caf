import { tableByName } from '$lib/schema/tables';
import type { TableDef, TypedRow, ValidationIssue } from '$lib/schema/types';

/** an archive as the published 馆藏数字化 table places it */
export interface ArchivePlace {
	archive: string;
	adcode: string;
}

/**
 * The district each row of a table belongs to, for the tables a district reports; a table not
 * here is the whole city's (assessments, targets, the divisions), filled in by the city bureau.
 */
const ROW_DISTRICT: Record<
	string,
	(row: TypedRow, archives: Map<string, string>) => string | null
> = {
	digitization: (row) => String(row.adcode),
	digital_archive_stages: (row, archives) => archives.get(String(row.archive)) ?? null,
	village_rooms: (row) => String(row.village_code).slice(0, 6)
};

/** the column a row's place is read from, as the messages name it */
const PLACE_COLUMN: Record<string, string> = {
	digitization: 'adcode',
	digital_archive_stages: 'archive',
	village_rooms: 'village_code'
};

/** tables an archive's own account reports: its row by the archive's name */
const ARCHIVE_TABLES = new Set(['digitization', 'digital_archive_stages']);

const isDistrict = (scope: string) => /^\d{6}$/.test(scope);

/** `长沙县（430121）` for a district, `长沙市城市建设档案馆` for an archive */
export function scopeLabel(scope: string, divisions: TypedRow[] | null): string {
	if (!isDistrict(scope)) return scope;
	const name = divisions?.find((d) => d.code === scope)?.name;
	return name ? `${name}（${scope}）` : scope;
}

/**
 * What a submitter's file holds outside its scope (a district's code, or one archive's name): a
 * file-wide error for a table the city fills in, else an error for each row elsewhere. The server
 * decides with this; the page shows the same before the upload.
 */
export function scopeIssues(
	file: string,
	table: TableDef,
	rows: TypedRow[],
	rowNumbers: number[],
	scope: string,
	context: { divisions: TypedRow[] | null; archives: ArchivePlace[] | null }
): ValidationIssue[] {
	const label = scopeLabel(scope, context.divisions);
	const district = isDistrict(scope);
	const reportable = district ? table.name in ROW_DISTRICT : ARCHIVE_TABLES.has(table.name);
	if (!reportable) {
		const own = [...(district ? Object.keys(ROW_DISTRICT) : ARCHIVE_TABLES)];
		return [
			{
				severity: 'error',
				file,
				row: null,
				column: null,
				value: null,
				rule: `「${table.label}」由市档案局填报，本账号（${label}）不能提交；可提交的表：${own.map((t) => tableByName(t)!.label).join('、')}`
			}
		];
	}
	const archives = new Map((context.archives ?? []).map((a) => [a.archive, a.adcode]));
	const placeColumn = district ? PLACE_COLUMN[table.name] : 'archive';
	const column = table.columns.find((c) => c.name === placeColumn)!;
	const issues: ValidationIssue[] = [];
	rows.forEach((row, i) => {
		const place = String(row[placeColumn]);
		const inScope = district ? ROW_DISTRICT[table.name](row, archives) === scope : place === scope;
		if (inScope) return;
		const unknownArchive = district && placeColumn === 'archive' && !archives.has(place);
		issues.push({
			severity: 'error',
			file,
			row: rowNumbers[i] ?? null,
			column: column.label,
			value: place,
			rule: unknownArchive
				? `不在已发布的馆藏数字化表中，无法确认属于本账号负责的${label}：请先报送该馆的馆藏数字化情况`
				: `不属于本账号负责的${label}`
		});
	});
	return issues;
}
