import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { withBuiltApp } from './built-app.ts';

const LAUNCH = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
};

/** Bytes (gzip) of JS and CSS the page itself downloads on a first visit; the worker's precache runs after. */
export async function firstVisitBytes(url: string): Promise<{ js: number; css: number; files: number }> {
	const browser = await chromium.launch(LAUNCH);
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sizes = { js: 0, css: 0, files: 0 };
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		sizes[type === 'script' ? 'js' : 'css'] += gzipSync(body, { level: 9 }).length;
		sizes.files += 1;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await browser.close();
	return sizes;
}

/** A slow phone's CPU, as Lighthouse's mobile preset assumes (its simulated throttling also uses 4×). */
export const CPU_SLOWDOWN = 4;
/** A task longer than this blocks input: the Long Tasks API's threshold and the one total blocking time uses. */
export const LONG_TASK_MS = 50;

export interface LongTasks {
	path: string;
	/** Every task over 50 ms from navigation until the page has shown its data and gone quiet, in ms. */
	tasks: number[];
	/** The sum of each long task's time beyond 50 ms: total blocking time as Lighthouse counts it. */
	blockingMs: number;
	/** What ran in the longest frame, from the Long Animation Frames API: "kit.js 80 ms (import.then)". */
	longestScripts: string;
}

/**
 * Long tasks on a first visit (empty storage, service worker allowed, so the bundled deck is stored and the
 * precache runs as for a new user) with the CPU slowed down `CPU_SLOWDOWN` times through the DevTools protocol.
 * Tasks are read with a PerformanceObserver for 'longtask' registered before the page's own scripts, from the
 * navigation until `ready` is on screen and a second has passed with no network request and no new long task.
 */
