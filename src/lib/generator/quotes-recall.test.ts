import { describe, expect, it } from 'vitest';
import { buildPeople } from './people';
import { attributeQuotes, findQuotes } from './quotes';
import { segment } from './segment';

/** Recall on real reporting (stop 37): quotes whose speaker a careful reader is sure of, which went to nobody. */
function speakers(text: string) {
	const seg = segment(text);
	const people = buildPeople({ text, ...seg });
	return attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs)).map((a) =>
		a.speaker === undefined || a.confidence !== 'high' ? undefined : people.entities[a.speaker]!.name
	);
}

describe('issue 9, stop 37: quotes given to nobody', () => {
	it('a surname that spells an auxiliary or a verb of speech names its holder before the cue', () => {
		const text =
			'Columnist Marta Will and Harlow chief executive Ian Read spoke on Monday.\n\n' +
			'“The race is wide open,” Will wrote.\n\n' +
			'“We looked at every rule,” Read said.\n\n' +
			'Read said the merger was “a good deal for everyone.”';
		expect(speakers(text)).toEqual(['Marta Will', 'Ian Read', 'Ian Read']);
	});

	it('still skips a lower-case auxiliary between the name and the cue, and keeps a first name its holder', () => {
		const text =
			'Ada Moss and Will Tarrant met on Monday.\n\n“We are closed,” Ada Moss will say on Friday.\n\n“So are we,” Will Tarrant said.';
		expect(speakers(text)).toEqual(['Ada Moss', 'Will Tarrant']);
	});

	it('a fragment in the clause of a pledge, promise, vow or threat is the words of its subject', () => {
		const text =
			'Senator Dale Pike and Ana Ruiz campaigned in Ohio on Monday.\n\n' +
			'Pike pledged Saturday to rid the county of “this barbarous racket” but said little about how.\n\n' +
			'The two have used harsh words, with Ruiz recently promising to “sweep them all out of office.”\n\n' +
			'Pike vowed to answer every voter who called him “a quitter.”\n\n' +
			'Ruiz threatened to sue the paper over its report that she was “a liar.”';
		const got = speakers(text);
		expect(got.slice(0, 2)).toEqual(['Dale Pike', 'Ana Ruiz']);
		// Words after a relative or a possessive may be someone else's: the critics', the paper's.
		expect(got[2]).not.toBe('Dale Pike');
		expect(got[3]).toBeUndefined();
	});

	it('a quote opening its sentence with its comma left out, then only a name and a verb of speech, is that person’s', () => {
		const text =
			'Ada Lund, an Ohio organiser, spoke on Monday.\n\n' +
			'“The caucus is a battle of niches” Lund said. “Fuel is a strong niche here.”\n\n' +
			'He wore a cap reading “Keep Ohio Working” Lund said.\n\n' +
			'“Keep Ohio Working” Lund believes.';
		expect(speakers(text)).toEqual(['Ada Lund', 'Ada Lund', undefined, undefined]);
	});

	it('a party tag in brackets after the name leaves it the subject of the appositive and verb after it', () => {
		const text =
			'The panel met in Dayton on Monday.\n\n' +
			'Rep. Ana Ruiz (D-Ohio), chair of the Platform Committee, said that it was “committed to an open process.”\n\n' +
			'Tom Kell (R-Ohio), a member of the panel, said the plan was “dead on arrival.”';
		expect(speakers(text)).toEqual(['Ana Ruiz', 'Tom Kell']);
	});

	it('an opening mark glued to the word before it and followed by a space closes the quote, as a mistyped closing mark', () => {
		const text =
			'Senator Ted Marsh, a hopeful, called the group “abhorrent“ in a post on Sunday.\n\n' +
			'Jo Reyes was shocked. “Do you want to be linked to that?“ she asked.';
		const seg = segment(text);
		const quotes = findQuotes(text, seg.paragraphs).map((q) => text.slice(q.start, q.end));
		expect(quotes).toEqual(['abhorrent', 'Do you want to be linked to that?']);
		expect(speakers(text)).toEqual(['Ted Marsh', 'Jo Reyes']);
	});
});
