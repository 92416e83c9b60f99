import type { Feedback, Given, RatingLabels } from '$lib/quiz/answer';
import { systemClock, type Clock } from './clock';
import { listDecks } from '$lib/db/decks';
import { DbError } from '$lib/db/open';
import { recordAnswer, undoLastAnswer } from '$lib/db/reviews';
import type { BylineDatabase, CardRecord, DeckRecord, QuestionRecord, ReviewEntry } from '$lib/db/schema';
import {
	cardsByKey,
	deckInfo,
	decksById,
	extraRound,
	nextDueAt,
	questionsByKey,
	studyQueue,
	studySettings,
	type DeckInfo
} from '$lib/db/study';
import type { Fact } from '$lib/generator/bank';
import { autoRating, checkAnswer } from '$lib/quiz/check';
import { practiceLog, type CardState, type Rating } from '$lib/srs/card';
import { MINUTE_MS, type Moment } from '$lib/srs/day';
import { preview, review } from '$lib/srs/scheduler';
import type { StudySettings } from '$lib/srs/settings';
import { errorMessage } from '$lib/errors';

/**
 * - study: due cards, then new ones within the daily limit; answers move the schedule.
 * - ahead: the cards due soonest, studied early (FSRS counts the shorter wait); answers move the schedule.
 * - practice: the same cards outside the schedule; logged as practice, due dates never move.
 * - drill: given cards (the missed ones) in practice mode, each asked again until answered right.
 */
export type SessionMode = 'study' | 'ahead' | 'practice' | 'drill';
export type SessionStatus = 'loading' | 'question' | 'feedback' | 'done' | 'empty' | 'error';

export type { DeckInfo };

export interface StudyItem {
	card: CardRecord;
	question: QuestionRecord;
	deck: DeckInfo;
}

/** The cards still to come, the one on screen included until it is answered, as Anki counts them. */
export interface Left {
	new: number;
	learning: number;
	review: number;
}

export interface Tally {
	reviewed: number;
	right: number;
	ms: number;
}

/** A learning step this close is shown now rather than ending the session, as Anki's "learn ahead" limit. */
export const LEARN_AHEAD_MS = 20 * MINUTE_MS;
/** Cards in one "study ahead" or practice round. */
export const EXTRA_ROUND = 20;

interface Answered {
	item: StudyItem;
	mode: ReviewEntry['mode'];
	correct: boolean;
	ms: number;
}

function cardState(card: CardRecord): CardState {
	const { key: _key, deckId: _deck, order: _order, hidden: _hidden, lastAnswer: _last, ...state } = card;
	return state;
}

const byDue = (a: CardRecord, b: CardRecord) => a.due - b.due;

/**
 * One sitting of study: the queue, the card shown, and each answer committed to IndexedDB before the next card
 * appears, so a closed tab loses nothing the student saw acknowledged. Pure of the DOM; the page renders it.
 */
export class StudySession {
	status = $state<SessionStatus>('loading');
	mode = $state<SessionMode>('study');
	current = $state.raw<StudyItem>();
	feedback = $state.raw<Feedback>();
	ratings = $state.raw<RatingLabels>();
	/** An answer is being written: nothing else may be answered until it is on disk. */
	saving = $state(false);
	error = $state('');
	/** Changes each time a card is shown, so the page can start its question afresh. */
	turn = $state(0);
	tally = $state<Tally>({ reviewed: 0, right: 0, ms: 0 });
	/** Cards still to come after the one shown, this one included if its answer brings it back. */
	remaining = $state(0);
	/** Cards to come by state: in a session of new cards the total barely moves while new ones turn into learning ones. */
	left = $state.raw<Left>({ new: 0, learning: 0, review: 0 });
	nextDueAt = $state<number>();
	canUndo = $state(false);
	/** The decks this session draws from. */
	decks = $state.raw<DeckInfo[]>([]);

