import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Start `scripts/service.ts` on the built service, with a fresh DATA_DIR and its own port. */
export async function startService(
	env: Record<string, string> = {},
	shared?: { dataDir: string; clockFile: string }
): Promise<RunningService> {
	const dataDir = shared?.dataDir ?? mkdtempSync(join(tmpdir(), 'dashboard-service-'));
	const clockFile = shared?.clockFile ?? join(dataDir, 'clock-offset');
	if (!shared) writeFileSync(clockFile, '0');
	const port = nextPort++;
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/service.ts'], {
		env: {
			...process.env,
			DATA_DIR: dataDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			CLOCK_OFFSET_FILE: clockFile,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout!.on('data', (chunk) => (log += chunk));
	child.stderr!.on('data', (chunk) => (log += chunk));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`服务未启动：\n${log}`)), 60_000);
		const check = () => {
			if (log.includes('看板服务已启动')) {
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

/** A client with its own cookie, as one browser would have. */
export class Client {
	cookie = '';
	constructor(
		readonly base: string,
		readonly origin: string | null = base
	) {}

	async request(
		method: string,
		path: string,
		body?: unknown,
		headers: Record<string, string> = {}
	) {
		const init: RequestInit & { headers: Record<string, string> } = {
			method,
			redirect: 'manual',
			headers: { ...headers }
		};
		if (this.cookie) init.headers.cookie = this.cookie;
		if (this.origin && method !== 'GET') init.headers.origin = this.origin;
		if (body instanceof FormData) init.body = body;
		else if (body !== undefined) {
			init.headers['content-type'] = 'application/json';
			init.body = JSON.stringify(body);
		}
		const response = await fetch(this.base + path, init);
		const set = response.headers.getSetCookie().find((c) => c.startsWith('dangan_session='));
		if (set) this.cookie = set.split(';')[0].endsWith('=') ? '' : set.split(';')[0];
		return response;
	}

	async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
		const response = await this.request(method, path, body);
		const text = await response.text();
		return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
	}

	async signIn(username: string, password: string) {
		return this.json('POST', '/api/session', { username, password });
	}

	upload(name: string, text: string) {
		const form = new FormData();
		form.set('file', new File([text], name, { type: 'text/csv' }));
		return this.json('POST', '/api/imports', form);
	}
}
