/**
 * The statistical years on record: those with assessment or digitization figures, or a village room
 * accepted (a planner may import this year's village list before the other statistics).
 */
export function statisticalYearsSql(): string {
	return `SELECT year FROM assessments
	UNION SELECT year FROM digitization
	UNION SELECT year(accepted_date) FROM village_rooms WHERE accepted_date IS NOT NULL
	ORDER BY year`;
}

/** The chosen year if it is on record, else the latest (the default view), else null. */
export function pickYear(years: number[], wanted: number | null): number | null {
	if (wanted !== null && years.includes(wanted)) return wanted;
	return years.at(-1) ?? null;
}
