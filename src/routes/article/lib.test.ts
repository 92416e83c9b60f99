import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { questionKey, saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { reportQuestion } from '$lib/db/reports';
import { recordAnswer } from '$lib/db/reviews';
import { fixtureBank } from '$lib/fixtures/bank';
import { practiceLog } from '$lib/srs/card';
import type { Fact } from '$lib/generator/bank';
import type { QuestionRecord, ReviewEntry } from '$lib/db/schema';
import { newCard } from '$lib/srs/scheduler';
import { factSentence } from '$lib/domain/vocabulary';
import {
	answerText,
	articleView,
	articleParagraphs,
	factMarks,
	factSpan,
	historyLines,
	paragraphRanges,
	sourceNote,
	questionsForFact
} from './lib';

const text =
	'Title line\n\n“We will build it,” said Ana Ruiz, the mayor. It costs $4 million.\n\n  \nWork starts on Monday.';
const sentence = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

const quote: Fact = {
	id: 'f-quote',
	kind: 'quote',
	quote: 'We will build it',
	speaker: { name: 'Ana Ruiz', role: 'the mayor' },
	confidence: 'high',
	evidence: sentence('“We will build it,” said Ana Ruiz, the mayor.')
};
const figure: Fact = {
	id: 'f-4m',
	kind: 'figure',
	text: '$4 million',
	value: 4_000_000,
	unit: 'USD',
	about: 'the cost',
	evidence: sentence('It costs $4 million.')
};
const date: Fact = {
	id: 'f-monday',
	kind: 'date',
	text: 'on Monday',
	about: 'Work starts',
	evidence: sentence('Work starts on Monday.')
};

const joined = (p: { segments: { text: string }[] }) => p.segments.map((s) => s.text).join('');

describe('paragraphs', () => {
	it('splits at blank lines (even with spaces in them), keeping article offsets', () => {
		const ranges = paragraphRanges(text);
		expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
			'Title line',
			'“We will build it,” said Ana Ruiz, the mayor. It costs $4 million.',
			'Work starts on Monday.'
		]);
	});
});

describe('factSpan', () => {
	it('narrows a fact to its words within the evidence sentence', () => {
		const span = factSpan(text, figure);
		expect(text.slice(span.start, span.end)).toBe('$4 million');
		const q = factSpan(text, quote);
		expect(text.slice(q.start, q.end)).toBe('We will build it');
	});
	it('falls back to the whole sentence when the words are not there as written', () => {
		expect(factSpan(text, { ...figure, text: '4,000,000 dollars' })).toEqual(figure.evidence);
	});
});

describe('articleParagraphs', () => {
	it('turns facts into segments without losing or repeating any text', () => {
		const paragraphs = articleParagraphs(text, factMarks(text, [quote, figure, date]));
		expect(paragraphs).toHaveLength(3);
		expect(paragraphs.map(joined).join('|')).toBe(
			paragraphRanges(text)
				.map((r) => text.slice(r.start, r.end))
				.join('|')
		);
		const marked = paragraphs.flatMap((p) => p.segments.filter((s) => s.marks.length > 0));
		expect(marked.map((s) => [s.text, s.marks[0]?.kind])).toEqual([
			['We will build it', 'quote'],
			['$4 million', 'figure'],
			['on Monday', 'date']
		]);
	});

	it('handles overlapping facts: the shared words list both, innermost first', () => {
		const wide: Fact = { ...quote, id: 'f-wide', quote: 'It costs $4 million', evidence: figure.evidence };
		const [, middle] = articleParagraphs(text, factMarks(text, [wide, figure]));
		const segments = middle?.segments.map((s) => [s.text, s.marks.map((m) => m.factId)]);
		expect(segments).toEqual([
			['“We will build it,” said Ana Ruiz, the mayor. ', []],
			['It costs ', ['f-wide']],
			['$4 million', ['f-4m', 'f-wide']],
			['.', []]
		]);
	});

	it('clips a fact that crosses a paragraph break to each paragraph', () => {
		const across: Fact = { ...date, text: 'nothing here', evidence: { start: 0, end: 20 } };
		const paragraphs = articleParagraphs(text, factMarks(text, [across]));
		expect(paragraphs[0]?.segments).toEqual([
			{ start: 0, text: 'Title line', marks: [expect.objectContaining({ factId: 'f-monday' })] }
		]);
		expect(paragraphs[1]?.segments[0]?.text).toBe('“We will');
	});
});

