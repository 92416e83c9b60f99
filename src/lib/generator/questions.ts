import { givesAway, type DateFact, type FigureFact, type Question, type QuoteFact, type Span } from './bank';
import { dateDistractors } from './dates';
import { readableDate } from './readable-date';
import { figureDistractors } from './figures';
import { hash, hashSeed } from './hash';
import { parseFigure, parseNumberWords } from './numbers';
import type { Entity } from './people';
import { createRandom, shuffle } from './random';

/**
 * Questions from facts. Every question must be one a student can trust: the answer is in the evidence, no
 * choice is another form of the answer or also true per the article, and the prompt never gives it away.
 * Ids hash the fact's content and the type, so editing an unrelated paragraph keeps them.
 */
export interface QuoteInfo {
	fact: QuoteFact;
	/** The speaker in the people table, when there is one. */
	speaker?: Entity;
	/** The sentence(s) with the quote and its attribution: what a question shows as evidence. */
	evidence: Span;
	nested: boolean;
}

export interface QuestionInput {
	text: string;
	quotes: QuoteInfo[];
	figures: FigureFact[];
	dates: DateFact[];
	/** Candidates for speaker distractors besides speakers: people and organisations the article mentions. */
	entities: Entity[];
	seed: number;
}

const BLANK = '_____';
const MIN_QUOTE_WORDS = 3;

const questionId = (type: Question['type'], key: string) => `q-${hash(`${type}|${key}`)}`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const same = (a: string, b: string) => a.toLowerCase().trim() === b.toLowerCase().trim();

/** A long quote cut at a word boundary, never mid-word, with an ellipsis. */
export function shorten(quote: string, max = 40): string {
	const w = words(quote);
	if (w.length <= max) return quote.trim();
	let cut = max;
	// Prefer ending at a clause break in the last third of the window.
	for (let i = max; i > Math.floor(max * 0.66); i--)
		if (/[,;:]$/.test(w[i - 1] ?? '')) {
			cut = i;
			break;
		}
	return `${w
		.slice(0, cut)
		.join(' ')
		.replace(/[,;:]$/, '')} …`;
}

/**
 * A quote as a choice or prompt shows it: without the comma or period the sentence around it lent it ("…the
 * international order." beside choices that end bare would stand out), so every quote in a set ends alike.
 * A question or exclamation mark is part of what was said and stays. The second half of a quote split around
 * "she said" ("and full prices leave no room") opens with "…", so it reads as the fragment it is.
 */
