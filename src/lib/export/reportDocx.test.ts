import { describe, expect, test } from 'vitest';
import { columnWidths, sectionNumber, subsectionNumber } from './reportDocx';

describe('the Word chapter', () => {
	test('numbers its sections 一、二、三', () => {
		expect([1, 2, 3, 10].map(sectionNumber)).toEqual(['一、', '二、', '三、', '十、']);
	});

	test('numbers a section’s parts （一）（二）', () => {
		expect([1, 2, 9].map(subsectionNumber)).toEqual(['（一）', '（二）', '（九）']);
	});

	test('gives a table’s columns room by their longest text, a name more than a number', () => {
		const widths = columnWidths(
			['排名', '单位', '得分'],
			[
				['1', '市人力资源和社会保障局', '96.2分'],
				['2', '长沙县', '95.0分']
			],
			9000
		);
		expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9000);
		expect(widths[1]).toBeGreaterThan(widths[2]);
		expect(widths[2]).toBeGreaterThan(widths[0] - 1);
		// no column narrower than a twelfth of the table
		expect(Math.min(...widths)).toBeGreaterThanOrEqual(Math.floor((9000 / 12) * 0.9));
	});
});
