/** Accounts as pages see them (the service's records keep more: see `$lib/server/store`). */
export const ROLES = ['admin', 'publisher', 'submitter', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface UserInfo {
	name: string;
	role: Role;
	/** a submitter's district (adcode) or archive; null for the whole city */
	scope: string | null;
	/** created or reset with a given password: to be changed before anything else */
	mustChange: boolean;
	disabled: boolean;
	failedLogins: number;
	lockedUntil: number | null;
	createdAt: number;
	passwordChangedAt: number;
}
