/**
 * Deterministic sample data for 长沙市 2016–2023 in data/*.csv. Every fact of the source document
 * (shared/seed/FACTS.md) is an `official` row; everything else is `sample` and says so in `source`.
 * Run again and the files come out byte for byte the same.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormat, randomLcg, randomNormal } from 'd3';
import { dataDictionary } from './dataDictionary.ts';
import { readDivisions, type DivisionRow } from './divisions.ts';
import { TABLES } from '../src/lib/schema/tables.ts';

const OUT = process.env.CSV_DIR ?? 'data';
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
const DOC = '《长沙市档案局先进事迹》（约2023年）';
const SAMPLE = '示例数据（随机生成，非真实统计）';
const CITY = '430100';

const random = randomLcg(20231231);
const normal = randomNormal.source(random);
const between = (lo: number, hi: number) => lo + (hi - lo) * random();
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

type Row = Record<string, string | number | null>;

function write(table: string, rows: Row[]) {
	const columns = TABLES.find((t) => t.name === table)!.columns.map((c) => c.name);
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, `${table}.csv`), csvFormat(rows, columns) + '\n');
	console.log(`${table}.csv: ${rows.length} 行`);
}

// ── divisions ────────────────────────────────────────────────────────────────
const divisions: DivisionRow[] = readDivisions('4301');
write('divisions', divisions as unknown as Row[]);
const counties = divisions.filter((d) => d.level === 'county');
const countyOf = (code: string) => code.slice(0, 6);

// ── grade thresholds ─────────────────────────────────────────────────────────
const THRESHOLD_SOURCE = '默认等次标准（百分制），可按《长沙市档案工作考核办法》调整';
write('grade_thresholds', [
	{ scheme: 'default', grade: '优秀', min_score: 90, source: THRESHOLD_SOURCE },
	{ scheme: 'default', grade: '良好', min_score: 80, source: THRESHOLD_SOURCE },
	{ scheme: 'default', grade: '合格', min_score: 60, source: THRESHOLD_SOURCE },
	{ scheme: 'default', grade: '不合格', min_score: 0, source: THRESHOLD_SOURCE }
]);

// ── assessments and their criteria ───────────────────────────────────────────
const AGENCIES = [
	'市委办公厅',
	'市政府办公厅',
	'市发展和改革委员会',
	'市教育局',
	'市科学技术局',
	'市工业和信息化局',
	'市公安局',
	'市民政局',
	'市司法局',
	'市财政局',
	'市人力资源和社会保障局',
	'市自然资源和规划局',
	'市生态环境局',
	'市住房和城乡建设局',
	'市交通运输局',
	'市水利局',
	'市农业农村局',
	'市商务局',
	'市文化旅游广电局',
	'市卫生健康委员会',
	'市退役军人事务局',
	'市应急管理局',
	'市审计局',
	'市市场监督管理局',
	'市统计局',
	'市医疗保障局',
	'市城市管理和综合执法局',
	'市林业局',
	'市数据资源局',
	'市信访局'
];
const ENTERPRISES = [
	'长沙市城市建设投资开发集团',
	'长沙水业集团',
	'长沙城市发展集团',
	'长沙市轨道交通集团',
	'长沙先导投资控股集团',
	'长沙市公共交通集团',
	'长沙市国有资本投资运营集团',
	'长沙文化旅游集团',
	'长沙市环境保护集团',
	'长沙湘江新区发展集团',
	'长沙市农业发展集团',
	'长沙市粮食集团'
];
const CRITERIA: [string, number][] = [
	['组织领导', 10],
	['制度建设', 15],
	['档案收集', 20],
	['整理归档', 20],
	['保管保护', 15],
	['信息化建设', 10],
	['开发利用', 10]
];
const units = [
	...AGENCIES.map((unit) => ({ unit, sector: '市直机关', adcode: '' })),
	...ENTERPRISES.map((unit) => ({ unit, sector: '市属企业', adcode: '' })),
	...counties.map((c) => ({ unit: c.name, sector: '区县', adcode: c.code }))
].map((u) => ({ ...u, base: clamp(normal(83, 6)(), 64, 96), drift: normal(0.6, 0.5)() }));

/**
 * Two agencies whose archives work slips in 2021 and 2022 (a reorganisation, say) and is put right in
 * 2023: the sample then holds the case planners ask about, a unit that fell a grade two years in a
 * row, while the latest year's figures stay as they were. No random draws, so the rest of the sample
 * is as before.
 */
const SLUMPING = new Set(['市城市管理和综合执法局', '市文化旅游广电局']);
const SLUMP_YEARS = [2021, 2022];
const SLUMP_PER_YEAR = 12;

