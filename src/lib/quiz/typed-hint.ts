import type { Accept, QuestionType } from '../generator/bank';

/**
 * What a typed question tells the student to type, next to the box. It says what `check.ts` accepts: a figure's
 * unit ("%", "years", "$") may be left out, but its size word may not ("2.4" is not "2.4 million").
 */
export function typedHint(type: QuestionType, accept?: Accept): string {
	if (type === 'figure-typed')
		return 'The number, in figures or words (“19” or “nineteen”). Keep “million” or “billion” (“m”, “bn”); a unit such as “%” or “years” may be left out.';
	// Stop 49: "a day, a month, a year or a weekday" read as "one of them", so a student asked for "November 24,
	// 2005" could not tell whether "November 24" would do; it does, and the hint says so.
	// Stop 50: one hint for every date listed a bare year among its forms, which read as enough for a day (W7
	// review); the hint names the part of the calendar the answer is, as the grader wants it.
	if (type === 'date-typed') {
		const value = accept?.kind === 'date' ? accept.value : '';
		if (/^\d{4}-\d\d-\d\d$/.test(value))
			return 'The day, in any usual form (“24 November 2005”, “Nov. 24”); its year may be left out.';
		if (/^\d{4}-\d\d$/.test(value))
			return 'The month, in any usual form (“November 2005”, “Nov.”); its year may be left out.';
		if (/^\d{4}$/.test(value)) return 'The year, in figures (“2005”).';
		return 'The date in any usual form (“24 November 2005”, “Nov. 24”, “2005”); a day’s year may be left out.';
	}
	return 'Spelling matters; case, accents and punctuation do not.';
}
