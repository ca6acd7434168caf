import { describe, expect, test } from 'vitest';
import type { LeagueRow, SectorSummary } from '$lib/queries/assessment';
import type { ArchiveYear, CityDigitization } from '$lib/queries/digitization';
import type { KpiYear } from '$lib/measures/kpis';
import { createFormat } from '$lib/i18n/format';
import { KPIS, kpiText, targetFor, targetPace } from '$lib/measures/kpis';
import {
	digitizationNarrative,
	districtMapNarrative,
	gradeNarrative,
	leagueNarrative,
	paceNarrative,
	scoreNarrative,
	uncoveredNarrative,
	unitHistoryNarrative,
	villageListNarrative
} from './narratives';

const zh = createFormat('zh');

const target = {
	indicator: 'digitization_rate',
	year: 2025,
	target: 0.8,
	provenance: 'sample',
	source: ''
};

const summary = (year: number, excellent: number, units: number): SectorSummary => ({
	sector: '市直机关',
	year,
	units,
	excellent_rate: excellent / units,
	average_score: 85,
	excellent,
	good: units - excellent,
	pass: 0,
	fail: 0
});

const city = (year: number, rate: number): CityDigitization => ({
	year,
	holdings: 1_000_000,
	digitized: rate * 1_000_000,
	rate,
	digital_copy_tb: 10,
	archives: 2
});

const archive = (name: string, year: number, rate: number): ArchiveYear =>
	({
		archive: name,
		adcode: '430100',
		year,
		holdings: 100,
		digitized: rate * 100,
		rate
	}) as ArchiveYear;

const unit = (
	name: string,
	score: number,
	grade: string,
	rankChange: number | null
): LeagueRow => ({
	unit: name,
	sector: '市直机关',
	score,
	grade,
	grade_derived: false,
	rank: 0,
	prev_score: null,
	prev_rank: null,
	rank_change: rankChange,
	provenance: 'sample'
});

describe('文字解读 of the assessment', () => {
	test('a rise in the excellent rate is stated in 个百分点', () => {
		const text = gradeNarrative(
			zh,
			2023,
			'市直机关',
			[summary(2022, 5, 20), summary(2023, 8, 20)],
			'市直机关'
		);
		expect(text).toBe(
			'2023年市直机关共20个单位参加考核，优秀8个、良好12个、合格0个、不合格0个，优秀率40.0%，较上年提高15.0个百分点。'
		);
	});

	test('a fall, and a year without a previous one', () => {
		expect(
			gradeNarrative(zh, 2023, '市直机关', [summary(2022, 8, 20), summary(2023, 5, 20)], '市直机关')
		).toContain('较上年下降15.0个百分点');
		expect(gradeNarrative(zh, 2023, '市直机关', [summary(2023, 5, 20)], '市直机关')).toContain(
			'上年无可比数据'
		);
	});

	test('a single unit is both the highest and the lowest; no failing unit is said so', () => {
		expect(leagueNarrative(zh, [unit('市档案局', 91.5, '优秀', null)])).toBe(
			'得分最高的是市档案局（91.5分），最低的是市档案局（91.5分），无不合格单位。'
		);
		expect(leagueNarrative(zh, [unit('甲局', 95, '优秀', 3), unit('乙局', 55, '不合格', -2)])).toBe(
			'得分最高的是甲局（95.0分），最低的是乙局（55.0分），排名上升最多的是甲局（上升3位），不合格单位1个：乙局。'
		);
	});
});

describe('文字解读 of digitization', () => {
	test('level, no change, distance to the target, highest and lowest', () => {
		const text = digitizationNarrative(
			zh,
			2023,
			[city(2022, 0.7), city(2023, 0.7)],
			[archive('甲馆', 2023, 0.9), archive('乙馆', 2023, 0.5)],
			[target]
		);
		expect(text).toBe(
			'2023年全市馆藏数字化率为70.0%，与上年持平，距2025年目标（80.0%）还差10.0个百分点，甲馆最高（90.0%），乙馆最低（50.0%）。'
		);
	});
});

describe('KPI as words', () => {
	const series = [
		{ year: 2022, village_coverage: 0.352 },
		{ year: 2023, village_coverage: 0.552 }
	] as KpiYear[];
	const parts = { fmt: zh, unitArchives: '个', noPrevious: '无上年数据', unchanged: '持平' };
	const coverage = KPIS.find((k) => k.id === 'village_coverage')!;
	const targets = [
		{ indicator: 'village_coverage', year: 2020, target: 0.5, provenance: 'sample', source: '' },
		{ indicator: 'village_coverage', year: 2025, target: 0.8, provenance: 'sample', source: '' }
	];

	test('value, 同比 in 个百分点, the latest target and the share of it reached', () => {
		expect(kpiText(coverage, 2023, series, targetFor(coverage, targets), parts)).toEqual({
			value: '55.2%',
			change: '+20.0个百分点',
			changeValue: expect.closeTo(0.2, 9),
			target: '80.0%',
			progress: expect.closeTo(0.69, 9)
		});
	});

	test('no change at all reads 持平, not “+0”', () => {
		const count = KPIS.find((k) => k.id === 'national_archives')!;
		const same = [
			{ year: 2022, national_archives: 1 },
			{ year: 2023, national_archives: 1 }
		] as KpiYear[];
		expect(kpiText(count, 2023, same, undefined, parts).change).toBe('持平');
	});

	test('the first year has no 同比', () => {
		expect(kpiText(coverage, 2022, series, undefined, parts)).toMatchObject({
			change: '无上年数据',
			target: null,
			progress: null
		});
	});
});

