import type { Connector } from '$lib/db/connector';
import type { AheadView } from './viewList';

/** A view's data in one declaration: its page, the server and the prerender all read it from here. */
export interface ViewDefinition<P, D> {
	/** the view's parameters from its URL */
	read: (url: URL) => P;
	/** the default state, all a prerender can know */
	fallback: P;
	load: (db: Connector, params: P) => Promise<D>;
	/** a view whose default state is rendered ahead for every statistical year */
	ahead?: AheadView;
}
