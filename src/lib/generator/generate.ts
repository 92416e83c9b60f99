import { readInterview, type Interview } from './interview';
import { parseBank, BANK_SCHEMA_VERSION, type Bank, type Person, type QuoteFact } from './bank';
import { clean, isFurniture } from './clean';
import { extractDates } from './dates';
import { extractFigures } from './figures';
import { buildPeople } from './people';
import {
	CUE_AUXILIARIES,
	CUE_VERBS,
	cueMatches,
	isFiniteCue,
	isParticipleCue,
	isSourcePhrase,
	isSpeech,
	isThoughtCue
} from './cues';
import type { Entity, PeopleTable } from './people';
import {
	FINITE_AUXILIARY,
	makeQuestions,
	subjectless,
	writtenCue,
	type Omitted,
	type QuoteInfo
} from './questions';
import {
	attributeQuotes,
	continuesAcrossCue,
	findQuotes,
	joinedQuote,
	type Attribution,
	type QuoteSpan
} from './quotes';
import type { SentenceSpan } from './segment';
import { hash } from './hash';
import { isFiniteForm, lexiconTags } from './lexicon';
import { segment, sentenceIndexAt } from './segment';
import { deckSlug } from '../domain/format';

/**
 * The pipeline: clean → segment → people, quotes, figures, dates → questions → validate. Pure (no Node or DOM
 * APIs), so the CLI and the import screen's Web Worker run the same code.
 */
export interface GenerateInput {
	text: string;
	id?: string;
	/** The article's date, YYYY-MM-DD: resolves "Tuesday" and "last year". */
	date?: string;
	source?: string;
	authors?: string[];
	seed?: number;
	/** At most this many questions (DECK_CAP unless given). */
	cap?: number;
}

export class GeneratorInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'GeneratorInputError';
	}
}

/** Why a text cannot be an article, or undefined when it can. */
export function inputProblem(text: string): string | undefined {
	if (!text.trim()) return 'the article is empty';
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) controls++;
	}
	if (text.includes('\u0000') || controls > Math.max(2, text.length / 1000))
		return 'the article looks binary, not plain text';
	if (!/\p{L}{2,}/u.test(text)) return 'the article has no words';
	return undefined;
}

/** A bank, and what the deck cap left out (facts without questions, by kind). */
export interface Generated {
	bank: Bank;
	omitted: Omitted;
}

