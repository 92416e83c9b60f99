import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { activeQuestions, questionKey, saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { reviewsForCard } from '$lib/db/reviews';
import type { BylineDatabase } from '$lib/db/schema';
import type { FactKind } from '$lib/domain/vocabulary';
import { checkAnswer } from '$lib/quiz/check';
import {
	countByKind,
	pickQuiz,
	recordQuizAnswer,
	restoreQuiz,
	saveQuiz,
	savedQuizDeck,
	scoreOf
} from './practice';

let db: BylineDatabase;
afterEach(() => db?.close());
const at = Date.UTC(2026, 0, 5, 9);
const facts = new Map(fixtureBank.facts.map((fact) => [fact.id, fact]));

async function questions() {
	db = await openDatabase({ name: `quiz-${Math.random()}` });
	await saveBank(db, fixtureBank, 'imported', at);
	return activeQuestions(db, fixtureBank.id);
}

describe('pickQuiz', () => {
	it('takes the chosen kinds only, no flashcards, one per fact before repeating a fact', async () => {
		const all = await questions();
		expect(countByKind(all, facts)).toEqual({ quote: 5, figure: 2, date: 3 });
		const quiz = pickQuiz(all, facts, ['quote'] as FactKind[], 3, 7);
		expect(quiz).toHaveLength(3);
		expect(new Set(quiz.map((q) => q.factId)).size).toBe(3);
		expect(quiz.every((q) => q.type !== 'flashcard' && facts.get(q.factId)?.kind === 'quote')).toBe(true);
		// Five figure and date questions, two of them on one date: each, answered, shows the other's answer.
		expect(pickQuiz(all, facts, ['figure', 'date'] as FactKind[], 50, 7)).toHaveLength(4);
	});

	it('issue 11: never asks two questions on one sentence while others are left, nor one whose prompt holds another’s answer', async () => {
		const all = await questions();
		const kinds = ['quote', 'figure', 'date'] as FactKind[];
		for (let seed = 1; seed <= 30; seed++) {
			const ids = pickQuiz(all, facts, kinds, 5, seed, fixtureBank.article.text).map((q) => q.id);
			expect(ids).toHaveLength(5);
			// Ortiz's quote and the 40,000 cars are one sentence, and the who-said prompt quotes the figure.
			expect(ids.includes('q-who-ortiz') && ids.includes('q-fig-cars'), ids.join(' ')).toBe(false);
			expect(ids.includes('q-date-start') && ids.includes('q-date-typed'), ids.join(' ')).toBe(false);
		}
	});

	it('is the same for the same seed', async () => {
		const all = await questions();
		const kinds = ['quote', 'figure', 'date'] as FactKind[];
		expect(pickQuiz(all, facts, kinds, 5, 42).map((q) => q.id)).toEqual(
			pickQuiz(all, facts, kinds, 5, 42).map((q) => q.id)
		);
	});
});

describe('recordQuizAnswer', () => {
	it('grades, logs practice, and leaves the card’s schedule alone', async () => {
		const all = await questions();
		const question = all.find((q) => q.id === 'q-fig-cars')!;
		const key = questionKey(fixtureBank.id, question.id);
		const before = await db.get('cards', key);
		const answer = await recordQuizAnswer(db, question, '40000', 3000, { at, tzOffsetMinutes: 0 });
		expect(answer.result.correct).toBe(true);
		const after = await db.get('cards', key);
		expect(after?.due).toBe(before?.due);
		expect(after?.state).toBe('new');
		expect(await reviewsForCard(db, key)).toMatchObject([
			{ mode: 'practice', given: '40000', correct: true }
		]);
		expect(scoreOf([answer])).toEqual({ right: 1, total: 1 });
	});
});

describe('saving a quiz under way', () => {
	it('issue 4: a quiz saved after two answers comes back with the same questions and both answers graded', async () => {
		const all = await questions();
		const quiz = pickQuiz(all, facts, ['quote', 'figure', 'date'] as FactKind[], 4, 7);
		const first = quiz[0]!;
		const second = quiz[1]!;
		const answers = [
			{ question: first, given: first.type === 'matching' ? first.pairs.map((p) => p.right) : first.answer },
			{ question: second, given: 'not this' }
		].map(({ question, given }) => ({ question, given, result: checkAnswer(question, given) }));
		const text = saveQuiz(fixtureBank.id, quiz, answers);

		expect(savedQuizDeck(text)).toBe(fixtureBank.id);
		const restored = restoreQuiz(text, all)!;
		expect(restored.quiz.map((q) => q.key)).toEqual(quiz.map((q) => q.key));
		expect(restored.answers.map((a) => [a.question.key, a.result.correct])).toEqual([
			[first.key, true],
			[second.key, false]
		]);
	});

	it('restores nothing from text that is not a saved quiz, or when a question has left the deck', async () => {
		const all = await questions();
		const quiz = all.filter((q) => q.type !== 'flashcard').slice(0, 3);
		const text = saveQuiz(fixtureBank.id, quiz, []);
		expect(restoreQuiz(text, all.slice(1))).toBeUndefined();
		expect(restoreQuiz('{"deckId":1}', all)).toBeUndefined();
		expect(restoreQuiz('not json', all)).toBeUndefined();
		expect(restoreQuiz(null, all)).toBeUndefined();
		expect(savedQuizDeck('[]')).toBeUndefined();
	});
});
