import type { Feedback, Given, RatingLabels } from '$lib/quiz/answer';
import { systemClock, type Clock } from './clock';
import { listDecks } from '$lib/db/decks';
import { DbError } from '$lib/db/open';
import { reportQuestion } from '$lib/db/reports';
import { cardState, recordAnswer, recordStudyAnswer, sameCardState, undoAnswer } from '$lib/db/reviews';
import type { BylineDatabase, CardRecord, DeckRecord, QuestionRecord, ReviewEntry } from '$lib/db/schema';
import {
	cardsByKey,
	deckInfo,
	decksById,
	extraRound,
	nextDueAt,
	questionsByKey,
	scopeNearCards,
	studyQueue,
	studyQueueHead,
	studySettings,
	type DeckInfo
} from '$lib/db/study';
import type { Fact } from '$lib/generator/bank';
import { autoRating, checkAnswer } from '$lib/quiz/check';
import { withChoicesShuffled } from '$lib/quiz/choices';
import { areSiblings, nextApart, profileOf, type Profile } from '$lib/quiz/siblings';
import { practiceLog, type Rating } from '$lib/srs/card';
import { MINUTE_MS, type Moment } from '$lib/srs/day';
import { availableAt, isLearningStep } from '$lib/srs/queue';
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
/**
 * How far down the queue the next card may come from when the one at its head is a sibling of the card just
 * answered (or is given away by it): far enough to get past a fact's few questions, near enough to keep the order.
 */
export const APART_WINDOW = 8;

interface Answered {
	item: StudyItem;
	/** The log entry this answer made: undo takes back this one, whatever another tab answered since. */
	reviewId: number;
	mode: ReviewEntry['mode'];
	correct: boolean;
	ms: number;
}

type Scheduler = typeof import('$lib/srs/scheduler');

/** The day's queue beyond the head a session started with: where it stood, and its reading once begun. */
interface Rest {
	moment: Moment;
	/** The head's cards, which the rest does not bring again. */
	head: string[];
	read?: Promise<void>;
}

/**
 * Runs `work` when the browser is idle after the card is painted (soon, in tests and where there is no frame or
 * idle callback). Two frames: a first visit draws the shell in one and the page in the next, and an idle moment
 * before that second frame would put this work ahead of the card a phone is waiting to see.
 */