export function generate(input: GenerateInput): Generated {
	const problem = inputProblem(input.text);
	if (problem) throw new GeneratorInputError(problem);
	if (input.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.date))
		throw new GeneratorInputError(`the article date "${input.date}" is not YYYY-MM-DD`);
	const seed = input.seed ?? 1;

	const cleaned = clean(input.text).text;
	const lineEnd = cleaned.search(/\n|$/);
	const title = cleaned.slice(0, lineEnd).trim();
	const text = cleaned.slice(lineEnd).replace(/^\s+/, '');
	if (!text) throw new GeneratorInputError('the article has a headline but no text below it');

	const { paragraphs, sentences } = segment(text);
	const furniture = sentences.filter((s) => isFurniture(text.slice(s.start, s.end)));
	const furnished = new Set(furniture);
	const told = sentences.filter((s) => !furnished.has(s));
	const dates = extractDates(text, told, input.date);
	const figures = extractFigures(text, told);
	const people = buildPeople({ text, paragraphs, sentences, authors: input.authors });
	// A correction's quote ("reported that she had “talked …”") is the earlier article's, said by nobody here.
	const attributions = attributeQuotes(text, sentences, people, findQuotes(text, paragraphs)).filter(
		(a) => !furniture.some((s) => a.quote.start >= s.start && a.quote.start < s.end)
	);

	const quotes: QuoteInfo[] = [];
	const usedIds = new Set<string>();
	const halves = splitHalves(text, attributions);
	const unasked: QuoteFact[] = [];
	const stored = new Map<QuoteFact, QuoteFact>();
	for (const a of attributions) {
		const speaker = a.speaker === undefined ? undefined : people.entities[a.speaker];
		const quote = text.slice(a.quote.start, a.quote.end);
		const pair = halves.get(a);
		const content = `${quote.toLowerCase().replace(/\s+/g, ' ')}|${speaker?.name ?? ''}`;
		let id = `quote-${hash(content)}`;
		for (let n = 2; usedIds.has(id); n++) id = `quote-${hash(`${content}|${n}`)}`;
		usedIds.add(id);
		const fact: QuoteFact = {
			id,
			kind: 'quote',
			quote,
			speaker: speaker ? { name: speaker.name, role: speaker.role, id: speaker.id } : { name: '', role: '' },
			confidence: a.confidence,
			evidence: { start: a.quote.start, end: a.quote.end }
		};
		// A quote split by its cue is asked once, of its first half, shown whole; each half stays a fact of its own.
		if (pair?.[1] === a) {
			unasked.push(fact);
			continue;
		}
		const asked = pair ? { ...fact, quote: joinedQuote(text, pair[0].quote, pair[1].quote) } : fact;
		if (pair) stored.set(asked, fact);
		const leadIn = fragmentLeadIn(text, sentences, a.quote, a.leadFrom, speaker?.kind === 'organisation');
		const evidence = pair ? bothSentences(pair) : a.evidence;
		quotes.push({
			fact: asked,
			speaker,
			evidence,
			nested: a.quote.parent !== undefined,
			...(leadIn ? { leadIn } : {}),
			...((pair ?? [a]).some((h) => writtenAround(text, h.quote)) ? { written: true } : {})
		});
	}

	const interview = readInterview(text, {
		title,
		names: people.entities.filter((e) => e.kind === 'person' && e.named).map((e) => e.name)
	});
	if (interview) quotes.push(...answerQuotes(text, sentences, interview, people, quotes, usedIds));
	const { questions, omitted } = makeQuestions({
		text,
		quotes,
		figures,
		dates,
		entities: people.entities,
		seed,
		...(input.date ? { articleDate: input.date } : {}),
		sourceAt: sourceFinder(text, sentences, attributions, people),
		title,
		...(input.cap !== undefined ? { cap: input.cap } : {}),
		...(interview ? { interview } : {})
	});
	const cited = new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
	const table: Person[] = people.entities
		.filter((e) => e.mentions.length > 0 || cited.has(e))
		.map((e) => ({
			id: e.id,
			kind: e.kind,
			name: e.name,
			role: e.role,
			named: e.named,
			mentions: e.mentions.length
		}));

	const bank: Bank = {
		schema: BANK_SCHEMA_VERSION,
		id: input.id ?? deckSlug(title),
		title,
		article: {
			title,
			...(input.date ? { date: input.date } : {}),
			...(input.source ? { source: input.source } : {}),
			...(input.authors?.length ? { authors: input.authors } : {}),
			text
		},
		seed,
		people: table,
		facts: [...quotes.map((q) => stored.get(q.fact) ?? q.fact), ...unasked, ...figures, ...dates].sort(
			(a, b) => a.evidence.start - b.evidence.start || a.id.localeCompare(b.id)
		),
		questions
	};
	// Validate what we emit with the same rules the app applies to what it imports.
	return { bank: parseBank(bank), omitted };
}

/** Makes a bank from an article (what the CLI and the tests use); `generate` also says what the cap left out. */
export function generateBank(input: GenerateInput): Bank {
	return generate(input).bank;
}

/**
 * The quote's cue is a verb of writing ("she wrote", "tweeted that"): read in the words next to its marks, up to
 * another quote or the sentence's end, so that "wrote" said of someone else further on ("…,” and a critic wrote")
 * does not make the quote written.
 */
