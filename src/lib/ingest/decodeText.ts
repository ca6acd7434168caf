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

/** length of the UTF-8 sequence starting at `i`, or 0 if none valid starts there */
function utf8Sequence(bytes: Uint8Array, i: number): number {
	const lead = bytes[i];
	const length =
		lead >= 0xc2 && lead <= 0xdf
			? 2
			: lead >= 0xe0 && lead <= 0xef
				? 3
				: lead >= 0xf0 && lead <= 0xf4
					? 4
					: 0;
	for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
	return length;
}

/**
 * Lines of UTF-8 Chinese beside lines in another encoding (GBK, most often): two files pasted
 * into one. Decoded either way, half of it would be garbled without a replacement character to
 * show it. The first line of each kind, or null if the file keeps to one encoding.
 */
export function mixedEncoding(bytes: Uint8Array): { utf8Line: number; otherLine: number } | null {
	let line = 1;
	let utf8Line = 0;
	let otherLine = 0;
	let multibyte = 0;
	let valid = true;
	const endLine = () => {
		// a few bytes of GBK can pass for UTF-8 by chance; two Chinese characters' worth do not
		if (valid && multibyte >= 2 && !utf8Line) utf8Line = line;
		if (!valid && !otherLine) otherLine = line;
		multibyte = 0;
		valid = true;
		line++;
	};
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === 0x0a) endLine();
		else if (b >= 0x80) {
			const length = valid ? utf8Sequence(bytes, i) : 0;
			if (length === 0) valid = false;
			else {
				multibyte++;
				i += length - 1;
			}
		}
		if (utf8Line && otherLine) return { utf8Line, otherLine };
	}
	endLine();
	return utf8Line && otherLine ? { utf8Line, otherLine } : null;
}
