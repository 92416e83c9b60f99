import { clock, storage } from '$lib/state/context';
import { StudySession } from '$lib/state/study.svelte';
import { yieldToMain } from '$lib/yield';
import { STUDY_DATA, studyRequest } from './lib';
import type { PageLoad } from './$types';

/** The session the URL asks for, started: the page shows its first card, or why there is none. */
export const load: PageLoad = async ({ url, depends }) => {
	depends(STUDY_DATA);
	const { deckId, mode } = studyRequest(url.searchParams);
	const session = new StudySession(await storage.database(), clock);
	await session.start(deckId, mode);
	// Building the queue and drawing the first card are two tasks, not one that blocks a phone's input.
	await yieldToMain();
	return { session, deckId };
};
