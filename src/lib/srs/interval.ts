const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/** One decimal place, without a trailing ".0": 1.3, 2. */
const tenths = (value: number) => String(Math.round(value * 10) / 10);

/**
 * A span of time as Anki writes it above its answer buttons: "<1m", "10m", "1.5h", "2d", "1.3mo", "1y".
 * Minutes and days are whole, hours, months and years have one decimal; a month is a twelfth of a year.
 */
export function intervalLabel(seconds: number): string {
	if (seconds < MINUTE) return '<1m';
	if (seconds < HOUR) return `${Math.round(seconds / MINUTE)}m`;
	if (seconds < DAY) return `${tenths(seconds / HOUR)}h`;
	if (seconds < MONTH) return `${Math.round(seconds / DAY)}d`;
	if (seconds < YEAR) return `${tenths(seconds / MONTH)}mo`;
	return `${tenths(seconds / YEAR)}y`;
}
