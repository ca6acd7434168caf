import { beijingTime } from '$lib/beijingTime';
import { toCsv } from '$lib/export/csv';
import type { AuditEntry } from './store/auditLog';

/** The audit log as CSV for Excel and WPS, as every export is written, times in Beijing time. */
export function auditCsv(entries: AuditEntry[]): string {
	return toCsv<AuditEntry>(
		[
			{ label: '序号', value: (e) => e.id },
			{ label: '时间', value: (e) => beijingTime(e.at, true) },
			{ label: '用户', value: (e) => e.user },
			{ label: '来源地址', value: (e) => e.address },
			{ label: '操作', value: (e) => e.action },
			{ label: '详情', value: (e) => e.detail },
			{ label: '结果', value: (e) => (e.outcome === 'success' ? '成功' : '失败') }
		],
		entries
	);
}
