import type { Locale } from '$lib/i18n/locale';
import type { PresentationData } from '$lib/views/presentation';

/**
 * A meeting snapshot: the deck's rows and settings frozen as JSON. It reopens without DuckDB, so it
 * shows what the room saw whatever is imported later, and it travels as one file.
 */
export const SNAPSHOT_FORMAT = 'archives-dashboard.meeting-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface MeetingSnapshot {
	format: typeof SNAPSHOT_FORMAT;
	version: number;
	id: string;
	name: string;
	/** ISO timestamp */
	createdAt: string;
	settings: { year: number; locale: Locale };
	/** the imported files the data included when it was frozen */
	importedFiles: string[];
	data: PresentationData;
}

/** every row list the deck reads: a file missing one would break a slide */
const DATA_LISTS: readonly (keyof PresentationData)[] = [
	'years',
	'kpis',
	'targets',
	'provenance',
	'grades',
	'summary',
	'unitsNeedingAttention',
	'archives',
	'city',
	'pace',
	'counties',
	'cumulative'
];

export function createSnapshot(
	name: string,
	data: PresentationData,
	settings: MeetingSnapshot['settings'],
	importedFiles: string[],
	now = new Date()
): MeetingSnapshot {
	return {
		format: SNAPSHOT_FORMAT,
		version: SNAPSHOT_VERSION,
		// not crypto.randomUUID: it is missing on an intranet served over plain http
		id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
		name: name.trim() || `${settings.year}`,
		createdAt: now.toISOString(),
		settings,
		importedFiles,
		data
	};
}

export function snapshotFileName(snapshot: MeetingSnapshot): string {
	const safe = snapshot.name.replace(/[\\/:*?"<>|\s]+/g, '_');
	return `会议快照_${safe}.json`;
}

export function serializeSnapshot(snapshot: MeetingSnapshot): string {
	return JSON.stringify(snapshot);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A snapshot file read back, or an error that names the file and what is wrong with it. */
export function parseSnapshot(text: string, fileName: string): MeetingSnapshot {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new Error(
			`快照文件“${fileName}”无法读取：不是有效的 JSON（${error instanceof Error ? error.message : error}）。`,
			{ cause: error }
		);
	}
	if (!isObject(value) || value.format !== SNAPSHOT_FORMAT) {
		throw new Error(`“${fileName}”不是本看板导出的会议快照（缺少快照格式标记）。`);
	}
	if (typeof value.version !== 'number' || value.version > SNAPSHOT_VERSION) {
		throw new Error(
			`快照文件“${fileName}”由更新版本的看板导出（格式版本 ${String(value.version)}），请更新本看板后再打开。`
		);
	}
	const broken = (field: string) =>
		new Error(`快照文件“${fileName}”已损坏：字段“${field}”缺失或无效，无法打开。`);
	for (const field of ['id', 'name', 'createdAt'] as const) {
		if (typeof value[field] !== 'string' || value[field] === '') throw broken(field);
	}
	if (Number.isNaN(Date.parse(value.createdAt as string))) throw broken('createdAt');
	const settings = value.settings;
	if (!isObject(settings) || !Number.isInteger(settings.year)) throw broken('settings.year');
	if (settings.locale !== 'zh' && settings.locale !== 'en') throw broken('settings.locale');
	if (!Array.isArray(value.importedFiles)) throw broken('importedFiles');
	const data = value.data;
	if (!isObject(data) || data.year !== settings.year) throw broken('data.year');
	for (const list of DATA_LISTS) {
		const rows = data[list];
		if (!Array.isArray(rows)) throw broken(`data.${list}`);
		if (list !== 'years' && rows.some((r) => !isObject(r))) throw broken(`data.${list}`);
	}
	if (!(data.years as unknown[]).includes(settings.year)) throw broken('data.years');
	return value as unknown as MeetingSnapshot;
}
