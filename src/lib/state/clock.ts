export interface Clock {
	now(): number;
	/** As `Date.getTimezoneOffset()` gives it, read at each answer: the student may have crossed a border. */
	tzOffsetMinutes(): number;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	tzOffsetMinutes: () => new Date().getTimezoneOffset()
};
