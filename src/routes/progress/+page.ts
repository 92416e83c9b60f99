import { clock, storage } from '$lib/state/context';
import { PROGRESS_DATA, progressData } from './lib';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	depends(PROGRESS_DATA);
	return progressData(await storage.database(), clock);
};