export async function firstVisitLongTasks(
	url: string,
	path: string,
	ready: string,
	servedHtml?: string
): Promise<LongTasks> {
	const browser = await chromium.launch(LAUNCH);
	try {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		if (servedHtml !== undefined)
			await page.route(`${url}${path}`, (route) =>
				route.fulfill({ contentType: 'text/html', body: servedHtml })
			);
		await page.addInitScript(() => {
			const found: number[] = [];
			const frames: { duration: number; scripts: string }[] = [];
			Object.assign(window, { __longTasks: found, __frames: frames });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) found.push(entry.duration);
			}).observe({ type: 'longtask', buffered: true });
			type Frame = PerformanceEntry & {
				scripts: { duration: number; invokerType: string; sourceURL: string }[];
			};
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Frame[]) {
					const scripts = entry.scripts
						.map(
							(s) =>
								`${s.sourceURL.split('/').pop() || '(page)'} ${Math.round(s.duration)} ms (${s.invokerType})`
						)
						.join(', ');
					frames.push({ duration: entry.duration, scripts: scripts || 'no script: parsing, style, layout' });
				}
			}).observe({ type: 'long-animation-frame', buffered: true });
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		let lastActivity = Date.now();
		page.on('request', () => (lastActivity = Date.now()));
		page.on('requestfinished', () => (lastActivity = Date.now()));
		await page.goto(`${url}${path}`);
		// Polled through the protocol with a one-line expression: Playwright's locators inject a script of their
		// own, whose evaluation is itself a long task on a slowed CPU.
		const poll = async (expression: string) =>
			(await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as unknown;
		// textContent, not innerText: innerText lays the page out to know what is hidden, and at 4× that probe was
		// itself a long task (52 ms, 41–49 of it layout, in a trace), counted as the app's. Inside `main`, so the inline
		// start script's words are not read as the page's.
		const shown = `document.getElementById('main')?.textContent.includes(${JSON.stringify(ready)})`;
		const deadline = Date.now() + 60_000;
		while (!(await poll(shown))) {
			if (Date.now() > deadline) throw new Error(`${path} never showed “${ready}”`);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		let count = -1;
		for (;;) {
			const now = Number(await poll('window.__longTasks.length'));
			if (now !== count) {
				count = now;
				lastActivity = Math.max(lastActivity, Date.now());
			}
			if (Date.now() - lastActivity > 1000) break;
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		const tasks = (await poll('window.__longTasks')) as number[];
		const frames = (await poll('window.__frames')) as { duration: number; scripts: string }[];
		const rounded = tasks.map((ms) => Math.round(ms));
		const longest = frames.sort((a, b) => b.duration - a.duration)[0];
		return {
			path,
			tasks: rounded,
			blockingMs: rounded.reduce((sum, ms) => sum + Math.max(0, ms - LONG_TASK_MS), 0),
			longestScripts: longest ? `${Math.round(longest.duration)} ms frame: ${longest.scripts}` : ''
		};
	} finally {
		await browser.close();
	}
}

/**
 * What this browser costs before any app code: a first visit to two paragraphs of static text, no script, in the
 * app's font. On a first visit headless Chromium with an empty profile runs tasks of parsing, style and layout
 * over 50 ms at 4× for such a page alone, so the app's tasks are read against this floor, not against zero.
 */
const FLOOR_PAGE = {
	path: '/floor-static-text.html',
	ready: 'questions',
	html:
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ' +
		'content="width=device-width, initial-scale=1"><title>Floor</title><style>body{font-family:system-ui,' +
		'-apple-system,\'Segoe UI\',Roboto,sans-serif}</style></head><body><main id="main"><h1>A static page</h1>' +
		'<p>Two paragraphs of text and no script: the questions of a deck would go here.</p><p>Nothing else.</p>' +
		'</main></body></html>'
};

/** The pages a new user lands on, and text each shows once its data is read. */
export const FIRST_PAGES = [
	{ path: '/', ready: 'questions' },
	{ path: '/study', ready: 'new' }
];

export function printLongTasks(runs: LongTasks[]): void {
	for (const path of new Set(runs.map((run) => run.path))) {
		const mine = runs.filter((run) => run.path === path);
		const longest = mine.map((run) => Math.max(0, ...run.tasks));
		const worst = Math.max(...longest);
		console.log(
			`first visit of ${path}, CPU ${CPU_SLOWDOWN}× slower: longest task ${longest.join(', ')} ms in ${mine.length} runs ` +
				`(tasks over ${LONG_TASK_MS} ms: ${mine.map((run) => run.tasks.length).join(', ')}; blocking ` +
				`${mine.map((run) => run.blockingMs).join(', ')} ms; target: none over ${LONG_TASK_MS} ms) ` +
				`${worst <= LONG_TASK_MS ? 'ok' : 'OVER'}`
		);
		if (path === FLOOR_PAGE.path)
			console.log('  (the floor: a static page with no script, served the same way)');
		const slowest = mine[longest.indexOf(worst)];
		if (slowest?.longestScripts) console.log(`  longest frame of the slowest run: ${slowest.longestScripts}`);
	}
}

export async function measureFirstVisits(url: string, runs = 3): Promise<LongTasks[]> {
	const found: LongTasks[] = [];
	for (let i = 0; i < runs; i++)
		found.push(await firstVisitLongTasks(url, FLOOR_PAGE.path, FLOOR_PAGE.ready, FLOOR_PAGE.html));
	for (const { path, ready } of FIRST_PAGES)
		for (let i = 0; i < runs; i++) found.push(await firstVisitLongTasks(url, path, ready));
	return found;
}

// Run alone: `tsx scripts/first-visit.ts` builds and serves on BENCH_FIRST_PORT (4192 by default), or measures a
// running build at BENCH_FIRST_URL.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	if (process.env.BENCH_FIRST_URL) printLongTasks(await measureFirstVisits(process.env.BENCH_FIRST_URL));
	else
		await withBuiltApp('first-visit', Number(process.env.BENCH_FIRST_PORT ?? 4192), async (url) =>
			printLongTasks(await measureFirstVisits(url))
		);
}
