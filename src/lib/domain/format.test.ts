import { describe, expect, it } from 'vitest';
import {
	counted,
	dateTime,
	dayLabel,
	deckSlug,
	describeWhen,
	duration,
	formatArticleDate,
	percent,
	slug,
	timeAgo
} from './format';

const noon = new Date(2026, 0, 5, 12, 0).getTime();

describe('slug', () => {
	it('is one rule for deck ids and file names: letters, digits and dashes, apostrophes dropped', () => {
		expect(slug('Xi and Putin Bind China and Russia’s Economies')).toBe(
			'xi-and-putin-bind-china-and-russias-economies'
		);
		expect(slug('Putin & Xi: “No limits”!')).toBe('putin-xi-no-limits');
		expect(slug('Café quiz')).toBe('cafe-quiz');
		expect(slug('ﬁnal ½ report')).toBe('final-1-2-report');
	});

	it('stops at 48 characters without a trailing dash, and falls back when nothing readable is left', () => {
		const long = slug('a'.repeat(47) + ' tail');
		expect(long).toBe('a'.repeat(47));
		expect(slug('¿?')).toBe('byline');
		expect(slug('¿?', 'results')).toBe('results');
	});

	it('gives a deck of a title in another script a stable id of its own', () => {
		expect(deckSlug('俄中关系')).toMatch(/^article-[0-9a-z]{8}$/);
		expect(deckSlug('俄中关系')).toBe(deckSlug('俄中关系'));
		expect(deckSlug('俄中关系')).not.toBe(deckSlug('中俄关系'));
		expect(deckSlug('Council Votes Yes')).toBe('council-votes-yes');
	});
});

describe('percent', () => {
	it('rounds a share to a whole percentage, with a dash when there is none', () => {
		expect(percent(2 / 3)).toBe('67%');
		expect(percent(1)).toBe('100%');
		expect(percent(undefined)).toBe('—');
		expect(percent(0 / 0)).toBe('—');
	});
});

describe('duration', () => {
	it('reads like a person would say it', () => {
		expect(duration(44_600)).toBe('45 s');
		expect(duration(200_000)).toBe('3 min 20 s');
		expect(duration(180_000)).toBe('3 min');
		expect(duration(3_900_000)).toBe('1 h 5 min');
		expect(duration(7_200_000)).toBe('2 h');
	});
});

describe('counted', () => {
	it('agrees the noun with the count, one alone taking the singular', () => {
		expect(counted(1, 'question')).toBe('1 question');
		expect(counted(0, 'question')).toBe('0 questions');
		expect(counted(2, 'quiz', 'quizzes')).toBe('2 quizzes');
		expect(counted(1, 'quiz', 'quizzes')).toBe('1 quiz');
	});
});

describe('describeWhen', () => {
	it('says minutes within the hour, then today, tomorrow or a weekday', () => {
		expect(describeWhen(noon + 60_000, noon)).toBe('in 1 minute');
		expect(describeWhen(noon + 10 * 60_000, noon)).toBe('in 10 minutes');
		expect(describeWhen(new Date(2026, 0, 5, 16, 30).getTime(), noon, 'en-GB')).toBe('today at 16:30');
		expect(describeWhen(new Date(2026, 0, 6, 4, 0).getTime(), noon, 'en-GB')).toBe('tomorrow at 4:00');
		expect(describeWhen(new Date(2026, 0, 12, 4, 0).getTime(), noon, 'en-GB')).toBe(
			'on Monday 12 January at 4:00'
		);
		expect(describeWhen(noon - 5, noon)).toBe('now');
	});
});

describe('timeAgo', () => {
	it('says how long ago, then the date', () => {
		const at = Date.UTC(2026, 0, 5, 12);
		expect(timeAgo(at, at + 10_000)).toBe('just now');
		expect(timeAgo(at, at + 5 * 60_000)).toBe('5 min ago');
		expect(timeAgo(at, at + 3 * 3_600_000)).toBe('3 h ago');
		// The date is the reader's local one: noon on 5 January wherever the test runs.
		const localNoon = new Date(2026, 0, 5, 12).getTime();
		expect(timeAgo(localNoon, localNoon + 3 * 86_400_000, 'en-GB')).toBe('5 Jan');
	});
});

describe('dateTime and day labels', () => {
	it('writes an instant with its local date and time', () => {
		expect(dateTime(noon, 'en-GB')).toBe('5 Jan 2026, 12:00');
	});

	it('names study days as people do', () => {
		const today = 20_522; // Tuesday 10 March 2026
		expect(dayLabel(today, today)).toBe('Today');
		expect(dayLabel(today + 1, today)).toBe('Tomorrow');
		expect(dayLabel(today - 1, today)).toBe('Yesterday');
		expect(dayLabel(today + 2, today)).toBe('Thu 12 Mar');
	});
});

describe('formatArticleDate', () => {
	it('writes a full date in words and leaves anything else as it is', () => {
		expect(formatArticleDate('2023-03-21')).toBe('21 March 2023');
		expect(formatArticleDate('March 2023')).toBe('March 2023');
		expect(formatArticleDate('2023-02-31')).toBe('2023-02-31');
	});
});
