import { error, type RequestEvent } from '@sveltejs/kit';
import type { UserInfo } from '$lib/serviceTypes';
import { can, type Ability } from '../auth/roles';
import { clientAddress } from './guard';

/**
 * The account of a request that needs `ability`: 401 without a session, 403 with the wrong role.
 * Every endpoint asks this on the server; a hidden button is not a check.
 */
export function requireAbility(event: RequestEvent, ability: Ability): UserInfo {
	const user = event.locals.user;
	if (!user) error(401, '请先登录');
	if (!can(user.role, ability)) error(403, '当前账号的角色无权进行此操作');
	return user;
}

export function actorOf(event: RequestEvent, user: UserInfo) {
	return { user: user.name, address: clientAddress(event) };
}
