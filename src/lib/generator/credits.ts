/**
 * The reporting credits ("X reported from Moscow, and Y from Taipei"): a byline, not content. The names in it are
 * reporters, never sources, so they are found here once and excluded everywhere else.
 */
const CREDIT_CUE =
	/\b(?:reported from|reported by|contributed reporting|reporting was contributed|contributed to (?:this|the) (?:report|article)|(?:report|article) was contributed|additional reporting|reporting by|writing by|editing by)\b/i;

/**
 * Closed-class words that never stand in a reporter's name: before a credit phrase they make it the sentence's own
 * words ("No injuries were reported from the blast", "discovered and reported by Kell Security", "In reporting by
 * the Kell media").
 */
const NOT_IN_A_NAME =
	/^(?:a|an|the|this|was|were|is|are|be|been|being|has|have|had|and|or|in|on|at|of|for|to|with|not|no)$/i;

/**
 * A credits paragraph is short, names its reporters with a credit phrase that opens its sentence or follows their
 * names alone ("Reporting by …", "valerie hopkins reported from Moscow"), and quotes nobody.
 */
export function isCreditsParagraph(paragraph: string): boolean {
	if (paragraph.length >= 1200 || /[“”"]/.test(paragraph)) return false;
	const cue = CREDIT_CUE.exec(paragraph);
	if (!cue) return false;
	const lead = paragraph
		.slice(0, cue.index)
		.split(/[.!?;]\s+/)
		.pop()!
		.trim();
	return lead === '' || lead.split(/\s+/).every((word) => !NOT_IN_A_NAME.test(word));
}

export interface CreditName {
	name: string;
	start: number;
	end: number;
}

const PREFIX =
	/^\s*(?:(?:the )?(?:report|article|reporting)(?: was)? contributed by|(?:additional )?reporting by|writing by|editing by|by)\s+/i;
const NAME = /^[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){1,3}/u;
const STOP = /^(?:the|was|report|reporting|by|from|of|in|and|contributed|reported|to|this|article)$/i;

/** Names in a credits paragraph, with offsets relative to `offset` (the paragraph's start in the text). */
export function creditNames(paragraph: string, offset = 0): CreditName[] {
	const names: CreditName[] = [];
	for (const piece of paragraph.matchAll(/[^;,.]+?(?=\s+and\s+|[;,]|\.(?:\s|$)|$)/g)) {
		let text = piece[0].replace(/^\s*and\s+/i, (m) => ' '.repeat(m.length));
		const prefix = PREFIX.exec(text);
		let at = piece.index;
		if (prefix) {
			at += prefix[0].length;
			text = text.slice(prefix[0].length);
		}
		const lead = text.length - text.trimStart().length;
		at += lead;
		text = text.trimStart();
		const cut = text.search(/\s+(?:reported|from|of|in|contributed)\b/i);
		const candidate = cut >= 0 ? text.slice(0, cut) : text.trimEnd();
		const match = NAME.exec(candidate);
		if (!match || match[0].length !== candidate.length) continue;
		if (match[0].split(/\s+/).some((word) => STOP.test(word))) continue;
		names.push({ name: match[0], start: offset + at, end: offset + at + match[0].length });
	}
	return names;
}
