import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

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

/**
 * A plain static server for the benchmark, as an intranet nginx or IIS would serve the build folder:
 * `/villages` → `villages.html`, wasm as application/wasm, no compression.
 */
export function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
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
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size
		});
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
