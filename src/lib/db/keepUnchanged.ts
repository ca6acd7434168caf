type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
	typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function equalDeep(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((item, i) => equalDeep(item, b[i]));
	if (!isPlain(a) || !isPlain(b)) return false;
	const keys = Object.keys(a);
	return (
		keys.length === Object.keys(b).length && keys.every((k) => k in b && equalDeep(a[k], b[k]))
	);
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
