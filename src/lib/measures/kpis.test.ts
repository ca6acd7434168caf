import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { en, zh } from '$lib/i18n/messages';
import { kpiSeriesSql } from '$lib/queries/overview';
import { KPIS, type KpiYear } from './kpis';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('every headline KPI', () => {
	test('is answered by the overview’s yearly query, with a value in the latest year', async () => {
		const rows = await fixture.db.query<KpiYear>(kpiSeriesSql());
		const latest = rows.at(-1)!;
		for (const kpi of KPIS) {
			expect(latest, kpi.id).toHaveProperty(kpi.id);
			expect(latest[kpi.id], kpi.id).not.toBeNull();
		}
	});

	test('has its name in both languages', () => {
		for (const kpi of KPIS) {
			const key = `kpi.${kpi.id}` as const;
			expect(zh[key], kpi.id).toMatch(/\p{Script=Han}/u);
			expect(en[key].trim(), kpi.id).not.toBe('');
		}
	});
});
