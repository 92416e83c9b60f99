import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Bank } from '../../src/lib/generator/bank';
import { test } from './support';
import { seedBank } from './study-support';

test.use({ localTime: [12, 0, 0] });

const bundled = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as Bank;

/** The bundled article (dated 21 March 2023) with its typed date questions only, as a deck of their own. */
const dates: Bank = {
	...bundled,
	id: 'typed-dates',
	questions: bundled.questions.filter((question) => question.type === 'date-typed')
};

/** How a student might write each answer: another form of the same period. */
const typed: Record<string, string> = {
	'last month': 'in February',
	'This year': '2023',
	'Last year': 'in 2022',
	'by 2030': '2030',
	'on Tuesday': 'March 21',
	Tuesday: '21/3/2023'
};

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
		const answer = typed[question.answer];
		expect(answer, `a form for “${question.answer}”`).toBeDefined();
		await card.getByLabel('Your answer').fill(answer!);
		await card.getByRole('button', { name: 'Check' }).click();
		await expect(
			card.getByText('Right', { exact: true }),
			`“${answer}” for “${question.answer}”`
		).toBeVisible();
		seen.push(question.answer);
		await card.getByRole('button', { name: /^(Next|Finish)$/ }).click();
		await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
	}
	expect(seen.sort()).toEqual(Object.keys(typed).sort());
});
