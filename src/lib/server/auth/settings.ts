/**
 * The service's settings, from its environment (the operator's to set; defaults follow 等保2.0 and
 * the Cybersecurity Law's six months of logs).
 */
export interface ServiceSettings {
	/** `login`: every page and data file needs a signed-in account; `open`: reading is anonymous */
	readAccess: 'login' | 'open';
	/** failed sign-ins in a row that lock an account */
	maxFailedLogins: number;
	lockMinutes: number;
	/** a session unused this long ends */
	idleMinutes: number;
	auditRetentionDays: number;
	/** a year's figures are due by this day of the next year (`MM-DD`): 报送进度 lists who is late */
	reportDeadline: string;
}

function positive(env: Record<string, string | undefined>, name: string, fallback: number) {
	const value = Number(env[name]);
	return env[name] !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function readSettings(env: Record<string, string | undefined>): ServiceSettings {
	return {
		readAccess: env.READ_ACCESS === 'open' ? 'open' : 'login',
		maxFailedLogins: positive(env, 'LOGIN_MAX_FAILURES', 5),
		lockMinutes: positive(env, 'LOGIN_LOCK_MINUTES', 15),
		idleMinutes: positive(env, 'SESSION_IDLE_MINUTES', 30),
		auditRetentionDays: Math.max(180, positive(env, 'AUDIT_RETENTION_DAYS', 180)),
		reportDeadline: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(env.REPORT_DEADLINE ?? '')
			? env.REPORT_DEADLINE!
			: '03-31'
	};
}
