import { checkReferences, type LoadedTable } from '$lib/schema/references';
import { DEFAULT_GRADE_THRESHOLDS, type GradeThreshold } from '$lib/schema/rules';
import { TABLES, tableByName } from '$lib/schema/tables';
import type { Provenance, TableDef, TypedRow, ValidationIssue } from '$lib/schema/types';
import { validateSheet, type Sheet } from '$lib/schema/validate';
import { csvRows, type Progress } from './csvRows';
import { decodeText, ENCODING_LABELS, mixedEncoding } from './decodeText';
import { nameLookups, neededLookup, withCodesFromNames, type NamedCodes } from './codesFromNames';
import { fileKind } from './fileKind';
import {
	LimitExceeded,
	rowLimits,
	width,
	sheetLimitProblem,
	xlsxSizeProblem,
	type LimitProblem
} from './fileLimits';
import { locateHeader, type Fillable } from './locateHeader';
import { columnForHeader } from '$lib/schema/headers';
import { archiveNameIssues } from './archiveNames';
import { scopeIssues, type ArchivePlace } from './submitterScope';
import { xlsxSheets, type WorkbookSheet } from './xlsxSheets';

/** What the loaded data says about the rows of a new file: the grade scheme and the known divisions. */
export interface ImportContext {
	gradeThresholds: readonly GradeThreshold[];
	/** the `divisions` table as loaded; null skips the reference check */
	divisions: TypedRow[] | null;
	/** where each published archive is (a district's rows of an archive are checked by it) */
	archives?: ArchivePlace[] | null;
	/** a submitter's district code or archive: rows elsewhere are errors; absent for the whole city */
	scope?: string | null;
	/**
	 * Rows already published may leave non-key columns blank or out, keeping their published values:
	 * the caller completes them (`completeFromPublished`) before the preview.
	 */
	keepPublished?: boolean;
}

export interface ImportOptions {
	/** the table the user chose; otherwise it is recognised from the header */
	table?: string;
	/** the sheet the user chose in a workbook of several */
	sheet?: string;
	/** provenance of rows in a file without a 数据性质 column */
	provenance?: Provenance;
	onProgress?: Progress;
}

export interface FileCheck {
	file: string;
	/** `UTF-8`, `GBK/GB18030`, `UTF-16` or `Excel` */
	format: string | null;
	sheetNames: string[];
	sheet: string | null;
	table: TableDef | null;
	headerRow: number | null;
	rows: TypedRow[];
	rowNumbers: number[];
	issues: ValidationIssue[];
}

export const DEFAULT_CONTEXT: ImportContext = {
	gradeThresholds: DEFAULT_GRADE_THRESHOLDS,
	divisions: null
};

function nothingRead(file: string): FileCheck {
	return {
		file,
		format: null,
		sheetNames: [],
		sheet: null,
		table: null,
		headerRow: null,
		rows: [],
		rowNumbers: [],
		issues: []
	};
}

/** A file refused as a whole, before or while reading it. */
export function refusal(file: string, rule: string): FileCheck {
	const check = nothingRead(file);
	check.issues.push({ severity: 'error', file, row: null, column: null, value: null, rule });
	return check;
}

/** one by one: a spread of a million issues into `push` overflows the call stack */
function addIssues(check: FileCheck, found: ValidationIssue[]): void {
	for (const issue of found) check.issues.push(issue);
}

export function hasErrors(check: Pick<FileCheck, 'issues'>): boolean {
	return check.issues.some((i) => i.severity === 'error');
}

/** Filled in when a file has no such column: a planner's sheet rarely says where its rows came from. */
function fillFor(table: TableDef, file: string, provenance: Provenance): TypedRow {
	const fill: TypedRow = {};
	const names = new Set(table.columns.map((c) => c.name));
	if (names.has('provenance')) fill.provenance = provenance;
	if (names.has('source')) fill.source = `导入：${file}`;
	return fill;
}

/**
 * Read one file the way the page and `npm run check` both do: what it is, its encoding, its sheet, its
 * header and table, then every rule of the schema. Never throws for bad input: every problem is an issue
 * naming the file, and where it can, the row and column.
 */
export async function checkFile(
	file: string,
	bytes: Uint8Array,
	context: ImportContext = DEFAULT_CONTEXT,
	options: ImportOptions = {}
): Promise<FileCheck> {
	const check = await inspect(file, bytes, context, options);
	// file-wide issues first, then by row, as a planner reads the sheet
	check.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	return check;
}

