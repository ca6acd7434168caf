export type Provenance = 'official' | 'estimate' | 'sample';
export const PROVENANCES: readonly Provenance[] = ['official', 'estimate', 'sample'];

/**
 * `partialDate` keeps the precision the source wrote (`2020`, `2020-11`, `2020-11-05`): the source
 * document dates the 全国示范 test to a month, and inventing a day would misstate it.
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'date' | 'partialDate' | 'enum';

export interface ColumnDef {
	/** canonical snake_case name: the DuckDB column */
	name: string;
	/** Chinese header used in templates and messages */
	label: string;
	labelEn: string;
	type: ColumnType;
	required: boolean;
	/** unit in which the value is stored */
	unit?: string;
	/** header variants planners write, besides `label` */
	aliases: string[];
	min?: number;
	max?: number;
	values?: readonly string[];
	/** when a file has no such column, each row takes this column's value (a list with only 验收时间) */
	defaultFrom?: string;
	/** longest text value, in characters: `TEXT_MAX_CHARS` unless said */
	maxLength?: number;
	/** regular expression a text value must match, and the rule in words */
	pattern?: { regex: RegExp; rule: string };
	description: string;
}

export interface TableDef {
	name: string;
	label: string;
	labelEn: string;
	description: string;
	descriptionEn: string;
	key: string[];
	/**
	 * What an imported file replaces: every loaded row whose values in these columns match a row of the
	 * file (a corrected 2024 市直机关 list drops units no longer on it). Defaults to the key: upsert.
	 */
	replaceBy?: string[];
	/** a code column a file may leave out when it names the villages (区县, 乡镇（街道）, 村（社区）) */
	codeFromNames?: string;
	/** a district code column a file may leave out when it names each row's 所属区县 */
	districtFromNames?: string;
	columns: ColumnDef[];
}

export type CellValue = string | number | null;
export type TypedRow = Record<string, CellValue>;

export type Severity = 'error' | 'warning';

export interface ValidationIssue {
	severity: Severity;
	file: string;
	/** row as the spreadsheet numbers it (header is row 1 in a plain CSV); null for whole-file issues */
	row: number | null;
	/** column as the file heads it */
	column: string | null;
	value: string | null;
	rule: string;
}

/** A table with its rows as loaded: what the dataset exports write. */
export interface TableRows {
	table: TableDef;
	rows: TypedRow[];
}
