/**
 * Study speed with a big collection: 20,000 questions and 200,000 reviews seeded in IndexedDB through the page.
 * Measures opening /study until the first card is in the page (target 300 ms) and an answer until the next card
 * is (median target 16 ms). Run alone (`tsx scripts/bench-study.ts`: builds and serves on BENCH_STUDY_PORT, 4181
 * by default), against a running build (BENCH_STUDY_URL=http://localhost:4173), or through `benchStudy(url)`.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { withBuiltApp } from './built-app.ts';

const DECKS = 20;
const QUESTIONS_PER_DECK = 1000;
const REVIEWS = 200_000;
const OPENS = 7;
const ANSWERS = 40;

export interface StudyFigures {
	openMs: number[];
	rateMs: number[];
	chooseMs: number[];
	nextMs: number[];
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Writes the collection from inside the page, in a few large transactions, as the app would store it. */
async function seed(page: Page): Promise<void> {
	await page.evaluate(
		async ({ decks, perDeck, reviews }) => {
			const DAY = 86_400_000;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('byline');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const commit = (tx: IDBTransaction) =>
				new Promise<void>((resolve, reject) => {
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				});
			const now = Date.now();
			const tz = new Date().getTimezoneOffset();
			const sentence =
				'The council said the bridge carries 40,000 cars a day, Mayor Ana Ortiz said on Tuesday. ';
			const text = sentence.repeat(40);
			let random = 12345;
			const rand = () => {
				random = (random * 1103515245 + 12345) % 2147483648;
				return random / 2147483648;
			};
			const reviewed: { key: string; deckId: string; card: Record<string, unknown> }[] = [];
			for (let d = 0; d < decks; d++) {
				const deckId = `bench-${d}`;
				const tx = db.transaction(['decks', 'questions', 'cards'], 'readwrite');
				tx.objectStore('decks').put({
					id: deckId,
					title: `Bench deck ${String(d + 1).padStart(2, '0')}`,
					article: { title: 'Bench', text },
					facts: [
						{
							id: 'f0',
							kind: 'quote',
							quote: 'cars a day',
							speaker: { name: 'Ana Ortiz', role: '' },
							confidence: 'high',
							evidence: { start: 0, end: sentence.length }
						}
					],
					origin: 'imported',
					bankHash: deckId,
					questionCount: perDeck,
					createdAt: now - 400 * DAY,
					updatedAt: now - 400 * DAY
				});
				for (let i = 0; i < perDeck; i++) {
					const id = `q${i}`;
					const key = `${deckId}/${id}`;
					const flashcard = i % 2 === 1;
					tx.objectStore('questions').put({
						id,
						factId: 'f0',
						type: flashcard ? 'flashcard' : 'who-said',
						prompt: `Question ${i} of ${deckId}: who said “cars a day”?`,
						...(flashcard ? {} : { choices: ['Ana Ortiz', 'Ken Walsh', 'Priya Nair', 'Tom Reyes'] }),
						answer: 'Ana Ortiz',
						explanation: 'Ana Ortiz said it.',
						evidence: { start: 0, end: sentence.length },
						key,
						deckId,
						order: i,
						retired: false
					});
					const base = { key, deckId, order: i, hidden: false };
					if (i >= perDeck - perDeck / 10) {
						tx.objectStore('cards').put({
							...base,
							due: now - 400 * DAY,
							stability: 0,
							difficulty: 0,
							elapsedDays: 0,
							scheduledDays: 0,
							learningSteps: 0,
							reps: 0,
							lapses: 0,
							state: 'new'
						});
						continue;
					}
					// Most reviews scheduled weeks ahead, about 1% overdue: a student who studies most days.
					const scheduledDays = 1 + Math.floor(rand() * 120);
					const dueIn = rand() < 0.01 ? -Math.floor(rand() * 5) - 1 : Math.ceil(rand() * scheduledDays);
					const due = now + dueIn * DAY;
					const card = {
						due,
						stability: scheduledDays,
						difficulty: 5,
						elapsedDays: scheduledDays,
						scheduledDays,
						learningSteps: 0,
						reps: 11,
						lapses: 1,
						state: 'review',
						lastReview: due - scheduledDays * DAY,
						lastReviewTzOffset: tz
					};
					tx.objectStore('cards').put({ ...base, ...card });
					reviewed.push({ key, deckId, card });
				}
				await commit(tx);
			}
			const perCard = Math.ceil(reviews / reviewed.length);
			let written = 0;
			for (let start = 0; start < reviewed.length && written < reviews; start += 2000) {
				const tx = db.transaction('reviews', 'readwrite');
				const store = tx.objectStore('reviews');
				for (const { key, deckId, card } of reviewed.slice(start, start + 2000)) {
					for (let r = 0; r < perCard && written < reviews; r++, written++) {
						store.add({
							cardId: key,
							deckId,
							at: (card.lastReview as number) - (perCard - r) * 7 * DAY,
							tzOffsetMinutes: tz,
							rating: 'good',
							mode: 'study',
							before: card,
							given: 'Ana Ortiz',
							correct: true,
							ms: 3000
						});
					}
				}
				await commit(tx);
			}
			db.close();
		},
		{ decks: DECKS, perDeck: QUESTIONS_PER_DECK, reviews: REVIEWS }
	);
}

