/**
 * The filters of every view live in the URL (?year=2022&sector=市直机关), so a view can be bookmarked
 * and sent. Values are checked here before they reach a query.
 */
export function readYear(url: URL, name = 'year'): number | null {
	const value = Number(url.searchParams.get(name));
	return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : null;
}

export function readChoice<T extends string>(
	url: URL,
	name: string,
	allowed: readonly T[]
): T | null {
	const value = url.searchParams.get(name);
	return allowed.includes(value as T) ? (value as T) : null;
}

export function readCode(url: URL, name: string, digits: number): string | null {
	const value = url.searchParams.get(name);
	return value !== null && new RegExp(`^\\d{${digits}}$`).test(value) ? value : null;
}

export function readText(url: URL, name: string): string | null {
	const value = url.searchParams.get(name)?.trim();
	return value ? value.slice(0, 200) : null;
}

/** a range of scores such as `?scores=84-86`, low end first, both within 0–100 */
export function readScoreRange(url: URL, name: string): [number, number] | null {
	const match = /^(\d{1,3}(?:\.\d+)?)-(\d{1,3}(?:\.\d+)?)$/.exec(url.searchParams.get(name) ?? '');
	if (!match) return null;
	const [low, high] = [Number(match[1]), Number(match[2])];
	return low < high && high <= 100 ? [low, high] : null;
}

/** the query string of `url` with `changes` applied (null removes a parameter) */
export function withParams(url: URL, changes: Record<string, string | number | null>): string {
	const params = new URLSearchParams(url.searchParams);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) params.delete(name);
		else params.set(name, String(value));
	}
	const query = params.toString();
	return query ? `?${query}` : url.pathname;
}
