import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { plausibilitySql } from '$lib/queries/plausibility';
import { reviewChangesSql } from '$lib/queries/reviewChanges';
import { assessments, digitization, villageRooms } from '$lib/schema/tables';
import type { TypedRow } from '$lib/schema/types';
import { reviewImport } from './importReview';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

const bookkeeping = { provenance: 'official', source: '导入：报送.csv' };
const archiveYear = (archive: string, adcode: string, holdings: number, digitized: number) => ({
	year: 2023,
	archive,
	adcode,
	holdings,
	digitized,
	pages: null,
	digital_copy_gb: 1024,
	electronic_gb: null,
	...bookkeeping
});

describe('a reviewer’s view of a file', () => {
	test('the SQL parses and plans for every table with rules', async () => {
		for (const table of [assessments, digitization, villageRooms]) {
			await fixture.db.query(`CREATE TABLE import_staging AS SELECT * FROM ${table.name} LIMIT 0`);
			await expectPlans(fixture.db, reviewChangesSql(table));
			await expectPlans(fixture.db, plausibilitySql(table)!);
			await fixture.db.query('DROP TABLE import_staging');
		}
	});

	test('lists each changed value old → new, leaves unchanged rows out, and warns of falls and jumps', async () => {
		// the fixture's 2023: 市馆 1000 / 600, 县馆 1000 / 200; 2022: 市馆 400, 县馆 100 digitized
		const rows: TypedRow[] = [
			archiveYear('市馆', '430100', 1000, 600),
			archiveYear('县馆', '430121', 900, 50),
			archiveYear('新馆', '430181', 10, 1)
		];
		const review = await reviewImport(fixture.db, 'digitization', rows);
		expect(review.changes).toEqual([
			{
				change: 'changed',
				key: { year: 2023, archive: '县馆' },
				fields: [
					{ column: 'holdings', before: 1000, after: 900 },
					{ column: 'digitized', before: 200, after: 50 }
				]
			},
			{
				change: 'added',
				key: { year: 2023, archive: '新馆' },
				fields: expect.arrayContaining([{ column: 'holdings', before: null, after: 10 }])
			}
		]);
		expect(review.warnings).toEqual([
			{ subject: '2023年 县馆', rule: 'digitizedFell', before: '100', after: '50' },
			{ subject: '2023年 县馆', rule: 'holdingsFell', before: '1000', after: '900' },
			// sent again unchanged, but 40% → 60% in a year is still worth a look
			{ subject: '2023年 市馆', rule: 'rateJumped', before: '40.0', after: '60.0' }
		]);
		// a file only shows, never changes, the data
		const [{ n }] = await fixture.db.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM digitization WHERE archive = '新馆'"
		);
		expect(n).toBe(0);
	});

	test('warns of a rate moving more than 15 points, a village room going back, an unusual score', async () => {
		const jump = await reviewImport(fixture.db, 'digitization', [
			archiveYear('县馆', '430121', 1000, 300)
		]);
		expect(jump.warnings).toEqual([
			{ subject: '2023年 县馆', rule: 'rateJumped', before: '10.0', after: '30.0' }
		]);
		const village = await reviewImport(fixture.db, 'village_rooms', [
			{
				village_code: '430121100001',
				status: '建设中',
				status_date: '2024-03-01',
				accepted_date: null,
				pilot_batch: 1,
				...bookkeeping
			}
		]);
		expect(village.warnings).toEqual([
			{ subject: '430121100001', rule: 'acceptanceUndone', before: '验收通过', after: '建设中' }
		]);
		expect(village.changes[0]).toMatchObject({
			change: 'changed',
			key: { village_code: '430121100001' }
		});
		const score = (unit: string, value: number) => ({
			year: 2024,
			unit,
			sector: '市直机关',
			adcode: null,
			score: value,
			grade: null,
			...bookkeeping
		});
		// 甲局 averaged 90 over 2022–2023, 乙局 88
		const scores = await reviewImport(fixture.db, 'assessments', [
			score('甲局', 70),
			score('乙局', 80)
		]);
		expect(scores.warnings).toEqual([
			{ subject: '2024年 甲局', rule: 'scoreUnusual', before: '90.0', after: '70.0' }
		]);
	});
});
