import { version } from '$app/environment';
import { AppStorage } from './app.svelte';
import { systemClock, type Clock } from './clock';
import { InstallOffer } from './install.svelte';
import { UpdatePrompt } from './update.svelte';

/** One per page load: the app is client-only (ssr = false), so module scope is the browser tab. */
export const storage = new AppStorage(version);
export const update = new UpdatePrompt();
export const install = new InstallOffer();
/** The time every load and page reads; tests give a flow their own clock instead. */
export const clock: Clock = systemClock;
