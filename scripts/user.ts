/**
 * The operator's command for accounts, on the same store as the service (DATABASE_URL, or the
 * embedded file under DATA_DIR; while the service runs on the embedded file, through its socket):
 *   npm run user -- add NAME --role admin|publisher|submitter|reader [--district CODE]
 *   npm run user -- passwd NAME      npm run user -- disable NAME      npm run user -- enable NAME
 *   npm run user -- list
 * A password is read from standard input (or DASHBOARD_PASSWORD), never echoed or logged.
 */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ROLES } from '../src/lib/serviceTypes.ts';
import { Accounts } from '../src/lib/server/auth/accounts.ts';
import { PASSWORD_RULE } from '../src/lib/server/auth/passwords.ts';
import { readSettings } from '../src/lib/server/auth/settings.ts';
import { runOperatorCommand, type OperatorCommand } from '../src/lib/server/operatorCommands.ts';
import { operatorSocketPath } from '../src/lib/server/operatorSocket.ts';
import { dataDir } from '../src/lib/server/serviceInstance.ts';
import { openStore } from '../src/lib/server/store/store.ts';

const USAGE = `用法：npm run user -- add 用户名 --role ${ROLES.join('|')} [--district 区划代码]
      npm run user -- passwd 用户名 | disable 用户名 | enable 用户名 | list`;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { role: { type: 'string' }, district: { type: 'string' } }
});
const [command, name] = positionals;

/** from DASHBOARD_PASSWORD, or typed without echo on a terminal, or one line of a pipe */
async function readPassword(prompt: string): Promise<string> {
	if (process.env.DASHBOARD_PASSWORD) return process.env.DASHBOARD_PASSWORD;
	const input = process.stdin;
	if (!input.isTTY) {
		for await (const line of createInterface({ input })) return line;
		return '';
	}
	process.stderr.write(prompt);
	input.setRawMode(true);
	let typed = '';
	for await (const chunk of input) {
		for (const char of String(chunk)) {
			if (char === '\r' || char === '\n') {
				input.setRawMode(false);
				process.stderr.write('\n');
				input.pause();
				return typed;
			}
			if (char === '\u0003') process.exit(130);
			typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
		}
	}
	return typed;
}

function send(socket: string, cmd: OperatorCommand): Promise<{ ok: boolean; lines: string[] }> {
	return new Promise((resolve, reject) => {
		const client = connect(socket, () => client.write(`${JSON.stringify(cmd)}\n`));
		let reply = '';
		client.setEncoding('utf8');
		client.on('data', (chunk) => (reply += chunk));
		client.on('end', () => resolve(JSON.parse(reply)));
		client.on('error', reject);
	});
}

const COMMANDS = ['add', 'passwd', 'disable', 'enable', 'list'];
if (!COMMANDS.includes(command) || (command !== 'list' && !name)) {
	console.error(USAGE);
	process.exit(2);
}
const cmd: OperatorCommand = {
	command: command as OperatorCommand['command'],
	name,
	role: values.role,
	district: values.district ?? null,
	by: process.env.USER ?? 'unknown'
};
if (command === 'add' || command === 'passwd')
	cmd.password = await readPassword(`${name} 的密码（${PASSWORD_RULE}）：`);

const env = process.env;
const socket = operatorSocketPath(dataDir(env));
// a socket left by a service that stopped refuses the connection: then the file is free
let reply: { ok: boolean; lines: string[] } | null =
	!env.DATABASE_URL && existsSync(socket) ? await send(socket, cmd).catch(() => null) : null;
if (!reply) {
	const store = await openStore(
		env.DATABASE_URL
			? { databaseUrl: env.DATABASE_URL }
			: { file: join(dataDir(env), 'dashboard.duckdb') }
	);
	try {
		reply = await runOperatorCommand(new Accounts(store, readSettings(env)), cmd);
	} finally {
		await store.close();
	}
}
for (const line of reply!.lines) (reply.ok ? console.log : console.error)(line);
process.exit(reply!.ok ? 0 : 1);
