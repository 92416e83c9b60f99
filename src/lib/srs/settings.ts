/** A (re)learning step as ts-fsrs and Anki write it: minutes, hours or days, e.g. '1m', '10m', '1d'. */
export type Step = `${number}${'m' | 'h' | 'd'}`;

export interface StudySettings {
	/** Probability of recall FSRS aims for when a card comes due. */
	desiredRetention: number;
	/** Longest interval, in days. */
	maximumInterval: number;
	learningSteps: readonly Step[];
	relearningSteps: readonly Step[];
	newPerDay: number;
	/** Review-state cards per day; as in Anki's v3 scheduler it also caps new cards, never learning cards. */
	reviewsPerDay: number;
	/** Local hour at which a new study day begins. */
	dayStartHour: number;
	/**
	 * Spread intervals of 3 days and more by a few percent so cards learnt together do not stay together.
	 * On by default, as in Anki: ts-fsrs seeds the fuzz from the review time and the card's memory state, so
	 * the same answer at the same time always gives the same interval, the buttons show what will be applied
	 * and a replay of the log reproduces the card.
	 */
	enableFuzz: boolean;
}

export const defaultSettings: Readonly<StudySettings> = Object.freeze({
	desiredRetention: 0.9,
	maximumInterval: 36500,
	learningSteps: Object.freeze(['1m', '10m'] as const),
	relearningSteps: Object.freeze(['10m'] as const),
	newPerDay: 20,
	reviewsPerDay: 200,
	dayStartHour: 4,
	enableFuzz: true
});
