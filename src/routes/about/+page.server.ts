import { credits } from '$lib/server/credits';

export const load = async () => ({ credits: await credits() });
