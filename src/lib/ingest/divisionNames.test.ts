import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '$lib/schema/validate';
import { csvRows } from './csvRows';
import { editDistance, nameKey, resolveVillageCodes } from './divisionNames';

const [header, ...lines] = csvRows(
	readFileSync(new URL('../../../tests/fixtures/dataset/divisions.csv', import.meta.url), 'utf8')
);
const divisions = lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));

const resolve = (headers: string[], rows: string[][]) =>
	resolveVillageCodes('名单.csv', headers, rows, 2, divisions);

describe('village names to codes', () => {
	it('treats 村委会 and 村民委员会 as the village, and measures how far two names are', () => {
		expect(nameKey('黄花村村民委员会')).toBe('黄花村');
		expect(nameKey('黄花村委会')).toBe('黄花村');
		expect(nameKey('黄花社区居民委员会')).toBe('黄花社区');
		expect(editDistance('涓水材', '涓水村')).toBe(1);
		expect(editDistance('', '大瑶村')).toBe(3);
	});

	it('finds each village within its township and county', () => {
		const result = resolve(
			['区县', '乡镇（街道）', '村（社区）'],
			[
				['长沙县', '黄花镇', '光明村村民委员会'],
				['浏阳市', '', '南阳村'],
				['', '', '大瑶村'],
				['合计', '', '']
			]
		);
		expect(result.codes).toEqual(['430121100002', '430181100002', '430181100001', '']);
		expect(result.issues).toEqual([]);
		expect(result.used).toEqual(['区县', '乡镇（街道）', '村（社区）']);
	});

	it('names the row, the column as written and the nearest known names when a name is unknown', () => {
		const result = resolve(
			['区县', '乡镇', '村名'],
			[
				['长沙县', '黄花乡', '光明村'],
				['长沙县', '黄花镇', '新侨村'],
				['长沙市', '黄花镇', '新桥村'],
				['浏阳市', '大瑶镇', '不存在的名字很长']
			]
		);
		expect(result.codes).toEqual(['', '', '', '']);
		expect(result.issues.map(formatIssue)).toEqual([
			'名单.csv 第2行「乡镇」：“黄花乡” 不在长沙县的乡镇（街道）中；最接近的：黄花镇',
			'名单.csv 第3行「村名」：“新侨村” 不在长沙县黄花镇的村（社区）中；最接近的：新桥村',
			'名单.csv 第4行「区县」：“长沙市” 不在长沙市的区县中；最接近的：长沙县',
			'名单.csv 第5行「村名」：“不存在的名字很长” 不在浏阳市大瑶镇的村（社区）中'
		]);
	});
});
