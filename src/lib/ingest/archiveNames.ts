import type { TableDef, TypedRow, ValidationIssue } from '$lib/schema/types';
import { nameKey, nearest } from './divisionNames';
import type { ArchivePlace } from './submitterScope';

/**
 * Archive names against the archives already published: a 数字档案馆建设阶段 row must name one
 * (an error naming the nearest otherwise); a 馆藏数字化 row may add a new archive, but one a slip
 * away from a known name is a warning (the same archive twice would split its history).
 */
export function archiveNameIssues(
	file: string,
	table: TableDef,
	rows: TypedRow[],
	rowNumbers: number[],
	archives: ArchivePlace[]
): ValidationIssue[] {
	if (archives.length === 0 || !table.columns.some((c) => c.name === 'archive')) return [];
	const known = new Set(archives.map((a) => nameKey(a.archive)));
	const names = archives.map((a) => ({ name: a.archive }));
	const label = table.columns.find((c) => c.name === 'archive')!.label;
	const issues: ValidationIssue[] = [];
	const said = new Set<string>();
	rows.forEach((row, i) => {
		const archive = String(row.archive);
		if (known.has(nameKey(archive)) || said.has(archive)) return;
		const near = nearest(archive, names);
		const mustExist = table.name === 'digital_archive_stages';
		if (!mustExist && near.length === 0) return;
		said.add(archive);
		issues.push({
			severity: mustExist ? 'error' : 'warning',
			file,
			row: rowNumbers[i] ?? null,
			column: label,
			value: archive,
			rule: mustExist
				? `不在已发布的馆藏数字化表中${near.length ? `；最接近的：${near.join('、')}` : '：请先报送该馆的馆藏数字化情况'}`
				: `是新的档案馆；与已有的「${near.join('」「')}」相近，如为同一馆请用已有名称`
		});
	});
	return issues;
}
