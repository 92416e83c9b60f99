import type { ClientInit } from '@sveltejs/kit';
import { safeFragment } from '$lib/share/fragment';

/** Runs before the router reads the address: a damaged or oversized link fragment is made safe to read first. */
export const init: ClientInit = () => {
	const fragment = safeFragment(location.hash);
	if (fragment !== undefined) {
		history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
	}
};
