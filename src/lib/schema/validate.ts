import { formulaLike } from './formulaLike';
import { columnForHeader } from './headers';
import { parseCell } from './parseValue';
import { DEFAULT_GRADE_THRESHOLDS, ROW_RULES, type RuleContext } from './rules';
import type { ColumnDef, TableDef, TypedRow, ValidationIssue } from './types';

/** A sheet as read from a file: the header cells and the data rows under it, all as text. */
export interface Sheet {
	file: string;
	headers: string[];
	rows: string[][];
	/** spreadsheet row number of the header row (1 in a plain CSV, lower down under title rows) */
	headerRow: number;
}

export interface ValidationResult {
	rows: TypedRow[];
	/** spreadsheet row number of each accepted row, so any figure can be traced back to its line */
	rowNumbers: number[];
	issues: ValidationIssue[];
	/**
	 * A file refused for its shape accepts no rows; these are its rows that passed every check they
	 * could without the columns it lacks, so their codes and names can still be checked.
	 */
	shapeRefused?: { rows: TypedRow[]; rowNumbers: number[] };
}

const FORMULA_WARNING =
	"以 = + - @ 等开头，Excel 或 WPS 会当作公式：请确认无误（看板导出的 CSV 会在前面加 ' 使其保持为文本）";

const TOTAL_ROW = /^(合计|小计|总计|共计|全市合计)$/;
/** a remark under the table, alone in its row: `注：…`, `填表人：…` */
const NOTE_ROW = /^(注|说明|备注|填表|制表|审核|负责人|联系人|联系电话)/;
/** the templates' example row starts with this in its 序号 column, so a filled-in template never imports it */
export const EXAMPLE_MARK = '示例';
const EXAMPLE_ROW = /^(示例|示例行|样例)$/;
/** columns planners add for reading that carry no data */
const IGNORED_HEADER = /^(序号|编号|no\.?)$/i;

/** Rows under a header that hold no data: blank, a 合计 row, a remark. */
export function skippedRow(
	cells: string[]
): 'blank' | { value: string | null; rule: string } | null {
	const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
	if (filled.length === 0) return 'blank';
	if (filled.some((c) => TOTAL_ROW.test(c.replace(/\s+/g, '')))) {
		return { value: null, rule: '合计/小计行，已跳过' };
	}
	if (filled.length === 1 && NOTE_ROW.test(filled[0])) {
		return { value: filled[0].slice(0, 40), rule: '表注行，已跳过' };
	}
	if (EXAMPLE_ROW.test(filled[0])) return { value: filled[0], rule: '模板示例行，已跳过' };
	return null;
}

export function formatIssue(issue: ValidationIssue): string {
	const where = [issue.file];
	if (issue.row !== null) where.push(`第${issue.row}行`);
	const column = issue.column !== null ? `「${issue.column}」` : '';
	const value = issue.value !== null ? `“${issue.value}” ` : '';
	return `${where.join(' ')}${column}：${value}${issue.rule}`;
}

/** Whether a row leaves a non-key value blank, for the published value of the same row to fill. */
export function awaitsPublished(table: TableDef): (row: TypedRow) => boolean {
	const open = table.columns.filter((c) => !table.key.includes(c.name));
	return (row) => open.some((c) => row[c.name] === null);
}

