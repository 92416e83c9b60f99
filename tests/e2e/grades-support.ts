import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { assignmentHash, type AssignmentQuestion, type AssignmentSet } from '$lib/share/assignment';
import type { AssignmentResult } from '$lib/share/result';
import { putRecords } from './study-support';

/** The shipped deck's questions (flashcards left out: a set grades answers), as a set hands them out. */
const bank = JSON.parse(
	readFileSync(new URL('../../questions/banks/xi-putin-moscow-2023.json', import.meta.url), 'utf8')
) as { questions: AssignmentQuestion[] };
const questions = bank.questions.filter((question) => question.type !== 'flashcard');

/** `count` questions of the shipped deck, every type among them, typed ones first so near-misses are at hand. */
export function bankSet(count: number, overrides: Partial<AssignmentSet> = {}): AssignmentSet {
	const typed = questions.filter((q) => q.type === 'figure-typed' || q.type === 'date-typed');
	const others = questions.filter((q) => !typed.includes(q));
	const picked: AssignmentQuestion[] = [];
	for (let i = 0; picked.length < count; i++) {
		const from = i % 3 === 0 && typed.length > 0 ? typed : others;
		picked.push(from.shift()!);
	}
	return {
		id: `set-e2e-${count}`,
		title: 'Xi–Putin quiz',
		instructions: '',
		attemptsAllowed: 2,
		showAnswers: true,
		order: 'fixed',
		questions: picked,
		createdAt: Date.UTC(2026, 10, 30, 9),
		...overrides
	};
}

/** A right answer to a question, as the student's app would send it. */
export function rightAnswer(question: AssignmentQuestion): string | string[] {
	return question.type === 'matching' ? question.pairs.map((pair) => pair.right) : question.answer;
}

/** A wrong one: another choice, a reversed matching, or a typed guess. */
export function wrongAnswer(question: AssignmentQuestion, guess = 'no idea'): string | string[] {
	if (question.type === 'matching') return question.pairs.map((pair) => pair.right).reverse();
	if ('choices' in question && question.choices) return question.choices.find((c) => c !== question.answer)!;
	return guess;
}

/** A student's result: `given(question, index)` answers each question; 20 s a question from 9:00 UTC. */
export function studentResult(
	set: AssignmentSet,
	student: string,
	given: (question: AssignmentQuestion, index: number) => string | string[],
	overrides: Partial<AssignmentResult> = {}
): AssignmentResult {
	const startedAt = Date.UTC(2026, 10, 30, 9, 5);
	return {
		setId: set.id,
		setHash: assignmentHash(set),
		student,
		answers: set.questions.map((question, i) => ({
			questionId: question.id,
			given: given(question, i),
			ms: 20_000 + i * 1000
		})),
		startedAt,
		submittedAt: startedAt + set.questions.length * 25_000,
		attempt: 1,
		...overrides
	};
}

/** Puts a teacher's set on this device, as saving it from the set builder would, after the app has made the DB. */
export async function seedSet(page: Page, set: AssignmentSet): Promise<void> {
	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1, name: 'Teach' })).toBeVisible();
	await putRecords(page, { sets: [{ id: set.id, set, sources: {}, updatedAt: set.createdAt }] });
}

/** Nothing in the page reaches past the right edge of the window: nothing scrolls or hides sideways. */
export async function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out = [...document.querySelectorAll('main *')].filter((element) => {
			const box = element.getBoundingClientRect();
			return box.width > 0 && box.right > width + 0.5;
		});
		const page = document.documentElement.scrollWidth > width ? ['the page itself'] : [];
		return [
			...page,
			...out.map(
				(element) =>
					`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 30)}`
			)
		];
	});
}
