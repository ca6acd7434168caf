import type { Provenance } from '$lib/schema/types';

export interface ManifestFile {
	/** path relative to the manifest, e.g. `village_rooms.0.arrow` */
	path: string;
	rows: number;
	sha256: string;
	bytes: number;
}

export interface ManifestTable {
	name: string;
	rows: number;
	files: ManifestFile[];
	provenance: Partial<Record<Provenance, number>>;
	/** first and last year, for tables with a `year` column */
	years: [number, number] | null;
	/** where the table's CSV came from */
	sourceFile: string;
}

export interface Manifest {
	dataset: string;
	generatedAt: string;
	tables: ManifestTable[];
}

export const MANIFEST_FILE = 'manifest.json';