const assessments: Row[] = [];
const items: Row[] = [];
for (const year of YEARS) {
	for (const u of units) {
		const slump =
			SLUMPING.has(u.unit) && SLUMP_YEARS.includes(year)
				? SLUMP_PER_YEAR * (year - SLUMP_YEARS[0] + 1)
				: 0;
		const score = round1(
			clamp(u.base + u.drift * (year - 2016) - slump + normal(0, 2.5)(), 52, 99.5)
		);
		assessments.push({
			year,
			unit: u.unit,
			sector: u.sector,
			adcode: u.adcode,
			score,
			grade: '',
			provenance: 'sample',
			source: SAMPLE
		});
		// the points lost are spread over the criteria so that the items add up to the total exactly
		let lost = Math.round((100 - score) * 10);
		const weights = CRITERIA.map(() => random() ** 2);
		const sum = weights.reduce((a, b) => a + b, 0);
		const lostBy = CRITERIA.map(([, max], i) =>
			Math.min(max * 10, Math.floor((lost * weights[i]) / sum))
		);
		lost -= lostBy.reduce((a, b) => a + b, 0);
		for (let i = 0; lost > 0; i = (i + 1) % CRITERIA.length) {
			const room = CRITERIA[i][1] * 10 - lostBy[i];
			const take = Math.min(room, lost);
			lostBy[i] += take;
			lost -= take;
		}
		CRITERIA.forEach(([criterion, max], i) =>
			items.push({
				year,
				unit: u.unit,
				criterion,
				score: (max * 10 - lostBy[i]) / 10,
				max_score: max,
				provenance: 'sample',
				source: SAMPLE
			})
		);
	}
}
write('assessments', assessments);
write('assessment_items', items);

// ── digitization ─────────────────────────────────────────────────────────────
const archives = [
	{ archive: '长沙市档案馆', adcode: CITY, holdings: 1_050_000, from: 0.46, to: 0.93 },
	{ archive: '长沙市城建档案馆', adcode: CITY, holdings: 620_000, from: 0.3, to: 0.74 },
	...counties.map((c) => ({
		archive: `${c.name}档案馆`,
		adcode: c.code,
		holdings: Math.round(between(120_000, 420_000) / 1000) * 1000,
		from: between(0.12, 0.35),
		to: between(0.55, 0.86)
	}))
];
const digitization: Row[] = [];
for (const a of archives) {
	YEARS.forEach((year, i) => {
		const t = i / (YEARS.length - 1);
		const holdings = Math.round(a.holdings * (1 + 0.035 * i + between(0, 0.01)));
		const rate = a.from + (a.to - a.from) * (t * (0.8 + 0.2 * t));
		const digitized = Math.round(holdings * rate);
		const pages = digitized * Math.round(between(22, 30));
		digitization.push({
			year,
			archive: a.archive,
			adcode: a.adcode,
			holdings,
			digitized,
			pages,
			digital_copy_gb: round1((pages * 0.55) / 1024),
			electronic_gb: round1(between(200, 900) * (1 + i * 0.4)),
			provenance: 'sample',
			source: SAMPLE
		});
	});
}
write('digitization', digitization);

// ── digital archive stages ───────────────────────────────────────────────────
const stage = (archive: string, s: string, date: string, extra: Partial<Row> = {}): Row => ({
	archive,
	stage: s,
	date,
	test_score: null,
	provenance: 'sample',
	source: SAMPLE,
	...extra
});
const official = { provenance: 'official', source: DOC };
write('digital_archive_stages', [
	stage('长沙市档案馆', '规划', '2016-03'),
	stage('长沙市档案馆', '建设中', '2017-06'),
	stage('长沙市档案馆', '全国示范', '2020-11', { test_score: 95.79, ...official }),
	stage('长沙县档案馆', '规划', '2020-05'),
	stage('长沙县档案馆', '建设中', '', official),
	stage('浏阳市档案馆', '规划', '2021-03'),
	stage('浏阳市档案馆', '建设中', '', official),
	stage('长沙市城建档案馆', '规划', '2020-09'),
	stage('长沙市城建档案馆', '建设中', '', official),
	stage('宁乡市档案馆', '规划', '2022-04'),
	stage('岳麓区档案馆', '规划', '2023-02')
]);

