import { test } from 'vitest';
import { openBuiltDataset } from '$lib/server/buildDatabase';
import * as o from './overview';
import * as a from './assessment';
import * as d from './digitization';
import * as v from './villages';

test('try', async () => {
	const { db } = await openBuiltDataset('static/data');
	const show = async (name: string, sql: string) => {
		const rows = await db.query(sql);
		console.log(name, rows.length, JSON.stringify(rows.slice(0, 3)));
	};
	await show('kpi', o.kpiSeriesSql());
	await show('targets', o.cityTargetsSql());
	await show('district', o.districtKpiSql({ year: 2023 }));
	await show('milestones', o.milestonesSql());
	await show('grades', a.gradeDistributionSql({ sector: null }));
	await show('sector', a.sectorSummarySql());
	await show('league', a.leagueTableSql({ year: 2023, sector: '市直机关' }));
	await show('unitScores', a.unitScoresSql({ sector: null }));
	await show('crit', a.criterionBreakdownSql({ year: 2023, sector: null }));
	await show('hist', a.unitHistorySql({ unit: '市教育局' }));
	await show('thr', a.thresholdsSql());
	await show('arch', d.archiveSeriesSql());
	await show('city', d.cityDigitizationSql());
	await show('stages', d.archiveStagesSql());
	await show('pace', d.archivePaceSql({ year: 2023 }));
	await show('cov', v.areaCoverageSql({ year: 2023, county: null }));
	await show('covT', v.areaCoverageSql({ year: 2023, county: '430121' }));
	await show('cum', v.cumulativeCoverageSql({ year: 2023 }));
	await show('list', v.villageListSql({ year: 2023, county: '430121', township: null, uncoveredOnly: true }));
});
