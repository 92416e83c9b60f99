import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { DbError } from '$lib/db/open';
import { safeFragment } from '$lib/share/fragment';

/** Runs before the router reads the address: a damaged or oversized link fragment is made safe to read first. */
export const init: ClientInit = () => {
	const fragment = safeFragment(location.hash);
	if (fragment !== undefined) {
		history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
	}
};

/**
 * A page that could not load says why when our error has it in the user's words (storage that did not answer, a
 * full disk): the layout's banner says it too, but only until the layout's own later open succeeds.
 */
export const handleError: HandleClientError = ({ error, message }) => {
	console.error(error);
	return { message, reason: error instanceof DbError ? error.message : undefined };
};
