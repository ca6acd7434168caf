import { sourcesOf, type ProvenanceCount } from '$lib/queries/provenance';
import { i18n } from './i18n.svelte';

/** a view's 资料来源 in the reader's language: its rows' own sources, or the dataset's name */
export function sourceText(provenance: ProvenanceCount[]): string {
	const sources = sourcesOf(provenance, i18n.t('source.sample'));
	return sources.join(i18n.locale === 'zh' ? '；' : '; ') || i18n.t('source.dashboard');
}
