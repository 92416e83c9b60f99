import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { saveBank } from '$lib/db/decks';
import { choicesOf } from '$lib/domain/question';
import { openDatabase } from '$lib/db/open';
import { reviewsForCard } from '$lib/db/reviews';
import type { BylineDatabase, QuestionRecord } from '$lib/db/schema';
import { clockAt } from './test-clock';
import { QuizSession, type QuizStore } from './quiz.svelte';

const DECK = fixtureBank.id;
const start = Date.UTC(2026, 0, 5, 9);
let db: BylineDatabase;
let counter = 0;

/** Session storage as a tab has it: survives a reload, not a new tab. */
function memoryStore(): QuizStore & { text: string | null } {
	return {
		text: null,
		read() {
			return this.text;
		},
		write(text) {
			this.text = text;
		}
	};
}

async function setup() {
	counter++;
	db = await openDatabase({ name: `quiz-session-${counter}` });
	await saveBank(db, fixtureBank, 'imported', start - 1000);
	await saveBank(db, { ...fixtureBank, id: 'other', title: 'Another deck' }, 'imported', start - 1000);
	const clock = clockAt(start);
	const store = memoryStore();
	const quiz = new QuizSession(db, { clock, store });
	await quiz.load(DECK);
	return { clock, store, quiz };
}

/** The right answer to any question, or a wrong one. */
function answerTo(question: QuestionRecord, right: boolean): string | string[] {
	if (question.type === 'matching') {
		const names = question.pairs.map((pair) => pair.right);
		return right ? names : [...names].reverse();
	}
	if (right) return question.answer;
	return choicesOf(question)?.find((choice) => choice !== question.answer) ?? '7';
}

afterEach(() => {
	db?.close();
	vi.restoreAllMocks();
});

