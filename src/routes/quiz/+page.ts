import { storage } from '$lib/state/context';
import { QuizSession } from '$lib/state/quiz.svelte';
import type { PageLoad } from './$types';

/** One deck at a time: choosing another one is a navigation to `?deck=`, which loads it afresh. */
export const load: PageLoad = async ({ url }) => {
	const quiz = new QuizSession(await storage.database());
	await quiz.load(url.searchParams.get('deck') ?? undefined);
	return { quiz };
};
