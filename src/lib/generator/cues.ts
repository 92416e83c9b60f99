import { lexiconTags } from './lexicon';
import { matchesOf } from './regexp';

/**
 * The words that tell who said a quote, as a registry: adding a cue is one entry here and one row in
 * cues.test.ts. Everything the attribution sieve (quotes.ts) and the people table (people.ts) match is built
 * from these tables.
 */

export interface CueVerb {
	/** The forms with a subject that speaks: "said", "says". */
	finite: readonly string[];
	/** The -ing form, whose subject is the main clause's ("…, saying “…”"). */
	participle?: string;
	/** Words after which the verb is not speech: "called for", "asked to", "added to". */
	notSpeechBefore?: readonly string[];
	/** Speech only right after a quote ("…,” she continued): before a name it is an ordinary verb. */
	afterQuoteOnly?: boolean;
	/**
	 * A verb of judgement ("thanked fans for their “incredible support”", "praised its “courage”"): the words
	 * quoted in its object are the subject's, but it is no sign that the subject is a person (bodies thank too).
	 */
	evaluative?: boolean;
	/**
	 * `thought`: a verb of belief or finding ("expected", "determined"); it attributes words quoted in the
	 * reported clause ("He expected it to rise “dramatically”"), never a whole sentence.
	 */
	kind?: 'speech' | 'thought';
}

