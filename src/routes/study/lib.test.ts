import { describe, expect, it } from 'vitest';
import { modeFrom, studyRequest } from './lib';

describe('small helpers', () => {
	it('reads the mode from the URL', () => {
		expect(modeFrom(new URLSearchParams('mode=practice'))).toBe('practice');
		expect(modeFrom(new URLSearchParams('mode=nonsense'))).toBe('study');
	});

	it('issue 10: the study load reads one deck or all of them, and the mode, from the URL', () => {
		expect(studyRequest(new URLSearchParams('deck=d-1&mode=ahead'))).toEqual({
			deckId: 'd-1',
			mode: 'ahead'
		});
		expect(studyRequest(new URLSearchParams('deck='))).toEqual({ deckId: undefined, mode: 'study' });
		expect(studyRequest(new URLSearchParams(''))).toEqual({ deckId: undefined, mode: 'study' });
	});
});
