import { describe, expect, it } from 'vitest';
import { BankError, givesAway, parseBank } from './bank';

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
