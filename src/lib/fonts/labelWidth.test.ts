import { describe, expect, test } from 'vitest';
import { fitLabel, labelRoom, labelWidth, wrapText } from './labelWidth';

describe('chart label widths', () => {
	test('Chinese characters count one em, others about 0.6', () => {
		expect(labelWidth('长沙县', 10)).toBe(30);
		expect(labelWidth('ab', 10)).toBe(12);
	});
	test('the room fits the longest label, within bounds', () => {
		expect(labelRoom(['长沙县', '市城市管理和综合执法局'], 60, 400)).toBe(154);
		expect(labelRoom(['甲'], 60, 400)).toBe(60);
		expect(labelRoom(['市城市管理和综合执法局'], 60, 100)).toBe(100);
	});
	test('the longest label fits the room made for it, uncut', () => {
		const codes = ['430102', '430181'];
		expect(fitLabel(codes[0], labelRoom(codes, 48, 400))).toBe('430102');
	});
	test('a label too long for its room is cut with an ellipsis', () => {
		expect(fitLabel('长沙县', 100)).toBe('长沙县');
		const cut = fitLabel('市城市管理和综合执法局', 100);
		expect(cut).toBe('市城市管理和…');
		expect(labelWidth(cut)).toBeLessThanOrEqual(100);
	});
	test('long text wraps within its room: Chinese anywhere, Latin at a space', () => {
		expect(wrapText('资料来源：长沙市档案局统计数据', 100, 10)).toEqual([
			'资料来源：长沙市档案',
			'局统计数据'
		]);
		expect(wrapText('Source: bureau statistics', 100, 10)).toEqual([
			'Source: bureau',
			'statistics'
		]);
		expect(wrapText('短', 100, 10)).toEqual(['短']);
		for (const line of wrapText('图1 全市村级档案室覆盖率（2023年底）'.repeat(3), 120, 12))
			expect(labelWidth(line, 12)).toBeLessThanOrEqual(120);
	});
});
