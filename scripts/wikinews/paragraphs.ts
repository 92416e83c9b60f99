/** The text of a toscaData dump's article (dump.R) as paragraphs: the entities decoded, the wiki's marks removed. */

const ENTITIES: Record<string, string> = {
	quot: '"',
	amp: '&',
	lt: '<',
	gt: '>',
	nbsp: ' ',
	apos: "'",
	ndash: '–',
	mdash: '—',
	hellip: '…'
};
const decode = (text: string) =>
	text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
		const hex = name[1] === 'x' || name[1] === 'X';
		return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
	});
// "&amp;quot;" is written twice over in some articles.
export const decodeTwice = (text: string) => decode(decode(text));
export const plain = (title: string) =>
	title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/**
 * The dump joins a page's paragraphs with runs of spaces and leaves a space where each wiki link was ("Brazil  at
 * the funeral", "Reid , from Nevada", "Australia n"): two or more spaces after a sentence's end and before a capital
 * start a paragraph, unless the full stop is an abbreviation's ("a large U.S.  Military truck", "Gen.  Ada Roe"
 * were one sentence round a link); elsewhere spaces close up before punctuation and before a suffix.
 */
export function paragraphs(raw: string): string[] {
	const text = decodeTwice(raw.replace(/^<text[^>]*>/, '').replace(/<\/text>\s*$/, ''))
		.replace(/'''?/g, '')
		.replace(/\bw:(?=\w)/g, '')
		.replace(/\u00a0/g, ' ');
	return text
		.split(
			/(?<=[.!?:"”’)])(?<!\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|No)\.)\s{2,}(?=["“‘(]?[A-Z0-9])/u
		)
		.map((p) =>
			p
				.replace(/\s+/g, ' ')
				.replace(/ ([,.;:!?)])/g, '$1')
				.replace(/\( /g, '(')
				.replace(/ ('s|’s|n't)\b/g, '$1')
				// "[[India]]n", "[[Iraq]]i": a link's word and the suffix after it, which no English word is alone.
				.replace(/(\p{Lu}\p{Ll}+) (n|ns|ese|ian|ians|i|s|ish)\b/gu, '$1$2')
				.trim()
		)
		.filter((p) => p !== '');
}