describe('QuizSession', () => {
	it('opens on the deck asked for, counting what can be asked by kind (no flashcards)', async () => {
		const { quiz, store } = await setup();
		expect(quiz.deck?.id).toBe(DECK);
		expect(quiz.decks.map((deck) => deck.id).sort()).toEqual([DECK, 'other'].sort());
		expect(quiz.counts).toEqual({ quote: 5, figure: 2, date: 3 });
		expect(quiz.available(['quote', 'figure'])).toBe(7);
		const first = new QuizSession(db, { store });
		await first.load();
		expect(first.deck).toBeDefined();
		expect(first.quiz).toBeUndefined();
	});

	it('asks the chosen kinds, logs each answer as practice and shows its feedback until Next, then scores the quiz', async () => {
		const { quiz, clock } = await setup();
		expect(quiz.start(['quote', 'figure'], 5)).toBe(true);
		// Issue 11: of the fixture's seven quote and figure questions, four can be asked without one giving
		// another's answer away (the who-said quotes the 40,000 cars, the matching shows Priya Nair's quote…).
		expect(quiz.quiz).toHaveLength(4);
		const asked: string[] = [];
		for (let i = 0; i < 4; i++) {
			const question = quiz.current!;
			asked.push(question.key);
			expect(quiz.facts.get(question.factId)?.kind).not.toBe('date');
			const card = await db.get('cards', question.key);
			clock.at += 3000;
			await quiz.answer(answerTo(question, i % 2 === 0));
			const log = await reviewsForCard(db, question.key);
			expect(log).toMatchObject([{ mode: 'practice', correct: i % 2 === 0, ms: 3000 }]);
			expect((await db.get('cards', question.key))?.due).toBe(card?.due);
			// The feedback stays on the question answered, and a second answer to it is not taken.
			expect(quiz.current?.key).toBe(question.key);
			expect(quiz.feedback?.correct).toBe(i % 2 === 0);
			expect(quiz.last).toBe(i === 3);
			await quiz.answer(answerTo(question, true));
			expect(quiz.answers).toHaveLength(i + 1);
			expect(quiz.finished).toBe(false);
			clock.at += 10_000;
			quiz.next();
			expect(quiz.feedback).toBeUndefined();
		}
		expect(new Set(asked).size).toBe(4);
		expect(quiz.finished).toBe(true);
		expect(quiz.current).toBeUndefined();
		expect(quiz.score).toEqual({ right: 2, total: 4 });
	});

	it('issue 11: the count the setup shows is the quiz Start asks, and the next quiz is drawn afresh', async () => {
		const { quiz, clock } = await setup();
		const drawn = quiz.draw(['quote', 'figure'], 5);
		// Seven quote and figure questions, of which four can be asked together.
		expect(drawn).toHaveLength(4);
		expect(quiz.draw(['quote', 'figure'], 5)).toEqual(drawn);
		quiz.start(['quote', 'figure'], 5);
		expect(quiz.quiz).toEqual(drawn);
		clock.at += 60_000;
		quiz.start(['quote', 'figure', 'date'], 20);
		const orders = new Set([quiz.quiz!.map((question) => question.key).join()]);
		for (let i = 0; i < 5; i++) {
			clock.at += 60_000;
			quiz.start(['quote', 'figure', 'date'], 20);
			orders.add(quiz.quiz!.map((question) => question.key).join());
		}
		expect(orders.size).toBeGreaterThan(1);
	});

	it('keeps a quiz under way through a reload: the same questions, the answers given, graded again', async () => {
		const { quiz, store, clock } = await setup();
		quiz.start(['quote', 'figure', 'date'], 4);
		const keys = quiz.quiz!.map((question) => question.key);
		await quiz.answer(answerTo(quiz.current!, true));
		quiz.next();
		await quiz.answer(answerTo(quiz.current!, false));
		quiz.next();
		// The page is reloaded on another deck's link: the kept quiz is for this deck, so it waits.
		const elsewhere = new QuizSession(db, { clock, store });
		await elsewhere.load('other');
		expect(elsewhere.quiz).toBeUndefined();
		const reloaded = new QuizSession(db, { clock, store });
		await reloaded.load();
		expect(reloaded.deck?.id).toBe(DECK);
		expect(reloaded.quiz?.map((question) => question.key)).toEqual(keys);
		expect(reloaded.answers.map((answer) => answer.result.correct)).toEqual([true, false]);
		expect(reloaded.current?.key).toBe(keys[2]);
		// Reloaded with a feedback on screen: the same feedback, on the same question.
		await reloaded.answer(answerTo(reloaded.current!, false));
		const again = new QuizSession(db, { clock, store });
		await again.load();
		expect(again.current?.key).toBe(keys[2]);
		expect(again.feedback).toMatchObject({ correct: false });
		again.next();
		expect(again.current?.key).toBe(keys[3]);
		expect(again.feedback).toBeUndefined();
	});

	it('ends early with the answers given, or goes back to the setup when there are none', async () => {
		const { quiz, store } = await setup();
		quiz.start(['quote'], 5);
		quiz.end();
		expect(quiz.quiz).toBeUndefined();
		expect(store.text).toBeNull();
		quiz.start(['quote'], 5);
		await quiz.answer(answerTo(quiz.current!, true));
		quiz.end();
		expect(quiz.finished).toBe(true);
		expect(quiz.feedback).toBeUndefined();
		expect(quiz.score).toEqual({ right: 1, total: 1 });
		quiz.again();
		expect(quiz.quiz).toBeUndefined();
		expect(store.text).toBeNull();
	});

	it('starts nothing when no question is of the kinds chosen', async () => {
		const { quiz } = await setup();
		expect(quiz.start([], 5)).toBe(false);
		expect(quiz.quiz).toBeUndefined();
	});

	it('keeps the question on screen with a message when the disk is full, and takes one answer at a time', async () => {
		const { quiz } = await setup();
		quiz.start(['quote'], 3);
		const question = quiz.current!;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await quiz.answer(answerTo(question, true));
		expect(quiz.problem).toMatch(/out of storage space/);
		expect(quiz.current?.key).toBe(question.key);
		vi.restoreAllMocks();
		await Promise.all([quiz.answer(answerTo(question, true)), quiz.answer(answerTo(question, true))]);
		expect(quiz.answers).toHaveLength(1);
		expect(quiz.feedback?.correct).toBe(true);
		expect(await reviewsForCard(db, question.key)).toHaveLength(1);
		expect(quiz.problem).toBe('');
	});
});
