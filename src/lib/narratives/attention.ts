import type { UnitAttention } from '$lib/queries/assessment';
import type { ArchivePace } from '$lib/queries/digitization';
import type { AreaCoverage } from '$lib/queries/villages';
import type { Format } from '$lib/i18n/format';

/**
 * The closing slide of the review-meeting deck: what needs attention, each point with the figures
 * behind it. The rules are stated with each group, so the room can check them.
 */
export interface AttentionGroup {
	id: 'units' | 'archives' | 'coverage';
	title: string;
	rule: string;
	items: string[];
}

/** A group's share of one attention slide; `continued` when it began on an earlier slide. */
export interface AttentionPart extends AttentionGroup {
	continued: boolean;
}

/** the most points a group lists on one slide: the slide must stay readable from the back of the room */
export const ATTENTION_PER_SLIDE = 6;
/** the divisions listed as lowest in coverage */
export const LOWEST_COVERAGE_SHOWN = 3;

/**
 * The attention slides: every point, as many to a group as a slide holds, the rest continued on the
 * next slide (only the groups that continue) rather than counted and hidden.
 */
export function attentionSlides(
	groups: AttentionGroup[],
	perSlide = ATTENTION_PER_SLIDE
): AttentionPart[][] {
	const count = Math.max(1, ...groups.map((g) => Math.ceil(g.items.length / perSlide)));
	return Array.from({ length: count }, (_, page) =>
		groups
			.filter((g) => page === 0 || g.items.length > page * perSlide)
			.map((g) => ({
				...g,
				items: g.items.slice(page * perSlide, (page + 1) * perSlide),
				continued: page > 0
			}))
	);
}

/** Units graded 不合格 or a grade below last year's (the SQL picks and orders them). */
export function unitsAttention(
	fmt: Format,
	units: UnitAttention[],
	value: (v: string) => string
): AttentionGroup {
	const zh = fmt.locale === 'zh';
	const items = units.map((u) => {
		const fell =
			u.prev_grade !== null && u.prev_grade !== u.grade
				? zh
					? `，由${value(u.prev_grade)}降为${value(u.grade)}（上年${fmt.score(u.prev_score)}）`
					: `, down from ${value(u.prev_grade)} to ${value(u.grade)} (${fmt.score(u.prev_score)} last year)`
				: zh
					? `，${value(u.grade)}`
					: `, ${value(u.grade)}`;
		return zh
			? `${u.unit}（${value(u.sector)}）：${fmt.score(u.score)}${fell}`
			: `${u.unit} (${value(u.sector)}): ${fmt.score(u.score)}${fell}`;
	});
	return {
		id: 'units',
		title: zh ? '考核不合格或等次下降的单位' : 'Units graded fail or down a grade',
		rule: zh
			? '本年考核为不合格，或等次低于上年'
			: "Graded fail this year, or a grade below last year's",
		items
	};
}

/** Archives that at the pace of their last three years reach the target after its year, or never. */
export function archivesAttention(
	fmt: Format,
	pace: ArchivePace[],
	target: { year: number; target: number } | undefined
): AttentionGroup {
	const zh = fmt.locale === 'zh';
	const behind = target
		? pace
				.filter((p) => p.rate < target.target)
				.filter((p) => p.reach_year === null || p.reach_year > target.year)
				.sort((a, b) => a.rate - b.rate)
		: [];
	const goal = target ? fmt.percent(target.target) : '';
	const items = behind.map((p) => {
		const gain = p.yearly_gain === null ? '—' : fmt.pointChange(p.yearly_gain);
		const when =
			p.reach_year === null
				? zh
					? '按现有进度无法达到'
					: 'not reached at this pace'
				: zh
					? `按此进度${fmt.year(p.reach_year)}达到`
					: `reached in ${p.reach_year} at this pace`;
		return zh
			? `${p.archive}：数字化率${fmt.percent(p.rate)}，近三年年均${gain}，${when}`
			: `${p.archive}: ${fmt.percent(p.rate)} digitized, ${gain} a year over three years, ${when}`;
	});
	return {
		id: 'archives',
		title: zh ? '数字化进度滞后的档案馆' : 'Archives behind the digitization pace',
		rule: target
			? zh
				? `按近三年年均进度，${fmt.year(target.year)}前达不到${goal}目标`
				: `At their last three years' pace, short of the ${goal} target by ${target.year}`
			: zh
				? '未设数字化率目标'
				: 'No digitization target is set',
		items
	};
}

/** The divisions with the lowest village archive-room coverage. */
export function coverageAttention(fmt: Format, counties: AreaCoverage[]): AttentionGroup {
	const zh = fmt.locale === 'zh';
	const lowest = [...counties]
		.filter((c) => c.units > 0)
		.sort((a, b) => a.coverage - b.coverage || a.code.localeCompare(b.code))
		.slice(0, LOWEST_COVERAGE_SHOWN);
	return {
		id: 'coverage',
		title: zh ? '村级档案室覆盖率最低的区县' : 'Lowest village archive-room coverage',
		rule: zh
			? `覆盖率最低的${LOWEST_COVERAGE_SHOWN}个区县（市）`
			: `The ${LOWEST_COVERAGE_SHOWN} county-level divisions lowest in coverage`,
		items: lowest.map((c) =>
			zh
				? `${c.name}：覆盖率${fmt.percent(c.coverage)}（${c.covered}/${c.units}个村级单位）`
				: `${c.name}: ${fmt.percent(c.coverage)} coverage (${c.covered}/${c.units} village-level units)`
		)
	};
}
