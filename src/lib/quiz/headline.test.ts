import { describe, expect, it } from 'vitest';
import type { QuestionRecord } from '$lib/db/schema';
import type { Fact, Span } from '$lib/generator/bank';
import { headlineFacts } from './headline';
import { factsById, headlineFirst, pickQuiz } from './practice';

const title = 'Ardmore council votes to close the old ferry pier';

/** An invented article: its lead tells the headline, the rest is the town's small news. */
const paragraphs = [
	'The harbour council voted on Tuesday to close the old ferry pier, whose repairs would cost £4 million.',
	'The bakery on Quay Street sold 300 loaves at the spring fair.',
	'About 40 boats moor in the inner harbour over the winter.',
	'A new cafe opened beside the lighthouse with 25 seats.',
	'The town band played for 3 hours at the regatta.',
	'Some 120 swimmers crossed the bay in the charity race.',
	'The lifeboat crew trained twice a week with 14 volunteers.'
];
const text = paragraphs.join('\n\n');
const spanOf = (sentence: string): Span => {
	const start = text.indexOf(sentence);
	return { start, end: start + sentence.length };
};

function figure(id: string, sentence: string, written: string): { fact: Fact; question: QuestionRecord } {
	const evidence = spanOf(sentence);
	const fact: Fact = { id, kind: 'figure', text: written, value: 1, unit: 'count', about: '', evidence };
	const question = {
		id: `q-${id}`,
		factId: id,
		type: 'figure-choice',
		prompt: `Which figure completes the sentence? “${sentence.replace(written, '_____')}”`,
		choices: [written, 'a', 'b', 'c'],
		answer: written,
		explanation: sentence,
		evidence,
		key: `deck/q-${id}`,
		deckId: 'deck',
		order: 0,
		retired: false
	} as QuestionRecord;
	return { fact, question };
}

const made = [
	figure('pier', paragraphs[0]!, '£4 million'),
	figure('loaves', paragraphs[1]!, '300'),
	figure('boats', paragraphs[2]!, '40'),
	figure('cafe', paragraphs[3]!, '25'),
	figure('band', paragraphs[4]!, '3'),
	figure('swim', paragraphs[5]!, '120'),
	figure('crew', paragraphs[6]!, '14')
];
const questions = made.map((m) => m.question);
const facts = factsById(made.map((m) => m.fact));

describe('a practice quiz asks what the article is about', () => {
	it('issue 9: a short quiz always asks the fact of the headline’s sentence, whatever the seed', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const quiz = pickQuiz(questions, facts, ['figure'], 3, seed, text, title);
			expect(quiz.map((q) => q.factId)).toContain('pier');
			expect(quiz).toHaveLength(3);
		}
	});

	it('issue 9: without the headline the draw is the seed’s alone', () => {
		const drawn = (seed: number) =>
			pickQuiz(questions, facts, ['figure'], 3, seed, text).map((q) => q.factId);
		expect(Array.from({ length: 30 }, (_, i) => drawn(i + 1).includes('pier')).every(Boolean)).toBe(false);
	});

	it('issue 9: a headline word the article repeats in most paragraphs counts half', () => {
		const town = 'Ardmore';
		const everywhere = paragraphs.map((p, i) =>
			i === 3 ? `${p} Ardmore votes on it next.` : `${town}: ${p}`
		);
		const spread = everywhere.join('\n\n');
		const at = (i: number) => {
			const start = spread.indexOf(everywhere[i]!);
			return { start, end: start + everywhere[i]!.length };
		};
		const items = everywhere.map((_, i) => ({ factId: `f${i}`, evidence: at(i) }));
		// The lead names the pier and the ferry; the cafe's sentence only the town and "votes", one and a half.
		expect([...headlineFacts(items, title, spread)]).toEqual(['f0']);
	});

	it('a headline’s singular and a sentence’s plural are one topic word ("hive" and "hives")', () => {
		const story = [
			'Rain fell on the valley all week.',
			'Thieves took 40 hives at night.',
			'The fair opened.'
		];
		const body = story.join('\n\n');
		const items = story.map((sentence, i) => {
			const start = body.indexOf(sentence);
			return { factId: `s${i}`, evidence: { start, end: start + sentence.length } };
		});
		expect([...headlineFacts(items, 'Keepers lose every hive to thieves', body)]).toEqual(['s1']);
	});

	it('issue 9: a date of the headline’s sentence yields to its figure', () => {
		const lead = spanOf(paragraphs[0]!);
		const items = [
			{ factId: 'when', evidence: lead, date: true },
			{ factId: 'cost', evidence: lead, date: false }
		];
		expect([...headlineFacts(items, title, text, (item) => item.date)]).toEqual(['cost']);
	});

	it('issue 9: at most a third of the quiz is drawn first for the headline, the rest in the pool’s order', () => {
		const lead = spanOf(paragraphs[0]!);
		const type = 'figure-choice' as const;
		const pool = ['a', 'b', 'c', 'd', 'e', 'f'].map((factId) => ({ factId, evidence: lead, type }));
		const rest = spanOf(paragraphs[1]!);
		const others = ['x', 'y'].map((factId) => ({ factId, evidence: rest, type }));
		const ordered = headlineFirst([...others, ...pool], title, text, 3);
		expect(ordered.map((item) => item.factId)).toEqual(['a', 'x', 'y', 'b', 'c', 'd', 'e', 'f']);
	});

	it('issue 9: a matching question, whose evidence runs over many paragraphs, is not the headline’s', () => {
		const whole = { start: 0, end: text.length };
		const matching = { factId: 'm', evidence: whole, type: 'matching' as const };
		const rest = { factId: 'x', evidence: spanOf(paragraphs[1]!), type: 'figure-choice' as const };
		expect(headlineFirst([rest, matching], title, text, 3).map((item) => item.factId)).toEqual(['x', 'm']);
	});
});
