import { hash } from './hash';
import { ROLE_NOUNS, tokenize, type Entity, type PeopleTable } from './people';
import type { Paragraph, SentenceSpan } from './segment';

/**
 * The attribution sieve: every direct and partial quote, and who said it. Most precise rules first; a quote no
 * rule attributes with confidence stays low-confidence, and no who-said question is made from it.
 */
export interface QuoteSpan {
	/** Offsets of the quoted words, without the marks. */
	start: number;
	end: number;
	/** Offsets of the opening mark and one past the closing mark (or the paragraph end when unclosed). */
	open: number;
	close: number;
	paragraph: number;
	/** Index of the enclosing quote when this one is nested inside another ("‘…’" in “…”). */
	parent?: number;
	unclosed: boolean;
}

export interface Attribution {
	quote: QuoteSpan;
	/** Index into the people table's entities, or undefined when nobody can be named. */
	speaker?: number;
	confidence: 'high' | 'low';
	/** Which rule decided: for tests and for debugging an attribution. */
	rule: string;
	/** The sentence(s) holding the quote and its attribution. */
	evidence: { start: number; end: number };
}

const OPEN_DOUBLE = '“„';
const CLOSE_DOUBLE = '”';

/** Finds quotes paragraph by paragraph; a quote left open at a paragraph end continues in the next one. */
export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
	const quotes: QuoteSpan[] = [];
	const curly = /[“”]/.test(text);
	const hasDouble = /[“”"„]/.test(text);
	for (const p of paragraphs) {
		if (p.credits) continue;
		let open = -1;
		const push = (from: number, to: number, closeAt: number, unclosed: boolean) => {
			const span = trimQuote(text, from + 1, to);
			if (span.end > span.start)
				quotes.push({ ...span, open: from, close: closeAt, paragraph: p.index, unclosed });
		};
		for (let i = p.start; i < p.end; i++) {
			const ch = text[i]!;
			const isOpen = hasDouble
				? OPEN_DOUBLE.includes(ch) || (ch === '"' && open < 0 && (!curly || opensStraight(text, i)))
				: ch === '‘' || (ch === "'" && open < 0 && opensStraight(text, i));
			const isClose = hasDouble
				? ch === CLOSE_DOUBLE || (ch === '"' && open >= 0)
				: (ch === '’' || ch === "'") && open >= 0 && closesSingle(text, i);
			if (isOpen && open >= 0 && ch !== '"') {
				// A second opening mark: the first quote was never closed.
				push(open, i, i, true);
				open = i;
			} else if (open < 0 && isOpen) open = i;
			else if (open >= 0 && isClose) {
				push(open, i, i + 1, false);
				open = -1;
			}
		}
		if (open >= 0) push(open, p.end, p.end, true);
	}
	if (hasDouble) {
		const outer = quotes.length;
		for (let q = 0; q < outer; q++) quotes.push(...nestedIn(text, quotes[q]!, q));
	}
	return quotes.sort((a, b) => a.open - b.open || b.close - a.close);
}

