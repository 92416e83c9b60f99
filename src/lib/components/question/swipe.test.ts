import { describe, expect, it } from 'vitest';
import { SWIPE_DISTANCE, swipeRating } from './swipe';

describe('swipeRating', () => {
	it('rates Good to the right and Again to the left once the finger has gone far enough', () => {
		expect(swipeRating(SWIPE_DISTANCE, 0)).toBe('good');
		expect(swipeRating(-150, 30)).toBe('again');
	});

	it('ignores short moves and scrolling', () => {
		expect(swipeRating(SWIPE_DISTANCE - 1, 0)).toBeUndefined();
		expect(swipeRating(-40, 2)).toBeUndefined();
		expect(swipeRating(100, 140)).toBeUndefined();
		expect(swipeRating(-100, -101)).toBeUndefined();
	});
});