function writtenAround(text: string, q: QuoteSpan): boolean {
	// Not past the paragraph, another quote's mark or the sentence's end ("Dr." is no end).
	const before = text
		.slice(Math.max(0, q.open - 240), q.open)
		.split(/\n|(?<=\p{Ll}{3})[.!?]\s|[”"]/u)
		.pop()!
		.split(/\s+/)
		.slice(-25)
		.join(' ');
	// A quote ending on its full stop ends its sentence: the words after it belong to the next one.
	if (/\.\s*$/.test(text.slice(q.start, q.end))) return writtenCue(before);
	const after = text
		.slice(q.close, q.close + 120)
		.split(/\n|(?<=\p{Ll}{3})[.!?](?:\s|$)|[“"]/u)[0]!
		.split(/\s+/)
		.slice(0, 10)
		.join(' ');
	return writtenCue(`${before} ${after}`);
}

/** A mark opening right after an article or a possessive: the quoted words are inside a noun phrase. */
const SCARE_LEAD = /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+[“"‘']?$/i;
/** A subordinator and a pronoun subject before the verb that leads in: "Although she also", "But he". */
const CLAUSE_OPENER =
	/^(?:(?:although|though|while|whereas|because|but|and|so|yet|as)\s+)?(?:he|she|we|i)\s+(?:(?:also|later|then|again|still|\p{Ll}+ly)\s+)*(?=\p{Ll}+ed\b)/iu;

/**
 * A lead-in cut at a comma that opens on a subordinator: "…, despite the fact that the economy was “past the
 * bottom”" would ask "Who said despite the fact that …?"; the clause after it is what was said.
 */
const SUBORDINATOR =
	/^(?:(?:despite|in\s+spite\s+of)\s+the\s+fact\s+that|(?:even\s+)?though|although|because|whereas)\s+/i;

/**
 * Words that may follow a quoted fragment whose clause is whole: a conjunction, a preposition, a relative, a word
 * of time, or the speaker's pronoun and cue.
 */
const CLAUSE_DONE =
	/^(?:and|but|or|nor|so|yet|because|which|who|whom|that|as|after|before|when|while|since|until|if|though|although|than|in|on|at|for|with|to|from|by|of|over|during|about|against|into|under|yesterday|today|tomorrow|last|this|next|earlier|later|again|too|also|now|then|he|she|they|we|i|it|according|said|says|added|told)\b/i;

/** After a quote's closing mark, the sentence goes on with words of the same clause: "… “cabinets” wound up …". */
export function clauseGoesOn(after: string): boolean {
	const next = /^[”"’']*\s+(\p{Ll}[\p{L}'’-]*)/u.exec(after);
	return next !== null && !CLAUSE_DONE.test(next[1]!);
}

/**
 * Both halves of each quote split by its cue mid-sentence (`continuesAcrossCue`), by either half, when one speaker
 * says both.
 */
function splitHalves(
	text: string,
	attributions: readonly Attribution[]
): Map<Attribution, [Attribution, Attribution]> {
	const top = attributions
		.filter((a) => a.quote.parent === undefined)
		.sort((a, b) => a.quote.open - b.quote.open);
	const halves = new Map<Attribution, [Attribution, Attribution]>();
	for (let i = 0; i + 1 < top.length; i++) {
		const pair: [Attribution, Attribution] = [top[i]!, top[i + 1]!];
		if (pair[0].speaker === pair[1].speaker && continuesAcrossCue(text, pair[0].quote, pair[1].quote))
			for (const half of pair) halves.set(half, pair);
	}
	return halves;
}

const bothSentences = ([first, second]: [Attribution, Attribution]) => ({
	start: Math.min(first.evidence.start, second.evidence.start),
	end: Math.max(first.evidence.end, second.evidence.end)
});

/** "that the two " before a verb: a subject of the reported clause's own; "that he (has)" is the speaker's. */
const REPORTED_SUBJECT =
	/\bthat\s+(?!(?:he|she)(?:\s+(?:has|had|have|would|will|was|is|did|does|could))?\s+$)[^\s,;:“”"]+(?:\s+[^\s,;:“”"]+){0,3}\s+$/i;

/** The participles of cues that name whom the words were told to before them: "telling her family she was …". */
const LISTENER_CUES = new Set([
	CUE_VERBS.tell.participle,
	CUE_VERBS.assure.participle,
	CUE_VERBS.warn.participle
]);

/**
 * "said his initial comments on Qana were “…”", "Hagee's comments from 2007 that “…”": a cue that is also a noun for
 * what was said, after a possessive or an article (an adjective between them or none), is that noun, and no verb to
 * cut the lead-in at. Read as the cue, it asked "Who comments on Qana were “…”?".
 */
function cueAsNoun(cue: string, before: string): boolean {
	if (!NOUN_CUES.test(cue)) return false;
	const m = NOUN_CUE_BEFORE.exec(before);
	return m !== null && (m[1] === undefined || lexiconTags(m[1]).some((t) => ADJECTIVE_TAG.test(t)));
}
const NOUN_CUES =
	/^(?:comment|claim|remark|report|note|answer|repl(?:y|ie)|promise|pledge|vow|boast|quip|joke|estimate)s?$/i;
const NOUN_CUE_BEFORE =
	/(?:(?<![\p{L}'’])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose)|\p{L}['’]s?)\s+(?:(\p{Ll}+)\s+)?$/u;
const ADJECTIVE_TAG = /^(?:Adjective|Superlative|Comparative|Ordinal)$/;

/**
 * A partial quote's lead-in, the words of its clause before it ("the plan was" before “rushed”), so a question
 * shows the fragment as the sentence frames it. None for a quote that is a sentence of its own.
 */
function fragmentLeadIn(
	text: string,
	sentences: SentenceSpan[],
	q: QuoteSpan,
	leadFrom?: number,
	bodySpeaks = false
): string | undefined {
	const quote = text.slice(q.start, q.end);
	if (q.parent !== undefined || /^[\p{Lu}\d“"‘'[(…]/u.test(quote)) return undefined;
	const sentence = sentences[Math.max(0, sentenceIndexAt(sentences, q.open))];
	if (!sentence) return undefined;
	// The attribution knows where the words leading in start ("attacked Moss for being a"), or that none read right.
	const from = leadFrom !== undefined && leadFrom >= sentence.start ? leadFrom : sentence.start;
	const before = text.slice(from, q.open);
	const found = leadFrom === undefined ? cueMatches(before) : [];
	const cues = found.filter((c) => !cueAsNoun(c[0], before.slice(0, c.index)));
	const cue = cues.pop();
	// "Media reports surfaced of … Hagee's comments from 2007 that “…”": past a noun of what was said, a cue that may
	// be such a noun too is no surer a verb.
	if (cues.length + 1 < found.length && cue && NOUN_CUES.test(cue[0])) return undefined;
	const reporting = cues.pop();
	const cueEnd = cue ? cue.index + cue[0].length : -1;
	const cut =
		leadFrom === undefined
			? Math.max(
					before.lastIndexOf(', ') + 1,
					before.lastIndexOf('; ') + 1,
					before.lastIndexOf(': ') + 1,
					cueEnd
				)
			: 0;
	// ", and that the ferry would sail “…”": cut at the comma, the clause's "and" would ask "Who said and that …".
	let lead = before
		.slice(cut)
		.replace(/^\s*(?:(?:and|but)\s+)?(?:that\s+)?/i, '')
		.trim();
	// "have been told to prepare “…”": a passive cue's subject is not the speaker, and a question would lose it.
	if (cut === cueEnd && /\b(?:been|was|were|is|are|be|being)\s+$/i.test(before.slice(0, cue!.index)))
		return undefined;
	// "He believed that telling their stories would “…”": a participle opening a clause is its subject, a deed, and
	// no cue ("Who was quoted telling their stories would …?").
	if (cut === cueEnd && isParticipleCue(cue![0]) && /(?:^|\bthat\s+)$/i.test(before.slice(0, cue!.index)))
		return undefined;
	// "Roe's office said … and that the two agree to meet in the “…”": a verb in a clause an earlier verb of speech
	// reports has a subject of its own, not the speaker, and "Who agree to meet …" would ask for the wrong one.
	if (
		reporting &&
		cut === cueEnd &&
		REPORTED_SUBJECT.test(before.slice(reporting.index + reporting[0].length, cue!.index))
	)
		return undefined;
	// "plans for a “major” relief operation": marks around a word inside a noun phrase set off a term; nobody is
	// quoted saying “major”, and a question cut at the mark would leave the phrase unfinished.
	if (SCARE_LEAD.test(before) && /^\s*\p{Ll}/u.test(text.slice(q.close, q.close + 20))) return undefined;
	// "asked how documents supposed to be stored in “approved cabinets” wound up on the street": the clause goes on
	// past the mark, and a question cut there ("Who asked how documents … stored in “approved cabinets”?") asks
	// nothing whole.
	if (clauseGoesOn(text.slice(q.close, q.close + 30))) return undefined;
	// "Although she also expressed hope that": the question asks "Who expressed hope that …". Not after a cue
	// ("defended the minister, arguing that he completed …"): there the pronoun is the reported clause's subject,
	// who may be someone else, and "Who completed …?" would ask for that other man; it stays, "Who said he …?".
	if (cut !== cueEnd) lead = lead.replace(CLAUSE_OPENER, '');
	lead = lead.replace(SUBORDINATOR, '');
	// "stressed that it is “extremely unlikely”": "it" would point at nothing in the question.
	if (/^(?:it|they|them)\b/i.test(lead)) return undefined;
	// "considered it a “matter of urgency”", "claimed these figures show “…”", "said its dealings were “…”": a word
	// pointing back to what a sentence before named leaves the question asking about something the student never sees.
	// A body's "said in a statement that it had …" means the body itself, as "he" would a person.
	if (pointsBack(bodySpeaks ? lead.replace(/\bthat\s+(?:it|they)\b/gi, 'that') : lead)) return undefined;
	const leadWords = lead.split(/\s+/).filter(Boolean);
	// "as “a health hazard …”", "called them “successful”": one word leads in to nothing; but a name alone before
	// a quote opening on its verb is its subject ("says Kasich “has a track record …”").
	// A capital at the sentence's start ("Voters “think …”") may be any word.
	const opensSentence = /^[\s“"‘']*$/.test(before.slice(0, before.lastIndexOf(lead)));
	const startsSentence = opensSentence && from === sentence.start;
	if (
		leadWords.length < 2 &&
		!(leadWords.length === 1 && nameAlone(lead, opensSentence) && subjectless(quote))
	)
		return undefined;
	// "Who asked … were unfit for sale?": a lead-in cut short leaves a question that is no question.
	if (leadWords.length > 12) return undefined;
	// "called the sentence “dangerous”": a cue other than "said" keeps its verb, so a question can ask "Who called
	// the sentence “dangerous”?" rather than "Who said the sentence “dangerous”?".
	// "went on to say/state that Stephen Smith “…”" says, and is asked as "Who said Stephen Smith “…”?".
	if (
		cut === cueEnd &&
		isFiniteCue(cue![0]) &&
		!SAY.has(cue![0].toLowerCase()) &&
		!/\bto\s+(?:say|add|state)$/i.test(cue![0]) &&
		!lead.startsWith('…')
	)
		lead = `${cue![0]} ${lead}`;
	// "calling the plan “…”", "urging the council to “…”": a participle cue cut away leaves its object to read as
	// what was said ("Who said the council to …?"); it stays, asked "Who was quoted urging …?". A lead-in that is
	// a clause of its own ("adding the US had to “…”", or a name before the quote's verb, "stating Ludwig “thinks …”") reads after "said" as it is.
	// A cue told to someone keeps its verb whatever follows: "telling her family she was sorry …" read after "said"
	// as "Who said her family she was sorry …?".
	else if (
		cut === cueEnd &&
		isParticipleCue(cue![0]) &&
		cue![0].toLowerCase() !== CUE_VERBS.say.participle &&
		!lead.startsWith('…') &&
		(!leadWords.some(isFiniteVerb) || LISTENER_CUES.has(cue![0].toLowerCase())) &&
		!(leadWords.length === 1 && subjectless(quote))
	)
		lead = `${cue![0].toLowerCase()} ${lead}`;
	// "who drew on the “…”", "if they see them as being “…”", "with the rise being attributed to “…”": a lead-in
	// opening on a relative, a subordinator or a preposition is no clause of its own to follow "Who said", unless
	// its "that" opens one ("in a statement that …").
	if (NO_CLAUSE_OPENING.test(lead) && !/\bthat\b/i.test(lead)) return undefined;
	lead = lead.replace(/[“"‘']+$/, '').trim();
	// "describing him as “…”": its verb cut away, the object is left to open the question ("Who said him as …?").
	if (/^(?:him|her\s+as)\b/i.test(lead)) return undefined;
	// "A comic tone, she said, would make …": cut after the attribution, the lead-in's verb has lost its subject
	// ("Who said would make …?").
	if (
		/^(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|do|did)\b/i.test(lead)
	)
		return undefined;
	// "cited Exodus 18:21 (“…”)": a bracket opened and not closed before the quote.
	if ((lead.match(/\(/g) ?? []).length !== (lead.match(/\)/g) ?? []).length) return undefined;
	// "said Moss "was, in all, involved" and shared in “…”": cut at a comma inside the quote before, the lead-in
	// would open mid-quote with a mark it never opened.
	if (
		(lead.match(/"/g) ?? []).length % 2 === 1 ||
		(lead.match(/“/g) ?? []).length !== (lead.match(/”/g) ?? []).length
	)
		return undefined;
	// "said Thursday that North Korea …": only a sentence's first word has a capital a question may lower.
	return lead ? (startsSentence ? midSentence(lead) : lead) : undefined;
}

/**
 * A pronoun or demonstrative that stands for something named outside the lead-in: "it", "they", "them", "him",
 * "such", "this/these/those" (not before a word of time, "this week", "this financial year", nor "those" naming
 * people by what befell them, "those killed", "those who"). A possessive ("his", "its", "their") is most often the
 * speaker's own, like "he" or "she" ("said its dealings were “…”"), and is left alone.
 */
export function pointsBack(lead: string): boolean {
	return POINTS_BACK.test(lead);
}

const POINTS_BACK =
	/(?<![\p{L}\d'’-])(?:it|they|them|him|such|(?:this|these)(?!\s+(?:\p{Ll}+\s+)?(?:week|weekend|month|year|morning|afternoon|evening|night|summer|autumn|fall|winter|spring|season|time|century|decade|quarter|term|session)s?\b)|those(?!\s+(?:who|whom|\p{Ll}+ed)\b))(?![\p{L}\d'’-])/iu;

const isFiniteVerb = (word: string) => FINITE_AUXILIARY.test(word.toLowerCase()) || isFiniteForm(word);

const NO_CLAUSE_OPENING =
	/^(?:who|whom|whose|which|or|nor|if|unless|whether|rather|with|by|during|to|of|from|than)\b/i;

/**
 * One capitalised word the lexicon knows as a name, or not at all when it stands mid-sentence: "Kasich", not
 * "That" or "He".
 */
function nameAlone(word: string, opensSentence: boolean): boolean {
	if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
	const tags = lexiconTags(word);
	return (tags.length === 0 && !opensSentence) || tags.some((t) => /Name|Person/.test(t));
}

/**
 * A lead-in taken from the start of its sentence reads mid-sentence in a question: "Calling the destruction
 * there" becomes "calling …"; a name or a word the lexicon does not know as a common word stays as written.
 */
export function midSentence(lead: string): string {
	const first = /^\p{Lu}\p{Ll}+\b/u.exec(lead)?.[0];
	if (!first) return lead;
	const tags = lexiconTags(first);
	const common =
		/ing$/.test(first) ||
		(tags.length > 0 &&
			!tags.some((t) => /Name|Person|Place|City|Country|Region|Organization|ProperNoun/.test(t)));
	return common ? first.toLowerCase() + lead.slice(first.length) : lead;
}

const AUXILIARY = new Set(CUE_AUXILIARIES);
const SAY = new Set(CUE_VERBS.say.finite);

/**
 * The words between a name and a cue leave the name its subject: "Kroes said", "Kroes, the commissioner, has
 * said", "Kroes also told". Not "the Annie Oakley screen print called …": a noun in between is the subject.
 */
export function subjectOfCue(between: string): boolean {
	const m = /^\s*(?:,[^,]*,\s*)?((?:\p{Ll}+\s+){0,2})$/u.exec(between);
	return !!m && m[1]!.split(/\s+/).every((w) => w === '' || AUXILIARY.has(w) || /ly$/.test(w));
}

/**
 * "according to New Democratic Party", "according to Interior Ministry": a body named by a common noun of
 * institutions (a party, a ministry, an agency) takes "the" in running prose, though its first mention in the
 * article ("New Democratic Party's Jack Layton") had none. A name of one word ("Congress") or of no such noun
 * ("General Motors", "Amnesty International") stands bare.
 */
const INSTITUTION_HEAD =
	/\s(?:Party|Agency|Ministry|Department|Commission|Committee|Council|Union|Association|Organi[sz]ation|Federation|Coalition|Alliance|League|Front|Movement|Institute|Service|Board|Office|Bureau|Authority|Foundation|Society|Court|Army|Navy|Police|Government|Senate|Assembly|Parliament)$/;

export function isInstitutionName(name: string): boolean {
	return INSTITUTION_HEAD.test(name) && !/^(?:the|a|an)\s/i.test(name);
}

/** A subordinating word with no comma after it: what follows is a clause inside the reporter's sentence. */
const SUBORDINATE = /\b(?:after|before|when|while|since|because|until|although|though|if|once)\b[^,]*$/i;

/** The words between a cue and a date that leave the date the time of the saying: no verb, no "that". */
export function saidWhen(between: string): boolean {
	const words = between.toLowerCase().match(/[\p{L}']+/gu) ?? [];
	return words.length <= 3 && words.every((w) => w !== 'that' && !isVerbWord(w));
}

const isVerbWord = (w: string) =>
	AUXILIARY.has(w) || /(?:ed|ing)$/.test(w) || lexiconTags(w).some((t) => /Tense|Infinitive|Verb/.test(t));

/**
 * Who speaks at a place in the text: the sure speaker of the quote around it (none when unsure), or the named subject of a speech verb earlier in its sentence ("Kroes said the fine was €899
 * million"). A question about such a figure or date says whose word it is.
 */
function sourceFinder(
	text: string,
	sentences: SentenceSpan[],
	attributions: readonly Attribution[],
	people: PeopleTable
) {
	const quotes = attributions
		.filter((a) => a.quote.parent === undefined)
		.sort((a, b) => a.quote.start - b.quote.start);
	const nameOf = (i: number) => {
		const e = people.entities[i]!;
		if (!e.named) return e.name.replace(/^(?:A|An|The)\b/, (d) => d.toLowerCase());
		return e.kind === 'organisation' && isInstitutionName(e.name) ? `the ${e.name}` : e.name;
	};
	return (start: number, end: number, kind?: 'figure' | 'date'): string | undefined => {
		let lo = 0;
		let hi = quotes.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const q = quotes[mid]!.quote;
			if (end <= q.start) hi = mid - 1;
			else if (start >= q.end) lo = mid + 1;
			else {
				const a = quotes[mid]!;
				// An unsure speaker is nobody to name: "according to a person quoted in the article" tells a student
				// nothing the quotation marks in the sentence shown do not.
				return a.speaker !== undefined && a.confidence === 'high' ? nameOf(a.speaker) : undefined;
			}
		}
		const sentence = sentences[Math.max(0, sentenceIndexAt(sentences, start))];
		if (!sentence) return undefined;
		const head = text.slice(sentence.start, start);
		const according = /\b[Aa]ccording to\s+$/.test(head)
			? undefined
			: /\b[Aa]ccording to\s+([^,]+),/.exec(head);
		const cue = cueMatches(head)
			.filter(
				(m) =>
					isSourcePhrase(m[0]) ||
					(isFiniteCue(m[0]) && isSpeech(m[0], head.slice(m.index + m[0].length), head.slice(0, m.index)))
			)
			.pop();
		// "Doe said on Monday …", "Doe told reporters last week …": a time right after the cue, before any verb of
		// the reported clause, is when the words were said: the reporter's narration, not Doe's words.
		if (cue && kind === 'date' && isFiniteCue(cue[0]) && saidWhen(head.slice(cue.index + cue[0].length)))
			return undefined;
		if (!cue && !according) return undefined;
		const from = sentence.start;
		const to = sentence.start + (cue?.index ?? according!.index);
		const subject = people.mentions.filter((m) => m.start >= from && m.end <= to && !m.possessive).pop();
		// "The decisions came after Microsoft announced …": a cue inside a clause the sentence puts under its own
		// narration leaves the sentence the reporter's; "After the vote, Doe said …" is Doe's.
		const governed = subject && SUBORDINATE.test(text.slice(from, subject.start));
		// "Al-Suri is believed to be one of …": a passive verb of thought is somebody else's belief about the subject.
		const believedOf =
			cue && isThoughtCue(cue[0]) && /\b(?:is|are|was|were|be|been|being)\s+$/.test(head.slice(0, cue.index));
		if (subject && !governed && !believedOf && subjectOfCue(text.slice(subject.end, to)))
			return nameOf(subject.entity);
		if (according) {
			const within = people.mentions.filter(
				(x) => x.start >= from + according.index && x.end <= from + according.index + according[0].length
			);
			// "According to Colombian defense minister Juan Santos,": the person the phrase names is the source, not a
			// body a word before the name ("Colombian") is read as.
			const m = within.find((x) => isNamedPerson(people.entities[x.entity]!)) ?? within[0];
			if (m) return nameOf(m.entity);
		}
		return undefined;
	};
}

const isNamedPerson = (e: Entity) => e.kind === 'person' && e.named;

/** The fewest words an answer's quote runs to, in whole sentences, so its first words tell it from others. */
const ANSWER_WORDS = 8;

/**
 * An interview's answers are its interviewee's words though no quotation marks hold them: each answer's first
 * sentence is a quote of theirs (unless a quote already covers it), what a student matches with its question.
 */
function answerQuotes(
	text: string,
	sentences: readonly SentenceSpan[],
	interview: Interview,
	people: PeopleTable,
	quotes: readonly QuoteInfo[],
	usedIds: Set<string>
): QuoteInfo[] {
	const speaker = people.entities.find((e) => e.kind === 'person' && e.name === interview.speaker);
	if (!speaker) return [];
	const found: QuoteInfo[] = [];
	for (const answer of interview.answers) {
		// "Forty-four, mostly in February.": a short first sentence runs on into the next, so its start can be matched.
		const within = sentences.filter((s) => s.end > answer.start && s.start < answer.end);
		if (within.length === 0) continue;
		const span = { start: Math.max(within[0]!.start, answer.start), end: answer.start };
		for (const s of within) {
			span.end = Math.min(s.end, answer.end);
			if (text.slice(span.start, span.end).split(/\s+/).length >= ANSWER_WORDS) break;
		}
		if (quotes.some((q) => q.fact.evidence.start < span.end && q.fact.evidence.end > span.start)) continue;
		const quote = text.slice(span.start, span.end).trim();
		const content = `${quote.toLowerCase().replace(/\s+/g, ' ')}|${speaker.name}`;
		let id = `quote-${hash(content)}`;
		for (let n = 2; usedIds.has(id); n++) id = `quote-${hash(`${content}|${n}`)}`;
		usedIds.add(id);
		found.push({
			fact: {
				id,
				kind: 'quote',
				quote,
				speaker: { name: speaker.name, role: speaker.role, id: speaker.id },
				confidence: 'high',
				evidence: span
			},
			speaker,
			evidence: span,
			nested: false,
			answers: answer.question
		});
	}
	return found;
}
