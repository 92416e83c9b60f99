import type { Clock } from './clock';

/** Test helper: a clock standing at `at` (UTC, no offset) until a test moves `at`. */
export function clockAt(at: number): Clock & { at: number } {
	return {
		at,
		now() {
			return this.at;
		},
		tzOffsetMinutes: () => 0
	};
}
