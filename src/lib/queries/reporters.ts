import { CITY } from '$lib/config/city';
import { sqlString } from './sql';

/** who is expected to report a year (报送单位) */
export interface Reporter {
	/** a district's code or an archive's name: a submitter account's scope */
	scope: string;
	label: string;
	kind: 'district' | 'archive';
}

/**
 * The county-level districts of the city, and the archives the city keeps itself (its digitization
 * rows at the city's own code): a district's own archives report through the district.
 */
export function reportersSql(): string {
	return `SELECT code AS scope, name || '（' || code || '）' AS label, 'district' AS kind
		FROM divisions WHERE level = 'county'
	UNION
	SELECT DISTINCT archive, archive, 'archive' FROM digitization WHERE adcode = ${sqlString(CITY.adcode)}
	ORDER BY kind DESC, scope`;
}
