/**
 * A bank's explanation restates what the feedback already shows: "The article says: “…”" is the evidence sentence
 * printed right below it, and "X said “…”" repeats the quote. On a phone every repeated line pushes the marked
 * sentence below the fold, so the feedback shows only the part of an explanation that is not on screen already
 * (a speaker's role, who it really was in a true/false question, the date a "last month" stands for).
 */

/** Words too common to tell anything: a sentence made of these and visible words adds nothing. */
const FILLER = new Set([
	'a',
	'an',
	'and',
	'are',
	'article',
	'as',
	'at',
	'by',
	'false',
	'for',
	'from',
	'in',
	'is',
	'it',
	'not',
	'of',
	'on',
	'or',
	'said',
	'say',
	'says',
	'that',
	'the',
	'this',
	'to',
	'true',
	'was',
	'were',
	'with'
]);

/** "John F. Kirby", "Mr. Kishida": a full stop after an initial or a title does not end the sentence. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof)$/u;
const QUOTE = /“([^”]*)”/gu;
const SAYS_LEAD = /^(?:(?:True|False)[.:]\s*)?The article says:\s*/u;

function words(text: string): string[] {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** Sentences, keeping a quotation whole even when it holds full stops of its own. */
function sentences(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '“') depth++;
		else if (c === '”') depth = Math.max(0, depth - 1);
		else if (
			depth === 0 &&
			(c === '.' || c === '!' || c === '?') &&
			/\s/.test(text[i + 1] ?? ' ') &&
			!(c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 4), i)))
		) {
			out.push(text.slice(start, i + 1).trim());
			start = i + 1;
		}
	}
	const rest = text.slice(start).trim();
	if (rest) out.push(rest);
	return out.filter(Boolean);
}

/**
 * What of `explanation` is not already in `visible` (the prompt, choices, answers and evidence on screen), or
 * undefined when nothing is. Quotations the student can already read are dropped ("X said “…”" becomes "X said
 * it"), an "The article says:" lead goes with its quotation, and a sentence whose every telling word is on screen
 * is left out.
 */
export function explanationNote(
	explanation: string | undefined,
	visible: readonly string[],
	answer?: string
): string | undefined {
	if (!explanation) return undefined;
	const seen = new Set(visible.flatMap(words));
	const shown = (text: string) => {
		const all = words(text);
		return all.length > 0 && all.filter((word) => seen.has(word)).length >= all.length * 0.8;
	};
	const kept: string[] = [];
	for (const sentence of sentences(explanation)) {
		const quotedAway = sentence.replace(QUOTE, (whole, inner: string) => (shown(inner) ? '\uE000' : whole));
		let rest = quotedAway;
		if (rest !== sentence && SAYS_LEAD.test(rest))
			rest = rest.replace(SAYS_LEAD, '').replace(/^\uE000\s*/u, '');
		rest = rest
			.replace(/\bsaid\s+\uE000/gu, 'said it')
			.replace(/\uE000/gu, '')
			.replace(/\s+([.,;:])/gu, '$1')
			.replace(/^[\s.,;:]+|[\s,;:]+$/gu, '')
			.trim();
		if (!rest) continue;
		// "(March 21, 2023)": what a date answer such as "last month" stands for, once its sentence is gone.
		const bare = /^\((.+)\)\.?$/u.exec(rest)?.[1];
		const telling = words(bare ?? rest).filter((word) => !FILLER.has(word));
		if (telling.length === 0 || telling.every((word) => seen.has(word))) continue;
		if (bare) rest = answer ? `“${answer}” here means ${bare}.` : bare;
		kept.push(/[.!?”)]$/u.test(rest) ? rest : `${rest}.`);
	}
	return kept.length > 0 ? kept.join(' ') : undefined;
}

/** Words of a quotation kept in an answered prompt: enough to recognise it, the sentence below gives the rest. */
const QUOTE_LEAD_WORDS = 8;

/**
 * The prompt as shown once answered. A prompt that quotes the article ("When? Complete the sentence: “…”") says
 * again what the marked sentence right below says in full; on a phone the two together push that sentence off the
 * screen. So a long quotation the evidence holds is cut to its first words; anything else is left as it is.
 */
export function answeredPrompt(prompt: string, evidence: readonly string[]): string {
	const seen = new Set(evidence.flatMap(words));
	return prompt.replace(QUOTE, (whole, inner: string) => {
		// "When the two met, … It was a change …": the lead-in before " … " is not in the evidence, so it stays.
		const cut = inner.lastIndexOf(' … ');
		const leadIn = cut > 0 ? inner.slice(0, cut + ' … '.length) : '';
		const body = inner.slice(leadIn.length);
		const quoted = words(body);
		if (quoted.length <= QUOTE_LEAD_WORDS + 4) return whole;
		if (quoted.filter((word) => seen.has(word)).length < quoted.length * 0.8) return whole;
		const lead = body.split(/\s+/u).slice(0, QUOTE_LEAD_WORDS).join(' ');
		return `“${leadIn}${lead.replace(/[\s,;:.]+$/u, '')} …”`;
	});
}
