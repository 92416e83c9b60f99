/**
 * Typed dates read as periods, for grading (see check.ts for the rule in words). A period is a key: `y:2023`,
 * `m:2023-02`, `d:2023-03-21`, or `s:<from>/<to>` for a span such as a week; two answers are the same date when
 * they are the same period, so "2023" (a year) is not "March 2023" (a month). Pure, no date library.
 */
import { parseNumberWords } from '../generator/numbers';
import { MONTH_NAMES } from '../generator/readable-date';
import { foldText } from './text';

/** What a typed date is read against. */
export interface DateContext {
	/** The article's date, 'YYYY-MM-DD' (longer values are cut to it): "last month" and "Tuesday" are read from it. */
	articleDate?: string;
	/** The answer's year: without an article date, a date typed without a year is read in it. */
	answerYear?: number;
}

interface Day {
	y: number;
	m: number;
	d: number;
}

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The period an answer's date value stands for: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an interval 'A/B'. */
export function periodOf(value: string): string | undefined {
	if (value.includes('/')) return `s:${value}`;
	if (/^\d{4}$/.test(value)) return `y:${value}`;
	if (/^\d{4}-\d\d$/.test(value)) return `m:${value}`;
	if (/^\d{4}-\d\d-\d\d$/.test(value)) return `d:${value}`;
	return undefined;
}

