import type { Moment } from '$lib/srs/day';

export interface Clock {
	now(): number;
	/** As `Date.getTimezoneOffset()` gives it, read at each answer: the student may have crossed a border. */
	tzOffsetMinutes(): number;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	tzOffsetMinutes: () => new Date().getTimezoneOffset()
};

/** The instant and the clock's offset read together, as the study day needs them. */
export function momentOf(clock: Clock): Moment {
	return { at: clock.now(), tzOffsetMinutes: clock.tzOffsetMinutes() };
}
