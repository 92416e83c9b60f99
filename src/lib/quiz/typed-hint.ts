import type { QuestionType } from '../generator/bank';

/**
 * What a typed question tells the student to type, next to the box. It says what `check.ts` accepts: a figure's
 * unit ("%", "years", "$") may be left out, but its size word may not ("2.4" is not "2.4 million").
 */
export function typedHint(type: QuestionType): string {
	if (type === 'figure-typed')
		return 'The number, in figures or words (“19” or “nineteen”). Keep “million” or “billion” (“m”, “bn”); a unit such as “%” or “years” may be left out.';
	if (type === 'date-typed') return 'A date as you would write it: a day, a month, a year or a weekday.';
	return 'Spelling matters; case, accents and punctuation do not.';
}
