import { describe, expect, it } from 'vitest';
import { paragraphs } from './paragraphs.ts';

describe('paragraphs of a toscaData dump', () => {
	it("starts a paragraph at a run of spaces after a sentence and closes up a link's spaces", () => {
		expect(
			paragraphs('<text>Mourners came from  Brazil  at dawn.  Reid , from  Australia n  farms, spoke.</text>')
		).toEqual(['Mourners came from Brazil at dawn.', 'Reid, from Australian farms, spoke.']);
	});

	it('issue 9 (blind review W22): keeps a sentence whole across a link after an abbreviation', () => {
		expect(
			paragraphs(
				'<text>Riots broke out after a large U.S.  Military cargo truck crashed.  Gen.  Ada Roe spoke.</text>'
			)
		).toEqual(['Riots broke out after a large U.S. Military cargo truck crashed.', 'Gen. Ada Roe spoke.']);
	});
});
