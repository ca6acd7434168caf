import { describe, expect, test } from 'vitest';
import { readChoice, readCode, readScoreRange, readText, readYear, withParams } from './urlParams';

const url = (query: string) => new URL(`http://intranet/villages${query}`);

describe('URL filters', () => {
	test('a year must be a plausible whole year', () => {
		expect(readYear(url('?year=2022'))).toBe(2022);
		expect(readYear(url('?year=20x'))).toBeNull();
		expect(readYear(url(''))).toBeNull();
		expect(readYear(url('?year=1800'))).toBeNull();
	});
	test('choices and codes are checked before they reach a query', () => {
		expect(readChoice(url('?sector=市直机关'), 'sector', ['市直机关', '区县'])).toBe('市直机关');
		expect(readChoice(url("?sector=x'--"), 'sector', ['市直机关'])).toBeNull();
		expect(readCode(url('?county=430121'), 'county', 6)).toBe('430121');
		expect(readCode(url('?county=4301210'), 'county', 6)).toBeNull();
		expect(readText(url('?unit=%20甲局%20'), 'unit')).toBe('甲局');
	});
	test('a score range is two scores within 0–100, low end first', () => {
		expect(readScoreRange(url('?scores=84-86'), 'scores')).toEqual([84, 86]);
		expect(readScoreRange(url('?scores=97.5-100'), 'scores')).toEqual([97.5, 100]);
		expect(readScoreRange(url('?scores=86-84'), 'scores')).toBeNull();
		expect(readScoreRange(url('?scores=90-120'), 'scores')).toBeNull();
		expect(readScoreRange(url('?scores=84'), 'scores')).toBeNull();
		expect(readScoreRange(url("?scores=1-2'--"), 'scores')).toBeNull();
	});
	test('withParams sets and removes parameters, keeping the rest', () => {
		expect(withParams(url('?year=2022&county=430121'), { township: '430121100' })).toBe(
			'?year=2022&county=430121&township=430121100'
		);
		expect(withParams(url('?county=430121'), { county: null })).toBe('/villages');
	});
});
