import { CITY } from '$lib/config/city';
import { normalizeHeader } from '$lib/schema/headers';
import { toHalfWidth } from '$lib/schema/parseValue';
import type { TypedRow, ValidationIssue } from '$lib/schema/types';
import { skippedRow } from '$lib/schema/validate';

/** Headers a planner's village list uses instead of the 12-digit code. */
export const NAME_HEADERS = {
	county: ['区县', '县市区', '区（县、市）', '区县（市）', '所属区县'],
	township: ['乡镇（街道）', '乡镇街道', '乡镇', '街道', '所属乡镇'],
	village: ['村（社区）', '村名', '村', '社区', '村（居）', '村（社区）名称', '村级单位']
} as const;

type Level = keyof typeof NAME_HEADERS;

/** `黄花村村民委员会`, `黄花村委会` and `黄花村` are one village; `排头社区委员会` is `排头社区`. */
export function nameKey(name: string): string {
	return toHalfWidth(name)
		.replace(/\s+/g, '')
		.replace(/(村民委员会|村委会)$/, '村')
		.replace(/(居民委员会|居委会|委员会)$/, '')
		.replace(/村村$/, '村');
}

/** Edit distance between two names, for the nearest known names. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

interface Division {
	code: string;
	name: string;
	parent: string;
}

function atLevel(divisions: readonly TypedRow[], level: string): Division[] {
	return divisions
		.filter((d) => d.level === level)
		.map((d) => ({ code: String(d.code), name: String(d.name), parent: String(d.parent_code) }));
}

/** the known names nearest a name written with a slip, closest first */
export function nearest(name: string, among: { name: string }[], limit = 3): string[] {
	const key = nameKey(name);
	return (
		among
			.map((d) => ({ name: d.name, distance: editDistance(key, nameKey(d.name)) }))
			// one slip in three characters: 黄材乡 → 黄材镇, but not 沙田乡
			.filter((d) => d.distance <= Math.max(1, Math.floor(key.length / 3)))
			.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'zh-CN'))
			.slice(0, limit)
			.map((d) => d.name)
	);
}

function columnOf(headers: string[], level: Level): number {
	const wanted = new Set(NAME_HEADERS[level].map(normalizeHeader));
	return headers.findIndex((h) => wanted.has(normalizeHeader(h)));
}

/** Whether a header names villages by name rather than by code. */
export function hasVillageNames(headers: string[]): boolean {
	return columnOf(headers, 'village') >= 0;
}

export interface ResolvedCodes {
	/** one code per data row; '' where the names did not resolve */
	codes: string[];
	issues: ValidationIssue[];
	/** the columns used, so they are not reported as unknown */
	used: string[];
}

/**
 * Village codes from the names a planner wrote: the village within its township within its county
 * (each level optional above the village, but a name must be unique where it is looked up). An
 * unknown or ambiguous name is an error that names the nearest known names.
 */
export function resolveVillageCodes(
	file: string,
	headers: string[],
	rows: string[][],
	firstRow: number,
	divisions: readonly TypedRow[]
): ResolvedCodes {
	const counties = atLevel(divisions, 'county');
	const townships = atLevel(divisions, 'township');
	const villages = atLevel(divisions, 'village');
	const at = {
		county: columnOf(headers, 'county'),
		township: columnOf(headers, 'township'),
		village: columnOf(headers, 'village')
	};
	const issues: ValidationIssue[] = [];
	const codes = rows.map((cells, index) => {
		const row = firstRow + index;
		const cell = (level: Level) => (at[level] >= 0 ? (cells[at[level]] ?? '').trim() : '');
		const fail = (level: Level, value: string, rule: string) => {
			issues.push({ severity: 'error', file, row, column: headers[at[level]], value, rule });
			return '';
		};
		const find = (level: Level, among: Division[], where: string) => {
			const value = cell(level);
			const hits = among.filter((d) => nameKey(d.name) === nameKey(value));
			if (hits.length === 1) return hits[0];
			if (hits.length > 1) {
				fail(level, value, `在${where}有 ${hits.length} 个同名单位，请同时填写上一级名称`);
				return null;
			}
			const near = nearest(value, among);
			fail(level, value, `不在${where}${near.length ? `；最接近的：${near.join('、')}` : ''}`);
			return null;
		};
		if (cell('village') === '' || skippedRow(cells) !== null) return '';
		let scope = villages;
		let where = '行政区划表中';
		if (cell('county') !== '') {
			const county = find('county', counties, `${CITY.name}的区县中`);
			if (!county) return '';
			scope = scope.filter((v) => v.code.startsWith(county.code));
			where = `${county.name}的村（社区）中`;
			if (cell('township') !== '') {
				const township = find(
					'township',
					townships.filter((t) => t.parent === county.code),
					`${county.name}的乡镇（街道）中`
				);
				if (!township) return '';
				scope = scope.filter((v) => v.parent === township.code);
				where = `${county.name}${township.name}的村（社区）中`;
			}
		} else if (cell('township') !== '') {
			const township = find('township', townships, '行政区划表的乡镇（街道）中');
			if (!township) return '';
			scope = scope.filter((v) => v.parent === township.code);
			where = `${township.name}的村（社区）中`;
		}
		return find('village', scope, where)?.code ?? '';
	});
	const used = (['county', 'township', 'village'] as const)
		.filter((level) => at[level] >= 0)
		.map((level) => headers[at[level]]);
	return { codes, issues, used };
}

/** Whether a header names each row's district (所属区县) rather than giving its code. */
export function hasDistrictNames(headers: string[]): boolean {
	return columnOf(headers, 'county') >= 0;
}

/** `浏阳`, `浏阳市` and `浏阳市档案局` all name 浏阳市 */
const bareDistrict = (name: string) =>
	nameKey(name)
		.replace(/(档案局|档案馆)$/, '')
		.replace(/[区县市]$/, '');

/**
 * District codes (区划代码) from the 所属区县 names a district's sheet gives instead: a name is
 * matched whole, or without its 区/县/市; an unknown name is an error naming the nearest.
 */
export function resolveDistrictCodes(
	file: string,
	headers: string[],
	rows: string[][],
	firstRow: number,
	divisions: readonly TypedRow[]
): ResolvedCodes {
	const counties = atLevel(divisions, 'county');
	const at = columnOf(headers, 'county');
	const issues: ValidationIssue[] = [];
	const codes = rows.map((cells, index) => {
		const value = (cells[at] ?? '').trim();
		if (value === '' || skippedRow(cells) !== null) return '';
		const hits = counties.filter((c) => nameKey(c.name) === nameKey(value));
		const loose = hits.length
			? hits
			: counties.filter((c) => bareDistrict(c.name) === bareDistrict(value));
		if (loose.length === 1) return loose[0].code;
		const near = nearest(value, counties);
		issues.push({
			severity: 'error',
			file,
			row: firstRow + index,
			column: headers[at],
			value,
			rule: `不在${CITY.name}的区县中${near.length ? `；最接近的：${near.join('、')}` : ''}`
		});
		return '';
	});
	return { codes, issues, used: [headers[at]] };
}
