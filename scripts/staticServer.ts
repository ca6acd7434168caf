import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png',
	'.svg': 'image/svg+xml'
};

/** what an nginx `brotli_types` line would list: the fonts are compressed already */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.wasm', '.arrow', '.svg']);

/**
 * A plain static server for the benchmark, as an intranet nginx or IIS would serve the build folder
 * (docs/static-site.md): `/villages` → `villages.html`, wasm as application/wasm, `_app/immutable/`
 * cached for a year, every other file revalidated by its ETag; brotli with `compress`.
 */
export function serveStatic(
	root: string,
	port = 0,
	{ compress = false } = {}
): Promise<{ server: Server; url: string }> {
	const compressed = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const candidates = [
			join(root, path),
			join(root, `${path}.html`),
			join(root, path, 'index.html')
		];
		const file = candidates.find(
			(f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile()
		);
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		const stat = statSync(file);
		const etag = `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
		const headers: Record<string, string | number> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			etag,
			'cache-control': path.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		if (request.headers['if-none-match'] === etag) {
			response.writeHead(304, headers).end();
			return;
		}
		const brotli =
			compress &&
			COMPRESSED.has(extname(file)) &&
			/\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
		if (brotli) {
			if (!compressed.has(file))
				compressed.set(
					file,
					brotliCompressSync(readFileSync(file), {
						params: { [constants.BROTLI_PARAM_QUALITY]: 5 }
					})
				);
			const body = compressed.get(file)!;
			response.writeHead(200, {
				...headers,
				'content-encoding': 'br',
				'content-length': body.length
			});
			response.end(request.method === 'HEAD' ? undefined : body);
			return;
		}
		response.writeHead(200, { ...headers, 'content-length': stat.size });
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const bound = typeof address === 'object' && address ? address.port : port;
			resolve({ server, url: `http://127.0.0.1:${bound}` });
		})
	);
}
