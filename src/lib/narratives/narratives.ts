import { group } from 'd3';
import type { CriterionScore, LeagueRow, SectorSummary, Threshold } from '$lib/queries/assessment';
import type {
	ArchivePace,
	ArchiveStage,
	ArchiveYear,
	CityDigitization
} from '$lib/queries/digitization';
import type { DistrictKpi } from '$lib/queries/overview';
import type { CityTarget, KpiYear } from '$lib/measures/kpis';
import type { AreaCoverage, CoverageYear } from '$lib/queries/villages';
import type { Format } from '$lib/i18n/format';
import { KPIS, latestTarget, yearOnYear } from '$lib/measures/kpis';
import { changePhrase, extremesPhrase, sentence, targetPhrase } from './phrases';

/**
 * 文字解读: the paragraphs under the charts, generated from the same rows the charts draw, so the
 * text and the figures can never disagree.
 */

function yearPair<T extends { year: number }>(
	rows: T[],
	year: number
): [T | undefined, T | undefined] {
	return [rows.find((r) => r.year === year), rows.find((r) => r.year === year - 1)];
}

export function overviewNarrative(
	fmt: Format,
	year: number,
	kpis: KpiYear[],
	targets: CityTarget[],
	districts: DistrictKpi[]
): string {
	const zh = fmt.locale === 'zh';
	const [now, before] = yearPair(kpis, year);
	if (!now) return '';
	const kind = (id: string) => KPIS.find((k) => k.id === id)!.kind;
	const change = (id: keyof KpiYear) =>
		changePhrase(fmt, kind(id), yearOnYear(kind(id), now[id], before?.[id] ?? null));
	const target = (id: keyof KpiYear) => {
		const t = latestTarget(targets, id);
		return t && now[id] !== null ? targetPhrase(fmt, kind(id), now[id]!, t) : '';
	};
	const parts: string[] = [];
	if (now.excellent_rate !== null && now.average_score !== null) {
		parts.push(
			sentence(fmt, [
				zh
					? `${fmt.year(year)}，全市档案工作考核优秀率为${fmt.percent(now.excellent_rate)}`
					: `In ${year}, ${fmt.percent(now.excellent_rate)} of assessed units were graded excellent`,
				change('excellent_rate'),
				zh
					? `平均分${fmt.score(now.average_score)}`
					: `average score ${fmt.score(now.average_score)}`,
				change('average_score')
			])
		);
	}
	if (now.digitization_rate !== null) {
		parts.push(
			sentence(fmt, [
				zh
					? `馆藏数字化率为${fmt.percent(now.digitization_rate)}`
					: `${fmt.percent(now.digitization_rate)} of holdings are digitized`,
				change('digitization_rate'),
				target('digitization_rate'),
				zh
					? `数字化副本达${fmt.tb(now.digital_copy_tb)}`
					: `digital copies reach ${fmt.tb(now.digital_copy_tb)}`,
				change('digital_copy_tb')
			])
		);
	}
	if (now.village_coverage !== null) {
		parts.push(
			sentence(fmt, [
				zh
					? `村级档案室覆盖率为${fmt.percent(now.village_coverage)}`
					: `village archive-room coverage is ${fmt.percent(now.village_coverage)}`,
				change('village_coverage'),
				extremesPhrase(
					fmt,
					districts,
					(d) => d.village_coverage,
					(d) => d.name,
					(v) => fmt.percent(v)
				)
			])
		);
	}
	if (now.national_archives !== null && now.national_archives > 0) {
		parts.push(
			zh
				? `全市有国家级及以上数字档案馆${now.national_archives}个。`
				: `The city has ${now.national_archives} national-level digital archive${now.national_archives === 1 ? '' : 's'}.`
		);
	}
	return parts.join(zh ? '' : ' ');
}

export function gradeNarrative(
	fmt: Format,
	year: number,
	sectorName: string,
	summary: SectorSummary[],
	sector: string | null
): string {
	const rows = summary.filter((s) => s.sector === sector);
	const [now, before] = yearPair(rows, year);
	if (!now) return '';
	const zh = fmt.locale === 'zh';
	return sentence(fmt, [
		zh
			? `${fmt.year(year)}${sectorName}共${now.units}个单位参加考核，优秀${now.excellent}个、良好${now.good}个、合格${now.pass}个、不合格${now.fail}个`
			: `In ${year}, ${now.units} units (${sectorName}) were assessed: ${now.excellent} excellent, ${now.good} good, ${now.pass} pass, ${now.fail} fail`,
		zh
			? `优秀率${fmt.percent(now.excellent_rate)}`
			: `${fmt.percent(now.excellent_rate)} excellent`,
		changePhrase(fmt, 'rate', before ? now.excellent_rate - before.excellent_rate : null)
	]);
}

