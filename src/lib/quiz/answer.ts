import type { Rating } from '../srs/card';

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
