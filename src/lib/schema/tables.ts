import type { ColumnDef, TableDef } from './types';

const provenance: ColumnDef = {
	name: 'provenance',
	label: '数据性质',
	labelEn: 'Provenance',
	type: 'enum',
	required: true,
	aliases: ['来源性质', '数据类别'],
	values: ['official', 'estimate', 'sample'],
	description: 'official = 官方公开数据；estimate = 估算；sample = 示例数据'
};

const source: ColumnDef = {
	name: 'source',
	label: '资料来源',
	labelEn: 'Source',
	type: 'text',
	required: true,
	aliases: ['来源', '数据来源'],
	maxLength: 500,
	description: '文件、报表或“示例数据”'
};

const year: ColumnDef = {
	name: 'year',
	label: '年度',
	labelEn: 'Year',
	type: 'integer',
	required: true,
	aliases: ['年份', '统计年度'],
	min: 2000,
	max: 2100,
	description: '统计年度（年末数）'
};

const adcode = (required: boolean): ColumnDef => ({
	name: 'adcode',
	label: '区划代码',
	labelEn: 'Division code',
	type: 'text',
	required,
	aliases: ['行政区划代码', '统计用区划代码'],
	pattern: { regex: /^\d{6}$/, rule: '应为6位区划代码' },
	description: '县级（或市级 430100）统计用区划代码'
});

export const ASSESSMENT_SECTORS = ['市直机关', '市属企业', '区县'] as const;
export const GRADES = ['优秀', '良好', '合格', '不合格'] as const;
export const ARCHIVE_STAGES = ['规划', '建设中', '测试', '国家级', '全国示范'] as const;
export const VILLAGE_STATUSES = ['未启动', '建设中', '自查完成', '验收通过', '示范'] as const;
/** statuses that count a village-level unit as covered by an archive room */
export const COVERED_STATUSES = ['验收通过', '示范'] as const;

export const divisions: TableDef = {
	name: 'divisions',
	label: '行政区划',
	labelEn: 'Divisions',
	description:
		'国家统计局统计用区划代码（县级、乡级、村级），是覆盖率的真实分母；出处与许可见“关于 / 数据说明”',
	descriptionEn:
		"The National Bureau of Statistics' statistical division codes (county, township and village level), the true denominator of coverage; origin and licence on the About page",
	key: ['code'],
	columns: [
		{
			name: 'code',
			label: '区划代码',
			labelEn: 'Code',
			type: 'text',
			required: true,
			aliases: ['统计用区划代码', '代码'],
			pattern: { regex: /^(\d{6}|\d{9}|\d{12})$/, rule: '应为6、9或12位区划代码' },
			description: '县级6位、乡级9位、村级12位'
		},
		{
			name: 'name',
			label: '名称',
			labelEn: 'Name',
			type: 'text',
			required: true,
			aliases: ['区划名称'],
			description: '区划名称'
		},
		{
			name: 'level',
			label: '层级',
			labelEn: 'Level',
			type: 'enum',
			required: true,
			aliases: [],
			values: ['county', 'township', 'village'],
			description: 'county 县级 / township 乡级 / village 村级'
		},
		{
			name: 'kind',
			label: '类别',
			labelEn: 'Kind',
			type: 'enum',
			required: true,
			aliases: [],
			values: ['区', '县', '县级市', '街道', '镇', '乡', '村', '社区'],
			description: '区/县/县级市/街道/镇/乡/村/社区'
		},
		{
			name: 'parent_code',
			label: '上级代码',
			labelEn: 'Parent code',
			type: 'text',
			required: true,
			aliases: ['上级区划代码'],
			pattern: { regex: /^\d{4,9}$/, rule: '应为上级区划代码' },
			description: '上级区划代码（县级为地级市4位代码）'
		}
	]
};

