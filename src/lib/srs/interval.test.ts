import { describe, expect, it } from 'vitest';
import { intervalLabel } from './interval';

const MIN = 60;
const DAY = 86_400;

describe('intervalLabel', () => {
	it.each([
		[0, '<1m'],
		[30, '<1m'],
		[MIN, '1m'],
		[6 * MIN, '6m'],
		[10 * MIN, '10m'],
		[59 * MIN, '59m'],
		[60 * MIN, '1h'],
		[90 * MIN, '1.5h'],
		[DAY, '1d'],
		[2 * DAY, '2d'],
		[30 * DAY, '30d'],
		[31 * DAY, '1mo'],
		[40 * DAY, '1.3mo'],
		[46 * DAY, '1.5mo'],
		[364 * DAY, '12mo'],
		[365 * DAY, '1y'],
		[498 * DAY, '1.4y'],
		[36500 * DAY, '100y']
	])('%i seconds → %s', (seconds, label) => {
		expect(intervalLabel(seconds)).toBe(label);
	});
});
