import { COVERED_STATUSES, GRADES } from './tables';
import type { TypedRow } from './types';

export interface GradeThreshold {
	grade: string;
	min_score: number;
}

/** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格: the default of the `grade_thresholds` table. */
export const DEFAULT_GRADE_THRESHOLDS: readonly GradeThreshold[] = [
	{ grade: '优秀', min_score: 90 },
	{ grade: '良好', min_score: 80 },
	{ grade: '合格', min_score: 60 },
	{ grade: '不合格', min_score: 0 }
];

export function gradeForScore(score: number, thresholds: readonly GradeThreshold[]): string {
	const sorted = [...thresholds].sort((a, b) => b.min_score - a.min_score);
	return sorted.find((t) => score >= t.min_score)?.grade ?? GRADES[GRADES.length - 1];
}

export interface RowProblem {
	column: string;
	rule: string;
	severity: 'error' | 'warning';
}

export interface RuleContext {
	gradeThresholds: readonly GradeThreshold[];
}

type RowRule = (row: TypedRow, context: RuleContext) => RowProblem[];

/** Rules across the columns of one row, by table; single-cell rules live in the column definitions. */
export const ROW_RULES: Record<string, RowRule> = {
	assessments(row, { gradeThresholds }) {
		if (row.grade === null || row.score === null) return [];
		const expected = gradeForScore(Number(row.score), gradeThresholds);
		return expected === row.grade
			? []
			: [
					{
						column: 'grade',
						severity: 'warning',
						rule: `与得分 ${row.score} 不符（按等次标准应为「${expected}」），以填报的等次为准`
					}
				];
	},
	assessment_items(row) {
		return Number(row.score) > Number(row.max_score)
			? [{ column: 'score', severity: 'error', rule: `超过该指标满分 ${row.max_score}` }]
			: [];
	},
	digitization(row) {
		return Number(row.digitized) > Number(row.holdings)
			? [{ column: 'digitized', severity: 'error', rule: `超过馆藏档案 ${row.holdings}` }]
			: [];
	},
	village_rooms(row) {
		const covered = (COVERED_STATUSES as readonly string[]).includes(String(row.status));
		if (covered && row.accepted_date === null) {
			return [
				{ column: 'accepted_date', severity: 'error', rule: `状态为「${row.status}」时必填` }
			];
		}
		if (
			row.accepted_date !== null &&
			row.status_date !== null &&
			String(row.accepted_date) > String(row.status_date)
		) {
			return [{ column: 'accepted_date', severity: 'error', rule: '晚于状态日期' }];
		}
		return [];
	}
};
