/**
 * How the app writes names, shares, lengths of time and dates. Pure; `now` and the locale are parameters, so the
 * words are the same in a test as on a phone.
 */
import { hash } from '../generator/hash';

/**
 * A readable name from a title, for a file or an id: lower-case letters, digits and dashes, at most 48
 * characters, apostrophes dropped ("Russia’s" → "russias"); `fallback` when the title has none of those.
 */
export function slug(title: string, fallback = 'byline'): string {
	const s = title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return s || fallback;
}

/** A deck's id from its article's title; a title in another script still gets a stable one, from its hash. */
export function deckSlug(title: string): string {
	return slug(title, `article-${hash(title).slice(0, 8)}`);
}

/**
 * "1 question", "3 questions", "1 quiz", "2 quizzes": a count with its noun agreeing, the plural given where it is
 * not "s".
 */
export function counted(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** A share (0 to 1) as a whole percentage; a dash when there is nothing to divide. */
export function percent(share: number | undefined): string {
	return share === undefined || !Number.isFinite(share) ? '—' : `${Math.round(share * 100)}%`;
}

/** "45 s", "3 min 20 s", "3 min", "1 h 5 min". */
export function duration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
	const hours = Math.floor(minutes / 60);
	return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An instant with its date and time, in the reader's locale: "10 Jun 2026, 09:00". */
export function dateTime(at: number, locale?: string): string {
	return new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** When something comes: "in 8 minutes", "today at 16:30", "tomorrow at 04:00", "on Monday 12 January at 04:00". */
export function describeWhen(at: number, now: number, locale?: string): string {
	const wait = at - now;
	if (wait <= 0) return 'now';
	if (wait < HOUR) {
		const minutes = Math.max(1, Math.round(wait / MINUTE));
		return `in ${counted(minutes, 'minute')}`;
	}
	const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
	const days = calendarDays(now, at);
	if (days === 0) return `today at ${time}`;
	if (days === 1) return `tomorrow at ${time}`;
	const date = new Intl.DateTimeFormat(locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(days > 300 ? { year: 'numeric' } : {})
	}).format(at);
	return `on ${date} at ${time}`;
}

/** Local calendar days from `from` to `to`. */
function calendarDays(from: number, to: number): number {
	const start = new Date(from);
	const end = new Date(to);
	const a = Date.UTC(start.getFullYear(), start.getMonth(), start.getDate());
	const b = Date.UTC(end.getFullYear(), end.getMonth(), end.getDate());
	return Math.round((b - a) / DAY);
}

/** When something happened: "just now", "5 min ago", "3 h ago", then the date. */
export function timeAgo(at: number, now: number, locale?: string): string {
	const minutes = Math.round((now - at) / MINUTE);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h ago`;
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(at);
}

// Made on first use: the first formatter with a time zone costs a phone tens of milliseconds (time-zone data is
// loaded), which at import would block every page that imports this module, /study's first card included.
let fullDay: Intl.DateTimeFormat | undefined;

/** A study day (days since the epoch) as people say it: "Today", "Tomorrow", "Yesterday" or "Tue 14 Jan". */
export function dayLabel(day: number, today: number): string {
	if (day === today) return 'Today';
	if (day === today + 1) return 'Tomorrow';
	if (day === today - 1) return 'Yesterday';
	fullDay ??= new Intl.DateTimeFormat('en-GB', {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	});
	return fullDay.format(new Date(day * DAY));
}

let shortDay: Intl.DateTimeFormat | undefined;

/** A study day as a chart's axis names it, "14 Jan": a bare "1" beside "Today" reads as a count, not a date. */
export function axisDayLabel(day: number): string {
	shortDay ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
	return shortDay.format(new Date(day * DAY));
}

/** An article date as a bank gives it (YYYY-MM-DD, or less) in words; anything else is shown as it is. */
export function formatArticleDate(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return date;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const parsed = new Date(Date.UTC(y, m - 1, d));
	if (parsed.getUTCMonth() !== m - 1) return date;
	return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}
