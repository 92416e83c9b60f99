import { clock, storage } from '$lib/state/context';
import { yieldToMain } from '$lib/yield';
import { HOME_DATA, homeData } from './lib';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	depends(HOME_DATA);
	const data = await homeData(await storage.database(), clock);
	// Counting the cards and drawing the page are two tasks, not one that blocks a phone's input.
	await yieldToMain();
	return data;
};
