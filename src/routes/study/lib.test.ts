import { describe, expect, it } from 'vitest';
import { modeFrom } from './lib';

describe('small helpers', () => {
	it('reads the mode from the URL', () => {
		expect(modeFrom(new URLSearchParams('mode=practice'))).toBe('practice');
		expect(modeFrom(new URLSearchParams('mode=nonsense'))).toBe('study');
	});
});
