import { describe, expect, it } from 'vitest';
import type { Question } from '../generator/bank';
import { autoRating, checkAnswer, normalizeText } from './check';

const base: Question = {
	id: 'q',
	factId: 'f',
	type: 'cloze',
	prompt: '',
	answer: '',
	explanation: '',
	evidence: { start: 0, end: 0 }
};
// Any mix of fields, as a question from an older or newer bank may carry: the checker must read each as it is.
const q = (over: object): Question => ({ ...base, ...over }) as Question;
const right = (question: Question, given: string | string[]) => checkAnswer(question, given).correct;

describe('typed text', () => {
	const cloze = q({ type: 'cloze', answer: '“Fig leaf”' });
	it('ignores case, accents, punctuation, spaces and a leading article', () => {
		for (const given of ['fig leaf', 'FIG  LEAF', 'a fig-leaf', '  Fig leaf. ', 'fíg léaf'])
			expect(right(cloze, given)).toBe(true);
		expect(right(cloze, 'fig tree')).toBe(false);
		expect(right(cloze, '')).toBe(false);
	});
	it('accepts the other wordings a question lists', () => {
		const named = q({ type: 'flashcard', answer: 'Kyiv', alternatives: ['Kiev'] });
		expect(right(named, 'kiev')).toBe(true);
		expect(right(named, 'Kharkiv')).toBe(false);
	});
	it('normalizes', () => {
		expect(normalizeText('  Café “Déjà-vu”! ')).toBe('cafe deja vu');
	});
});

describe('figures', () => {
	const money = q({
		type: 'figure-typed',
		answer: '$470 million',
		accept: { kind: 'number', value: 470e6, unit: 'USD' }
	});
	it.each([
		'$470 million',
		'470m',
		'$470,000,000',
		'470 million',
		'470 million dollars',
		'US$470m',
		'$0.47 billion',
		'470.1 million'
	])('accepts %s for $470 million', (given) => expect(right(money, given)).toBe(true));
	it.each(['470 thousand', '470', '$47 million', '470 million euros', '480 million', 'a lot'])(
		'refuses %s',
		(given) => expect(right(money, given)).toBe(false)
	);

	it('reads percentages in every style and does not require the qualifier', () => {
		const percent = q({
			type: 'figure-typed',
			answer: 'about 2 percent',
			accept: { kind: 'number', value: 2, unit: 'percent' }
		});
		for (const given of ['2%', '2 percent', 'two percent', 'about 2 per cent', '2'])
			expect(right(percent, given)).toBe(true);
		expect(right(percent, '20%')).toBe(false);
		expect(right(percent, '$2')).toBe(false);
	});

	it('grades counts, durations, multipliers and vague amounts', () => {
		const count = q({
			type: 'figure-typed',
			answer: 'two',
			accept: { kind: 'number', value: 2, unit: 'count' }
		});
		expect(right(count, '2')).toBe(true);
		expect(right(count, 'two declarations')).toBe(true);
		const months = q({
			type: 'figure-typed',
			answer: 'the past 13 months',
			accept: { kind: 'number', value: 13, unit: 'months' }
		});
		expect(right(months, '13 months')).toBe(true);
		expect(right(months, 'thirteen')).toBe(true);
		expect(right(months, '13 years')).toBe(false);
		const double = q({
			type: 'figure-typed',
			answer: 'double',
			accept: { kind: 'number', value: 2, unit: 'multiplier' }
		});
		expect(right(double, 'doubled')).toBe(true);
		expect(right(double, 'twice')).toBe(true);
		expect(right(double, 'triple')).toBe(false);
		const dozens = q({
			type: 'figure-typed',
			answer: 'dozens',
			accept: { kind: 'number', value: 24, unit: 'count' }
		});
		expect(right(dozens, 'Dozens')).toBe(true);
		expect(right(dozens, 'hundreds')).toBe(false);
		expect(right(dozens, '24')).toBe(false);
	});

	it('infers the amount from the answer when a figure question has no accept', () => {
		expect(right(q({ type: 'figure-typed', answer: '£3.5bn' }), '3.5 billion pounds')).toBe(true);
	});
});