export const assessments: TableDef = {
	name: 'assessments',
	label: '档案工作考核',
	labelEn: 'Work assessments',
	description: '每个被考核单位每年一行：得分与等次（等次空缺时按等次标准推算）',
	descriptionEn:
		'One row per assessed unit and year: score and grade (a missing grade is derived from the thresholds)',
	key: ['year', 'unit'],
	replaceBy: ['year', 'sector'],
	columns: [
		year,
		{
			name: 'unit',
			label: '单位',
			labelEn: 'Unit',
			type: 'text',
			required: true,
			aliases: ['单位名称', '被考核单位'],
			description: '被考核单位全称'
		},
		{
			name: 'sector',
			label: '类别',
			labelEn: 'Sector',
			type: 'enum',
			required: true,
			aliases: ['单位类别'],
			values: ASSESSMENT_SECTORS,
			description: '市直机关 / 市属企业 / 区县'
		},
		adcode(false),
		{
			name: 'score',
			label: '得分',
			labelEn: 'Score',
			type: 'number',
			required: true,
			unit: '分',
			aliases: ['总分', '考核得分'],
			min: 0,
			max: 100,
			description: '百分制总分'
		},
		{
			name: 'grade',
			label: '等次',
			labelEn: 'Grade',
			type: 'enum',
			required: false,
			aliases: ['等级', '考核等次'],
			values: GRADES,
			description: '空缺时按「等次标准」由得分推算；与得分不符时给出警告'
		},
		provenance,
		source
	]
};

export const assessmentItems: TableDef = {
	name: 'assessment_items',
	label: '考核细项得分',
	labelEn: 'Assessment criteria',
	description: '各单位各考核指标的得分与满分，用于说明失分原因',
	descriptionEn:
		"Each unit's score and maximum on each assessment criterion, to show where points were lost",
	key: ['year', 'unit', 'criterion'],
	replaceBy: ['year', 'unit'],
	columns: [
		year,
		{
			name: 'unit',
			label: '单位',
			labelEn: 'Unit',
			type: 'text',
			required: true,
			aliases: ['单位名称', '被考核单位'],
			description: '被考核单位全称'
		},
		{
			name: 'criterion',
			label: '考核指标',
			labelEn: 'Criterion',
			type: 'text',
			required: true,
			aliases: ['指标', '考核项目'],
			description: '考核指标名称'
		},
		{
			name: 'score',
			label: '得分',
			labelEn: 'Score',
			type: 'number',
			required: true,
			unit: '分',
			aliases: ['指标得分'],
			min: 0,
			max: 100,
			description: '该指标得分'
		},
		{
			name: 'max_score',
			label: '满分',
			labelEn: 'Max score',
			type: 'number',
			required: true,
			unit: '分',
			aliases: ['分值', '标准分'],
			min: 0.1,
			max: 100,
			description: '该指标满分'
		},
		provenance,
		source
	]
};

export const gradeThresholds: TableDef = {
	name: 'grade_thresholds',
	label: '等次标准',
	labelEn: 'Grade thresholds',
	description: '各等次的最低分：默认 优秀≥90，良好≥80，合格≥60，其余不合格',
	descriptionEn:
		'The lowest score of each grade: by default excellent ≥ 90, good ≥ 80, pass ≥ 60, otherwise fail',
	key: ['scheme', 'grade'],
	replaceBy: ['scheme'],
	columns: [
		{
			name: 'scheme',
			label: '标准名称',
			labelEn: 'Scheme',
			type: 'text',
			required: true,
			aliases: ['方案'],
			description: '标准名称，默认 default'
		},
		{
			name: 'grade',
			label: '等次',
			labelEn: 'Grade',
			type: 'enum',
			required: true,
			aliases: ['等级'],
			values: GRADES,
			description: '等次'
		},
		{
			name: 'min_score',
			label: '最低分',
			labelEn: 'Minimum score',
			type: 'number',
			required: true,
			unit: '分',
			aliases: ['分数线'],
			min: 0,
			max: 100,
			description: '达到该等次的最低得分（含）'
		},
		source
	]
};

