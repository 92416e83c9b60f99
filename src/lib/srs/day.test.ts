import { describe, expect, it } from 'vitest';
import { studyDay, studyDayDate, studyDayStart } from './day';

const at4 = { dayStartHour: 4 };

describe('study days', () => {
	it('begin at the day-start hour local time, not at UTC midnight', () => {
		// New York in winter (UTC-5): Tuesday 7 January 2025, 02:00 and 05:00 local.
		const early = { at: Date.UTC(2025, 0, 7, 7), tzOffsetMinutes: 300 };
		const late = { at: Date.UTC(2025, 0, 7, 10), tzOffsetMinutes: 300 };
		expect(studyDayDate(studyDay(early, at4))).toBe('2025-01-06');
		expect(studyDayDate(studyDay(late, at4))).toBe('2025-01-07');
	});

	it('start at the given hour for the given offset', () => {
		const day = studyDay({ at: Date.UTC(2025, 6, 1, 12), tzOffsetMinutes: -120 }, at4);
		expect(new Date(studyDayStart(day, -120, at4)).toISOString()).toBe('2025-07-01T02:00:00.000Z');
		expect(new Date(studyDayStart(day, 330, at4)).toISOString()).toBe('2025-07-01T09:30:00.000Z');
	});

	it('are numbered so consecutive days differ by one, including across the DST change', () => {
		const before = studyDay({ at: Date.UTC(2025, 2, 29, 12), tzOffsetMinutes: -60 }, at4);
		const after = studyDay({ at: Date.UTC(2025, 2, 30, 12), tzOffsetMinutes: -120 }, at4);
		expect(after - before).toBe(1);
	});

	it('with midnight as the day start, follow the local calendar', () => {
		const moment = { at: Date.UTC(2025, 0, 6, 23, 30), tzOffsetMinutes: -60 };
		expect(studyDayDate(studyDay(moment, { dayStartHour: 0 }))).toBe('2025-01-07');
	});
});