// ── village archive rooms ────────────────────────────────────────────────────
/** rooms accepted by the end of 2023: the three counties are the document's figures */
const ACCEPTED_BY_2023: Record<string, { n: number; official: boolean }> = {
	'430121': { n: 203, official: true },
	'430181': { n: 138, official: true },
	'430182': { n: 151, official: true },
	'430102': { n: 31, official: false },
	'430103': { n: 44, official: false },
	'430104': { n: 97, official: false },
	'430105': { n: 52, official: false },
	'430111': { n: 76, official: false },
	'430112': { n: 118, official: false }
};
const day = (year: number, from: number, to: number) => {
	const start = Date.UTC(year, from - 1, 1);
	const end = Date.UTC(year, to, 0);
	return new Date(start + Math.floor((random() * (end - start)) / 864e5) * 864e5)
		.toISOString()
		.slice(0, 10);
};
const villageRows: Row[] = [];
for (const county of counties) {
	const villages = divisions.filter(
		(d) => d.level === 'village' && countyOf(d.code) === county.code
	);
	const shuffled = villages
		.map((v) => ({ v, k: random() }))
		.sort((a, b) => a.k - b.k)
		.map((x) => x.v);
	const { n, official: isOfficial } = ACCEPTED_BY_2023[county.code];
	const source = isOfficial
		? `示例数据：${county.name}已建成${n}个为${DOC}所载，具体为哪些村系示例分配`
		: SAMPLE;
	// acceptances speed up after the 2020-07 start: shares of the 2023 total per year
	const shares = [0.12, 0.22, 0.3, 0.36];
	let next = 0;
	shares.forEach((share, b) => {
		const count = b === shares.length - 1 ? n - next : Math.round(n * share);
		for (let i = 0; i < count; i++, next++) {
			const year = 2020 + b;
			const accepted = day(year, b === 0 ? 9 : 4, 12);
			const model = random() < 0.06 && year < 2023;
			villageRows.push({
				village_code: shuffled[next].code,
				status: model ? '示范' : '验收通过',
				status_date: model ? day(2023, 3, 11) : accepted,
				accepted_date: accepted,
				pilot_batch: b + 1,
				provenance: 'sample',
				source
			});
		}
	});
	// rooms started but not yet accepted by the end of 2023
	const started = Math.round((villages.length - n) * between(0.15, 0.35));
	for (let i = 0; i < started; i++, next++) {
		const selfChecked = random() < 0.4;
		villageRows.push({
			village_code: shuffled[next].code,
			status: selfChecked ? '自查完成' : '建设中',
			status_date: day(2023, selfChecked ? 6 : 3, 12),
			accepted_date: '',
			pilot_batch: 4,
			provenance: 'sample',
			source: SAMPLE
		});
	}
}
villageRows.sort((a, b) => String(a.village_code).localeCompare(String(b.village_code)));
write('village_rooms', villageRows);

// ── targets (十四五, sample values: the plan's own figures are not in the source) ───
const TARGET_SOURCE = '示例目标值（非《“十四五”长沙市档案事业发展规划》原文数字）';
write('targets', [
	{
		indicator: 'excellent_rate',
		scope: 'city',
		year: 2025,
		target: 0.35,
		provenance: 'sample',
		source: TARGET_SOURCE
	},
	{
		indicator: 'average_score',
		scope: 'city',
		year: 2025,
		target: 88,
		provenance: 'sample',
		source: TARGET_SOURCE
	},
	{
		indicator: 'digitization_rate',
		scope: 'city',
		year: 2025,
		target: 0.8,
		provenance: 'sample',
		source: TARGET_SOURCE
	},
	{
		indicator: 'village_coverage',
		scope: 'city',
		year: 2025,
		target: 0.8,
		provenance: 'sample',
		source: TARGET_SOURCE
	}
]);

// ── milestones (the document's) ──────────────────────────────────────────────
const milestone = (date: string, area: string, title: string, detail = ''): Row => ({
	date,
	area,
	title,
	detail,
	provenance: 'official',
	source: DOC
});
write('milestones', [
	milestone('2020-07', 'villages', '入选全国首批“档案工作服务农村基层社会治理”试点'),
	milestone(
		'2020-11',
		'digitization',
		'长沙市档案馆以95.79分通过全国示范数字档案馆测试',
		'湖南省第一家全国示范数字档案馆'
	),
	milestone('2021', 'general', '《“十四五”长沙市档案事业发展规划》实施', '规划期2021—2025年'),
	milestone('2022', 'general', '启动“长沙记忆工程专题数据库与开发利用平台”建设'),
	milestone(
		'2023',
		'villages',
		'长沙县、浏阳市经验案例入选全国案例汇编',
		'《档案工作服务农村基层社会治理案例及文件汇编》；文件称“今年”'
	)
]);

// ── figures the document states directly ─────────────────────────────────────
const figure = (indicator: string, scope: string, value: number, unit: string): Row => ({
	indicator,
	scope,
	year: 2023,
	value,
	unit,
	provenance: 'official',
	source: DOC
});
write('official_figures', [
	figure('village_rooms_completed', '430121', 203, '个'),
	figure('village_rooms_completed', '430181', 138, '个'),
	figure('village_rooms_completed', '430182', 151, '个'),
	figure('digital_archive_test_score', '长沙市档案馆', 95.79, '分'),
	figure('research_projects_national', 'city', 1, '项'),
	figure('research_projects_provincial', 'city', 5, '项')
]);

writeFileSync(join(OUT, 'README.md'), dataDictionary());
