import type { Rating } from '$lib/srs/card';

/** An answer as a question collects it: one string, or one per matching pair in the order of `pairs`. */
export type Given = string | string[];

/** What the caller shows once it has graded an answer. */
export interface Feedback {
	correct: boolean;
	/** The right answer, as shown to the student. */
	expected: string;
	given: Given;
}

/** The interval each flashcard rating would give, e.g. { again: '1m', good: '10m' }; absent in practice. */
export type RatingLabels = Partial<Record<Rating, string>>;

export const TYPE_LABELS = {
	'who-said': 'Who said it?',
	'what-said': 'What was said?',
	cloze: 'Complete the quote',
	'true-false': 'True or false',
	'figure-choice': 'Figures',
	'figure-typed': 'Figures',
	'date-choice': 'Dates',
	'date-typed': 'Dates',
	matching: 'Match them up',
	flashcard: 'Flashcard'
} as const;

/** Keys that a global shortcut must leave alone: typing in a field, or a browser/OS shortcut. */
export function isShortcutTarget(event: KeyboardEvent): boolean {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
	const target = event.target as HTMLElement | null;
	if (!target || typeof target.closest !== 'function') return true;
	return !target.closest('input, select, textarea, [contenteditable="true"], dialog, [popover]');
}

/** `u` or Ctrl/⌘+Z outside text fields: Anki's undo keys. */
export function isUndoKey(event: KeyboardEvent): boolean {
	const target = event.target as HTMLElement | null;
	if (
		target &&
		typeof target.closest === 'function' &&
		target.closest('input, select, textarea, [contenteditable="true"]')
	)
		return false;
	if (event.altKey) return false;
	if (event.ctrlKey || event.metaKey) return event.key.toLowerCase() === 'z' && !event.shiftKey;
	return event.key === 'u';
}
