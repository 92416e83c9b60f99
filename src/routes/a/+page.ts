import { AssignmentSession } from '$lib/state/assignment.svelte';
import { clock, storage } from '$lib/state/context';
import { shippedDecks } from '$lib/state/shipped';
import type { PageLoad } from './$types';

/** The link's assignment is in the fragment, which a load cannot read: the page opens it into this session. */
export const load: PageLoad = async () => {
	const session = new AssignmentSession(await storage.database(), clock, Math.random, shippedDecks);
	await session.load();
	return { session };
};
