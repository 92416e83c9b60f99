import { describe, expect, it } from 'vitest';
import type { Fact, QuoteFact } from '$lib/generator/bank';
import { QUESTION_TYPES } from '$lib/generator/bank';
import { fixtureBank } from '$lib/fixtures/bank';
import {
	FACT_KINDS,
	FACT_KIND_GROUPS,
	FACT_KIND_LABELS,
	QUESTION_TYPE_LABELS,
	QUESTION_TYPE_NAMES,
	factSentence,
	factSummary
} from './vocabulary';

const fact = (id: string): Fact => fixtureBank.facts.find((f) => f.id === id)!;
const quote = fixtureBank.facts.find((f): f is QuoteFact => f.id === 'f-ortiz')!;
const unnamed: Fact = { ...quote, speaker: { name: '', role: '' } };
const figure = fact('f-cost');
const date = fact('f-start');

describe('kinds and types', () => {
	it('names every fact kind and every question type, in the order the app lists them', () => {
		expect(FACT_KINDS).toEqual(['quote', 'figure', 'date']);
		expect(FACT_KINDS.map((kind) => FACT_KIND_LABELS[kind])).toEqual(['Quote', 'Figure', 'Date']);
		expect(FACT_KINDS.map((kind) => FACT_KIND_GROUPS[kind])).toEqual(['Who said what', 'Figures', 'Dates']);
		for (const type of QUESTION_TYPES) {
			expect(QUESTION_TYPE_LABELS[type]).toMatch(/\S/);
			expect(QUESTION_TYPE_NAMES[type]).toMatch(/\S/);
		}
		expect(QUESTION_TYPE_LABELS['who-said']).toBe('Who said it?');
		expect(QUESTION_TYPE_NAMES['figure-typed']).toBe('Figure (typed)');
	});
});

describe('facts in words', () => {
	it('sums a fact up in two parts for a list, the quote marks not doubled', () => {
		expect(factSummary(quote)).toEqual({
			main: '“We cannot keep patching a bridge that carries 40,000 cars a day”',
			detail: 'Ana Ortiz, the mayor'
		});
		expect(factSummary({ ...quote, quote: '“Already quoted”' }).main).toBe('“Already quoted”');
		expect(factSummary(unnamed).detail).toBe('Speaker unknown');
		expect(factSummary(figure)).toEqual({ main: '$12 million', detail: 'repairs' });
		expect(factSummary(date)).toEqual({ main: 'on 3 March 2025', detail: 'work starts (March 3, 2025)' });
	});

	it('writes a fact as one sentence for reading beside the article', () => {
		expect(factSentence(quote)).toBe(
			'Ana Ortiz, the mayor, said: “We cannot keep patching a bridge that carries 40,000 cars a day”'
		);
		expect(factSentence(unnamed)).toMatch(/^An unnamed source said: “We cannot/);
		expect(factSentence(figure)).toBe('$12 million: repairs');
	});
});
