import { strFromU8, unzipSync } from 'fflate';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, test } from 'vitest';
import { csvRows } from '$lib/ingest/csvRows';
import { assessments } from '$lib/schema/tables';
import type { TypedRow } from '$lib/schema/types';
import { datasetZip, formulaCells } from './datasetFiles';

const rows: TypedRow[] = [
	{
		year: 2023,
		unit: '甲局',
		sector: '市直机关',
		adcode: null,
		score: 92.5,
		grade: '优秀',
		provenance: 'official',
		source: '“十四五”规划，第1页'
	},
	{
		year: 2023,
		unit: '乙局',
		sector: '市直机关',
		adcode: null,
		score: 85,
		grade: null,
		provenance: 'sample',
		source: '示例数据'
	}
];

describe('dataset exports', () => {
	test('the CSV zip holds every table with canonical headers that read back to the same rows', () => {
		const zip = unzipSync(datasetZip([{ table: assessments, rows }], 'csv', '导出说明'));
		expect(Object.keys(zip).sort()).toEqual(['README.txt', 'assessments.csv']);
		// Excel needs the byte-order mark to read UTF-8 (the decoder drops it)
		expect([...zip['assessments.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...body] = csvRows(strFromU8(zip['assessments.csv']));
		expect(header).toEqual(assessments.columns.map((c) => c.name));
		expect(body[0]).toEqual([
			'2023',
			'甲局',
			'市直机关',
			'',
			'92.5',
			'优秀',
			'official',
			'“十四五”规划，第1页'
		]);
	});

	test('the Parquet zip reads back with the schema’s types and nulls', async () => {
		const zip = unzipSync(datasetZip([{ table: assessments, rows }], 'parquet', '导出说明'));
		const bytes = zip['assessments.parquet'];
		const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		const back = await parquetReadObjects({ file });
		expect(back).toEqual(rows);
	});

	test('the CSV stays exact where a name starts like a formula, and such cells are listed', () => {
		const risky = [
			{ ...rows[0], unit: '=HYPERLINK("http://x","y")' },
			{ ...rows[1], unit: '-1+1' }
		];
		const zip = unzipSync(datasetZip([{ table: assessments, rows: risky }], 'csv', '导出说明'));
		const [, ...body] = csvRows(strFromU8(zip['assessments.csv']));
		expect(body.map((r) => r[1])).toEqual(['=HYPERLINK("http://x","y")', '-1+1']);
		expect(formulaCells([{ table: assessments, rows: risky }])).toEqual([
			{ table: 'assessments', line: 2, column: 'unit', value: '=HYPERLINK("http://x","y")' },
			{ table: 'assessments', line: 3, column: 'unit', value: '-1+1' }
		]);
		expect(formulaCells([{ table: assessments, rows }])).toEqual([]);
	});
});
