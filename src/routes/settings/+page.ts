import { clock, storage } from '$lib/state/context';
import { SETTINGS_DATA, settingsData } from './lib';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	depends(SETTINGS_DATA);
	return settingsData(await storage.database(), clock, navigator.storage);
};
