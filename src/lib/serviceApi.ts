import { base } from '$app/paths';
import type { ImportChange } from '$lib/queries/importChanges';
import type { DraftRecord, SubmitResult, VersionSummary } from '$lib/serviceTypes';

/** The service's JSON API as the pages use it (README: "HTTP API"); an answer's error is thrown in Chinese. */

async function call<T>(path: string, init: RequestInit = {}, accept: number[] = []): Promise<T> {
	let response: Response;
	try {
		response = await fetch(`${base}/api/${path}`, { credentials: 'same-origin', ...init });
	} catch {
		throw new Error('无法连接看板服务，请检查网络后重试');
	}
	if (!response.ok && !accept.includes(response.status)) {
		const body = (await response.json().catch(() => null)) as { message?: string } | null;
		throw new Error(body?.message ?? `看板服务返回 HTTP ${response.status}`);
	}
	return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

const post = (body?: unknown): RequestInit => ({
	method: 'POST',
	headers: body === undefined ? {} : { 'content-type': 'application/json' },
	body: body === undefined ? undefined : JSON.stringify(body)
});

/** a file to publish: checked again on the server; a draft when it has no error (422 when it has) */
export function submitFile(
	file: File,
	options: { table?: string; sheet?: string; provenance?: string }
) {
	const form = new FormData();
	form.set('file', file);
	for (const [name, value] of Object.entries(options)) if (value) form.set(name, value);
	return call<SubmitResult>('imports', { method: 'POST', body: form }, [422]);
}

export const listDrafts = () => call<{ drafts: DraftRecord[] }>('imports').then((r) => r.drafts);
export const publishDraft = (id: number) =>
	call<{ version: number; changes: ImportChange[] }>(`imports/${id}/publish`, post());
export const discardDraft = (id: number) => call<void>(`imports/${id}`, { method: 'DELETE' });
export const submitDraft = (id: number) => call<void>(`imports/${id}/submit`, post());
export const reviewDraft = (id: number, decision: 'approve' | 'return', reason = '') =>
	call<void>(`imports/${id}/review`, post({ decision, reason }));
/** the approved submissions (or those named) published together as one version */
export const publishApproved = (ids?: number[]) =>
	call<{ version: number; changes: ImportChange[] }>('versions', post({ imports: ids }));
export const listVersions = () => call<{ current: number; versions: VersionSummary[] }>('versions');
export const rollbackTo = (n: number) =>
	call<{ version: number }>(`versions/${n}/rollback`, post());

/** a signed-in reader's export, for the audit log; never in the way of the export itself */
export function reportExport(what: string, format: string): void {
	call<void>('exports', post({ what, format })).catch(() => {});
}
