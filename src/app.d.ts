// See https://svelte.dev/docs/kit/types#app.d.ts
import type { UserInfo } from '$lib/serviceTypes';

declare global {
	/** true in the intranet service's build, false in the static site's (vite.config.ts) */
	const __SERVICE__: boolean;

	namespace App {
		interface Locals {
			/** the signed-in account (service only) */
			user: UserInfo | null;
			/** the published version this request is answered from (service only) */
			version: number;
			/** set by a view's loader: the page is the same for every reader of this version (service only) */
			sameForVersion?: boolean;
		}
	}
}

export {};
