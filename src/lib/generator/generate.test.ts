import { describe, expect, it } from 'vitest';
import { GeneratorInputError, generateBank } from './generate';
import { deckSlug } from '../domain/format';
import { parseBank } from './bank';

describe('generateBank', () => {
	it('refuses empty, binary and headline-only input with the reason', () => {
		expect(() => generateBank({ text: '  \n ' })).toThrow(/empty/);
		expect(() => generateBank({ text: 'abc\u0000def' })).toThrow(/binary/);
		expect(() => generateBank({ text: 'Just a headline' })).toThrow(GeneratorInputError);
		expect(() => generateBank({ text: 'Title\n\nBody.', date: '21/03/2023' })).toThrow(/YYYY-MM-DD/);
	});

	it('makes a valid bank with an id from the headline', () => {
		const bank = generateBank({
			text: 'Council Votes Yes\n\n“We are ready,” said Dana Reyes, a council member.'
		});
		expect(bank.id).toBe('council-votes-yes');
		expect(parseBank(JSON.parse(JSON.stringify(bank))).facts[0]?.kind).toBe('quote');
		expect(deckSlug('Xi and Putin Bind China and Russia’s Economies')).toBe(
			'xi-and-putin-bind-china-and-russias-economies'
		);
	});
});