function afterPaint(work: () => void): void {
	if (typeof requestIdleCallback !== 'function' || typeof requestAnimationFrame !== 'function') {
		setTimeout(work, 100);
		return;
	}
	requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(work, { timeout: 2000 })));
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
	/** Something the student should know that is not a failure: a card taken over by another tab. */
	notice = $state('');
	/** Changes each time a card is shown, so the page can start its question afresh. */
	turn = $state(0);
	tally = $state<Tally>({ reviewed: 0, right: 0, ms: 0 });
	/** Cards answered wrong today (in this session or an earlier one): the summary offers them first. */
	missed = $state.raw<string[]>([]);
	#earlier: { key: string; correct: boolean }[] = [];
	/** Cards still to come after the one shown, this one included if its answer brings it back. */
	remaining = $state(0);
	/**
	 * Cards to come by state: in a session of new cards the total barely moves while new ones turn into learning ones.
	 * Undefined while the day's queue beyond its head is being read, after the first card is shown.
	 */
	left = $state.raw<Left>();
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
	/**
	 * The day's queue holds only its head, the cards the first one is chosen from: the rest is read once that card is
	 * on screen (`read`, started then or when needed sooner) and joins the queue behind it.
	 */
	#rest: Rest | undefined;
	// Caches, never rendered: plain maps, not reactive ones.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#deckInfo = new Map<string, DeckInfo>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#questions = new Map<string, QuestionRecord>();
	#shownAt = 0;
	readonly #seed: number;
	/** How often each card has been shown in this session, so a card that comes back gets its choices in a new order. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#showings = new Map<string, number>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#profiles = new Map<string, Profile>();
	/** Cards answered in the schedule today before this session started: their new siblings wait for another day. */
	#answeredBefore: string[] = [];
	/** New cards beyond the day's queue, read when a buried card needs a stand-in; and the cards buried. */
	#spares: CardRecord[] | undefined;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#buried = new Set<string>();
	/**
	 * The FSRS engine, loaded once a card is on screen: showing a card does not need it, answering one (and showing a
	 * flashcard's intervals) does, and a phone then fetches 34 KB less before its first card.
	 */
	#scheduler: Scheduler | undefined;
	#loadingScheduler: Promise<Scheduler> | undefined;
	/** Counts this session's own writes, so a re-read that raced one of them is done again. */
	#writes = 0;
	/** Another tab wrote while an answer was being saved here: re-read once that is done. */
	#refreshWanted = false;

	/** `seed` orders the choices of each showing; pass one for a repeatable session. */
	constructor(db: BylineDatabase, clock: Clock = systemClock, seed = Math.floor(Math.random() * 2 ** 31)) {
		this.#db = db;
		this.#clock = clock;
		this.#seed = seed;
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
			// A hidden deck is studied only when opened by name.
			const [settings, decks] = await Promise.all([
				this.#loadSettings(),
				deckId
					? this.#db.get('decks', deckId).then((deck) => [deck])
					: listDecks(this.#db).then((all) => all.filter((deck) => !deck.hidden))
			]);
			this.#setDecks(decks.filter((deck): deck is DeckRecord => deck !== undefined));
			const moment = this.#moment();
			if (mode === 'study') {
				const { queue, learningSoon, today, complete } = await studyQueueHead(
					this.#db,
					this.#scope,
					moment,
					settings,
					LEARN_AHEAD_MS,
					APART_WINDOW
				);
				const scheduled = today.filter((entry) => entry.mode === 'study');
				this.tally = tallyOf(scheduled);
				this.#earlier = scheduled.map((entry) => ({ key: entry.cardId, correct: entry.correct }));
				this.#countMissed();
				this.#answeredBefore = scheduled.map((entry) => entry.cardId);
				// Steps due within the day are served as the session serves its own, so a session reopened goes on
				// in the order it would have had the page stayed open.
				const steps = queue.filter((card) => isLearningStep(card));
				this.#queue = queue.filter((card) => !isLearningStep(card));
				this.#learning = [...steps, ...learningSoon];
				if (!complete) this.#rest = { moment, head: queue.map((card) => card.key) };
			} else {
				this.#queue = await extraRound(this.#db, this.#scope, moment.at, EXTRA_ROUND);
			}
			await this.#advance();
			if (this.#rest) afterPaint(() => void this.#wholeQueue());
		});
	}

	/** Resolves once the session holds the day's whole queue. */
	#wholeQueue(): Promise<void> {
		const rest = this.#rest;
		if (!rest) return Promise.resolve();
		rest.read ??= this.#readRest(rest);
		return rest.read;
	}

	/**
	 * The queue behind its head, as it stood when the session started: an answer waits for it, so the limits are
	 * counted from the same cards. A card this session holds or has shown is not added again.
	 */
	async #readRest(rest: Rest): Promise<void> {
		try {
			const settings = await this.#loadSettings();
			const { queue } = await studyQueue(this.#db, this.#scope, rest.moment, settings, LEARN_AHEAD_MS);
			if (this.#rest !== rest) return;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never rendered
			const held = new Set([
				...rest.head,
				...this.#queue.map((card) => card.key),
				...this.#learning.map((card) => card.key)
			]);
			this.#queue.push(...queue.filter((card) => !isLearningStep(card) && !held.has(card.key)));
		} catch (error) {
			if (this.#rest === rest)
				this.error = `The rest of today’s cards could not be read: ${errorMessage(error)}`;
		} finally {
			if (this.#rest === rest) {
				this.#rest = undefined;
				this.#countLeft(this.status === 'question' ? this.current?.card : undefined);
			}
		}
	}

	#countMissed(): void {
		const now = this.#history.map((answered) => ({ key: answered.item.card.key, correct: answered.correct }));
		this.missed = missedKeys([...this.#earlier, ...now]);
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
		const result = checkAnswer(item.question, given, item.deck.grading);
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

	/** Reports the card shown as faulty: it is hidden from study until fixed on its deck's review screen. */
	async report(note: string): Promise<void> {
		const key = this.current?.card.key;
		if (key) await reportQuestion(this.#db, key, note, this.#clock.now());
	}

	/** The card shown was reported as faulty: it leaves the session unanswered, and the next card comes. */
	async skipReported(): Promise<void> {
		const key = this.current?.card.key;
		if (!key || this.saving) return;
		this.#questions.delete(key);
		this.#queue = this.#queue.filter((card) => card.key !== key);
		this.#learning = this.#learning.filter((card) => card.key !== key);
		await this.#advance();
		// The reported card is gone from the screen: say what became of it, or the report looks lost.
		this.notice = 'Reported: that question is hidden until it is fixed on its deck’s review screen.';
	}

	/**
	 * Takes back the last answer of this session, that answer and no other, and shows its card again. A card
	 * answered again in another tab since keeps the schedule of those later answers, and is not asked again here.
	 */
	async undo(): Promise<void> {
		const last = this.#history.at(-1);
		if (!last || this.saving) return;
		this.saving = true;
		this.error = '';
		this.notice = '';
		try {
			const settings = await this.#loadSettings();
			const { review } = await this.#fsrs();
			const undone = await undoAnswer(
				this.#db,
				last.reviewId,
				(card, log) => review(log.cardId, card, log.rating, log, settings).card
			);
			this.#writes++;
			this.#history.pop();
			this.#countMissed();
			if (!undone) throw new Error('That answer was already taken back in another tab.');
			const restored = undone.card;
			const key = restored.key;
			this.#learning = this.#learning.filter((card) => card.key !== key);
			this.#queue = this.#queue.filter((card) => card.key !== key);
			this.tally = {
				reviewed: this.tally.reviewed - 1,
				right: this.tally.right - (last.correct ? 1 : 0),
				ms: this.tally.ms - last.ms
			};
			if (undone.rescheduled > 0) {
				this.notice =
					'Answer taken back. That card was answered again in another tab since, so it keeps the schedule of that answer.';
				this.#settle([restored]);
				if (this.current?.card.key === key && this.status === 'feedback') await this.#advance();
				else this.#countLeft(this.status === 'question' ? this.current?.card : undefined);
				return;
			}
			const shown = this.current;
			if (shown && shown.card.key !== key && this.status === 'question') this.#queue.unshift(shown.card);
			this.#show({ ...last.item, card: restored });
		} catch (error) {
			this.error = saveProblem(error);
		} finally {
			this.saving = false;
			this.canUndo = this.#history.length > 0;
			this.#refreshIfWanted();
		}
	}

	/**
	 * Another tab wrote these cards, or (without keys) this tab is back in view and any may have changed: the
	 * cards this session holds are read again, one answered elsewhere leaves the queue unless it is still due
	 * (a learning step comes back at its time), and a card on screen that was answered elsewhere gives way to the
	 * next. Only what is shown depends on this: every answer is scheduled from the card as stored.
	 */
	async refresh(keys?: readonly string[]): Promise<void> {
		if (this.status !== 'question' && this.status !== 'feedback') return;
		if (this.saving) {
			this.#refreshWanted = true;
			return;
		}
		const held = [this.current?.card, ...this.#queue, ...this.#learning]
			.map((card) => card?.key)
			.filter((key): key is string => key !== undefined && (!keys || keys.includes(key)));
		if (held.length === 0) return;
		const writes = this.#writes;
		const read = await cardsByKey(this.#db, held);
		if (this.saving || writes !== this.#writes) {
			// An answer here was written meanwhile, and what was read may predate it: read again after it.
			this.#refreshWanted = true;
			this.#refreshIfWanted();
			return;
		}
		if (this.status !== 'question' && this.status !== 'feedback') return;
		const storedCard = (key: string) => read.find((card) => card.key === key);
		const moved: CardRecord[] = [];
		const keep = (list: CardRecord[], slot: 'queue' | 'learning') =>
			list.flatMap((card) => {
				if (!held.includes(card.key)) return [card];
				const stored = storedCard(card.key);
				if (!stored || stored.hidden) return [];
				if (sameCardState(card, stored) || this.#slot(stored) === slot) return [stored];
				moved.push(stored);
				return [];
			});
		this.#queue = keep(this.#queue, 'queue');
		this.#learning = keep(this.#learning, 'learning');
		const shown = this.current;
		const stored = shown ? storedCard(shown.card.key) : undefined;
		let skip = false;
		if (shown && held.includes(shown.card.key)) {
			if (this.status === 'feedback') {
				// Answered here: the feedback stands, and the card follows the store.
				if (stored) this.current = { ...shown, card: stored };
			} else if (!stored || stored.hidden) {
				skip = true;
			} else if (sameCardState(shown.card, stored) || this.#dueNow(stored)) {
				this.current = { ...shown, card: stored };
				this.ratings = this.#ratingsFor(this.current);
			} else {
				moved.push(stored);
				skip = true;
			}
		}
		this.#settle(moved);
		if (skip) {
			this.notice = 'The card on screen was just answered in another tab: here is the next one.';
			await this.#advance();
		} else {
			this.#countLeft(this.status === 'question' ? this.current?.card : undefined);
		}
	}

	#refreshIfWanted(): void {
		if (!this.#refreshWanted || this.saving) return;
		this.#refreshWanted = false;
		void this.refresh();
	}

	/** Where a card changed elsewhere belongs now: the queue if due, the learning steps if in one, else nowhere. */
	#slot(card: CardRecord): 'queue' | 'learning' | undefined {
		if (card.hidden) return undefined;
		if (card.state === 'new') return 'queue';
		if (card.scheduledDays < 1) return 'learning';
		const settings = this.#settings;
		const moment = this.#moment();
		return settings && availableAt(card, moment.tzOffsetMinutes, settings) <= moment.at ? 'queue' : undefined;
	}

	#dueNow(card: CardRecord): boolean {
		const slot = this.#slot(card);
		return slot === 'queue' || (slot === 'learning' && card.due <= this.#clock.now());
	}

	/** Cards changed elsewhere, put where they now belong; a due one first, as it was due before the rest. */
	#settle(cards: readonly CardRecord[]): void {
		for (const card of cards) {
			this.#queue = this.#queue.filter((other) => other.key !== card.key);
			this.#learning = this.#learning.filter((other) => other.key !== card.key);
			const slot = this.#slot(card);
			if (slot === 'queue') this.#queue.unshift(card);
			else if (slot === 'learning') this.#learning.push(card);
		}
	}

	#reset(mode: SessionMode): void {
		this.status = 'loading';
		this.mode = mode;
		this.error = '';
		this.notice = '';
		this.current = undefined;
		this.feedback = undefined;
		this.nextDueAt = undefined;
		this.tally = { reviewed: 0, right: 0, ms: 0 };
		this.#queue = [];
		this.#learning = [];
		this.#history = [];
		this.#earlier = [];
		this.missed = [];
		this.canUndo = false;
		this.#answeredBefore = [];
		this.#rest = undefined;
		this.#spares = undefined;
		this.#buried.clear();
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
		this.notice = '';
		try {
			await this.#wholeQueue();
			const moment = this.#moment();
			const { card } = item;
			const entry = { ...details, deckId: card.deckId };
			const scheduled = this.mode === 'study' || this.mode === 'ahead';
			// A study answer is scheduled from the card as stored when it is written, not from this session's copy,
			// which another tab may have answered since.
			const { review } = await this.#fsrs();
			const { entry: logged, card: saved } = scheduled
				? await recordStudyAnswer(
						this.#db,
						card.key,
						(stored) => review(card.key, stored, rating, moment, settings),
						entry
					)
				: await recordAnswer(this.#db, card, practiceLog(card.key, rating, moment), entry);
			this.#writes++;
			this.#history.push({
				item,
				reviewId: logged.id!,
				mode: scheduled ? 'study' : 'practice',
				correct: details.correct,
				ms: details.ms
			});
			this.canUndo = true;
			this.#countMissed();
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
			this.#refreshIfWanted();
		}
	}

	/**
	 * The next card: a learning step that has come due, else the queue, else a step due within the next minutes; but
	 * never, while another is at hand, a sibling of the card just answered or one that card gives away (in every
	 * mode), and in the day's study never a new card whose sibling was answered today (it is buried to a later day,
	 * as Anki buries siblings, and the next new card takes its place).
	 */
	async #pick(now: number, previous: Profile | undefined): Promise<StudyItem | undefined> {
		for (;;) {
			// The head has the window's cards and no more: one taken or dropped, the next comes from the rest.
			if (this.#rest && this.#queue.length < APART_WINDOW) await this.#wholeQueue();
			this.#learning.sort(byDue);
			const steps = this.#learning.filter((card) => card.due <= now);
			const soon = this.#learning.filter((card) => card.due > now && card.due <= now + LEARN_AHEAD_MS);
			const candidates = [...steps, ...this.#queue.slice(0, APART_WINDOW), ...soon];
			if (candidates.length === 0) return undefined;
			const items = await this.#items(candidates);
			if (items.length < candidates.length) continue;
			if (this.mode === 'study' && (await this.#buryNewSiblings(items))) continue;
			const index = nextApart(previous, items, (item) => this.#profile(item));
			const item = items[index] as StudyItem;
			if (item.question.type === 'flashcard' && (this.mode === 'study' || this.mode === 'ahead'))
				await this.#fsrs();
			this.#take(item.card);
			const showing = this.#showings.get(item.card.key) ?? 0;
			this.#showings.set(item.card.key, showing + 1);
			return { ...item, question: withChoicesShuffled(item.question, this.#seed, showing) };
		}
	}

	/** The cards as items to show; a card whose question is gone, retired or reported leaves the session. */
	async #items(cards: readonly CardRecord[]): Promise<StudyItem[]> {
		await this.#readQuestions(cards.map((card) => card.key));
		const items: StudyItem[] = [];
		for (const card of cards) {
			const question = this.#questions.get(card.key);
			const deck = this.#deckInfo.get(card.deckId);
			if (question && !question.retired && !question.reported && deck) items.push({ card, question, deck });
			else this.#take(card);
		}
		return items;
	}

	/** By key: another tab's changes may have replaced the record while the questions were read. */
	#take(card: CardRecord): void {
		this.#learning = this.#learning.filter((other) => other.key !== card.key);
		this.#queue = this.#queue.filter((other) => other.key !== card.key);
	}

	#profile({
		card,
		question,
		deck
	}: Pick<StudyItem, 'question' | 'deck'> & { card: { key: string } }): Profile {
		let profile = this.#profiles.get(card.key);
		if (!profile) {
			profile = profileOf(question, deck);
			this.#profiles.set(card.key, profile);
		}
		return profile;
	}

	/**
	 * Buries the new cards among `items` that are siblings of a card answered in the schedule today or of a card due
	 * now; each buried card's place goes to the next new card of the decks. Says whether any was buried.
	 */
	async #buryNewSiblings(items: readonly StudyItem[]): Promise<boolean> {
		if (!items.some((item) => item.card.state === 'new')) return false;
		const answered = await this.#answeredToday();
		const due = items.filter((item) => item.card.state !== 'new').map((item) => this.#profile(item));
		const others = [...answered, ...due];
		// Nothing answered today and nothing due (a first visit): no new card can be a sibling of one, and folding
		// each one's text to compare it would only lengthen the task that draws the first card.
		if (others.length === 0) return false;
		let buried = false;
		for (const item of items) {
			if (item.card.state !== 'new') continue;
			const profile = this.#profile(item);
			if (!others.some((other) => other !== profile && areSiblings(other, profile))) continue;
			this.#take(item.card);
			this.#buried.add(item.card.key);
			const spare = await this.#spare();
			if (spare) this.#queue.push(spare);
			buried = true;
		}
		return buried;
	}

	/** Profiles of the cards answered in the schedule today, in earlier sessions and in this one. */
	async #answeredToday(): Promise<Profile[]> {
		const keys = [
			...this.#answeredBefore,
			...this.#history
				.filter((answered) => answered.mode === 'study')
				.map((answered) => answered.item.card.key)
		];
		await this.#readQuestions(keys);
		const profiles: Profile[] = [];
		keys.forEach((key, i) => {
			const question = this.#questions.get(key);
			const deck = question && this.#deckInfo.get(question.deckId);
			if (question && deck && keys.indexOf(key) === i)
				profiles.push(this.#profile({ card: { key }, question, deck }));
		});
		return profiles;
	}

	/**
	 * The card answered last today before this session, which the first card must not follow either: a session
	 * reopened mid-way goes on with the card it was showing.
	 */
	async #answeredLast(): Promise<Profile | undefined> {
		const key = this.#answeredBefore.at(-1);
		if (key === undefined) return undefined;
		await this.#readQuestions([key]);
		const question = this.#questions.get(key);
		const deck = question && this.#deckInfo.get(question.deckId);
		return question && deck ? this.#profile({ card: { key }, question, deck }) : undefined;
	}

	/** The next new card not in the queue, not answered today and not buried: the stand-in for a buried one. */
	async #spare(): Promise<CardRecord | undefined> {
		if (!this.#spares) {
			await this.#wholeQueue();
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never rendered
			const taken = new Set([
				...this.#queue.map((card) => card.key),
				...this.#answeredBefore,
				...this.#history.map((answered) => answered.item.card.key)
			]);
			const near = await scopeNearCards(this.#db, this.#scope, this.#clock.now());
			this.#spares = near.filter((card) => card.state === 'new' && !taken.has(card.key));
		}
		for (let card = this.#spares.shift(); card; card = this.#spares.shift()) {
			if (!this.#buried.has(card.key) && !this.#queue.some((other) => other.key === card.key)) return card;
		}
		return undefined;
	}

	async #advance(): Promise<void> {
		const now = this.#clock.now();
		const shown = this.current;
		const item = await this.#pick(now, shown ? this.#profile(shown) : await this.#answeredLast());
		if (item) {
			this.#show(item);
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
		this.remaining = cards.length;
		if (this.#rest) {
			this.left = undefined;
			return;
		}
		const left: Left = { new: 0, learning: 0, review: 0 };
		for (const card of shown ? [shown, ...cards] : cards)
			left[card.state === 'relearning' ? 'learning' : card.state]++;
		this.left = left;
	}

	#ratingsFor(item: StudyItem): RatingLabels | undefined {
		const settings = this.#settings;
		const scheduler = this.#scheduler;
		if (
			item.question.type !== 'flashcard' ||
			!settings ||
			!scheduler ||
			(this.mode !== 'study' && this.mode !== 'ahead')
		) {
			return undefined;
		}
		const outcomes = scheduler.preview(cardState(item.card), this.#moment(), settings);
		return {
			again: outcomes.again.label,
			hard: outcomes.hard.label,
			good: outcomes.good.label,
			easy: outcomes.easy.label
		};
	}

	/** Reads the questions not read yet, in one transaction. */
	async #readQuestions(keys: readonly string[]): Promise<void> {
		const missing = keys.filter((key) => !this.#questions.has(key));
		if (missing.length === 0) return;
		const found = await questionsByKey(this.#db, missing);
		found.forEach((question, key) => this.#questions.set(key, question));
	}

	/** Reads the questions the next card may come from while the student reads this one, so it shows at once. */
	#prefetch(): void {
		const keys = [...this.#learning, ...this.#queue.slice(0, APART_WINDOW)].map((card) => card.key);
		this.#readQuestions(keys).catch(() => undefined);
		// Once the card is painted, not before: fetching it then would hold up the card a phone is waiting to see.
		afterPaint(() => void this.#fsrs().catch(() => undefined));
	}

	async #fsrs(): Promise<Scheduler> {
		this.#loadingScheduler ??= import('$lib/srs/scheduler');
		this.#scheduler = await this.#loadingScheduler;
		return this.#scheduler;
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

/** The keys answered wrong at least once in `answers`, in the order first missed: right later is not yet learnt. */
export function missedKeys(answers: readonly { key: string; correct: boolean }[]): string[] {
	const keys = answers.filter((answer) => !answer.correct).map((answer) => answer.key);
	return keys.filter((key, i) => keys.indexOf(key) === i);
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
