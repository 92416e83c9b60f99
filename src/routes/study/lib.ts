import type { SessionMode } from '$lib/state/study.svelte';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "in 8 minutes", "today at 16:30", "tomorrow at 04:00", "on Monday 12 January at 04:00". */
export function describeWhen(at: number, now: number, locale?: string): string {
	const wait = at - now;
	if (wait <= 0) return 'now';
	if (wait < HOUR) {
		const minutes = Math.max(1, Math.round(wait / MINUTE));
		return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
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
	return Math.round((b - a) / 86_400_000);
}

/** "45 s", "3 min 20 s", "1 h 5 min". */
export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
	const hours = Math.floor(minutes / 60);
	return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

export function percent(part: number, whole: number): string {
	return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

/** The session a URL asks for: `?mode=ahead` or `?mode=practice`, else the day's study. */
export function modeFrom(params: URLSearchParams): Exclude<SessionMode, 'drill'> {
	const mode = params.get('mode');
	return mode === 'ahead' || mode === 'practice' ? mode : 'study';
}

export const MODE_TITLES: Record<SessionMode, string> = {
	study: 'Due and new cards',
	ahead: 'Studying ahead',
	practice: 'Practice: due dates stay as they are',
	drill: 'Drilling missed questions'
};