export const digitization: TableDef = {
	name: 'digitization',
	label: '馆藏数字化',
	labelEn: 'Digitization',
	description: '每个档案馆每年一行，年末数',
	descriptionEn: 'One row per archive and year, as at the year end',
	key: ['year', 'archive'],
	districtFromNames: 'adcode',
	columns: [
		year,
		{
			name: 'archive',
			label: '档案馆',
			labelEn: 'Archive',
			type: 'text',
			required: true,
			aliases: ['档案馆名称'],
			description: '档案馆名称'
		},
		adcode(true),
		{
			name: 'holdings',
			label: '馆藏档案',
			labelEn: 'Holdings',
			type: 'integer',
			required: true,
			unit: '卷件',
			aliases: ['馆藏', '馆藏档案（卷件）', '馆藏（卷件）'],
			min: 0,
			max: 1e9,
			description: '年末馆藏档案（卷、件）'
		},
		{
			name: 'digitized',
			label: '已数字化',
			labelEn: 'Digitized',
			type: 'integer',
			required: true,
			unit: '卷件',
			aliases: ['已数字化（卷件）', '数字化（卷件）'],
			min: 0,
			max: 1e9,
			description: '年末已数字化档案（卷、件），不得超过馆藏'
		},
		{
			name: 'pages',
			label: '数字化页数',
			labelEn: 'Pages',
			type: 'integer',
			required: false,
			unit: '页',
			aliases: ['页数'],
			min: 0,
			max: 1e12,
			description: '已数字化页数（可空）'
		},
		{
			name: 'digital_copy_gb',
			label: '数字化副本',
			labelEn: 'Digital copies',
			type: 'number',
			required: true,
			unit: 'GB',
			aliases: ['数字化副本（GB）', '数字化副本容量'],
			min: 0,
			max: 1e9,
			description: '数字化副本容量（GB）'
		},
		{
			name: 'electronic_gb',
			label: '电子档案',
			labelEn: 'Born-digital records',
			type: 'number',
			required: false,
			unit: 'GB',
			aliases: ['电子档案（GB）'],
			min: 0,
			max: 1e9,
			description: '电子档案容量（GB，可空）'
		},
		provenance,
		source
	]
};

export const digitalArchiveStages: TableDef = {
	name: 'digital_archive_stages',
	label: '数字档案馆建设阶段',
	labelEn: 'Digital archive stages',
	description: '每个档案馆每达到一个阶段一行：规划 → 建设中 → 测试 → 国家级 → 全国示范',
	descriptionEn:
		'One row per archive and stage reached: planned → under construction → tested → national level → national model',
	key: ['archive', 'stage'],
	replaceBy: ['archive'],
	columns: [
		{
			name: 'archive',
			label: '档案馆',
			labelEn: 'Archive',
			type: 'text',
			required: true,
			aliases: ['档案馆名称'],
			description: '档案馆名称'
		},
		{
			name: 'stage',
			label: '阶段',
			labelEn: 'Stage',
			type: 'enum',
			required: true,
			aliases: ['建设阶段', '建设状态'],
			values: ARCHIVE_STAGES,
			description: '规划 / 建设中 / 测试 / 国家级 / 全国示范'
		},
		{
			name: 'date',
			label: '日期',
			labelEn: 'Date',
			type: 'partialDate',
			required: false,
			aliases: ['时间', '达到时间'],
			description: '达到该阶段的日期，按来源精度（年、年月或年月日）；来源未载日期时留空'
		},
		{
			name: 'test_score',
			label: '测试得分',
			labelEn: 'Test score',
			type: 'number',
			required: false,
			unit: '分',
			aliases: ['测试分数'],
			min: 0,
			max: 100,
			description: '系统测试得分（国家级≥80，全国示范≥90）'
		},
		provenance,
		source
	]
};

export const villageRooms: TableDef = {
	name: 'village_rooms',
	label: '村级档案室',
	labelEn: 'Village archive rooms',
	description:
		'每个已启动建设的村级单位一行；覆盖率按「验收日期」计：一个村后来成为示范，仍从验收那年起计入覆盖',
	descriptionEn:
		'One row per village-level unit whose room has started; coverage counts from the acceptance date, even if the room later became a model',
	key: ['village_code'],
	codeFromNames: 'village_code',
	columns: [
		{
			name: 'village_code',
			label: '村代码',
			labelEn: 'Village code',
			type: 'text',
			required: true,
			aliases: ['统计用区划代码', '村级区划代码'],
			pattern: { regex: /^\d{12}$/, rule: '应为12位统计用区划代码' },
			description: '村（社区）12位统计用区划代码'
		},
		{
			name: 'status',
			label: '状态',
			labelEn: 'Status',
			type: 'enum',
			required: true,
			aliases: ['建设状态'],
			values: VILLAGE_STATUSES,
			description: '未启动 / 建设中 / 自查完成 / 验收通过 / 示范'
		},
		{
			name: 'status_date',
			label: '状态日期',
			labelEn: 'Status date',
			type: 'date',
			required: true,
			aliases: ['完成时间', '日期'],
			defaultFrom: 'accepted_date',
			description: '达到当前状态的日期；文件没有此列时取验收日期'
		},
		{
			name: 'accepted_date',
			label: '验收日期',
			labelEn: 'Acceptance date',
			type: 'date',
			required: false,
			aliases: ['验收时间'],
			description: '验收通过的日期；状态为验收通过或示范时必填'
		},
		{
			name: 'pilot_batch',
			label: '试点批次',
			labelEn: 'Pilot batch',
			type: 'integer',
			required: true,
			aliases: ['批次'],
			min: 1,
			max: 20,
			description: '试点批次（第1批始于2020年7月）'
		},
		provenance,
		source
	]
};

