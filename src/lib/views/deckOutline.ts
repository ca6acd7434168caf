import { coverageTotals } from '$lib/charts/shaping';
import { i18n } from '$lib/i18n/i18n.svelte';
import { kpiStatusWords, kpiWords, kpiName } from '$lib/narratives/kpiWords';
import type { MessageKey } from '$lib/i18n/messages';
import {
	archivesAttention,
	attentionSlides,
	coverageAttention,
	unitsAttention,
	type AttentionPart
} from '$lib/narratives/attention';
import { KPIS, latestTarget, targetFor, type KpiDef, type TargetStatus } from '$lib/measures/kpis';
import {
	coverageNarrative,
	digitizationNarrative,
	gradeNarrative
} from '$lib/narratives/narratives';
import { headlinePhrase } from '$lib/narratives/phrases';
import type { PresentationData } from './presentation';

/** A headline figure as a slide shows it, in the reader's language. */
export interface SlideKpiFace {
	id: KpiDef['id'];
	label: string;
	value: string;
	change: string;
	changeValue: number | null;
	/** “2025年目标 80.0%”, or 未设规划目标 */
	target: string;
	targetSample: boolean;
	status: { status: TargetStatus; text: string } | null;
}

export type AreaId = 'assessment' | 'digitization' | 'villages';

export type DeckSlide =
	| { id: 'title'; title: string; asOf: string }
	| { id: 'kpis'; topic: string; title: string; kpis: SlideKpiFace[]; rule: string }
	| {
			id: AreaId;
			topic: string;
			/** the message: the year's figure and its change */
			title: string;
			chartTitle: string;
			kpis: SlideKpiFace[];
			narrative: string;
	  }
	| { id: `attention${string}`; topic: string; title: string; groups: AttentionPart[] };

function face(kpi: KpiDef, year: number, deck: PresentationData): SlideKpiFace {
	const target = targetFor(kpi, deck.targets);
	const text = kpiWords(kpi, year, deck.kpis, target);
	return {
		id: kpi.id,
		label: kpiName(kpi.id),
		value: text.value,
		change: `${i18n.t('kpi.yoy')} ${text.change}`,
		changeValue: text.changeValue,
		target: target
			? i18n.t('kpi.target', { year: target.year, target: text.target ?? '' })
			: i18n.t('kpi.noTarget'),
		targetSample: target !== undefined && target.provenance !== 'official',
		status: target ? kpiStatusWords(kpi, year, deck.kpis, target) : null
	};
}

/** Every headline figure as a slide shows it: the deck's KPI slide and the meeting-room screen. */
export function kpiFaces(deck: PresentationData, year: number): SlideKpiFace[] {
	return KPIS.map((k) => face(k, year, deck));
}

const byId = (id: KpiDef['id']) => KPIS.find((k) => k.id === id)!;

/** “2023年考核优秀率37.3%，较上年提高11.8个百分点”, from the KPI's own words and 同比. */
function headline(id: KpiDef['id'], year: number, deck: PresentationData): string {
	const kpi = byId(id);
	const text = kpiWords(kpi, year, deck.kpis, undefined);
	const label = kpiName(id);
	return headlinePhrase(i18n.format, kpi.kind, label, year, text.value, text.changeValue);
}

function joinParts(parts: string[]): string {
	return parts.join(i18n.locale === 'zh' ? '，' : ', ');
}

/** “1项达到规划目标，3项接近，2项未设目标”: the topic above names the year */
function kpiMessage(faces: SlideKpiFace[]): string {
	const order: (TargetStatus | 'none')[] = ['达标', '接近', '滞后', 'none'];
	const parts = order
		.map((status) => ({
			status,
			n: faces.filter((f) => (f.status?.status ?? 'none') === status).length
		}))
		.filter((p) => p.n > 0)
		.map((p) => i18n.t(`present.status.${p.status}` as MessageKey, { n: p.n }));
	return joinParts(parts);
}

/**
 * What each slide of the review-meeting deck says, in order: one outline that /present draws and the
 * .pptx is written from, so the two tell the same story. Titles state the message; the topic rides
 * above. The attention points continue over as many slides as they need.
 */
export function deckOutline(deck: PresentationData, year: number): DeckSlide[] {
	const fmt = i18n.format;
	const all = i18n.t('filter.allSectorsInline');
	const city = i18n.t('villages.city');
	const faces = kpiFaces(deck, year);
	const pick = (...ids: KpiDef['id'][]) => faces.filter((f) => ids.includes(f.id));
	const groups = [
		unitsAttention(fmt, deck.unitsNeedingAttention, i18n.value),
		archivesAttention(fmt, deck.pace, latestTarget(deck.targets, 'digitization_rate')),
		coverageAttention(fmt, deck.counties)
	];
	const found = [
		groups[0].items.length > 0 && i18n.t('present.attentionUnits', { n: groups[0].items.length }),
		groups[1].items.length > 0 && i18n.t('present.attentionArchives', { n: groups[1].items.length })
	].filter((p): p is string => typeof p === 'string');
	const attentionTopic = i18n.t('present.attentionTitle');
	const attentionTitle =
		found.length > 0
			? i18n.t('present.attentionMessage', { parts: joinParts(found) })
			: attentionTopic;
	return [
		{
			id: 'title',
			title: i18n.t('present.deckTitle', { year }),
			asOf: i18n.t('export.asOf', { year })
		},
		{
			id: 'kpis',
			topic: i18n.t('present.kpiTitle', { year }),
			title: kpiMessage(faces),
			kpis: faces,
			rule: i18n.t('kpi.statusRule')
		},
		{
			id: 'assessment',
			topic: i18n.t('present.assessmentTitle'),
			title: headline('excellent_rate', year, deck),
			chartTitle: i18n.t('assessment.gradeTitle', { sector: all }),
			kpis: pick('excellent_rate', 'average_score'),
			narrative: gradeNarrative(fmt, year, all, deck.summary, null)
		},
		{
			id: 'digitization',
			topic: i18n.t('present.digitizationTitle'),
			title: headline('digitization_rate', year, deck),
			chartTitle: i18n.t('digitization.rateTitle', { from: deck.years[0], to: year }),
			kpis: pick('digitization_rate', 'national_archives'),
			narrative: digitizationNarrative(fmt, year, deck.city, deck.archives, deck.targets)
		},
		{
			id: 'villages',
			topic: i18n.t('present.villagesTitle'),
			title: headline('village_coverage', year, deck),
			chartTitle: i18n.t('villages.coverageTitle', { area: city, year }),
			kpis: pick('village_coverage'),
			narrative: coverageNarrative(
				fmt,
				year,
				city,
				deck.counties,
				coverageTotals(deck.cumulative, year - 1, null)
			)
		},
		...attentionSlides(groups).map((parts, page) => ({
			id: page === 0 ? ('attention' as const) : (`attention-${page + 1}` as const),
			topic: attentionTopic,
			title: page === 0 ? attentionTitle : i18n.t('present.continued', { title: attentionTitle }),
			groups: parts
		}))
	];
}
