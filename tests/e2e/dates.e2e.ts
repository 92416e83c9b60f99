import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Bank } from '../../src/lib/generator/bank';
import { test } from './support';
import { seedBank } from './study-support';

test.use({ localTime: [12, 0, 0] });

const bundled = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as Bank;

/** How a student might write each of the article's dates: another form of the same period. */
const typedForms: [dateInArticle: string, typed: string][] = [
	['last month', 'in February'],
	['This year', '2023'],
	['Last year', 'in 2022'],
	['by 2030', '2030'],
	['on Tuesday', 'March 21'],
	['on Tuesday', '21/3/2023']
];

/**
 * The bundled article (dated 21 March 2023) with a typed question on each of those dates, as a deck of its own.
 * The generator asks most relative dates as choices, so the test writes the typed questions an imported article
 * could get, from the bundled deck's own date facts.
 */
function typedDateDeck(bank: Bank): Bank {
	const used = new Set<string>();
	const questions = typedForms.map(([text], i) => {
		const fact = bank.facts.find((f) => f.kind === 'date' && f.text === text && f.value && !used.has(f.id));
		if (!fact || fact.kind !== 'date' || !fact.value)
			throw new Error(`the bundled deck has no date “${text}”`);
		used.add(fact.id);
		const sentence = bank.article.text.slice(fact.evidence.start, fact.evidence.end);
		return {
			id: `typed-date-${i}`,
			factId: fact.id,
			type: 'date-typed' as const,
			prompt: `Type the missing date: “${sentence.replace(text, '_____')}”`,
			answer: text,
			accept: { kind: 'date' as const, value: fact.value },
			difficulty: 3 as const,
			explanation: `The article says: “${sentence}”`,
			evidence: fact.evidence
		};
	});
	return { ...bank, id: 'typed-dates', questions };
}

const dates = typedDateDeck(bundled);

test('issue 11: a typed date is right in any form that names the same period, read from the article’s date', async ({
	page
}) => {
	await seedBank(page, dates);
	await page.goto(`/study?deck=${dates.id}`);
	const seen: string[] = [];
	for (let i = 0; i < dates.questions.length; i++) {
		const card = page.locator('article[data-question]');
		const id = (await card.getAttribute('data-question')) ?? '';
		const question = dates.questions.find((q) => q.id === id)!;
		const answer = typedForms[dates.questions.indexOf(question)]![1];
		await card.getByLabel('Your answer').fill(answer);
		await card.getByRole('button', { name: 'Check' }).click();
		await expect(
			card.getByText('Right', { exact: true }),
			`“${answer}” for “${question.answer}”`
		).toBeVisible();
		seen.push(answer);
		await card.getByRole('button', { name: /^(Next|Finish)$/ }).click();
		await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
	}
	expect(seen.sort()).toEqual(typedForms.map(([, typed]) => typed).sort());
});