export function displayQuote(quote: string): string {
	return quote
		.trim()
		.replace(/^(?=(?:and|but|or|so|because|which)\s)/, '… ')
		.replace(/[,;:.]+(?=[’'”"]*$)/u, '')
		.replace(/\s+(?=[’'”"]*$)/u, '');
}

function quoted(quote: string, max = 40): string {
	return `“${shorten(displayQuote(quote), max)}”`;
}

/** "Alexander Gabuev, a senior fellow at …": the speaker as an explanation names them. */
function describe(e: Entity | undefined, fact: QuoteFact): string {
	const name = capitalize(fact.speaker.name);
	const role = e?.role ?? fact.speaker.role;
	return role ? `${name}, ${role},` : name;
}

/** Text around an evidence span with the answer blanked, cut to whole words. */
function blankIn(text: string, evidence: Span, answer: string, maxWords = 45): string | undefined {
	const sentence = text.slice(evidence.start, evidence.end);
	const at = sentence.indexOf(answer);
	if (at < 0 || sentence.indexOf(answer, at + 1) >= 0) return undefined;
	const before = words(sentence.slice(0, at));
	const after = words(sentence.slice(at + answer.length));
	const side = Math.floor((maxWords - words(answer).length) / 2);
	const head = before.length > side ? ['…', ...before.slice(-side)] : before;
	const tail = after.length > side ? [...after.slice(0, side), '…'] : after;
	const glue = (a: string[], b: string) => (a.length ? `${a.join(' ')} ` : '') + b;
	const joined =
		glue(head, BLANK) + (tail.length ? `${/^[,.;:!?’”)]/.test(tail[0]!) ? '' : ' '}${tail.join(' ')}` : '');
	return asInnerQuotes(joined.replace(/ {2,}/g, ' ').replace(/([“‘"(]) +(?=_)/u, '$1'));
}

/**
 * A sentence shown inside “…” has its own double quotes turned to single ones, as English nests them:
 * “‘Six minutes?’ he said.”, not “"Six minutes?" he said.”.
 */
export function asInnerQuotes(s: string): string {
	return s.replace(/(^|[\s([—–-])["“](?=\S)/gu, '$1‘').replace(/["”]/g, '’');
}

export function makeQuestions(input: QuestionInput): Question[] {
	const out: Question[] = [];
	const push = (q: Question) => {
		if (
			'choices' in q &&
			q.choices &&
			new Set(q.choices.map((c) => c.toLowerCase())).size !== q.choices.length
		)
			return;
		if (
			q.type !== 'true-false' &&
			q.type !== 'flashcard' &&
			q.type !== 'matching' &&
			givesAway(q.prompt, q.answer)
		)
			return;
		out.push(q);
	};
	const random = (id: string) => createRandom(hashSeed(id, input.seed));
	const { quotes } = input;
	let pool: Pool | undefined;

	const trusted = quotes.filter(
		(q) => !q.nested && q.fact.confidence === 'high' && q.speaker !== undefined && q.fact.speaker.name !== ''
	);
	const namedPeople = (q: QuoteInfo) => q.speaker?.kind === 'person' && q.speaker.named;

	// Speakers first, then people and organisations mentioned without quotes: wrong answers from the article.
	const speakerPool: Entity[] = [];
	for (const q of trusted)
		if (namedPeople(q) && !speakerPool.includes(q.speaker!)) speakerPool.push(q.speaker!);
	const mentionedPool = input.entities.filter(
		(e) =>
			!speakerPool.includes(e) &&
			e.named &&
			(e.kind === 'person' || (e.kind === 'organisation' && e.mentions.length >= 2))
	);

	// What-said choices, written once: every quote is a wrong choice for many questions.
	const shortened = new Map<QuoteFact, string>();
	const short = (fact: QuoteFact) => {
		let s = shortened.get(fact);
		if (s === undefined) shortened.set(fact, (s = quoted(fact.quote, 25)));
		return s;
	};

	for (const q of trusted) {
		const speaker = q.speaker!;
		const fact = q.fact;
		const quoteWords = words(fact.quote).length;
		const namesSpeaker = speaker.tokens.some(
			(t) => t.length > 2 && new RegExp(`\\b${t}\\b`).test(fact.quote)
		);

		// Who said it: four named speakers from this article.
		if (namedPeople(q) && quoteWords >= MIN_QUOTE_WORDS && !namesSpeaker) {
			const id = questionId('who-said', fact.id);
			const rng = random(id);
			const others = shuffle(
				speakerPool.filter((e) => e !== speaker),
				rng
			);
			const extra = others.length >= 3 ? [] : shuffle(mentionedPool, rng);
			const wrong: string[] = [];
			for (const e of [...others, ...extra]) {
				if (wrong.length === 3) break;
				if (!new RegExp(`\\b${e.tokens[e.tokens.length - 1] ?? ''}\\b`).test(fact.quote))
					wrong.push(capitalize(e.name));
			}
			if (wrong.length === 3) {
				const answer = capitalize(speaker.name);
				push({
					id,
					factId: fact.id,
					type: 'who-said',
					prompt: `Who said this? ${quoted(fact.quote)}`,
					choices: shuffle([answer, ...wrong], rng),
					answer,
					explanation: `${describe(speaker, fact)} said it.`,
					evidence: q.evidence,
					difficulty: 2
				});
			}
		}

		// What did X say: the other choices are quotes by other speakers, so none is also true of X.
		if (namedPeople(q) && quoteWords >= MIN_QUOTE_WORDS) {
			const id = questionId('what-said', fact.id);
			const rng = random(id);
			const answer = short(fact);
			const pool = trusted.filter(
				(o) =>
					o.speaker !== speaker &&
					words(o.fact.quote).length >= MIN_QUOTE_WORDS &&
					!o.fact.quote.includes(fact.quote) &&
					!fact.quote.includes(o.fact.quote)
			);
			// Wrong quotes of about the answer's length: a choice twice as long as the others stands out.
			const length = (c: string) => Math.min(words(c).length, 26);
			const byLength = [...new Set(shuffle(pool, rng).map((o) => short(o.fact)))]
				.filter((w) => w !== answer)
				.sort((a, b) => Math.abs(length(a) - length(answer)) - Math.abs(length(b) - length(answer)));
			const wrong = shuffle(byLength.slice(0, 5), rng).slice(0, 3);
			if (wrong.length === 3) {
				push({
					id,
					factId: fact.id,
					type: 'what-said',
					prompt: `Which of these did ${capitalize(speaker.name)} say?`,
					choices: shuffle([answer, ...wrong], rng),
					answer,
					explanation: `${capitalize(speaker.name)} said ${quoted(fact.quote)}`,
					evidence: q.evidence,
					difficulty: 2
				});
			}
		}

		// Cloze: a telling word of a quote, with three words from elsewhere in the article.
		if (quoteWords >= 8) {
			const id = questionId('cloze', fact.id);
			const rng = random(id);
			const key = clozeWord(fact.quote);
			if (key) {
				pool ??= wordPool(input.text);
				const wrong = clozeDistractors(pool, fact.quote, key, rng);
				const prompt = `Complete the quote from ${speaker.named ? speaker.name : speaker.name.replace(/^(?:A|An|The)\b/, (d) => d.toLowerCase())}: “${fact.quote.replace(new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])`, 'u'), BLANK)}”`;
				if (wrong.length === 3)
					push({
						id,
						factId: fact.id,
						type: 'cloze',
						prompt,
						choices: shuffle([key, ...wrong], rng),
						answer: key,
						explanation: `${describe(speaker, fact)} said ${quoted(fact.quote)}`,
						evidence: q.evidence,
						difficulty: 2
					});
			}
		}

		// True or false: the real speaker, or another named person from the article.
		if (namedPeople(q) && quoteWords >= MIN_QUOTE_WORDS && !namesSpeaker) {
			const id = questionId('true-false', fact.id);
			const rng = random(id);
			const other = shuffle(
				speakerPool.filter((e) => e !== speaker),
				rng
			)[0];
			const truth = other === undefined || rng() < 0.5;
			const shown = truth ? speaker : other;
			push({
				id,
				factId: fact.id,
				type: 'true-false',
				prompt: `True or false: ${capitalize(shown.name)} said ${quoted(fact.quote)}`,
				choices: ['True', 'False'],
				answer: truth ? 'True' : 'False',
				explanation: truth
					? `True: ${describe(speaker, fact)} said it.`
					: `False: it was ${describe(speaker, fact).replace(/,$/, '')}, not ${capitalize(shown.name)}.`,
				evidence: q.evidence,
				difficulty: 1
			});
		}

		// A two-word fragment ("fig leaf") out of its sentence cannot be placed by anyone.
		if (quoteWords >= MIN_QUOTE_WORDS)
			push({
				id: questionId('flashcard', fact.id),
				factId: fact.id,
				type: 'flashcard',
				prompt: `Who said ${quoted(fact.quote)}?`,
				answer: describe(speaker, fact).replace(/,$/, ''),
				explanation: `${describe(speaker, fact)} said it.`,
				evidence: q.evidence,
				difficulty: 1
			});
	}

	out.push(...matching(trusted.filter(namedPeople), random));
	figureQuestions(input, random, push);
	dateQuestions(input, random, push);
	return out;
}

/** Matching sets of up to four quotes, each by a different named speaker. */
function matching(trusted: QuoteInfo[], random: (id: string) => () => number): Question[] {
	const bySpeaker = new Map<Entity, QuoteInfo>();
	for (const q of trusted)
		if (!bySpeaker.has(q.speaker!) && words(q.fact.quote).length >= MIN_QUOTE_WORDS)
			bySpeaker.set(q.speaker!, q);
	const chosen = [...bySpeaker.values()];
	if (chosen.length < 3) return [];
	const sets: QuoteInfo[][] = [];
	for (let i = 0; i + 3 <= chosen.length; i += 4) sets.push(chosen.slice(i, i + 4));
	return sets.map((set) => {
		const id = questionId('matching', set.map((q) => q.fact.id).join(','));
		const pairs = shuffle(
			set.map((q) => ({
				factId: q.fact.id,
				left: quoted(q.fact.quote, 20),
				right: capitalize(q.speaker!.name),
				evidence: q.evidence
			})),
			random(id)
		);
		return {
			id,
			factId: set[0]!.fact.id,
			type: 'matching' as const,
			prompt: 'Match each quote with the person who said it.',
			answer: pairs.map((p) => `${p.right}: ${p.left}`).join('\n'),
			pairs,
			explanation: set
				.map((q) => `${describe(q.speaker, q.fact)} said ${quoted(q.fact.quote, 20)}`)
				.join('. '),
			evidence: {
				start: Math.min(...set.map((q) => q.evidence.start)),
				end: Math.max(...set.map((q) => q.evidence.end))
			},
			difficulty: 2
		};
	});
}

const STOPWORDS = new Set(
	(
		'about above after again against because before being below between could during further having their there ' +
		'these those through under until where which while would should other another every still though without ' +
		'within rather whether really always never those itself something nothing anything'
	).split(' ')
);

/** "everyone", "nothing": a blank for them has no wrong answer of the same kind in an article. */
const PRONOUNS = /^(?:every|some|any|no)(?:one|body|thing|where)$|^nobody$/;

/** The longest content word that occurs once in the quote: names and stopwords make poor blanks. */
function clozeWord(quote: string): string | undefined {
	const candidates = [...quote.matchAll(/(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/gu)]
		.map((m) => m[0])
		.filter((w) => !STOPWORDS.has(w) && !/ly$/.test(w) && !PRONOUNS.test(w))
		.filter((w) => quote.toLowerCase().split(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u')).length === 2);
	return candidates.sort((a, b) => b.length - a.length)[0];
}

const DETERMINER =
	/^(?:a|an|the|its|their|his|her|our|my|your|this|that|these|those|some|any|no|every|another|each|many|several)$/i;
/** After these comes a verb: "to build", "will close", "we practice", "they build". */
const VERB_LEAD = /^(?:to|will|would|could|should|can|may|might|must|not|did|does|do|i|we|they|you)$/i;
const BE_HAVE = /^(?:is|are|was|were|be|been|being|am|has|have|had)$/i;
/** Words after which the word before them was not a modifier: "the products people buy" ends "products" there. */
const FUNCTION_WORDS = new Set(
	'of to in on at by for from with and or but than as that which who whom whose is are was were be been has have had will would can could should may might must not no this these those its their his her our my your the a an it they we you he she i people'.split(
		' '
	)
);

/**
 * The kind of slot a word sits in, read from its neighbours: after "the" a modifier ("a constructive role") or a
 * head noun ("on the playground"), after "to"/"will" a verb, after "is"/"has" a participle or adjective.
 */
function slotOf(before: string, after: string): string {
	const letters = before.match(/[\p{L}'’]+/gu);
	const prev = letters?.[letters.length - 1] ?? '';
	if (DETERMINER.test(prev)) {
		const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
		return next && !FUNCTION_WORDS.has(next) ? 'det-modifier' : 'det-head';
	}
	return VERB_LEAD.test(prev) ? 'verb' : BE_HAVE.test(prev) ? 'be' : 'other';
}

interface PoolWord {
	word: string;
	slot: string;
}

interface Pool {
	words: PoolWord[];
	/** Every kind of slot each word sits in somewhere in the article. */
	slots: Map<string, Set<string>>;
}

/** Every content word of the article with the kind of slot it sits in: computed once per bank. */
function wordPool(text: string): Pool {
	const pool: PoolWord[] = [];
	const seen = new Set<string>();
	for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/gu)) {
		const word = m[0];
		if (STOPWORDS.has(word) || /ly$/.test(word) || parseNumberWords(word) !== null) continue;
		const slot = slotOf(
			text.slice(Math.max(0, m.index - 30), m.index),
			text.slice(m.index + word.length, m.index + word.length + 30)
		);
		const key = `${word}|${slot}`;
		if (seen.has(key)) continue;
		seen.add(key);
		pool.push({ word, slot });
	}
	const slots = new Map<string, Set<string>>();
	for (const { word, slot } of pool) slots.set(word, (slots.get(word) ?? new Set()).add(slot));
	return { words: pool, slots };
}

/** A word's form, from its ending: a blank's wrong answers share it, so none is ruled out by grammar alone. */
function shape(w: string): string {
	if (/ing$/.test(w)) return 'ing';
	if (/ed$/.test(w)) return 'ed';
	if (/(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|hood)s?$/.test(w)) return 'noun';
	if (/(?:ive|ous|ful|less|able|ible|ic|al|ary)$/.test(w)) return 'adjective';
	if (/[^s]er$/.test(w)) return 'er';
	return /s$/.test(w) ? 's' : 'x';
}

/** Words of the same shape, in the same kind of slot, from elsewhere in the article; none is the answer's stem. */
function clozeDistractors(pool: Pool, quote: string, key: string, rng: () => number): string[] {
	const keyAt = quote.search(new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])`, 'u'));
	const slot = slotOf(quote.slice(0, Math.max(0, keyAt)), quote.slice(keyAt + key.length));
	const inQuote = new Set(quote.toLowerCase().match(/\p{L}+/gu) ?? []);
	const stem = key.slice(0, 5);
	const candidates = new Set<string>();
	for (const { word: w, slot: s } of pool.words) {
		if (s !== slot || inQuote.has(w) || w.startsWith(stem) || key.startsWith(w.slice(0, 5))) continue;
		if (shape(w) !== shape(key) || Math.abs(w.length - key.length) > 3) continue;
		// A word the article also uses in another kind of slot may be another part of speech ("this morning").
		if (slot !== 'other' && [...(pool.slots.get(w) ?? [])].some((x) => x !== slot && x !== 'other')) continue;
		candidates.add(w);
	}
	const picked: string[] = [];
	for (const w of shuffle([...candidates].sort(), rng)) {
		if (picked.some((p) => p.slice(0, 5) === w.slice(0, 5))) continue;
		picked.push(w);
		if (picked.length === 3) break;
	}
	return picked;
}

type Push = (q: Question) => void;

/** "Nobody is laughing _____.": a sentence this short gives a student nothing to place the answer by. */
const tooShort = (context: string) => words(context.replace(BLANK, '')).length < 5;

function figureQuestions(input: QuestionInput, random: (id: string) => () => number, push: Push): void {
	const seen = new Set<string>();
	for (const fact of input.figures) {
		const context = blankIn(input.text, fact.evidence, fact.text);
		if (!context || tooShort(context)) continue;
		const key = `${fact.value}|${fact.unit}`;
		const first = !seen.has(key);
		seen.add(key);
		const sentence = input.text.slice(fact.evidence.start, fact.evidence.end);
		const explanation = `The article says: “${asInnerQuotes(shorten(sentence, 60))}”`;
		const choiceId = questionId('figure-choice', fact.id);
		const wrong = figureDistractors(fact, input.figures, hashSeed(choiceId, input.seed)).filter(
			(w) => !same(w, fact.text) && !sentence.includes(w)
		);
		if (first && wrong.length === 3) {
			push({
				id: choiceId,
				factId: fact.id,
				type: 'figure-choice',
				prompt: `Which figure completes the sentence? “${context}”`,
				choices: shuffle([fact.text, ...wrong], random(choiceId)),
				answer: fact.text,
				explanation,
				evidence: fact.evidence,
				difficulty: 2
			});
		}
		const parsed = parseFigure(fact.text);
		if (first && parsed && !parsed.vague && fact.unit !== 'multiplier') {
			push({
				id: questionId('figure-typed', fact.id),
				factId: fact.id,
				type: 'figure-typed',
				prompt: `Type the missing figure: “${context}”`,
				answer: fact.text,
				accept: { kind: 'number', value: fact.value, unit: fact.unit },
				explanation,
				evidence: fact.evidence,
				difficulty: 3
			});
		}
		if (wrong[0] !== undefined) {
			const id = questionId('true-false', fact.id);
			const truth = random(id)() < 0.5;
			const shown = blankIn(input.text, fact.evidence, fact.text, 60)!.replace(
				BLANK,
				truth ? fact.text : wrong[0]
			);
			push({
				id,
				factId: fact.id,
				type: 'true-false',
				prompt: `True or false, according to the article: “${shown}”`,
				choices: ['True', 'False'],
				answer: truth ? 'True' : 'False',
				explanation: truth
					? `True. ${explanation}`
					: `False: it was ${fact.text}, not ${wrong[0]}. ${explanation}`,
				evidence: fact.evidence,
				difficulty: 1
			});
		}
		push({
			id: questionId('flashcard', fact.id),
			factId: fact.id,
			type: 'flashcard',
			prompt: `“${context}”`,
			answer: fact.text,
			explanation,
			evidence: fact.evidence,
			difficulty: 1
		});
	}
}

function dateQuestions(input: QuestionInput, random: (id: string) => () => number, push: Push): void {
	const seen = new Set<string>();
	for (const fact of input.dates) {
		const context = blankIn(input.text, fact.evidence, fact.text);
		if (!context || tooShort(context)) continue;
		// Five "on Tuesday" questions teach nothing more than one.
		const key = `${fact.text.toLowerCase()}|${fact.value ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const sentence = input.text.slice(fact.evidence.start, fact.evidence.end);
		// "last month (February 2023)": the value as a reader says it, and only when the text does not already.
		const readable = fact.value ? readableDate(fact.value) : '';
		const note = readable && !fact.text.includes(readable) ? ` (${readable})` : '';
		const explanation = `The article says: “${asInnerQuotes(shorten(sentence, 60))}”${note}`;
		const choiceId = questionId('date-choice', fact.id);
		const wrong = dateDistractors(fact, input.dates, hashSeed(choiceId, input.seed)).filter(
			(w) => !same(w, fact.text) && !sentence.toLowerCase().includes(w.toLowerCase())
		);
		if (wrong.length === 3) {
			push({
				id: choiceId,
				factId: fact.id,
				type: 'date-choice',
				prompt: `When? Complete the sentence: “${context}”`,
				choices: shuffle([fact.text, ...wrong], random(choiceId)),
				answer: fact.text,
				explanation,
				evidence: fact.evidence,
				difficulty: 2
			});
		}
		if (fact.value && /^\d{4}(?:-\d{2}){0,2}$/.test(fact.value)) {
			push({
				id: questionId('date-typed', fact.id),
				factId: fact.id,
				type: 'date-typed',
				prompt: `Type the missing date: “${context}”`,
				answer: fact.text,
				accept: { kind: 'date', value: fact.value },
				alternatives: [fact.value],
				explanation,
				evidence: fact.evidence,
				difficulty: 3
			});
		}
		push({
			id: questionId('flashcard', fact.id),
			factId: fact.id,
			type: 'flashcard',
			prompt: `“${context}”`,
			answer: `${fact.text}${note}`,
			explanation,
			evidence: fact.evidence,
			difficulty: 1
		});
	}
}