describe('dates', () => {
	const tuesday = q({
		type: 'date-typed',
		answer: 'on Tuesday',
		accept: { kind: 'date', value: '2023-03-21' }
	});
	const day = q({
		type: 'date-typed',
		answer: 'March 21, 2023',
		accept: { kind: 'date', value: '2023-03-21' }
	});
	it.each([
		'March 21, 2023',
		'21 March 2023',
		'2023-03-21',
		'21/3/2023',
		'3/21/2023',
		'Mar. 21',
		'21st of March 2023',
		'mar 21 2023'
	])('accepts %s for 2023-03-21', (given) => expect(right(day, given)).toBe(true));
	it('takes a weekday only when the answer is one', () => {
		expect(right(tuesday, 'Tuesday')).toBe(true);
		expect(right(tuesday, 'tue')).toBe(true);
		expect(right(tuesday, 'Wednesday')).toBe(false);
		expect(right(day, 'Tuesday')).toBe(false);
	});
	it('accepts either reading of an ambiguous numeric date', () => {
		const april = q({
			type: 'date-typed',
			answer: '3 April 2023',
			accept: { kind: 'date', value: '2023-04-03' }
		});
		expect(right(april, '3/4/2023')).toBe(true);
		expect(right(april, '4/3/2023')).toBe(true);
		expect(right(april, '5/3/2023')).toBe(false);
	});
	it('grades years and months at their precision', () => {
		const year = q({ type: 'date-typed', answer: 'by 2030', accept: { kind: 'date', value: '2030' } });
		expect(right(year, '2030')).toBe(true);
		expect(right(year, 'by 2030')).toBe(true);
		expect(right(year, '2035')).toBe(false);
		const month = q({ type: 'date-typed', answer: 'last month', accept: { kind: 'date', value: '2023-02' } });
		expect(right(month, 'February 2023')).toBe(true);
		expect(right(month, '2023-02')).toBe(true);
		expect(right(month, 'last month')).toBe(true);
		expect(right(month, '14 February 2023')).toBe(false);
		expect(right(month, 'March 2023')).toBe(false);
	});
	it('grades intervals as text, fall and autumn alike', () => {
		const fall = q({
			type: 'date-typed',
			answer: 'before the fall',
			accept: { kind: 'date', value: '2023-09/2023-11' }
		});
		expect(right(fall, 'Before the autumn')).toBe(true);
		expect(right(fall, 'before the summer')).toBe(false);
	});
});

describe('issue 11: a typed date is right when it names the same period as the answer, read from the article’s date', () => {
	// The bundled article is dated Tuesday 21 March 2023.
	const article = { articleDate: '2023-03-21' };
	const date = (answer: string, value: string) =>
		q({ type: 'date-typed', answer, accept: { kind: 'date', value }, alternatives: [value] });
	const rows: [answer: string, value: string, typed: string, right: boolean][] = [
		// "last month" is shown as "last month (February 2023)": any way of writing February 2023 is right.
		['last month', '2023-02', 'in February', true],
		['last month', '2023-02', 'February', true],
		['last month', '2023-02', 'Feb.', true],
		['last month', '2023-02', 'February 2023', true],
		['last month', '2023-02', 'Feb 2023', true],
		['last month', '2023-02', 'February of 2023', true],
		['last month', '2023-02', 'Feb ’23', true],
		['last month', '2023-02', '2/2023', true],
		['last month', '2023-02', '02/2023', true],
		['last month', '2023-02', '2023-02', true],
		['last month', '2023-02', 'last month', true],
		['last month', '2023-02', 'a month ago', true],
		['last month', '2023-02', 'this month', false],
		['last month', '2023-02', 'March', false],
		['last month', '2023-02', 'February 2022', false],
		// Coarser or finer is another period.
		['last month', '2023-02', '2023', false],
		['last month', '2023-02', '14 February', false],
		['in March 2023', '2023-03', '2023', false],
		['in March 2023', '2023-03', 'this month', true],
		['in March 2023', '2023-03', 'March', true],
		// Years: "2023" is this year, as the app shows "This year (2023)".
		['This year', '2023', '2023', true],
		['This year', '2023', 'in 2023', true],
		['This year', '2023', 'this year', true],
		['This year', '2023', 'last year', false],
		['This year', '2023', 'March 2023', false],
		['Last year', '2022', '2022', true],
		['Last year', '2022', 'in 2022', true],
		['Last year', '2022', 'a year ago', true],
		['Last year', '2022', 'one year ago', true],
		['Last year', '2022', 'this year', false],
		['Last year', '2022', '2023', false],
		['by 2030', '2030', '2030', true],
		['by 2030', '2030', 'in 2030', true],
		['by 2030', '2030', '2031', false],
		// Days: a weekday is the one around the article's date; the date written out is the same day.
		['on Tuesday', '2023-03-21', 'Tuesday', true],
		['on Tuesday', '2023-03-21', 'on Tuesday', true],
		['on Tuesday', '2023-03-21', 'tue', true],
		['on Tuesday', '2023-03-21', 'this Tuesday', true],
		['on Tuesday', '2023-03-21', 'today', true],
		['on Tuesday', '2023-03-21', 'March 21', true],
		['on Tuesday', '2023-03-21', 'on 21 March 2023', true],
		['on Tuesday', '2023-03-21', '21/3', true],
		['on Tuesday', '2023-03-21', '3/21/2023', true],
		['on Tuesday', '2023-03-21', 'Tuesday, March 21', true],
		['on Tuesday', '2023-03-21', 'Wednesday, March 21', false],
		['on Tuesday', '2023-03-21', 'last Tuesday', false],
		['on Tuesday', '2023-03-21', 'yesterday', false],
		['on Tuesday', '2023-03-21', 'Monday', false],
		['on Tuesday', '2023-03-21', 'March 2023', false],
		['on Tuesday', '2023-03-21', 'March', false],
		['March 21, 2023', '2023-03-21', 'Tuesday', true],
		['yesterday', '2023-03-20', 'Monday', true],
		['yesterday', '2023-03-20', 'March 20', true],
		['yesterday', '2023-03-20', 'today', false],
		['on Friday', '2023-03-24', 'Friday', true],
		['on Friday', '2023-03-24', 'next Friday', true],
		['on Friday', '2023-03-17', 'last Friday', true],
		['two years ago', '2021', '2021', true],
		['two years ago', '2021', 'two years ago', true],
		['two years ago', '2021', '2 years ago', true]
	];
	it.each(rows)('“%s” (%s): “%s” is %s', (answer, value, typed, expected) => {
		expect(checkAnswer(date(answer, value), typed, article).correct).toBe(expected);
	});

	it('reads a month or day without its year in the year nearest the article’s date', () => {
		const january = { articleDate: '2024-01-10' };
		expect(checkAnswer(date('in December', '2023-12'), 'December', january).correct).toBe(true);
		expect(checkAnswer(date('in December', '2024-12'), 'December', january).correct).toBe(false);
		expect(checkAnswer(date('in December', '2024-12'), 'December 2024', january).correct).toBe(true);
		expect(checkAnswer(date('on 2 February', '2024-02-02'), 'Feb 2', january).correct).toBe(true);
	});

	it('without the article’s date (an assignment) reads a missing year as the answer’s, and a weekday only as the answer’s', () => {
		expect(checkAnswer(date('last month', '2023-02'), 'in February').correct).toBe(true);
		expect(checkAnswer(date('last month', '2023-02'), 'last month').correct).toBe(true);
		expect(checkAnswer(date('last month', '2023-02'), 'this month').correct).toBe(false);
		expect(checkAnswer(date('on Tuesday', '2023-03-21'), 'Tuesday').correct).toBe(true);
		expect(checkAnswer(date('on Tuesday', '2023-03-21'), 'Wednesday').correct).toBe(false);
		expect(checkAnswer(date('March 21, 2023', '2023-03-21'), 'Tuesday').correct).toBe(false);
	});
});

