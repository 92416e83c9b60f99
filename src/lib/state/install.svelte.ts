import { installRoute, type InstallRoute } from '$lib/install/platform';

/** Chromium's install prompt event; not in TypeScript's DOM types. */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * What the home page can say about working offline and installing: "Ready offline" once a service worker is
 * active (it has precached the whole app), an Install button where the browser fires `beforeinstallprompt`, the
 * Add to Home Screen steps on iOS Safari. Listening starts with the app (`listen` in the layout), since the prompt
 * event may fire before the home page is shown.
 */
export class InstallOffer {
	offlineReady = $state(false);
	/** The browser offered to install: the Install button can open its prompt. */
	canPrompt = $state(false);
	route = $state<InstallRoute>('other');
	#prompt: InstallPromptEvent | undefined;

	listen(): void {
		const standalone =
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true;
		this.route = installRoute(navigator.userAgent, navigator.maxTouchPoints, standalone);
		addEventListener('beforeinstallprompt', (event) => {
			// The browser's own mini-infobar would come and go; the home page offers it where it is explained.
			event.preventDefault();
			this.#prompt = event as InstallPromptEvent;
			this.canPrompt = true;
		});
		addEventListener('appinstalled', () => {
			this.#prompt = undefined;
			this.canPrompt = false;
			this.route = 'installed';
		});
		navigator.serviceWorker?.ready.then(() => (this.offlineReady = true)).catch(() => undefined);
	}

	async install(): Promise<void> {
		const prompt = this.#prompt;
		if (!prompt) return;
		await prompt.prompt();
		const { outcome } = await prompt.userChoice;
		// A prompt can be used once; after a "no" the browser may offer it again later with a new event.
		this.#prompt = undefined;
		this.canPrompt = false;
		if (outcome === 'accepted') this.route = 'installed';
	}
}
