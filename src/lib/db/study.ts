import type { Fact } from '$lib/generator/bank';
import type { GradingContext } from '$lib/quiz/check';
import { DAY_MS, studyDay, studyDayStart, type Moment } from '$lib/srs/day';
import {
	availableAt,
	buildQueue,
	countToday,
	isLearningStep,
	nextDue,
	type DayCounts,
	type QueueCard
} from '$lib/srs/queue';
import { defaultSettings, type StudySettings } from '$lib/srs/settings';
import { reviewsSince } from './reviews';
import type { IDBPIndex } from 'idb';
import type { BylineDatabase, BylineDB, CardRecord, DeckRecord, QuestionRecord, ReviewEntry } from './schema';
import { readSetting } from './settings';

export const STUDY_SETTINGS_KEY = 'study-settings';

const byOrder = (a: CardRecord, b: CardRecord) => a.order - b.order;

/**
 * The student's settings, or the defaults when none are saved. They were checked when saved (and when restored
 * from a backup); a setting a later version added, and the saved ones lack, takes its default.
 */
export async function studySettings(db: BylineDatabase): Promise<StudySettings> {
	return { ...defaultSettings, ...(await readSetting(db, STUDY_SETTINGS_KEY)) };
}

/**
 * Cards of a deck that may be studied by `now`: every new card (due when it was created) and every card due
 * before `now` plus a day, since a card due in days is due from the start of its study day by the clock it was
 * answered on, which may be ahead of here. Reads the deck-and-due index, so a deck of thousands of cards that
 * are mostly scheduled weeks ahead costs only the few that are near.
 */
export async function nearCards(db: BylineDatabase, deckId: string, now: number): Promise<CardRecord[]> {
	const range = IDBKeyRange.bound([deckId, -Infinity], [deckId, now + DAY_MS]);
	const cards = await db.getAllFromIndex('cards', 'by-deck-due', range);
	return cards.filter((card) => !card.hidden);
}

/**
 * Cards not yet due, soonest first, for "next card at …" and studying ahead: walks the deck-and-due index from
 * a day before `now` (the same margin as `nearCards`), skipping new cards, and stops after `limit` cards.
 */
export async function upcomingCards(
	db: BylineDatabase,
	deckId: string,
	now: number,
	limit: number
): Promise<CardRecord[]> {
	const range = IDBKeyRange.bound([deckId, now - DAY_MS], [deckId, Infinity]);
	const found: CardRecord[] = [];
	let cursor = await db.transaction('cards').store.index('by-deck-due').openCursor(range);
	while (cursor && found.length < limit) {
		const card = cursor.value;
		if (!card.hidden && card.state !== 'new') found.push(card);
		cursor = await cursor.continue();
	}
	return found;
}

export async function questionsByKey(
	db: BylineDatabase,
	keys: readonly string[]
): Promise<Map<string, QuestionRecord>> {
	const tx = db.transaction('questions');
	const found = await Promise.all(keys.map((key) => tx.store.get(key)));
	const map = new Map<string, QuestionRecord>();
	for (const question of found) if (question) map.set(question.key, question);
	return map;
}

export async function cardsByKey(db: BylineDatabase, keys: readonly string[]): Promise<CardRecord[]> {
	const tx = db.transaction('cards');
	const found = await Promise.all(keys.map((key) => tx.store.get(key)));
	return found.filter((card): card is CardRecord => card !== undefined);
}

/** A deck as a study session needs it: the article for evidence, the facts for marking key words. */
export interface DeckInfo {
	id: string;
	title: string;
	text: string;
	facts: Map<string, Fact>;
	/** What grading reads of the deck: the article's date, for typed dates such as "last month". */
	grading: GradingContext;
}

export function deckInfo(deck: DeckRecord): DeckInfo {
	return {
		id: deck.id,
		title: deck.title,
		text: deck.article.text,
		facts: new Map(deck.facts.map((fact) => [fact.id, fact])),
		grading: deck.article.date ? { articleDate: deck.article.date } : {}
	};
}

