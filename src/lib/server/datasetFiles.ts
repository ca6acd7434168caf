import { createHash } from 'node:crypto';
import type { ManifestFile, ManifestTable } from '$lib/dataset/manifest';
import { rowsToIpc } from '$lib/schema/toArrow';
import type { Provenance, TableDef, TypedRow } from '$lib/schema/types';

/** Larger tables ship in several files so the browser can fetch them in parallel. */
const ROWS_PER_FILE = 250_000;

export interface TableFile {
	entry: ManifestFile;
	data: Uint8Array;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A table's rows as Arrow IPC files (several for large tables), each with its manifest entry. */
export function tableFiles(table: TableDef, rows: TypedRow[]): TableFile[] {
	const files: TableFile[] = [];
	for (let start = 0, part = 0; start < Math.max(rows.length, 1); part++) {
		const slice = rows.slice(start, start + ROWS_PER_FILE);
		const data = rowsToIpc(table, slice);
		files.push({
			data,
			entry: {
				path: `${table.name}.${part}.arrow`,
				rows: slice.length,
				bytes: data.byteLength,
				sha256: sha256(data)
			}
		});
		start += ROWS_PER_FILE;
	}
	return files;
}

/** What the manifest says of a table: its files, rows by provenance, years, and where it came from. */
export function manifestTable(
	table: TableDef,
	rows: TypedRow[],
	files: ManifestFile[],
	sourceFile: string
): ManifestTable {
	const provenance: Partial<Record<Provenance, number>> = {};
	let first = Infinity;
	let last = -Infinity;
	for (const row of rows) {
		if (row.provenance) {
			const p = row.provenance as Provenance;
			provenance[p] = (provenance[p] ?? 0) + 1;
		}
		if (typeof row.year === 'number') {
			first = Math.min(first, row.year);
			last = Math.max(last, row.year);
		}
	}
	return {
		name: table.name,
		rows: rows.length,
		files,
		provenance,
		years: first <= last ? [first, last] : null,
		sourceFile
	};
}
