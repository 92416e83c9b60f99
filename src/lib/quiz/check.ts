/**
 * Grading an answer to a question, shared by study, the practice quiz and teacher assignments. Pure, and it
 * imports no NLP library (numbers.ts is plain code): the study pages must stay light.
 *
 * Rules, in words a student would accept:
 * - Multiple choice and true/false: the choice given must be the answer, exactly.
 * - Matching: every pair right, in the order of `question.pairs`.
 * - Typed text: case, accents, punctuation, curly quotes and extra spaces are ignored, and so are a leading "the",
 *   "a" or "an".
 * - Figures: the amount must agree within 0.5% (rounding), whatever the style: "470m", "$470,000,000" and
 *   "470 million" are all 470000000 USD, "2%", "2 percent" and "two percent" are 2 percent. A unit the student
 *   names must be the answer's ("470 million euros" is wrong for USD); a scale word is part of the amount ("470
 *   thousand" is wrong). Qualifiers ("about") are not required. A vague answer ("dozens") wants the same word.
 * - Dates: "March 21, 2023", "21 March 2023", "Mar. 21", "2023-03-21" and "21/3/2023" are one day; a numeric
 *   date whose day and month could be swapped ("3/4/2023") is right if either reading is: the student's
 *   convention is not what is being tested. A weekday ("Tuesday") is right only when the answer is a weekday. A
 *   year or month is right at that precision; a more precise guess ("14 February" for "last month") is wrong,
 *   because the article does not support it. Intervals ("before the fall") are graded as text, with "fall" and
 *   "autumn" the same word.
 */
import type { Accept, Question } from '../generator/bank';
import { parseFigure } from '../generator/numbers';
import { MONTH_NAMES } from '../generator/readable-date';

export interface CheckResult {
	correct: boolean;
	/** The answer as shown to the student after grading. */
	expected: string;
	/** What was compared, for display and logs. */
	normalizedGiven: string;
}

export type AutoRating = 'again' | 'good' | 'easy';

export function checkAnswer(question: Question, given: string | string[], _ms?: number): CheckResult {
	if (question.type === 'matching') {
		const answers = Array.isArray(given) ? given : [given];
		const expected = question.pairs.map((p) => p.right);
		const correct =
			answers.length === expected.length &&
			expected.every((right, i) => normalizeText(answers[i] ?? '') === normalizeText(right));
		return {
			correct,
			expected: expected.join(' · '),
			normalizedGiven: answers.map(normalizeText).join(' · ')
		};
	}
	const text = Array.isArray(given) ? given.join(' ') : given;
	if ('choices' in question && question.choices) {
		const chosen = text.trim();
		return { correct: chosen === question.answer, expected: question.answer, normalizedGiven: chosen };
	}
	const normalizedGiven = normalizeText(text);
	const sameText =
		normalizedGiven !== '' &&
		[question.answer, ...(('alternatives' in question && question.alternatives) || [])].some(
			(wording) => normalizeText(wording) === normalizedGiven
		);
	const accept = 'accept' in question ? question.accept : impliedAccept(question);
	let correct = sameText;
	if (!correct && accept?.kind === 'number') correct = numberMatches(text, accept, question.answer);
	if (!correct && accept?.kind === 'date') correct = dateMatches(text, accept.value, question.answer);
	return { correct, expected: question.answer, normalizedGiven };
}

/**
 * The rating a review gets without asking the student: wrong is "again"; right is "good"; right on a typed
 * answer and fast is "easy". Fast means within 2 s to read and recall plus 0.2 s per character of the answer
 * (typing at five characters a second), so "2030" is easy under 2.8 s and "$470 million" under 4.4 s. A right
 * multiple-choice answer is never "easy": recognising is not recalling, and a quick pick may be a guess.
 */
export function autoRating(result: CheckResult, ms: number | undefined, question: Question): AutoRating {
	if (!result.correct) return 'again';
	const typed =
		!('choices' in question && question.choices) &&
		question.type !== 'matching' &&
		question.type !== 'flashcard';
	if (typed && ms !== undefined && ms <= 2000 + 200 * result.expected.length) return 'easy';
	return 'good';
}

/** Lowercase, no accents, no punctuation, single spaces, no leading article. */
export function normalizeText(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/[^\p{L}\p{N}%$€£¥]+/gu, ' ')
		.trim()
		.replace(/^(?:the|a|an) /, '');
}

function impliedAccept(question: Question): Accept | undefined {
	if (question.type !== 'figure-typed') return undefined;
	const figure = parseFigure(question.answer);
	return figure?.unit ? { kind: 'number', value: figure.value, unit: figure.unit } : undefined;
}