describe('fact panel', () => {
	const base = { deckId: 'd', order: 0, retired: false, explanation: '', evidence: { start: 0, end: 1 } };
	const questions: QuestionRecord[] = [
		{
			...base,
			key: 'd/q1',
			id: 'q1',
			factId: 'f-quote',
			type: 'who-said',
			prompt: 'Who said it?',
			choices: ['Ana Ruiz', 'Ben Ode'],
			answer: 'Ana Ruiz'
		},
		{
			...base,
			key: 'd/q2',
			id: 'q2',
			factId: 'f-other',
			type: 'matching',
			prompt: 'Match',
			answer: '',
			pairs: [
				{ factId: 'f-other', left: 'Ana', right: 'mayor', evidence: { start: 0, end: 1 } },
				{ factId: 'f-quote', left: 'Ben', right: 'clerk', evidence: { start: 0, end: 1 } }
			]
		}
	];

	it('lists the questions about a fact, matching ones included, with their answers', () => {
		expect(questionsForFact(questions, 'f-quote').map((q) => q.id)).toEqual(['q1', 'q2']);
		expect(answerText(questions[1] as QuestionRecord)).toBe('Ana → mayor; Ben → clerk');
		expect(factSentence(quote)).toBe('Ana Ruiz, the mayor, said: “We will build it”');
		expect(factSentence(figure)).toBe('$4 million: the cost');
	});

	it('shows history newest first, with what was given or (issue 4) how a flashcard was rated, not “you gave “rated Good””', () => {
		const entry = (at: number, rest: Partial<ReviewEntry>): ReviewEntry =>
			({
				cardId: 'd/q1',
				at,
				tzOffsetMinutes: 0,
				rating: 'good',
				mode: 'study',
				before: newCard(0),
				deckId: 'd',
				given: '',
				correct: true,
				ms: 1,
				...rest
			}) as ReviewEntry;
		const lines = historyLines([
			entry(1, { given: 'Ben', correct: false, rating: 'again' }),
			entry(3, { mode: 'practice', given: 'Ana Ruiz' }),
			entry(2, { given: '', correct: false, rating: 'again' })
		]);
		expect(lines).toEqual([
			{ at: 3, correct: true, text: 'you gave “Ana Ruiz”', practice: true },
			{ at: 2, correct: false, text: 'no answer', practice: false },
			{ at: 1, correct: false, text: 'you gave “Ben”', practice: false }
		]);
		const ratings = historyLines(
			[entry(2, { given: '', rating: 'easy' }), entry(1, { given: '', correct: false, rating: 'again' })],
			true
		);
		expect(ratings.map((line) => line.text)).toEqual(['you rated it Easy', 'you rated it Again']);
	});
});

describe('issue 10: the article page load', () => {
	it('lists the decks without ?deck=, says a missing deck is missing, and reads a deck’s history on demand', async () => {
		const db = await openDatabase({ name: 'article-load' });
		await saveBank(db, fixtureBank, 'imported', 1000);
		const choose = await articleView(db, null);
		expect(choose.status === 'choose' && choose.decks.map((d) => d.id)).toEqual([fixtureBank.id]);
		expect(await articleView(db, 'nope')).toEqual({ status: 'missing', deckId: 'nope' });
		const stored = (await db.get('decks', fixtureBank.id))!;
		await db.put('decks', { ...stored, hidden: true });
		const hiddenAway = await articleView(db, null);
		expect(hiddenAway.status === 'choose' && hiddenAway.decks).toEqual([]);
		expect((await articleView(db, fixtureBank.id)).status).toBe('ready');
		await db.put('decks', stored);

		const [first, second] = fixtureBank.questions;
		await reportQuestion(db, questionKey(fixtureBank.id, second!.id), '', 2000);
		const card = (await db.get('cards', questionKey(fixtureBank.id, first!.id)))!;
		const moment = { at: 3000, tzOffsetMinutes: 0 };
		const details = { deckId: card.deckId, given: 'Ana', correct: false, ms: 1 };
		await recordAnswer(db, card, practiceLog(card.key, 'again', moment), details);
		const ready = await articleView(db, fixtureBank.id);
		if (ready.status !== 'ready') throw new Error(`expected the deck, got ${ready.status}`);
		expect(ready.deck.id).toBe(fixtureBank.id);
		expect(ready.questions.map((q) => q.id)).not.toContain(second!.id);
		const asked = ready.questions.find((q) => q.id === first!.id)!;
		expect(await ready.history(asked)).toEqual([
			{ at: 3000, correct: false, text: 'you gave “Ana”', practice: true }
		]);
		db.close();
	});
});

describe('sourceNote', () => {
	it('issue 11: a machine-translated source reads as a note on the source, not as an error', () => {
		expect(sourceNote('The New York Times (machine translation)')).toBe(
			'Source: The New York Times, translated by machine'
		);
		expect(sourceNote('Reuters')).toBe('Source: Reuters');
	});
});
