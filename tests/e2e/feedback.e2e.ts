import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '$lib/generator/bank';
import { evidenceSpans } from '$lib/components/question/highlight';
import { test } from './support';
import { bundledBank, seedBank } from './study-support';

test.use({ localTime: [12, 0, 0] });

const bundled = bundledBank;

/** All a student reads once a question is answered: the prompt, every choice or quote, and its sentences. */
function length(question: Question): number {
	const sentences = evidenceSpans(question).map((s) => bundled.article.text.slice(s.start, s.end));
	const parts =
		question.type === 'matching'
			? question.pairs.flatMap((p) => [p.left, p.right])
			: 'choices' in question
				? question.choices
				: [];
	return [question.prompt, ...(parts ?? []), ...sentences].join(' ').length;
}

const graded = bundled.questions.filter((q) => q.type !== 'flashcard');
const longest = [...graded].sort((a, b) => length(b) - length(a));
/** The longest question of all (a matching one, four sentences), and the longest with choices of one sentence. */
const CASES = [
	{ name: 'the longest question', question: longest[0]! },
	{ name: 'the longest choice question', question: longest.find((q) => 'choices' in q && q.choices)! },
	// Its prompt quotes most of its sentence: once answered, the marked sentence below must not be pushed away.
	{
		name: 'the question with the longest prompt',
		question: [...graded].sort((a, b) => b.prompt.length - a.prompt.length)[0]!
	}
];

async function seedOnly(page: Page, question: Question): Promise<void> {
	await seedBank(page, { ...bundled, id: 'longest', title: 'One long question', questions: [question] });
}

/** A wrong answer, so the feedback has both the student's answer and the right one to show. */
async function answerWrong(card: Locator, question: Question): Promise<void> {
	if (question.type === 'matching') {
		const names = question.pairs.map((p) => p.right);
		for (const [i, name] of [...names.slice(1), names[0]!].entries())
			await card.getByRole('combobox').nth(i).selectOption(name);
		await card.getByRole('button', { name: /^(Check|Next|Finish)$/ }).click();
	} else if ('choices' in question && question.choices) {
		const wrong = question.choices.find((c) => c !== question.answer)!;
		await card.getByRole('button', { name: wrong, exact: true }).click();
	} else {
		await card.getByLabel('Your answer').fill('nothing like it');
		await card.getByLabel('Your answer').press('Enter');
	}
	await expect(card.getByText('Not quite', { exact: true })).toBeVisible();
}

/** How far down the screen a student sees: the viewport less the tab bar fixed at its foot. */
async function screenBottom(page: Page): Promise<number> {
	const tabbar = await page.getByRole('navigation', { name: 'Main' }).last().boundingBox();
	return tabbar && tabbar.y > 0 ? tabbar.y : page.viewportSize()!.height;
}

async function inView(locator: Locator, bottom: number): Promise<boolean> {
	const box = await locator.boundingBox();
	return box !== null && box.y >= 0 && box.y + box.height <= bottom + 0.5;
}

/** Words split across two lines ("constructiv / e"), by the boxes each word's text takes. */
async function brokenWords(card: Locator): Promise<string[]> {
	return card.evaluate((root) => {
		const broken: string[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			// Text for screen readers only sits in a 1 px box, a letter a line: it is not read by eye.
			if ((node.parentElement?.getBoundingClientRect().width ?? 0) <= 1) continue;
			const text = node.textContent ?? '';
			// A line may end after a hyphen (“pro-/Western”): only a break inside letters is a broken word.
			for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
				const range = document.createRange();
				range.setStart(node, match.index);
				range.setEnd(node, match.index + match[0].length);
				const lines = new Set(
					[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
				);
				if (lines.size > 1) broken.push(match[0]);
			}
		}
		return broken;
	});
}

/**
 * On a 390×844 phone: the verdict, the right answer (each pair's speaker, for matching) and every marked evidence
 * sentence are inside the page's first screen, above the tab bar, so the prompt is seen with them; words whole.
 */
