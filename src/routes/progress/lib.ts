import type { BarRow, BarSeries } from '$lib/components/charts/types';
import { listDecks } from '$lib/db/decks';
import { cardsOfDeck, reviewsSince } from '$lib/db/reviews';
import type { BylineDatabase, CardRecord, ReviewEntry } from '$lib/db/schema';
import { readSetting, writeSetting } from '$lib/db/settings';
import { axisDayLabel, counted, dayLabel } from '$lib/domain/format';
import { DAY_MS, studyDay, studyDayStart, type Moment } from '$lib/srs/day';
import type { StudySettings } from '$lib/srs/settings';
import { studySettings } from '$lib/db/study';
import { momentOf, type Clock } from '$lib/state/clock';
import {
	cardCounts,
	dueForecast,
	reviewsPerDay,
	streak,
	trueRetention,
	type CardCounts,
	type DayActivity,
	type DayCount,
	type Retention
} from '$lib/srs/stats';

export const HISTORY_DAYS = 30;
export const FORECAST_DAYS = 14;
/**
 * Below this many answers to review cards, a retention figure swings by ten points with a single answer: it
 * would mislead more than inform.
 */
export const RETENTION_MINIMUM = 20;
export const STREAK_SETTING = 'show-streak';

type DaySettings = Pick<StudySettings, 'dayStartHour'>;

export interface DeckRef {
	id: string;
	title: string;
}

/** What the page reads from IndexedDB: the visible cards of every deck and the last 30 days of the log. */
export interface ProgressSource {
	decks: DeckRef[];
	cards: CardRecord[];
	logs: ReviewEntry[];
	/** Where `logs` begins, so the streak knows whether to look further back. */
	since: number;
}

export interface ScopeStats {
	counts: CardCounts;
	retention: Retention;
	perDay: DayActivity[];
	forecast: DayCount[];
}

/**
 * First instant worth reading: the start of the oldest study day in the window, one day earlier still, since a
 * review made under another clock (a trip, a DST change) may belong to that day.
 */
export function windowStart(moment: Moment, settings: DaySettings, days = HISTORY_DAYS): number {
	const first = studyDay(moment, settings) - days + 1;
	return studyDayStart(first, moment.tzOffsetMinutes, settings) - DAY_MS;
}

/** Reads only the window through the `by-at` index and cards deck by deck: 200,000 old reviews cost nothing. */
export async function loadProgress(
	db: BylineDatabase,
	moment: Moment,
	settings: DaySettings
): Promise<ProgressSource> {
	const since = windowStart(moment, settings);
	const [all, allLogs] = await Promise.all([listDecks(db), reviewsSince(db, since)]);
	// A hidden deck is out of the way everywhere until shown again: its progress is kept, not counted.
	const decks = all.filter((deck) => !deck.hidden);
	const shown = new Set(decks.map((deck) => deck.id));
	const cards = (await Promise.all(decks.map((deck) => cardsOfDeck(db, deck.id))))
		.flat()
		.filter((card) => !card.hidden);
	const logs = allLogs.filter((log) => shown.has(log.deckId));
	return { decks: decks.map(({ id, title }) => ({ id, title })), cards, logs, since };
}

/** Statistics for one deck, or for all of them when `deckId` is undefined. */
export function scopeStats(
	source: ProgressSource,
	deckId: string | undefined,
	moment: Moment,
	settings: DaySettings
): ScopeStats {
	const cards = deckId === undefined ? source.cards : source.cards.filter((card) => card.deckId === deckId);
	const logs = deckId === undefined ? source.logs : source.logs.filter((log) => log.deckId === deckId);
	return {
		counts: cardCounts(cards),
		retention: trueRetention(logs, moment, settings, HISTORY_DAYS),
		perDay: reviewsPerDay(logs, moment, settings, HISTORY_DAYS),
		forecast: dueForecast(cards, moment, settings, FORECAST_DAYS)
	};
}

export function retentionText(retention: Retention): string {
	if (retention.rate === undefined || retention.reviews < RETENTION_MINIMUM) return 'Not enough reviews yet';
	return `${Math.round(retention.rate * 100)}%`;
}

export function retentionDetail(retention: Retention): string {
	const reviews = counted(retention.reviews, 'review');
	if (retention.reviews < RETENTION_MINIMUM)
		return `${reviews} of cards you already know in the last 30 days; the figure appears after ${RETENTION_MINIMUM}.`;
	return `${retention.passed} of ${reviews} of cards you already know remembered in the last 30 days.`;
}

