import type { FileCheck } from './checkFile';
import type { PageCheck } from './pageCheck';

/** One line on what a checked file is and whether it can be imported: the page and `npm run check` both say it. */
export function verdict(check: FileCheck | PageCheck): string {
	const { errors, warnings, accepted } = tally(check);
	const facts = [
		check.format,
		check.sheet ? `工作表「${check.sheet}」` : null,
		check.table ? `表「${check.table.label}」` : null,
		check.headerRow ? `表头在第${check.headerRow}行` : null
	].filter(Boolean);
	const about = facts.length > 0 ? `（${facts.join('，')}）` : '';
	const warned = warnings > 0 ? `，${warnings} 个警告` : '';
	return errors > 0
		? `${check.file}${about}：不能导入，${errors} 个错误${warned}`
		: `${check.file}${about}：可以导入 ${accepted} 行${warned}`;
}

function tally(check: FileCheck | PageCheck) {
	if ('rowCount' in check)
		return { errors: check.errorCount, warnings: check.warningCount, accepted: check.rowCount };
	const errors = check.issues.filter((i) => i.severity === 'error').length;
	return { errors, warnings: check.issues.length - errors, accepted: check.rows.length };
}
