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
 * - Dates: a typed date is right when it names the same period as the answer (the same day, the same month or the
 *   same year), read against the article's date, in any common form, with or without "on", "in" or "by":
 *   - relative words are read from the article's date: for an article of 21 March 2023, "last month" is February
 *     2023, "this year" 2023, "yesterday" 20 March, "two years ago" 2021, and "Tuesday" the Tuesday of that week
 *     (the latest one, or the next: news uses weekdays for days around its date);
 *   - "March 21, 2023", "21 March 2023", "Mar. 21", "2023-03-21", "21/3/2023" are one day; "February 2023",
 *     "Feb 2023", "2/2023", "2023-02" one month; a numeric date whose day and month could be swapped ("3/4/2023")
 *     is right if either reading is, since the student's convention is not what is tested;
 *   - a month or day without its year is read in the year nearest the article's date ("February" in a March 2023
 *     article is February 2023; "December" in a January one is the December before);
 *   - a period coarser or finer than the answer's is another period: "2023" is wrong for "March 2023" (it does not
 *     say which month), and "14 February" is wrong for "last month" (the article does not say which day);
 *   - without the article's date (an assignment carries none), relative words are right only as the answer's own
 *     words, a weekday only when the answer is that weekday, and a year left out is the answer's;
 *   - a span that is not a period ("before the fall") is graded as text, with "fall" and "autumn" one word.
 */
import type { Accept, Question } from '../generator/bank';
import { parseFigure } from '../generator/numbers';
import { periodOf, readPeriods, WEEKDAYS } from './dates';
import { normalizeText } from './text';

export { foldText, normalizeText } from './text';

/** What grading may need beyond the question: the article's date ('YYYY-MM-DD') to read "last month" from. */
export interface GradingContext {
	articleDate?: string;
}

export interface CheckResult {
	correct: boolean;
	/** The answer as shown to the student after grading. */
	expected: string;
	/** What was compared, for display and logs. */
	normalizedGiven: string;
}

export type AutoRating = 'again' | 'good' | 'easy';

export function checkAnswer(
	question: Question,
	given: string | string[],
	context: GradingContext = {}
): CheckResult {
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
	if (!correct && accept?.kind === 'date')
		correct = dateMatches(text, accept.value, question.answer, context);
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

function dateMatches(given: string, value: string, answer: string, context: GradingContext): boolean {
	const period = periodOf(value);
	const year = /^\d{4}/.exec(value)?.[0];
	const readings = readPeriods(given, {
		...(context.articleDate ? { articleDate: context.articleDate } : {}),
		...(year ? { answerYear: Number(year) } : {})
	});
	if (period && readings.includes(period)) return true;
	if (value.includes('/')) return seasonWords(normalizeText(given)) === seasonWords(normalizeText(answer));
	// Without the article's date a weekday cannot be placed: it is right when the answer is that weekday.
	const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
	if (!day) return false;
	const weekday = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDay();
	const answerIsWeekday = WEEKDAYS.some((name) => normalizeText(answer).includes(name));
	return answerIsWeekday && readings.includes(`w:${weekday}`);
}

/** "before the fall" and "before the autumn" are one answer; prepositions are part of the wording. */
function seasonWords(s: string): string {
	return s.replace(/\bautumn\b/g, 'fall');
}
