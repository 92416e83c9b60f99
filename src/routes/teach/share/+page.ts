import { storage } from '$lib/state/context';
import { shippedDecks } from '$lib/state/shipped';
import { TEACHING, TeacherDesk } from '$lib/state/teacher';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, depends }) => {
	depends(TEACHING);
	const desk = new TeacherDesk(await storage.database());
	// Without the shipped decks (their file could not be read) every question travels in full: longer, still right.
	const [stored, shipped] = await Promise.all([
		desk.set(url.searchParams.get('id') ?? ''),
		shippedDecks().catch(() => [])
	]);
	return { desk, stored, shipped };
};
