/** The known divisions a new file's codes are checked against. */
export function divisionsForCheckSql(): string {
	return `SELECT code, name, level, kind, parent_code FROM divisions`;
}
