import { beijingTime } from '$lib/beijingTime';
import type { AuditEntry } from './store/auditLog';

const HEADERS = ['序号', '时间', '用户', '来源地址', '操作', '详情', '结果'];

/** a cell as CSV, with formula-looking text defused (a spreadsheet would run `=…`) */
function cell(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The audit log as CSV for Excel and WPS: UTF-8 with a BOM, times in Beijing time. */
export function auditCsv(entries: AuditEntry[]): string {
	const rows = entries.map((e) =>
		[
			e.id,
			beijingTime(e.at, true),
			e.user,
			e.address,
			e.action,
			e.detail,
			e.outcome === 'success' ? '成功' : '失败'
		]
			.map(cell)
			.join(',')
	);
	return `\uFEFF${[HEADERS.join(','), ...rows].join('\r\n')}\r\n`;
}
