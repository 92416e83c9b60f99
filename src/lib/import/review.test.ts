import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBank, type Bank, type Question, type QuestionOf } from '$lib/generator/bank';
import { questionKey } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { reportQuestion } from '$lib/db/reports';
import {
	applyEdit,
	deckIdFor,
	decksWithReports,
	emptyBankProblem,
	groupItems,
	leftOutNote,
	reportedQuestions,
	reviewItems,
	reviewedBank,
	saveImported
} from './review';

const bank = parseBank(JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')));
const byType = <T extends Question['type']>(type: T) =>
	bank.questions.find((q): q is QuestionOf<T> => q.type === type)!;

describe('leftOutNote', () => {
	it('issue 13: says what the deck cap left out, by kind, and nothing when nothing was', () => {
		expect(leftOutNote(300, { quote: 812, figure: 40, date: 12 })).toBe(
			'This is a long text: Byline kept 300 questions spread over all of it and left out 812 quotes, 40 figures and 12 dates, to keep the deck one you can study.'
		);
		expect(leftOutNote(300, { quote: 0, figure: 1, date: 2 })).toMatch(/left out 1 figure and 2 dates,/);
		expect(leftOutNote(296, { quote: 2966, figure: 0, date: 0 })).toMatch(
			/kept 296 questions .* left out 2,966 quotes,/
		);
		expect(leftOutNote(300, { quote: 5, figure: 0, date: 0 })).toMatch(/left out 5 quotes,/);
		expect(leftOutNote(97, { quote: 0, figure: 0, date: 0 })).toBeUndefined();
	});
});

describe('deckIdFor', () => {
	it('derives a stable id from the title, apart from bundled decks', () => {
		expect(deckIdFor('Xi and Putin Bind China and Russia’s Economies')).toBe(
			'import-xi-and-putin-bind-china-and-russias-economies'
		);
		expect(deckIdFor('  Café opens!  ')).toBe(deckIdFor('Cafe opens'));
		expect(deckIdFor('???')).toMatch(/^import-article-[a-z0-9]+$/);
	});
});

describe('review items', () => {
	it('starts every question accepted except those from unsure facts, grouped by kind', () => {
		const unsure: Bank = {
			...bank,
			facts: bank.facts.map((f) =>
				f.kind === 'quote' && f.id === byType('who-said').factId ? { ...f, confidence: 'low' as const } : f
			)
		};
		const items = reviewItems(unsure);
		const quote = items.find((i) => i.question.id === byType('who-said').id)!;
		expect(quote).toMatchObject({ accepted: false, unsure: true });
		expect(items.filter((i) => !i.unsure).every((i) => i.accepted)).toBe(true);
		const groups = groupItems(unsure, items);
		expect(groups.map((g) => g.label)).toEqual(['Who said what', 'Figures', 'Dates']);
		expect(groups.flatMap((g) => g.facts.flatMap((f) => f.items))).toHaveLength(bank.questions.length);
	});

	it('saves only accepted questions', () => {
		const items = reviewItems(bank).map((item, i) => ({ ...item, accepted: i % 2 === 0 }));
		expect(reviewedBank(bank, items).questions).toHaveLength(Math.ceil(bank.questions.length / 2));
	});

	it('refuses an article with no facts', () => {
		expect(emptyBankProblem({ ...bank, facts: [], questions: [] })).toMatch(/no quotes, figures or dates/);
		expect(emptyBankProblem(bank)).toBeUndefined();
	});
});

describe('applyEdit', () => {
	it('changes the speaker of a who-said question in place and keeps its id', () => {
		const q = byType('who-said');
		const wrong = q.choices!.filter((c) => c !== q.answer);
		const { question, problems } = applyEdit(bank, q, {
			prompt: q.prompt,
			answer: 'Sergei Lavrov',
			distractors: wrong
		});
		expect(problems).toEqual([]);
		expect(question.id).toBe(q.id);
		expect(question.choices!.indexOf('Sergei Lavrov')).toBe(q.choices!.indexOf(q.answer));
		expect(question.explanation).not.toContain(q.answer);
	});

	it('refuses two equal choices, no wrong choice, and an answer the prompt gives away', () => {
		const q = byType('who-said');
		expect(
			applyEdit(bank, q, { prompt: q.prompt, answer: 'Ann', distractors: ['Ann', 'Bo'] }).problems.join()
		).toMatch(/two equal choices/);
		expect(applyEdit(bank, q, { prompt: q.prompt, answer: 'Ann', distractors: ['  '] }).problems).toContain(
			'Give at least one wrong choice.'
		);
		expect(
			applyEdit(bank, q, { prompt: 'Did Ann say it?', answer: 'Ann', distractors: ['Bo'] }).problems.join()
		).toMatch(/gives the answer away/);
	});

	it('gives a typed figure a new value to grade by, and refuses one that is not a number', () => {
		const q = byType('figure-typed');
		const edited = applyEdit(bank, q, { prompt: q.prompt, answer: '$500 million', distractors: [] });
		expect(edited.problems).toEqual([]);
		expect(edited.question.accept).toEqual({ kind: 'number', value: 500_000_000, unit: 'USD' });
		expect(applyEdit(bank, q, { prompt: q.prompt, answer: 'lots', distractors: [] }).problems.join()).toMatch(
			/number/
		);
	});

	it('gives a typed date a new value to grade by', () => {
		const q = byType('date-typed');
		const edited = applyEdit(bank, q, { prompt: q.prompt, answer: 'March 22, 2023', distractors: [] });
		expect(edited.question.accept).toEqual({ kind: 'date', value: '2023-03-22' });
	});
});

describe('saving and reports', () => {
	it('keeps the progress of unchanged questions when a corrected article is saved again', async () => {
		const db = await openDatabase({ name: 'import-lib-1' });
		const first = { ...bank, id: deckIdFor(bank.title) };
		expect(await saveImported(db, first, 1000)).toBe('created');
		const key = questionKey(first.id, first.questions[0]!.id);
		const card = (await db.get('cards', key))!;
		await db.put('cards', { ...card, reps: 3, state: 'review' });
		const corrected = { ...first, questions: first.questions.slice(0, -1) };
		expect(await saveImported(db, corrected, 2000)).toBe('updated');
		expect(await db.get('cards', key)).toMatchObject({ reps: 3, state: 'review' });
		expect((await db.get('decks', first.id))?.origin).toBe('imported');

		await reportQuestion(db, key, 'wrong', 3000);
		expect((await reportedQuestions(db, first.id)).map((q) => q.key)).toEqual([key]);
		expect(await decksWithReports(db)).toEqual([{ id: first.id, title: first.title, count: 1 }]);
		db.close();
	});
});
