import { storage } from '$lib/state/context';
import { TeacherDesk } from '$lib/state/teacher';
import type { PageLoad } from './$types';

/**
 * The result rides in the fragment, which a load cannot read: the page adds it through the desk. The desk gets
 * storage when it needs it, so a broken or oversized code is refused even while storage fails (the layout's banner
 * says why), instead of the page failing to load.
 */
export const load: PageLoad = () => ({ desk: new TeacherDesk(() => storage.database()) });
