import { previewImport } from '$lib/dataset/importedData';
import {
	checkFile,
	refusal,
	type FileCheck,
	type ImportContext,
	type ImportOptions
} from '$lib/ingest/checkFile';
import { completedCheck } from '$lib/ingest/completedCheck';
import { publishedMatches } from '$lib/dataset/publishedMatches';
import { sizeProblem } from '$lib/ingest/fileKind';
import { verdict } from '$lib/ingest/verdict';
import { formatIssue } from '$lib/schema/validate';
import type { TypedRow, ValidationIssue } from '$lib/schema/types';
import type { IssueReport, SubmitResult, UserInfo } from '$lib/serviceTypes';
import { loadImportContext } from '$lib/views/data';
import type { Actor } from '../auth/accounts';
import { sha256 } from '../datasetFiles';
import type { Service } from '../service';

const report = (issue: ValidationIssue): IssueReport => ({ ...issue, message: formatIssue(issue) });

/**
 * The statistics year a file reports: its rows' year where the table has one (the latest, if it
 * holds several), else the year the submitter chose, else last year until July (annual figures are
 * reported in the first half of the next year) and this year after.
 */
export function reportYear(rows: TypedRow[], chosen: number | undefined, now: number): number {
	let latest = -Infinity;
	for (const row of rows) if (typeof row.year === 'number') latest = Math.max(latest, row.year);
	if (Number.isFinite(latest)) return latest;
	if (chosen !== undefined) return chosen;
	const today = new Date(now + 8 * 3600_000);
	return today.getUTCMonth() < 6 ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
}

/**
 * A file sent to the service: checked again here with the same `checkFile` the page uses (the
 * browser's check is a courtesy), previewed against the current version, and kept as a draft.
 */
export async function submitFile(
	service: Service,
	actor: Actor & { user: string } & Pick<UserInfo, 'role' | 'scope'>,
	upload: { name: string; size: number; read(): Promise<Uint8Array> },
	options: ImportOptions & { year?: number }
): Promise<SubmitResult> {
	const { store, datasets, clock } = service;
	const basedOn = await store.versions.current();
	const dataset = await datasets.get(basedOn);
	// an oversized file is refused by its size alone, as on the page, without reading it
	const tooBig = sizeProblem(upload.size);
	// a submitter reports for its district or archive alone; publishers have the whole city
	const scope = actor.role === 'submitter' ? (actor.scope ?? '') : null;
	const file = { name: upload.name, bytes: tooBig ? new Uint8Array() : await upload.read() };
	// checked as the page checks it, then completed from the version it was checked against
	const checkCompleted = async (context: ImportContext) =>
		completedCheck(
			await checkFile(file.name, file.bytes, context, options),
			context,
			(table, rows) => dataset.staging((db) => publishedMatches(db, table, rows))
		);
	const check: FileCheck = tooBig
		? refusal(file.name, tooBig)
		: scope === ''
			? refusal(file.name, '本账号未设定负责的区县或档案馆，不能提交：请管理员在“用户”页设定')
			: await checkCompleted(await loadImportContext(dataset.db, scope));
	const errors = check.issues.filter((i) => i.severity === 'error').map(report);
	const warnings = check.issues.filter((i) => i.severity === 'warning').map(report);
	const result: SubmitResult = {
		id: null,
		verdict: verdict(check),
		table: check.table?.name ?? null,
		rows: check.rows.length,
		errors,
		warnings,
		preview: null,
		basedOn
	};
	if (errors.length > 0 || !check.table) {
		await service.accounts.audit(
			'file_submitted',
			actor,
			`${file.name}：${result.verdict}`,
			'failure'
		);
		return result;
	}
	const table = check.table.name;
	result.preview = await dataset.staging((db) => previewImport(db, table, check.rows));
	const rowsJson = new TextEncoder().encode(JSON.stringify(check.rows));
	const [fileSha, rowsSha] = [sha256(file.bytes), sha256(rowsJson)];
	result.id = await store.transaction(async (tx) => {
		await tx.blobs.put(fileSha, file.bytes);
		await tx.blobs.put(rowsSha, rowsJson);
		return tx.drafts.create({
			createdAt: clock.now(),
			createdBy: actor.user,
			scope,
			reportYear: reportYear(check.rows, options.year, clock.now()),
			file: file.name,
			fileSha256: fileSha,
			table,
			basedOn,
			rowCount: check.rows.length,
			rowsSha256: rowsSha,
			warnings,
			preview: result.preview!
		});
	});
	await service.accounts.audit(
		'file_submitted',
		actor,
		`草稿${result.id}：${file.name}，表 ${table}，${check.rows.length} 行`
	);
	return result;
}
