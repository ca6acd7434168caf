import { DERIVED_DESCRIPTIONS } from './derivedDescriptions';
import { TABLES } from './tables';
import type { ColumnDef } from './types';

/** A column's rule in words, for the data dictionary page and `data/README.md`. */
export function columnRule(column: ColumnDef): string {
	const parts: string[] = [];
	if (column.values) parts.push(column.values.join(' / '));
	if (column.min !== undefined || column.max !== undefined) {
		parts.push(`${column.min ?? '−∞'}–${column.max ?? '∞'}`);
	}
	if (column.pattern) parts.push(column.pattern.rule);
	return parts.join('；');
}

/** a loaded table's or view's name in Chinese and what it holds */
export function tableDescription(name: string): { label: string; description: string } | null {
	return TABLES.find((t) => t.name === name) ?? DERIVED_DESCRIPTIONS[name] ?? null;
}

/** a column's Chinese name and meaning: its table's, else the derived table's, else its source's */
export function columnDescription(table: string, column: string): string | null {
	const own = TABLES.find((t) => t.name === table)?.columns.find((c) => c.name === column);
	if (own) return `${own.label}：${own.description}`;
	const derived = DERIVED_DESCRIPTIONS[table]?.columns[column];
	if (derived) return derived;
	const source = TABLES.flatMap((t) => t.columns).find((c) => c.name === column);
	return source ? `${source.label}：${source.description}` : null;
}
