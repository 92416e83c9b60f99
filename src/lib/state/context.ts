import { version } from '$app/environment';
import { AppStorage } from './app.svelte';
import { UpdatePrompt } from './update.svelte';

/** One per page load: the app is client-only (ssr = false), so module scope is the browser tab. */
export const storage = new AppStorage(version);
export const update = new UpdatePrompt();
