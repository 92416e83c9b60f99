import { asset, base } from '$app/paths';
import { dev } from '$app/environment';

/**
 * A new deploy waits until the user agrees: swapping code under an open study session would lose the card in
 * hand, and the old worker keeps serving the old chunks until then.
 */
export class UpdatePrompt {
	ready = $state(false);
	#waiting: ServiceWorker | null = null;

	/**
	 * Registers the service worker once `after` has settled (the layout passes the storage the page waits for; ten
	 * seconds at most), the page has loaded and the main thread is idle: on a first visit its install downloads the
	 * whole app to precache it, which should not compete with the page's own requests and work.
	 */
	async register(after?: Promise<unknown>): Promise<void> {
		const wait = new Promise((resolve) => setTimeout(resolve, 10_000));
		await Promise.race([after?.catch(() => undefined), wait]);
		await idleAfterLoad();
		linkManifest();
		if (!('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register(`${base}/service-worker.js`, {
			type: dev ? 'module' : 'classic',
			scope: `${base}/`
		});
		const offer = (worker: ServiceWorker | null) => {
			if (worker && navigator.serviceWorker.controller) {
				this.#waiting = worker;
				this.ready = true;
			}
		};
		offer(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed') offer(installing);
			});
		});
		let reloading = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#waiting && !reloading) {
				reloading = true;
				location.reload();
			}
		});
		// An app left open for days should still hear of a deploy.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
		});
	}

	apply(): void {
		this.#waiting?.postMessage({ type: 'SKIP_WAITING' });
	}
}

/**
 * The web app manifest is linked with the worker, not in app.html: Chromium fetches it, and then its icon, as soon as
 * it is linked, and on a first visit those two requests took connections and bandwidth from the page's scripts (on
 * Lighthouse's simulated phone, HTTP/1.1 with six connections). The browser offers to install only once this worker
 * is active, so the offer comes no later.
 */
function linkManifest(): void {
	const link = document.createElement('link');
	link.rel = 'manifest';
	link.href = asset('/manifest.webmanifest');
	document.head.append(link);
}

function idleAfterLoad(): Promise<void> {
	return new Promise((resolve) => {
		const idle = () =>
			'requestIdleCallback' in window
				? requestIdleCallback(() => resolve(), { timeout: 3000 })
				: setTimeout(resolve, 500);
		if (document.readyState === 'complete') idle();
		else addEventListener('load', idle, { once: true });
	});
}
