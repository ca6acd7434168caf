import { describe, expect, test } from 'vitest';
import { parseCell, parseChineseNumber, parseFullDate, parsePartialDate } from './parseValue';
import { assessments, digitalArchiveStages, villageRooms } from './tables';

const column = (table: typeof assessments, name: string) =>
	table.columns.find((c) => c.name === name)!;

describe('numbers as planners write them', () => {
	test.each([
		['1,234', 1234],
		['95.79分', 95.79],
		['2023年', 2023],
		['２０２３', 2023],
		['９５．７９', 95.79],
		['90%', 0.9],
		['1.2万', 12000],
		['3.4亿', 340000000],
		[' 88 ', 88],
		['-1.5', -1.5]
	])('%s → %d', (raw, value) => {
		expect(parseChineseNumber(raw)).toBe(value);
	});

	test.each(['', 'abc', '1.2.3', '九十', '12x'])('%s is not a number', (raw) => {
		expect(parseChineseNumber(raw)).toBeNull();
	});
});

describe('dates', () => {
	test.each([
		['2023-11-05', '2023-11-05'],
		['2023/11/5', '2023-11-05'],
		['2023.11.5', '2023-11-05'],
		['2023年11月5日', '2023-11-05']
	])('full date %s', (raw, value) => expect(parseFullDate(raw)).toBe(value));

	test('an impossible day is refused', () => {
		expect(parseFullDate('2023-02-30')).toBeNull();
	});

	test.each([
		['2020-11', '2020-11'],
		['2020.11', '2020-11'],
		['2020年11月', '2020-11'],
		['2023', '2023'],
		['2023年', '2023'],
		['2023/11/5', '2023-11-05']
	])('partial date %s keeps its precision', (raw, value) =>
		expect(parsePartialDate(raw)).toBe(value)
	);

	test('month 13 is refused', () => expect(parsePartialDate('2020-13')).toBeNull());
});

describe('parseCell', () => {
	test('a score above 100 names the range', () => {
		expect(parseCell(column(assessments, 'score'), '105')).toEqual({
			ok: false,
			rule: '超出 0–100'
		});
	});
	test('a year must be whole', () => {
		expect(parseCell(column(assessments, 'year'), '2023.5')).toEqual({
			ok: false,
			rule: '应为整数'
		});
	});
	test('an enum lists what it accepts', () => {
		expect(parseCell(column(assessments, 'grade'), '很好')).toEqual({
			ok: false,
			rule: '应为 优秀、良好、合格、不合格 之一'
		});
	});
	test('text keeps full-width punctuation exactly as written', () => {
		expect(parseCell(column(assessments, 'source'), '《办法（试行）》')).toEqual({
			ok: true,
			value: '《办法（试行）》'
		});
	});
	test('a village code must have 12 digits', () => {
		const code = villageRooms.columns.find((c) => c.name === 'village_code')!;
		expect(parseCell(code, '43012110000')).toEqual({ ok: false, rule: '应为12位统计用区划代码' });
	});
	test('blank is null; the caller decides whether that is allowed', () => {
		const date = digitalArchiveStages.columns.find((c) => c.name === 'date')!;
		expect(parseCell(date, '  ')).toEqual({ ok: true, value: null });
	});
});
