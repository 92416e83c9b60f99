import { test as base, expect, type Page } from '@playwright/test';

export const DEFAULT_DECK_TITLE = /Xi and Putin Bind China and Russia/;

export const ROUTES = [
	{ path: '/', heading: 'Your decks' },
	{ path: '/study', heading: 'Study' },
	{ path: '/quiz', heading: 'Practice quiz' },
	{ path: '/missed', heading: 'Missed questions' },
	{ path: '/progress', heading: 'Progress' },
	{ path: '/teach', heading: 'Teach' },
	{ path: '/import', heading: 'Import an article' },
	{ path: '/settings', heading: 'Settings' }
];

/** Resolves once a service worker is activated and controls the page: only then is going offline meaningful. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
			);
		}
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
		}
	});
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

export async function openApp(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * The study day turns over at 4 am, and "due tomorrow" or "reviewed today" depend on the hour, so a test that reads
 * them sets `localTime` (hours, minutes, seconds on a fixed date far from any daylight-saving change) and the page's
 * clock starts there and runs on, whatever the hour CI happens to run at.
 */
export const test = base.extend<{ localTime: LocalTime | undefined; clockAtLocalTime: void }>({
	localTime: [undefined, { option: true }],
	clockAtLocalTime: [
		async ({ page, localTime }, use) => {
			if (localTime) await page.clock.install({ time: new Date(2026, 5, 10, ...localTime) });
			await use();
		},
		{ auto: true }
	]
});

type LocalTime = [hours: number, minutes: number, seconds: number];
