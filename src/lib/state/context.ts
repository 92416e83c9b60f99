import { version } from '$app/environment';
import { AppStorage } from './app.svelte';
import { systemClock, type Clock } from './clock';
import { UpdatePrompt } from './update.svelte';

/** One per page load: the app is client-only (ssr = false), so module scope is the browser tab. */
export const storage = new AppStorage(version);
export const update = new UpdatePrompt();
/** The time every load and page reads; tests give a flow their own clock instead. */
export const clock: Clock = systemClock;
