import { describe, expect, it } from 'vitest';
import { buildPeople } from './people';
import { attributeQuotes, findQuotes } from './quotes';
import { segment } from './segment';

function attribute(text: string) {
	const seg = segment(text);
	const people = buildPeople({ text, ...seg });
	return attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs)).map((a) => ({
		quote: text.slice(a.quote.start, a.quote.end),
		speaker: a.speaker === undefined ? undefined : people.entities[a.speaker]!.name,
		confidence: a.confidence
	}));
}

describe('quotes', () => {
	it('attributes "X, a ROLE, told reporters" and "said X" and keeps nested quotes unattributed', () => {
		const got = attribute(
			'“Relax, ‘we are with you,’ and stay,” said Alexander Gabuev, a fellow at Carnegie. “It is clear,” John F. Kirby, a spokesman, told reporters.'
		);
		expect(got).toEqual([
			{ quote: 'Relax, ‘we are with you,’ and stay', speaker: 'Alexander Gabuev', confidence: 'high' },
			{ quote: 'we are with you', speaker: undefined, confidence: 'low' },
			{ quote: 'It is clear', speaker: 'John F. Kirby', confidence: 'high' }
		]);
	});

	it('follows he-chains back to the main-clause subject, not the nearest name', () => {
		const text =
			'Mr Alexander Gabuev said the deal was a “fig leaf” for China. He added that Mr. Xi Jinping wanted more.\n\n“It is beneficial for China,” he said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Alexander Gabuev', 'Alexander Gabuev']);
	});

	it('splits around "she said" and continues into the next paragraph', () => {
		const text =
			'"We will act," said Dana Reyes, a council member. "Nobody wants this," she said, "but it must be done.\n\n"We cannot wait."\n\nOthers disagreed.';
		expect(attribute(text).map((q) => [q.quote, q.speaker])).toEqual([
			['We will act', 'Dana Reyes'],
			['Nobody wants this', 'Dana Reyes'],
			['but it must be done.', 'Dana Reyes'],
			['We cannot wait.', 'Dana Reyes']
		]);
	});

	it('gives "it said" to the statement and an unnamed spokesman his own name', () => {
		const text =
			'The leaders issued a joint statement.\n\nThis year, the statement was measured.\n\n“Relations are strong,” it said. A Foreign Ministry spokesman responded by saying that Japan should “help calm the situation”.';
		const got = attribute(text);
		expect(got[0]?.speaker).toBe('the joint statement');
		expect(got[1]?.speaker).toBe('a Foreign Ministry spokesman');
	});

	it('does not let a quote with an unresolvable cue inherit the previous speaker', () => {
		const text = '“First,” said Dana Reyes, a council member.\n\n“Second,” they said.';
		expect(attribute(text)[1]?.speaker).not.toBe('Dana Reyes');
	});

	it('gives a quote after "but warned that" to the subject of the first verb', () => {
		const got = attribute(
			'The American Hospital Association said in a statement that it supported "transparency that helps patients" but warned that the data could be "misleading without context."'
		);
		expect(got.map((g) => g.speaker)).toEqual([
			'the American Hospital Association',
			'the American Hospital Association'
		]);
	});

	it('names an unnamed source by the whole phrase that introduced it', () => {
		const got = attribute(
			'A spokesperson for the secretary of state\'s office said officials needed a map. "Every week of delay makes it harder," the spokesperson said.'
		);
		expect(got[0]?.speaker).toBe("a spokesperson for the secretary of state's office");
	});
	it('gives a quote to an organisation whose name has "and" in it, written without its country code', () => {
		const text =
			'A mussel was found, the U.S. Fish and Wildlife Service said.\n\nThe Fish and Wildlife Service said in a statement that the find was "a reminder that no river is a lost cause."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the U.S. Fish and Wildlife Service']);
	});
});
