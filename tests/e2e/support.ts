import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

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
 * `E2E_CPU_SLOWDOWN=4` runs every page's main thread 4× slower (the DevTools protocol's CPU throttling, as
 * `npm run bench` slows a first visit), so a test that acts before the page shows what a user would wait for fails
 * here, as it would on a slower or busier CI machine, instead of passing by luck. Unset, pages run at full speed.
 */
const CPU_SLOWDOWN = Number(process.env.E2E_CPU_SLOWDOWN ?? 1);
if (!(CPU_SLOWDOWN >= 1))
	throw new Error(`E2E_CPU_SLOWDOWN must be a number of at least 1, not ${process.env.E2E_CPU_SLOWDOWN}`);

async function slowDown(page: Page): Promise<void> {
	// The session stays open: throttling ends when the session that set it detaches.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/**
 * Slows every page of the context: those a test opens are slowed before the test gets them (so before their first
 * navigation), and any the app opens itself as soon as they appear.
 */
function slowedContext(context: BrowserContext): BrowserContext {
	const slowed = new WeakMap<Page, Promise<void>>();
	context.on('page', (page) => slowed.set(page, slowDown(page)));
	const newPage = context.newPage.bind(context);
	context.newPage = async () => {
		const page = await newPage();
		await slowed.get(page);
		return page;
	};
	return context;
}

/**
 * The study day turns over at 4 am, and "due tomorrow" or "reviewed today" depend on the hour, so a test that reads
 * them sets `localTime` (hours, minutes, seconds on a fixed date far from any daylight-saving change) and the page's
 * clock starts there and runs on, whatever the hour CI happens to run at.
 */
export const test = base.extend<{ localTime: LocalTime | undefined; clockAtLocalTime: void }>({
	// Every context goes through the browser, the test's own and any a test opens for a second device.
	browser: [
		async ({ browser }, use) => {
			if (CPU_SLOWDOWN > 1) {
				const newContext = browser.newContext.bind(browser);
				browser.newContext = async (options) => slowedContext(await newContext(options));
			}
			await use(browser);
		},
		{ scope: 'worker' }
	],
	localTime: [undefined, { option: true }],
	clockAtLocalTime: [
		async ({ page, localTime }, use) => {
			if (localTime) await page.clock.install({ time: localDate(localTime) });
			await use();
		},
		{ auto: true }
	]
});

type LocalTime = [hours: number, minutes: number, seconds: number];

/** `localTime` on the tests' date, far from any daylight-saving change. */
export function localDate([hours, minutes, seconds]: LocalTime): Date {
	return new Date(2026, 5, 10, hours, minutes, seconds);
}
