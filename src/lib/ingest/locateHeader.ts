import { columnForHeader } from '$lib/schema/headers';
import type { TableDef } from '$lib/schema/types';

export interface HeaderMatch {
	table: TableDef;
	/** header cells, one per file column, two-row headers already combined */
	headers: string[];
	/** spreadsheet number of the first and the last header row */
	firstRow: number;
	headerRow: number;
	matched: number;
	/** labels of required columns the header lacks (columns the import can fill are not counted) */
	missing: string[];
}

/** Required columns a given header may lack because the import fills them in. */
export type Fillable = (table: TableDef, headers: string[]) => ReadonlySet<string>;

/** Title rows above the header are rarely more than a few; a notes block may be longer. */
const SCAN_ROWS = 20;

/**
 * Combine a two-row header column by column. A group header merged across columns (`馆藏档案（卷件）`
 * over `总量 | 已数字化`) is blank in all but its first cell, so it is carried right; a header merged
 * down two rows is blank below. Per column the lower cell, the two together, then the upper one are
 * tried, and the first that names a column of the table wins.
 */
function combineRows(table: TableDef, upper: string[], lower: string[]): string[] {
	const width = Math.max(upper.length, lower.length);
	const headers: string[] = [];
	let carried = '';
	for (let i = 0; i < width; i++) {
		const own = (upper[i] ?? '').trim();
		const low = (lower[i] ?? '').trim();
		if (own !== '') carried = own;
		const up = own !== '' ? own : low !== '' ? carried : '';
		const tries = [low, up + low, up].filter((h) => h !== '');
		headers.push(tries.find((h) => columnForHeader(table, h)) ?? (low || up));
	}
	return headers;
}

function score(
	table: TableDef,
	headers: string[],
	firstRow: number,
	headerRow: number,
	fillable: Fillable
): HeaderMatch {
	const filled = fillable(table, headers);
	const found = new Set<string>();
	for (const h of headers) {
		const column = h.trim() === '' ? undefined : columnForHeader(table, h);
		if (column) found.add(column.name);
	}
	const missing = table.columns
		.filter((c) => c.required && !found.has(c.name) && !filled.has(c.name))
		.map((c) => c.label);
	return { table, headers, firstRow, headerRow, matched: found.size, missing };
}

function better(a: HeaderMatch, b: HeaderMatch | null): boolean {
	if (!b) return true;
	if (a.missing.length !== b.missing.length) return a.missing.length < b.missing.length;
	return a.matched > b.matched;
}

/**
 * The header of a sheet and the table it belongs to: the row (or pair of rows) within the first
 * rows of the sheet whose cells name the most columns of one table, preferring a table whose required
 * columns are all there.
 */
export function locateHeader(
	rows: string[][],
	tables: readonly TableDef[],
	fillable: Fillable = () => new Set()
): HeaderMatch | null {
	let best: HeaderMatch | null = null;
	for (let i = 0; i < Math.min(rows.length, SCAN_ROWS); i++) {
		if (rows[i].every((c) => c.trim() === '')) continue;
		for (const table of tables) {
			const single = score(table, rows[i], i + 1, i + 1, fillable);
			if (single.matched > 0 && better(single, best)) best = single;
			if (i + 1 < rows.length) {
				const pair = score(table, combineRows(table, rows[i], rows[i + 1]), i + 1, i + 2, fillable);
				if (pair.matched > single.matched && better(pair, best)) best = pair;
			}
		}
	}
	return best;
}