export const CUE_VERBS = {
	say: { finite: ['said', 'says', 'say'], participle: 'saying' },
	tell: { finite: ['told', 'tells', 'tell'], participle: 'telling', notSpeechBefore: ['to'] },
	add: { finite: ['added', 'adds', 'add'], participle: 'adding', notSpeechBefore: ['to', 'up'] },
	write: {
		finite: ['wrote', 'writes', 'write'],
		participle: 'writing',
		notSpeechBefore: ['off', 'down', 'up']
	},
	ask: { finite: ['asked', 'asks'], participle: 'asking', notSpeechBefore: ['for', 'to', 'about', 'out'] },
	argue: { finite: ['argued', 'argues', 'argue'], participle: 'arguing' },
	note: { finite: ['noted', 'notes'], participle: 'noting' },
	warn: { finite: ['warned', 'warns', 'warn'], participle: 'warning' },
	explain: { finite: ['explained', 'explains', 'explain'], participle: 'explaining' },
	declare: { finite: ['declared', 'declares'], participle: 'declaring' },
	announce: { finite: ['announced', 'announces'], participle: 'announcing' },
	insist: { finite: ['insisted', 'insists', 'insist'], participle: 'insisting' },
	reply: { finite: ['replied', 'replies'], participle: 'replying' },
	respond: { finite: ['responded', 'responds'], notSpeechBefore: ['to', 'by'] },
	state: { finite: ['stated', 'states'], participle: 'stating' },
	/** "The deed records that the land was given “for …”": a document's own words ("recorded" is a song's). */
	record: { finite: ['records'] },
	acknowledge: { finite: ['acknowledged', 'acknowledges', 'acknowledge'] },
	admit: { finite: ['admitted', 'admits', 'admit'] },
	recall: { finite: ['recalled', 'recalls'], notSpeechBefore: ['from'] },
	/** "remembered a man who “never once went home early”": a tribute's words, as "recalled" gives them. */
	remember: { finite: ['remembered', 'remembers'], notSpeechBefore: ['to', 'from'] },
	predict: { finite: ['predicted', 'predicts', 'predict'] },
	promise: { finite: ['promised', 'promises'] },
	vow: { finite: ['vowed', 'vows'] },
	claim: { finite: ['claimed', 'claims'], participle: 'claiming' },
	allege: { finite: ['alleged', 'alleges', 'allege'], participle: 'alleging' },
	suggest: { finite: ['suggested', 'suggests', 'suggest'] },
	concede: { finite: ['conceded', 'concedes', 'concede'] },
	complain: { finite: ['complained', 'complains', 'complain'], participle: 'complaining' },
	joke: { finite: ['joked', 'jokes'], participle: 'joking' },
	observe: { finite: ['observed', 'observes'] },
	caution: { finite: ['cautioned', 'cautions'], participle: 'cautioning' },
	remark: { finite: ['remarked', 'remarks'] },
	comment: { finite: ['commented', 'comments'], participle: 'commenting' },
	emphasise: { finite: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'] },
	stress: { finite: ['stressed', 'stresses'], participle: 'stressing' },
	conclude: { finite: ['concluded', 'concludes'] },
	boast: { finite: ['boasted', 'boasts', 'bragged'] },
	call: {
		finite: ['called', 'calls'],
		participle: 'calling',
		notSpeechBefore: ['for', 'on', 'off', 'up', 'out', 'in', 'into', 'back']
	},
	describe: { finite: ['described', 'describes', 'describe'], participle: 'describing' },
	/** "characterized the incident as “probably not that big a deal”": a verdict in the speaker's words, as "described". */
	characterise: {
		finite: ['characterized', 'characterised', 'characterizes', 'characterises'],
		participle: 'characterizing'
	},
	/**
	 * "dismissed the claims as “nonsense”", "hailed it as “historic”": a verdict in the speaker's own words.
	 * ("branded", "labelled" name things as often: quotes.ts reads the words after them as a name in marks.)
	 */
	dismiss: { finite: ['dismissed', 'dismisses'], participle: 'dismissing' },
	/** "a decision she defended as “making us faster”": a verdict in the speaker's own words, as "dismissed" is. */
	defend: { finite: ['defended', 'defends'], participle: 'defending' },
	hail: { finite: ['hailed', 'hails'], participle: 'hailing' },
	condemn: { finite: ['condemned', 'condemns'], participle: 'condemning' },
	/** "denounced the “opacity” of the budget", "denounced the king as a “national betrayer”": as "condemned". */
	denounce: { finite: ['denounced', 'denounces'], participle: 'denouncing' },
	/** "likened the cuts to “shredding the evidence”": a comparison in the speaker's own words. */
	liken: { finite: ['likened', 'likens'], participle: 'likening' },
	/**
	 * "termed the appeal a “mere formality”": a verdict in the speaker's own words, as "called it" gives one. Not
	 * "terms", a noun far more often ("the terms of the deal").
	 */
	term: { finite: ['termed'], participle: 'terming' },
	/**
	 * "pledged that everyone involved “handle the situation wisely”", "pledged “Fear will not stop us”": a promise in
	 * the speaker's words, only in a "that" clause or right before them ("pledged $10 million to “…”" gives money).
	 */
	pledge: { finite: ['pledged', 'pledges'], participle: 'pledging' },
	/** "had threatened at the time … that it “could be the spark …”": a warning's words, as "warned" gives them. */
	threaten: { finite: ['threatened', 'threatens'], participle: 'threatening', notSpeechBefore: ['to'] },
	criticise: {
		finite: ['criticised', 'criticized', 'criticises', 'criticizes'],
		participle: 'criticising',
		notSpeechBefore: ['for']
	},
	urge: { finite: ['urged', 'urges', 'urge'], participle: 'urging' },
	counter: { finite: ['countered', 'counters'] },
	maintain: { finite: ['maintained', 'maintains', 'maintain'] },
	testify: { finite: ['testified', 'testifies', 'testify'] },
	accuse: { finite: ['accused', 'accuses', 'accuse'], participle: 'accusing' },
	tweet: { finite: ['tweeted', 'tweets'], participle: 'tweeting' },
	post: { finite: ['posted'], notSpeechBefore: ['to', 'up', 'bail'] },
	continue: { finite: ['continued', 'continues'], notSpeechBefore: ['to', 'into'], afterQuoteOnly: true },
	agree: {
		finite: ['agreed', 'agrees', 'agree'],
		notSpeechBefore: [
			'to',
			'on',
			'with',
			'because',
			'after',
			'when',
			'in',
			'at',
			'as',
			'if',
			'for',
			'by',
			'upon'
		]
	},
	assert: { finite: ['asserted', 'asserts', 'assert'], participle: 'asserting' },
	reason: { finite: ['reasoned', 'reasons'] },
	report: { finite: ['reported', 'reports'], notSpeechBefore: ['to', 'for'] },
	indicate: { finite: ['indicated', 'indicates'] },
	confirm: { finite: ['confirmed', 'confirms', 'confirm'], participle: 'confirming' },
	deny: { finite: ['denied', 'denies', 'deny'], participle: 'denying' },
	cite: { finite: ['cited', 'cites'], participle: 'citing' },
	putIt: { finite: ['put it', 'puts it'] },
	shout: { finite: ['shouted', 'shouts'], participle: 'shouting', notSpeechBefore: ['at', 'down'] },
	yell: { finite: ['yelled', 'yells'], participle: 'yelling', notSpeechBefore: ['at'] },
	scream: { finite: ['screamed', 'screams'], participle: 'screaming', notSpeechBefore: ['at', 'in', 'for'] },
	chant: { finite: ['chanted', 'chant'], participle: 'chanting' },
	exclaim: { finite: ['exclaimed', 'exclaims'] },
	plead: { finite: ['pleaded', 'pleads', 'pled'], notSpeechBefore: ['guilty', 'not', 'with', 'for', 'no'] },
	demand: { finite: ['demanded', 'demands'], participle: 'demanding' },
	thank: { finite: ['thanked', 'thanks'], participle: 'thanking', evaluative: true },
	praise: { finite: ['praised', 'praises'], participle: 'praising', evaluative: true },
	welcome: { finite: ['welcomed', 'welcomes'], participle: 'welcoming', evaluative: true },
	apologise: {
		finite: ['apologised', 'apologized', 'apologises', 'apologizes'],
		participle: 'apologising',
		evaluative: true
	},
	speakOf: { finite: ['spoke of', 'speaks of', 'spoke about', 'speaks about'], evaluative: true },
	whisper: { finite: ['whispered', 'whispers'] },
	/** "In his church, Haggard preached “…”": a sermon's words are the preacher's. */
	preach: { finite: ['preached', 'preaches'], participle: 'preaching' },
	/** A debate's quick exchanges: "“Built two hospitals,” Ms Hale shot back.", "she retorted", "he interjected". */
	retort: { finite: ['retorted', 'retorts'] },
	shootBack: { finite: ['shot back', 'shoots back'] },
	fireBack: { finite: ['fired back', 'fires back'] },
	interject: { finite: ['interjected', 'interjects'] },
	/**
	 * An exchange's turns after the quote ("“…,” she answered", "“Tonight?” he repeated", "“…,” reacted Vela", "“…,”
	 * Vela charged"): before a name or an object they are ordinary verbs ("answered questions", "charged with").
	 */
	answer: { finite: ['answered', 'answers'], afterQuoteOnly: true, notSpeechBefore: ['to', 'for'] },
	repeat: { finite: ['repeated', 'repeats'], afterQuoteOnly: true },
	react: { finite: ['reacted', 'reacts'], afterQuoteOnly: true, notSpeechBefore: ['to', 'with', 'by'] },
	charge: {
		finite: ['charged', 'charges'],
		afterQuoteOnly: true,
		notSpeechBefore: ['with', 'for', 'into', 'up']
	},
	/** An interviewer's follow-up ("“And the wall?” Lund pressed."): the asker's turn, not the guest's. */
	press: {
		finite: ['pressed', 'presses'],
		afterQuoteOnly: true,
		notSpeechBefore: ['for', 'on', 'ahead', 'charges', 'into', 'against', 'to']
	},
	/**
	 * A sharp or curt turn after the quote ("“Sit down,” Vela barked", "“No,” she snapped"): before a name or an
	 * object they are other verbs ("snapped a photo", "barked orders").
	 */
	bark: { finite: ['barked', 'barks'], afterQuoteOnly: true, notSpeechBefore: ['orders'] },
	snap: { finite: ['snapped', 'snaps'], afterQuoteOnly: true, notSpeechBefore: ['up', 'shut'] },
	/** "“The way I see it,” she elaborated, “…”": the speaker goes on. */
	elaborate: { finite: ['elaborated', 'elaborates'], afterQuoteOnly: true, notSpeechBefore: ['on', 'upon'] },
	wonder: {
		finite: ['wondered', 'wonders'],
		afterQuoteOnly: true,
		notSpeechBefore: ['about', 'if', 'whether']
	},
	quip: { finite: ['quipped', 'quips'], participle: 'quipping' },
	/** "she went on to say that …", "went on to state/speculate that …": the subject speaks. */
	goOnToSay: {
		finite: [
			'went on to say',
			'goes on to say',
			'went on to add',
			'goes on to add',
			'went on to state',
			'goes on to state',
			'went on to speculate',
			'goes on to speculate'
		]
	},
	/** "“…,” she was quoted as saying": the subject is the speaker a publication quotes. */
	quotedAsSaying: { finite: ['quoted as saying'] },
	/** "“…,” he is reported to have said": the subject is the speaker others report. */
	reportedToHaveSaid: { finite: ['reported to have said', 'said to have told'] },
	/** "The statement read: “…”": a document's words, given to its issuer. */
	read: { finite: ['read', 'reads'] },
	pointOut: { finite: ['pointed out', 'points out'], participle: 'pointing out' },
	expect: { finite: ['expected', 'expects'], kind: 'thought', notSpeechBefore: ['to'] },
	believe: { finite: ['believed', 'believes', 'believe'], kind: 'thought' },
	hope: { finite: ['hoped', 'hopes'], kind: 'thought', notSpeechBefore: ['to', 'for'] },
	fear: { finite: ['feared', 'fears', 'fear'], kind: 'thought' },
	think: { finite: ['thinks', 'think'], kind: 'thought', notSpeechBefore: ['about', 'of', 'so'] },
	feel: { finite: ['felt', 'feels'], kind: 'thought', notSpeechBefore: ['like', 'for', 'about'] },
	determine: { finite: ['determined', 'determines'], kind: 'thought', notSpeechBefore: ['to'] },
	/**
	 * "Senator Vela opposes “blanket fare rises”", "supports “fair pay”": a stance in the subject's own words. Like a
	 * verb of thought it gives a fragment in its clause, never a whole sentence, and bodies take stances too.
	 */
	// Not "support", which is a noun as often ("support had “collapsed”").
	support: { finite: ['supported', 'supports'], kind: 'thought', evaluative: true },
	oppose: { finite: ['opposed', 'opposes', 'oppose'], kind: 'thought', evaluative: true },
	favour: { finite: ['favoured', 'favored', 'favours', 'favors'], kind: 'thought', evaluative: true },
	advocate: { finite: ['advocated', 'advocates'], kind: 'thought', evaluative: true },
	/** "called for a non-violent “civil revolt”": a demand in the caller's words ("call" alone is no cue before "for"). */
	callFor: {
		finite: ['called for', 'calls for'],
		participle: 'calling for',
		kind: 'thought',
		evaluative: true
	},
	/** "She referenced the “harbour loophole”": a term the subject used, a fragment only. */
	reference: { finite: ['referenced', 'references'], kind: 'thought', evaluative: true },
	lament: { finite: ['lamented', 'laments'], participle: 'lamenting' },
	bemoan: { finite: ['bemoaned', 'bemoans'], participle: 'bemoaning' },
	/** "decried the board for “…”": a verdict in the speaker's own words, as "condemned" gives one. */
	decry: { finite: ['decried', 'decries'], participle: 'decrying' },
	proclaim: { finite: ['proclaimed', 'proclaims'], participle: 'proclaiming' },
	grouse: { finite: ['groused', 'grouses'], participle: 'grousing' },
	assure: { finite: ['assured', 'assures'], participle: 'assuring' },
	/** "expressed hope that the deal would “hold”", "expressed “deep concern”": a feeling in the subject's words. */
	express: { finite: ['expressed', 'expresses'], participle: 'expressing' },
	opine: { finite: ['opined', 'opines'], participle: 'opining' },
	muse: { finite: ['mused', 'muses'], participle: 'musing' },
	surmise: { finite: ['surmised', 'surmises'] },
	fume: { finite: ['fumed', 'fumes'], participle: 'fuming' },
	gush: { finite: ['gushed', 'gushes'], participle: 'gushing' }
} satisfies Record<string, CueVerb>;

/**
 * Phrases whose object is the source: "according to X", "in the words of X", "X, quoting Y" (Y is the source of
 * the words), "as quoted by X".
 */
export const SOURCE_PHRASES = ['according to', 'in the words of', 'quoting', 'as quoted by'] as const;

/** Words between a speaker and the cue that leave the speaker the subject: "has said", "also told". */
export const CUE_AUXILIARIES = (
	'did do does has had have would will could may might must also later then again strongly repeatedly once ' +
	'previously recently publicly quickly often flatly firmly angrily simply just earlier even still never not ' +
	'has been had been is was were are be already privately bluntly cheerfully further subsequently reportedly ' +
	'allegedly apparently separately personally initially originally long since'
).split(' ');

const entries = Object.values(CUE_VERBS) as CueVerb[];
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export const FINITE_FORMS: readonly string[] = entries.flatMap((c) => c.finite);
export const PARTICIPLE_FORMS: readonly string[] = entries.flatMap((c) =>
	c.participle ? [c.participle] : []
);
const THOUGHT_FORMS = new Set(entries.filter((c) => c.kind === 'thought').flatMap((c) => c.finite));
const NOT_SPEECH = new Map<string, readonly string[]>(
	entries.flatMap((c) =>
		[...c.finite, ...(c.participle ? [c.participle] : [])].map(
			(form) => [form, c.notSpeechBefore ?? []] as const
		)
	)
);

export const FINITE_SOURCE = alternation(FINITE_FORMS);

/**
 * `(?:${source})\b` for the end of an expression, matched through a lookahead and a backreference to it: the same
 * first form matches, and nothing after it can fail and send the engine back to a later one. V8 emits an
 * alternation's code once more for every path by which the expression reaches it (each branch of an optional group,
 * each count of a repeat before it), and the cue forms are some three hundred words: `CUE_AFTER_SUBJECT` took about
 * 100 ms to compile, for every run in a fresh worker, and 2 ms this way, as a lookahead is compiled once. `name`
 * must be new to the expression; its group adds a capture after the expression's own ones.
 */
export const endingIn = (source: string, name: string) => `(?=(?<${name}>${source})\\b)\\k<${name}>`;
/** The forms that make a speaker of the name before them ("Egeland said"), "continued" and "thanked" aside. */
const NAME_CUE_SOURCE = alternation(
	entries.filter((c) => !c.afterQuoteOnly && !c.evaluative).flatMap((c) => c.finite)
);
export const PARTICIPLE_SOURCE = alternation(PARTICIPLE_FORMS);
export const SOURCE_PHRASE_SOURCE = alternation(SOURCE_PHRASES.map((p) => p.replace(/^a/, '[Aa]')));

// Built once: a cue pattern is asked for at every quote and every sourced figure, and V8 finds its compiled code by
// this string, which built anew each time it would hash again.
const CUE_SOURCE = `\\b(?:${FINITE_SOURCE}|${PARTICIPLE_SOURCE}|${SOURCE_PHRASE_SOURCE}|In the words of)\\b`;

// One expression for the whole run: V8 keeps an expression's compiled code with it, and one built per call is
// compiled again whenever the engine's cache has let the last copy go (hundreds of times in a long paste), which
// also uses up the engine's budget for optimised expression code that the date rules compiled after it need.
const CUE = new RegExp(CUE_SOURCE, 'g');

/**
 * Every cue in a text, left to right. Case-sensitive on purpose: "States" in "the United States" is not a cue,
 * and "According to" opens sentences.
 */
export const cueMatches = (text: string): RegExpExecArray[] => matchesOf(CUE, text);
const ANY_CUE = new RegExp(CUE_SOURCE);
export const hasCue = (text: string): boolean => ANY_CUE.test(text);

const FINITE_RE = new RegExp(`^(?:${FINITE_SOURCE})$`, 'i');
const PARTICIPLE_RE = new RegExp(`^(?:${PARTICIPLE_SOURCE})$`, 'i');
const SOURCE_PHRASE_RE = new RegExp(`^(?:${alternation(SOURCE_PHRASES)})$`, 'i');

export const isFiniteCue = (word: string) => FINITE_RE.test(word);
export const isParticipleCue = (word: string) => PARTICIPLE_RE.test(word);
/** "according to", "quoting": the words after it name the source. */
export const isSourcePhrase = (word: string) => SOURCE_PHRASE_RE.test(word);
export const isThoughtCue = (word: string) => THOUGHT_FORMS.has(word.toLowerCase());

/** A determiner or possessive right before a word makes it a noun: "the claims", "his remarks", "Doe's notes". */
const DETERMINER_SOURCE =
	"(?:\\b(?:the|a|an|his|her|its|their|our|my|your|these|those|such|whose|any|no|some|many|several)|\\p{L}['’]s)";
const NOUN_BEFORE = new RegExp(`${DETERMINER_SOURCE}\\s+$`, 'iu');

/**
 * "his initial comments on Qana were …", "the latest claims": a determiner or possessive and then adjectives make
 * the word after them a noun too. A noun between ("the minister says") leaves it the verb.
 */
function describedNoun(before: string): boolean {
	const words = MODIFIED_BEFORE.exec(before)?.[1]?.trim().split(/\s+/);
	return words !== undefined && words.every(adjective);
}
const MODIFIED_BEFORE = new RegExp(`${DETERMINER_SOURCE}\\s+((?:\\p{Ll}+\\s+){1,2})$`, 'iu');
const adjective = (word: string) =>
	!CUE_AUXILIARIES.includes(word) &&
	(/(?:ous|ful|ical)$/.test(word) ||
		lexiconTags(word).some((t) => /^(?:Adjective|Superlative|Comparative|Ordinal)$/.test(t)));

function nationalityBefore(before: string): boolean {
	const word = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s+$/u.exec(before);
	// "The Australian says": a title after a capitalised "The" names a newspaper, which speaks; so does a name the
	// word ends ("Asia Times Online predicts").
	if (!word || /(?:^|\s)(?:The|\p{Lu}[\p{L}.'’-]*)\s+$/u.test(before.slice(0, word.index + 1))) return false;
	return lexiconTags(word[1]!).some((t) => t === 'Demonym' || t === 'Adjective');
}

/** A determiner and a thing recorded or written, maybe after one modifier: "a video", "the company's statement". */
const MEDIUM_BEFORE =
	/(?:\b(?:the|a|an|his|her|its|their|this|that)|\p{L}['’]s)\s+(?:[\p{Ll}-]+\s+)?(?:video|message|statement|post|letter|note|clip|recording|tweet|blog|email|e-mail|podcast|broadcast|column)\s+$/iu;

/**
 * Whether the cue word, followed by `after` (and after `before`), introduces speech: "called it" does, "called
 * for" does not, nor "the claims" (a noun that looks like a verb).
 */
export function isSpeech(cue: string, after: string, before = ''): boolean {
	if (/s$/i.test(cue) && (NOUN_BEFORE.test(before) || describedNoun(before))) return false;
	if (participleAsAdjective(cue, before, after)) return false;
	// "is urging Arab states to appoint …", "rejected American claims": a word in -s right after a nationality or a
	// capitalised adjective is the plural noun it describes, no verb; read as one, "Arab" spoke the quote after.
	if (/s$/i.test(cue) && nationalityBefore(before)) return false;
	// "a public-records request": a cue joined by a hyphen to the word before is part of a compound noun.
	if (/\p{L}-$/u.test(before)) return false;
	// "for urgent and humanitarian reasons", "with security notes", "impeach him on false charges": a subject after
	// "and" or a preposition takes no verb in -s, so the word is a plural noun ("and then says" is a second verb).
	const bare = /\b(?:and|or|for|with|from|on|in|at|against|over|about|under)\s+(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(
		before
	)?.[1];
	if (/s$/i.test(cue) && bare && !/ly$/.test(bare) && !CUE_AUXILIARIES.includes(bare)) return false;
	// "said in a video posted on its channel that …": a participle after a recording or a message describes it; the
	// sentence's verb of speech came before.
	if (/^(?:posted|published|released|issued|shared|uploaded|sent)$/i.test(cue) && MEDIUM_BEFORE.test(before))
		return !/^\s+(?:on|to|by|in|at|online|earlier|last|yesterday|this)\b/i.test(after);
	// "pledged that …", "pledged “…”" promise words; "pledged $10 million to “…”" promises a thing, and "pledged to
	// “…”" is read as a promise's own clause (quotes.ts).
	if (/^pledg/i.test(cue)) return /^\s*(?:that\b|[,:]?\s*$)/.test(after);
	// "The statement read: “…”" gives a document's words; "She read “The Raven”" names what was read.
	if (/^reads?$/i.test(cue)) return /^\s*[:,.;]|^$/.test(after);
	// "“…,” Abel added to People.": a name alone before the end of the clause is whom the words went to, a
	// publication or a person; "added to the list" is no speech.
	if (
		/^add(?:ed|s)?$/i.test(cue) &&
		/^\s+to\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,3}\s*[.,;]/u.test(after)
	)
		return true;
	// "a neighbour who had called the hotline on Monday: “…”": "called X “…”" names its words right after the
	// object; a clause closed by a colon before the quote is a call made, not words said.
	if (/^call(?:ed|s)$/i.test(cue) && /:\s*$/.test(after)) return false;
	const particles = NOT_SPEECH.get(cue.toLowerCase()) ?? [];
	const next = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
	if (next === 'to' && /^(?:respond|repl|answer)/i.test(cue) && LISTENERS_THEN_THAT.test(after)) return true;
	return next === undefined || !particles.includes(next);
}

/**
 * "criticized Russia for “derailing” its promised reforms", "his stated aim": a participle in -ed right after a
 * determiner or a possessive modifies the noun after it; no verb has a determiner for its subject.
 */
function participleAsAdjective(cue: string, before: string, after: string): boolean {
	return /ed$/i.test(cue) && NOUN_BEFORE.test(before) && MODIFIED_AFTER.test(after);
}
/**
 * The noun such a participle modifies, or the words in marks it describes (up to a quote's opening mark). "The
 * commissioner's commented that …", a slip for a subject, goes on as a verb does.
 */
const MODIFIED_AFTER =
	/^(?:\s*$|\s+(?:[“"‘]|(?!(?:that|to|on|in|at|by|for|with|from|about|of|as|the|a|an|this|these|those|it|he|she|they|we|you|i|his|her|its|their|our|my)\b)\p{L}))/iu;

/**
 * "had responded to journalists that he would do “no such thing”": a reply to people (a plural of people who do
 * something, a pronoun, a name) and then "that" gives what was said; "responded to a letter that …" is a reply
 * to a thing, and its "that" opens a relative clause.
 */
const LISTENERS_THEN_THAT =
	/^\s+to\s+(?:(?:the|his|her|their)\s+)?(?:\p{Ll}+(?:ists|ers|ors|ents)|him|her|them|us|me|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+that\s/u;

/** A recent time a reporter puts between a speaker and the verb: "Dunmore yesterday said", "… last week told". */
export const RECENT_TIME =
	'(?:yesterday|today|earlier|(?:last|this)\\s+(?:week|month|year|weekend|night|morning))';

/**
 * Words that may stand between a speaker and the cue and leave the speaker the subject: "Dunmore, however, said",
 * "Dunmore yesterday said", "Dunmore last week told", "Dunmore on Monday said".
 */
export const ADVERBIAL_BEFORE_CUE = `(?:,\\s+(?:however|meanwhile|though|too|in turn|in response|by contrast|for (?:his|her|their|its) part),|\\s+(?:${RECENT_TIME}|(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))`;

/** A cue right after a name: "Egeland said", "Smith, has called", "KCNA also added", "Dunmore, however, said". */
export const CUE_AFTER_NAME = new RegExp(
	`^${ADVERBIAL_BEFORE_CUE}?,?\\s+(?:(?:${alternation(CUE_AUXILIARIES)})\\s+){0,2}${endingIn(NAME_CUE_SOURCE, 'cue')}`
);
/** An inverted cue right before a name, after the quote or a comma: "…,” said Egeland", "”, added KCNA". */
export const CUE_BEFORE_NAME = new RegExp(`[”"’',]\\s*(?:${FINITE_SOURCE})\\s+$`);
