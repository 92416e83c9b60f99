import type { Accept, QuestionType } from '../generator/bank';

/** A date the hint shows as an example of the forms the grader reads. */
interface ExampleDate {
	year: string;
	month: string;
	short: string;
	/** The month and day as an ISO date writes them: "11", "24". */
	mm: string;
	dd: string;
}
/** No two share a year, a month or a day, so one of them differs from any key in all three. */
const EXAMPLE_DATES: readonly ExampleDate[] = [
	{ year: '2005', month: 'November', short: 'Nov.', mm: '11', dd: '24' },
	{ year: '2010', month: 'March', short: 'Mar.', mm: '03', dd: '09' },
	{ year: '1998', month: 'July', short: 'Jul.', mm: '07', dd: '17' },
	{ year: '2013', month: 'February', short: 'Feb.', mm: '02', dd: '06' }
];

/**
 * W15 review (stop 59): a year key of 2005 sat beside the hint's example “2005”, the answer on screen. The example
 * shares no part with the key a student could copy: not its year, its month, nor its day.
 */
function exampleDate(value: string): ExampleDate {
	const parts = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(value);
	const [year, mm, dd] = [parts?.[1], parts?.[2], parts?.[3]];
	const others = value.split('/').slice(1).join('/');
	return (
		EXAMPLE_DATES.find(
			(e) =>
				e.year !== year &&
				e.mm !== mm &&
				e.dd !== dd &&
				!others.includes(e.year) &&
				!others.includes(`-${e.mm}`)
		) ?? EXAMPLE_DATES[0]!
	);
}

/** A count the hint shows in figures and in words; the second where the key is the first's amount. */
const EXAMPLE_COUNTS = [
	{ figures: '19', words: 'nineteen', value: 19 },
	{ figures: '23', words: 'twenty-three', value: 23 }
];
const SCALES = [1, 1e3, 1e6, 1e9, 1e12];

/**
 * What a typed question tells the student to type, next to the box. It says what `check.ts` accepts: a figure's
 * unit ("%", "years", "$") may be left out, but its size word may not ("2.4" is not "2.4 million").
 */
export function typedHint(type: QuestionType, accept?: Accept): string {
	if (type === 'figure-typed') {
		const key = accept?.kind === 'number' ? accept.value : undefined;
		const count = EXAMPLE_COUNTS.find((c) => !SCALES.some((s) => key === c.value * s)) ?? EXAMPLE_COUNTS[0]!;
		return `The number, in figures or words (“${count.figures}” or “${count.words}”). Keep “million” or “billion” (“m”, “bn”); a unit such as “%” or “years” may be left out.`;
	}
	// Stop 49: "a day, a month, a year or a weekday" read as "one of them", so a student asked for "November 24,
	// 2005" could not tell whether "November 24" would do; it does, and the hint says so.
	// Stop 50: one hint for every date listed a bare year among its forms, which read as enough for a day (W7
	// review); the hint names the part of the calendar the answer is, as the grader wants it.
	if (type === 'date-typed') {
		const value = accept?.kind === 'date' ? accept.value : '';
		const e = exampleDate(value);
		const day = String(Number(e.dd));
		if (/^\d{4}-\d\d-\d\d$/.test(value))
			return `The day, in any usual form (“${day} ${e.month} ${e.year}”, “${e.short} ${day}”); its year may be left out.`;
		if (/^\d{4}-\d\d$/.test(value))
			return `The month, in any usual form (“${e.month} ${e.year}”, “${e.short}”); its year may be left out.`;
		if (/^\d{4}$/.test(value)) return `The year, in figures (“${e.year}”).`;
		return `The date in any usual form (“${day} ${e.month} ${e.year}”, “${e.short} ${day}”, “${e.year}”); a day’s year may be left out.`;
	}
	return 'Spelling matters; case, accents and punctuation do not.';
}
