/**
 * Several service processes on one PostgreSQL behind a round-robin proxy, as nginx's `upstream`
 * puts them: the end-to-end tests run the service's journey through it, so each request may land on
 * either process. `DATABASE_URL` (or `TEST_DATABASE_URL`, on which a fresh database is made), `PORT`
 * (the proxy's), `PROCESSES` (2), `DATA_DIR` (each process gets a folder of its own under it).
 */
import { randomBytes } from 'node:crypto';
import { createServer, request as forward } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { startService } from './serviceProcess.ts';

async function freshDatabase(serverUrl: string): Promise<string> {
	const name = `cluster_${randomBytes(5).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

const databaseUrl =
	process.env.DATABASE_URL ?? (await freshDatabase(process.env.TEST_DATABASE_URL ?? ''));
const count = Number(process.env.PROCESSES ?? 2);
const dataDir = process.env.DATA_DIR ?? 'var-cluster';
const services = await Promise.all(
	Array.from({ length: count }, (_, i) =>
		startService({ DATABASE_URL: databaseUrl }, { dataDir: join(dataDir, `p${i}`) })
	)
);
const ports = services.map((s) => Number(new URL(s.url).port));

let next = 0;
const proxy = createServer((incoming, outgoing) => {
	const port = ports[next++ % ports.length];
	const upstream = forward(
		{
			host: '127.0.0.1',
			port,
			method: incoming.method,
			path: incoming.url,
			headers: incoming.headers
		},
		(answer) => {
			outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(outgoing);
		}
	);
	upstream.on('error', () => outgoing.writeHead(502).end());
	incoming.pipe(upstream);
});
const port = Number(process.env.PORT ?? 4175);
proxy.listen(port, '127.0.0.1', () =>
	console.log(`看板服务已启动：http://127.0.0.1:${port}/（${count} 个进程：${ports.join('、')}）`)
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, async () => {
		proxy.close();
		await Promise.all(services.map((s) => s.stop()));
		process.exit(0);
	});
