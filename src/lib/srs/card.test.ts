import { describe, expect, it } from 'vitest';
import { gradeObjective, practiceLog } from './card';

describe('grading', () => {
	it('rates a wrong objective answer Again and a right one Good, never Hard', () => {
		expect(gradeObjective(false)).toBe('again');
		expect(gradeObjective(true)).toBe('good');
	});
});

describe('practiceLog', () => {
	it('records a practice answer with its time and offset and nothing to reschedule', () => {
		const log = practiceLog('deck/q1', 'again', { at: 1000, tzOffsetMinutes: -60 });
		expect(log).toEqual({
			cardId: 'deck/q1',
			at: 1000,
			tzOffsetMinutes: -60,
			rating: 'again',
			mode: 'practice'
		});
		expect(JSON.parse(JSON.stringify(log))).toEqual(log);
	});
});
