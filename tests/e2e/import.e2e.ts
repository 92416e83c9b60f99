import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, type Page, type Worker as PageWorker } from '@playwright/test';
import { DEFAULT_DECK_TITLE, openApp, test, waitForServiceWorker } from './support';

const article = readFileSync('questions/articles/xi-putin-moscow-2023.txt', 'utf8');
const TITLE = 'Xi and Putin Bind China and Russia’s Economies Further, Despite War in Ukraine';

async function noViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('paste an article offline, watch it generate, review, save and find the new deck', async ({
	page,
	context
}) => {
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	await waitForServiceWorker(page);
	await context.setOffline(true);

	await page.goto('/import');
	await page.getByLabel('Article text').fill(article);
	await expect(page.getByLabel('Title')).toHaveValue(TITLE);
	await page.getByLabel('Date published').fill('2023-03-21');
	await noViolations(page);

	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('progressbar', { name: 'Generating questions' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /Step \d of 2/ })).toBeVisible();

	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({
		timeout: 30_000
	});
	await expect(page.getByRole('heading', { level: 2, name: 'Who said what' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Figures' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Dates' })).toBeVisible();
	await expect(page.getByText('FROM THE ARTICLE').first()).toBeVisible();
	await noViolations(page);

	// Reject one question, correct another, and save the rest.
	const boxes = page.getByRole('checkbox', { name: /^Accept/ });
	const total = await boxes.count();
	const acceptedBefore = await page.getByRole('checkbox', { name: /^Accept/, checked: true }).count();
	await boxes.last().uncheck();
	const whoSaid = page.locator('li.question').filter({ hasText: 'Who said it?' }).first();
	await whoSaid.getByRole('button', { name: /^Edit/ }).click();
	await whoSaid.getByRole('textbox', { name: 'Wrong choice 1' }).fill('Sergei Lavrov');
	await whoSaid.getByRole('button', { name: 'Save changes' }).click();
	await expect(whoSaid.getByText('Edited')).toBeVisible();
	await expect(whoSaid.getByText('Sergei Lavrov')).toBeVisible();
	const saved = acceptedBefore - 1;
	expect(total).toBeGreaterThan(saved);
	await page.getByRole('button', { name: `Save ${saved} questions` }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Deck saved' })).toBeVisible();
	await expect(page.getByText(`is ready with ${saved} questions`)).toBeVisible();
	await page.getByRole('link', { name: 'Your decks' }).click();
	const deck = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
	await expect(deck).toHaveCount(2);
	await expect(deck.getByText(`${saved} questions`)).toBeVisible();

	// The same article again says it updates that deck, keeping progress.
	await page.goto('/import');
	await page.getByLabel('Article text').fill(article);
	await expect(
		page.getByText(`This updates your deck “${TITLE}”; progress on unchanged questions is kept.`)
	).toBeVisible();
});

test('the language libraries load only on /import, from a worker', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
	});
	for (const path of ['/', '/study', '/quiz', '/missed', '/progress', '/settings']) await openApp(page, path);
	expect(scripts.filter((url) => url.includes('generate.worker'))).toEqual([]);
	await openApp(page, '/import');
	await page.getByLabel('Article text').fill(article);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({
		timeout: 30_000
	});
	expect(scripts.filter((url) => url.includes('generate.worker'))).toHaveLength(1);
});

test('cancel stops generation and leaves the article to try again', async ({ page }) => {
	await openApp(page, '/import');
	await page.getByLabel('Article text').fill(article.repeat(8));
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('alert')).toHaveText('Stopped. Nothing was saved.');
	await expect(page.getByLabel('Article text')).toHaveValue(article.repeat(8));
});