/** Clicks a button found in the page and resolves with the ms until `done` holds for the DOM. */
async function timeClick(page: Page, button: string, done: 'next-card' | 'feedback'): Promise<number> {
	return page.evaluate(
		({ button, done }) =>
			new Promise<number>((resolve, reject) => {
				const card = document.querySelector('article[data-question]');
				const target = [
					...document.querySelectorAll<HTMLButtonElement>('article[data-question] button')
				].find(
					(b) => b.getAttribute('aria-label')?.startsWith(button) || b.textContent?.trim().endsWith(button)
				);
				if (!card || !target) return reject(new Error(`no ${button} button`));
				const settled = () =>
					done === 'feedback'
						? document.querySelector('article[data-question] [aria-live] p') !== null
						: document.querySelector('article[data-question]') !== card &&
							document.querySelector('article[data-question]') !== null;
				const started = performance.now();
				const observer = new MutationObserver(() => {
					if (!settled()) return;
					observer.disconnect();
					resolve(performance.now() - started);
				});
				observer.observe(document.body, { childList: true, subtree: true });
				target.click();
			}),
		{ button, done }
	);
}

export async function benchStudy(url: string): Promise<StudyFigures> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		// tsx keeps function names with a `__name` helper that the page does not have; the functions sent to it need it.
		await context.addInitScript('globalThis.__name = (fn) => fn;');
		const page = await context.newPage();
		await page.goto(`${url}/`);
		await page
			.getByText(/\d+ questions/)
			.first()
			.waitFor({ timeout: 30_000 });
		const seeding = Date.now();
		await seed(page);
		console.log(
			`seeded ${DECKS * QUESTIONS_PER_DECK} questions and ${REVIEWS} reviews in ${((Date.now() - seeding) / 1000).toFixed(1)} s`
		);
		// Time from navigation start until the first card is in the page: scripts, storage, queue and question.
		await context.addInitScript(() => {
			const w = window as unknown as { firstCardAt?: number };
			new MutationObserver((_, observer) => {
				if (document.querySelector('article[data-question]')) {
					w.firstCardAt = performance.now();
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		const openMs: number[] = [];
		for (let i = 0; i <= OPENS; i++) {
			await page.goto(`${url}/study`);
			await page.locator('article[data-question]').waitFor({ timeout: 30_000 });
			const at = await page.evaluate(() => (window as unknown as { firstCardAt: number }).firstCardAt);
			// The first open warms the HTTP cache and the service worker, as a student's second visit would be.
			if (i > 0) openMs.push(at);
		}
		const rateMs: number[] = [];
		const chooseMs: number[] = [];
		const nextMs: number[] = [];
		while (rateMs.length < ANSWERS || chooseMs.length < ANSWERS) {
			const flashcard = await page.locator('article[data-question] .flashcard').count();
			if (flashcard) {
				await page.getByRole('button', { name: /Show answer/ }).click();
				rateMs.push(await timeClick(page, 'Easy', 'next-card'));
			} else {
				chooseMs.push(await timeClick(page, 'Ana Ortiz', 'feedback'));
				nextMs.push(await timeClick(page, 'Next', 'next-card'));
			}
		}
		return { openMs, rateMs, chooseMs, nextMs };
	} finally {
		await browser.close();
	}
}

export function printStudyFigures(figures: StudyFigures): void {
	const line = (label: string, values: number[], target: number) => {
		const m = median(values);
		console.log(
			`${label}: median ${m.toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}, n=${values.length}); target ${target} ms ${m <= target ? 'ok' : 'MISSED'}`
		);
	};
	line('open /study → first card', figures.openMs, 300);
	line('flashcard rated → next card (answer saved)', figures.rateMs, 16);
	line('choice tapped → feedback (answer saved)', figures.chooseMs, 16);
	line('Next → next card', figures.nextMs, 16);
}

async function main(): Promise<void> {
	console.log(
		`# Study with ${DECKS * QUESTIONS_PER_DECK} questions and ${REVIEWS} reviews (headless Chromium)`
	);
	if (process.env.BENCH_STUDY_URL) {
		printStudyFigures(await benchStudy(process.env.BENCH_STUDY_URL));
		return;
	}
	const port = Number(process.env.BENCH_STUDY_PORT ?? 4181);
	printStudyFigures(await withBuiltApp('bench-study', port, benchStudy));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
