import { describe, expect, it } from 'vitest';
import { paperPrompt } from './paper';

describe('paperPrompt', () => {
	it('issue 11: a typed question asks to write on paper, not to type', () => {
		expect(paperPrompt('Type the missing figure: “a bridge that carries _____ cars a day”')).toBe(
			'Write the missing figure in the blank: “a bridge that carries _____ cars a day”'
		);
		expect(paperPrompt('Type the missing date: “The leaders met _____.”')).toBe(
			'Write the missing date in the blank: “The leaders met _____.”'
		);
	});

	it('leaves every other prompt as it is', () => {
		expect(paperPrompt('Who said this? “Type the missing figure”')).toBe(
			'Who said this? “Type the missing figure”'
		);
	});
});
