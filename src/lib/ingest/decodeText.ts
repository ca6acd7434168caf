import { looksLikeUtf16 } from './fileKind';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export const ENCODING_LABELS: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	gb18030: 'GBK/GB18030',
	'utf-16le': 'UTF-16',
	'utf-16be': 'UTF-16 (BE)'
};

/**
 * CSV text in whatever encoding Excel or WPS saved it: a byte-order mark decides when present;
 * otherwise bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030 (a superset of
 * GBK and GB2312, the default of "CSV" on Chinese Windows).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
	const utf16 = looksLikeUtf16(bytes.subarray(0, 8192));
	if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}
