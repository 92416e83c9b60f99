import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignmentHash } from '$lib/share/assignment';
import { QUESTIONS, makeSet } from '$lib/share/test-fixtures';
import { BankError, parseBank, type Question } from './bank';

const committed = JSON.parse(
	readFileSync(new URL('../../../questions/banks/xi-putin-moscow-2023.json', import.meta.url), 'utf8')
) as { questions: Question[] };

const bank = (questions: object[]) => ({
	schema: 1,
	id: 'a',
	title: 'T',
	article: { title: 'T', text: 'Mr. Kishida announced $470 million in aid on Tuesday.' },
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
	],
	questions: questions.map((q) => ({
		id: 'q',
		factId: 'f',
		prompt: 'How much?',
		explanation: '',
		evidence: { start: 0, end: 5 },
		...q
	}))
});

describe('issue 10: a question is a union on its type', () => {
	it('reads the committed bank back field for field, in the same key order', () => {
		const parsed = parseBank(JSON.parse(JSON.stringify(committed)));
		expect(JSON.stringify(parsed.questions)).toBe(JSON.stringify(committed.questions));
	});

	it('keeps the fields of a question’s type and refuses a type without the ones it needs', () => {
		const typed = parseBank(
			bank([
				{
					type: 'figure-typed',
					answer: '$470 million',
					accept: { kind: 'number', value: 470e6, unit: 'USD' },
					alternatives: ['470m']
				}
			])
		).questions[0]!;
		expect(typed.type === 'figure-typed' && typed.accept).toEqual({
			kind: 'number',
			value: 470e6,
			unit: 'USD'
		});
		expect(() => parseBank(bank([{ type: 'figure-choice', answer: '$470 million' }]))).toThrow(/choices/);
		expect(() => parseBank(bank([{ type: 'matching', answer: 'x' }]))).toThrow(/pairs/);
		expect(() => parseBank(bank([{ type: 'date-typed', answer: 'Tuesday' }]))).toThrow(BankError);
	});

	it('still loads a cloze answered by typing, with no choices', () => {
		const cloze = parseBank(bank([{ type: 'cloze', prompt: 'Mr. ____ announced', answer: 'Kishida' }]))
			.questions[0]!;
		expect(cloze.type).toBe('cloze');
		expect('choices' in cloze).toBe(false);
	});

	it('gives a shared set the same version hash as before, so results already sent back still grade', () => {
		// Computed by the code before the union: a change here strands every student result in the wild.
		expect(assignmentHash(makeSet(QUESTIONS))).toBe('u5kM4VTAfmpZTgef40egKw');
	});
});
