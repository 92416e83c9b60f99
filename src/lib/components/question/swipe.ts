import type { Rating } from '$lib/srs/card';

/** How far a finger must travel sideways before letting go rates the card; shorter moves are taps or wobbles. */
export const SWIPE_DISTANCE = 80;

/**
 * The rating a sideways swipe on a revealed flashcard gives: right is Good, left is Again, as in flashcard apps.
 * A mostly vertical move is the page scrolling, never a rating.
 */
export function swipeRating(dx: number, dy: number): Extract<Rating, 'good' | 'again'> | undefined {
	if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dy) > Math.abs(dx)) return undefined;
	return dx > 0 ? 'good' : 'again';
}