describe('choices and matching', () => {
	it('wants the exact choice', () => {
		const mc = q({
			type: 'figure-choice',
			answer: '$470 million',
			choices: ['$470 million', '$235 million', '$30 million']
		});
		expect(right(mc, '$470 million')).toBe(true);
		expect(right(mc, '470m')).toBe(false);
		const tf = q({ type: 'true-false', answer: 'True', choices: ['True', 'False'] });
		expect(right(tf, 'False')).toBe(false);
	});
	it('grades matching pair by pair', () => {
		const pairs = [
			{ factId: 'a', left: '“frank, friendly”', right: 'Xi Jinping', evidence: { start: 0, end: 0 } },
			{ factId: 'b', left: '“successful”', right: 'Vladimir V. Putin', evidence: { start: 0, end: 0 } }
		];
		const matching = q({ type: 'matching', answer: '', pairs });
		expect(checkAnswer(matching, ['Xi Jinping', 'Vladimir V. Putin'])).toEqual({
			correct: true,
			expected: 'Xi Jinping · Vladimir V. Putin',
			normalizedGiven: 'xi jinping · vladimir v putin'
		});
		expect(right(matching, ['Vladimir V. Putin', 'Xi Jinping'])).toBe(false);
		expect(right(matching, ['Xi Jinping'])).toBe(false);
	});
});

describe('autoRating', () => {
	const typed = q({ type: 'date-typed', answer: '2030', accept: { kind: 'date', value: '2030' } });
	const mc = q({ type: 'date-choice', answer: 'by 2030', choices: ['by 2030', 'by 2025'] });
	it('is again when wrong, easy when right and fast on a typed answer, good otherwise', () => {
		const wrong = checkAnswer(typed, '2031');
		const ok = checkAnswer(typed, '2030');
		expect(autoRating(wrong, 500, typed)).toBe('again');
		expect(autoRating(ok, 2500, typed)).toBe('easy');
		expect(autoRating(ok, 3000, typed)).toBe('good');
		expect(autoRating(ok, undefined, typed)).toBe('good');
		expect(autoRating(checkAnswer(mc, 'by 2030'), 500, mc)).toBe('good');
	});
});
