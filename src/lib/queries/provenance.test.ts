import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { includesSample, provenanceSql, sourcesOf, type ProvenanceCount } from './provenance';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
	await fixture.db.query(`CREATE TABLE mixed_sources AS SELECT * FROM (VALUES
		('sample', '示例数据'), ('sample', '示例数据'), ('sample', NULL), ('sample', ' '),
		('official', '《长沙市档案局先进事迹》'), ('estimate', '区县报表')) v(provenance, source)`);
});
afterAll(() => fixture.close());

describe('where a view’s figures come from', () => {
	test('each provenance and source counted, blank sources as one', async () => {
		const rows = await fixture.db.query<ProvenanceCount>(
			provenanceSql(['mixed_sources', 'assessments'])
		);
		expect(rows).toEqual([
			{ provenance: 'estimate', source: '区县报表', rows: 1 },
			{ provenance: 'official', source: '《长沙市档案局先进事迹》', rows: 1 },
			{ provenance: 'official', source: '测试', rows: 1 },
			{ provenance: 'sample', source: '测试', rows: 6 },
			{ provenance: 'sample', source: '', rows: 2 },
			{ provenance: 'sample', source: '示例数据', rows: 2 }
		]);
		// sample rows are named once as such, whatever their sources say
		expect(sourcesOf(rows, '示例')).toEqual([
			'《长沙市档案局先进事迹》',
			'测试',
			'区县报表',
			'示例'
		]);
	});

	test('only sample rows make a view sample: estimates are named in its source instead', () => {
		const count = (provenance: ProvenanceCount['provenance'], rows: number) => ({
			provenance,
			source: '',
			rows
		});
		expect(includesSample([count('official', 3), count('estimate', 2)])).toBe(false);
		expect(includesSample([count('official', 3), count('sample', 0)])).toBe(false);
		expect(includesSample([count('official', 3), count('sample', 1)])).toBe(true);
	});
});
