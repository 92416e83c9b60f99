import { describe, expect, it } from 'vitest';
import { describeWhen, formatDuration, modeFrom, percent } from './lib';

const noon = new Date(2026, 0, 5, 12, 0).getTime();

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

describe('formatDuration', () => {
	it('reads like a person would say it', () => {
		expect(formatDuration(44_600)).toBe('45 s');
		expect(formatDuration(200_000)).toBe('3 min 20 s');
		expect(formatDuration(3_900_000)).toBe('1 h 5 min');
	});
});

describe('small helpers', () => {
	it('reads the mode from the URL and guards against dividing by zero', () => {
		expect(modeFrom(new URLSearchParams('mode=practice'))).toBe('practice');
		expect(modeFrom(new URLSearchParams('mode=nonsense'))).toBe('study');
		expect(percent(0, 0)).toBe('–');
		expect(percent(2, 3)).toBe('67%');
	});
});
