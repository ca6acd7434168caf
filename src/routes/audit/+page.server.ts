import { error } from '@sveltejs/kit';
import { can } from '$lib/server/auth/roles';
import { getService } from '$lib/server/serviceInstance';
import { AUDIT_ACTIONS, type AuditAction } from '$lib/server/store/auditLog';

export const prerender = false;

const SHOWN = 2_000;
const DAY = 24 * 60 * 60_000;
const dayStart = (day: string | null) =>
	day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00+08:00`) : undefined;

/** the audit log for admins, filtered by the URL (`from`, `to`, `user`, `action`), newest first */
export async function load({ locals, url }) {
	if (!locals.user) error(401, '请先登录');
	if (!can(locals.user.role, 'readAudit')) error(403, '只有管理员可以查看审计日志');
	const query = url.searchParams;
	const filters = {
		from: query.get('from') ?? '',
		to: query.get('to') ?? '',
		user: query.get('user')?.trim().slice(0, 64) ?? '',
		action: AUDIT_ACTIONS.includes(query.get('action') as AuditAction)
			? (query.get('action') as AuditAction)
			: ('' as const)
	};
	const to = dayStart(filters.to);
	const { store, settings } = await getService();
	const entries = await store.audit.list({
		from: dayStart(filters.from),
		to: to === undefined ? undefined : to + DAY,
		user: filters.user || undefined,
		action: filters.action || undefined,
		limit: SHOWN + 1
	});
	return {
		filters,
		actions: AUDIT_ACTIONS,
		entries: entries.slice(0, SHOWN),
		capped: entries.length > SHOWN ? SHOWN : null,
		retentionDays: settings.auditRetentionDays
	};
}
