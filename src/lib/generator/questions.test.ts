import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givesAway } from './bank';
import { generateBank } from './generate';
import { shorten } from './questions';

const text = readFileSync(
	new URL('../../../questions/articles/xi-putin-moscow-2023.txt', import.meta.url),
	'utf8'
);
const bank = generateBank({ text, date: '2023-03-21', authors: ['Valerie Hopkins', 'Chris Buckley'] });

describe('questions', () => {
	it('makes every question type from the first article', () => {
		const types = new Set(bank.questions.map((q) => q.type));
		for (const t of [
			'who-said',
			'what-said',
			'cloze',
			'true-false',
			'figure-choice',
			'figure-typed',
			'date-choice',
			'date-typed',
			'matching',
			'flashcard'
		])
			expect(types).toContain(t);
	});

	it('offers four distinct speakers from the article and never a reporter', () => {
		const reporters =
			/hopkins|buckley|dooley|masuike|tabuchi|troyanovsky|nechepurenko|victoria|patil|ismay|baker/i;
		for (const q of bank.questions.filter((x) => x.type === 'who-said')) {
			expect(q.choices).toHaveLength(4);
			expect(new Set(q.choices).size).toBe(4);
			for (const c of q.choices ?? []) expect(c).not.toMatch(reporters);
		}
		expect(JSON.stringify(bank.people)).not.toMatch(reporters);
	});

	it('never gives the answer away or offers it twice', () => {
		for (const q of bank.questions) {
			if (q.choices) expect(new Set(q.choices.map((c) => c.toLowerCase())).size).toBe(q.choices.length);
			if (!['true-false', 'flashcard', 'matching'].includes(q.type))
				expect(givesAway(q.prompt, q.answer)).toBe(false);
		}
	});

	it('asks who-said only about high-confidence quotes by named people', () => {
		const facts = new Map(bank.facts.map((f) => [f.id, f]));
		for (const q of bank.questions.filter((x) => x.type === 'who-said')) {
			const f = facts.get(q.factId);
			expect(f?.kind === 'quote' && f.confidence).toBe('high');
		}
	});

	it('keeps ids when an unrelated paragraph changes, and is byte-identical for the same seed', () => {
		const edited = text.replace(
			'This year, the statement was more measured.',
			'This year, the statement was, by all accounts, more measured.'
		);
		const other = generateBank({
			text: edited,
			date: '2023-03-21',
			authors: ['Valerie Hopkins', 'Chris Buckley']
		});
		const ids = new Set(other.questions.map((q) => q.id));
		const kept = bank.questions.filter((q) => ids.has(q.id)).length;
		expect(kept / bank.questions.length).toBeGreaterThan(0.9);
		const again = generateBank({ text, date: '2023-03-21', authors: ['Valerie Hopkins', 'Chris Buckley'] });
		expect(JSON.stringify(again)).toBe(JSON.stringify(bank));
		const reseeded = generateBank({ text, date: '2023-03-21', seed: 7 });
		expect(reseeded.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
	});

	it('cuts long quotes at a word boundary', () => {
		const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
		expect(shorten(long, 10)).toMatch(/^word0 .* word9 …$/);
	});
});