export function sectorNarrative(
	fmt: Format,
	year: number,
	sectors: SectorSummary[],
	valueName: (v: string) => string
): string {
	const zh = fmt.locale === 'zh';
	const rows = sectors.filter((s) => s.year === year && s.sector !== null);
	if (rows.length === 0) return '';
	const rates = rows.map(
		(r) => `${valueName(r.sector!)}${zh ? '' : ' '}${fmt.percent(r.excellent_rate)}`
	);
	const extremes = extremesPhrase(
		fmt,
		rows,
		(r) => r.average_score,
		(r) => valueName(r.sector!),
		(v) => fmt.score(v)
	);
	return sentence(fmt, [
		zh ? `各类别优秀率：${rates.join('、')}` : `share excellent: ${rates.join(', ')}`,
		extremes ? (zh ? `平均分${extremes}` : `average score ${extremes}`) : ''
	]);
}

export function leagueNarrative(fmt: Format, league: LeagueRow[]): string {
	if (league.length === 0) return '';
	const zh = fmt.locale === 'zh';
	const top = league[0];
	const bottom = league.at(-1)!;
	const risers = league
		.filter((r) => (r.rank_change ?? 0) > 0)
		.sort((a, b) => b.rank_change! - a.rank_change!);
	const fails = league.filter((r) => r.grade === '不合格');
	return sentence(fmt, [
		zh
			? `得分最高的是${top.unit}（${fmt.score(top.score)}），最低的是${bottom.unit}（${fmt.score(bottom.score)}）`
			: `highest score ${top.unit} (${fmt.score(top.score)}), lowest ${bottom.unit} (${fmt.score(bottom.score)})`,
		risers.length
			? zh
				? `排名上升最多的是${risers[0].unit}（上升${risers[0].rank_change}位）`
				: `${risers[0].unit} rose furthest (${risers[0].rank_change} places)`
			: '',
		fails.length
			? zh
				? `不合格单位${fails.length}个：${fails.map((f) => f.unit).join('、')}`
				: `${fails.length} failed: ${fails.map((f) => f.unit).join(', ')}`
			: zh
				? '无不合格单位'
				: 'no unit failed'
	]);
}

export function criteriaNarrative(fmt: Format, criteria: CriterionScore[]): string {
	if (criteria.length === 0) return '';
	const byCriterion = new Map<string, { score: number; max: number }>();
	for (const c of criteria) {
		const s = byCriterion.get(c.criterion) ?? { score: 0, max: 0 };
		s.score += c.score;
		s.max += c.max_score;
		byCriterion.set(c.criterion, s);
	}
	const rates = [...byCriterion].map(([criterion, s]) => ({ criterion, rate: s.score / s.max }));
	const extremes = extremesPhrase(
		fmt,
		rates,
		(r) => r.rate,
		(r) => r.criterion,
		(v) => fmt.percent(v)
	);
	if (!extremes) return '';
	return sentence(fmt, [
		(fmt.locale === 'zh' ? '按各指标平均得分率，' : 'By criterion score rate: ') + extremes
	]);
}

export function digitizationNarrative(
	fmt: Format,
	year: number,
	city: CityDigitization[],
	archives: ArchiveYear[],
	targets: CityTarget[]
): string {
	const [now, before] = yearPair(city, year);
	if (!now) return '';
	const zh = fmt.locale === 'zh';
	const target = latestTarget(targets, 'digitization_rate');
	return sentence(fmt, [
		zh
			? `${fmt.year(year)}全市馆藏数字化率为${fmt.percent(now.rate)}`
			: `In ${year}, ${fmt.percent(now.rate)} of the city's holdings were digitized`,
		changePhrase(fmt, 'rate', before ? now.rate - before.rate : null),
		target ? targetPhrase(fmt, 'rate', now.rate, target) : '',
		extremesPhrase(
			fmt,
			archives.filter((a) => a.year === year),
			(a) => a.rate,
			(a) => a.archive,
			(v) => fmt.percent(v)
		)
	]);
}

export function holdingsNarrative(fmt: Format, year: number, city: CityDigitization[]): string {
	const now = city.find((c) => c.year === year);
	if (!now) return '';
	return fmt.locale === 'zh'
		? `${fmt.year(year)}末，全市${now.archives}个档案馆馆藏档案${fmt.quantity(now.holdings, '卷件')}，已数字化${fmt.quantity(now.digitized, '卷件')}。`
		: `At the end of ${year} the city's ${now.archives} archives held ${fmt.quantity(now.holdings, 'files')}, of which ${fmt.quantity(now.digitized, 'files')} were digitized.`;
}

