import type { Reporter } from '$lib/queries/reporters';
import type { ImportChange } from '$lib/queries/importChanges';
import type { ValidationIssue } from '$lib/schema/types';

/**
 * What the service's pages and its server share: accounts as pages see them, drafts, versions and
 * the answer to a submitted file (the JSON of the HTTP API). The server keeps more of an account
 * (its password hash: `$lib/server/store/userRecords`).
 */
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

/** what a page knows of its reader: no more than the header and the role's buttons need */
export type SignedIn = Pick<UserInfo, 'name' | 'role' | 'scope'> & {
	/** the scope as a reader names it (`长沙县（430121）`) */
	scopeLabel?: string;
};

export interface IssueReport extends ValidationIssue {
	/** the issue as one line, as the page and `npm run check` print it */
	message: string;
}

/** the answer to a file submitted for publishing */
export interface SubmitResult {
	/** the draft's number, or null when the file cannot be imported */
	id: number | null;
	verdict: string;
	table: string | null;
	rows: number;
	errors: IssueReport[];
	warnings: IssueReport[];
	/** what publishing it would change, by year, against the current version */
	preview: ImportChange[] | null;
	/** the version the preview was computed against */
	basedOn: number;
}

/**
 * A submission's life: 草稿 (checked, kept, not yet sent) → 已提交 → 退回 (with the reviewer's
 * reason) or 通过 → 已发布; or 已放弃. A publisher's own draft may be published straight away.
 */
export type DraftStatus =
	'draft' | 'submitted' | 'returned' | 'approved' | 'published' | 'discarded';

/** A file checked on the server and waiting to be published (its rows are a blob, by hash). */
export interface DraftRecord {
	id: number;
	createdAt: number;
	createdBy: string;
	/** the submitter's district code or archive; null for the whole city */
	scope: string | null;
	/** the scope as a reader names it (`长沙县（430121）`), where the list gives it */
	scopeLabel?: string | null;
	/** the statistics year it reports (报送年度) */
	reportYear: number;
	file: string;
	fileSha256: string;
	table: string;
	status: DraftStatus;
	/** the version its preview was computed against */
	basedOn: number;
	rowCount: number;
	rowsSha256: string;
	warnings: IssueReport[];
	preview: ImportChange[];
	version: number | null;
	closedAt: number | null;
	closedBy: string | null;
	submittedAt: number | null;
	reviewedBy: string | null;
	reviewedAt: number | null;
	/** why it was returned */
	reviewReason: string | null;
}

export type VersionKind = 'initial' | 'publish' | 'rollback';

/** what one published file changed in one table */
export interface VersionSource {
	file: string;
	table: string;
	draft: number | null;
	changes: ImportChange[];
}

/** A published dataset as listed (the server keeps its manifest too). */
export interface VersionSummary {
	n: number;
	at: number;
	by: string | null;
	kind: VersionKind;
	/** the version it was made from (a rollback names the version it restores) */
	basedOn: number | null;
	note: string;
	sources: VersionSource[];
}

export type ReportingStatus =
	'missing' | 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export interface ReporterProgress extends Reporter {
	status: ReportingStatus;
	/** the submission the status is read from */
	draft: number | null;
	file: string | null;
	by: string | null;
	at: number | null;
	reason: string | null;
	/** past the deadline and not yet sent (missing, a draft never submitted, or returned) */
	overdue: boolean;
}

export interface ReportingProgress {
	year: number;
	/** `YYYY-MM-DD`, Beijing time */
	deadline: string;
	pastDeadline: boolean;
	reporters: ReporterProgress[];
}
