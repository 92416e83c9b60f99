import type { StudySettings } from './settings';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/**
 * When something happened and the local clock's offset from UTC at that moment, as `Date.getTimezoneOffset()`
 * gives it (minutes, positive west of Greenwich: New York in winter is 300, Berlin in summer is -120).
 * The offset is recorded with every review rather than read when needed, so a review keeps the study day it
 * was made on after a DST change or a trip, and tests need no real clock.
 */
export interface Moment {
	at: number;
	tzOffsetMinutes: number;
}

type DayStart = Pick<StudySettings, 'dayStartHour'>;

/**
 * Milliseconds to subtract from an instant so that its UTC date is its study day: local wall-clock time,
 * moved back by the hour the day starts. ts-fsrs counts days at UTC midnight, so the scheduler hands it
 * shifted instants; this is the only place the shift is defined.
 */
export function dayShift(tzOffsetMinutes: number, settings: DayStart): number {
	return (tzOffsetMinutes + settings.dayStartHour * 60) * MINUTE_MS;
}

/** Days since 1970-01-01 in study-day terms: 3 am local on a Tuesday, with days starting at 4, is Monday. */
export function studyDay(moment: Moment, settings: DayStart): number {
	return Math.floor((moment.at - dayShift(moment.tzOffsetMinutes, settings)) / DAY_MS);
}

/** The instant a study day begins, for a clock at the given offset. */
export function studyDayStart(day: number, tzOffsetMinutes: number, settings: DayStart): number {
	return day * DAY_MS + dayShift(tzOffsetMinutes, settings);
}

/** The calendar date a study day is named after, as YYYY-MM-DD, for chart labels and tables. */
export function studyDayDate(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
