import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningService {
	url: string;
	dataDir: string;
	/** the first admin's one-time password, from the file the service wrote */
	adminPassword(): string;
	/** move the service's clock (CLOCK_OFFSET_FILE) */
	advanceMinutes(minutes: number): void;
	stop(): Promise<void>;
}

let nextPort = 4400 + (process.pid % 200);

/**
 * Start `scripts/service.ts` on the built service, with a fresh DATA_DIR and its own port: for the
 * API tests and the benchmark. Resolves once it listens; `waitFor` a log line too, if given.
 */
export async function startService(
	env: Record<string, string> = {},
	options: { waitFor?: string; dataDir?: string } = {}
): Promise<RunningService> {
	const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dashboard-service-'));
	mkdirSync(dataDir, { recursive: true });
	const clockFile = join(dataDir, 'clock-offset');
	writeFileSync(clockFile, '0');
	const ready = options.waitFor ?? '看板服务已启动';
	const port = nextPort++;
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/service.ts'], {
		env: {
			...process.env,
			DATA_DIR: dataDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			CLOCK_OFFSET_FILE: clockFile,
			// tests start services by the dozen: none compresses 73 MB of wasm unless asked
			COMPRESS_ASSETS: 'off',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout!.on('data', (chunk) => (log += chunk));
	child.stderr!.on('data', (chunk) => (log += chunk));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`服务未启动：\n${log}`)), 600_000);
		const check = () => {
			if (log.includes(ready)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', check);
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`服务退出（${code}）：\n${log}`));
		});
	});
	return {
		url: `http://127.0.0.1:${port}`,
		dataDir,
		adminPassword: () => readFileSync(join(dataDir, 'initialAdminPassword'), 'utf8').trim(),
		advanceMinutes(minutes) {
			const offset = Number(readFileSync(clockFile, 'utf8')) + minutes * 60_000;
			writeFileSync(clockFile, String(offset));
		},
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