	readonly #db: BylineDatabase;
	readonly #clock: Clock;
	#settings: StudySettings | undefined;
	#scope: string[] = [];
	#queue: CardRecord[] = [];
	#learning: CardRecord[] = [];
	#history: Answered[] = [];
	// Caches, never rendered: plain maps, not reactive ones.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#deckInfo = new Map<string, DeckInfo>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#questions = new Map<string, QuestionRecord>();
	#shownAt = 0;

	constructor(db: BylineDatabase, clock: Clock = systemClock) {
		this.#db = db;
		this.#clock = clock;
	}

	get settings(): StudySettings | undefined {
		return this.#settings;
	}

	get scope(): readonly string[] {
		return this.#scope;
	}

	/** Loads the queue for one deck, or all of them, and shows its first card. */
	async start(deckId: string | undefined, mode: Exclude<SessionMode, 'drill'> = 'study'): Promise<void> {
		await this.#run(async () => {
			this.#reset(mode);
			const settings = await this.#loadSettings();
			const decks = deckId ? [await this.#db.get('decks', deckId)] : await listDecks(this.#db);
			this.#setDecks(decks.filter((deck): deck is DeckRecord => deck !== undefined));
			const moment = this.#moment();
			if (mode === 'study') {
				const { queue, learningSoon, today } = await studyQueue(
					this.#db,
					this.#scope,
					moment,
					settings,
					LEARN_AHEAD_MS
				);
				this.tally = tallyOf(today.filter((entry) => entry.mode === 'study'));
				this.#queue = queue;
				this.#learning = learningSoon;
			} else {
				this.#queue = await extraRound(this.#db, this.#scope, moment.at, EXTRA_ROUND);
			}
			await this.#advance();
		});
	}

	/** Practice on chosen cards until each is answered right: the Missed list's drill. */
	async drill(keys: readonly string[]): Promise<void> {
		await this.#run(async () => {
			this.#reset('drill');
			await this.#loadSettings();
			const cards = (await cardsByKey(this.#db, keys)).filter((card) => !card.hidden);
			const ids = cards.map((card) => card.deckId).filter((id, i, all) => all.indexOf(id) === i);
			this.#setDecks(await decksById(this.#db, ids));
			this.#queue = cards;
			await this.#advance();
		});
	}

	/** The fact the current card asks about, for marking the evidence. */
	get fact(): Fact | undefined {
		const item = this.current;
		return item ? item.deck.facts.get(item.question.factId) : undefined;
	}

	/** Grades and commits an answer to an objective question, then shows the feedback. */
	async answer(given: Given): Promise<void> {
		const item = this.current;
		if (!item || this.status !== 'question' || this.saving) return;
		const ms = Math.max(0, this.#clock.now() - this.#shownAt);
		const result = checkAnswer(item.question, given, ms);
		const rating = autoRating(result, ms, item.question);
		const text = Array.isArray(given) ? given.join(' · ') : given;
		const saved = await this.#commit(item, rating, { given: text, correct: result.correct, ms });
		if (!saved) return;
		this.feedback = { correct: result.correct, expected: result.expected, given };
		this.status = 'feedback';
	}

	/** A flashcard's rating: committed, then straight on to the next card. */
	async rate(rating: Rating): Promise<void> {
		const item = this.current;
		if (!item || this.status !== 'question' || this.saving) return;
		const ms = Math.max(0, this.#clock.now() - this.#shownAt);
		const saved = await this.#commit(item, rating, { given: '', correct: rating !== 'again', ms });
		if (saved) await this.#advance();
	}

	/** From the feedback to the next card. */
	async next(): Promise<void> {
		if (this.status !== 'feedback' || this.saving) return;
		await this.#advance();
	}

	/** The card shown was reported as faulty: it leaves the session unanswered, and the next card comes. */
	async skipReported(): Promise<void> {
		const key = this.current?.card.key;
		if (!key || this.saving) return;
		this.#questions.delete(key);
		this.#queue = this.#queue.filter((card) => card.key !== key);
		this.#learning = this.#learning.filter((card) => card.key !== key);
		await this.#advance();
	}

	/** Takes back the last answer of this session and shows its card again. */
	async undo(): Promise<void> {
		const last = this.#history.at(-1);
		if (!last || this.saving) return;
		this.saving = true;
		this.error = '';
		try {
			const restored = await undoLastAnswer(this.#db, last.item.card.key);
			this.#history.pop();
			if (!restored) throw new Error('That answer was already taken back in another tab.');
			const key = restored.key;
			this.#learning = this.#learning.filter((card) => card.key !== key);
			this.#queue = this.#queue.filter((card) => card.key !== key);
			const shown = this.current;
			if (shown && shown.card.key !== key && this.status === 'question') this.#queue.unshift(shown.card);
			this.tally = {
				reviewed: this.tally.reviewed - 1,
				right: this.tally.right - (last.correct ? 1 : 0),
				ms: this.tally.ms - last.ms
			};
			this.#show({ ...last.item, card: restored });
		} catch (error) {
			this.error = saveProblem(error);
		} finally {
			this.saving = false;
			this.canUndo = this.#history.length > 0;
		}
	}

	#reset(mode: SessionMode): void {
		this.status = 'loading';
		this.mode = mode;
		this.error = '';
		this.current = undefined;
		this.feedback = undefined;
		this.nextDueAt = undefined;
		this.tally = { reviewed: 0, right: 0, ms: 0 };
		this.#queue = [];
		this.#learning = [];
		this.#history = [];
		this.canUndo = false;
	}

	async #run(work: () => Promise<void>): Promise<void> {
		try {
			await work();
		} catch (error) {
			this.status = 'error';
			this.error = saveProblem(error);
		}
	}

	async #loadSettings(): Promise<StudySettings> {
		this.#settings ??= await studySettings(this.#db);
		return this.#settings;
	}

	#setDecks(decks: DeckRecord[]): void {
		this.#scope = decks.map((deck) => deck.id);
		for (const deck of decks) if (!this.#deckInfo.has(deck.id)) this.#deckInfo.set(deck.id, deckInfo(deck));
		this.decks = this.#scope.map((id) => this.#deckInfo.get(id)).filter((d) => d !== undefined);
	}

	#moment(): Moment {
		return { at: this.#clock.now(), tzOffsetMinutes: this.#clock.tzOffsetMinutes() };
	}

	async #commit(
		item: StudyItem,
		rating: Rating,
		details: { given: string; correct: boolean; ms: number }
	): Promise<boolean> {
		const settings = await this.#loadSettings();
		this.saving = true;
		this.error = '';
		try {
			const moment = this.#moment();
			const { card } = item;
			const entry = { ...details, deckId: card.deckId };
			const scheduled = this.mode === 'study' || this.mode === 'ahead';
			let saved: CardRecord;
			if (scheduled) {
				const next = review(card.key, cardState(card), rating, moment, settings);
				saved = (await recordAnswer(this.#db, card, next.log, entry, next.card)).card;
			} else {
				saved = (await recordAnswer(this.#db, card, practiceLog(card.key, rating, moment), entry)).card;
			}
			this.#history.push({
				item,
				mode: scheduled ? 'study' : 'practice',
				correct: details.correct,
				ms: details.ms
			});
			this.canUndo = true;
			this.tally = {
				reviewed: this.tally.reviewed + 1,
				right: this.tally.right + (details.correct ? 1 : 0),
				ms: this.tally.ms + details.ms
			};
			this.current = { ...item, card: saved };
			if (scheduled && saved.state !== 'review' && saved.scheduledDays < 1) this.#learning.push(saved);
			if (this.mode === 'drill' && !details.correct) this.#queue.push(saved);
			this.#countLeft();
			return true;
		} catch (error) {
			this.error = saveProblem(error);
			return false;
		} finally {
			this.saving = false;
		}
	}

	/** The next card: a learning step that has come due, else the queue, else a step due within the next minutes. */
	#pick(now: number): CardRecord | undefined {
		this.#learning.sort(byDue);
		const first = this.#learning[0];
		if (first && first.due <= now) return this.#learning.shift();
		const queued = this.#queue.shift();
		if (queued) return queued;
		if (first && first.due <= now + LEARN_AHEAD_MS) return this.#learning.shift();
		return undefined;
	}

	async #advance(): Promise<void> {
		const now = this.#clock.now();
		for (let card = this.#pick(now); card; card = this.#pick(now)) {
			const question = await this.#question(card.key);
			const deck = this.#deckInfo.get(card.deckId);
			if (!question || question.retired || question.reported || !deck) continue;
			this.#show({ card, question, deck });
			this.#prefetch();
			return;
		}
		await this.#finish(now);
	}

	#show(item: StudyItem): void {
		this.current = item;
		this.feedback = undefined;
		this.ratings = this.#ratingsFor(item);
		this.status = 'question';
		this.turn++;
		this.#shownAt = this.#clock.now();
		this.#countLeft(item.card);
	}

	/** `shown` is the card on screen, not yet answered: Anki counts it in its group, so the first count is the day's. */
	#countLeft(shown?: CardRecord): void {
		const cards = [...this.#queue, ...this.#learning.filter((c) => c.due <= this.#shownAt + LEARN_AHEAD_MS)];
		const left: Left = { new: 0, learning: 0, review: 0 };
		for (const card of shown ? [shown, ...cards] : cards)
			left[card.state === 'relearning' ? 'learning' : card.state]++;
		this.left = left;
		this.remaining = cards.length;
	}

	#ratingsFor(item: StudyItem): RatingLabels | undefined {
		const settings = this.#settings;
		if (item.question.type !== 'flashcard' || !settings || (this.mode !== 'study' && this.mode !== 'ahead')) {
			return undefined;
		}
		const outcomes = preview(cardState(item.card), this.#moment(), settings);
		return {
			again: outcomes.again.label,
			hard: outcomes.hard.label,
			good: outcomes.good.label,
			easy: outcomes.easy.label
		};
	}

	async #question(key: string): Promise<QuestionRecord | undefined> {
		const cached = this.#questions.get(key);
		if (cached) return cached;
		const found = await this.#db.get('questions', key);
		if (found) this.#questions.set(key, found);
		return found;
	}

	/** Reads the next few questions while the student reads this one, so the next card shows at once. */
	#prefetch(): void {
		const keys = this.#queue
			.slice(0, 5)
			.map((card) => card.key)
			.filter((key) => !this.#questions.has(key));
		if (keys.length === 0) return;
		questionsByKey(this.#db, keys)
			.then((found) => found.forEach((question, key) => this.#questions.set(key, question)))
			.catch(() => undefined);
	}

	async #finish(now: number): Promise<void> {
		this.current = undefined;
		this.feedback = undefined;
		this.remaining = 0;
		this.left = { new: 0, learning: 0, review: 0 };
		this.status = this.#history.length > 0 ? 'done' : 'empty';
		this.nextDueAt = await this.#nextDue(now).catch(() => undefined);
	}

	/** When the next card comes due: a learning step of this session, a scheduled card, or tomorrow's new ones. */
	async #nextDue(now: number): Promise<number | undefined> {
		if (this.mode === 'drill') return undefined;
		const settings = await this.#loadSettings();
		const moment: Moment = { at: now, tzOffsetMinutes: this.#clock.tzOffsetMinutes() };
		const scheduled = await nextDueAt(this.#db, this.#scope, moment, settings);
		const step = this.#learning.sort(byDue)[0]?.due;
		if (step === undefined) return scheduled;
		return scheduled === undefined ? step : Math.min(step, scheduled);
	}
}

function tallyOf(entries: readonly ReviewEntry[]): Tally {
	let right = 0;
	let ms = 0;
	for (const entry of entries) {
		if (entry.correct) right++;
		ms += entry.ms;
	}
	return { reviewed: entries.length, right, ms };
}

function saveProblem(error: unknown): string {
	if (error instanceof DbError) return error.message;
	return `Your answer could not be saved: ${errorMessage(error)}`;
}
