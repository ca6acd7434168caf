import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.css', '.wasm', '.json', '.svg', '.map', '.txt']);
const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.map': 'application/json',
	'.txt': 'text/plain; charset=utf-8'
};
const ENCODINGS = [
	{ name: 'br', suffix: '.br', compress: promisify(brotliCompress) },
	{ name: 'gzip', suffix: '.gz', compress: promisify(gzip) }
] as const;

async function* walk(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

/**
 * The build's hashed assets (scripts, styles, the DuckDB wasm) compressed once, in the background,
 * into a folder beside the build, and served from there: `duckdb-eh.wasm` goes from 34 MB to about
 * 5 MB with brotli. Compression runs in libuv's thread pool, so requests go on meanwhile; until a
 * file's copy is ready it is served as it is.
 */
export class CompressedAssets {
	readonly #ready = new Map<string, Set<string>>();

	constructor(
		private readonly root: string,
		private readonly cache: string
	) {}

	/** compress what is not yet in the cache: gzip first (fast), then brotli at its best */
	async prepare(): Promise<void> {
		const files: string[] = [];
		for await (const file of walk(this.root)) {
			if (COMPRESSIBLE.has(extname(file)) && (await stat(file)).size > 1024) files.push(file);
		}
		for (const encoding of [ENCODINGS[1], ENCODINGS[0]]) {
			for (const file of files) {
				const rel = relative(this.root, file);
				const target = join(this.cache, rel + encoding.suffix);
				if (!existsSync(target)) {
					const bytes = await readFile(file);
					const packed = await encoding.compress(bytes, {
						params: {
							[constants.BROTLI_PARAM_QUALITY]: 11,
							[constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength
						},
						level: 9
					} as never);
					await mkdir(dirname(target), { recursive: true });
					await writeFile(`${target}.part`, packed);
					await rename(`${target}.part`, target);
				}
				if (!this.#ready.has(rel)) this.#ready.set(rel, new Set());
				this.#ready.get(rel)!.add(encoding.name);
			}
		}
	}

	/** serve `path` (relative to the build's client folder) compressed, if a copy is ready */
	serve(path: string, request: IncomingMessage, response: ServerResponse): boolean {
		const rel = path.replace(/^\/+/, '');
		const ready = this.#ready.get(rel);
		if (!ready) return false;
		const accepted = String(request.headers['accept-encoding'] ?? '');
		const encoding = ENCODINGS.find((e) => ready.has(e.name) && accepted.includes(e.name));
		if (!encoding) return false;
		const file = join(this.cache, rel + encoding.suffix);
		response.writeHead(200, {
			'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
			'content-encoding': encoding.name,
			vary: 'Accept-Encoding',
			'cache-control': rel.startsWith('_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			'x-content-type-options': 'nosniff'
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
		return true;
	}
}
