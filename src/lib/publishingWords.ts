import { i18n } from '$lib/i18n/i18n.svelte';
import type { ImportChange } from '$lib/queries/importChanges';
import { tableByName } from '$lib/schema/tables';

/** a table's name as the reader's language says it */
export function tableLabel(name: string): string {
	const table = tableByName(name);
	return table ? (i18n.locale === 'zh' ? table.label : table.labelEn) : name;
}

/** `新增3，替换1，删除0`: what a file changes, over all its years */
export function changeSummary(changes: ImportChange[]): string {
	const total = (k: 'added' | 'replaced' | 'removed') => changes.reduce((n, c) => n + c[k], 0);
	return i18n.t('publish.changeSummary', {
		added: total('added'),
		replaced: total('replaced'),
		removed: total('removed')
	});
}
