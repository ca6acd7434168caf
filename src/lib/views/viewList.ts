import type { MessageKey } from '$lib/i18n/messages';

interface ViewEntry {
	/** the name its data and rendered-ahead files go by */
	id: string;
	path: '/' | '/assessment' | '/digitization' | '/villages' | '/explore' | '/data' | '/present';
	/** its name in the menu */
	nav: MessageKey;
	/** a section of the annual report pack, named as a report names it */
	report?: MessageKey;
	/** the tables whose import it shows: the import panel links there to see what changed */
	tables?: readonly string[];
	/** its default state is rendered ahead for every statistical year: a year chosen before DuckDB
	 * is ready is shown from there at once, instead of waiting seconds for the engine */
	ahead?: true;
}

/**
 * Every view of the dashboard, in menu order: the menu, the links between views, the report pack,
 * the import panel, the years rendered ahead and the end-to-end tests are all read from here.
 */
export const VIEWS = [
	{ id: 'overview', path: '/', nav: 'nav.overview', report: 'report.area.overview', ahead: true },
	{
		id: 'assessment',
		path: '/assessment',
		nav: 'nav.assessment',
		report: 'report.area.assessment',
		tables: ['assessments', 'assessment_items', 'grade_thresholds'],
		ahead: true
	},
	{
		id: 'digitization',
		path: '/digitization',
		nav: 'nav.digitization',
		report: 'report.area.digitization',
		tables: ['digitization', 'digital_archive_stages'],
		ahead: true
	},
	{
		id: 'villages',
		path: '/villages',
		nav: 'nav.villages',
		report: 'report.area.villages',
		tables: ['village_rooms', 'divisions'],
		ahead: true
	},
	{ id: 'explore', path: '/explore', nav: 'nav.explore' },
	{ id: 'data', path: '/data', nav: 'nav.data' },
	{ id: 'present', path: '/present', nav: 'nav.present', ahead: true }
] as const satisfies readonly ViewEntry[];

export type View = (typeof VIEWS)[number];
export type ViewPath = View['path'];
export type AheadView = Extract<View, { ahead: true }>['id'];

export const AHEAD_VIEWS = VIEWS.flatMap((v) => ('ahead' in v ? [v.id] : [])) as AheadView[];
export const REPORT_VIEWS = VIEWS.filter((v) => 'report' in v) as Extract<
	View,
	{ report: string }
>[];

/** the view that shows a table's rows, if one does */
export const viewOfTable = (table: string) =>
	VIEWS.find((v) => 'tables' in v && (v.tables as readonly string[]).includes(table));
