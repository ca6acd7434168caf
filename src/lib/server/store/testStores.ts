import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from './store';

export interface Backend {
	name: 'embedded' | 'postgres';
	/** a fresh, empty store */
	open(): Promise<Store>;
}

/** `postgres://…` of a server the tests may create databases on (`.ci/run` starts one) */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

if (process.env.CI && !TEST_DATABASE_URL)
	throw new Error('CI 须设置 TEST_DATABASE_URL：存储的测试要在 PostgreSQL 上运行');

/** a new database on the test server, dropped by nobody: the cluster is thrown away whole */
export async function freshPostgresUrl(): Promise<string> {
	const name = `t_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(TEST_DATABASE_URL!);
	url.pathname = `/${name}`;
	return url.toString();
}

/** the backends the store's tests run on: always the embedded one, PostgreSQL where there is one */
export const BACKENDS: Backend[] = [
	{ name: 'embedded', open: () => openStore({ file: ':memory:' }) },
	...(TEST_DATABASE_URL
		? [
				{
					name: 'postgres' as const,
					open: async () => openStore({ databaseUrl: await freshPostgresUrl() })
				}
			]
		: [])
];
