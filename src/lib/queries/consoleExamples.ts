/** Example queries of the console: each answers a question planners ask, and teaches the tables. */
export const CONSOLE_EXAMPLES = [
	{
		id: 'coverage',
		sql: `-- 各区县村级档案室覆盖率（改 2023 为要看的年份）
SELECT d.name AS 区县,
  sum(t.units) AS 村级单位,
  sum(t.units) FILTER (WHERE t.accepted_year <= 2023) AS 已建成,
  round(100.0 * coalesce(sum(t.units) FILTER (WHERE t.accepted_year <= 2023), 0) / sum(t.units), 1) AS "覆盖率%"
FROM village_tally t JOIN divisions d ON d.code = t.county_code
GROUP BY d.name
ORDER BY "覆盖率%" DESC, 区县`
	},
	{
		id: 'falls',
		sql: `-- 考核等次连续两年下降的市直机关单位
WITH g AS (
  SELECT unit, year, grade,
    list_position(['优秀', '良好', '合格', '不合格'], grade) AS r
  FROM assessments_graded WHERE sector = '市直机关'
), f AS (
  SELECT *, lag(grade) OVER w AS 上年等次,
    r > lag(r) OVER w AND lag(year) OVER w = year - 1 AS fell
  FROM g WINDOW w AS (PARTITION BY unit ORDER BY year)
)
SELECT unit AS 单位, year AS 年度, 上年等次, grade AS 等次
FROM (SELECT *, lag(fell) OVER (PARTITION BY unit ORDER BY year) AS fell_before FROM f)
WHERE fell AND fell_before
ORDER BY 年度, 单位`
	},
	{
		id: 'newRooms',
		sql: `-- 每年新建成的村级档案室（可画成折线）
SELECT accepted_year AS 年度, sum(units) AS 新建成
FROM village_tally WHERE accepted_year IS NOT NULL
GROUP BY accepted_year ORDER BY accepted_year`
	},
	{
		id: 'townships',
		sql: `-- 宁乡市各乡镇（街道）尚未建成村级档案室的村（社区）数
SELECT t.name AS 乡镇街道,
  count(*) FILTER (WHERE NOT v.covered) AS 未建成,
  count(*) AS 村级单位
FROM village_units v JOIN divisions t ON t.code = v.township_code
WHERE v.county_code = (SELECT code FROM divisions WHERE level = 'county' AND name = '宁乡市')
GROUP BY t.name
ORDER BY 未建成 DESC`
	},
	{
		id: 'digitization',
		sql: `-- 各档案馆历年馆藏数字化率（%）
SELECT archive AS 档案馆, year AS 年度,
  round(100.0 * digitized / holdings, 1) AS "数字化率%"
FROM digitization
ORDER BY 档案馆, 年度`
	},
	{
		id: 'villages',
		sql: `-- 全部村（社区）及其村级档案室状态（行多时分页显示）
SELECT * FROM village_units`
	},
	{
		id: 'summarize',
		sql: `-- 一张表各列的概况：最小、最大、空值比例…
SUMMARIZE digitization`
	}
] as const;

export type ConsoleExampleId = (typeof CONSOLE_EXAMPLES)[number]['id'];
