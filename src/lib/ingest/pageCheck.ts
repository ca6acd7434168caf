import { toCsv } from '$lib/export/csv';
import { rowsToIpc } from '$lib/schema/toArrow';
import type { ValidationIssue } from '$lib/schema/types';
import { formatIssue } from '$lib/schema/validate';
import type { FileCheck } from './checkFile';

/** of each kind, the issues listed on the page; the downloaded list holds them all */
export const SHOWN_ISSUES = 1000;

/**
 * A check as the page holds it: what the preview shows, the accepted rows as one Arrow IPC
 * stream (null when none) that goes to DuckDB as it is, and every issue as the CSV a planner
 * downloads. A file with an error in each of a million rows would otherwise hand the page a
 * million rows or issues to copy and list, each a long task.
 */
export interface PageCheck extends Omit<FileCheck, 'rows' | 'rowNumbers' | 'issues'> {
	/** the first `SHOWN_ISSUES` errors and the first `SHOWN_ISSUES` warnings, in row order */
	issues: ValidationIssue[];
	errorCount: number;
	warningCount: number;
	issuesCsv: Uint8Array;
	rows: Uint8Array | null;
	rowCount: number;
}

export function issuesCsv(issues: ValidationIssue[]): string {
	return toCsv<ValidationIssue>(
		[
			{ label: '级别', value: (i) => (i.severity === 'error' ? '错误' : '警告') },
			{ label: '文件', value: (i) => i.file },
			{ label: '行', value: (i) => i.row },
			{ label: '列', value: (i) => i.column },
			{ label: '值', value: (i) => i.value },
			{ label: '问题', value: (i) => i.rule },
			{ label: '完整说明', value: (i) => formatIssue(i) }
		],
		issues
	);
}

export function heldByPage(check: FileCheck): PageCheck {
	const { file, format, sheetNames, sheet, table, headerRow, issues, rows } = check;
	const shown: ValidationIssue[] = [];
	const count = { error: 0, warning: 0 };
	for (const issue of issues) if (count[issue.severity]++ < SHOWN_ISSUES) shown.push(issue);
	return {
		...{ file, format, sheetNames, sheet, table, headerRow },
		issues: shown,
		errorCount: count.error,
		warningCount: count.warning,
		issuesCsv: new TextEncoder().encode(issuesCsv(issues)),
		rows: table && rows.length > 0 ? rowsToIpc(table, rows) : null,
		rowCount: rows.length
	};
}
