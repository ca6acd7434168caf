import type { Actor } from '../auth/accounts';
import type { DraftMove, DraftRecord } from '../store/draftRecords';
import type { Service } from '../service';
import { PublishProblem } from './publish';

const MOVE_WORDS: Record<DraftMove, string> = {
	submit: '提交审核',
	approve: '审核通过',
	return: '退回',
	discard: '放弃'
};

const STATUS_NOW: Record<DraftRecord['status'], string> = {
	draft: '仍是草稿',
	submitted: '已提交，待审核',
	returned: '已退回',
	approved: '已审核通过',
	published: '已发布',
	discarded: '已放弃'
};

async function moveDraft(
	service: Service,
	actor: Actor & { user: string },
	draft: DraftRecord,
	move: DraftMove,
	reason: string | null = null
): Promise<void> {
	const { store, clock } = service;
	if (!(await store.drafts.move(draft.id, move, actor.user, clock.now(), reason))) {
		const now = (await store.drafts.get(draft.id))?.status ?? draft.status;
		throw new PublishProblem(409, `草稿 ${draft.id} ${STATUS_NOW[now]}，不能${MOVE_WORDS[move]}`);
	}
}

async function draftById(service: Service, id: number): Promise<DraftRecord> {
	const draft = await service.store.drafts.get(id);
	if (!draft) throw new PublishProblem(404, `没有草稿 ${id}`);
	return draft;
}

/** Its author sends a checked draft to the reviewers (草稿 → 已提交). */
export async function submitDraft(
	service: Service,
	actor: Actor & { user: string },
	id: number
): Promise<void> {
	const draft = await draftById(service, id);
	await moveDraft(service, actor, draft, 'submit');
	await service.accounts.audit(
		'submission_submitted',
		actor,
		`草稿${id}：${draft.file}（${draft.reportYear}年度，表 ${draft.table}）`
	);
}

/**
 * A reviewer approves a submission (it waits to be published with the others) or returns it with
 * the reason its submitter will read.
 */
export async function reviewDraft(
	service: Service,
	actor: Actor & { user: string },
	id: number,
	decision: 'approve' | 'return',
	reason: string
): Promise<void> {
	const why = reason.trim();
	if (decision === 'return' && !why) throw new PublishProblem(409, '退回须写明原因');
	const draft = await draftById(service, id);
	await moveDraft(service, actor, draft, decision, why || null);
	await service.accounts.audit(
		decision === 'approve' ? 'submission_approved' : 'submission_returned',
		actor,
		`草稿${id}：${draft.file}（${draft.createdBy}）${why ? `，${why}` : ''}`
	);
}

/** A draft not to be published; its author or a publisher may discard it. */
export async function discardDraft(
	service: Service,
	actor: Actor & { user: string },
	id: number
): Promise<void> {
	const draft = await draftById(service, id);
	await moveDraft(service, actor, draft, 'discard');
	await service.accounts.audit('draft_discarded', actor, `草稿${id}：${draft.file}`);
}
