import type { Mark } from '$lib/share/result';

/** How a mark reads: the symbol for the eye, the word for everyone (and for screen readers). */
export const MARKS: Record<Mark, { symbol: string; word: string }> = {
	right: { symbol: '✓', word: 'right' },
	wrong: { symbol: '✗', word: 'wrong' },
	blank: { symbol: '–', word: 'no answer' }
};

/** Counts an answer to one question as right for everyone who gave it; resolves once the gradebook is read again. */
export type AcceptAnswer = (
	questionId: string,
	answer: { normalized: string; text: string }
) => Promise<void>;
