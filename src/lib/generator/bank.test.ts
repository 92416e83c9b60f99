import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignmentHash } from '$lib/share/assignment';
import { QUESTIONS, makeSet } from '$lib/share/test-fixtures';
import { BankError, givesAway, parseBank, type Question } from './bank';

const base = {
	schema: 1,
	id: 'a',
	title: 'T',
	article: { title: 'T', text: 'Mr. Kishida announced $470 million in aid.' },
	facts: [
		{
			id: 'f',
			kind: 'figure',
			text: '$470 million',
			value: 470e6,
			unit: 'USD',
			about: 'aid',
			evidence: { start: 0, end: 10 }
		}
	]
};
const question = (q: object) => ({
	...base,
	questions: [{ id: 'q', factId: 'f', explanation: '', evidence: { start: 0, end: 5 }, ...q }]
});

describe('parseBank consistency', () => {
	it('refuses a prompt that gives the answer away', () => {
		expect(() =>
			parseBank(
				question({
					type: 'figure-choice',
					prompt: 'He announced $470 million. How much?',
					choices: ['$470 million', '$30 million'],
					answer: '$470 million'
				})
			)
		).toThrow(/gives the answer away/);
	});

	it('refuses equal choices ignoring case, and bad true-false choices', () => {
		expect(() =>
			parseBank(question({ type: 'who-said', prompt: '?', choices: ['Xi', 'xi'], answer: 'Xi' }))
		).toThrow(BankError);
		expect(() =>
			parseBank(question({ type: 'true-false', prompt: '?', choices: ['Yes', 'No'], answer: 'Yes' }))
		).toThrow(/True/);
	});

	it('needs accept on typed questions', () => {
		expect(() => parseBank(question({ type: 'figure-typed', prompt: '?', answer: '$470 million' }))).toThrow(
			/accept/
		);
	});

	it('matches whole words only when checking give-aways', () => {
		expect(givesAway('In 2015 it began', '15')).toBe(false);
		expect(givesAway('Who said this? “Putin is strong”', 'Putin')).toBe(true);
	});
});

describe('issue 10: a question is a union on its type', () => {
	const committed = JSON.parse(
		readFileSync(new URL('../../../questions/banks/xi-putin-moscow-2023.json', import.meta.url), 'utf8')
	) as { questions: Question[] };

	it('reads the committed bank back field for field, in the same key order', () => {
		const parsed = parseBank(JSON.parse(JSON.stringify(committed)));
		expect(JSON.stringify(parsed.questions)).toBe(JSON.stringify(committed.questions));
	});

	it('keeps the fields of a question’s type and refuses a type without the ones it needs', () => {
		const accept = { kind: 'number', value: 470e6, unit: 'USD' };
		const typed = parseBank(
			question({ type: 'figure-typed', prompt: '?', answer: '$470 million', accept, alternatives: ['470m'] })
		).questions[0]!;
		expect(typed.type === 'figure-typed' && typed.accept).toEqual(accept);
		expect(() => parseBank(question({ type: 'figure-choice', prompt: '?', answer: '$470 million' }))).toThrow(
			/choices/
		);
		expect(() => parseBank(question({ type: 'matching', prompt: '?', answer: 'x' }))).toThrow(/pairs/);
	});

	it('still loads a cloze answered by typing, with no choices', () => {
		const cloze = parseBank(question({ type: 'cloze', prompt: 'Mr. ____ announced', answer: 'Kishida' }))
			.questions[0]!;
		expect(cloze.type).toBe('cloze');
		expect('choices' in cloze).toBe(false);
	});

	it('gives a shared set the same version hash as before, so results already sent back still grade', () => {
		// Computed by the code before the union: a change here strands every student result in the wild.
		expect(assignmentHash(makeSet(QUESTIONS))).toBe('u5kM4VTAfmpZTgef40egKw');
	});
});
