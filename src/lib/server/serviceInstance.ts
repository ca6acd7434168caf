import { readFileSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { systemClock, type Clock } from './auth/accounts';
import { readSettings } from './auth/settings';
import { ensureInitialVersion } from './publishing/initialVersion';
import { listenForOperator } from './operatorSocket';
import { makeService, type Service } from './service';
import { openStore } from './store/store';

const DAY = 24 * 60 * 60_000;
const WARM_EVERY_MS = 3_000;

/**
 * Tests move the service's time with a file holding an offset in milliseconds; an operator never
 * sets CLOCK_OFFSET_FILE, and without it the clock is the system's.
 */
function clockFrom(env: Record<string, string | undefined>): Clock {
	const file = env.CLOCK_OFFSET_FILE;
	if (!file) return systemClock;
	return {
		now() {
			try {
				return Date.now() + Number(readFileSync(file, 'utf8').trim() || 0);
			} catch {
				return Date.now();
			}
		}
	};
}

/** where the embedded store, the first admin's password and the service's own files live */
export const dataDir = (env: Record<string, string | undefined>) => resolve(env.DATA_DIR ?? 'var');

async function start(env: Record<string, string | undefined>): Promise<Service> {
	const dir = dataDir(env);
	await mkdir(dir, { recursive: true, mode: 0o700 });
	const store = await openStore(
		env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { file: join(dir, 'dashboard.duckdb') }
	).catch((error: Error) => {
		if (/Could not set lock/.test(error.message))
			throw new Error(
				`数据目录 ${dir} 的存储正被另一个看板服务进程使用。嵌入式存储只能由一个进程打开：请先停止那个进程，或为本进程另设 DATA_DIR；多个进程请用 PostgreSQL（DATABASE_URL）。`,
				{ cause: error }
			);
		throw error;
	});
	const clock = clockFrom(env);
	const service = makeService(store, readSettings(env), clock);
	const version = await ensureInitialVersion(
		store,
		env.SHIPPED_DATA_DIR ?? 'static/data',
		clock.now()
	);
	const first = await service.accounts.ensureFirstAdmin();
	if (first) {
		// as Jenkins does: in the log and in a file only the service's user can read
		const file = join(dir, 'initialAdminPassword');
		await writeFile(file, `${first.password}\n`, { mode: 0o600 });
		await chmod(file, 0o600);
		console.log(
			`首次启动：已创建管理员账号「${first.name}」，一次性密码 ${first.password}（亦见 ${file}），首次登录后须修改。`
		);
	}
	// the embedded file is this process's alone: `npm run user` reaches it through the service
	if (store.driver.kind === 'embedded') listenForOperator(service.accounts, dir);
	// a newly published version's engine is opened before its first reader asks, whoever published it
	// (another process, with PostgreSQL): the first page from it then costs what any page costs
	const warm = () =>
		store.versions
			.current()
			.then((n) => service.datasets.get(n))
			.catch(() => {});
	await warm();
	setInterval(warm, WARM_EVERY_MS).unref();
	const prune = () =>
		service.accounts.pruneAudit({ user: null, address: null }).catch((error) => {
			console.error('审计日志保留清理失败：', error);
		});
	await prune();
	setInterval(prune, DAY).unref();
	console.log(
		`数据版本：第${version}版；存储：${store.driver.kind === 'postgres' ? 'PostgreSQL' : join(dir, 'dashboard.duckdb')}；阅览${service.settings.readAccess === 'login' ? '需登录' : '无需登录'}`
	);
	return service;
}

/** the first admin has chosen a password: the one-time one is no longer kept */
export async function forgetInitialPassword(
	user: string,
	env: Record<string, string | undefined> = process.env
): Promise<void> {
	if (user === 'admin') await rm(join(dataDir(env), 'initialAdminPassword'), { force: true });
}

let service: Promise<Service> | undefined;

/** The one service of this process, started on first use (the server hooks' `init`). */
export function getService(
	env: Record<string, string | undefined> = process.env
): Promise<Service> {
	service ??= start(env);
	return service;
}
