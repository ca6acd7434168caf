import { error, json } from '@sveltejs/kit';
import { FILE_LIMITS } from '$lib/ingest/fileLimits';
import { PROVENANCES, type Provenance } from '$lib/schema/types';
import { can } from '$lib/server/auth/roles';
import { actorOf, requireAbility } from '$lib/server/http/abilities';
import { submitFile } from '$lib/server/publishing/drafts';
import { withScopeLabels } from '$lib/server/publishing/draftLabels';
import { getService } from '$lib/server/serviceInstance';
import type { RequestHandler } from './$types';

export const prerender = false;

/** the import limit and the multipart framing around it (scripts/service.ts sets BODY_SIZE_LIMIT so) */
const MAX_UPLOAD_BYTES = FILE_LIMITS.bytes + 256 * 1024;

/**
 * Drafts, newest first, each with its scope's name (`长沙县（430121）`): a publisher sees every one,
 * a submitter those of its district or archive.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireAbility(event, 'submit');
	const { store, datasets } = await getService();
	const all = can(user.role, 'publish');
	const drafts = all || user.scope ? await store.drafts.list(all ? undefined : user.scope!) : [];
	const { db } = await datasets.get(event.locals.version);
	return json({ drafts: await withScopeLabels(drafts, db) });
};

/**
 * A file to publish (multipart: `file`, optional `table`, `sheet`, `provenance` and `year`, the
 * statistics year of a table without a 年度 column): checked again here with the
 * page's own `checkFile`, and kept as a draft when it has no error.
 */
export const POST: RequestHandler = async (event) => {
	const user = requireAbility(event, 'submit');
	const tooLarge = `上传超过导入上限 ${FILE_LIMITS.bytes / 1024 / 1024} MB：请按表、按年度拆分后再提交`;
	if (Number(event.request.headers.get('content-length')) > MAX_UPLOAD_BYTES) error(413, tooLarge);
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch (problem) {
		// adapter-node ends a body past BODY_SIZE_LIMIT while it is read (a chunked upload)
		if (/exceed|too large/i.test(String(problem))) error(413, tooLarge);
		error(400, '请以 multipart/form-data 上传文件（字段 file）');
	}
	const file = form.get('file');
	if (!(file instanceof File)) error(400, '缺少文件（字段 file）');
	const option = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' && value ? value.slice(0, 100) : undefined;
	};
	const upload = {
		name: file.name.slice(0, 255) || '未命名文件',
		size: file.size,
		read: async () => new Uint8Array(await file.arrayBuffer())
	};
	const provenance = option('provenance');
	const year = Number(option('year'));
	const account = { ...actorOf(event, user), role: user.role, scope: user.scope };
	const result = await submitFile(await getService(), account, upload, {
		table: option('table'),
		sheet: option('sheet'),
		provenance: PROVENANCES.includes(provenance as Provenance)
			? (provenance as Provenance)
			: undefined,
		year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined
	});
	return json(result, { status: result.id === null ? 422 : 201 });
};