/** Every period a typed date may mean (an ambiguous "3/4/2023" has two); none if it is not read as a date. */
export function readPeriods(input: string, context: DateContext = {}): string[] {
	const ref = parseDay(context.articleDate);
	const s = foldText(
		input
			.replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
			// "March ’23": a year of two digits after an apostrophe.
			.replace(/['’‘`]\s?(\d{2})\b/g, ' 20$1')
	)
		.replace(/^(?:on|in|by|during|since|from) /, '')
		.replace(/^the /, '');
	return [...new Set(relative(s, ref) ?? absolute(s, ref, context.answerYear))];
}

/** "today", "last month", "this year", "two years ago", "Tuesday", "last Tuesday": read from the article's date. */
function relative(s: string, ref: Day | null): string[] | null {
	const day = /^(today|yesterday|tomorrow)$/.exec(s);
	if (day)
		return ref ? [dayKey(shift(ref, { today: 0, yesterday: -1, tomorrow: 1 }[day[1] as 'today']))] : [];
	const unit = /^(?:(?:earlier|later) )?(this|last|previous|next|coming) (week|month|year)$/.exec(s);
	if (unit) {
		if (!ref) return [];
		const step = { this: 0, last: -1, previous: -1, next: 1, coming: 1 }[unit[1] as 'this'];
		return [unitKey(ref, unit[2] as 'week', step)];
	}
	const ago = /^(.+) (day|week|month|year)s? ago$/.exec(s);
	if (ago) {
		const count = ago[1] ?? '';
		const n = /^\d+$/.test(count) ? Number(count) : /^an?$/.test(count) ? 1 : parseNumberWords(count);
		if (!ref || n === null || ago[2] === 'week') return [];
		return [ago[2] === 'day' ? dayKey(shift(ref, -n)) : unitKey(ref, ago[2] as 'month', -n)];
	}
	const weekday = /^(?:(last|this|next) )?([a-z]+)$/.exec(s);
	const index = weekday ? weekdayIndex(weekday[2] ?? '') : -1;
	if (!weekday || index < 0) return null;
	if (!ref) return [`w:${index}`];
	const back = (weekdayOf(ref) - index + 7) % 7;
	const ahead = (index - weekdayOf(ref) + 7) % 7;
	switch (weekday[1]) {
		case 'last':
			return [dayKey(shift(ref, -(back || 7)))];
		case 'next':
			return [dayKey(shift(ref, ahead || 7))];
		case 'this':
			// The one in the article's week, Monday to Sunday.
			return [dayKey(shift(ref, ((index + 6) % 7) - ((weekdayOf(ref) + 6) % 7)))];
		default:
			// News writes the days of the week around its date: the latest such day or the next one.
			return [dayKey(shift(ref, -back)), dayKey(shift(ref, ahead))];
	}
}

/** Years, months and days written out: "2023", "February 2023", "2/2023", "March 21", "21/3/2023", "2023-03-21". */
function absolute(s: string, ref: Day | null, answerYear: number | undefined): string[] {
	// "Tuesday, March 21": the weekday must agree with the date it comes with.
	const withWeekday = /^([a-z]+) (.+)$/.exec(s);
	const named = withWeekday ? weekdayIndex(withWeekday[1] ?? '') : -1;
	if (withWeekday && named >= 0) {
		return absolute(withWeekday[2] ?? '', ref, answerYear).filter((key) => {
			const day = key.startsWith('d:') ? parseDay(key.slice(2)) : null;
			return day !== null && weekdayOf(day) === named;
		});
	}
	const year = /^(\d{4})$/.exec(s);
	if (year) return [`y:${year[1]}`];
	const iso = /^(\d{4}) (\d{1,2})(?: (\d{1,2}))?$/.exec(s);
	if (iso) return days(Number(iso[1]), Number(iso[2]), num(iso[3]), ref, answerYear);
	const numeric = /^(\d{1,2}) (\d{1,2})(?: (\d{4}|\d{2}))?$/.exec(s);
	if (numeric) {
		const [a, b] = [Number(numeric[1]), Number(numeric[2])];
		const y = numeric[3] ? fullYear(Number(numeric[3])) : undefined;
		return [...days(y, b, a, ref, answerYear), ...days(y, a, b, ref, answerYear)];
	}
	const monthYear = /^(\d{1,2}) (\d{4})$/.exec(s);
	if (monthYear) return days(Number(monthYear[2]), Number(monthYear[1]), undefined, ref, answerYear);
	const monthFirst = /^([a-z]+)(?: the)?(?: (\d{1,2}))?(?: (?:of )?(\d{4}))?$/.exec(s);
	const m1 = monthFirst ? monthIndex(monthFirst[1] ?? '') : 0;
	if (monthFirst && m1) return days(num(monthFirst[3]), m1, num(monthFirst[2]), ref, answerYear);
	const dayFirst = /^(\d{1,2})(?: of)? ([a-z]+)(?: (\d{4}))?$/.exec(s);
	const m2 = dayFirst ? monthIndex(dayFirst[2] ?? '') : 0;
	if (dayFirst && m2) return days(num(dayFirst[3]), m2, Number(dayFirst[1]), ref, answerYear);
	return [];
}

/**
 * A month or a day, its year given or not. Without one, it is the year that puts the date nearest the article's
 * (within six months either side, so "March" in an April article is this March and in a December article next
 * March); with no article date, the answer's year.
 */
function days(y: number | undefined, m: number, d: number | undefined, ref: Day | null, answerYear?: number) {
	if (m < 1 || m > 12 || (d !== undefined && (d < 1 || d > daysIn(y ?? 2000, m)))) return [];
	const key = (year: number) => (d === undefined ? `m:${year}-${pad(m)}` : dayKey({ y: year, m, d }));
	if (y !== undefined) return [key(y)];
	if (!ref) return answerYear === undefined ? [] : [key(answerYear)];
	const months = (year: number) => Math.abs((year - ref.y) * 12 + (m - ref.m) + ((d ?? ref.d) - ref.d) / 31);
	const years = [ref.y - 1, ref.y, ref.y + 1];
	const nearest = Math.min(...years.map(months));
	return years.filter((year) => months(year) - nearest < 1e-9 && months(year) <= 6).map(key);
}

/** The week (Monday to Sunday), month or year `step` units from the reference day. */
function unitKey(ref: Day, unit: 'week' | 'month' | 'year', step: number): string {
	if (unit === 'year') return `y:${ref.y + step}`;
	if (unit === 'month') {
		const index = ref.y * 12 + ref.m - 1 + step;
		return `m:${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
	}
	const monday = shift(ref, -((weekdayOf(ref) + 6) % 7) + 7 * step);
	return `s:${iso(monday)}/${iso(shift(monday, 6))}`;
}

function weekdayIndex(word: string): number {
	return WEEKDAYS.findIndex((day) => word === day || (word.length >= 3 && day.startsWith(word)));
}

function monthIndex(word: string): number {
	return MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word))) + 1;
}

function parseDay(value: string | undefined): Day | null {
	const m = value ? /^(\d{4})-(\d\d)-(\d\d)/.exec(value) : null;
	return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function shift(day: Day, days: number): Day {
	const date = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function weekdayOf(day: Day): number {
	return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

function daysIn(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;
const dayKey = (day: Day) => `d:${iso(day)}`;
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const fullYear = (y: number) => (y < 100 ? 2000 + y : y);
