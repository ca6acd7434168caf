import { tableFromIPC } from 'apache-arrow';
import { describe, expect, test, vi } from 'vitest';
import { rowsToIpc } from './toArrow';
import { tableByName } from './tables';

describe('rows as Arrow', () => {
	const assessments = tableByName('assessments')!;
	const rows = [
		{
			year: 2024,
			unit: '甲局',
			sector: '市直机关',
			adcode: null,
			score: 93.5,
			grade: '优秀',
			provenance: 'official',
			source: '测试'
		},
		{
			year: 2024,
			unit: '乙局',
			sector: '市直机关',
			adcode: '430121',
			score: null,
			grade: null,
			provenance: 'official',
			source: '测试'
		}
	];

	test('keeps every value, and nulls as nulls', () => {
		const table = tableFromIPC(rowsToIpc(assessments, rows));
		expect(table.numRows).toBe(2);
		expect(table.getChild('adcode')!.toArray()).toEqual([null, '430121']);
		expect(table.getChild('score')!.get(1)).toBeNull();
		expect(table.getChild('score')!.get(0)).toBe(93.5);
		expect(table.getChild('unit')!.get(1)).toBe('乙局');
		expect(table.getChild('year')!.get(0)).toBe(2024);
	});

	test('compiles no code (a CSP without unsafe-eval would refuse it)', () => {
		const compile = vi.spyOn(globalThis, 'Function');
		rowsToIpc(assessments, rows);
		expect(compile).not.toHaveBeenCalled();
		compile.mockRestore();
	});
});
