/** The service's account, audit and review pages: they show no charts, so no engine starts there. */
const ACCOUNT_SECTIONS = ['login', 'account', 'audit', 'users', 'review'];

/** whether a route id (`/review/[id]`) or a path below the site's base is one of them */
export function isAccountPage(path: string): boolean {
	return ACCOUNT_SECTIONS.includes(path.split('/')[1] ?? '');
}
