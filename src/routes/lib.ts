import { backupReminder, backupStatus } from '$lib/db/backup-reminder';
import { listDecks } from '$lib/db/decks';
import { reviewsSince } from '$lib/db/reviews';
import type { BylineDatabase, ReviewEntry } from '$lib/db/schema';
import { studySettings } from '$lib/db/study';
import { DAY_MS, studyDay, studyDayStart, type Moment } from '$lib/srs/day';
import { countDue, countToday } from '$lib/srs/queue';
import { momentOf, type Clock } from '$lib/state/clock';

/** What the home page's load gives it; refreshed by `invalidate(HOME_DATA)`. */
export const HOME_DATA = 'byline:home';

export interface HomeData {
	decks: DeckSummary[];
	/** A suggestion to back up, when there is unsaved work worth it. */
	reminder?: string;
}

export async function homeData(db: BylineDatabase, clock: Clock): Promise<HomeData> {
	const moment = momentOf(clock);
	const [decks, status] = await Promise.all([deckSummaries(db, moment), backupStatus(db)]);
	const reminder = backupReminder(status.lastBackupAt, status.reviewsSince, moment.at, status.firstReviewAt);
	return reminder ? { decks, reminder } : { decks };
}

export interface DeckSummary {
	id: string;
	title: string;
	articleDate?: string;
	questionCount: number;
	/** Learning cards and reviews due now, reviews within today's limit. */
	due: number;
	/** New cards on offer today: those not yet studied, within today's limit. */
	fresh: number;
	/** Questions a student reported as faulty, waiting to be fixed on the deck's review screen. */
	reported: number;
	/** Put away by the student: listed apart, under "Hidden decks". */
	hidden?: true;
}

/** Each deck's counts as its study session would see them, with the same day boundary and daily limits. */
export async function deckSummaries(db: BylineDatabase, moment: Moment): Promise<DeckSummary[]> {
	const [decks, settings] = await Promise.all([listDecks(db), studySettings(db)]);
	const today = studyDay(moment, settings);
	const since = studyDayStart(today, moment.tzOffsetMinutes, settings) - DAY_MS;
	const logs = new Map<string, ReviewEntry[]>();
	for (const entry of await reviewsSince(db, since)) {
		if (studyDay(entry, settings) !== today) continue;
		logs.set(entry.deckId, [...(logs.get(entry.deckId) ?? []), entry]);
	}
	return Promise.all(
		decks.map(async (deck) => {
			const all = await db.getAllFromIndex('cards', 'by-deck', deck.id);
			const cards = all.filter((card) => !card.hidden).map((card) => ({ ...card, id: card.key }));
			// Hidden cards are rare (retired or reported): only then are the deck's questions worth reading.
			const reported =
				cards.length === all.length
					? 0
					: (await db.getAllFromIndex('questions', 'by-deck', deck.id)).filter(
							(question) => question.reported && !question.retired
						).length;
			const counts = countDue(cards, moment, settings);
			const done = countToday(logs.get(deck.id) ?? [], moment, settings);
			const reviewRoom = Math.max(0, settings.reviewsPerDay - done.reviewsDone);
			const reviews = Math.min(counts.review, reviewRoom);
			const newRoom = Math.max(0, Math.min(settings.newPerDay - done.newIntroduced, reviewRoom - reviews));
			return {
				id: deck.id,
				title: deck.title,
				articleDate: deck.article.date,
				questionCount: deck.questionCount,
				due: counts.learning + reviews,
				fresh: Math.min(counts.new, newRoom),
				reported,
				...(deck.hidden ? { hidden: true as const } : {})
			};
		})
	);
}

/** The study button's words: nothing due or new today leads to studying ahead or practice, not to a "start". */
export function studyLabel(deck: Pick<DeckSummary, 'due' | 'fresh'>): string {
	if (deck.due > 0) return 'Study now';
	if (deck.fresh > 0) return 'Start studying';
	return 'Study more';
}