/** the city's digital copies, or one archive's (`archive`) when the page is focused on it */
export function copyNarrative(
	fmt: Format,
	year: number,
	city: Pick<CityDigitization, 'year' | 'digital_copy_tb'>[],
	archive: string | null = null
): string {
	const [now, before] = yearPair(city, year);
	if (!now) return '';
	return sentence(fmt, [
		fmt.locale === 'zh'
			? `${fmt.year(year)}${archive ?? '全市'}数字化副本${fmt.tb(now.digital_copy_tb)}`
			: `${archive ? `${archive}'s digital copies` : 'Digital copies'} reached ${fmt.tb(now.digital_copy_tb)} in ${year}`,
		changePhrase(fmt, 'size', before ? now.digital_copy_tb / before.digital_copy_tb - 1 : null)
	]);
}

export function stagesNarrative(
	fmt: Format,
	stages: ArchiveStage[],
	valueName: (v: string) => string
): string {
	const zh = fmt.locale === 'zh';
	const national = stages.filter((s) => s.stage === '全国示范' || s.stage === '国家级');
	const latest = new Map<string, ArchiveStage>();
	for (const s of stages) latest.set(s.archive, s);
	const building = [...latest.values()].filter((s) => s.stage === '建设中').map((s) => s.archive);
	const parts = national.map((s) =>
		zh
			? `${s.archive}于${fmt.partialDate(s.date)}${s.test_score !== null ? `以${s.test_score}分` : ''}通过${s.stage}数字档案馆测试`
			: `${s.archive} passed the ${valueName(s.stage).toLowerCase()} digital archive test in ${fmt.partialDate(s.date)}${s.test_score !== null ? ` with ${s.test_score}` : ''}`
	);
	if (building.length) {
		parts.push(
			zh
				? `${building.join('、')}正在建设数字档案馆`
				: `${building.join(', ')} are building digital archives`
		);
	}
	return sentence(fmt, parts);
}

export function coverageNarrative(
	fmt: Format,
	year: number,
	areaName: string,
	areas: AreaCoverage[],
	previous: { covered: number; units: number } | null
): string {
	const units = areas.reduce((n, a) => n + a.units, 0);
	const covered = areas.reduce((n, a) => n + a.covered, 0);
	if (units === 0) return '';
	const rate = covered / units;
	const zh = fmt.locale === 'zh';
	return sentence(fmt, [
		zh
			? `${fmt.year(year)}底，${areaName}村级档案室覆盖率为${fmt.percent(rate)}（${covered}/${units}）`
			: `At the end of ${year}, village archive-room coverage in ${areaName} was ${fmt.percent(rate)} (${covered}/${units})`,
		changePhrase(
			fmt,
			'rate',
			previous && previous.units > 0 ? rate - previous.covered / previous.units : null
		),
		extremesPhrase(
			fmt,
			areas,
			(a) => a.coverage,
			(a) => a.name,
			(v) => fmt.percent(v)
		)
	]);
}

export function cumulativeNarrative(fmt: Format, year: number, cumulative: CoverageYear[]): string {
	const total = (y: number) =>
		cumulative.filter((c) => c.year === y).reduce((n, c) => n + c.covered, 0);
	const first = cumulative.find((c) => c.covered > 0)?.year;
	if (first === undefined) return '';
	const now = total(year);
	const added = now - total(year - 1);
	return fmt.locale === 'zh'
		? `自${fmt.year(first)}试点以来，全市累计建成村级档案室${now}个，其中${fmt.year(year)}新建${added}个。`
		: `Since the pilot began in ${first}, ${now} village archive rooms have been completed, ${added} of them in ${year}.`;
}

/** The score distribution: how many reached the top grade's line, the median and the lowest. */
export function scoreNarrative(
	fmt: Format,
	year: number,
	league: LeagueRow[],
	thresholds: Threshold[]
): string {
	if (league.length === 0) return '';
	const top = [...thresholds].sort((a, b) => b.min_score - a.min_score)[0];
	const scores = league.map((r) => r.score).sort((a, b) => a - b);
	const middle = scores.length / 2;
	const median =
		scores.length % 2 ? scores[Math.floor(middle)] : (scores[middle - 1] + scores[middle]) / 2;
	const atTop = top ? scores.filter((s) => s >= top.min_score).length : 0;
	const zh = fmt.locale === 'zh';
	return sentence(fmt, [
		top
			? zh
				? `${fmt.year(year)}参加考核的${scores.length}个单位中，${fmt.score(top.min_score, 0)}及以上（${top.grade}线）的${atTop}个，占${fmt.percent(atTop / scores.length)}`
				: `In ${year}, ${atTop} of ${scores.length} units scored ${fmt.score(top.min_score, 0)} or more (${fmt.percent(atTop / scores.length)})`
			: '',
		zh ? `得分中位数${fmt.score(median)}` : `median ${fmt.score(median)}`,
		zh ? `最低${fmt.score(scores[0])}` : `lowest ${fmt.score(scores[0])}`
	]);
}

