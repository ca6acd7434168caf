import { error } from '@sveltejs/kit';
import { can } from '../auth/roles';

/** the 审核 pages are a publisher's: another account is told so, not shown an empty page */
export function reviewerOnly(locals: App.Locals) {
	if (!locals.user) error(401, '请先登录');
	if (!can(locals.user.role, 'publish')) error(403, '只有审核发布人员可以审核报送');
	return locals.user;
}
