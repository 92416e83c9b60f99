import type { HandleClientError } from '@sveltejs/kit';
import { errorMessage } from '$lib/errors';

/**
 * A page's load failed (its storage would not open, most often): the error page shows what happened in the words
 * our errors carry, rather than SvelteKit's bare "Internal Error".
 */
export const handleError: HandleClientError = ({ error, status }) => ({
	message: status === 404 ? 'There is no such page in Byline.' : errorMessage(error)
});
