import { FILE_LIMITS, megabytes } from './fileLimits';

/** What a dropped file really is, judged from its first bytes rather than its name. */
export type FileKind = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'refused'; rule: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** Text has no NUL bytes and few control characters, except UTF-16, where half the bytes of ASCII are NUL. */
function looksBinary(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 8192);
	const bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
	if (bom || looksLikeUtf16(head)) return false;
	let control = 0;
	for (const b of head) {
		if (b === 0) return true;
		if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
	}
	return control > head.length / 20;
}

/** UTF-16 without a byte-order mark: NULs sit in only one of the two byte positions. */
export function looksLikeUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < head.length; i++) {
		if (head[i] === 0) {
			if (i % 2 === 0) evenNul++;
			else oddNul++;
		}
	}
	const pairs = head.length / 2;
	if (oddNul > pairs / 3 && evenNul === 0) return 'utf-16le';
	if (evenNul > pairs / 3 && oddNul === 0) return 'utf-16be';
	return null;
}

/** Checked before a file is read at all, so a huge file costs no memory. */
export function sizeProblem(size: number): string | null {
	if (size === 0) return '是空文件（0 字节）';
	if (size > FILE_LIMITS.bytes) {
		return `有 ${megabytes(size)}，超过导入上限 ${megabytes(FILE_LIMITS.bytes)}；一年的统计表通常不足 1 MB，请确认是否选错了文件，或按表、按年度拆分后导入`;
	}
	return null;
}

export function fileKind(name: string, bytes: Uint8Array): FileKind {
	const size = sizeProblem(bytes.length);
	if (size) return { kind: 'refused', rule: size };
	if (startsWith(bytes, OLE2)) {
		return {
			kind: 'refused',
			rule: '是旧版 Excel 97–2003（.xls）或其他 Office 二进制文件，无法直接读取：请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再导入'
		};
	}
	if (startsWith(bytes, ZIP)) {
		if (/\.(xlsx|xlsm)$/i.test(name) || !/\.(csv|txt|tsv)$/i.test(name)) return { kind: 'xlsx' };
		return {
			kind: 'refused',
			rule: '扩展名是 CSV，内容却是压缩包（可能是改了扩展名的 .xlsx）：请改回 .xlsx 再导入'
		};
	}
	if (looksBinary(bytes)) {
		return {
			kind: 'refused',
			rule: '不是文本表格（CSV）也不是 Excel（.xlsx）文件，可能是图片、PDF 或改了扩展名的文件'
		};
	}
	return { kind: 'csv' };
}