/** When the archives reach the digitization target at the pace of their last three years. */
export function paceNarrative(
	fmt: Format,
	year: number,
	pace: ArchivePace[],
	target: CityTarget
): string {
	if (pace.length === 0) return '';
	const reached = pace.filter((p) => p.reach_year !== null && p.reach_year <= year).length;
	const onTime = pace.filter(
		(p) => p.reach_year !== null && p.reach_year > year && p.reach_year <= target.year
	).length;
	const late = pace.filter((p) => p.reach_year !== null && p.reach_year > target.year).length;
	const never = pace.filter((p) => p.reach_year === null).length;
	const goal = fmt.percent(target.target);
	const zh = fmt.locale === 'zh';
	return sentence(
		fmt,
		zh
			? [
					`按近三年进度，${pace.length}个档案馆中已有${reached}个达到${goal}的目标`,
					onTime ? `${onTime}个将在${target.year}年前达到` : '',
					late ? `${late}个晚于${target.year}年` : '',
					never ? `${never}个按现有进度无法达到` : ''
				]
			: [
					`At the pace of the last three years, ${reached} of ${pace.length} archives have reached the ${goal} target`,
					onTime ? `${onTime} will by ${target.year}` : '',
					late ? `${late} later than ${target.year}` : '',
					never ? `${never} will not at the present pace` : ''
				]
	);
}

/** The villages still without a room: how many, and the township with the most of them. */
export function uncoveredNarrative(
	fmt: Format,
	areaName: string,
	total: number,
	shown: { township: string }[]
): string {
	const zh = fmt.locale === 'zh';
	if (total === 0) {
		return zh
			? `${areaName}村（社区）均已建成村级档案室。`
			: `Every village in ${areaName} has a room.`;
	}
	const most =
		shown.length === total
			? [...group(shown, (v) => v.township)].sort((a, b) => b[1].length - a[1].length)[0]
			: undefined;
	return sentence(fmt, [
		zh
			? `${areaName}尚有${total}个村（社区）未建成村级档案室`
			: `${total} villages in ${areaName} have no archive room yet`,
		most && most[1].length > 1
			? zh
				? `其中${most[0]}最多（${most[1].length}个）`
				: `most of them in ${most[0]} (${most[1].length})`
			: ''
	]);
}

/** The district map: the measure's highest and lowest district, then what the map is not. */
export function districtMapNarrative(
	fmt: Format,
	measure: string,
	districts: { name: string; value: number | null }[],
	show: (value: number) => string,
	note: string
): string {
	const extremes = extremesPhrase(
		fmt,
		districts,
		(d) => d.value,
		(d) => d.name,
		show
	);
	if (!extremes) return note;
	return `${sentence(fmt, [fmt.locale === 'zh' ? `各区县${measure}：${extremes}` : `${measure}: ${extremes}`])}${fmt.locale === 'zh' ? '' : ' '}${note}`;
}

/** One unit's years: its score and rank in the year shown, against its first year on record and its sector. */
export function unitHistoryNarrative(
	fmt: Format,
	unit: string,
	year: number,
	history: { year: number; score: number; rank: number; units: number; sector_average: number }[]
): string {
	const now = history.find((h) => h.year === year);
	const first = history[0];
	if (!now || !first) return '';
	const zh = fmt.locale === 'zh';
	const versus = now.score - now.sector_average;
	return sentence(fmt, [
		zh
			? `${unit}${fmt.year(year)}得分${fmt.score(now.score)}，在同类${now.units}个单位中排第${now.rank}位`
			: `${unit} scored ${fmt.score(now.score)} in ${year}, ranked ${now.rank} of ${now.units} in its sector`,
		zh
			? `${versus >= 0 ? '高于' : '低于'}同类平均${fmt.score(Math.abs(versus))}`
			: `${fmt.score(Math.abs(versus))} ${versus >= 0 ? 'above' : 'below'} the sector average`,
		first.year < year
			? zh
				? `${fmt.year(first.year)}为${fmt.score(first.score)}`
				: `${fmt.score(first.score)} in ${first.year}`
			: ''
	]);
}

/** A township's villages: how many have an accepted room, from the same coverage row its bar shows. */
export function villageListNarrative(fmt: Format, year: number, township: AreaCoverage): string {
	return fmt.locale === 'zh'
		? `${township.name}共${township.units}个村（社区），截至${fmt.year(year)}底已建成村级档案室${township.covered}个，覆盖率${fmt.percent(township.coverage)}。`
		: `${township.name} has ${township.units} villages; ${township.covered} had an accepted archive room by the end of ${year} (${fmt.percent(township.coverage)}).`;
}
