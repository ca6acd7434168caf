import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
			error ? reject(error) : resolve(key)
		)
	);
}

/** `scrypt$N$r$p$salt$key`: the parameters travel with the hash, so they can be raised later */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, PARAMS);
	return [
		'scrypt',
		PARAMS.N,
		PARAMS.r,
		PARAMS.p,
		salt.toString('base64'),
		key.toString('base64')
	].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || !key) return false;
	const expected = Buffer.from(key, 'base64');
	const actual = await derive(password, Buffer.from(salt, 'base64'), {
		N: Number(n),
		r: Number(r),
		p: Number(p),
		maxmem: PARAMS.maxmem
	});
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | undefined;
/** a hash to check against for names that have no account, so a wrong name takes a wrong password's time */
export function decoyHash(): Promise<string> {
	decoy ??= hashPassword(randomBytes(12).toString('base64'));
	return decoy;
}

const KINDS: [RegExp, string][] = [
	[/[a-z]/, '小写字母'],
	[/[A-Z]/, '大写字母'],
	[/[0-9]/, '数字'],
	[/[^a-zA-Z0-9]/, '符号']
];

export const PASSWORD_RULE = '至少8位，含大写字母、小写字母、数字、符号中的至少三类';

/** GB/T 22239 password complexity: null if acceptable, else what is wrong, in Chinese */
export function passwordProblem(password: string, userName?: string): string | null {
	if (password.length < 8) return `密码太短：${PASSWORD_RULE}`;
	if (password.length > 256) return '密码太长：不超过256个字符';
	const kinds = KINDS.filter(([pattern]) => pattern.test(password)).length;
	if (kinds < 3) return `密码太简单：${PASSWORD_RULE}`;
	if (userName && password.toLowerCase().includes(userName.toLowerCase()))
		return '密码不能包含用户名';
	return null;
}

/** a one-time password for a first admin or a reset: 18 characters of four kinds */
export function oneTimePassword(): string {
	const alphabets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '-_.!@#%'];
	const bytes = randomBytes(18);
	const chars = [...bytes].map((b, i) => {
		const alphabet = alphabets[i < 4 ? i : b % alphabets.length];
		return alphabet[b % alphabet.length];
	});
	return chars.join('');
}
