import { clock, storage } from '$lib/state/context';
import { yieldToMain } from '$lib/yield';
import { HOME_DATA, homeData } from './lib';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	depends(HOME_DATA);
	const home = storage.database().then(async (db) => {
		const data = await homeData(db, clock);
		// Counting the cards and drawing them are two tasks, not one that blocks a phone's input.
		await yieldToMain();
		return data;
	});
	// Until storage is ready (the tab's first load; on a first visit, after the bundled deck is stored) the page is
	// drawn without waiting for it: its heading and what the app does, the largest text on a phone's screen, waited
	// for the worker to store the deck, and a slow phone's largest contentful paint with it. Later loads (after a
	// rename or delete) wait, so the decks on screen stay until the new counts replace them.
	return { home: storage.status === 'ready' ? await home : home };
};
