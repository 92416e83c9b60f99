import { storage } from '$lib/state/context';
import { TEACHING, TeacherDesk } from '$lib/state/teacher';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, depends }) => {
	depends(TEACHING);
	const desk = new TeacherDesk(await storage.database());
	return { desk, stored: await desk.set(url.searchParams.get('id') ?? '') };
};