export const ACTIVITY_SERIES: BarSeries[] = [
	{ label: 'Study', fill: 'solid' },
	{ label: 'Practice', fill: 'hatched' }
];
export const FORECAST_SERIES: BarSeries[] = [{ label: 'Cards due', fill: 'solid' }];

export function activityRows(perDay: DayActivity[], today: number): BarRow[] {
	return perDay.map((entry) => ({
		label: dayLabel(entry.day, today),
		short: axisDayLabel(entry.day),
		values: [entry.study, entry.practice]
	}));
}

export function forecastRows(forecast: DayCount[], today: number): BarRow[] {
	return forecast.map((entry) => ({
		label: dayLabel(entry.day, today),
		short: entry.day === today ? 'Today' : axisDayLabel(entry.day),
		values: [entry.count]
	}));
}

export function activitySummary(perDay: DayActivity[]): string {
	const study = perDay.reduce((sum, d) => sum + d.study, 0);
	const practice = perDay.reduce((sum, d) => sum + d.practice, 0);
	if (study + practice === 0) return 'No answers in the last 30 days.';
	const active = perDay.filter((d) => d.study + d.practice > 0).length;
	return `${study} study and ${practice} practice answers on ${active} of the last 30 days.`;
}

export function forecastSummary(forecast: DayCount[]): string {
	const total = forecast.reduce((sum, d) => sum + d.count, 0);
	if (total === 0) return 'Nothing falls due in the next 14 days.';
	const today = forecast[0]?.count ?? 0;
	return `${total === 1 ? '1 card falls' : `${total} cards fall`} due in the next 14 days, ${today} of them today (overdue cards included).`;
}

/** One entry per study day is all a streak needs: a long streak then costs a few hundred entries, not thousands. */
function oneADay(logs: Iterable<ReviewEntry>, settings: DaySettings): ReviewEntry[] {
	const byDay = new Map<number, ReviewEntry>();
	for (const log of logs) byDay.set(studyDay(log, settings), log);
	return [...byDay.values()];
}

/**
 * The streak, reading further back than the window only when it reaches the window's start: most streaks
 * end within the 30 days already read, so only a long one costs more reads.
 */
export async function studyStreak(
	db: BylineDatabase,
	source: ProgressSource,
	moment: Moment,
	settings: DaySettings
): Promise<number> {
	const CHUNK = 90 * DAY_MS;
	let logs = oneADay(source.logs, settings);
	let from = source.since;
	let count = streak(logs, moment, settings);
	const today = studyDay(moment, settings);
	while (
		count > 0 &&
		today - count <= studyDay({ at: from, tzOffsetMinutes: moment.tzOffsetMinutes }, settings) + 1
	) {
		const older = await db.getAllFromIndex(
			'reviews',
			'by-at',
			IDBKeyRange.bound(from - CHUNK, from, false, true)
		);
		if (older.length === 0) break;
		logs = oneADay([...older, ...logs], settings);
		from -= CHUNK;
		count = streak(logs, moment, settings);
	}
	return count;
}

export async function readStreakChoice(db: BylineDatabase): Promise<boolean> {
	return (await readSetting(db, STREAK_SETTING)) === true;
}

export async function writeStreakChoice(db: BylineDatabase, show: boolean): Promise<void> {
	await writeSetting(db, { key: STREAK_SETTING, value: show });
}

/** What the progress page's load gives it; invalidated when the streak is turned on or off. */
export const PROGRESS_DATA = 'byline:progress';

export interface ProgressData {
	source: ProgressSource;
	settings: StudySettings;
	moment: Moment;
	showStreak: boolean;
	/** Counted only when the student chose to see it. */
	streakDays?: number;
}

export async function progressData(db: BylineDatabase, clock: Clock): Promise<ProgressData> {
	const moment = momentOf(clock);
	const settings = await studySettings(db);
	const [source, showStreak] = await Promise.all([loadProgress(db, moment, settings), readStreakChoice(db)]);
	if (!showStreak) return { source, settings, moment, showStreak };
	// A streak that cannot be read is no reason to hide the rest of the page.
	const streakDays = await studyStreak(db, source, moment, settings).catch(() => 0);
	return { source, settings, moment, showStreak, streakDays };
}
