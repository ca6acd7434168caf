import { error, json } from '@sveltejs/kit';
import { auditCsv } from '$lib/server/auditCsv';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { getService } from '$lib/server/serviceInstance';
import { AUDIT_ACTIONS, type AuditAction, type AuditFilter } from '$lib/server/store/auditLog';
import type { RequestHandler } from './$types';

export const prerender = false;

const DAY = 24 * 60 * 60_000;

/** `2026-03-03` (a day in China Standard Time) or an ISO time, as epoch milliseconds */
function readTime(value: string | null, endOfDay: boolean): number | undefined {
	if (!value) return undefined;
	const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
	const at = Date.parse(day ? `${value}T00:00:00+08:00` : value);
	if (Number.isNaN(at)) error(400, `无法识别的时间：${value.slice(0, 40)}`);
	return day && endOfDay ? at + DAY : at;
}

/** the audit log, newest first, for admins: `from`, `to`, `user`, `action`; `format=csv` downloads */
export const GET: RequestHandler = async (event) => {
	const admin = requireAbility(event, 'readAudit');
	const query = event.url.searchParams;
	const action = query.get('action');
	if (action && !AUDIT_ACTIONS.includes(action as AuditAction))
		error(400, `没有操作类型 ${action}`);
	const filter: AuditFilter = {
		from: readTime(query.get('from'), false),
		to: readTime(query.get('to'), true),
		user: query.get('user')?.trim() || undefined,
		action: (action as AuditAction) || undefined,
		limit: query.get('format') === 'csv' ? 1_000_000 : 2_000
	};
	const service = await getService();
	const entries = await service.store.audit.list(filter);
	if (query.get('format') !== 'csv') return json({ entries });
	await service.accounts.audit(
		'audit_exported',
		actorOf(event, admin),
		`${entries.length}条（${event.url.search}）`
	);
	return new Response(auditCsv(entries), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('审计日志.csv')}`
		}
	});
};
