import { ROW_RULES, type RuleContext } from '$lib/schema/rules';
import type { TableDef, TypedRow, ValidationIssue } from '$lib/schema/types';
import { awaitsPublished } from '$lib/schema/validate';
import { hasErrors, type FileCheck } from './checkFile';

/**
 * The published rows that these rows name by key: the page asks its DuckDB, the service the
 * version the file was checked against.
 */
export type FindPublished = (table: TableDef, rows: TypedRow[]) => Promise<TypedRow[]>;

const keyOf = (table: TableDef, row: TypedRow) =>
	table.key.map((k) => String(row[k] ?? '')).join('\u0000');

/**
 * A file checked with `keepPublished`, completed from the published data: each blank non-key value
 * of a row already published takes its published value; a new row still missing a required value
 * is an error naming its row; then the cross-column rules run on the completed rows. Any error
 * leaves the check with no rows, as the checker does. Only the rows with blanks are looked up: on
 * the page they cross from the checking worker to the engine, and a file of full rows sends none.
 * The page and the server both finish a check this way.
 */
export async function completedCheck(
	check: FileCheck,
	context: RuleContext,
	findPublished: FindPublished
): Promise<FileCheck> {
	const table = check.table;
	if (hasErrors(check) || !table || check.rows.length === 0) return check;
	const blank = awaitsPublished(table);
	const open = check.rows.filter(blank);
	if (open.length === 0) return check;
	const published = new Map(
		(await findPublished(table, open)).map((row) => [keyOf(table, row), row])
	);
	const completable = table.columns.filter((c) => !table.key.includes(c.name));

	const found: ValidationIssue[] = [];
	const rows: TypedRow[] = [];
	const rowNumbers: number[] = [];
	check.rows.forEach((row, i) => {
		const n = check.rowNumbers[i];
		const issue = (column: string, value: string | null, rule: string, severity = 'error') =>
			found.push({
				severity: severity as ValidationIssue['severity'],
				file: check.file,
				row: n,
				column,
				value,
				rule
			});
		if (!blank(row)) {
			rows.push(row);
			rowNumbers.push(n);
			return;
		}
		const before = published.get(keyOf(table, row));
		const complete: TypedRow = { ...row };
		for (const c of completable)
			if (complete[c.name] === null) complete[c.name] = before?.[c.name] ?? null;
		const missing = completable.filter((c) => c.required && complete[c.name] === null);
		for (const c of missing) issue(c.label, null, '为空：已发布的数据中没有此行，新增的行须填写');
		if (missing.length > 0) return;
		const problems = ROW_RULES[table.name]?.(complete, context) ?? [];
		for (const p of problems) {
			const column = table.columns.find((c) => c.name === p.column)!;
			const value = complete[p.column];
			issue(column.label, value === null ? null : String(value), p.rule, p.severity);
		}
		if (problems.some((p) => p.severity === 'error')) return;
		rows.push(complete);
		rowNumbers.push(n);
	});
	const issues = [...check.issues, ...found].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	const failed = found.some((i) => i.severity === 'error');
	return { ...check, issues, rows: failed ? [] : rows, rowNumbers: failed ? [] : rowNumbers };
}
