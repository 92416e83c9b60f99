import { storage } from '$lib/state/context';
import { ARTICLE_DATA, articleView } from './lib';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, depends }) => {
	depends(ARTICLE_DATA);
	return { view: await articleView(await storage.database(), url.searchParams.get('deck')) };
};