function numberMatches(given: string, accept: { value: number; unit: string }, answer: string): boolean {
	const figure = parseFigure(given);
	if (!figure) return false;
	const expectedVague = parseFigure(answer)?.vague ?? false;
	if (expectedVague || figure.vague) return expectedVague && figure.vague && figure.value === accept.value;
	if (figure.unit !== null && figure.unit !== accept.unit) return false;
	return Math.abs(figure.value - accept.value) <= Math.abs(accept.value) * 0.005;
}

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** One reading of a typed date; absent parts were not given. */
interface DateReading {
	y?: number;
	m?: number;
	d?: number;
	weekday?: number;
}

function dateMatches(given: string, value: string, answer: string): boolean {
	if (value.includes('/')) return seasonWords(normalizeText(given)) === seasonWords(normalizeText(answer));
	const [y, m, d] = value.split('-').map(Number);
	if (y === undefined || Number.isNaN(y)) return false;
	const readings = readDate(given);
	return readings.some((r) => {
		if (r.weekday !== undefined) {
			const answerIsWeekday = WEEKDAYS.some((w) => normalizeText(answer).includes(w));
			return (
				answerIsWeekday &&
				d !== undefined &&
				m !== undefined &&
				new Date(Date.UTC(y, m - 1, d)).getUTCDay() === r.weekday
			);
		}
		if (r.y !== undefined && r.y !== y) return false;
		if (m === undefined) return r.y === y && r.m === undefined;
		if (d === undefined) return r.y === y && r.m === m && r.d === undefined;
		// A day may be given without its year ("March 21"): the year is the question's context.
		return r.m === m && r.d === d;
	});
}

/** "before the fall" and "before the autumn" are one answer; prepositions are part of the wording. */
function seasonWords(s: string): string {
	return s.replace(/\bautumn\b/g, 'fall');
}

function readDate(input: string): DateReading[] {
	const s = normalizeText(input.replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')).replace(
		/^(?:on|in|by|during|since) /,
		''
	);
	const weekday = WEEKDAYS.findIndex((w) => s === w || s === w.slice(0, 3));
	if (weekday >= 0) return [{ weekday }];
	const iso = /^(\d{4})(?: (\d{1,2})(?: (\d{1,2}))?)?$/.exec(s);
	if (iso) return [clean({ y: Number(iso[1]), m: num(iso[2]), d: num(iso[3]) })];
	const numeric = /^(\d{1,2}) (\d{1,2})(?: (\d{2}|\d{4}))?$/.exec(s);
	if (numeric) {
		const a = Number(numeric[1]);
		const b = Number(numeric[2]);
		const y = numeric[3] ? fullYear(Number(numeric[3])) : undefined;
		const readings: DateReading[] = [];
		if (b <= 12 && a <= 31) readings.push(clean({ y, m: b, d: a }));
		if (a <= 12 && b <= 31) readings.push(clean({ y, m: a, d: b }));
		return readings;
	}
	const month = (w: string | undefined) => {
		const i = w ? MONTHS.findIndex((name) => name === w || (w.length >= 3 && name.startsWith(w))) : -1;
		return i >= 0 ? i + 1 : undefined;
	};
	const monthFirst = /^([a-z]+) (\d{1,2})(?: (\d{4}))?$/.exec(s);
	if (monthFirst && month(monthFirst[1]) && Number(monthFirst[2]) <= 31)
		return [clean({ y: num(monthFirst[3]), m: month(monthFirst[1]), d: Number(monthFirst[2]) })];
	const dayFirst = /^(\d{1,2})(?: of)? ([a-z]+)(?: (\d{4}))?$/.exec(s);
	if (dayFirst && month(dayFirst[2]))
		return [clean({ y: num(dayFirst[3]), m: month(dayFirst[2]), d: Number(dayFirst[1]) })];
	const monthYear = /^([a-z]+)(?: of)? (\d{4})$/.exec(s);
	if (monthYear && month(monthYear[1])) return [{ y: Number(monthYear[2]), m: month(monthYear[1]) }];
	return [];
}

function num(s: string | undefined): number | undefined {
	return s === undefined ? undefined : Number(s);
}

function fullYear(y: number): number {
	return y < 100 ? 2000 + y : y;
}

/** Drops absent parts so that a missing month is `undefined` rather than a key holding `undefined`. */
function clean(r: DateReading): DateReading {
	const out: DateReading = {};
	if (r.y !== undefined) out.y = r.y;
	if (r.m !== undefined) out.m = r.m;
	if (r.d !== undefined) out.d = r.d;
	return out;
}
