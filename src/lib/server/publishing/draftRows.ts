import { reviewImport, type ImportReview } from '$lib/dataset/importReview';
import type { TypedRow } from '$lib/schema/types';
import type { DraftRecord } from '$lib/serviceTypes';
import type { Service } from '../service';
import type { Store } from '../store/store';

/** a draft's checked rows, kept as a blob when it was made */
export async function draftRows(store: Store, draft: DraftRecord): Promise<TypedRow[]> {
	const rowsJson = await store.blobs.get(draft.rowsSha256);
	if (!rowsJson) throw new Error(`草稿 ${draft.id} 的数据缺失`);
	return JSON.parse(new TextDecoder().decode(rowsJson)) as TypedRow[];
}

/** what a reviewer sees of a draft: its rows against the version published now */
export async function draftReview(service: Service, draft: DraftRecord): Promise<ImportReview> {
	const rows = await draftRows(service.store, draft);
	const dataset = await service.datasets.get(await service.store.versions.current());
	return dataset.staging((db) => reviewImport(db, draft.table, rows));
}
