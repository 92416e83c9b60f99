import { clock, storage } from '$lib/state/context';
import { MISSED_DATA, loadMissed } from './lib';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	depends(MISSED_DATA);
	const items = await loadMissed(await storage.database());
	return { items, now: clock.now() };
};
