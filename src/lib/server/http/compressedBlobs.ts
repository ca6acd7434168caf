import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** compressed copies kept in memory, oldest dropped first past this many bytes */
const CAPACITY = 256 * 1024 * 1024;

const cache = new Map<string, Promise<Uint8Array>>();
const sizes = new Map<string, number>();
let held = 0;

function remember(key: string, packed: Promise<Uint8Array>): Promise<Uint8Array> {
	cache.set(key, packed);
	packed.then(
		(bytes) => {
			sizes.set(key, bytes.byteLength);
			held += bytes.byteLength;
			for (const [oldest, size] of sizes) {
				if (held <= CAPACITY) break;
				cache.delete(oldest);
				sizes.delete(oldest);
				held -= size;
			}
		},
		() => cache.delete(key)
	);
	return packed;
}

/**
 * A published file, compressed once for all its readers (a version's files never change, so the
 * content hash is the key): brotli where the browser takes it, else gzip, else as it is.
 */
export async function compressedBlob(
	sha256: string,
	bytes: Uint8Array,
	acceptEncoding: string | null
): Promise<{ body: Uint8Array; encoding: 'br' | 'gzip' | null }> {
	const accepted = acceptEncoding ?? '';
	const encoding = accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
	if (!encoding || bytes.byteLength < 1024) return { body: bytes, encoding: null };
	const key = `${sha256}.${encoding}`;
	const packed =
		cache.get(key) ??
		remember(
			key,
			encoding === 'br'
				? brotli(bytes, {
						params: {
							// the national dataset's files are tens of MB: quality 11 would take minutes
							[constants.BROTLI_PARAM_QUALITY]: bytes.byteLength > 4 * 1024 * 1024 ? 6 : 11,
							[constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength
						}
					})
				: gz(bytes, { level: 9 })
		);
	return { body: await packed, encoding };
}
