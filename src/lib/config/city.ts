/**
 * The city this deployment is for. Another city changes this file and its data/, nothing else.
 */
export const CITY = {
	name: '长沙市',
	nameEn: 'Changsha',
	adcode: '430100',
	/** who issues the report chapter (its title block) */
	issuer: '长沙市档案局',
	/**
	 * The report chapter's typefaces, as the bureau's document rules name them: 黑体 for 一、
	 * headings, 楷体 for （一） headings, 仿宋 (or 宋体) for body text.
	 */
	reportFonts: { heading: '黑体', subheading: '楷体', body: '仿宋', title: '宋体' },
	/** the city's own comprehensive archive, drawn bold among the archives */
	mainArchive: '长沙市档案馆',
	/**
	 * Schematic tile positions [column, row] of the county-level divisions, in rough geographic order
	 * (west → east, north → south). Not boundaries: no 审图号 is needed.
	 */
	tiles: {
		'430112': [1, 0], // 望城区
		'430105': [2, 0], // 开福区
		'430121': [3, 0], // 长沙县
		'430182': [0, 1], // 宁乡市
		'430104': [1, 1], // 岳麓区
		'430102': [2, 1], // 芙蓉区
		'430111': [3, 1], // 雨花区
		'430181': [4, 1], // 浏阳市
		'430103': [2, 2] // 天心区
	} as Record<string, [number, number]>
};
