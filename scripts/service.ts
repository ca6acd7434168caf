/**
 * The intranet service: the SvelteKit server build (`npm run build:service`) behind a small Node
 * server that refuses malformed URLs with 400 (instead of ending the process), keeps the build's
 * raw data files private (readers get published versions through the app, which checks accounts),
 * and serves the hashed assets compressed once. `npm start` runs this after building if needed.
 */
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompressedAssets } from './compressedAssets.ts';

const build = resolve(process.env.SERVICE_BUILD_DIR ?? 'build-service');
const client = join(build, 'client');

// read by the app when it starts (src/lib/server/serviceInstance.ts) and by adapter-node's handler
process.env.SHIPPED_DATA_DIR ??= join(client, 'data');
// adapter-node takes a request without ORIGIN or PROTOCOL_HEADER for https: a plain-http intranet
// host would then fail the Origin check and never get its (non-secure) cookie back. Unless the
// operator names the proxy's header, this server says what the connection really is.
const OWN_PROTOCOL_HEADER = 'x-dashboard-protocol';
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;
// a 64 MB upload (the import limit) and its multipart framing
process.env.BODY_SIZE_LIMIT ??= String(64 * 1024 * 1024 + 256 * 1024);

const { handler } = (await import(pathToFileURL(join(build, 'handler.js')).href)) as {
	handler: (req: unknown, res: unknown, next?: () => void) => void;
};

const assets = new CompressedAssets(client, join(build, 'compressed'));
// tests that start and stop services by the dozen need not compress 73 MB of wasm each time
if (process.env.COMPRESS_ASSETS !== 'off')
	assets
		.prepare()
		.then(() => console.log('静态资源已压缩（brotli、gzip）。'))
		.catch((error) => console.error('静态资源压缩失败（将以未压缩方式提供）：', error));

/** the build's own copy of the shipped data: version 1 in the store, never served directly */
const SHIPPED_DATA = /^\/data\/[^/]+\.(arrow|json)$/;

const basePath = process.env.BASE_PATH ?? '';

const server = createServer((request, response) => {
	let path: string;
	try {
		path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
	} catch {
		response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('错误的请求地址');
		return;
	}
	const local = path.startsWith(basePath) ? path.slice(basePath.length) : path;
	if (SHIPPED_DATA.test(local)) {
		response.writeHead(404).end();
		return;
	}
	if (
		(request.method === 'GET' || request.method === 'HEAD') &&
		assets.serve(local, request, response)
	)
		return;
	if (ownProtocol) request.headers[OWN_PROTOCOL_HEADER] = 'http';
	handler(request, response, () => response.writeHead(404).end());
});

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => {
	console.log(
		`看板服务已启动：http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}${basePath}/`
	);
});

// stop at once: idle keep-alive connections would hold `close` open, and the embedded store's file
// must be free for the next start
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 3000).unref();
	});
