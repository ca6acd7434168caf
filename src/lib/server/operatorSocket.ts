import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { Accounts } from './auth/accounts';
import { runOperatorCommand, type OperatorCommand } from './operatorCommands';

export const operatorSocketPath = (dataDir: string) => join(dataDir, 'operator.sock');

/**
 * The embedded store's file is locked by the running service, so `npm run user` hands its command
 * to the service over a socket in DATA_DIR that only the service's operating-system user can open.
 */
export function listenForOperator(accounts: Accounts, dataDir: string): Server {
	const path = operatorSocketPath(dataDir);
	if (existsSync(path)) unlinkSync(path);
	const server = createServer((socket) => {
		let text = '';
		socket.setEncoding('utf8');
		socket.on('data', async (chunk) => {
			text += chunk;
			if (!text.endsWith('\n')) return;
			let reply: { ok: boolean; lines: string[] };
			try {
				reply = await runOperatorCommand(accounts, JSON.parse(text) as OperatorCommand);
			} catch (error) {
				reply = {
					ok: false,
					lines: [`命令失败：${error instanceof Error ? error.message : error}`]
				};
			}
			socket.end(`${JSON.stringify(reply)}\n`);
		});
		socket.on('error', () => {});
	});
	server.listen(path, () => chmodSync(path, 0o600));
	server.unref();
	return server;
}
