import { storage } from '$lib/state/context';
import { TeacherDesk } from '$lib/state/teacher';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url }) => {
	const desk = new TeacherDesk(await storage.database());
	return { stored: await desk.set(url.searchParams.get('id') ?? '') };
};
