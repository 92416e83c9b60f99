import { describe, expect, it } from 'vitest';
import { buildPeople } from './people';
import { attributeQuotes, findQuotes } from './quotes';
import { segment } from './segment';

/** Who said it when a body, a document or a group speaks (stop 60, attr60b). */
function attribute(text: string) {
	const seg = segment(text);
	const people = buildPeople({ text, ...seg });
	return attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs)).map((a) => ({
		quote: text.slice(a.quote.start, a.quote.end),
		speaker: a.speaker === undefined ? undefined : people.entities[a.speaker]!.name
	}));
}

describe('bodies, documents and groups that speak', () => {
	it('a document a speaker names inside their own words is not one they issued (quotedMention)', () => {
		const text =
			'“We came together and passed this resolution,” said Delegate Ada Roe, a Democrat.\n\nThe resolution passed the House 96-0. The resolution says slavery “ranks as the most horrendous of all depredations.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'the resolution']);
	});

	it("a verb of speech in a clause opened after the quote by a subordinator is not the quote's cue (laterClause)", () => {
		const text =
			'An official for the Kell Party told reporters the ad had been pulled because it had "run its course," a day after party chairman Tom Ash defended the ad and said it would run.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['an official for the Kell Party']);
	});

	it('a verb of speech that ends a known name is part of the name, not the subject\'s verb ("The United States said")', () => {
		const text =
			'Iran tested nine missiles.\n\nThe United States claims that the test was "evidence that the threat is real".\n\nThe United Arab Emirates said that sanctions could "complicate the situation."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the United States', 'the United Arab Emirates']);
	});

	it('a pronoun that stresses the subject right after its name leaves the name the subject ("Roe himself commented")', () => {
		const text =
			'A press release was issued by the senator\'s office. And Tom Roe himself commented, "I have never knowingly filed a false form."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Roe']);
	});
});

describe('attr 61: court papers that speak', () => {
	it('an indictment, an affidavit or a petition speaks as a document ("The 28-page indictment alleges that Roe “…”")', () => {
		const text =
			'Senator Tom Roe was indicted on Tuesday.\n\nThe 28-page indictment alleges that Roe "knowingly and willfully engaged in a scheme to conceal" gifts from a company.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the indictment']);
	});

	it('a paragraph whose subject before the quote is a document does not carry on the last speaker (documentLeadIn)', () => {
		const text =
			'Senator Tom Roe was indicted on Tuesday.\n\nThe indictment alleges that Roe "knowingly hid gifts" from a company.\n\nA press release was issued by the office in response to the allegations: "I am innocent of these charges and intend to prove that."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the indictment', undefined]);
	});
});

describe('attr 62: the one a report quotes', () => {
	it('"He reports Roe as saying: “…”" gives the words to the one reported, not the reporter (before:quoted-as)', () => {
		const text =
			'Ann Stewart wrote the story. Tom Smith, the foreign editor, spoke on Monday.\n\nHe reports Stewart as saying after the incident: "I do not know why I did this." The Globe cited Stewart as saying: "It will not happen again."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ann Stewart', 'Ann Stewart']);
	});
});