export async function decksById(db: BylineDatabase, ids: readonly string[]): Promise<DeckRecord[]> {
	const decks = await Promise.all(ids.map((id) => db.get('decks', id)));
	return decks.filter((deck) => deck !== undefined);
}

/** New cards in bank order, deck by deck, then the rest: the queue takes new cards in the order given. */
export async function scopeNearCards(
	db: BylineDatabase,
	scope: readonly string[],
	now: number
): Promise<CardRecord[]> {
	const perDeck = await Promise.all(scope.map((id) => nearCards(db, id, now)));
	return perDeck.flatMap((cards) => cards.sort(byOrder));
}

/** Today's answers in these decks, in the order given: they count against the daily limits. */
export async function todayLog(
	db: BylineDatabase,
	scope: readonly string[],
	moment: Moment,
	settings: StudySettings
): Promise<ReviewEntry[]> {
	const today = studyDay(moment, settings);
	// From a day before today's start: an answer given on another clock may still belong to today.
	const since = studyDayStart(today, moment.tzOffsetMinutes, settings) - DAY_MS;
	const decks = new Set(scope);
	return (await reviewsSince(db, since)).filter(
		(entry) => decks.has(entry.deckId) && studyDay(entry, settings) === today
	);
}

export interface StudyQueue {
	queue: CardRecord[];
	learningSoon: CardRecord[];
	today: ReviewEntry[];
}

/**
 * The day's queue: due cards, most overdue first, then new ones within the limits left after today's answers;
 * and the learning steps that fall due within `learnAheadMs`, which a session serves once the queue is empty
 * (as it does with steps answered in it), so coming back a few minutes later does not end the day early.
 */
export async function studyQueue(
	db: BylineDatabase,
	scope: readonly string[],
	moment: Moment,
	settings: StudySettings,
	learnAheadMs: number
): Promise<StudyQueue> {
	const [cards, today] = await Promise.all([
		scopeNearCards(db, scope, moment.at),
		todayLog(db, scope, moment, settings)
	]);
	return {
		queue: queueOf(cards, countToday(today, moment, settings), moment, settings),
		learningSoon: learningSoon(cards, moment, learnAheadMs),
		today
	};
}

/**
 * The first `limit` records of an index range that pass `keep`, in index order: read `limit` at a time, more only
 * when some are skipped, so a long range costs about what is kept, in one round trip as a rule.
 */
async function firstOf(
	index: IDBPIndex<BylineDB, ['cards'], 'cards', 'by-deck-state-due'>,
	range: IDBKeyRange,
	limit: number,
	keep: (card: CardRecord) => boolean
): Promise<CardRecord[]> {
	for (let count = limit; ; count *= 2) {
		const read = await index.getAll(range, count);
		const kept = read.filter(keep);
		if (kept.length >= limit || read.length < count) return kept.slice(0, limit);
	}
}

/**
 * The head of the day's queue (`studyQueue`'s, card for card): every learning step, and the first `size` other
 * cards, which is what the first card is chosen from. It reads the learning cards, each deck's first `size` due
 * reviews and, only when those fall short, new cards deck by deck, so a big collection does not read its every
 * card due by tomorrow (a phone's most of a second at 20,000 cards) before it shows one. `complete` when the head
 * is the whole queue.
 */
