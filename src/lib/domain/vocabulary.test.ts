import { describe, expect, it } from 'vitest';
import type { Fact } from '$lib/generator/bank';
import { QUESTION_TYPES } from '$lib/generator/bank';
import {
	FACT_KINDS,
	FACT_KIND_GROUPS,
	FACT_KIND_LABELS,
	QUESTION_TYPE_LABELS,
	QUESTION_TYPE_NAMES,
	factSentence,
	factSummary
} from './vocabulary';

const evidence = { start: 0, end: 1 };
const quote: Fact = {
	id: 'q',
	kind: 'quote',
	quote: 'We will build it',
	speaker: { name: 'Ana Ruiz', role: 'the mayor' },
	confidence: 'high',
	evidence
};
const unnamed: Fact = { ...quote, speaker: { name: '', role: '' } };
const figure: Fact = {
	id: 'f',
	kind: 'figure',
	text: '$4 million',
	value: 4e6,
	unit: 'USD',
	about: 'the cost',
	evidence
};
const date: Fact = {
	id: 'd',
	kind: 'date',
	text: 'last March',
	value: '2023-03',
	about: 'the vote',
	evidence
};

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
		expect(factSummary(quote)).toEqual({ main: '“We will build it”', detail: 'Ana Ruiz, the mayor' });
		expect(factSummary({ ...quote, quote: '“Already quoted”' }).main).toBe('“Already quoted”');
		expect(factSummary(unnamed).detail).toBe('Speaker unknown');
		expect(factSummary(figure)).toEqual({ main: '$4 million', detail: 'the cost' });
		expect(factSummary(date)).toEqual({ main: 'last March', detail: 'the vote (March 2023)' });
	});

	it('writes a fact as one sentence for reading beside the article', () => {
		expect(factSentence(quote)).toBe('Ana Ruiz, the mayor, said: “We will build it”');
		expect(factSentence(unnamed)).toBe('An unnamed source said: “We will build it”');
		expect(factSentence(figure)).toBe('$4 million: the cost');
	});
});
