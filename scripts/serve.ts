/**
 * Serves a built folder on 127.0.0.1 as an intranet web server would: `npm run preview`, the
 * end-to-end tests and the benchmark all load exactly the files a deployment copies.
 */
import { resolve } from 'node:path';
import { serveStatic } from './staticServer.ts';

const dir = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);
const { url } = await serveStatic(dir, port);
console.log(`看板已启动：${url}/ （目录 ${dir}）`);
