import type { Feedback, Given } from '$lib/quiz/answer';
import { activeQuestions, listDecks } from '$lib/db/decks';
import { reportQuestion } from '$lib/db/reports';
import type { BylineDatabase, DeckRecord, QuestionRecord } from '$lib/db/schema';
import type { FactKind } from '$lib/domain/vocabulary';
import { errorMessage } from '$lib/errors';
import type { Fact } from '$lib/generator/bank';
import type { GradingContext } from '$lib/quiz/check';
import {
	QUIZ_STORAGE_KEY,
	countByKind,
	factsById,
	pickQuiz,
	recordQuizAnswer,
	restoreQuiz,
	saveQuiz,
	savedQuizDeck,
	scoreOf,
	type QuizAnswer
} from '$lib/quiz/practice';
import { systemClock, type Clock } from './clock';

/** Where a quiz under way is kept: a phone may reload a tab it sent to the background, and the quiz must survive. */
export interface QuizStore {
	read(): string | null;
	/** `null` forgets the quiz. */
	write(text: string | null): void;
}

/** The tab's session storage; without it (some private modes) a reload starts afresh. */
export const sessionQuizStore: QuizStore = {
	read() {
		try {
			return sessionStorage.getItem(QUIZ_STORAGE_KEY);
		} catch {
			return null;
		}
	},
	write(text) {
		try {
			if (text === null) sessionStorage.removeItem(QUIZ_STORAGE_KEY);
			else sessionStorage.setItem(QUIZ_STORAGE_KEY, text);
		} catch {
			// Nothing to do: the quiz goes on, it just will not survive a reload.
		}
	}
};

export interface QuizOptions {
	clock?: Clock;
	store?: QuizStore;
}

/**
 * A practice quiz on one deck: a setup (how many, which kinds), one question at a time with every answer logged as
 * practice (due dates never move) and its feedback shown until Next (as in study: a mistake is corrected while
 * the question is fresh), then a score and a list of the answers. A quiz under way, feedback on screen included,
 * is kept in the store and put back after a reload. Pure of the DOM; `/quiz` renders it.
 */
export class QuizSession {
	decks = $state.raw<DeckRecord[]>([]);
	/** The deck quizzed on: the one asked for, else the one a kept quiz was on, else the first. */
	deck = $state.raw<DeckRecord>();
	/** The deck's questions that can be asked (reported and retired ones are not). */
	questions = $state.raw<QuestionRecord[]>([]);
	/** The quiz under way or finished; undefined at the setup. */
	quiz = $state.raw<QuestionRecord[]>();
	answers = $state.raw<QuizAnswer[]>([]);
	/** The last answer's feedback is on screen: the quiz waits for Next. */
	reviewing = $state(false);
	/** An answer is being written: nothing else may be answered until it is on disk. */
	saving = $state(false);
	problem = $state('');

	readonly #db: BylineDatabase;
	readonly #clock: Clock;
	readonly #store: QuizStore;
	#shownAt = 0;
	/** Seeds the next quiz's draw, so the count the setup shows is the quiz Start draws; renewed at each start. */
	#seed = $state(0);

	constructor(db: BylineDatabase, { clock = systemClock, store = sessionQuizStore }: QuizOptions = {}) {
		this.#db = db;
		this.#clock = clock;
		this.#seed = clock.now();
		this.#store = store;
	}