export async function studyQueueHead(
	db: BylineDatabase,
	scope: readonly string[],
	moment: Moment,
	settings: StudySettings,
	learnAheadMs: number,
	size: number
): Promise<StudyQueue & { complete: boolean }> {
	const until = moment.at + DAY_MS;
	const range = (deckId: string, state: CardRecord['state']) =>
		IDBKeyRange.bound([deckId, state, -Infinity], [deckId, state, until]);
	const due = (card: CardRecord) =>
		!card.hidden && availableAt(card, moment.tzOffsetMinutes, settings) <= moment.at;
	const index = () => db.transaction('cards').store.index('by-deck-state-due');
	const read = index();
	const [perDeck, today] = await Promise.all([
		Promise.all(
			scope.map((deckId) =>
				Promise.all([
					read.getAll(range(deckId, 'learning')),
					read.getAll(range(deckId, 'relearning')),
					firstOf(read, range(deckId, 'review'), size, due)
				])
			)
		),
		todayLog(db, scope, moment, settings)
	]);
	const counts = countToday(today, moment, settings);
	// In the order `scopeNearCards` gives, which the steps to come keep among themselves.
	const cards = perDeck.flatMap((deck) => deck.flat().sort(byOrder)).filter((card) => !card.hidden);
	const others = (queue: readonly CardRecord[]) => queue.filter((card) => !isLearningStep(card)).length;
	let queue = queueOf(cards, counts, moment, settings);
	if (others(queue) < size) {
		// The due cards are all here (a deck with `size` of them would have filled the head): new ones follow them.
		const wanted = size - others(queue);
		const fresh: CardRecord[] = [];
		const store = index();
		for (const deckId of scope) {
			if (fresh.length >= wanted) break;
			const deck = await store.getAll(range(deckId, 'new'));
			fresh.push(...deck.filter((card) => !card.hidden).sort(byOrder));
		}
		queue = queueOf([...cards, ...fresh], counts, moment, settings);
	}
	let kept = 0;
	return {
		queue: queue.filter((card) => isLearningStep(card) || kept++ < size),
		learningSoon: learningSoon(cards, moment, learnAheadMs),
		today,
		complete: others(queue) < size
	};
}

/** `buildQueue` over the app's own records. */
function queueOf(
	cards: readonly CardRecord[],
	today: DayCounts,
	moment: Moment,
	settings: StudySettings
): CardRecord[] {
	const byKey = new Map(cards.map((card) => [card.key, card]));
	return buildQueue(
		cards.map((card): CardRecord & QueueCard => ({ ...card, id: card.key })),
		today,
		moment,
		settings
	)
		.map((card) => byKey.get(card.id))
		.filter((card) => card !== undefined);
}

/** Learning cards due within `learnAheadMs` from now, which a session serves once its queue is empty. */
function learningSoon(cards: readonly CardRecord[], moment: Moment, learnAheadMs: number): CardRecord[] {
	return cards.filter(
		(card) =>
			(card.state === 'learning' || card.state === 'relearning') &&
			card.due > moment.at &&
			card.due <= moment.at + learnAheadMs
	);
}

/** The cards due soonest, then new ones beyond today's limit: a round of studying ahead or practice. */
export async function extraRound(
	db: BylineDatabase,
	scope: readonly string[],
	now: number,
	size: number
): Promise<CardRecord[]> {
	const upcoming = await Promise.all(scope.map((id) => upcomingCards(db, id, now, size)));
	const round = upcoming
		.flat()
		.sort((a, b) => a.due - b.due)
		.slice(0, size);
	if (round.length < size) {
		const fresh = (await scopeNearCards(db, scope, now)).filter((card) => card.state === 'new');
		round.push(...fresh.slice(0, size - round.length));
	}
	return round;
}

/** When a card next comes due in these decks: a scheduled card, or tomorrow's new cards while any are left. */
export async function nextDueAt(
	db: BylineDatabase,
	scope: readonly string[],
	moment: Moment,
	settings: StudySettings
): Promise<number | undefined> {
	const upcoming = await Promise.all(scope.map((id) => upcomingCards(db, id, moment.at, 50)));
	const candidates: number[] = [];
	const scheduled = nextDue(
		upcoming.flat().map((card) => ({ ...card, id: card.key })),
		moment,
		settings
	);
	if (scheduled !== undefined) candidates.push(scheduled);
	if (settings.newPerDay > 0) {
		const near = await scopeNearCards(db, scope, moment.at);
		if (near.some((card) => card.state === 'new')) {
			candidates.push(studyDayStart(studyDay(moment, settings) + 1, moment.tzOffsetMinutes, settings));
		}
	}
	return candidates.length > 0 ? Math.min(...candidates) : undefined;
}
