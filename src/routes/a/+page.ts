import { errorMessage } from '$lib/errors';
import { AssignmentSession } from '$lib/state/assignment.svelte';
import { clock, storage } from '$lib/state/context';
import { shippedDecks } from '$lib/state/shipped';
import type { PageLoad } from './$types';

/**
 * The link's assignment is in the fragment, which a load cannot read: the page opens it into this session. A
 * storage that fails is said on the page, beside whatever the link holds, not in place of it: thrown from here it
 * would leave the student on the error page, its reason gone once the layout's next open succeeds.
 */
export const load: PageLoad = async () => {
	const session = new AssignmentSession(() => storage.database(), clock, Math.random, shippedDecks);
	await session.load().catch((error: unknown) => (session.problem = errorMessage(error)));
	return { session };
};
