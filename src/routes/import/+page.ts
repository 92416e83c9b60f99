import { storage } from '$lib/state/context';
import { ArticleImport } from '$lib/state/import.svelte';
import { REPORTED, ReportedReview } from '$lib/state/reported';
import type { PageLoad } from './$types';

/** `/import?deck=…` is that deck's review screen for reported questions; `/import` imports an article. */
export const load: PageLoad = async ({ url, depends }) => {
	const db = await storage.database();
	const deckId = url.searchParams.get('deck');
	if (deckId) {
		depends(REPORTED);
		const review = new ReportedReview(db);
		return { deckId, review, reported: await review.load(deckId), flow: undefined };
	}
	const flow = new ArticleImport(db);
	await flow.load();
	return { deckId: undefined, review: undefined, reported: undefined, flow };
};