export const targets: TableDef = {
	name: 'targets',
	label: '规划目标',
	labelEn: 'Targets',
	description: '规划指标的目标值，如“十四五”规划2025年目标',
	descriptionEn: 'Plan targets, such as the 14th Five-Year Plan targets for 2025',
	key: ['indicator', 'scope', 'year'],
	columns: [
		{
			name: 'indicator',
			label: '指标',
			labelEn: 'Indicator',
			type: 'enum',
			required: true,
			aliases: ['指标名称'],
			values: [
				'excellent_rate',
				'average_score',
				'digitization_rate',
				'digital_copy_tb',
				'village_coverage',
				'national_archives'
			],
			description: '指标代码（见度量定义）'
		},
		{
			name: 'scope',
			label: '范围',
			labelEn: 'Scope',
			type: 'text',
			required: true,
			aliases: [],
			description: 'city（全市）、区划代码或档案馆名称'
		},
		year,
		{
			name: 'target',
			label: '目标值',
			labelEn: 'Target',
			type: 'number',
			required: true,
			aliases: ['目标'],
			min: 0,
			max: 100000,
			description: '比率以小数计（0.8 = 80%），分数按分计，数字化副本按 TB 计，数字档案馆按个计'
		},
		provenance,
		source
	]
};

export const milestones: TableDef = {
	name: 'milestones',
	label: '大事记',
	labelEn: 'Milestones',
	description: '总览与时间线上标注的大事',
	descriptionEn: 'Events marked on the overview and on timelines',
	key: ['date', 'title'],
	columns: [
		{
			name: 'date',
			label: '日期',
			labelEn: 'Date',
			type: 'partialDate',
			required: true,
			aliases: ['时间'],
			description: '按来源精度（年、年月或年月日）'
		},
		{
			name: 'area',
			label: '领域',
			labelEn: 'Area',
			type: 'enum',
			required: true,
			aliases: [],
			values: ['assessment', 'digitization', 'villages', 'general'],
			description: 'assessment / digitization / villages / general'
		},
		{
			name: 'title',
			label: '标题',
			labelEn: 'Title',
			type: 'text',
			required: true,
			aliases: [],
			description: '事项'
		},
		{
			name: 'detail',
			label: '说明',
			labelEn: 'Detail',
			type: 'text',
			required: false,
			aliases: [],
			maxLength: 2000,
			description: '补充说明'
		},
		provenance,
		source
	]
};

export const officialFigures: TableDef = {
	name: 'official_figures',
	label: '公开数字',
	labelEn: 'Reported figures',
	description:
		'来源文件直接给出的汇总数字（如长沙县已建成村级档案室203个），用于核对明细数据并标明官方口径',
	descriptionEn:
		'Totals the source documents state directly (such as the 203 village rooms completed in Changsha County), to check the detailed data against and to mark the official figures',
	key: ['indicator', 'scope', 'year'],
	columns: [
		{
			name: 'indicator',
			label: '指标',
			labelEn: 'Indicator',
			type: 'text',
			required: true,
			aliases: [],
			description: '指标代码，如 village_rooms_completed'
		},
		{
			name: 'scope',
			label: '范围',
			labelEn: 'Scope',
			type: 'text',
			required: true,
			aliases: [],
			description: 'city 或区划代码'
		},
		year,
		{
			name: 'value',
			label: '数值',
			labelEn: 'Value',
			type: 'number',
			required: true,
			aliases: [],
			min: 0,
			max: 1e12,
			description: '数值'
		},
		{
			name: 'unit',
			label: '单位',
			labelEn: 'Unit',
			type: 'text',
			required: true,
			aliases: [],
			description: '计量单位'
		},
		provenance,
		source
	]
};

/** every table, in load order */
export const TABLES: readonly TableDef[] = [
	divisions,
	gradeThresholds,
	assessments,
	assessmentItems,
	digitization,
	digitalArchiveStages,
	villageRooms,
	targets,
	milestones,
	officialFigures
];

export function tableByName(name: string): TableDef | undefined {
	return TABLES.find((t) => t.name === name);
}