test('an HTML file with scripts is reduced to text and nothing in it runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await openApp(page, '/import');
	const html = `<!doctype html><html><head><title>Bridge to close for repairs | Riverton Gazette</title>
		<script>window.pwned = 'head'; alert('head script')</script></head><body>
		<h1>Bridge to close for repairs</h1>
		<p>The Riverton bridge will close on Monday, the mayor said.<img src="x" onerror="window.pwned='img'; alert('img')"></p>
		<p><a href="javascript:window.pwned='link';alert('link')">Read more</a></p>
		<svg onload="window.pwned='svg'"><script>alert('svg')</script></svg>
		<iframe srcdoc="<script>parent.pwned='frame'</script>"></iframe>
		<script>window.pwned = 'body'; alert('body script')</script></body></html>`;
	await page.getByLabel('Open a .txt, .md or .html file').setInputFiles({
		name: 'bridge.html',
		mimeType: 'text/html',
		buffer: Buffer.from(html)
	});
	await expect(page.getByLabel('Title')).toHaveValue('Bridge to close for repairs');
	await expect(page.getByLabel('Source')).toHaveValue('Riverton Gazette');
	const text = await page.getByLabel('Article text').inputValue();
	expect(text).toContain('The Riverton bridge will close on Monday, the mayor said.');
	expect(text).not.toMatch(/pwned|alert|script/);
	await page.getByRole('link', { name: 'Home' }).first().click();
	await openApp(page, '/import');
	expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('bad input gets a clear message and nothing is generated', async ({ page }) => {
	await openApp(page, '/import');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('alert')).toContainText('There is no text to work with');

	await page.getByLabel('Open a .txt, .md or .html file').setInputFiles({
		name: 'photo.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
	});
	await expect(page.getByRole('alert')).toContainText('This file is not text');

	const french =
		'Poutine et Xi scellent leur alliance\n\nLe président russe et le dirigeant chinois ont déclaré mardi un partenariat économique durable et promis d’apporter davantage d’énergie russe en Chine, alors que les deux dirigeants cherchaient à isoler leurs pays des sanctions occidentales et des autres conséquences de la guerre.';
	await page.getByLabel('Article text').fill(french);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('alert')).toContainText('does not look like English');

	await page
		.getByLabel('Article text')
		.fill(
			'Weather\n\nIt was sunny and warm across the region, and people went outside to enjoy it in the parks near the river with their friends and their families.'
		);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('alert')).toContainText('no quotes, figures or dates', { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: 'Import an article' })).toBeVisible();
});

