import { fetchBundledBanks } from '$lib/db/bundled';
import { shippedDeck } from '$lib/share/assignment';
import type { ShippedDeck } from '$lib/share/reference';

let decks: Promise<ShippedDeck[]> | undefined;

/**
 * The decks this build ships, as assignment links refer to them: fetched (from the service worker's cache when
 * offline) and indexed once per tab, on the first page that needs them.
 */
export function shippedDecks(): Promise<readonly ShippedDeck[]> {
	if (!decks) {
		decks = fetchBundledBanks().then((banks) => banks.map(shippedDeck));
		decks.catch(() => (decks = undefined));
	}
	return decks;
}
