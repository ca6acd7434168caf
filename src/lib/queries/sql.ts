/** A SQL string literal; the only way user-chosen text (a unit, a district) enters a query. */
export function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

export function sqlList(values: readonly string[]): string {
	return values.map(sqlString).join(', ');
}

/** Integers from URL parameters are checked before they reach SQL. */
export function sqlInt(value: number): string {
	if (!Number.isInteger(value)) throw new Error(`不是整数：${value}`);
	return String(value);
}

/** A quoted identifier; table and column names come from the schema, never from a user. */
export function ident(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}