async function inspect(
	file: string,
	bytes: Uint8Array,
	context: ImportContext,
	options: ImportOptions
): Promise<FileCheck> {
	const check = nothingRead(file);
	const refuse = (rule: string, at: Omit<LimitProblem, 'rule'> = { row: null, column: null }) => {
		check.issues.push({ severity: 'error', file, ...at, value: null, rule });
		return check;
	};
	const damaged = '不是有效的 Excel（.xlsx）文件，可能已损坏：请在 Excel 或 WPS 中打开后重新保存';

	const kind = fileKind(file, bytes);
	if (kind.kind === 'refused') return refuse(kind.rule);

	let sheets: WorkbookSheet[];
	if (kind.kind === 'xlsx') {
		check.format = 'Excel';
		let tooLarge: string | null;
		try {
			tooLarge = xlsxSizeProblem(bytes);
			sheets = tooLarge ? [] : await xlsxSheets(bytes);
		} catch {
			return refuse(damaged);
		}
		if (tooLarge) return refuse(tooLarge);
		for (const sheet of sheets) {
			const problem = sheetLimitProblem(sheet.rows);
			if (problem) return refuse(`工作表「${sheet.name}」${problem.rule}`, problem);
		}
	} else {
		const { text, encoding } = decodeText(bytes);
		check.format = ENCODING_LABELS[encoding];
		const mixed = encoding === 'gb18030' ? mixedEncoding(bytes) : null;
		if (mixed) {
			return refuse(
				`混用了两种编码：第${mixed.utf8Line}行等是 UTF-8，第${mixed.otherLine}行等是 GBK 或其他编码（常见于把两个文件拼接在一起）：请在 Excel 或 WPS 中打开，改正乱码后另存为“CSV UTF-8”再导入`
			);
		}
		if (text.includes('\uFFFD') && encoding !== 'utf-8') {
			return refuse('含有无法识别的字符：请在 Excel 中“另存为”“CSV UTF-8”后再导入');
		}
		try {
			// parsing is the first 40% of the work, checking the rest
			const rows = csvRows(text, (f) => options.onProgress?.(f * 0.4), rowLimits().row);
			sheets = [{ name: '', rows }];
		} catch (error) {
			if (error instanceof LimitExceeded) return refuse(error.problem.rule, error.problem);
			throw error;
		}
	}
	check.sheetNames = sheets.map((s) => s.name).filter((n) => n !== '');
	for (const sheet of sheets) sheet.rows = sheet.rows.map(withoutTrailingBlanks);

	const chosenTable = options.table ? tableByName(options.table) : undefined;
	if (options.table && !chosenTable) return refuse(`没有名为 ${options.table} 的表`);
	const candidates = chosenTable ? [chosenTable] : TABLES;
	const filledByImport = new Set(['provenance', 'source']);
	const fillable: Fillable = (table, headers) => {
		const present = new Set(headers.map((h) => columnForHeader(table, h)?.name));
		const filled = new Set(filledByImport);
		for (const lookup of nameLookups(table, context.archives ?? []))
			if (lookup.present(headers)) filled.add(lookup.column);
		for (const c of table.columns) {
			if (c.defaultFrom && present.has(c.defaultFrom)) filled.add(c.name);
			if (context.keepPublished && !table.key.includes(c.name)) filled.add(c.name);
		}
		return filled;
	};

	const pool =
		options.sheet !== undefined ? sheets.filter((s) => s.name === options.sheet) : sheets;
	if (pool.length === 0) return refuse(`没有名为「${options.sheet}」的工作表`);
	const located = pool
		.map((s) => ({ sheet: s, match: locateHeader(s.rows, candidates, fillable) }))
		.filter((m) => m.match !== null);
	const usable = located.find((m) => m.match!.missing.length === 0) ?? located[0];

	if (pool.every((s) => s.rows.every((r) => r.every((c) => c.trim() === '')))) {
		return refuse('没有任何内容');
	}
	if (!usable) {
		return refuse(
			chosenTable
				? `找不到「${chosenTable.label}」的表头（前 20 行中没有 ${chosenTable.columns
						.filter((c) => c.required && !filledByImport.has(c.name))
						.map((c) => c.label)
						.join('、')} 等列名）`
				: '认不出是哪张表：前 20 行中没有可识别的表头。请用“数据”页的模板，或在导入时选择表'
		);
	}
	const { sheet, match } = { sheet: usable.sheet, match: usable.match! };
	check.sheet = sheet.name || null;
	check.table = match.table;
	check.headerRow = match.headerRow;
	// a table recognised without all its columns: each missing one is said (by the validator) with
	// the table it looks like, and the rows are still checked for everything else
	const looksLike =
		match.missing.length > 0 && !chosenTable ? `看起来是「${match.table.label}」，但` : '';

	let sheetToCheck: Sheet = {
		file,
		headers: match.headers,
		rows: sheet.rows.slice(match.headerRow),
		headerRow: match.headerRow
	};
	let named: NamedCodes | null = null;
	const lookup = neededLookup(match.table, match.headers, context.archives ?? []);
	if (lookup) {
		if (!context.divisions) return refuse('按名称查找区划代码需要行政区划表，当前没有载入');
		named = withCodesFromNames(
			match.table,
			sheetToCheck,
			{ divisions: context.divisions, archives: context.archives ?? [] },
			lookup
		);
		sheetToCheck = named.sheet;
		addIssues(check, named.issues);
	}

	const result = validateSheet(
		match.table,
		sheetToCheck,
		{ gradeThresholds: context.gradeThresholds },
		fillFor(match.table, file, options.provenance ?? 'official'),
		(f) => options.onProgress?.(0.4 + f * 0.6),
		context.keepPublished
	);
	if (context.keepPublished) addIssues(check, keptColumnNotes(match.table, sheetToCheck));
	addIssues(
		check,
		result.issues
			.filter((issue) => !named?.reported(issue))
			.map((issue) =>
				looksLike && issue.row === null && issue.rule.startsWith('缺少必填列')
					? { ...issue, rule: looksLike + issue.rule }
					: issue
			)
	);
	if (!hasErrors(check) && result.rows.length === 0)
		return refuse(`只有表头（第${match.headerRow}行），没有数据行`);

	// codes, archive names and the submitter's scope are checked on every row that got this far,
	// in a file with errors too (refused for its shape, or a bad value elsewhere), so a planner
	// fixes them all in one round; a row is named once, for its first problem
	let rows = result.shapeRefused ?? result;
	const next = (found: ValidationIssue[]) => {
		addIssues(check, found);
		const failed = new Set(found.filter((i) => i.severity === 'error').map((i) => i.row));
		if (failed.size === 0) return;
		const kept = { rows: [] as TypedRow[], rowNumbers: [] as number[] };
		rows.rows.forEach((row, i) => {
			if (failed.has(rows.rowNumbers[i])) return;
			kept.rows.push(row);
			kept.rowNumbers.push(rows.rowNumbers[i]);
		});
		rows = kept;
	};
	if (context.divisions) {
		const tables = new Map<string, LoadedTable>([
			['divisions', { file: 'divisions', rows: context.divisions, rowNumbers: [] }],
			[match.table.name, { file, ...rows }]
		]);
		next(checkReferences(tables));
	}
	if (context.archives)
		next(archiveNameIssues(file, match.table, rows.rows, rows.rowNumbers, context.archives));
	if (context.scope)
		next(
			scopeIssues(file, match.table, rows.rows, rows.rowNumbers, context.scope, {
				divisions: context.divisions,
				archives: context.archives ?? null
			})
		);
	if (hasErrors(check)) {
		check.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
		return check;
	}
	check.rows = result.rows;
	check.rowNumbers = result.rowNumbers;
	return check;
}

/** a note for each required column the file leaves out, whose values come from the published rows */
function keptColumnNotes(table: TableDef, sheet: Sheet): ValidationIssue[] {
	const given = new Set(sheet.headers.map((h) => columnForHeader(table, h)?.name));
	return table.columns
		.filter((c) => c.required && !table.key.includes(c.name) && !given.has(c.name))
		.filter((c) => !c.defaultFrom || !given.has(c.defaultFrom))
		.filter((c) => c.name !== 'provenance' && c.name !== 'source')
		.map((c) => ({
			severity: 'warning' as const,
			file: sheet.file,
			row: null,
			column: c.label,
			value: null,
			rule: '文件没有此列：已发布的行沿用已发布的值，新增的行须填写'
		}));
}

function withoutTrailingBlanks(cells: string[]): string[] {
	const used = width(cells);
	return used === cells.length ? cells : cells.slice(0, used);
}