export function validateSheet(
	table: TableDef,
	sheet: Sheet,
	context: RuleContext = { gradeThresholds: DEFAULT_GRADE_THRESHOLDS },
	/** values for columns the file does not have, e.g. the provenance chosen on import */
	fill: TypedRow = {},
	onProgress?: (fraction: number) => void,
	/**
	 * A blank or missing non-key column may take the published value of the same row
	 * (`completeFromPublished`): it is left null here, and the row's cross-column rules wait for it.
	 */
	keepPublished = false
): ValidationResult {
	const issues: ValidationIssue[] = [];
	const fileIssue = (severity: 'error' | 'warning', column: string | null, rule: string) =>
		issues.push({ severity, file: sheet.file, row: null, column, value: null, rule });

	const mapped: (ColumnDef | undefined)[] = sheet.headers.map((h) => columnForHeader(table, h));
	const headerOf = new Map<string, string>();
	mapped.forEach((column, i) => {
		const header = sheet.headers[i].trim();
		if (!column) {
			if (header !== '' && !IGNORED_HEADER.test(header)) {
				fileIssue('warning', header, '未识别的列，已忽略');
			}
		} else if (headerOf.has(column.name)) {
			fileIssue('error', header, `与「${headerOf.get(column.name)}」指向同一列（${column.label}）`);
		} else {
			headerOf.set(column.name, header);
		}
	});
	const borrowed = (column: ColumnDef) =>
		!headerOf.has(column.name) &&
		column.defaultFrom !== undefined &&
		headerOf.has(column.defaultFrom);
	const mayKeep = (column: ColumnDef) => keepPublished && !table.key.includes(column.name);
	/** required columns the file lacks: said once here, and their rows checked for everything else */
	const absent = new Set<string>();
	for (const column of table.columns) {
		if (
			column.required &&
			!headerOf.has(column.name) &&
			!(column.name in fill) &&
			!borrowed(column) &&
			!mayKeep(column)
		) {
			absent.add(column.name);
			fileIssue(
				'error',
				column.label,
				`缺少必填列（可用列名：${[column.label, ...column.aliases].join('、')}）`
			);
		}
	}
	// a file refused for its shape still has its rows checked, so a planner fixes all in one round
	const shapeRefused = issues.some((i) => i.severity === 'error');

	const rows: TypedRow[] = [];
	const rowNumbers: number[] = [];
	const firstRowOfKey = new Map<string, number>();
	sheet.rows.forEach((cells, index) => {
		if (onProgress && index % 5000 === 0) onProgress(index / sheet.rows.length);
		const rowNumber = sheet.headerRow + 1 + index;
		const skipped = skippedRow(cells);
		if (skipped === 'blank') return;
		if (skipped) {
			issues.push({
				severity: 'warning',
				file: sheet.file,
				row: rowNumber,
				column: null,
				value: skipped.value,
				rule: skipped.rule
			});
			return;
		}
		const row: TypedRow = {};
		let rowOk = true;
		let waiting = false;
		let lacking = false;
		const cellIssue = (
			column: ColumnDef,
			value: string | null,
			rule: string,
			severity = 'error'
		) => {
			issues.push({
				severity: severity as 'error' | 'warning',
				file: sheet.file,
				row: rowNumber,
				column: headerOf.get(column.name) ?? column.label,
				value,
				rule
			});
			if (severity === 'error') rowOk = false;
		};
		for (const column of table.columns) {
			if (absent.has(column.name)) {
				row[column.name] = null;
				lacking = true;
				continue;
			}
			const at = mapped.indexOf(column);
			if (at < 0 && column.name in fill) {
				row[column.name] = fill[column.name];
				continue;
			}
			const from = borrowed(column) ? mapped.findIndex((c) => c?.name === column.defaultFrom) : at;
			const raw = from >= 0 ? (cells[from] ?? '') : '';
			const parsed = parseCell(column, raw);
			if (!parsed.ok && from !== at) {
				// the column it is borrowed from reports the value once, under the header the file has
				rowOk = false;
				row[column.name] = null;
			} else if (!parsed.ok) {
				const shown = raw.trim();
				cellIssue(column, shown.length > 40 ? `${shown.slice(0, 40)}…` : shown, parsed.rule);
				row[column.name] = null;
			} else if (parsed.value === null && column.required && mayKeep(column)) {
				row[column.name] = null;
				waiting = true;
			} else if (parsed.value === null && column.required) {
				cellIssue(
					column,
					null,
					from === at
						? '为空（必填）'
						: `为空：文件没有此列，取自「${headerOf.get(column.defaultFrom!)}」，该行为空`
				);
				row[column.name] = null;
			} else {
				row[column.name] = parsed.value;
				if (typeof parsed.value === 'string' && column.type === 'text' && formulaLike(parsed.value))
					cellIssue(column, parsed.value, FORMULA_WARNING, 'warning');
			}
		}
		if (!rowOk) return;
		if (lacking) {
			rows.push(row);
			rowNumbers.push(rowNumber);
			return;
		}
		for (const problem of waiting ? [] : (ROW_RULES[table.name]?.(row, context) ?? [])) {
			const column = table.columns.find((c) => c.name === problem.column)!;
			const value = row[column.name];
			cellIssue(column, value === null ? null : String(value), problem.rule, problem.severity);
		}
		if (!rowOk) return;
		const key = table.key.map((k) => String(row[k])).join('\u0000');
		const first = firstRowOfKey.get(key);
		if (first !== undefined) {
			const keyLabels = table.key.map((k) => table.columns.find((c) => c.name === k)!.label);
			issues.push({
				severity: 'error',
				file: sheet.file,
				row: rowNumber,
				column: null,
				value: table.key.map((k) => row[k]).join(' / '),
				rule: `与第${first}行重复（${keyLabels.join('＋')}相同）`
			});
			return;
		}
		firstRowOfKey.set(key, rowNumber);
		rows.push(row);
		rowNumbers.push(rowNumber);
	});
	return shapeRefused
		? { rows: [], rowNumbers: [], issues, shapeRefused: { rows, rowNumbers } }
		: { rows, rowNumbers, issues };
}
