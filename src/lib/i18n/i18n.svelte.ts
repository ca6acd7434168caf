import { createFormat } from './format';
import type { Locale } from './locale';
import { en, valueNamesEn, zh, type MessageKey } from './messages';

const STORAGE_KEY = 'archives-dashboard.locale';

/** The UI language: Chinese by default (the prerendered pages), English by the switch. */
class I18n {
	#locale = $state<Locale>('zh');
	format = $derived(createFormat(this.#locale));

	get locale(): Locale {
		return this.#locale;
	}

	set locale(locale: Locale) {
		this.#locale = locale;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
			localStorage.setItem(STORAGE_KEY, locale);
		}
	}

	/** restore the reader's choice after hydration (prerendered HTML is always Chinese) */
	restore(): void {
		const saved = localStorage.getItem(STORAGE_KEY);
		if (saved === 'en' || saved === 'zh') this.locale = saved;
	}

	t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
		const template = (this.#locale === 'zh' ? zh : en)[key];
		return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
	};

	/** a stored data value (优秀, 市直机关, 验收通过…) in the current language */
	value = (value: string | null): string => {
		if (value === null) return '—';
		return this.#locale === 'en' ? (valueNamesEn[value] ?? value) : value;
	};
}

export const i18n = new I18n();
