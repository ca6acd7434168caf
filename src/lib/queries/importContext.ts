import { sqlList } from './sql';

/** The known divisions a new file's codes are checked against. */
export function divisionsForCheckSql(): string {
	return `SELECT code, name, level, kind, parent_code FROM divisions`;
}

/** Where each archive is, as its latest 馆藏数字化 row places it: a district's archives are its own. */
export function archivePlacesSql(): string {
	return `SELECT archive, arg_max(adcode, year) AS adcode FROM digitization GROUP BY archive ORDER BY archive`;
}

/** The names of the divisions with these codes (a scope's label needs one or two, not all). */
export function divisionNamesSql(codes: string[]): string {
	return `SELECT code, name FROM divisions WHERE code IN (${codes.length ? sqlList(codes) : 'NULL'})`;
}
