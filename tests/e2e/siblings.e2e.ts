import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Bank, Question } from '../../src/lib/generator/bank';
import { test } from './support';

test.use({ localTime: [12, 0, 0] });

const bank = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as Bank;
const byId = new Map(bank.questions.map((question) => [question.id, question]));
const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));

/** Right or wrong from a seeded sequence (a linear congruential generator): about one answer in four is wrong. */
function seededAnswers(seed: number): () => boolean {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648 >= 0.25;
	};
}

const words = (s: string) =>
	` ${s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}$%]+/gu, ' ')
		.trim()} `;

/**
 * What the student must come up with, as words to look for in what was shown before: the answer itself; for a
 * true/false or a flashcard on a quote, the speaker's name (their answer is True, False or the speaker with a role);
 * for a dated flashcard, the date without the app's note in brackets; for a word missing from a quote, the word
 * with its neighbours, as the quote has them ("statement" alone is in half the article).
 */
function answerWords(question: Question): string | undefined {
	const fact = facts.get(question.factId);
	if (question.type === 'matching') return undefined;
	if (question.type === 'true-false' || question.type === 'flashcard') {
		if (fact?.kind === 'quote') return words(fact.speaker.name);
		if (fact) return words(fact.text);
	}
	if (question.type === 'cloze') {
		const [before = '', after = ''] = question.prompt.split(/_{3,}/);
		return words(`${before.trim().split(/\s+/).at(-1)} ${question.answer} ${after.trim().split(/\s+/)[0]}`);
	}
	return words(question.answer);
}

function siblings(a: Question, b: Question): boolean {
	const factsOf = (q: Question) => [
		q.factId,
		...(q.type === 'matching' ? q.pairs.map((pair) => pair.factId) : [])
	];
	const spansOf = (q: Question) =>
		q.type === 'matching' ? q.pairs.map((pair) => pair.evidence) : [q.evidence];
	if (factsOf(a).some((fact) => factsOf(b).includes(fact))) return true;
	return spansOf(a).some((x) => spansOf(b).some((y) => x.start < y.end && y.start < x.end));
}

/** The card's text as the student sees it, without the list of choices (candidates, not facts). */
async function cardText(page: Page): Promise<string> {
	return page.locator('article[data-question]').evaluate((card) => {
		const copy = card.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('ul[aria-label="Choices"], select, fieldset').forEach((node) => node.remove());
		return copy.textContent ?? '';
	});
}

/** Answers the card on screen and returns its question and everything it showed, feedback included. */
async function answer(page: Page, right: boolean): Promise<{ question: Question; shown: string }> {
	const card = page.locator('article[data-question]');
	const question = byId.get((await card.getAttribute('data-question')) ?? '');
	if (!question) throw new Error('a card that is not in the bundled deck');
	let shown: string;
	if (question.type === 'flashcard') {
		await card.getByRole('button', { name: /Show answer/ }).click();
		await expect(card.getByRole('button', { name: /^Good/ })).toBeVisible();
		shown = await cardText(page);
		await card.getByRole('button', { name: right ? /^Good/ : /^Again/ }).click();
		await expect(page.locator(`article[data-question] .back`)).toHaveCount(0);
		return { question, shown };
	}
	if (question.type === 'matching') {
		const names = question.pairs.map((pair) => pair.right);
		const chosen = right ? names : [...names.slice(1), names[0]!];
		for (const [i, name] of chosen.entries()) await card.getByRole('combobox').nth(i).selectOption(name);
		await card.getByRole('button', { name: 'Check' }).click();
	} else if ('choices' in question && question.choices) {
		const wrong = question.choices.find((choice) => choice !== question.answer)!;
		await card.getByRole('button', { name: right ? question.answer : wrong, exact: true }).click();
	} else {
		await card.getByLabel('Your answer').fill(right ? question.answer : 'nothing like it');
		await card.getByRole('button', { name: 'Check' }).click();
	}
	await expect(card.getByText(right ? 'Right' : 'Not quite', { exact: true })).toBeVisible();
	shown = await cardText(page);
	await card.getByRole('button', { name: /^(Next|Finish)$/ }).click();
	await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
	return { question, shown };
}

test('issue 11: in a seeded session of 40 answers no card follows a sibling, and nothing shown holds the next card’s answer', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await expect(page.getByText(new RegExp(`\\b${bank.questions.length} questions`))).toBeVisible();
	await page.goto(`/study?deck=${bank.id}`);
	const right = seededAnswers(11);
	const seen: { question: Question; shown: string }[] = [];
	for (let i = 0; i < 40; i++) seen.push(await answer(page, right()));

	const problems: string[] = [];
	for (let i = 1; i < seen.length; i++) {
		const before = seen[i - 1]!;
		const next = seen[i]!.question;
		if (siblings(before.question, next))
			problems.push(`${i}: ${before.question.id} then its sibling ${next.id}`);
		const wanted = answerWords(next);
		if (wanted && words(before.shown).includes(wanted))
			problems.push(`${i}: “${wanted.trim()}” shown by ${before.question.id} just before ${next.id} asks it`);
	}
	expect(problems).toEqual([]);
});
