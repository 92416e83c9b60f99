import { storage } from '$lib/state/context';
import { TEACHING, TeacherDesk } from '$lib/state/teacher';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	depends(TEACHING);
	const desk = new TeacherDesk(await storage.database());
	return { desk, ...(await desk.shelf()) };
};
