type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
	typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** plain loops, not `every` and `Object.keys`: a national answer holds 15,000 rows to compare */
function equalDeep(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!equalDeep(a[i], b[i])) return false;
		return true;
	}
	if (!isPlain(a) || !isPlain(b)) return false;
	let keys = 0;
	for (const key in a) {
		if (!(key in b) || !equalDeep(a[key], b[key])) return false;
		keys++;
	}
	return keys === Object.keys(b).length;
}

/**
 * A view's new answer, keeping each of its parts that equals the one before as the very same object
 * (as TanStack Query's structural sharing does): a chart fed an unchanged part is not drawn again.
 * The prerendered rows and DuckDB's first answer are equal but not the same objects; without this,
 * the first drill-down at national scale regrouped the lines of 3,000 counties that had not changed.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
	if (!isPlain(previous) || !isPlain(next)) return equalDeep(previous, next) ? previous : next;
	let changed = Object.keys(previous).length !== Object.keys(next).length;
	const kept: Plain = {};
	for (const [key, value] of Object.entries(next)) {
		const before = previous[key];
		kept[key] = key in previous && equalDeep(before, value) ? before : value;
		changed ||= kept[key] !== before;
	}
	return changed ? (kept as T) : previous;
}