	/** Reads the decks and the chosen deck's questions, and puts back a quiz kept for that deck. */
	async load(deckId?: string): Promise<void> {
		const kept = this.#store.read();
		const wanted = deckId ?? savedQuizDeck(kept);
		this.decks = (await listDecks(this.#db)).filter((deck) => !deck.hidden || deck.id === wanted);
		this.deck = this.decks.find((deck) => deck.id === wanted) ?? this.decks[0];
		this.questions = this.deck ? await activeQuestions(this.#db, this.deck.id) : [];
		const restored =
			this.deck && savedQuizDeck(kept) === this.deck.id
				? restoreQuiz(kept, this.questions, this.#grading())
				: undefined;
		if (restored) {
			this.quiz = restored.quiz;
			this.answers = restored.answers;
			this.reviewing = restored.reviewing && restored.answers.length > 0;
			this.#shownAt = this.#clock.now();
		}
	}

	/** The deck's facts by id: what each question is about, for the kinds and the evidence. */
	readonly facts: ReadonlyMap<string, Fact> = $derived(factsById(this.deck?.facts ?? []));

	/** "last month" in a typed date is read from the article's date. */
	#grading(): GradingContext {
		const date = this.deck?.article.date;
		return date ? { articleDate: date } : {};
	}

	/** Questions that can be asked, by kind, for the setup's choices. */
	get counts(): Record<FactKind, number> {
		return countByKind(this.questions, this.facts);
	}

	available(kinds: readonly FactKind[]): number {
		const counts = this.counts;
		return kinds.reduce((sum, kind) => sum + counts[kind], 0);
	}

	get finished(): boolean {
		return this.quiz !== undefined && this.answers.length >= this.quiz.length && !this.reviewing;
	}

	/** Where the quiz is: the question on screen, answered (its feedback shown) or not. */
	get position(): number {
		return this.reviewing ? this.answers.length - 1 : this.answers.length;
	}

	/** The question on screen, while the quiz runs: the next to answer, or the one whose feedback is shown. */
	get current(): QuestionRecord | undefined {
		return this.quiz && !this.finished ? this.quiz[this.position] : undefined;
	}

	/** The feedback on the question just answered, while it is on screen. */
	readonly feedback: Feedback | undefined = $derived.by(() => {
		const last = this.reviewing ? this.answers.at(-1) : undefined;
		return last && { correct: last.result.correct, expected: last.result.expected, given: last.given };
	});

	/** The last question's feedback is on screen: Next leads to the score. */
	get last(): boolean {
		return this.quiz !== undefined && this.position >= this.quiz.length - 1;
	}

	get score(): { right: number; total: number } {
		return scoreOf(this.answers);
	}

	/**
	 * The questions a quiz of these kinds and size would ask: up to `size`, one per fact first, none whose answer
	 * another has already shown (so possibly fewer than asked for). `start` asks exactly these.
	 */
	draw(kinds: readonly FactKind[], size: number): QuestionRecord[] {
		return pickQuiz(
			this.questions,
			this.facts,
			kinds,
			size,
			this.#seed,
			this.deck?.article.text,
			this.deck?.article.title
		);
	}

	/** Starts the quiz `draw` gives; false when none can be asked. */
	start(kinds: readonly FactKind[], size: number): boolean {
		const picked = this.draw(kinds, size);
		if (picked.length === 0) return false;
		this.#seed = this.#clock.now();
		this.answers = [];
		this.reviewing = false;
		this.quiz = picked;
		this.problem = '';
		this.#shownAt = this.#clock.now();
		this.#keep();
		return true;
	}

	/** Grades the answer and logs it as practice, then shows its feedback; the answer stays if it cannot be saved. */
	async answer(given: Given): Promise<void> {
		const question = this.current;
		if (!question || this.saving || this.reviewing) return;
		this.saving = true;
		this.problem = '';
		try {
			const now = this.#clock.now();
			const moment = { at: now, tzOffsetMinutes: this.#clock.tzOffsetMinutes() };
			const answered = await recordQuizAnswer(
				this.#db,
				question,
				given,
				now - this.#shownAt,
				moment,
				this.#grading()
			);
			this.answers = [...this.answers, answered];
			this.reviewing = true;
			this.#keep();
		} catch (error) {
			this.problem = errorMessage(error);
		} finally {
			this.saving = false;
		}
	}

	/** From the feedback to the next question, or to the score after the last. */
	next(): void {
		if (!this.reviewing || this.saving) return;
		this.reviewing = false;
		this.#shownAt = this.#clock.now();
		this.#keep();
	}

	/** Scores the questions answered so far; with none, there is nothing to score and the setup comes back. */
	end(): void {
		if (this.answers.length === 0) {
			this.again();
			return;
		}
		this.quiz = this.answers.map((answer) => answer.question);
		this.reviewing = false;
		this.#keep();
	}

	/** A question in the review was reported as faulty: it is hidden from study and quizzes until fixed. */
	async report(key: string, note: string): Promise<void> {
		await reportQuestion(this.#db, key, note, this.#clock.now());
	}

	/** Back to the setup. */
	again(): void {
		this.quiz = undefined;
		this.answers = [];
		this.reviewing = false;
		this.#keep();
	}

	#keep(): void {
		const { deck, quiz } = this;
		this.#store.write(deck && quiz ? saveQuiz(deck.id, quiz, this.answers, this.reviewing) : null);
	}
}
