// Pure and free of chrono-node, so pages can show a date value without loading the date parser.
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** 1 for "January" (any case) … 12 for "December"; 0 for a word that is no month's name. */
export const monthOfName = (name: string): number =>
	MONTH_NAMES.findIndex((month) => month.toLowerCase() === name.toLowerCase()) + 1;
/** Months as news abbreviates them ("Sept.", "Oct"), for a pattern; "May" is only ever written out. */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

/**
 * A date value as a student reads it: "March 21, 2023", "February 2023", "2023", "March 13–19, 2023",
 * "September–November 2023", "2013–2019", "March 21, 2023 – March 21, 2028", "July 18, 2017, 5:00 p.m.".
 */
export function readableDate(value: string): string {
	// "2017-07-18T17:00": a clock time on a day reads "July 18, 2017, 5:00 p.m.".
	const time = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$/.exec(value);
	if (time) {
		const hour = Number(time[2]);
		const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${time[3]} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
		return `${readableDate(time[1]!)}, ${clock}`;
	}
	const [from = '', to] = value.split('/');
	const part = (v: string) => {
		const [y, m, d] = v.split('-');
		const month = m ? (MONTH_NAMES[Number(m) - 1] ?? m) : '';
		return { y: y ?? '', month, d: d ? String(Number(d)) : '' };
	};
	const one = (v: string) => {
		const { y, month, d } = part(v);
		return d ? `${month} ${d}, ${y}` : month ? `${month} ${y}` : y;
	};
	if (to === undefined) return one(from);
	const a = part(from);
	const b = part(to);
	if (!a.month && !b.month) return `${a.y}–${b.y}`;
	if (a.y === b.y && !a.d && !b.d) return `${a.month}–${b.month} ${a.y}`;
	if (a.y === b.y && a.month === b.month && a.d && b.d) return `${a.month} ${a.d}–${b.d}, ${a.y}`;
	if (a.y === b.y && a.d && b.d) return `${a.month} ${a.d} – ${b.month} ${b.d}, ${a.y}`;
	return `${one(from)} – ${one(to)}`;
}
