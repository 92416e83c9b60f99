import { buildPeople } from './people';
import { attributeQuotes, findQuotes } from './quotes';
import { segment } from './segment';

/** Test use only: each quote's speaker as "kind:name:confidence", or undefined for a quote given to nobody. */
export function speakerKinds(text: string): (string | undefined)[] {
	const seg = segment(text);
	const people = buildPeople({ text, ...seg });
	return attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs)).map((a) => {
		const e = a.speaker === undefined ? undefined : people.entities[a.speaker]!;
		return e && `${e.kind}:${e.name}:${a.confidence}`;
	});
}
