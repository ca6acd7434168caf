import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	applyImport,
	previewImport,
	refreshDerived,
	restoreTable
} from '../../src/lib/dataset/importedData';
import { checkFile, hasErrors } from '../../src/lib/ingest/checkFile';
import { thresholdsSql, type Threshold } from '../../src/lib/queries/assessment';
import type { TypedRow } from '../../src/lib/schema/types';
import { openFixtureDataset } from '../fixtures/openFixture';

const FILE = '2024年市直机关考核结果_GBK.csv';
const good = new Uint8Array(readFileSync(`tests/fixtures/imports/${FILE}`));

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

const snapshot = () => fixture.db.query<TypedRow>('SELECT * FROM assessments ORDER BY year, unit');

/** One edit of the file's bytes: some overwritten, cut off at a point, or inserted. */
const edit = fc.record({
	kind: fc.constantFrom('overwrite', 'truncate', 'insert'),
	at: fc.nat(),
	bytes: fc.uint8Array({ minLength: 1, maxLength: 12 })
});

function corrupt(
	bytes: Uint8Array,
	e: { kind: string; at: number; bytes: Uint8Array }
): Uint8Array {
	if (bytes.length === 0) return bytes;
	const at = e.at % bytes.length;
	if (e.kind === 'truncate') return bytes.slice(0, at);
	if (e.kind === 'insert')
		return new Uint8Array([...bytes.subarray(0, at), ...e.bytes, ...bytes.subarray(at)]);
	const copy = bytes.slice();
	copy.set(e.bytes.subarray(0, copy.length - at), at);
	return copy;
}

describe('a corrupted copy of a good file, checked and (if it passes) committed', () => {
	test('never changes a row outside the years and sectors it covers, and a refused file changes nothing', async () => {
		const before = await snapshot();
		const context = {
			gradeThresholds: await fixture.db.query<Threshold>(thresholdsSql()),
			divisions: await fixture.db.query<TypedRow>('SELECT * FROM divisions')
		};
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
				const bytes = edits.reduce(corrupt, good);
				const check = await checkFile(FILE, bytes, context);
				if (hasErrors(check) || check.rows.length === 0) {
					expect(check.rows).toEqual([]);
					expect(await snapshot()).toEqual(before);
					return;
				}
				await previewImport(fixture.db, 'assessments', check.rows);
				expect(await snapshot()).toEqual(before);
				await applyImport(fixture.db, { table: 'assessments', rows: check.rows });
				const covered = new Set(check.rows.map((r) => `${r.year}/${r.sector}`));
				const inScope = (r: TypedRow) => covered.has(`${r.year}/${r.sector}`);
				const after = await snapshot();
				expect(after.filter((r) => !inScope(r))).toEqual(before.filter((r) => !inScope(r)));
				expect(after.filter(inScope)).toHaveLength(check.rows.length);
				await restoreTable(fixture.db, fixture.manifest, fixture.read, 'assessments');
				await refreshDerived(fixture.db);
			}),
			{ numRuns: 60, seed: 3 }
		);
	});
});
