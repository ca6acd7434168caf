import type { Role } from '../store/userRecords';

/** What each role may do; every endpoint asks this on the server, whatever the page shows. */
const ABILITIES = {
	read: ['admin', 'publisher', 'submitter', 'reader'],
	submit: ['publisher', 'submitter'],
	publish: ['publisher'],
	manageUsers: ['admin'],
	readAudit: ['admin']
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITIES;

export function can(role: Role | undefined, ability: Ability): boolean {
	return role !== undefined && (ABILITIES[ability] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
	admin: { zh: '管理员', en: 'Administrator' },
	publisher: { zh: '审核发布', en: 'Publisher' },
	submitter: { zh: '填报', en: 'Submitter' },
	reader: { zh: '阅览', en: 'Reader' }
};