test('a reported question is listed on its deck’s review screen, and fixing it shows it again', async ({
	page
}) => {
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	const prompt = await page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('byline');
				open.onsuccess = () => {
					const tx = open.result.transaction(['questions', 'cards'], 'readwrite');
					const all = tx.objectStore('questions').getAll();
					all.onsuccess = () => {
						const question = (all.result as { key: string; type: string; prompt: string }[]).find(
							(q) => q.type === 'who-said'
						)!;
						tx.objectStore('questions').put({
							...question,
							reported: { at: Date.now(), note: 'Wrong speaker' }
						});
						const card = tx.objectStore('cards').get(question.key);
						card.onsuccess = () => tx.objectStore('cards').put({ ...card.result, hidden: true });
						tx.oncomplete = () => {
							open.result.close();
							resolve(question.prompt);
						};
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.goto('/import');
	await page.getByRole('link', { name: DEFAULT_DECK_TITLE }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Reported questions' })).toBeVisible();
	await expect(page.getByText('“Wrong speaker”')).toBeVisible();
	await noViolations(page);
	await page.getByRole('listitem').filter({ hasText: prompt }).getByRole('button', { name: /^Edit/ }).click();
	await page.getByRole('textbox', { name: 'Wrong choice 1' }).fill('Sergei Lavrov');
	await page.getByRole('button', { name: 'Save and show again' }).click();
	await expect(page.getByRole('status')).toHaveText(/back in the deck, with its progress/);
	await expect(page.getByText('Nothing to fix here.')).toBeVisible();
});

test('issue 6: a long article is reviewed a fact at a time, editing keeps focus, and the deck leads to a set', async ({
	page
}) => {
	await openApp(page, '/import');
	await page
		.getByLabel('Article text')
		.fill(readFileSync('questions/test-articles/resistant-infections-report.txt', 'utf8'));
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({
		timeout: 30_000
	});
	// Long enough that reading every question at once would be a chore: about 40 facts, each asked
	// once or twice.
	const total = await page.getByRole('checkbox', { name: /^Accept/, checked: true }).count();
	expect(total).toBeGreaterThan(30);

	// Opening the editor puts focus in it; closing it puts focus back on its Edit button.
	const edit = page.getByRole('button', { name: /^Edit/ }).first();
	await edit.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('form', { name: 'Edit question' }).getByRole('textbox').first()).toBeFocused();
	await page.getByRole('form', { name: 'Edit question' }).getByRole('button', { name: 'Cancel' }).click();
	await expect(edit).toBeFocused();

	// One button rejects every question of a wrong fact and folds it away.
	const fact = page.locator('article.fact').first();
	const own = fact.getByRole('checkbox', { name: /^Accept/ });
	const count = await own.count();
	await fact.getByRole('button', { name: /^Reject this fact/ }).click();
	await expect(fact.getByRole('checkbox', { name: /^Accept/, checked: true })).toHaveCount(0);
	await expect(fact.getByText(`0 of ${count} accepted`)).toBeVisible();
	await expect(page.getByRole('button', { name: `Save ${total - count} questions` })).toBeVisible();
	const disclosure = fact.getByRole('button', { name: new RegExp(`^Show ${count} questions`) });
	await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
	await expect(fact.locator('li.question').first()).toBeHidden();
	await fact.getByRole('button', { name: /^Accept this fact/ }).click();
	await expect(fact.getByText(`${count} of ${count} accepted`)).toBeVisible();
	await expect(page.getByRole('button', { name: `Save ${total} questions` })).toBeVisible();

	// A whole group folds to its facts and their sentences; the page gets far shorter (with a question or two per
	// fact, the sentences stay).
	const long = await page.evaluate(() => document.documentElement.scrollHeight);
	for (const group of ['Who said what', 'Figures', 'Dates'])
		await page.getByRole('button', { name: `Hide questions in ${group}` }).click();
	await expect(page.locator('li.question:visible')).toHaveCount(0);
	const short = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(short).toBeLessThan(long * 0.7);
	await noViolations(page);

	// A teacher goes straight from the saved deck to a quiz set drawn from it alone.
	await page.getByRole('button', { name: /^Save \d+ questions$/ }).click();
	await page.getByRole('link', { name: 'Make a quiz set from it' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'New set' })).toBeVisible();
	await expect(page.locator('summary', { hasText: 'Filters' })).toContainText('1 of 2 decks');
	await page.locator('summary', { hasText: 'Filters' }).click();
	const decks = page.getByRole('group', { name: 'From decks' });
	await expect(decks.getByRole('checkbox', { checked: true })).toHaveCount(1);
	await expect(decks.getByRole('checkbox', { name: /Drug-Resistant Infections/ })).toBeChecked();
	await expect(page.getByLabel('Title')).toHaveValue(/^Drug-Resistant Infections/);
});

/**
 * About 1 MB of real news writing, under the 1 MiB import limit: the bundled and test articles' paragraphs over
 * and over, each copy's numbers changed so that its figures are new facts rather than repeats.
 */
function hugeArticle(): string {
	const bodies = [
		'questions/articles/xi-putin-moscow-2023.txt',
		...readdirSync('questions/test-articles')
			.filter((name) => name.endsWith('.txt'))
			.map((name) => `questions/test-articles/${name}`)
	].map((path) => readFileSync(path, 'utf8').split('\n').slice(1).join('\n').trim());
	let text = 'A Year of Reports, Collected\n\n';
	for (let copy = 0; ; copy++) {
		const body = bodies[copy % bodies.length]!.replace(/\b\d{3,}\b/g, (digits) =>
			/^(?:19|20)\d\d$/.test(digits) ? digits : String(Number(digits) + 7 * copy)
		);
		if (new TextEncoder().encode(text + body).length > 1_000_000) return text;
		text += `${body}\n\n`;
	}
}

test('issue 13: a 1 MB article becomes a capped deck whose review says what was left out, and leaving the page stops its worker', async ({
	page
}) => {
	const workers: PageWorker[] = [];
	const closed = new Set<PageWorker>();
	// Only the generator's workers: a first visit also starts the worker that stores the bundled deck.
	page.on('worker', (worker) => {
		if (!worker.url().includes('generate')) return;
		workers.push(worker);
		worker.on('close', () => closed.add(worker));
	});
	// What the page does with its generator workers, in order: the messages it hears ("message:done") and its
	// terminate calls.
	await page.addInitScript(() => {
		const log: string[] = [];
		Object.assign(window, { workerLog: log });
		const generators = new WeakSet<Worker>();
		const NativeWorker = Worker;
		window.Worker = class extends NativeWorker {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				if (String(url).includes('generate')) generators.add(this);
			}
		};
		const terminate = NativeWorker.prototype.terminate;
		NativeWorker.prototype.terminate = function (this: Worker) {
			if (generators.has(this)) log.push('terminate');
			terminate.call(this);
		};
		const listen = EventTarget.prototype.addEventListener;
		NativeWorker.prototype.addEventListener = function (
			this: Worker,
			...args: Parameters<Worker['addEventListener']>
		) {
			if (args[0] === 'message' && generators.has(this))
				listen.call(this, 'message', (event) => log.push(`message:${(event as MessageEvent).data?.type}`));
			listen.apply(this, args as Parameters<EventTarget['addEventListener']>);
		};
	});
	const workerLog = () => page.evaluate(() => (window as unknown as { workerLog: string[] }).workerLog);
	const text = hugeArticle();
	expect(new TextEncoder().encode(text).length).toBeGreaterThan(900_000);

	await openApp(page, '/import');
	await page.getByLabel('Open a .txt, .md or .html file').setInputFiles({
		name: 'reports.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(text)
	});
	await expect(page.getByLabel('Title')).toHaveValue('A Year of Reports, Collected');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({
		timeout: 90_000
	});
	const summary = await page.getByText(/^\d+ questions from \d+ facts/).textContent();
	const [kept, facts] = (summary?.match(/\d+/g) ?? []).map(Number);
	expect(kept).toBeGreaterThan(250);
	expect(kept).toBeLessThanOrEqual(300);
	expect(facts).toBeGreaterThan(5_000);
	await expect(
		page.getByText(
			new RegExp(
				`^This is a long text: Byline kept ${kept} questions spread over all of it and left out [\\d,]+ quotes, [\\d,]+ figures and [\\d,]+ dates, to keep the deck one you can study\\.$`
			)
		)
	).toBeVisible();
	// Every kind of fact is asked about, not only the quotes of the first pages.
	for (const group of ['Who said what', 'Figures', 'Dates'])
		await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Save \d+ questions$/ })).toBeVisible();
	expect(workers).toHaveLength(1);
	await expect.poll(() => closed.size).toBe(1);

	expect(await workerLog()).toEqual(['message:ready', 'message:working', 'message:done', 'terminate']);

	// Again, and leave for Home while it works: the worker is terminated before it is done, not left to finish
	// for nobody.
	await page.getByRole('button', { name: 'Discard' }).click();
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Step 2 of 2' })).toBeVisible();
	expect(workers).toHaveLength(2);
	await page.getByRole('link', { name: 'Home', exact: true }).filter({ visible: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
	await expect.poll(async () => (await workerLog()).slice(4)).toContain('terminate');
	expect((await workerLog()).slice(4)).toEqual(['message:ready', 'message:working', 'terminate']);
	await expect.poll(() => closed.has(workers[1]!), { timeout: 60_000 }).toBe(true);
});

test('stop 70 user check: a review of one question says "1 question", not "1 questions"', async ({
	page
}) => {
	await openApp(page, '/import');
	await page
		.getByLabel('Article text')
		.fill(
			'Market in the old quarter is saved\n\nA spokesperson for Kellby Estates welcomed the new lease. "We want the market to stay for another 40 years," he said.'
		);
	await page.getByLabel('Date published').fill('2026-11-30');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({
		timeout: 60_000
	});
	await expect(page.getByText(/^1 question from 2 facts in/)).toBeVisible();
});
