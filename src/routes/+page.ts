import { clock, storage } from '$lib/state/context';
import { HOME_DATA, homeData } from './lib';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	depends(HOME_DATA);
	return homeData(await storage.database(), clock);
};
