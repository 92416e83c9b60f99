import { storage } from '$lib/state/context';
import { TeacherDesk } from '$lib/state/teacher';
import type { PageLoad } from './$types';

/** The result rides in the fragment, which a load cannot read: the page adds it through the desk. */
export const load: PageLoad = async () => ({ desk: new TeacherDesk(await storage.database()) });