describe('文字解读 of the table charts', () => {
	test('the score distribution: share at the top grade’s line, median, lowest', () => {
		const thresholds = [
			{ grade: '优秀', min_score: 90 },
			{ grade: '良好', min_score: 80 }
		];
		const league = [95, 91, 85, 70].map((s, i) => unit(`单位${i}`, s, '良好', null));
		expect(scoreNarrative(zh, 2023, league, thresholds)).toBe(
			'2023年参加考核的4个单位中，90分及以上（优秀线）的2个，占50.0%，得分中位数88.0分，最低70.0分。'
		);
		expect(scoreNarrative(zh, 2023, [], thresholds)).toBe('');
	});

	test('the pace: reached, on time, late, never', () => {
		const pace = [2023, 2024, 2027, null].map((reach, i) => ({
			archive: `馆${i}`,
			rate: 0.7,
			yearly_gain: 0.02,
			target: 0.8,
			target_year: 2025,
			reach_year: reach
		}));
		expect(paceNarrative(zh, 2023, pace, target)).toBe(
			'按近三年进度，4个档案馆中已有1个达到80.0%的目标，1个将在2025年前达到，1个晚于2025年，1个按现有进度无法达到。'
		);
	});

	test('the villages without a room: the total and the township with most', () => {
		const rows = ['黄花镇', '黄花镇', '春华镇'].map((township) => ({ township }));
		expect(uncoveredNarrative(zh, '长沙县', 3, rows)).toBe(
			'长沙县尚有3个村（社区）未建成村级档案室，其中黄花镇最多（2个）。'
		);
		// only part of the list is loaded: no claim about which township has most
		expect(uncoveredNarrative(zh, '全市', 739, rows)).toBe(
			'全市尚有739个村（社区）未建成村级档案室。'
		);
		expect(uncoveredNarrative(zh, '芙蓉区', 0, [])).toBe('芙蓉区村（社区）均已建成村级档案室。');
	});
});

describe('文字解读 of the district map', () => {
	test('highest and lowest district of the chosen measure, then the map’s note', () => {
		const districts = [
			{ name: '长沙县', value: 0.902 },
			{ name: '芙蓉区', value: 0.373 },
			{ name: '宁乡市', value: null }
		];
		expect(
			districtMapNarrative(zh, '村级档案室覆盖率', districts, (v) => zh.percent(v), '示意图。')
		).toBe('各区县村级档案室覆盖率：长沙县最高（90.2%），芙蓉区最低（37.3%）。示意图。');
		expect(districtMapNarrative(zh, '覆盖率', [], (v) => zh.percent(v), '示意图。')).toBe(
			'示意图。'
		);
	});
});

describe('文字解读 of a unit’s years and a township’s villages', () => {
	test('a unit: score and rank in the year, against its sector and its first year', () => {
		const history = [
			{ year: 2021, score: 82, rank: 12, units: 30, sector_average: 84 },
			{ year: 2023, score: 91.5, rank: 3, units: 30, sector_average: 86.5 }
		];
		expect(unitHistoryNarrative(zh, '市档案局', 2023, history)).toBe(
			'市档案局2023年得分91.5分，在同类30个单位中排第3位，高于同类平均5.0分，2021年为82.0分。'
		);
		expect(unitHistoryNarrative(zh, '市档案局', 2022, history)).toBe('');
	});

	test('a township: its villages and how many have a room, from its coverage row', () => {
		const row = {
			code: '430121100',
			name: '黄花镇',
			units: 19,
			covered: 19,
			coverage: 1,
			official_covered: null
		};
		expect(villageListNarrative(zh, 2023, row)).toBe(
			'黄花镇共19个村（社区），截至2023年底已建成村级档案室19个，覆盖率100.0%。'
		);
	});
});

describe('KPI status against its target', () => {
	const coverage = KPIS.find((k) => k.id === 'village_coverage')!;
	const goal = {
		indicator: 'village_coverage',
		year: 2025,
		target: 0.8,
		provenance: 'sample',
		source: ''
	};
	const series = (values: [number, number | null][]) =>
		values.map(([year, v]) => ({ year, village_coverage: v })) as KpiYear[];

	test('达标 when reached, 接近 when the three-year pace gets there by the target year', () => {
		expect(targetPace(coverage, 2023, series([[2023, 0.85]]), goal)).toEqual({
			status: '达标',
			reachYear: 2023
		});
		// +0.1 a year (0.35 in 2020 to 0.65 in 2023): 0.15 to go takes two more years
		expect(
			targetPace(
				coverage,
				2023,
				series([
					[2020, 0.35],
					[2023, 0.65]
				]),
				goal
			)
		).toEqual({
			status: '接近',
			reachYear: 2025
		});
	});

	test('滞后 when the pace is too slow or there is no gain', () => {
		expect(
			targetPace(
				coverage,
				2023,
				series([
					[2020, 0.5],
					[2023, 0.56]
				]),
				goal
			)
		).toEqual({
			status: '滞后',
			reachYear: 2035
		});
		expect(
			targetPace(
				coverage,
				2023,
				series([
					[2021, 0.6],
					[2023, 0.6]
				]),
				goal
			)
		).toEqual({
			status: '滞后',
			reachYear: null
		});
		expect(targetPace(coverage, 2023, series([[2022, 0.5]]), goal)).toBeNull();
	});
});
