import { describe, expect, it } from 'vitest';
import type { Question } from '../generator/bank';
import { checkAnswer } from './check';
import { typedHint } from './typed-hint';

const typed = (answer: string, value: number, unit: string): Question =>
	({
		id: 'q',
		factId: 'f',
		type: 'figure-typed',
		prompt: 'The suspect is approximately _____ old.',
		answer,
		accept: { kind: 'number', value, unit },
		explanation: '',
		evidence: { start: 0, end: 0 }
	}) as Question;
const right = (q: Question, given: string) => checkAnswer(q, given).correct;

// Stop 47: reviewers read "nineteen years" as a key a student would miss by typing 19; the hint says what is graded.
describe('the typed figure hint says what the grader accepts', () => {
	const hint = typedHint('figure-typed');
	it('figures or words, the unit left out', () => {
		expect(hint).toMatch(/“19” or “nineteen”/);
		expect(hint).toMatch(/may be left out/);
		const age = typed('nineteen years', 19, 'years');
		for (const given of ['19', 'nineteen', '19 years', 'nineteen years'])
			expect(right(age, given)).toBe(true);
		expect(right(typed('2.6%', 2.6, 'percent'), '2.6')).toBe(true);
	});
	it('the size word kept', () => {
		expect(hint).toMatch(/Keep “million”/);
		const jobless = typed('2.435 million', 2.435e6, 'count');
		expect(right(jobless, '2.435 million')).toBe(true);
		expect(right(jobless, '2.435m')).toBe(true);
		expect(right(jobless, '2.435')).toBe(false);
	});
});

const typedDate = (answer: string, value: string): Question =>
	({
		id: 'q',
		factId: 'f',
		type: 'date-typed',
		prompt: 'The ferry sailed on _____.',
		answer,
		accept: { kind: 'date', value },
		explanation: '',
		evidence: { start: 0, end: 0 }
	}) as Question;

describe('the typed date hint says how much of a date to type', () => {
	it('a day in any usual form, its year left out', () => {
		const hint = typedHint('date-typed', { kind: 'date', value: '2031-03-09' });
		expect(hint).toMatch(/^The day.*year may be left out/);
		expect(hint).not.toMatch(/“2005”/);
		const day = typedDate('March 9, 2031', '2031-03-09');
		for (const given of ['March 9, 2031', '9 March 2031', 'Mar. 9', 'March 9'])
			expect(checkAnswer(day, given, {}).correct).toBe(true);
		expect(checkAnswer(day, '2031', {}).correct).toBe(false);
	});
});

// W7 review (stop 50): one hint for every date offered "2005" as a form, which read as enough for a day.
describe('the typed date hint names the part of the calendar the answer is', () => {
	it('a month may be typed without its year; a year is asked as a year', () => {
		expect(typedHint('date-typed', { kind: 'date', value: '2031-03' })).toMatch(/^The month/);
		const month = typedDate('March 2031', '2031-03');
		expect(checkAnswer(month, 'March', { articleDate: '2031-06-01' }).correct).toBe(true);
		expect(typedHint('date-typed', { kind: 'date', value: '2031' })).toMatch(/^The year, in figures/);
		expect(typedHint('date-typed', { kind: 'date', value: '2031-03/2031-05' })).toMatch(/any usual form/);
	});
});

// Issue 9, W15 review (stop 59): "The year, in figures (“2005”)" beside a key of 2005 put the answer on screen.
describe('issue 9: the typed hint never shows the key as its example', () => {
	const shown = (value: string) => typedHint('date-typed', { kind: 'date', value });
	it('a year, a month or a day of the key is not the example’s', () => {
		expect(shown('2005')).toBe('The year, in figures (“2010”).');
		expect(shown('2031')).toBe('The year, in figures (“2005”).');
		expect(shown('2031-11')).not.toMatch(/November|Nov\./);
		expect(shown('2031-03-24')).not.toMatch(/24|March|Mar\./);
		expect(shown('2010-11-03')).not.toMatch(/2010|November|Nov\.|“3 |3”/);
		expect(shown('2005-11/2010-03')).not.toMatch(/2005|2010|November|March/);
	});
	it('a count of the example’s amount gets another', () => {
		const hint = (value: number) => typedHint('figure-typed', { kind: 'number', value, unit: 'count' });
		expect(hint(19)).toMatch(/“23” or “twenty-three”/);
		expect(hint(19e6)).not.toMatch(/19|nineteen/);
		expect(hint(190)).toMatch(/“19” or “nineteen”/);
	});
});
