import type { CheckedRows } from '$lib/db/importCompletion';
import type { TypedRow, ValidationIssue } from '$lib/schema/types';
import { hasErrors, type FileCheck } from './checkFile';

export type Completion = (
	checked: CheckedRows
) => Promise<{ rows: TypedRow[]; rowNumbers: number[]; issues: ValidationIssue[] }>;

/**
 * A passed check with its rows completed from the published data (blank values of rows it
 * updates), its new issues merged in row order; a new error leaves it with no rows, as any error
 * does. The page and the server both finish a check this way.
 */
export async function completedCheck(check: FileCheck, complete: Completion): Promise<FileCheck> {
	if (hasErrors(check) || !check.table || check.rows.length === 0) return check;
	const done = await complete({
		file: check.file,
		table: check.table,
		rows: check.rows,
		rowNumbers: check.rowNumbers
	});
	if (done.issues.length === 0 && done.rows === check.rows) return check;
	const issues = [...check.issues, ...done.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	const failed = done.issues.some((i) => i.severity === 'error');
	return {
		...check,
		issues,
		rows: failed ? [] : done.rows,
		rowNumbers: failed ? [] : done.rowNumbers
	};
}
