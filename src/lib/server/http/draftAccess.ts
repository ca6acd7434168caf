import { error, type RequestEvent } from '@sveltejs/kit';
import { can } from '../auth/roles';
import { getService } from '../serviceInstance';
import { requireAbility } from './abilities';

/**
 * The draft a request names, if its account may see it: a publisher sees every one, a submitter
 * those of its own district or archive. Another's is answered as if it did not exist.
 */
export async function draftOf(event: RequestEvent<{ id: string }>) {
	const user = requireAbility(event, 'submit');
	const id = Number(event.params.id);
	const draft = Number.isSafeInteger(id) ? await (await getService()).store.drafts.get(id) : null;
	const visible =
		draft && (can(user.role, 'publish') || (user.scope !== null && draft.scope === user.scope));
	if (!visible) error(404, `没有草稿 ${event.params.id}`);
	return { user, draft };
}
