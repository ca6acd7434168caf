import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureDeck } from '../../../tests/fixtures/openFixture';
import type { PresentationData } from '$lib/views/presentation';
import {
	createSnapshot,
	parseSnapshot,
	serializeSnapshot,
	snapshotFileName,
	SNAPSHOT_VERSION
} from './meetingSnapshot';

let deck: PresentationData;
beforeAll(async () => {
	deck = await fixtureDeck();
});

describe('the deck’s data and a meeting snapshot of it', () => {
	test('loadPresentation answers for the latest year, with what the closing slide needs', () => {
		expect(deck.year).toBe(2023);
		expect(deck.unitsNeedingAttention.map((u) => u.unit)).toEqual(['丙集团', '乙局']);
		expect(deck.pace.map((p) => [p.archive, p.reach_year, p.target_year])).toEqual([
			['市馆', 2024, 2025],
			['县馆', 2029, 2025]
		]);
		expect(deck.counties.length).toBeGreaterThan(0);
		expect(deck.grades.every((g) => g.year <= 2023)).toBe(true);
	});

	test('a snapshot survives its file byte for byte and names itself', () => {
		const now = new Date('2026-11-25T09:30:00Z');
		const snapshot = createSnapshot(
			' 11月 党组会 ',
			deck,
			{ year: 2023, locale: 'zh' },
			['a.csv'],
			now
		);
		expect(snapshot.name).toBe('11月 党组会');
		expect(snapshot.createdAt).toBe('2026-11-25T09:30:00.000Z');
		expect(snapshotFileName(snapshot)).toBe('会议快照_11月_党组会.json');
		const back = parseSnapshot(serializeSnapshot(snapshot), 'x.json');
		expect(back).toEqual(snapshot);
		// Excel-style BOM in front is tolerated
		expect(parseSnapshot(`\uFEFF${serializeSnapshot(snapshot)}`, 'x.json')).toEqual(snapshot);
	});

	test('a bad file is refused with a message naming the file and what is wrong', () => {
		const good = JSON.parse(
			serializeSnapshot(createSnapshot('会', deck, { year: 2023, locale: 'zh' }, []))
		);
		const refuse = (value: unknown) => () =>
			parseSnapshot(typeof value === 'string' ? value : JSON.stringify(value), '会议.json');
		expect(refuse('{ not json')).toThrow(/^快照文件“会议.json”无法读取：不是有效的 JSON/);
		expect(refuse({ hello: 1 })).toThrow('“会议.json”不是本看板导出的会议快照');
		expect(refuse({ ...good, version: SNAPSHOT_VERSION + 1 })).toThrow(/由更新版本的看板导出/);
		expect(refuse({ ...good, settings: { year: '2023', locale: 'zh' } })).toThrow(
			'字段“settings.year”缺失或无效'
		);
		expect(refuse({ ...good, data: { ...good.data, kpis: 'x' } })).toThrow(
			'字段“data.kpis”缺失或无效'
		);
		expect(refuse({ ...good, data: { ...good.data, pace: [1, 2] } })).toThrow(
			'字段“data.pace”缺失或无效'
		);
		expect(refuse({ ...good, data: { ...good.data, year: 2022 } })).toThrow(
			'字段“data.year”缺失或无效'
		);
		expect(refuse({ ...good, createdAt: 'yesterday' })).toThrow('字段“createdAt”缺失或无效');
	});
});
