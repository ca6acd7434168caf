import { Accounts, type Clock } from './auth/accounts';
import type { ServiceSettings } from './auth/settings';
import { VersionDatasets } from './publishing/versionDatasets';
import type { Store } from './store/store';

/** Everything a request of the service may need, made once per process. */
export interface Service {
	store: Store;
	settings: ServiceSettings;
	clock: Clock;
	accounts: Accounts;
	datasets: VersionDatasets;
}

export function makeService(store: Store, settings: ServiceSettings, clock: Clock): Service {
	return {
		store,
		settings,
		clock,
		accounts: new Accounts(store, settings, clock),
		datasets: new VersionDatasets(store)
	};
}
