import { AssignmentSession } from '$lib/state/assignment.svelte';
import { clock, storage } from '$lib/state/context';
import { shippedDecks } from '$lib/state/shipped';
import type { PageLoad } from './$types';

/**
 * The link's assignment is in the fragment, which a load cannot read: the page opens it into this session. A link
 * can be read, and a broken or oversized one refused, without storage, so a storage that fails does not stop the
 * page: the layout's banner says so, and opening a set tries the storage again. Thrown from here it left the
 * student on the error page instead, its reason gone with the banner once the layout's own later open succeeded.
 */
export const load: PageLoad = async () => {
	const session = new AssignmentSession(() => storage.database(), clock, Math.random, shippedDecks);
	await session.load().catch(() => undefined);
	return { session };
};
