import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { importChangesSql, replaceRowsSql } from '$lib/queries/importChanges';
import { statisticalYearsSql } from '$lib/queries/years';
import { assessments } from '$lib/schema/tables';
import { rowsToIpc } from '$lib/schema/toArrow';
import type { TypedRow } from '$lib/schema/types';
import type { Connector } from '$lib/db/connector';
import { applyImport, previewImport, refreshDerived, restoreTable } from './importedData';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

const row = (unit: string, score: number, extra: Partial<TypedRow> = {}): TypedRow => ({
	year: 2023,
	unit,
	sector: '市直机关',
	adcode: null,
	score,
	grade: null,
	provenance: 'sample',
	source: '测试',
	...extra
});

const units = (db: Connector) =>
	db.query<{ year: number; unit: string; score: number }>(
		'SELECT year, unit, score FROM assessments ORDER BY year, unit'
	);

describe('importing assessment rows', () => {
	test('the SQL parses and plans', async () => {
		await fixture.db.query('CREATE TABLE import_staging AS SELECT * FROM assessments LIMIT 0');
		for (const sql of [importChangesSql(assessments), ...replaceRowsSql(assessments)]) {
			await expectPlans(fixture.db, sql);
		}
		await fixture.db.query('DROP TABLE import_staging');
	});

	test('the preview counts rows added, replaced, unchanged and removed in the file’s year and sector', async () => {
		const changes = await previewImport(fixture.db, 'assessments', [
			row('甲局', 92),
			row('乙局', 87),
			row('丁局', 80)
		]);
		expect(changes).toEqual([{ year: 2023, added: 1, replaced: 1, unchanged: 1, removed: 0 }]);
		const dropped = await previewImport(fixture.db, 'assessments', [row('甲局', 92)]);
		expect(dropped).toEqual([{ year: 2023, added: 0, replaced: 0, unchanged: 1, removed: 1 }]);
		// a preview changes nothing
		expect(await units(fixture.db)).toHaveLength(7);
	});

	test('rows kept as Arrow IPC preview as objects do, and stay whole though the engine takes its buffer', async () => {
		const ipc = rowsToIpc(assessments, [row('甲局', 92), row('乙局', 87), row('丁局', 80)]);
		// duckdb-wasm transfers the buffer it is given to its worker, leaving the sender's empty
		const transferring: Connector = {
			...fixture.db,
			insertArrowIpc: (table, bytes, append) =>
				fixture.db.insertArrowIpc(
					table,
					structuredClone(bytes, { transfer: [bytes.buffer] }),
					append
				)
		};
		for (let i = 0; i < 2; i++)
			expect(await previewImport(transferring, 'assessments', ipc)).toEqual([
				{ year: 2023, added: 1, replaced: 1, unchanged: 1, removed: 0 }
			]);
	});

	test('committing replaces exactly the rows of the file’s year and sector', async () => {
		const before = await units(fixture.db);
		await applyImport(fixture.db, {
			table: 'assessments',
			rows: [row('甲局', 95, { provenance: 'official' }), row('丁局', 80)]
		});
		const after = await units(fixture.db);
		const outside = (rows: typeof before) =>
			rows.filter((r) => !(r.year === 2023 && ['甲局', '乙局', '丁局'].includes(r.unit)));
		expect(outside(after)).toEqual(outside(before));
		expect(after.filter((r) => r.year === 2023 && r.unit.endsWith('局'))).toEqual([
			{ year: 2023, unit: '丁局', score: 80 },
			{ year: 2023, unit: '甲局', score: 95 }
		]);
		await restoreTable(fixture.db, fixture.manifest, fixture.read, 'assessments');
		await refreshDerived(fixture.db);
		expect(await units(fixture.db)).toEqual(before);
	});

	test('a commit that fails half-way leaves the table as it was', async () => {
		const before = await units(fixture.db);
		const failing: Connector = {
			...fixture.db,
			query: (sql) =>
				sql.startsWith('INSERT') ? Promise.reject(new Error('磁盘已满')) : fixture.db.query(sql)
		};
		await expect(
			applyImport(failing, { table: 'assessments', rows: [row('丁局', 80)] })
		).rejects.toThrow('磁盘已满');
		expect(await units(fixture.db)).toEqual(before);
	});
});

describe('importing village rooms', () => {
	test('coverage follows the committed rows once the derived tables are refreshed', async () => {
		const covered = async () =>
			(
				await fixture.db.query<{ n: number }>(
					'SELECT count(*)::INTEGER AS n FROM village_units WHERE covered'
				)
			)[0].n;
		const before = await covered();
		const [village] = await fixture.db.query<{ code: string }>(
			'SELECT code FROM village_units WHERE NOT covered ORDER BY code LIMIT 1'
		);
		await applyImport(fixture.db, {
			table: 'village_rooms',
			rows: [
				{
					village_code: village.code,
					status: '验收通过',
					status_date: '2024-05-06',
					accepted_date: '2024-05-06',
					pilot_batch: 5,
					provenance: 'official',
					source: '导入：测试.csv'
				}
			]
		});
		await refreshDerived(fixture.db);
		expect(await covered()).toBe(before + 1);
		// a year of village acceptances alone puts the year on record
		const years = await fixture.db.query<{ year: number }>(statisticalYearsSql());
		expect(years.at(-1)).toEqual({ year: 2024 });
	});
});