async function expectFeedbackOnOneScreen(page: Page, question: Question): Promise<void> {
	const card = page.locator('article[data-question]');
	await page.evaluate(() => window.scrollTo(0, 0));
	const bottom = await screenBottom(page);
	await expect.poll(() => inView(card.getByText('Not quite', { exact: true }), bottom)).toBe(true);
	const answers = question.type === 'matching' ? question.pairs.map((p) => p.right) : [question.answer];
	for (const answer of answers) {
		const shown = card.getByText(answer, { exact: question.type !== 'matching' });
		const found = await Promise.all((await shown.all()).map((each) => inView(each, bottom)));
		expect(found.some(Boolean), `the right answer “${answer}” on screen`).toBe(true);
	}
	const sentences = card.locator('blockquote');
	await expect(sentences).toHaveCount(evidenceSpans(question).length);
	for (const sentence of await sentences.all()) {
		await expect(sentence.locator('mark').first()).toBeVisible();
		expect(await inView(sentence, bottom), `“${(await sentence.innerText()).slice(0, 50)}…” on screen`).toBe(
			true
		);
	}
	expect(await brokenWords(card)).toEqual([]);
}

for (const { name, question } of CASES) {
	test(`issue 11: in study on a phone, the verdict, the answer and the marked sentence of ${name} fit one screen`, async ({
		page
	}) => {
		await seedOnly(page, question);
		await page.goto('/study?deck=longest');
		const card = page.locator('article[data-question]');
		await expect(card).toHaveAttribute('data-question', question.id);
		await answerWrong(card, question);
		await expectFeedbackOnOneScreen(page, question);
	});

	test(`issue 11: in a practice quiz on a phone, the feedback on ${name} fits one screen`, async ({
		page
	}) => {
		await seedOnly(page, question);
		await page.goto('/quiz?deck=longest');
		await page.getByRole('button', { name: 'Start quiz' }).click();
		const card = page.locator('article[data-question]');
		await expect(card).toHaveAttribute('data-question', question.id);
		await answerWrong(card, question);
		await expectFeedbackOnOneScreen(page, question);
	});
}

/** The four longest quotes the deck's who-said questions ask, as the choices of one what-said keyed to the first. */
function quotesAsWhatSaid(questions: readonly Question[]): Question {
	const asked = questions
		.filter((q) => q.type === 'who-said')
		.map((q) => ({ q, quote: /“.+”/u.exec(q.prompt)?.[0] ?? '' }))
		.sort((a, b) => b.quote.length - a.quote.length)
		.slice(0, 4);
	const [key] = asked;
	return {
		...key!.q,
		id: 'longest-quotes',
		type: 'what-said',
		prompt: `Which of these did ${key!.q.answer} say?`,
		choices: asked.map((a) => a.quote),
		answer: key!.quote
	} as Question;
}

for (const width of [390, 360]) {
	test(`issue 11: a long quote picked or right keeps the card’s width at ${width} px: no word is broken across lines`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 844 });
		// Every question with quotes for choices, each answered with its longest wrong quote. The bundled deck has had
		// none since stop 52 (its one what-said's wrong choices were fragments), so its who-saids' quotes, the
		// longest first, make one: the widest quotes a what-said of this article could offer.
		const quotes = graded.some((q) => q.type === 'what-said')
			? graded.filter((q) => q.type === 'what-said')
			: [quotesAsWhatSaid(graded)];
		await seedBank(page, { ...bundled, id: 'quotes', title: 'Quotes', questions: quotes });
		await page.goto('/study?deck=quotes');
		const card = page.locator('article[data-question]');
		await expect(card).toBeVisible();
		const checked = new Set<string>();
		while (checked.size < quotes.length && (await card.count()) > 0) {
			const id = (await card.getAttribute('data-question'))!;
			if (checked.has(id)) break;
			checked.add(id);
			const question = quotes.find((q) => q.id === id)!;
			const choices = 'choices' in question ? (question.choices ?? []) : [];
			const wrong = choices.filter((c) => c !== question.answer).sort((a, b) => b.length - a.length)[0]!;
			await card.getByRole('button', { name: wrong, exact: true }).click();
			await expect(card.getByText('Not quite', { exact: true })).toBeVisible();
			expect(await brokenWords(card), id).toEqual([]);
			await card.getByRole('button', { name: /^(Next|Finish)$/ }).click();
			await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
		}
		expect(quotes.length).toBeGreaterThanOrEqual(1);
		expect(checked.size).toBe(quotes.length);
	});
}
