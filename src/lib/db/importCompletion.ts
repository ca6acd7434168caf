import { STAGING_TABLE } from '$lib/queries/importChanges';
import { publishedMatchesSql } from '$lib/queries/reviewChanges';
import { ROW_RULES, type RuleContext } from '$lib/schema/rules';
import type { TableDef, TypedRow, ValidationIssue } from '$lib/schema/types';
import type { Connector } from './connector';
import { stage } from './importedData';

export interface CheckedRows {
	file: string;
	table: TableDef;
	rows: TypedRow[];
	rowNumbers: number[];
}

const keyOf = (table: TableDef, row: TypedRow) =>
	table.key.map((k) => String(row[k] ?? '')).join('\u0000');

/**
 * A file checked with `keepPublished`, completed from the loaded data: each blank non-key value of a
 * row already published takes its published value; a new row still missing a required value is an
 * error naming its row; then the cross-column rules run on the completed rows. Rows with an error are
 * left out, as the checker leaves them out.
 */
export async function completeFromPublished(
	db: Connector,
	checked: CheckedRows,
	context: RuleContext
): Promise<{ rows: TypedRow[]; rowNumbers: number[]; issues: ValidationIssue[] }> {
	const { file, table, rows, rowNumbers } = checked;
	const open = table.columns.filter((c) => !table.key.includes(c.name));
	const blank = (row: TypedRow) => open.some((c) => row[c.name] === null);
	if (!rows.some(blank)) return { rows, rowNumbers, issues: [] };
	await stage(db, table, rows.filter(blank));
	let published: Map<string, TypedRow>;
	try {
		const found = await db.query<TypedRow>(publishedMatchesSql(table));
		published = new Map(found.map((row) => [keyOf(table, row), row]));
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
	}
	const issues: ValidationIssue[] = [];
	const kept: TypedRow[] = [];
	const keptNumbers: number[] = [];
	rows.forEach((row, i) => {
		if (!blank(row)) {
			kept.push(row);
			keptNumbers.push(rowNumbers[i]);
			return;
		}
		const issue = (column: string, value: string | null, rule: string, severity = 'error') =>
			issues.push({
				severity: severity as ValidationIssue['severity'],
				file,
				row: rowNumbers[i],
				column,
				value,
				rule
			});
		const before = published.get(keyOf(table, row));
		const complete: TypedRow = { ...row };
		if (blank(row))
			for (const c of open)
				if (complete[c.name] === null) complete[c.name] = before?.[c.name] ?? null;
		const missing = open.filter((c) => c.required && complete[c.name] === null);
		for (const c of missing) issue(c.label, null, '为空：已发布的数据中没有此行，新增的行须填写');
		if (missing.length > 0) return;
		const problems = ROW_RULES[table.name]?.(complete, context) ?? [];
		for (const p of problems) {
			const column = table.columns.find((c) => c.name === p.column)!;
			const value = complete[p.column];
			issue(column.label, value === null ? null : String(value), p.rule, p.severity);
		}
		if (problems.some((p) => p.severity === 'error')) return;
		kept.push(complete);
		keptNumbers.push(rowNumbers[i]);
	});
	return { rows: kept, rowNumbers: keptNumbers, issues };
}
