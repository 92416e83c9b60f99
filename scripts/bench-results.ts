/**
 * A class's results coming back: 30 (and 300) result links pasted at once on /teach/results, timed in the page from
 * the tap on "Add results" until the report and the gradebook show every one of them (each decoded, matched to the
 * set, graded, stored in one transaction, the gradebook read again). Run alone (`tsx scripts/bench-results.ts`:
 * builds and serves on BENCH_RESULTS_PORT, 4182 by default), against a running build
 * (BENCH_RESULTS_URL=http://localhost:4173), or through `benchResults(url)`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { AssignmentQuestion, AssignmentSet } from '../src/lib/share/assignment.ts';
import { assignmentHash } from '../src/lib/share/assignment.ts';
import { resultLink, resultSummary, type AssignmentResult } from '../src/lib/share/result.ts';
import { ROOT } from './articles.ts';
import { withBuiltApp } from './built-app.ts';

const CLASSES = [30, 300];
const REPEATS = 5;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A 30-question set of the shipped deck, as a teacher's builder would save it. */
function shippedSet(): AssignmentSet {
	const bank = JSON.parse(readFileSync(join(ROOT, 'questions/banks/xi-putin-moscow-2023.json'), 'utf8')) as {
		questions: AssignmentQuestion[];
	};
	const questions = bank.questions
		.filter((q) => q.type !== 'flashcard' && q.type !== 'matching')
		.slice(0, 30);
	return {
		id: 'set-bench-results',
		title: 'Xi–Putin: the whole article',
		instructions: '',
		attemptsAllowed: 1,
		showAnswers: true,
		order: 'shuffled',
		timeLimitMinutes: 20,
		questions,
		createdAt: Date.UTC(2026, 10, 30, 9)
	};
}

/** What a class chat holds once every student has sent their result: one message each, with the summary. */
function classChat(url: string, set: AssignmentSet, students: number): string {
	const setHash = assignmentHash(set);
	const lines: string[] = [];
	for (let s = 0; s < students; s++) {
		const startedAt = Date.UTC(2026, 10, 30, 9, 5) + s * 1000;
		const answers = set.questions.map((question, i) => ({
			questionId: question.id,
			given: (s + i) % 4 === 0 ? 'no idea' : question.type === 'matching' ? [] : question.answer,
			ms: 15_000 + ((s * 7 + i * 13) % 20_000)
		}));
		const result: AssignmentResult = {
			setId: set.id,
			setHash,
			student: `Student ${String(s + 1).padStart(3, '0')}`,
			answers,
			startedAt,
			submittedAt: startedAt + 600_000,
			attempt: 1,
			seed: (s * 2654435761) >>> 0,
			leftPage: s % 5
		};
		lines.push(
			`[30/11/2026, 14:${String(s % 60).padStart(2, '0')}] ${result.student}: ${resultSummary(result.student, set.title, 0, 30)} ${resultLink(url, result)}`
		);
	}
	return lines.join('\n');
}

async function seedSet(page: Page, set: AssignmentSet): Promise<void> {
	await page.evaluate(async (set) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('byline');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction(['sets', 'results'], 'readwrite');
		tx.objectStore('sets').put({ id: set.id, set, sources: {}, updatedAt: set.createdAt });
		tx.objectStore('results').clear();
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, set);
}

/** Taps "Add results" in the page and waits, there, for the report and the gradebook to show every student. */
async function timeImport(page: Page, students: number): Promise<number> {
	return page.evaluate(async (students) => {
		const button = [...document.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === 'Add results'
		)!;
		const done = () =>
			document.querySelector('.report')?.textContent?.includes(`Added ${students} results`) &&
			document.querySelectorAll('ul[aria-label="Students"] > li').length === students;
		const start = performance.now();
		await new Promise<void>((resolve) => {
			const observer = new MutationObserver(() => {
				if (!done()) return;
				observer.disconnect();
				resolve();
			});
			observer.observe(document.body, { childList: true, subtree: true, characterData: true });
			button.click();
		});
		return performance.now() - start;
	}, students);
}

export type ResultFigures = Record<number, number[]>;

export async function benchResults(url: string): Promise<ResultFigures> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		// tsx keeps function names with a `__name` helper that the page does not have; the functions sent to it need it.
		await context.addInitScript('globalThis.__name = (fn) => fn;');
		const page = await context.newPage();
		await page.goto(`${url}/teach`);
		await page.getByRole('heading', { level: 1, name: 'Teach' }).waitFor({ timeout: 30_000 });
		const set = shippedSet();
		const figures: ResultFigures = {};
		for (const students of CLASSES) {
			const chat = classChat(url, set, students);
			figures[students] = [];
			// The first run warms the page's code and the database, as a teacher's second import would find them.
			for (let run = 0; run <= REPEATS; run++) {
				await seedSet(page, set);
				await page.goto(`${url}/teach/results?id=${set.id}`);
				await page.getByLabel('Paste result links or codes').fill(chat);
				const ms = await timeImport(page, students);
				if (run > 0) figures[students]!.push(ms);
			}
		}
		return figures;
	} finally {
		await browser.close();
	}
}

export function printResultFigures(figures: ResultFigures): void {
	for (const [students, values] of Object.entries(figures)) {
		console.log(
			`paste of ${students} result links → report and gradebook: median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`
		);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const url = process.env.BENCH_RESULTS_URL;
	const figures = url
		? await benchResults(url)
		: await withBuiltApp('bench-results', Number(process.env.BENCH_RESULTS_PORT ?? 4182), benchResults);
	printResultFigures(figures);
}
