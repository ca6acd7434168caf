import { describe, expect, test } from 'vitest';
import { assessmentView } from './assessment';
import { digitizationView } from './digitization';
import { exploreView } from './explore';
import { overviewView } from './overview';
import { presentationView } from './presentation';
import { villagesView } from './villages';

const url = (query: string) => new URL(`http://dangan.intranet/view${query ? `?${query}` : ''}`);
const VIEWS = {
	overview: overviewView,
	assessment: assessmentView,
	digitization: digitizationView,
	villages: villagesView,
	present: presentationView,
	explore: exploreView
};

describe('each view reads its parameters from its URL', () => {
	test('a bare URL is the view’s default state, the one prerendered', () => {
		for (const [name, view] of Object.entries(VIEWS))
			expect(view.read(url('')), name).toEqual(view.fallback);
	});

	test('a hostile or malformed value never reaches a query: it reads as not given', () => {
		const hostile = "year=2023';DROP TABLE x&county=43'--&township=x&sector=x'&unit=%20&measure=x";
		for (const [name, view] of Object.entries(VIEWS))
			expect(view.read(url(hostile)), name).toEqual(view.fallback);
	});

	test('the villages view reads a district and a township by their codes', () => {
		expect(villagesView.read(url('year=2021&county=430121&township=430121001'))).toEqual({
			year: 2021,
			county: '430121',
			township: '430121001'
		});
	});

	test('the assessment view reads a sector of the schema and any unit name, trimmed', () => {
		expect(assessmentView.read(url('sector=区县&unit=%20长沙县档案局%20'))).toEqual({
			year: null,
			sector: '区县',
			unit: '长沙县档案局'
		});
	});
});