/** A straight quote opens after a space or line start and before a word. */
const opensStraight = (text: string, i: number) =>
	(i === 0 || /[\s([—–-]/.test(text[i - 1]!)) && /[\p{L}\p{N}‘'.…$£€]/u.test(text[i + 1] ?? '');

/** ’ between letters is an apostrophe ("don’t"), not a closing quote. */
const closesSingle = (text: string, i: number) =>
	!/[\p{L}]/u.test(text[i + 1] ?? '') && !/\s/.test(text[i - 1] ?? ' ');

function nestedIn(text: string, outer: QuoteSpan, parent: number): QuoteSpan[] {
	const found: QuoteSpan[] = [];
	let open = -1;
	for (let i = outer.start; i < outer.end; i++) {
		const ch = text[i]!;
		if (open < 0 && (ch === '‘' || (ch === "'" && opensStraight(text, i)))) open = i;
		else if (open >= 0 && (ch === '’' || ch === "'") && closesSingle(text, i)) {
			const span = trimQuote(text, open + 1, i);
			if (span.end > span.start)
				found.push({ ...span, open, close: i + 1, paragraph: outer.paragraph, parent, unclosed: false });
			open = -1;
		}
	}
	if (open >= 0) {
		const span = trimQuote(text, open + 1, outer.end);
		if (span.end > span.start)
			found.push({ ...span, open, close: outer.end, paragraph: outer.paragraph, parent, unclosed: true });
	}
	return found;
}

/** The quoted words without surrounding spaces or a trailing comma ("…its approval," → "…its approval"). */
function trimQuote(text: string, start: number, end: number): { start: number; end: number } {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
	// A nested quote closing at the end keeps its mark ("…we are with you,’" → "…we are with you’").
	const inner = text.slice(start, end);
	if (/[,;:]['’]$/.test(inner) && /(?:^|[\s“"])[‘']/.test(inner)) return { start, end };
	while (
		end > start &&
		/[\s,;:‘’'—–-]/.test(text[end - 1]!) &&
		!/[\p{L}]['’]$/u.test(text.slice(end - 2, end))
	)
		end--;
	return { start, end };
}

// --- Cues -------------------------------------------------------------------------------------------------

const FINITE_CUES =
	'said|says|say|told|tells|added|adds|wrote|writes|asked|asks|argued|argues|noted|notes|warned|warns|explained|' +
	'declared|declares|announced|insisted|insists|replied|responded|stated|acknowledged|admitted|recalled|' +
	'predicted|promised|vowed|claimed|suggested|conceded|complained|joked|observed|cautioned|remarked|' +
	'emphasized|emphasised|stressed|concluded|boasted|bragged|called|described|describes|urged|countered|' +
	'maintained|testified|accused|accuse|accuses|tweeted|continued|agreed|put it|pointed out';
const PARTICIPLE_CUES =
	'saying|adding|calling|describing|warning|arguing|noting|accusing|insisting|telling|declaring|asking';
// Case-sensitive on purpose: "States" in "the United States" is not a cue.
const CUE = new RegExp(`\\b(?:${FINITE_CUES}|${PARTICIPLE_CUES}|[Aa]ccording to)\\b`, 'g');
const FINITE = new RegExp(`^(?:${FINITE_CUES})$`, 'i');
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLE_CUES})$`, 'i');
/** "called for", "asked to": not speech. */
const NOT_SPEECH_AFTER = /^\s+(?:for|on|off|up|out|in|to|into|about|back)\b/i;

const AUX = new Set(
	(
		'did do does has had have would will could may might must also later then again strongly repeatedly once ' +
		'previously recently publicly quickly often flatly firmly angrily simply just earlier even still never not ' +
		'has been had been is was were are be already privately bluntly cheerfully'
	).split(' ')
);
const CLAUSE_WORDS = new Set(
	'that which who whom whose and but while although though as because when if so than since after before where whereas yet or nor'.split(
		' '
	)
);
const DETERMINERS = new Set([
	'a',
	'an',
	'the',
	'this',
	'that',
	'these',
	'those',
	'its',
	'their',
	'his',
	'her'
]);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to', 'by']);

const DOC_NOUNS = new Set(
	(
		'statement declaration report letter memo memorandum communique communiqué release filing study paper survey ' +
		'ruling decision order complaint lawsuit document email post message notice plan proposal agreement treaty ' +
		'resolution bill budget review audit analysis announcement briefing transcript minutes summary guidance'
	).split(' ')
);
const GROUP_NOUNS = new Set(
	(
		'analysts officials leaders countries experts critics residents people officers members parties governments ' +
		'scientists researchers authors organizers organisers campaigners observers economists diplomats sources ' +
		'lawmakers ministers executives investors fans players supporters neighbours neighbors parents teachers'
	).split(' ')
);

const ORG_HEADS = new Set(
	'company firm club union league council department agency ministry government team group board committee business retailer maker airline carrier bank'.split(
		' '
	)
);

// --- Sentences, subjects and noun phrases -------------------------------------------------------------------

interface Context {
	text: string;
	sentences: SentenceSpan[];
	people: PeopleTable;
	quotes: QuoteSpan[];
	/** The quotes that are not nested in another, in text order: they never overlap. */
	top: QuoteSpan[];
	/** Every "… statement" phrase of the article by head noun, found once: the article may be long. */
	documents: Map<string, { end: number; phrase: string }[]>;
	/** Speakers decided so far, by quote opening offset: a sentence that opens with a quote has its speaker as subject. */
	spoken: Map<number, number>;
}

function sentenceAt(sentences: SentenceSpan[], offset: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (sentences[mid]!.start <= offset) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/** The first index whose key is at least `value`, in items sorted by that key. */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(items[mid]!) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const byStart = (m: { start: number }) => m.start;
const byOpen = (q: QuoteSpan) => q.open;
const byParagraph = (s: SentenceSpan) => s.paragraph;

/** Mentions inside [start, end): the mentions are sorted by offset, so this reads only those. */
function mentionAt(ctx: Context, start: number, end: number) {
	const found = [];
	const mentions = ctx.people.mentions;
	for (let i = lowerBound(mentions, start, byStart); i < mentions.length && mentions[i]!.start < end; i++)
		if (mentions[i]!.end <= end) found.push(mentions[i]!);
	return found;
}

/** The top-level quote just before `q` in the text, if any. */
function quoteBefore(ctx: Context, q: QuoteSpan): QuoteSpan | undefined {
	return ctx.top[lowerBound(ctx.top, q.open, byOpen) - 1];
}

const FRONTED =
	/^(?:in|at|on|after|before|since|when|while|although|though|as|by|for|during|despite|last|this|next|earlier|later|instead|however|meanwhile|still|under|over|with|without|like|unlike|because|if|once|until|even|in contrast|by contrast|\p{L}+ly|\p{L}+ed|\p{L}+ing)\b/iu;

type Subject =
	| { kind: 'entity'; entity: number }
	| { kind: 'pronoun'; word: string }
	| { kind: 'document'; head: string }
	| { kind: 'other' };

/** The main-clause subject: after a dateline and a fronted phrase ("In his trip to Kiev, Mr. Kishida announced"). */
function subjectOf(ctx: Context, si: number): Subject {
	const s = ctx.sentences[si]!;
	let at = s.start;
	const dateline = /^\p{Lu}[\p{Lu}\s,.'-]+\s[—–-]{1,2}\s/u.exec(ctx.text.slice(at, s.end));
	if (dateline) at += dateline[0].length;
	for (let guard = 0; guard < 3; guard++) {
		const rest = ctx.text.slice(at, s.end);
		const lead = /^(?:and|but|so|yet|or)\s+/i.exec(rest);
		if (lead) {
			at += lead[0].length;
			continue;
		}
		if (!FRONTED.test(rest)) break;
		const comma = rest.search(/,\s/);
		if (comma < 0 || comma > 160) break;
		at += comma + 2;
	}
	const next = ctx.top[lowerBound(ctx.top, at, byOpen)];
	const opening = next && next.open <= at + 1 ? next : undefined;
	if (opening) {
		const speaker = ctx.spoken.get(opening.open);
		return speaker === undefined ? { kind: 'other' } : { kind: 'entity', entity: speaker };
	}
	// A role may precede the name: "Council member Gloria Feld said", "Rovers’ manager, Helen Strand, said".
	// "Council member Gloria Feld": "Council" modifies a role noun, so the subject is the next name.
	const modifies = (m: { end: number }) => {
		const next = /^\s+([\p{Ll}]+)/u.exec(ctx.text.slice(m.end, m.end + 20))?.[1] ?? '';
		return ROLE_NOUNS.has(next);
	};
	const mentions = ctx.people.mentions;
	let mention: (typeof mentions)[number] | undefined;
	for (let i = lowerBound(mentions, at, byStart); i < mentions.length && mentions[i]!.start <= at + 60; i++)
		if (!modifies(mentions[i]!)) {
			mention = mentions[i];
			break;
		}
	if (mention) {
		const prefix = ctx.text.slice(at, mention.start);
		const words = prefix.replace(/,\s*$/, '').trim().split(/\s+/).filter(Boolean);
		const last = (words[words.length - 1] ?? '').toLowerCase();
		const rolePrefix =
			words.length === 0 ||
			(words.length <= 5 &&
				!/[,;:“”"]/.test(prefix.replace(/,\s*$/, '')) &&
				(ROLE_NOUNS.has(last) || words.every((w) => /^\p{Lu}/u.test(w))));
		if (rolePrefix)
			return mention.possessive ? { kind: 'other' } : { kind: 'entity', entity: mention.entity };
	}
	const word = /^[\p{L}]+/u.exec(ctx.text.slice(at, s.end))?.[0]?.toLowerCase() ?? '';
	if (['he', 'she', 'it', 'they'].includes(word)) return { kind: 'pronoun', word };
	const np = /^(?:the|this|that|its|their|a|an)\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\b/iu.exec(
		ctx.text.slice(at, s.end)
	);
	if (np && DOC_NOUNS.has(np[2]!.toLowerCase())) return { kind: 'document', head: np[2]!.toLowerCase() };
	return { kind: 'other' };
}

/** he/she: follow main-clause subjects back, through he-chains, never the nearest name. */
function resolvePerson(
	ctx: Context,
	si: number,
	word: string
): { entity: number; confidence: 'high' | 'low' } | undefined {
	const gender = word === 'she' ? 'f' : 'm';
	let skipped = false;
	const paragraph = ctx.sentences[si]!.paragraph;
	for (let j = si - 1; j >= Math.max(0, si - 5); j--) {
		if (paragraph - ctx.sentences[j]!.paragraph > 1) break;
		const subject = subjectOf(ctx, j);
		if (subject.kind === 'entity') {
			const e = ctx.people.entities[subject.entity]!;
			if (e.kind === 'person' && (!e.gender || e.gender === gender))
				return { entity: subject.entity, confidence: skipped ? 'low' : 'high' };
			skipped = true;
		} else if (subject.kind === 'pronoun' && subject.word === word) continue;
		else skipped = true;
	}
	return undefined;
}

/** it/the statement: the latest document or organisation that was a subject just before. */
function resolveThing(ctx: Context, si: number): { entity: number; confidence: 'high' | 'low' } | undefined {
	for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
		const subject = subjectOf(ctx, j);
		const confidence = j === si - 1 ? 'high' : 'low';
		if (subject.kind === 'document')
			return { entity: documentEntity(ctx, subject.head, ctx.sentences[j]!.end), confidence };
		if (subject.kind === 'entity' && ctx.people.entities[subject.entity]!.kind === 'organisation')
			return { entity: subject.entity, confidence };
		if (subject.kind === 'pronoun' && subject.word === 'it') continue;
	}
	return undefined;
}

function addEntity(ctx: Context, e: Omit<Entity, 'id' | 'mentions' | 'tokens'>): number {
	const key = e.kind + ':' + e.name.toLowerCase();
	const known = ctx.people.entities.findIndex((x) => x.kind + ':' + x.name.toLowerCase() === key);
	if (known >= 0) return known;
	ctx.people.entities.push({ ...e, id: hash(key).slice(0, 8), tokens: e.name.split(/\s+/), mentions: [] });
	return ctx.people.entities.length - 1;
}

/** "the statement" is "the joint statement" when the article called it that before. */
function documentEntity(ctx: Context, head: string, before: number): number {
	let phrases = ctx.documents.get(head);
	if (!phrases) {
		phrases = [];
		const re = new RegExp(`\\b((?:[\\p{Ll}-]+\\s+){0,2})${head}\\b`, 'giu');
		for (const m of ctx.text.matchAll(re)) {
			const lead = (m[1] ?? '').trim().split(/\s+/);
			const modifiers = lead.filter(
				(w) => w && !DETERMINERS.has(w) && !CLAUSE_WORDS.has(w) && !PREPOSITIONS.has(w) && !AUX.has(w)
			);
			let lastBreak = lead.length - 1;
			while (lastBreak >= 0 && !DETERMINERS.has(lead[lastBreak]!) && !PREPOSITIONS.has(lead[lastBreak]!))
				lastBreak--;
			const kept = lastBreak >= 0 ? lead.slice(lastBreak + 1) : modifiers;
			const phrase = [...kept.filter((w) => modifiers.includes(w)), head].join(' ');
			phrases.push({ end: m.index + m[0].length, phrase });
		}
		ctx.documents.set(head, phrases);
	}
	let best = '';
	for (const { end, phrase } of phrases) {
		if (end > before) break;
		if (phrase.split(' ').length >= best.split(' ').length) best = phrase;
	}
	return addEntity(ctx, { kind: 'document', name: `the ${best || head}`, role: '', named: false });
}

interface Resolved {
	entity: number;
	confidence: 'high' | 'low';
	rule: string;
}

/** A cue was found but names nobody we can resolve: the quote must not inherit another speaker. */
const UNRESOLVED = 'unresolved';
type Found = Resolved | typeof UNRESOLVED | undefined;
const orUnresolved = (r: Resolved | undefined): Found => r ?? UNRESOLVED;

/** Who a speaker noun phrase names: a person or organisation mention, a pronoun, a document, a role or a group. */
function resolvePhrase(
	ctx: Context,
	start: number,
	end: number,
	si: number,
	rule: string
): Resolved | undefined {
	const phrase = ctx.text
		.slice(start, end)
		.replace(/^[\s,]+|[\s,]+$/g, '')
		.replace(/\s+/g, ' ');
	if (!phrase || phrase.split(' ').length > 14) return undefined;
	const mentions = mentionAt(ctx, start, end).filter((m) => !m.possessive);
	const head = mentions[0];
	const lower = phrase.toLowerCase();
	// The mention must be the phrase itself, not a modifier ("a Chinese Foreign Ministry spokesman").
	if (
		head &&
		head.end >= end - 1 &&
		ctx.text
			.slice(start, head.start)
			.trim()
			.replace(/^(?:the|a|an)$/i, '') === ''
	) {
		return { entity: head.entity, confidence: head.ambiguous ? 'low' : 'high', rule };
	}
	if (lower === 'he' || lower === 'she') {
		const r = resolvePerson(ctx, si, lower);
		return r && { ...r, rule: `${rule}+pronoun` };
	}
	if (lower === 'it') {
		const r = resolveThing(ctx, si);
		return r && { ...r, rule: `${rule}+it` };
	}
	const words = lower.split(' ');
	const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
	const headWord = (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
	if (DOC_NOUNS.has(headWord))
		return { entity: documentEntity(ctx, headWord, start), confidence: 'high', rule: `${rule}+document` };
	const display = phrase.replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase());
	if (ROLE_NOUNS.has(headWord)) {
		const definite = /^(?:the|this)\b/.test(lower);
		if (definite) {
			// "the coach" is the coach named in this or the previous paragraph, if there is exactly one.
			const paragraph = ctx.sentences[si]!.paragraph;
			const from = ctx.sentences[lowerBound(ctx.sentences, paragraph - 1, byParagraph)]?.start ?? 0;
			const recent = new Set(mentionAt(ctx, from, start).map((m) => m.entity));
			const holders = ctx.people.entities
				.map((e, i) => ({ e, i }))
				.filter(
					({ e, i }) =>
						recent.has(i) &&
						e.kind === 'person' &&
						e.named &&
						new RegExp(`\\b${headWord}\\b`, 'i').test(e.role)
				);
			if (holders.length === 1) return { entity: holders[0]!.i, confidence: 'high', rule: `${rule}+role` };
			// "the spokesman" after "A spokesman for the league said …" in this or the previous paragraph.
			const earlier = [
				...ctx.text
					.slice(from, start)
					.matchAll(
						new RegExp(
							`\\b[Aa]n?\\s+((?:[\\p{L}-]+\\s+){0,3}?${headWord}(?:\\s+(?:for|of|at)\\s+(?:[\\p{L}'’-]+\\s+){0,6}[\\p{L}'’-]+)?)(?=[\\s,.;])`,
							'gu'
						)
					)
			].pop();
			if (earlier?.[0]) {
				const name = ownerPhrase(earlier[0]).replace(/^A/, 'a');
				const entity = addEntity(ctx, { kind: 'person', name, role: '', named: false });
				return { entity, confidence: 'high', rule: `${rule}+earlier` };
			}
		}
		const entity = addEntity(ctx, { kind: 'person', name: display, role: '', named: false });
		return { entity, confidence: definite ? 'low' : 'high', rule: `${rule}+unnamed` };
	}
	if (GROUP_NOUNS.has(headWord) || /s$/.test(headWord)) {
		const entity = addEntity(ctx, { kind: 'group', name: display, role: '', named: false });
		return { entity, confidence: 'low', rule: `${rule}+group` };
	}
	if (!/^the\b/.test(lower)) return undefined;
	const org = ctx.people.entities.findIndex(
		(e) => e.kind === 'organisation' && new RegExp(`\\b${headWord}\\b`, 'i').test(e.name)
	);
	if (org >= 0) return { entity: org, confidence: 'low', rule: `${rule}+organisation` };
	// "the company said": the organisation the article is about, if one clearly is.
	if (ORG_HEADS.has(headWord)) {
		const orgs = ctx.people.entities
			.map((e, i) => ({ e, i }))
			.filter(({ e }) => e.kind === 'organisation')
			.sort((a, b) => b.e.mentions.length - a.e.mentions.length);
		const top = orgs[0];
		if (top && top.e.mentions.length >= 3 && (orgs[1]?.e.mentions.length ?? 0) * 2 < top.e.mentions.length)
			return { entity: top.i, confidence: 'low', rule: `${rule}+main-organisation` };
	}
	return undefined;
}

/**
 * "a spokesperson for the secretary of state's office said the …" → "a spokesperson for the secretary of state's
 * office": the owner ends before the first verb or clause word.
 */
function ownerPhrase(phrase: string): string {
	const words = phrase.split(/\s+/);
	const stop = words.findIndex(
		(w, i) => i > 1 && (FINITE.test(w) || CLAUSE_WORDS.has(w.toLowerCase()) || AUX.has(w.toLowerCase()))
	);
	return (stop > 0 ? words.slice(0, stop) : words).join(' ');
}

/** The noun phrase ending just before `end` (a cue verb), skipping auxiliaries and an appositive. */
function phraseBefore(ctx: Context, from: number, end: number): { start: number; end: number } | undefined {
	let stop = end;
	const tokens = tokenize(ctx.text, from, end);
	let i = tokens.length - 1;
	while (i >= 0 && AUX.has(tokens[i]!.text.toLowerCase()) && tokens[i]!.end <= stop) {
		stop = tokens[i]!.start;
		i--;
	}
	// "John F. Kirby, a US national security spokesman, told": step over the appositive.
	const gap = ctx.text.slice(tokens[i]?.end ?? from, stop);
	if (/,\s*$/.test(gap)) {
		const commaAt = ctx.text.lastIndexOf(',', stop);
		const prevComma = ctx.text.lastIndexOf(',', commaAt - 1);
		if (prevComma > from && commaAt - prevComma < 140) {
			const between = ctx.text.slice(prevComma + 1, commaAt).trim();
			if (/^(?:a|an|the|\d+|who)\b/i.test(between) || /^\p{Lu}[\p{L}-]*['’]s\b/u.test(between)) {
				stop = prevComma;
				while (i >= 0 && tokens[i]!.end > stop) i--;
			} else if (mentionAt(ctx, prevComma + 1, commaAt).length > 0) {
				// "Ashby’s coach, Daniel Moyo, said": the name between the commas speaks.
				const lead = ctx.text.slice(prevComma + 1, commaAt).search(/\S/);
				return { start: prevComma + 1 + lead, end: commaAt };
			}
		}
	}
	let begin = stop;
	for (; i >= 0; i--) {
		const t = tokens[i]!;
		const between = ctx.text.slice(t.end, begin);
		if (/[,;:“”"‘’()—–]/.test(between.replace(/^\./, ''))) break;
		const lower = t.text.toLowerCase();
		// "The Fish and Wildlife Service said": an "and" inside a known name does not start a clause.
		const inName = ctx.people.mentions.some((m) => m.start < t.start && m.end > t.end);
		if (CLAUSE_WORDS.has(lower) && !inName) break;
		if (PREPOSITIONS.has(lower) && !inName) {
			const prev = tokens[i - 1];
			if (!prev || !(ROLE_NOUNS.has(prev.text.toLowerCase()) || DOC_NOUNS.has(prev.text.toLowerCase())))
				break;
		}
		begin = t.start;
		if (DETERMINERS.has(lower) && !PREPOSITIONS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) break;
	}
	return begin < stop ? { start: begin, end: stop } : undefined;
}

/** The phrase after an inverted cue ("said Mr. Okafor, the mayor"): up to a comma or the sentence end. */
function phraseAfter(ctx: Context, start: number, end: number): { start: number; end: number } | undefined {
	const rest = ctx.text.slice(start, end);
	let stop = rest.length;
	for (let i = 0; i < rest.length; i++) {
		const ch = rest[i]!;
		if (/[,;:“”"]/.test(ch)) {
			stop = i;
			break;
		}
		if (ch === '.' && /^\s|^$/.test(rest.slice(i + 1, i + 2))) {
			// "Mr." and initials ("John F.") do not end the phrase.
			const word = /([\p{L}]+)$/u.exec(rest.slice(0, i))?.[1] ?? '';
			if (
				/^(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt)$/.test(word) ||
				/^\p{Lu}$/u.test(word)
			)
				continue;
			stop = i;
			break;
		}
	}
	const phrase = rest.slice(0, stop);
	const lead = phrase.length - phrase.trimStart().length;
	const body = phrase.trim();
	return body ? { start: start + lead, end: start + lead + body.length } : undefined;
}

// --- The sieve ---------------------------------------------------------------------------------------------

function afterQuote(ctx: Context, q: QuoteSpan, si: number): Found {
	const sentence = ctx.sentences[si]!;
	const nextOpen = ctx.top[lowerBound(ctx.top, q.close, byOpen)]?.open ?? Infinity;
	const limit = Math.min(sentence.end, nextOpen);
	const tail = ctx.text.slice(q.close, limit);
	const endsClause = /[,?!—–-][’'‘]?\s*$/.test(ctx.text.slice(q.start, q.close - 1)) || /^\s*,/.test(tail);
	if (!endsClause && !/^\s*\p{Ll}/u.test(tail)) return undefined;
	// "… “frank” and Putin called them …": a new clause, not this quote's attribution.
	const firstWord = /^[\s,]*(\p{L}+)/u.exec(tail)?.[1]?.toLowerCase() ?? '';
	if (CLAUSE_WORDS.has(firstWord)) return undefined;
	const according = /^\s*,?\s*according to\s+/i.exec(tail);
	if (according) {
		const np = phraseAfter(ctx, q.close + according[0].length, limit);
		return orUnresolved(np && resolvePhrase(ctx, np.start, np.end, si, 'after:according'));
	}
	const inverted = INVERTED.exec(tail);
	if (inverted) {
		const np = phraseAfter(ctx, q.close + inverted[0].length, limit);
		return orUnresolved(np && resolvePhrase(ctx, np.start, np.end, si, 'after:inverted'));
	}
	CUE.lastIndex = 0;
	for (let m = CUE.exec(tail); m; m = CUE.exec(tail)) {
		if (m.index > 160) break;
		if (!FINITE.test(m[0])) continue;
		if (NOT_SPEECH_AFTER.test(tail.slice(m.index + m[0].length)) && !/^said/i.test(m[0])) continue;
		const np = phraseBefore(ctx, q.close, q.close + m.index);
		return orUnresolved(np && resolvePhrase(ctx, np.start, np.end, si, 'after:cue'));
	}
	return undefined;
}

function beforeQuote(ctx: Context, q: QuoteSpan, si: number): Found {
	const sentence = ctx.sentences[si]!;
	const prev = quoteBefore(ctx, q);
	const prevClose = prev && prev.close <= q.open && prev.close > sentence.start ? prev.close : sentence.start;
	const head = ctx.text.slice(prevClose, q.open);
	let last: RegExpExecArray | undefined;
	CUE.lastIndex = 0;
	for (let m = CUE.exec(head); m; m = CUE.exec(head)) {
		const after = head.slice(m.index + m[0].length);
		if (NOT_SPEECH_AFTER.test(after) && !/^(?:said|according to)/i.test(m[0])) continue;
		last = m;
	}
	if (!last) return undefined;
	const cueAt = prevClose + last.index;
	const between = ctx.text.slice(cueAt, q.open);
	if (between.split(/\s+/).length > 40) return undefined;
	const cue = last[0].toLowerCase();
	if (cue === 'according to') {
		const np = phraseAfter(ctx, cueAt + last[0].length, q.open);
		return orUnresolved(np && resolvePhrase(ctx, np.start, np.end, si, 'before:according'));
	}
	if (PARTICIPLE.test(cue)) {
		// "A spokesman responded to the visit by saying that Japan should “…”": the clause's subject speaks.
		const finite = phraseBefore(ctx, prevClose, cueAt);
		const subject = subjectOf(ctx, si);
		if (subject.kind === 'entity')
			return { entity: subject.entity, confidence: 'high', rule: 'before:participle' };
		const start = mainClauseStart(ctx, si);
		const np = phraseBefore(ctx, start, firstVerbAfter(ctx, start, cueAt));
		return orUnresolved(
			(np && resolvePhrase(ctx, np.start, np.end, si, 'before:participle')) ??
				(finite && resolvePhrase(ctx, finite.start, finite.end, si, 'before:participle'))
		);
	}
	const np = phraseBefore(ctx, prevClose, cueAt);
	// "The association said it supported “…” but warned that …“…”": a second verb shares the first one's subject.
	if (!np && /\b(?:and|but)\s+(?:(?:also|later|then)\s+)?$/i.test(ctx.text.slice(prevClose, cueAt))) {
		const earlier = prev?.close === prevClose && ctx.spoken.has(prev.open) ? prev : undefined;
		if (earlier)
			return { entity: ctx.spoken.get(earlier.open)!, confidence: 'high', rule: 'before:coordinated' };
		const subject = subjectOf(ctx, si);
		if (subject.kind === 'entity')
			return { entity: subject.entity, confidence: 'high', rule: 'before:coordinated' };
	}
	return orUnresolved(np && resolvePhrase(ctx, np.start, np.end, si, 'before:cue'));
}

function mainClauseStart(ctx: Context, si: number): number {
	const s = ctx.sentences[si]!;
	let at = s.start;
	const rest = ctx.text.slice(at, s.end);
	if (FRONTED.test(rest)) {
		const comma = rest.search(/,\s/);
		if (comma > 0 && comma < 160) at += comma + 2;
	}
	return at;
}

/** The first finite verb-like word after the subject: crude, only used to bound the subject phrase. */
function firstVerbAfter(ctx: Context, start: number, limit: number): number {
	const m = /\s(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|said|says|told|made|gave|took)\b/u.exec(
		ctx.text.slice(start, limit)
	);
	return m ? start + m.index : limit;
}

/** "Extract from the joint statement": a document named as the quote's source in the same paragraph. */
function documentLabel(ctx: Context, paragraph: number): number | undefined {
	for (const s of ctx.sentences) {
		if (s.paragraph !== paragraph) continue;
		const m = /\b(?:extract|excerpt|quotation)s?\s+from\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu.exec(
			ctx.text.slice(s.start, s.end)
		);
		const head = m?.[1]?.split(/\s+/).find((w) => DOC_NOUNS.has(w.toLowerCase()));
		if (head) return documentEntity(ctx, head.toLowerCase(), s.end);
	}
	return undefined;
}

const INVERTED = new RegExp(`^\\s*,?\\s*(?:${FINITE_CUES})\\s+`, 'i');
const SPLIT_CUE = new RegExp(`^[\\s,]*[^“”"]{0,80}?\\b(?:${FINITE_CUES})\\b[^“”"]{0,80}?[,:]\\s*$`, 'i');

export function attributeQuotes(
	text: string,
	sentences: SentenceSpan[],
	people: PeopleTable,
	quotes: QuoteSpan[]
): Attribution[] {
	const top = quotes.filter((q) => q.parent === undefined);
	const ctx: Context = { text, sentences, people, quotes, top, documents: new Map(), spoken: new Map() };
	const firstOf = (paragraph: number) => sentences[lowerBound(sentences, paragraph, byParagraph)];
	const lastOf = (paragraph: number) => sentences[lowerBound(sentences, paragraph + 1, byParagraph) - 1];
	const result: Attribution[] = [];
	let previous: Attribution | undefined;
	for (const q of quotes) {
		const si = Math.max(0, sentenceAt(sentences, q.open));
		const sj = Math.max(si, sentenceAt(sentences, Math.max(q.open, q.close - 1)));
		const evidence = { start: sentences[si]?.start ?? q.open, end: sentences[sj]?.end ?? q.close };
		if (q.parent !== undefined) {
			// Words quoted inside someone's quote are not that person's own.
			result.push({ quote: q, confidence: 'low', rule: 'nested', evidence });
			continue;
		}
		const cue = afterQuote(ctx, q, sj) ?? beforeQuote(ctx, q, si);
		let found = cue === UNRESOLVED ? undefined : cue;
		const words = text.slice(q.start, q.end).split(/\s+/).length;
		if (!cue && previous?.speaker !== undefined) {
			const gap = text.slice(previous.quote.close, q.open);
			const sameParagraph = previous.quote.paragraph === q.paragraph;
			const nextParagraph = q.paragraph === previous.quote.paragraph + 1;
			const previousEndedParagraph =
				previous.quote.unclosed ||
				(lastOf(previous.quote.paragraph)?.end ?? Infinity) <= previous.evidence.end;
			const firstInParagraph = quoteBefore(ctx, q)?.paragraph !== q.paragraph;
			if (sameParagraph && SPLIT_CUE.test(gap))
				found = { entity: previous.speaker, confidence: previous.confidence, rule: 'split' };
			else if (sameParagraph && words >= 4)
				found = {
					entity: previous.speaker,
					confidence: interveningSubject(ctx, previous, q) ? 'low' : previous.confidence,
					rule: 'continued'
				};
			else if (
				nextParagraph &&
				firstInParagraph &&
				previousEndedParagraph &&
				(words >= 4 || previous.quote.unclosed)
			) {
				const opensParagraph = text.slice(firstOf(q.paragraph)?.start ?? q.open, q.open).trim() === '';
				found = {
					entity: previous.speaker,
					confidence: opensParagraph ? previous.confidence : 'low',
					rule: 'next-paragraph'
				};
			}
		}
		if (
			found &&
			people.entities[found.entity]!.kind === 'person' &&
			!people.entities[found.entity]!.named &&
			found.confidence === 'low'
		) {
			const doc = documentLabel(ctx, q.paragraph);
			if (doc !== undefined) found = { entity: doc, confidence: 'low', rule: 'document-label' };
		}
		const attribution: Attribution = found
			? { quote: q, speaker: found.entity, confidence: found.confidence, rule: found.rule, evidence }
			: { quote: q, confidence: 'low', rule: 'none', evidence };
		result.push(attribution);
		if (attribution.speaker !== undefined) ctx.spoken.set(q.open, attribution.speaker);
		previous = attribution;
	}
	return result;
}

/** Someone else became the subject between two quotes of a paragraph: the second may be theirs. */
function interveningSubject(ctx: Context, previous: Attribution, q: QuoteSpan): boolean {
	const from = sentenceAt(ctx.sentences, previous.quote.close - 1) + 1;
	const to = sentenceAt(ctx.sentences, q.open);
	for (let j = from; j < to; j++) {
		const s = subjectOf(ctx, j);
		if (s.kind === 'entity' && s.entity !== previous.speaker) return true;
	}
	return false;
}
