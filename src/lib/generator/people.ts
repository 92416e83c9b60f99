import type { Span } from './bank';
import { creditNames } from './credits';
import { hash } from './hash';
import { CUE_AFTER_NAME, CUE_BEFORE_NAME, CUE_VERBS, isFiniteCue } from './cues';
import { firstNameGender, isFirstName, isPlaceWord, lexiconTags } from './lexicon';
import { escapeRegExp, matchesOf } from './regexp';
import { SUFFIX } from './name-kinds';
import { MONTH_NAMES } from './readable-date';
import { sentenceIndexAt, TITLE_ABBREVIATIONS, type Paragraph, type SentenceSpan } from './segment';
import { perText } from './per-text';

/**
 * The people and organisations an article names: canonical names (the first full mention), roles from titles
 * and appositives, and every mention, so that "Mr. Xi", "Xi" and "Xi Jinping" are one person.
 */
export type EntityKind = 'person' | 'organisation' | 'document' | 'group';

export interface Entity {
	id: string;
	kind: EntityKind;
	/** Canonical name: "Alexander Gabuev"; for unnamed sources the noun phrase, "a Chinese Foreign Ministry spokesman". */
	name: string;
	role: string;
	/** False for unnamed sources ("a spokeswoman"), groups and documents. */
	named: boolean;
	gender?: 'm' | 'f';
	tokens: string[];
	/** Other spellings the article uses for this person ("Urdom" for Udom): a later slip may be one letter off them. */
	aliases?: string[];
	mentions: Span[];
}

export interface Mention {
	start: number;
	end: number;
	entity: number;
	possessive: boolean;
	/** More than one person shares this surname and nothing decided between them. */
	ambiguous: boolean;
}

export interface PeopleTable {
	entities: Entity[];
	mentions: Mention[];
	/** Credited reporters, lowercased: never sources, never distractors. */
	reporters: string[];
}

interface Token {
	text: string;
	start: number;
	end: number;
	/** Followed directly by a period that belongs to it ("Mr.", "V."). */
	dot: boolean;
	possessive: boolean;
}

const HONORIFICS: Record<string, 'm' | 'f' | undefined> = {
	mr: 'm',
	mrs: 'f',
	ms: 'f',
	miss: 'f',
	dr: undefined,
	prof: undefined,
	sir: 'm',
	dame: 'f',
	lord: 'm',
	lady: 'f',
	// "The Honourable David Cunliffe", "Hon Cunliffe": the style of a minister or judge, no part of the name.
	hon: undefined,
	honourable: undefined,
	honorable: undefined
};

/** Titles that precede a name and say what the person is; multiword ones are matched token by token. */
const TITLES = new Set(
	(
		'president vice prime minister premier chancellor secretary senator sen rep representative governor gov mayor ' +
		'deputy councillor councilor councilwoman councilman alderman judge justice general gen admiral adm colonel col ' +
		'captain capt lieutenant lt sergeant sgt major maj coach chief sheriff commissioner superintendent supt inspector ' +
		'detective officer ambassador speaker chairman chairwoman chair director king queen prince princess pope ' +
		'commodore brigadier ' +
		'archbishop bishop rev reverend father sister rabbi imam professor attorney ' +
		// "Presidente Luiz Inácio Lula da Silva": the title as Spanish and Portuguese write it.
		'presidente'
	).split(' ')
);

/** Nouns that name a role; before a name ("top leader Xi Jinping") or as the head of an unnamed source. */
export const ROLE_NOUNS = new Set(
	(
		'leader spokesman spokeswoman spokesperson minister president chief executive coach captain manager director ' +
		'chairman chairwoman chair analyst economist professor researcher scientist official officer councillor ' +
		'councilor mayor senator governor striker midfielder goalkeeper keeper defender forward player owner founder ' +
		'author lawyer attorney resident nurse teacher doctor engineer secretary ambassador diplomat adviser advisor ' +
		'administrator commissioner inspector investigator head strategist expert fellow critic campaigner activist ' +
		'organizer organiser planner principal superintendent treasurer auditor regulator judge prosecutor negotiator ' +
		'representative supporter fan witness worker employee farmer shopkeeper developer architect historian ' +
		'biologist physicist chemist ecologist epidemiologist geologist astronomer member counsel undersecretary ' +
		'consultant instructor coordinator curator veterinarian student pupil freshman sophomore graduate alumnus ' +
		'alumna cheerleader actor actress singer director producer junior senior aide passenger survivor commuter ' +
		'bystander eyewitness neighbour neighbor driver pilot victim parent shopper traveller traveler voter ' +
		'protester protestor demonstrator homeowner tenant customer patient villager auctioneer conductor pollster ' +
		'delegate anchor correspondent operative committeeman committeewoman donor commentator publisher lawmaker ' +
		'legislator barrister contractor volunteer speechwriter investor billionaire magnate neurosurgeon retiree ' +
		'hopeful constituent whip advocate counselor counsellor envoy'
	).split(' ')
);

/**
 * "the party's 2012 nominee", "Green Party candidate Jo Ash": a candidacy is what a person is in the people table;
 * quotes.ts reads a bare "the candidate said" by its own rules (`CANDIDACY`), so these are role heads here only.
 */
const CANDIDACY_ROLES = new Set(['candidate', 'nominee', 'front-runner', 'frontrunner']);
const isRoleHead = (word: string) => isRoleWord(word) || CANDIDACY_ROLES.has(word.toLowerCase());

/** "gynecologist", "oncologist", "technician": a specialist's name is a role whatever the specialism. */
const SPECIALIST = /^\p{Ll}{3,}(?:ologist|ician)$/u;

/**
 * "satirist", "novelist", "lobbyist", "interrogator": a noun in "-ist" or "-ator" the lexicon does not know is one
 * who practises something; such a word it knows is read by its tags ("socialist" an adjective, "insist" a verb,
 * "journalist" a role). Only in lower case: capitalised, it is a surname ("Rehnquist") or an adjective of a faith
 * or a party ("Islamist").
 */
const AGENT_IN_IST = /^\p{Ll}{3,}(?:ist|ator)$/u;

/** "14-year-old Kayla Brooks", "eighth-grader Tyrese Olawale": a described age or school year reads as a role. */
const AGE_OR_GRADE =
	/^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$|^(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+th|first|second|third)-grader$/;

/** Words that end a newspaper's name: "The Korvel Herald", "the Daily Gazette". */
export const NEWSPAPER_NAME_WORDS =
	'herald gazette tribune chronicle observer telegraph courier examiner inquirer bulletin dispatch sentinel'.split(
		' '
	);

const ORG_WORDS = new Set([
	...(
		'ministry department council committee commission agency bank company corporation corp inc ltd llc plc group ' +
		'university college school institute endowment foundation association federation league club party court ' +
		'parliament congress senate assembly office board authority service services police force army navy ' +
		'pentagon kremlin house times post journal news press union trust fund network laboratory laboratories lab ' +
		'hospital society organization organisation alliance coalition center centre academy administration bureau ' +
		'cabinet government airlines motors energy holdings partners capital systems technologies fc co united city ' +
		'ferries railways shipping ' +
		'municipality borough county ' +
		'museum gallery galleries program programme conference magazine newspaper station church chamber report radio ' +
		'campaign movement brigade battalion regiment squadron ' +
		// The last word of a business's or party's name, never of a person's: "Amnesty International", "Whole Foods
		// Market", "Neste Oil", "Bauer Media", "Imperial Tobacco", "Writers Guild", "Liberal Democrats".
		'international market media oil petroleum tobacco guild incorporated chemical chemicals foods industries ' +
		'enterprises communications telecom pharmaceuticals insurance airways entertainment studios democrats ' +
		// "Seabreeze Partners Management", "J Donovan Productions", "Volvo Cars", "Sony Pictures", "Atlantic Records".
		'management productions cars pictures records'
	).split(' '),
	...NEWSPAPER_NAME_WORDS
]);

/** The words a company's registered name adds to the name it goes by ("Toyota Motor Company" is "Toyota"). */
const COMPANY_DESIGNATION =
	/^(?:Motors?|Company|Co\.?|Corporation|Corp\.?|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|LLC|Holdings|Group|AG)$/;
/** "Toyota Motor Company": one word followed only by words of a company designation, known later by the first. */
export const companyShortForm = (words: string[]) =>
	words.length >= 3 && words.slice(1).every((w) => COMPANY_DESIGNATION.test(w));

/** Capitalized only because they start a sentence or clause, or never part of a name. */
export const NOT_NAME = new Set(
	(
		'the a an but and or so yet for in on at by to of from with without when while although though since as if ' +
		'after before because until unless during despite instead meanwhile however still even also then there here ' +
		'this that these those it its he she they we i you his her their our my your mr mrs ms some many most all ' +
		'both each every no not neither nor one two three monday tuesday wednesday thursday friday saturday sunday ' +
		'january february march april may june july august september october november december last next ' +
		'economically asked what why how who where which yes according under over about into through among later ' +
		'earlier now today yesterday tomorrow afterward afterwards finally first instead once soon another other others ' +
		'several few alongside amid amidst beyond besides following toward towards against like unlike including'
	).split(' ')
);

/**
 * Words that make a title only before one ("Foreign Minister", "Chief Executive", "Army Maj.", "Air Force Col."),
 * or before another such word and then a title.
 */
const TITLE_QUALIFIERS = new Set(
	(
		'foreign finance defense defence interior health education state executive home trade deputy vice acting ' +
		'army navy marine marines air force coast guard'
	).split(' ')
);

/** "Harbor Foods, the maker of …": an appositive that says the name is a business, not a person. */
const ORG_APPOSITIVE =
	/^(?:the|a|an)\s+(?:(?!(?:of|for|with|at|in|on|to|from|by|as|who|which|that|whose)\s)[\p{L}-]+\s+){0,6}(?:maker|parent|company|firm|group|retailer|manufacturer|publisher|club|team|chain|bank|insurer|airline|charity|agency|service|platform|app|startup|provider|operator|developer)\b(?!['’]s)/u;

/** "a Kell bank employee", "a law firm partner": the kind of body is the employer of the role after it. */
function kindOfEmployer(phrase: string): boolean {
	const m = ORG_APPOSITIVE.exec(phrase);
	return m !== null && isRoleHead(phrase.slice(m[0].length).trim().split(/\s+/)[0] ?? '');
}

/**
 * "Tim Hortons, a popular Canadian coffee and doughnut chain, said": a name set off by what kind of body it is names
 * that body, whatever first name it opens on; the role read after it may have stopped short of the kind noun.
 */
function isBodyBySetOff(text: string, end: number, apposition: string): boolean {
	const setOff = /^,\s+([^,;:()]{0,80})/.exec(text.slice(end, end + 90))?.[1] ?? '';
	return [apposition, setOff].some((phrase) => ORG_APPOSITIVE.test(phrase) && !kindOfEmployer(phrase));
}

/**
 * "the French satirical weekly Charlie Hebdo", "Canadian chain Music World", "the militant group Abu Sayyaf", "the
 * tanker Jian Seng": a noun saying what kind of body or vessel follows names it, whatever first name it opens on. Only
 * nouns no person is called by ("publisher Sebastian Kadas", "market maker Bernard Madoff" are people), and only when
 * no name ends on the noun ("Cleo magazine Sharri Markson" is the magazine's editor).
 */
const KIND_BEFORE =
	/(?:^|[\s(])(?:(\p{Lu}[\p{L}'’-]*)\s+)?(?:company|firm|group|chain|bank|weekly|daily|newspaper|tabloid|broadcaster|network|tanker|ship|vessel|freighter|airline|carrier|insurer|retailer|charity|organisation|organization)\s+$/u;
function kindBefore(before: string): boolean {
	const m = KIND_BEFORE.exec(before);
	if (m === null) return false;
	const word = m[1];
	return word === undefined || lexiconTags(word).includes('Demonym') || /(?:ish|ese)$/.test(word);
}

/**
 * "After the discovery, Rockhopper Exploration’s shares doubled", "on Al Arabiya television", "a dual fuel British Gas
 * customer", "shares of Dow Jones", "Al Jazeera's Latin America editor": the article says elsewhere that the name is
 * a business's or a station's, so the source it speaks as is that body, never a person of two names. What a person
 * may own too ("X's board", "X's staff") is no evidence, nor is anything said of a name opening on a given name the
 * lexicon knows ("Ada Roe’s shares").
 */
export function usedAsBody(text: string, name: string): boolean {
	const { before, owners, after, flown } = bodyEvidence(text);
	// "Adam Air Flight 574": no person has a flight number, whatever first name the airline's name opens on.
	if (flown.some((words) => words.endsWith(' ' + name) || words === name)) return true;
	if (isFirstName(name.split(' ')[0]!)) return false;
	const owned = (words: string) =>
		words.startsWith(name) && !LETTER_OR_HYPHEN_START.test(words.slice(name.length));
	if (after.some(owned)) return true;
	if (!SPACED_WORDS.test(name)) {
		const owner = new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(name)}(?:['’]s?)?\s+$`, 'u');
		return before.some((words) => owner.test(words));
	}
	const owner = (words: string) =>
		words.endsWith(name) && !LETTER_OR_HYPHEN_END.test(words.slice(0, -name.length));
	return (owners.get(name.slice(name.lastIndexOf(' ') + 1)) ?? []).some(owner);
}

/** Words with a single space between: a name as the people table writes it, looked up by its last word. */
const SPACED_WORDS = /^\S+(?: \S+)*$/u;
const LETTER_OR_HYPHEN_END = /[\p{L}-]$/u;
const LETTER_OR_HYPHEN_START = /^[\p{L}-]/u;

/** What a body's name comes right before ("'s shares", "television") or right after ("shares of"). */
const BODY_NOUN =
	/(?<=\s)(?:shares|stock|share price|stock price|shareholders|subsidiary|television|TV|newspaper|radio|network|channel|customers?)(?![\p{L}-])/gu;
const BODY_OWNED = /(?:shares|stake) (?:of|in) /g;
/** "Al Jazeera's Latin America editor", "the BBC's chief correspondent": whose journalist someone is names an outlet. */
const OUTLET_STAFF =
	/(?<=\p{L})['’]s\s+(?=(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Ll}+\s+)?(?:editor|correspondent|reporter|anchor|presenter|columnist)s?(?![\p{L}-]))/gu;
/** Longer than any name with its possessive and spacing. */
const NAME_WINDOW = 160;
/** "Flight 574" right after an airline's name. */
const FLIGHT_NUMBER = /^\s+Flight\s+\d/;
/** The capitalised words before each "Flight" and a number in a text: the airline's name and any words before it. */
const FLOWN = /((?:\p{Lu}[\p{L}'’-]*\s+)+)Flight\s+\d/gu;

/**
 * The words before each body noun and after each "shares of" in a text, found once per text: looking each name up in
 * the whole text cost a 1 MB paste a minute. The words before a noun are kept under each word a name could end on
 * there, after its possessive ("Rockhopper Exploration’s shares" under "Exploration’s", "Exploration"): testing every
 * name against every noun cost a 1 MB paste seconds.
 */
type BodyEvidence = { before: string[]; owners: Map<string, string[]>; after: string[]; flown: string[] };
const bodyEvidence = perText((text): BodyEvidence => {
	const before = [
		...[...text.matchAll(BODY_NOUN)].map((m) => text.slice(Math.max(0, m.index - NAME_WINDOW), m.index)),
		...[...text.matchAll(OUTLET_STAFF)].map((m) =>
			text.slice(Math.max(0, m.index - NAME_WINDOW), m.index + m[0].length)
		)
	];
	const owners = new Map<string, string[]>();
	for (const words of before) {
		const spaced = words.replace(/\s+$/u, '');
		if (spaced.length === words.length) continue;
		const ends = [spaced, spaced.replace(/['’]$/u, ''), spaced.replace(/['’]s$/u, '')];
		for (const end of new Set(ends)) {
			// A name ends on its last word, which opens after a space or, a name of one word, after any
			// character but a letter or hyphen.
			const last = /\S*$/u.exec(end)![0];
			for (let i = 0; i < last.length; i++)
				if (i === 0 || !LETTER_OR_HYPHEN_END.test(last.charAt(i - 1))) {
					const key = last.slice(i);
					const list = owners.get(key);
					if (list) list.push(end);
					else owners.set(key, [end]);
				}
		}
	}
	return {
		before,
		owners,
		flown: [...text.matchAll(FLOWN)].map((m) => m[1]!.trim()),
		after: [...text.matchAll(BODY_OWNED)].map((m) =>
			text.slice(m.index + m[0].length, m.index + m[0].length + NAME_WINDOW)
		)
	};
});

/**
 * "Simon Crean, Shadow Minister for Regional Development, has accused …", "the Secretary of Homeland Security":
 * capitalised words right after a title and "for" or "of", with no first name among them and no title of their own,
 * are the post's portfolio or body, never a person of that name.
 */
const TITLE_OF = /(?:^|\s)(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?$/u;
function portfolio(before: string, c: Candidate): boolean {
	if (c.roleLead || c.title.length > 0 || c.tokens.length < 2) return false;
	const title = TITLE_OF.exec(before)?.[1];
	return title !== undefined && isTitle(title.toLowerCase()) && c.tokens.every((t) => !isFirstName(t.text));
}

/** What may follow an organisation word used as a name without "the" ("urged Congress to", "Parliament voted"). */
const PROPER_AFTER =
	/^(?:\s*[,.;:)]|\s*$|\s+(?:to|and|or|has|had|is|was|will|would|said|says|passed|voted|approved|on|in|of|for|at|by|with)\b)/;

const DIRECTIONS = new Set('north south east west northern southern eastern western central'.split(' '));

export function tokenize(text: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
	re.lastIndex = start;
	for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
		let word = m[0];
		let possessive = false;
		// "'Mark Grenier' is running": an apostrophe after a letter other than "s" closes a quotation, no part of the word.
		const quoteClosed = /[^s'’]['’]$/.test(word);
		if (quoteClosed) word = word.slice(0, -1);
		if (/['’]s$/.test(word) && word.length > 2) {
			word = word.slice(0, -2);
			possessive = true;
		} else if (/s['’]$/.test(word)) {
			word = word.slice(0, -1);
			possessive = true;
		}
		const length = m[0].length - (quoteClosed ? 1 : 0);
		const after = text.charAt(m.index + length);
		const lower = word.toLowerCase();
		const dot =
			after === '.' &&
			(/^\p{Lu}$/u.test(word) || lower in HONORIFICS || TITLES.has(lower) || /^(?:st|jr|sr|no)$/.test(lower));
		tokens.push({ text: word, start: m.index, end: m.index + length + (dot ? 1 : 0), dot, possessive });
	}
	return tokens;
}

/** "Bashar al-Assad", "Abdel el-Sisi": a surname with a lowercase article joined by a hyphen is capitalised. */
const isCap = (t: Token) => /^\p{Lu}|^(?:al|el|ad|as|ash|ibn|abu|bin)-\p{Lu}/u.test(t.text);
const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.text) && t.dot;
/** Lower-case words inside a surname; written capitalised ("Le Pen", "De la Cruz") they may open one. */
const PARTICLES = new Set([
	'de',
	'da',
	'van',
	'von',
	'der',
	'den',
	'bin',
	'al',
	'le',
	'la',
	'du',
	'di',
	'del'
]);
/**
 * Portuguese particles, inside a name only in lower case ("Diogo Freitas do Amaral"): capitalised, "Do", "Das" and "E"
 * are words of their own. "e" joins two family names ("Manoel de Almeida e Silva") and is one only after another
 * particle of the name (`joinsSurnames`): alone it may be a stray letter.
 */
const INNER_PARTICLES = new Set([...PARTICLES, 'do', 'dos', 'das', 'e']);

const joinsSurnames = (name: Token[]) => name.some((t) => t.text !== 'e' && INNER_PARTICLES.has(t.text));

/** Runs of capitalized tokens joined by single spaces: candidate names, titles and organisations. */
function capitalGroups(text: string, tokens: Token[]): Token[][] {
	const groups: Token[][] = [];
	let current: Token[] = [];
	let bridged = false;
	const flush = () => {
		const trailing = (t: Token) => PARTICLES.has(t.text.toLowerCase()) || INNER_PARTICLES.has(t.text);
		while (current.length && trailing(current[current.length - 1]!)) current.pop();
		if (current.length) groups.push(current);
		current = [];
	};
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const prev = current[current.length - 1];
		// "U.S. Court": initials written without spaces belong to one name.
		const gap = prev === undefined ? '' : text.slice(prev.end, t.start);
		// "the Saltery Skippers’ Association", "the National Farmers’ Union": a plural possessive inside a body's name
		// is part of it; "Greer’s Office" (a singular owner) ends the owner's name.
		const inName = prev !== undefined && /s['’]$/.test(text.slice(prev.start, prev.end)) && isCap(t);
		const joined =
			prev !== undefined &&
			(gap === ' ' || (gap === '' && prev.dot) || bridged) &&
			(!prev.possessive || inName);
		bridged = false;
		// "Jonas “Jonno” Verrall": a nickname in marks between a first name and a surname does not end the name.
		const after = tokens[i + 1];
		if (
			prev !== undefined &&
			gap.length === 2 &&
			/^\s["“]$/.test(gap) &&
			isCap(t) &&
			after !== undefined &&
			isCap(after) &&
			/^["”]\s$/.test(text.slice(t.end, after.start))
		) {
			bridged = true;
			continue;
		}
		// "Maria de la Cruz", "Dirk van der Berg": particles, one or two, then the surname.
		let next = i + 1;
		while (next < tokens.length && next <= i + 2 && INNER_PARTICLES.has(tokens[next]!.text)) next++;
		const particle =
			INNER_PARTICLES.has(t.text) &&
			(t.text !== 'e' || joinsSurnames(current)) &&
			prev !== undefined &&
			tokens[next] &&
			isCap(tokens[next]!);
		if (isCap(t) || (particle && joined)) {
			if (!joined) flush();
			current.push(t);
		} else flush();
	}
	flush();
	return groups;
}

interface Candidate {
	tokens: Token[];
	title: Token[];
	honorific?: 'm' | 'f' | 'x';
	/** The role the words before the group give: "Minister of" before "Education Stefania Giannini". */
	roleLead?: string;
	/** A wiki page's country label ("USA Bertie Ahern, …") opened the text before the name, which so opens it. */
	labelled?: boolean;
	start: number;
	end: number;
	paragraph: number;
}

/** The last index whose item passes, or -1 (Array#findLastIndex is ES2023; the scripts build for ES2022). */
function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
	for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
	return -1;
}

const POST_INITIALS = new Set(['MP', 'MEP', 'MSP', 'MLA', 'PM']);

/**
 * A word that names a role or job: a title, a role noun, or one compromise's lexicon knows as an occupation.
 * Remembered per word: reading roles asks about every word near every name, about six times each on average,
 * and the answer depends on the word alone.
 */
/** A word that ends a body's name ("company", "council", "party"), in any case. */
export const isOrganisationWord = (word: string): boolean => ORG_WORDS.has(word.toLowerCase());

export function isRoleWord(word: string): boolean {
	let known = roleWords.get(word);
	if (known === undefined) {
		if (roleWords.size >= ROLE_WORDS_KEPT) roleWords.clear();
		roleWords.set(word, (known = readsAsRole(word)));
	}
	return known;
}

/** Emptied when full, as numbers.ts's table of figures read, so a worker kept for many imports stays small. */
const roleWords = new Map<string, boolean>();
const ROLE_WORDS_KEPT = 5000;

function readsAsRole(word: string): boolean {
	// "Labour MP Ada Roe", "PM Tom Ash": a post written as its initials is a role before a name, not a body's
	// acronym opening one; only in capitals, as "pm" is a time of day.
	if (POST_INITIALS.has(word)) return true;
	// "border guard Ada Roe" holds a post; capitalised, "Guard" names a force ("the National Guard", "Coast Guard").
	if (word === 'guard') return true;
	const lower = word.toLowerCase();
	// "co-author", "vice-chair", "ex-minister": a prefix joined by a hyphen keeps the role it is joined to.
	const joined = /^(?:co|vice|ex|deputy|acting)-(\p{L}+)$/u.exec(lower)?.[1];
	if (joined && isRoleWord(joined)) return true;
	// "director-general", "president-elect": a role word before a hyphen and a word that ranks or dates it; the
	// plural ("secretaries-general") is several people's, as "senators" is.
	const ranked = /^(\p{L}+)-(?:general|elect|designate)$/u.exec(lower)?.[1];
	if (ranked && !/s$/.test(ranked) && isRoleWord(ranked)) return true;
	// "lieutenant-colonel", "ambassador-at-large", "editor-in-chief": a rank joined to a rank, or a role word to the
	// phrase that ranks it, is one role word.
	// Written in capitals, "Commander-in-Chief Forum" may name an event, so only the lower-case form is read so.
	const compound = /^(\p{L}+)-(?:(?:at|in)-\p{L}+|(\p{L}+))$/u.exec(lower);
	if (
		compound &&
		isRoleWord(compound[1]!) &&
		(compound[2] === undefined ? word === lower : militaryRank(compound))
	)
		return true;
	// "chairperson", "congressperson": the "-person" form of a "-man" role is the same role.
	const person = /^(\p{L}+)person$/u.exec(lower)?.[1];
	if (person && isRoleWord(`${person}man`)) return true;
	return (
		TITLES.has(lower) ||
		ROLE_NOUNS.has(lower) ||
		AGE_OR_GRADE.test(lower) ||
		SPECIALIST.test(lower) ||
		(AGENT_IN_IST.test(word) && lexiconTags(word).length === 0) ||
		lexiconTags(lower).includes('Actor')
	);
}

/** "lieutenant-colonel", "major-general": two ranks of an army joined, neither a word that only qualifies a post. */
const RANKS = new Set([
	'lieutenant',
	'colonel',
	'major',
	'captain',
	'sergeant',
	'commander',
	'admiral',
	'general'
]);
const militaryRank = (compound: RegExpExecArray) => RANKS.has(compound[1]!) && RANKS.has(compound[2] ?? '');

/** "human", "girl": a word the lexicon calls a person that is no title or role noun of this file's. */
const onlyLexiconRole = (word: string) =>
	isRoleWord(word) && !TITLES.has(word.toLowerCase()) && !ROLE_NOUNS.has(word.toLowerCase());

/** "Watch", "Scouts", "Act": a last word the lexicon knows as a common word and never as a name. */
function endsInCommonWord(tokens: Token[]): boolean {
	const last = tokens[tokens.length - 1]!.text;
	const tags = lexiconTags(last);
	return (
		tags.some((t) => COMMON_TAG.test(t)) &&
		!tags.some((t) => /Name|Person|Place|ProperNoun|Organization/.test(t)) &&
		!isFirstName(last)
	);
}
const COMMON_TAG =
	/^(?:Singular|Plural|PresentTense|Infinitive|Uncountable|Noun|Adjective|Verb|PastTense|Gerund|Preposition|Adverb)$/;

const lowerOf = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isHonorific = (t: Token | undefined) => lowerOf(t) in HONORIFICS;

/** "Representatives", "Senators": a title in the plural leads into each of the names it lists. */
const isTitle = (lower: string) =>
	TITLES.has(lower) || (/[^s]s$/.test(lower) && TITLES.has(lower.slice(0, -1)));
const singularTitle = (title: string) => (TITLES.has(title.toLowerCase()) ? title : title.slice(0, -1));

/** Where a leading run of titles and honorifics ends: "Prime Minister", "Mr.", "Foreign Minister". */
function titleEnd(group: Token[], from: number): number {
	let i = from;
	while (i < group.length - 1) {
		const lower = lowerOf(group[i]);
		if (
			!isHonorific(group[i]) &&
			!isTitle(lower) &&
			!(
				TITLE_QUALIFIERS.has(lower) &&
				(TITLES.has(lowerOf(group[i + 1])) ||
					(TITLE_QUALIFIERS.has(lowerOf(group[i + 1])) && TITLES.has(lowerOf(group[i + 2]))))
			)
		)
			break;
		i++;
	}
	return i;
}

/**
 * Where the name starts when role words lead into it inside one capitalised run: after an honorific
 * ("Undersecretary for Education Mr. Toccafondi"), or after the last role word ("Environment Minister Mark
 * McGowan", "Microsoft CEO Steve Ballmer", "General Counsel Brad Smith"). A role word at the end is part of the
 * name ("John Major"), and a run of role words alone ("Chief Executive") names nobody.
 */
function nameStart(group: Token[], from: number): number {
	for (let k = group.length - 2; k >= from; k--) if (isHonorific(group[k])) return k + 1;
	for (let k = group.length - 2; k >= from; k--) {
		if (!isRoleWord(group[k]!.text)) continue;
		const rest = group.slice(k + 1);
		// "Human Rights Watch", "Girl Scouts": a word only the lexicon calls a person, before words ending in a common
		// one, opens the name of a body ("Reporter Jomana Rask", "Singer Taylor Watch" lead into a person's).
		if (onlyLexiconRole(group[k]!.text) && !isFirstName(rest[0]!.text) && endsInCommonWord(rest)) break;
		if (slogan(group[k]!.text, rest[0]!.text)) break;
		if (rest.every((t) => !isRoleWord(t.text) && !ORG_WORDS.has(lowerOf(t)))) return k + 1;
		break;
	}
	return from;
}

/**
 * "Alaska Women Reject Palin", "Mothers Oppose War": people in the plural, then a verb's plain form, make a
 * campaign's name, a sentence of its own, not people named with their role; "Reject" is no one's given name.
 */
function slogan(role: string, next: string): boolean {
	return (
		onlyLexiconRole(role) &&
		lexiconTags(role).includes('Plural') &&
		!isFirstName(next) &&
		lexiconTags(next).some((t) => t === 'Infinitive' || t === 'PresentTense')
	);
}

export const POST_NOMINALS = new Set('KC QC SC MP MSP MEP MLA TD MBE OBE CBE KBE DBE PhD FRS'.split(' '));
const POST_NOMINAL_RUN = new RegExp(String.raw`^(?:,?\s+(?:${[...POST_NOMINALS].join('|')})\b)+(?=,)`);

/** "Julian Burnside QC, a human rights lawyer,", "Lex Lasry, QC, who heads …": the role set off after the honours. */
const afterPostNominals = (text: string, end: number) =>
	end + (POST_NOMINAL_RUN.exec(text.slice(end, end + 24))?.[0].length ?? 0);

/**
 * "Minister of Education Stefania Giannini", "Ambassador to Zimbabwe Christopher Dell": after "ROLE of/for/to", the
 * person is the end of the run; "then-Secretary of State Ada Roe", "ex-Minister of …" too, the prefix saying when
 * the post was held (a title: its capital).
 */
const ROLE_OF =
	/(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+){0,2}(?:(?:[Tt]hen|[Ee]x)-(?=\p{Lu}))?(\p{L}+))\s+(of|for|to|from)\s+(the\s+)?$/u;

const onlyName = (word: string) =>
	lexiconTags(word).every((t) => /^(?:FirstName|MaleName|FemaleName|LastName)$/.test(t));

/** A party or a standing said of a person ("Republican Donald Trump", "Rival Ada Kell"): a role, not a name. */
const STANDING = new Set(
	'republican democrat democratic independent libertarian gop former rival fellow'.split(' ')
);

/**
 * "Maybe Trump is right", "Is Obama a …?", "Republican Donald Trump": a sentence adverb, a verb, a conjunction or a
 * preposition never opens a name, nor a party or standing before a first name; a word the lexicon knows as a first
 * name, a particle ("Le Pen") or a direction ("North Carolina") may.
 */
function opensNoName(group: Token[], i: number): boolean {
	const word = group[i]!.text;
	const next = group[i + 1];
	if (!next || isFirstName(word) || PARTICLES.has(word.toLowerCase()) || DIRECTIONS.has(word.toLowerCase()))
		return false;
	// "the Danish Minister of Foreign Affairs, Per Stig Møller,": "Per" is a Nordic given name as well as a
	// preposition; before two capitalised words the lexicon knows as nothing but names it opens one ("Per Capita
	// Income" stays a phrase).
	if (word === 'Per' && group.length - i >= 3 && group.slice(i + 1, i + 3).every((t) => onlyName(t.text)))
		return false;
	if (PARTY_NOUN.test(word) && partyBeforeName(group.slice(i + 1))) return true;
	// "Ohio Republican Zephyr Teachout", "New York Democrat …": the party's state is part of the role.
	for (const party of [i + 1, i + 2])
		if (
			PARTY_NOUN.test(group[party]?.text ?? '') &&
			isPlaceWord(lowerText(group.slice(i, party)).join(' ')) &&
			partyBeforeName(group.slice(party + 1))
		)
			return true;
	// "Australian Alexander Downer": a nationality before a first name says where the person is from.
	if (STANDING.has(word.toLowerCase()) || lexiconTags(word).includes('Demonym'))
		return isFirstName(next.text);
	return lexiconTags(word).some(
		(t) => t === 'Adverb' || t === 'Copula' || t === 'Conjunction' || t === 'Preposition'
	);
}

/** "Secretary of State for ", "Turks and ": a capitalised name runs on past the connector into the next run. */
const NAME_RUNS_ON = /\p{Lu}[\p{L}.'’-]*\s+(?:of|for|and)\s+$/u;

/**
 * "Secretary of State for Defence John Reid", "Premier of the Turks and Caicos Islands Michael Misick": the run
 * after "of", "for" or "and" inside a capitalised name ends that body's or post's name before a first name the
 * lexicon knows, with a surname or two after it; those words are the body's, not the person's. A role word among
 * them ("and Ambassador Ryan Crocker", "and CEO Glenn Schaeffer") is the person's title, read as ever.
 */
function continuesBodyName(group: Token[], i: number, lead: string): boolean {
	if (!NAME_RUNS_ON.test(lead) || isFirstName(group[i]!.text)) return false;
	// "Superintendent of Public Instruction Jack O'Connell": a post's own "of" is read with the post (ROLE_OF).
	const of = ROLE_OF.exec(lead);
	if (of && isRoleWord(of[2]!)) return false;
	for (let k = i + 1; k < group.length; k++) {
		if (!isFirstName(group[k]!.text)) continue;
		const rest = group.length - k;
		return (
			(rest === 2 || rest === 3) &&
			group.slice(i, k).every((t) => !isFirstName(t.text) && !isRoleWord(t.text))
		);
	}
	return false;
}

/** "Democrat Ada Roe", "Republican Tom Ash": a party's member named before a name, which says what they are. */
const PARTY_NOUN = /^(?:Democrat|Republican|Independent|Libertarian)$/;
/** The generic names of parties, written alone in brackets after a member's name. */
const PARTY_WORD =
	'Labor|Labour|Liberal|Conservative|Greens?|Democrat|Democratic|Republican|Independent|Nationals?|Socialist|Communist';

/**
 * "Democrat Zephyr Teachout": after a party word, a first name and a surname (an initial may come between) that
 * name no body and hold no role; the lexicon need not know the first name.
 */
function partyBeforeName(rest: Token[]): boolean {
	const words = rest.filter((t) => !isInitial(t));
	return (
		words.length === 2 &&
		!looksLikeOrganisation(rest) &&
		!words.some((t) => isRoleWord(t.text) || NOT_NAME.has(lowerOf(t)) || isPlaceWord(t.text))
	);
}

/**
 * "Take House Speaker Tom Ash …", "Enter President Ada Roe": a verb's plain form opening the sentence before a
 * title is an imperative, no part of the title, unless it is a word titles, bodies, places or names are made of.
 */
function imperative(t: Token): boolean {
	const lower = t.text.toLowerCase();
	return (
		lexiconTags(t.text).includes('Infinitive') &&
		!isTitle(lower) &&
		!TITLE_QUALIFIERS.has(lower) &&
		!ORG_WORDS.has(lower) &&
		!isPlaceWord(t.text) &&
		!isFirstName(t.text) &&
		!isRoleWord(t.text)
	);
}

/**
 * "Buying Yahoo out of the market …", "Regarding Gore's speech, …": a gerund opening a sentence before one capitalised
 * word is the clause's verb, no first name ("Gaming Inc", a body's name, keeps it).
 */
function openingGerund(group: Token[]): boolean {
	const [verb, name] = group;
	if (group.length !== 2 || !/^\p{Lu}\p{Ll}+ing$/u.test(verb!.text) || ORG_WORDS.has(lowerOf(name)))
		return false;
	return (
		lexiconTags(lowerOf(verb)).includes('Gerund') && !isPlaceWord(verb!.text) && !isFirstName(verb!.text)
	);
}

/**
 * "Would John Howard, if he …?", "Should Ada Roe win, …": a modal or a copula opening a question or a condition
 * before a name is no part of it ("Will" may be a first name, so it is left).
 */
function askingVerb(t: Token): boolean {
	const tags = lexiconTags(t.text);
	return (tags.includes('Modal') || tags.includes('Copula')) && !isFirstName(t.text);
}

/**
 * "Said Ann Roe: “…”", "Added Tom Ash, who chairs the board, “…”": a cue verb opening the sentence, its speaker
 * and then the quote is an inverted "Ann Roe said", and the verb no part of the name. A person whose name begins so
 * ("Said Hamdan, 45, said “…”") is the subject of a cue of their own before the quote opens.
 */
function invertedCue(t: Token, after: string): boolean {
	if (!INVERTED_CUES.has(t.text.toLowerCase())) return false;
	const beforeQuote = /^([^“"]*)[“"]/.exec(after)?.[1];
	return beforeQuote !== undefined && !/[.!?]\s/.test(beforeQuote) && !CUE_VERB.test(beforeQuote);
}

const INVERTED = ['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'recalled', 'noted'];
const INVERTED_CUES = new Set(INVERTED);
const CUE_VERB = new RegExp(`\\b(?:${[...INVERTED, 'told'].join('|')})\\b`, 'i');

/**
 * "Denmark Anders Fogh Rasmussen, the Prime Minister of Denmark, said …", "Zimbabwe George Charamba, a spokesperson
 * …": a wiki page's country label opens the text's first sentence and runs on into the name after it. A country's
 * name (up to three words) opening the text before two or three words that hold no title or body's word is the
 * label, no part of the name ("Paris Hilton", a name of two words, stays whole; "Texas Governor Rick Perry" keeps
 * its post). Returns how many tokens the label takes (0: none).
 */
function countryLabel(group: Token[]): number {
	for (let k = 1; k <= 3 && k <= group.length - 2; k++) {
		if (!lexiconTags(lowerText(group.slice(0, k)).join(' ')).includes('Country')) continue;
		const rest = group.slice(k);
		// "Iraq US President George W. Bush says": a second place's name right after the country's opens the role.
		if (rest.length >= 3 && (isPlaceWord(rest[0]!.text) || /^(?:\p{Lu}\.?){2,3}$/u.test(rest[0]!.text)))
			return rest.slice(1).some((t) => isTitle(lowerOf(t)) || isRoleWord(t.text)) ? k : 0;
		return rest.length <= 3 &&
			!looksLikeOrganisation(rest) &&
			!rest.some((t) => isTitle(lowerOf(t)) || isRoleWord(t.text) || isPlaceWord(t.text))
			? k
			: 0;
	}
	return 0;
}

/** A web address or a name the lexicon knows as a company's ("Zappos.com", "Google"): never a person's. */
export const namesCompany = (word: string) =>
	/\.(?:com|org|net)$/.test(word) || lexiconTags(word).includes('Organization');

/** Wikinews's topic categories, as a page sets one before its text ("Internet Google announced …"). */
export const WIKINEWS_TOPICS = (
	'Internet Aviation Computing Technology Media Business Economy Science Space Energy Health Sports Transport ' +
	'Environment Religion Education Military Weather'
).split(' ');

/**
 * "Internet Google announced …", "Internet Yahoo announced plans …": a topic set before a company's or a website's
 * name opening the text is the page's category, no first name. The name is one the lexicon knows as a company's, a
 * web address, or one the text writes again on its own ("Yahoo's homepage"); a place after the topic ("Health Canada")
 * or a first name is the topic's own or a person's.
 */
function topicLabel(group: Token[], text: string): number {
	const [topic, name] = group;
	if (topic === undefined || name === undefined || !WIKINEWS_TOPICS.includes(topic.text)) return 0;
	if (namesCompany(name.text)) return 1;
	if (group.length > 2 || isPlaceWord(name.text) || isFirstName(name.text)) return 0;
	const alone = new RegExp(String.raw`\b${escapeRegExp(name.text)}\b(?![^\S\n]+\p{Lu})`, 'u');
	return alone.test(text.slice(name.end)) ? 1 : 0;
}

/** The first word of a two-word place name: "North Carolina", "West Virginia", "New Hampshire". */
const PLACE_OPENER = /^(?:North|South|East|West|New|Northern|Southern|Eastern|Western)$/;

/**
 * A word that ends a place's two-word name is no first name there, whether the place opens on a compass point
 * ("North Carolina") or is one the lexicon knows whole ("San Francisco", "Santa Clara").
 */
const placeGoesOn = (previous: string, word: string) =>
	PLACE_OPENER.test(previous) || isPlaceWord(`${previous} ${word}`);

/**
 * "an analyst for Global Equities Research": a post in lower case is no post's name run on into a person's, so the
 * capitals after its "for", with no first name the lexicon knows before the last word, are the body it works for
 * ("the minister of Education Ada Roe" may still name the department and then the minister). After "from" the
 * capitals are where the person comes from, ending before a first name the lexicon knows ("Senator from Wyoming
 * Craig Thomas"), or all of them a body ("reporters from Central Florida News").
 */
function bodyAfterPost(run: Token[], post: string, preposition: string): boolean {
	const named = run.slice(0, -1).some((t) => isFirstName(t.text));
	return (preposition === 'for' && /^\p{Ll}/u.test(post) && !named) || (preposition === 'from' && !named);
}

function splitGroup(
	group: Token[],
	paragraph: number,
	lead = '',
	after = '',
	label = 0
): Candidate | undefined {
	let i = label;
	const opensSentence = !/[\p{L}\d]/u.test(lead);
	while (
		i < group.length &&
		((NOT_NAME.has(lowerOf(group[i])) && !isHonorific(group[i])) ||
			// "Don't say “homeless”": a negated verb opening a command is never a name's word.
			/n['’]t$/i.test(group[i]!.text) ||
			opensNoName(group, i) ||
			continuesBodyName(group, i, lead) ||
			(i === 0 && opensSentence && imperative(group[0]!) && nameStart(group, 1) > 1) ||
			(i === 0 && opensSentence && group.length > 2 && askingVerb(group[0]!)) ||
			(i === 0 && opensSentence && group.length > 1 && invertedCue(group[0]!, after)) ||
			// "… in a statement.Buying Yahoo out of …": a sentence the copy ran on to its last one's period opens there too.
			(i === 0 && (opensSentence || /\p{Ll}[.!?]$/u.test(lead)) && openingGerund(group)))
	)
		i++;
	const titleStart = i;
	let honorific: Candidate['honorific'];
	i = titleEnd(group, i);
	i = Math.max(i, nameStart(group, i));
	for (let k = titleStart; k < i; k++)
		if (isHonorific(group[k])) honorific = HONORIFICS[lowerOf(group[k])] ?? 'x';
	let roleLead: string | undefined;
	const of = ROLE_OF.exec(lead);
	// "Chancellor of the Exchequer Ada Roe": the body's article is part of the post's name.
	const article = of?.[4] ? 'the ' : '';
	// "Undersecretary for Education Mr. Toccafondi": the role runs on into the words before the honorific.
	const roleWords = group.slice(titleStart, i).filter((t) => !isHonorific(t));
	// "A spokesman for Prime Minister Ada Roe", "wife of President Tom Ash": a title right after the preposition is
	// the named person's own, and the post before it another person's.
	// "the daughter of Norwegian MP Ada Roe": a post in initials after words placing it is hers as well.
	const ownTitle =
		roleWords.length > 0 &&
		(isTitle(lowerOf(roleWords[0])) ||
			(POST_INITIALS.has(roleWords.at(-1)!.text) &&
				roleWords.slice(0, -1).every((t) => isPlaceWord(t.text) || lexiconTags(t.text).includes('Demonym'))));
	if (
		of &&
		isRoleWord(of[2]!) &&
		roleWords.length > 0 &&
		!ownTitle &&
		group.length - i <= 2 &&
		titleStart === 0
	)
		roleLead = `${of[1]!.replace(/^The\b/, 'the')} ${of[3]} ${article}${roleWords.map((t) => t.text).join(' ')}`;
	else if (
		of &&
		!ownTitle &&
		isRoleWord(of[2]!) &&
		group.length - i >= 3 &&
		!bodyAfterPost(group.slice(i), of[2]!, of[3]!)
	) {
		// The name begins at its first name when the lexicon knows it, else it is the last two words. A word that
		// ends a place's name is the place's ("from North Carolina Jesse Helms": Carolina is a first name too).
		const firstName = group.findIndex(
			(t, k) =>
				k >= i &&
				isFirstName(t.text) &&
				k <= group.length - 2 &&
				!(k > i && placeGoesOn(group[k - 1]!.text, t.text))
		);
		const at = firstName >= 0 ? firstName : group.length - 2;
		roleLead = `${of[1]!.replace(/^The\b/, 'the')} ${of[3]} ${article}${group
			.slice(i, at)
			.map((t) => t.text)
			.join(' ')}`;
		i = at;
	}
	// "Fiona Ashgrove KC", "Tom Reyl MP": honours and offices written after a name are no part of it.
	let end = group.length;
	while (end - i > 2 && POST_NOMINALS.has(group[end - 1]!.text)) end--;
	// "Adam Air Flight 574": the flight's number closes the airline's name, and "Flight" is no part of it.
	if (end - i >= 2 && group[end - 1]!.text === 'Flight' && /^\s+\d/.test(after)) end--;
	const tokens = group.slice(i, end);
	if (!tokens.length) return undefined;
	const first = group[titleStart]!;
	return {
		tokens,
		title: group.slice(titleStart, i),
		honorific,
		...(roleLead ? { roleLead } : {}),
		...(label > 0 && titleStart === label ? { labelled: true } : {}),
		start: first.start,
		end: tokens[tokens.length - 1]!.end,
		paragraph
	};
}

const lowerText = (tokens: Token[]) => tokens.map((t) => t.text.toLowerCase());

function looksLikeOrganisation(tokens: Token[]): boolean {
	return tokens.some((t) => ORG_WORDS.has(t.text.toLowerCase()));
}

/**
 * "the auctioneer, Piers Aldridge, paused": a role set off by commas right before a full name, the name closed off
 * by a comma after it, is that person's, whether or not the first name is one the lexicon knows.
 */
function setOffRole(text: string, c: Candidate, sentenceStart: number): string {
	const before = text.slice(Math.max(sentenceStart, c.start - 80), c.start);
	const set = SET_OFF_ROLE.exec(before);
	const head = set?.[2]?.split(/\s+/).pop();
	if (!head || !isRoleHead(head) || !/^\s*,/.test(text.slice(c.end, c.end + 3))) return '';
	// "his wife, Eira Sand,": the possessive stays, for the role to be given its owner.
	return /^h(?:is|er)$/i.test(set![1] ?? '') ? `${set![1]!.toLowerCase()} ${set![2]!}` : set![2]!;
}
const SET_OFF_ROLE =
	/(?:^|\s)(?:(its|their|his|her)|the|a|an|our|\p{Lu}[\p{L}'’-]*['’]s)\s+((?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+),\s*$/u;

/**
 * A word before a role that says the post is not held in full now: left before the role's window, it is kept, or
 * "retired prime minister Ada Roe", "ousted president Tom Ash", "acting mayor Ivo Brandt" read as sitting holders.
 */
const PAST_ROLE =
	/(?:^|[\s(])(former|onetime|retired|deposed|ousted|outgoing|acting|interim|presumptive|late)$/i;

const TITLE_IN_FULL: Record<string, string> = {
	sen: 'Senator',
	rep: 'Representative',
	gov: 'Governor',
	lt: 'Lieutenant',
	gen: 'General',
	adm: 'Admiral',
	col: 'Colonel',
	capt: 'Captain',
	maj: 'Major',
	sgt: 'Sergeant',
	supt: 'Superintendent',
	// "The Rev. Ian Paisley": shown alone, "Rev." was a role no student reads.
	rev: 'Reverend'
};
const LEGISLATOR = /^(?:Senator|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman)$/;

const HALF_TITLE = /^(?:former\s+)?(?:Secretary|Minister|Undersecretary)$/i;

/** "Former Ostria Gov. Ada Roe" opening a sentence: its capital was the sentence's, not the title's. */
const lowerPast = (role: string) => role.replace(/^(?:Former\b|Onetime\b|Then-|Ex-)/, (w) => w.toLowerCase());

/**
 * "Senators Tom Ash and Ada Roe", "Sens. Tom Ash of Kell, Ina Vell and Ada Roe": a title in the plural leads into
 * every name of its list, the later ones too; a title in the singular on the way back is the first name's alone.
 */
function listedTitle(before: string): string {
	const words = before.trimEnd().split(/\s+/);
	const last = words.pop();
	if (!last || !(last === 'and' || /,$/.test(last))) return '';
	if (last !== 'and') words.push(last);
	let capitals = 0;
	for (let i = words.length - 1; i >= 0 && i >= words.length - 12; i--) {
		const w = words[i]!.replace(/,$/, '');
		const lower = w.replace(/\.$/, '').toLowerCase();
		if (isTitle(lower) && /^\p{Lu}/u.test(w)) {
			const plural = !TITLES.has(lower) && /[^s]s$/.test(lower);
			return plural && capitals >= 2 ? singularTitle(w.replace(/\.$/, '')) : '';
		}
		if (/^\p{Lu}[\p{L}.'’-]*$/u.test(w)) capitals++;
		else if (!/^(?:of|and)$/.test(w)) return '';
	}
	return '';
}

/**
 * "United States president Ada Roe", "United Kingdom foreign secretary Tom Ash", "Kell City-based agent Tom Ash": a
 * capitalised word next to another is part of a place's or body's name, not a verb ("United", "States", "-based")
 * that ends the role before it; a cue opening the run is the sentence's verb ("Said San Diego agent Tom Ash"), and
 * a compound opening it may have lost the lower-case particle of its name ("al Qaeda-linked").
 */
const namePart = (word: string, previous: string | undefined, next: string | undefined) =>
	/^\p{Lu}/u.test(word) &&
	(/^\p{Lu}/u.test(previous ?? '') ||
		(/^\p{Lu}/u.test(next ?? '') && !isFiniteCue(word) && !word.includes('-')));

/**
 * "Islamic Council of Victoria president Ada Roe", "Council for National Security chairman Tom Ash": an "of", "for"
 * or "the" between capitalised words joins one body's name, which the role word after it names the post of.
 */
const inBodyName = (word: string, previous: string | undefined, next: string | undefined) =>
	/^(?:of|for|the)$/.test(word) &&
	/^\p{Lu}/u.test(next ?? '') &&
	(/^\p{Lu}/u.test(previous ?? '') || /^(?:of|for)$/.test(previous ?? ''));

/**
 * "Kell Bank chairman and chief executive Ada Roe": an "and" between two role words joins two posts one person
 * holds, so the role runs on before it as it would before either post alone.
 */
function joinsPosts(previous: string | undefined, word: string, next: string | undefined): boolean {
	return (
		word === 'and' && isRoleHead(previous ?? '') && singular(previous ?? '') !== '' && isRoleHead(next ?? '')
	);
}

/**
 * A rank or an academic title by which a post's holder is addressed: "General" only alone, for "Attorney General" and
 * "Secretary General" are posts.
 */
const ADDRESS_RANKS = new Set(
	'professor prof colonel col major maj commodore brigadier admiral adm captain capt lieutenant lt sergeant sgt general gen'.split(
		' '
	)
);
const POST_QUALIFIERS = new Set(['chief', 'deputy', 'vice', 'acting', 'assistant', 'senior', 'junior']);
const isRank = (t: Token) => {
	const lower = lowerOf(t).replace(/\.$/, '');
	return ADDRESS_RANKS.has(lower) || RANKS.has(lower) || TITLE_QUALIFIERS.has(lower);
};

/**
 * "ACF President Professor Ian Lowe", "Prosecutor Marine Lt. Col. Ada Roe": a rank or academic title after a post in
 * one run of capitals is the form of address, no part of the post ("ACF President"); "Attorney General" is a post.
 */
function addressedPost(title: Token[]): Token[] {
	let from = title.length;
	while (from > 0 && isRank(title[from - 1]!)) from--;
	const ranks = title.slice(from).filter((t) => !TITLE_QUALIFIERS.has(lowerOf(t)));
	if (from === 0 || ranks.length === 0 || (ranks.length === 1 && /^gen/.test(lowerOf(ranks[0]))))
		return title;
	const post = title
		.slice(0, from)
		.some((t) => isRoleHead(t.text) && !POST_QUALIFIERS.has(lowerOf(t)) && !isRank(t));
	return post ? title.slice(0, from) : title;
}

/** "Major General", "Lieutenant Colonel", "Rear Admiral": a rank of its own, never "General" alone. */
const RANK_QUALIFIERS = new Set(['major', 'maj', 'lieutenant', 'lt', 'brigadier', 'rear', 'vice']);
const QUALIFIED_RANKS = new Set(['general', 'gen', 'colonel', 'col', 'admiral', 'adm', 'commander']);

/**
 * The last title of a run and the words that rank it, as the person is addressed when the article never names them
 * in full: "Vice President Cheney", "Deputy Prime Minister Costa", "Major General Jeffery", never "President
 * Cheney", "Minister Blair" or "General Jeffery".
 */
function addressedTitle(title: Token[]): Token[] {
	let from = title.length - 1;
	while (
		from > 0 &&
		(POST_QUALIFIERS.has(lowerOf(title[from - 1])) ||
			lowerOf(title[from - 1]) === 'prime' ||
			(RANK_QUALIFIERS.has(lowerOf(title[from - 1]).replace(/\.$/, '')) &&
				QUALIFIED_RANKS.has(lowerOf(title[from]).replace(/\.$/, ''))))
	)
		from--;
	return title.slice(Math.max(0, from));
}

/** The role a title gives ("Japan’s Prime Minister", "President … of Russia"), or a role noun before the name. */
function roleBefore(text: string, c: Candidate, sentenceStart: number): string {
	if (c.roleLead) return lowerPast(c.roleLead);
	// A role sits right before the name: a short window keeps the end-anchored patterns cheap on long sentences.
	const before = text.slice(Math.max(sentenceStart, c.start - 160), c.start);
	const titleTokens = addressedPost(c.title.filter((t) => !(t.text.toLowerCase() in HONORIFICS)));
	const title =
		(titleTokens.length ? '' : listedTitle(before)) ||
		titleTokens
			.map(
				(t, k) =>
					// "U.S. Rep.": a dotted abbreviation the text writes without spaces keeps them out ("U. S." is no one's).
					(k > 0 && titleTokens[k - 1]!.end !== t.start ? ' ' : '') +
					// "Representatives Ada Roe … and Tom Bell": each of them is a Representative.
					(isTitle(t.text.toLowerCase()) ? singularTitle(t.text) : t.text) +
					(t.dot ? '.' : '')
			)
			.join('');
	const postTitle =
		titleTokens.length === 1 && !titleTokens[0]!.dot && !isTitle(titleTokens[0]!.text.toLowerCase())
			? titleTokens[0]!.text
			: undefined;
	// "President and Chief Executive Officer Ada Roe": a post of several words after "and" joins a post written in
	// capitals before it, as a one-word post does ("Chairman and CEO"; "the mayor and Chief Executive Tom Ash" may
	// be two people).
	const postOfWords =
		titleTokens.length > 1 &&
		titleTokens.every((t) => !t.dot) &&
		isRoleHead(titleTokens.at(-1)!.text) &&
		/\p{Lu}[\p{L}-]*\s+and\s+$/u.test(before)
			? titleTokens[0]!.text
			: undefined;
	// "China’s top leader Xi Jinping", "UN relief coordinator Jan Egeland", "Japan’s Prime Minister Fumio Kishida";
	// a plural's possessive has its mark alone ("Australian Democrats' senator Andrew Murray").
	const prefix =
		/(?:^|[\s(])((?:(?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}.&-]*(?:['’]s|(?<=s)['’])?\s+(?:(?:of|for)\s+(?:the\s+)?(?=\p{Lu}))?){0,3}(?:(?:[\p{Ll}-]+\s+){1,3}and\s+)?(?:[\p{Ll}-]+\s+){0,3})$/u.exec(
			before
		);
	const words = prefix?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
	// Keep only the role: the window may sweep in a verb or a clause word ("met with", "and").
	const cut = lastIndexWhere(
		// "Kell Mines Chairman and CEO Ada Roe": a post written in capitals, not a courtesy title ("the mayor and
		// Senator Ash" are two people), is the post after the last "and".
		words.map((w, i) => [w, words[i - 1], words[i + 1] ?? postTitle ?? postOfWords] as const),
		([w, previous, next]) =>
			// "former first lady Ada Roe": "first" before the role word is part of the post, not a count.
			(NOT_NAME.has(w.toLowerCase()) &&
				!(/^first$/i.test(w) && next !== undefined && isRoleHead(next)) &&
				!joinsPosts(previous, w, next) &&
				!inBodyName(w, previous, next)) ||
			(!namePart(w, previous, next) &&
				(isFiniteCue(w) || ((/ed$/.test(w) || lexiconTags(w).includes('PastTense')) && !isRoleWord(w)))) ||
			// "will face challenger Ada Roe": a modal and its verb; "the chair is activist Tom Ash": a copula.
			lexiconTags(w).includes('Modal') ||
			lexiconTags(w).includes('Copula') ||
			lexiconTags(previous ?? '').includes('Modal') ||
			pluralSubjectsCue(w, previous)
	);
	// "Kell Resort Group President and CEO Ada Roe": a window that starts inside a body's name would join posts
	// of a body it misnames, so the posts are read as before "and" alone.
	const inBody = prefix !== null && /\p{Lu}[\p{L}.&-]*$/u.test(before.slice(0, prefix.index));
	const joined = words.slice(cut + 1);
	// "stories of sexual assaults actor and comedian Tom Ash": a plural before joined posts is the sentence's noun.
	const and = joined.indexOf('and');
	const plural =
		and < 0
			? -1
			: lastIndexWhere(joined.slice(0, and), (w) => /^\p{Ll}+[^su's]s$/u.test(w) && !isRoleHead(w));
	const lead = inBody ? joined.slice(and + 1) : joined.slice(plural + 1);
	const lastWord = lead[lead.length - 1] ?? '';
	let role = '';
	if (
		lead.length &&
		(isRoleHead(lastWord) ||
			(title && /['’]s$/.test(lastWord)) ||
			((postTitle || postOfWords) && lastWord === 'and') ||
			PARTY_NOUN.test(lastWord))
	)
		role = lead.join(' ');
	// "presidential candidate Sen. Ada Roe", "former party chairman Gov. Tom Ash": a post of their own before the
	// title is a second role, which "former" puts in the past, not the title ("Senator and presidential
	// candidate"; "presidential candidate Senator" reads as one post, "former … Senator" as one left).
	// "fellow Sen. Ada Roe", "executive Director Tom Ash": a word the lexicon knows as an adjective qualifies the title.
	const second =
		title && role && isRoleHead(lastWord) && !lexiconTags(lastWord).includes('Adjective') ? role : '';
	// "former Florida Gov. Ada Roe", "former Obama adviser Tom Ash": the window starts at the capitals, so the word
	// that puts the role in the past is left before it; without it the role reads as held now, which is false.
	let ahead = before.trimEnd();
	if (role) for (const w of [...lead].reverse()) ahead = ahead.slice(0, ahead.length - w.length).trimEnd();
	const past = (role || title) && PAST_ROLE.exec(ahead)?.[1]?.toLowerCase();
	// "a local member of the organisation, Pastor Ada Roe": a role set off before the title that addresses her.
	let setOff = '';
	if (!role) {
		// "by Senator and chairman of the Kell Fund, Ada Roe": joined posts this reading cannot take leave the last.
		// "The chief of Kell Aid and Ostria House, Ada Roe and Tom Ash": two names after two bodies may be read in turn.
		const several = /^\s+and\s+\p{Lu}/u.test(text.slice(c.end, c.end + 8));
		const phrase =
			rolePhraseBefore(before, title !== '', true, !several) || rolePhraseBefore(before, title !== '', false);
		// "Ada Roe and her running mate, Gov. Tom Ash": the title is his post; whose mate he is, is the sentence's.
		// "the two councillors, Representatives Ann Cole and …": a plural is theirs together, the title hers.
		if (!(title && (OWNED.test(phrase) || !singular(phrase)))) role = phrase;
		// Only a phrase opening in lower case or on an owner is surely a role; "Ada Roe, French President Tom Ash"
		// may have read the name before the comma into it.
		if (role && title && /,\s*$/.test(before) && /^(?:\p{Ll}|\p{Lu}[\p{L}.-]*['’]s\s)/u.test(role))
			setOff = role;
	}
	if (!role && !title) role = ofRoleBefore(before);
	if (!role && !title && text.charAt(c.end) === ',') role = kinBefore(before);
	if (second) role = '';
	// "Council for National Security chairman General Ada Roe", "the military commander, Commodore Tom Ash": a rank
	// after a post is how its holder is addressed, so the post alone is the role.
	const rankOnly =
		titleTokens.length > 0 &&
		titleTokens.every(isRank) &&
		titleTokens.some((t) => !TITLE_QUALIFIERS.has(lowerOf(t)));
	const addressed =
		rankOnly && (second !== '' || (role !== '' && isRoleHead(role.split(/\s+/).pop()!.replace(/,$/, ''))));
	const shown = addressed ? '' : title;
	if (shown) role = role ? `${role} ${shown}`.trim() : shown;
	if (past && !second) role = `${past} ${role}`;
	// "Spokeswoman Ada Roe of the Kell Department of State": a body's name may hold an "of" of its own.
	// "Gen. Ada Roe of Kell's Interior Ministry": a place's possessive runs on to the body it owns.
	// Never past a paragraph break: "… Kofi Annan of the United Nations¶The …" is a heading's or list's end.
	// "Commander Ada Roe of the U.S. Fifth Fleet": a dotted abbreviation is one word of the body's name, not its end.
	const of = BODY_AFTER_OF.exec(text.slice(c.end, c.end + 60));
	if (shown) {
		// An abbreviated title reads only before a name ("Sen. Ada Roe"), so the role writes it out: "Ada Roe,
		// Vermont Senator", never "Vermont Sen."; and a legislator is from the state sent to the chamber, not "of" it.
		const full = shown.split(' ').map((w) => TITLE_IN_FULL[w.toLowerCase().replace(/\.$/, '')] ?? w);
		const prefix = role.slice(0, role.length - shown.length);
		const from = of && LEGISLATOR.test(full[full.length - 1]!) && isPlaceWord(of[1]!);
		role = `${prefix}${full.join(' ')}${of ? ` ${from ? 'from' : 'of'} ${of[1]}` : ''}`;
	}
	if (second) role = `${addressed ? '' : `${role} and `}${past ? `${past} ` : ''}${lowerPast(second)}`;
	// Glued to the title it read "a local member of the organisation Pastor"; the title leads, the role set off after.
	else if (setOff && shown && role.startsWith(`${setOff} `))
		role = `${role.slice(setOff.length + 1)}, ${setOff}`;
	// "Secretary Roe", "Minister Ash": a department's head titled without the department holds no post a reader can
	// place, and is often a past one ("Secretary Clinton" years after she left).
	if (HALF_TITLE.test(role)) return '';
	return lowerPast(withoutVerb(role, before));
}

const BODY_WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}-]*)`;
/** "of the Kell Department of State", "of Kell's Interior Ministry", "of the U.S. Fifth Fleet" after a name. */
const BODY_AFTER_OF = new RegExp(
	String.raw`^[^\S\n]+of[^\S\n]+((?:the[^\S\n]+)?${BODY_WORD}(?:['’]s(?=[^\S\n]+\p{Lu}))?(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?${BODY_WORD})*)`,
	'u'
);

/** Verbs and adjectives that take an infinitive ("voted to", "was allowed to", "is set to"), not a place or a person. */
const TAKES_INFINITIVE = new RegExp(
	String.raw`\b(?:${(
		'allowed voted decided refused agreed wanted wants want planned plans tried tries failed asked expected hoped ' +
		'moved sought seeks promised vowed threatened declined chose needed intended attempted pledged offered helped ' +
		'urged invited able unable going set due likely ready forced permitted authorized authorised scheduled began ' +
		'continued'
	)
		.split(' ')
		.join('|')})\s+to\s+$`
);

/**
 * "…, deposed Kyrgyz president Askar Akayev", "…, jailed opposition leader Ada Roe": a participle that says what
 * befell the holder describes the post, as "former" does; it is no verb of the sentence.
 */
const DESCRIBING_PARTICIPLE =
	/^(?:jailed|exiled|embattled|disgraced|detained|imprisoned|impeached|indicted|convicted|elected|appointed|suspended|sacked|beleaguered|assassinated|slain|murdered|kidnapped|wounded)$/;

/**
 * "allowed to question presidential aide Tom Ash", "recent arrests include auxiliary bishop Yao Liang", "…, leaving
 * party leader Ada Roe to decide": a verb of the sentence opening the words before a name is no part of the role. It
 * is an infinitive after a verb or an adjective that takes one ("wrote to state opposition leader" is a post's
 * modifier), a present verb after a plural subject, or a participle after a comma whose next word is no role word
 * ("…, acting general secretary", "…, retired attorney" are posts).
 */
function withoutVerb(role: string, before: string): string {
	const [first, second] = role.split(' ');
	if (second === undefined || !/^\p{Ll}+$/u.test(first!) || isRoleHead(first!) || NOT_NAME.has(first!))
		return role;
	const tags = lexiconTags(first!);
	const at = before.lastIndexOf(`${first} ${second}`);
	if (at < 0) return role;
	const ahead = before.slice(0, at);
	if (TAKES_INFINITIVE.test(ahead)) return role.slice(first!.length + 1);
	if (tags.includes('Adjective')) return role;
	const present = tags.some((t) => t === 'Infinitive' || t === 'PresentTense');
	const verb =
		(present && /(?:^|\s)\p{Ll}{2,}[^s'’\s]s\s+$/u.test(ahead)) ||
		(/,\s*$/.test(ahead) &&
			/\p{Ll}(?:ing|ed)$/u.test(first!) &&
			!isRoleWord(second) &&
			!PAST_ROLE.test(first!) &&
			!DESCRIBING_PARTICIPLE.test(first!));
	return verb ? role.slice(first!.length + 1) : role;
}

/**
 * "the Minister for Justice and Customs Senator Chris Ellison", "Joint Chiefs of Staff Chairman Mike Mullen",
 * "Agriculture and Land Affairs Minister Lulu Xingwana": a capitalised office's name joined by "and", "of" or "for"
 * runs on into the role read before the name, which opens on its last capitalised words. Not over a person's name
 * ("Prime Minister Ada Roe and Kellian Premier Tom Ash") nor a post that ends before "and" (two posts, or a list).
 */
function officeRunOn(text: string, from: number, c: Candidate, role: string, entities: Entity[]): string {
	// An office's name is written in capitals to its end ("Customs Senator"); "Forza Italia and South Tyrol senator"
	// lists a party and a place.
	if (!role.split(' ').every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the)$/.test(w))) return role;
	// "Staff Chairman Admiral Mike Mullen": a rank may stand between the role and the name.
	const lead = text.slice(Math.max(from, c.start - 160), c.tokens[0]!.start).trimEnd();
	const at = lead.lastIndexOf(role);
	if (at < 0 || !/^(?:\s+\p{Lu}[\p{L}.]*)*$/u.test(lead.slice(at + role.length))) return role;
	const run =
		/(?:^|[^\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)*?\p{Lu}[\p{L}'’-]*\s+(?:and|of|for|&)\s+)$/u.exec(
			lead.slice(0, at)
		)?.[1];
	if (!run) return role;
	const words = run.trim().split(/\s+/);
	const beforeJoin = words.at(-2)!;
	// "Supreme Leader Khamenei and President Ada Roe": a title before a capitalised word names a person too; "31
	// March and Father Tom Ash" is a date.
	const person = words.some(
		(w, i) =>
			(/^\p{Lu}/u.test(w) && NOT_NAME.has(w.toLowerCase())) ||
			(/^\p{Lu}/u.test(w) &&
				(isFirstName(w) ||
					findPerson(entities, tokenize(w, 0, w.length)).length > 0 ||
					(i > 0 && isRoleHead(words[i - 1]!) && !isRoleHead(w))))
	);
	// "Finance Minister and CU leader Ada Roe" may be two people's posts; "Minister for Justice and …" is one office.
	if (person || (isRoleHead(beforeJoin) && !/\s(?:of|for)\s/.test(run))) return role;
	return `${run}${role}`;
}

/**
 * "the son of Ada Roe", "a spokesman for President Ada Roe": a post that ends in "of", "for" or "to" right before
 * the name is someone else's, held towards this person; only a title after it is theirs ("the Kell Prime
 * Minister"). A capitalised post before the preposition is one name with what follows ("Chief of Staff General",
 * "Speaker of the House", "Minister for Tourism").
 */
function towardsName(role: string): string {
	const words = role.trim().split(/\s+/);
	const last = lastIndexWhere(words, (w) => /^(?:of|for|to)$/.test(w));
	if (last < 0) return role;
	if (last === words.length - 1) return '';
	const after = words.slice(last + 1);
	const named = after[0] === 'the' ? after.slice(1) : after;
	return /^\p{Ll}/u.test(words[last - 1] ?? '') &&
		/^\p{Lu}/u.test(named[0] ?? '') &&
		isTitle(after[after.length - 1]!.toLowerCase())
		? after.join(' ')
		: role;
}

/**
 * "former secretary of state Ada Roe", "Kell's chief of staff Tom Ash": a role word and the lower-case field "of" it
 * names before a name are a post, as a role word alone is ("press secretary Tom Ash"), with the words that qualify
 * it; a field that is itself a role ("the wife of candidate Ada Roe") is hers, and no part of another's post.
 */
function ofRoleBefore(before: string): string {
	const words = before.trimEnd().split(/\s+/);
	for (const fieldLength of [1, 2]) {
		const of = words.length - 1 - fieldLength;
		const field = words.slice(of + 1);
		const head = words[of - 1] ?? '';
		if (
			words[of] !== 'of' ||
			!/^\p{Ll}[\p{Ll}-]*$/u.test(head) ||
			!isRoleHead(head) ||
			// "employees of investment bank Harbor": a plural is no one's post.
			(/[^s]s$/.test(head) && isRoleHead(head.slice(0, -1))) ||
			!field.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !NOT_NAME.has(w) && !isRoleHead(w))
		)
			continue;
		let from = of - 1;
		while (from > Math.max(0, of - 4)) {
			const w = words[from - 1]!;
			const possessive = /^\p{Lu}[\p{L}.-]*['’]s$/u.test(w);
			// "a showdown between former secretary of state …": only a role word or an adjective qualifies the post.
			const modifier =
				/^[\p{Ll}-]+$/u.test(w) &&
				!NOT_NAME.has(w) &&
				(isRoleHead(w) ||
					TITLE_QUALIFIERS.has(w) ||
					/^(?:former|onetime)$/.test(w) ||
					lexiconTags(w).some((t) => t === 'Adjective'));
			if (!possessive && !modifier && !/^(?:Former|Onetime)$/.test(w)) break;
			from--;
			if (possessive) break;
		}
		return words.slice(from).join(' ');
	}
	return '';
}

/**
 * A person the article names with no role and whose full name follows a body's possessive ("CNN’s Jake Tapper")
 * works for that body. Read only once someone is known to be a person: the possessive says nothing of what a name
 * is ("Kell Navy's Fifth Fleet"); and a name before a noun is that noun's modifier, the possessive the noun's
 * ("Kell’s Ada Roe video").
 */
function employers(text: string, entities: Entity[]): void {
	for (const e of entities) {
		if (e.kind !== 'person' || !e.named || e.role) continue;
		for (const m of e.mentions) {
			const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(m.end, m.end + 30))?.[1];
			if (text.slice(m.start, m.end) !== e.name || (next !== undefined && modifiesNoun(next))) continue;
			e.role = employerBefore(text.slice(Math.max(0, m.start - 80), m.start));
			if (e.role) break;
		}
	}
}

/** A lower-case word after a name that is no verb, adverb or joining word: the noun the name qualifies. */
const modifiesNoun = (word: string) =>
	!isFiniteCue(word) &&
	lexiconTags(word).every((t) => ['Singular', 'Plural', 'Uncountable', 'Noun'].includes(t));

/**
 * "CNN’s Jake Tapper", "Kell Globe's Ada Roe", "the 5th District’s Tom Ash": a body's possessive right before a
 * name says whom the person works for, shown as a role after the name ("of Kell Globe"); words that open the
 * sentence ("As Kell's …") or a pronoun's contraction ("That’s Ada Roe") are no body, nor is a sentence before it
 * ("… in Malibu. And Kell's …").
 */
function employerBefore(before: string): string {
	const m = EMPLOYER.exec(before);
	const words = m?.[2]?.split(/\s+/) ?? [];
	const run = words.length;
	while (words.length && !/^the$/i.test(words[0]!) && NOT_NAME.has(words[0]!.toLowerCase())) words.shift();
	if (!words.some((w) => /^\p{Lu}/u.test(w))) return '';
	const article = m?.[1] && words.length === run ? 'the ' : '';
	return `of ${article}${words.join(' ').replace(/^The\b/, 'the')}`;
}
const EMPLOYER_WORD = String.raw`[\p{Lu}\d](?:[\p{L}\d&-]|\.(?=\p{L}))*`;
const EMPLOYER = new RegExp(
	String.raw`(?:^|[^\p{L}\d.&'’-])(?:(the)\s+)?((?:${EMPLOYER_WORD}\s+){0,3}${EMPLOYER_WORD})['’]s\s+$`,
	'u'
);

/**
 * "Our guide, Arne Lunde, stopped the sled", "Hawi's stepson, Rafi Madoyan, said", "but their spokesman, Randy Belote,
 * said": a possessive (a pronoun, a name's or "the show's") and a noun opening a clause, with the name set off by
 * commas after them, say who the named is to the owner, whether or not the noun is a known role. A plural noun is
 * a list's ("his sons, Tom Ash and Ivo Ash").
 */
function kinBefore(before: string): string {
	const m =
		/(?:^|[.!?:;]\s+|,\s+|(?:^|\s)(?:but|and|while|yet)\s+)((?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s?|[Tt]he\s+\p{Ll}+['’]s)\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?),\s*$/u.exec(
			before
		);
	const words = m?.[1]!.split(/\s+/) ?? [];
	const pronoun = /^(?:my|our|his|her|their)$/i.test(words[0] ?? '');
	if (
		!m ||
		/[^s]s$/.test(words.at(-1)!) ||
		// "Ostria's capital, Kell Town,": a name's or a thing's possessive tells a person only by a word of kin.
		(!pronoun && !isKin(words.at(-1)!)) ||
		words.some((w) => isFiniteCue(w) || lexiconTags(w).some((t) => t === 'Verb' || t === 'PastTense'))
	)
		return '';
	return m[1]!.replace(/^(?:My|Our|His|Her|Their|The)\b/, (c) => c.toLowerCase());
}

/**
 * Cue verbs, and verbs by which a document reports someone ("The report quotes …", "The files list …"). Not
 * "show" or "name": "game show host", "brand name manager" are roles.
 */
const REPORTING_VERBS = new Set([
	...Object.keys(CUE_VERBS),
	...'quote cite list identify mention reveal'.split(' ')
]);

/**
 * "The minutes record member Ruth …", "Court papers say chairman …", "The report quotes engineer …": a reporting
 * verb after a lower-case noun that agrees with it (its plain form after a plural, its "-s" form after a singular)
 * is that noun's verb, so the words before it are its subject and not part of the role.
 */
function pluralSubjectsCue(word: string, previous: string | undefined): boolean {
	if (previous === undefined || !/^\p{Ll}+$/u.test(previous)) return false;
	const w = word.toLowerCase();
	const plural = /[^s]s$/.test(previous) && !lexiconTags(previous).includes('Uncountable');
	if (plural) return REPORTING_VERBS.has(w);
	const stem = w.replace(/ies$/, 'y').replace(/s$/, '');
	return stem !== w && REPORTING_VERBS.has(stem) && !/s$/.test(previous);
}

/**
 * A role set off before the name: "The chief executive of Skype, Tony Bates, said", "The secretary general of
 * CEI (Italian Episcopal Conference), Nunzio Galantino, has called". The phrase holds a role word and no verb.
 */
/**
 * "the trade envoy for Kell and New Ostria, Ada Roe": an "and" between two names that hold no role word of their own
 * joins the places or bodies of one post, which runs on before it.
 */
function joinsNames(ahead: string, clause: string): boolean {
	const previous = ahead.trim().split(/\s+/);
	const names = clause.split(/\s+/);
	return (
		/^\p{Lu}/u.test(previous[previous.length - 1] ?? '') &&
		names.every((w) => /^\p{Lu}/u.test(w) && !isRoleHead(w)) &&
		previous.some((w) => isRoleHead(w) && singular(w) !== '')
	);
}

function rolePhraseBefore(before: string, titled: boolean, joinPosts = true, joinNames = true): string {
	if (!/,\s*$/.test(before)) return '';
	const body = before.replace(/,\s*$/, '').replace(/\s*\([^()]*\)$/, '');
	// "PARIS, Aug 31 (Reuters) - Kell’s party leader, …": a dateline ends at its dash.
	const parts = body.split(/([;:“”"]|,\s|\s[-–—]\s|\b(?:and|but|while|when)\s)/);
	let clause = parts.pop()?.trim() ?? '';
	while (
		joinPosts &&
		parts.length >= 2 &&
		parts[parts.length - 1] === 'and ' &&
		// "Her passenger and boyfriend": a possessive's owner is found for one post.
		!OWNED.test(
			parts[parts.length - 2]!.trim()
				.split(/[;:“”"]|,\s/)
				.pop() ?? ''
		) &&
		(joinsPosts(parts[parts.length - 2]!.trim().split(/\s+/).pop(), 'and', clause.split(/\s+/)[0]) ||
			(joinNames && joinsNames(parts[parts.length - 2]!, clause)))
	) {
		parts.pop();
		clause = `${parts.pop()!.trim()} and ${clause}`;
	}
	const all = clause.split(/\s+/).filter(Boolean);
	// "As a Kell senator, Ada Roe voted for it": one of a kind she acted as then, which may be long past ("As the
	// Kell chief executive, Tom Ash, put it" names his post).
	if (/^as$/i.test(all[0] ?? '') && /^an?$/i.test(all[1] ?? '')) return '';
	// "“We will act,” said a spokesman for the Kell Ministry, Tom Ash.", "noted that Kell’s mayor, Ada Roe,": a cue
	// or its "that" opens the role after it, if what follows opens as a role does ("argue that trading prisoners
	// helps …, President Ash" opens a clause); a "that" no cue leads into is a determiner ("the author of that
	// boast, Ada Roe").
	const cue = lastIndexWhere(all, lowerCue);
	const that = lastIndexWhere(all, (w) => w === 'that');
	// "a question was asked to the Leader of the House, Tony Abbott,", "wrote to the mayor, Ada Roe,": the one a cue
	// is addressed to, named after "to", holds the post set off before the name.
	const addressee =
		cue >= 0 && cue > that && all[cue + 1] === 'to' && /^(?:the|a|an)$/i.test(all[cue + 2] ?? '');
	const cut = cue < 0 ? 0 : Math.max(cue, that) + (addressee ? 2 : 1);
	const words = all.slice(cut);
	if (
		cut > 0 &&
		!/^(?:the|a|an|his|her|its|their|\p{Lu}.*)$/u.test(words[0] ?? '') &&
		!isRoleHead(words[0] ?? '')
	)
		return '';
	// "One of the former investigators for the committee, Tom Ash,": one of a group is what he is, so "one of" stays
	// before the group's plural; "One candidate, Ana Ruiz, …": the count picks her out of several, and is no part of
	// what she is.
	const oneOf = /^one$/i.test(words[0] ?? '') && words[1] === 'of';
	if (oneOf) words.splice(0, 2);
	else if (/^(?:one|another)$/i.test(words[0] ?? '')) words.shift();
	const member = (role: string) => (oneOf ? `one of ${role}` : role);
	if (words.length === 0 || words.length > 10) return '';
	if (!words.some((w) => isRoleHead(w.replace(/['’]s$/, '')))) return '';
	if (words.some((w) => /^(?:is|was|are|were|has|had|have)$/i.test(w))) return '';
	// "Speaking to reporters in Rome, Maya Ross said": a participle phrase tells what they did, not what they are
	// ("Managing Director" is a role: no preposition or article after its -ing word); "According to the Kell
	// Minister, Ada Roe, …" names her post after a preposition, unless a title of hers follows, which the phrase
	// would run into ("according to the team head, Kell Adviser Tom Ash").
	if (
		/ing$/i.test(words[0]!) &&
		(titled || !/^according$/i.test(words[0]!)) &&
		/^(?:to|at|in|on|with|for|from|after|before|about|the|a|an)$/i.test(words[1] ?? '')
	)
		return '';
	// "photographers Nat Finkelstein, Christopher Makos": a list of names, not a role; "the owner of the Kell
	// Country Club" names a body after its article or preposition, unless a title follows, whose post it would
	// run into ("the chair of the Kell Fund, Sen. Ada Roe"); "a member of the opposition Kell Green party" has
	// the body's name before a noun it qualifies; "the envoy to Northern Ireland", "the economist at Kell Bank in
	// New York" name where the post is held.
	if (
		words.some(
			(w, i) =>
				i > 0 &&
				/^\p{Ll}/u.test(words[i - 1]!) &&
				(titled || !/^(?:the|of|at|for|to|in)$/.test(words[i - 1]!)) &&
				// "the envoy for Kell and New Ostria": a name joined to the name before it.
				!(words[i - 1] === 'and' && /^\p{Lu}/u.test(words[i - 2] ?? '')) &&
				/^\p{Lu}/u.test(w) &&
				/^\p{Lu}/u.test(words[i + 1] ?? '') &&
				(titled || !qualifiesNoun(words, i))
		)
	)
		return '';
	// "in the words of the Crown prosecutor", "Also the president of …": the role starts at the determiner
	// before its role word.
	const roleAt = words.findIndex((w) => isRoleHead(w.replace(/['’]s$/, '')));
	// "Kell fired his campaign manager, Tom Ash": a possessive opens the role as an article does.
	const determiner = lastIndexWhere(words.slice(0, roleAt + 1), (w) =>
		/^(?:the|a|an|his|her|its|their)$/i.test(w)
	);
	// "the visit by Kell's foreign minister, Tom Ash": a preposition before the role word ties it to a noun of the
	// sentence's, so the role starts after it.
	const tied = lastIndexWhere(words.slice(0, roleAt), (w) => /^(?:by|from|with|to|between)$/.test(w)) + 1;
	// "a statement to reporters, Ada Roe": a plural after the preposition is the sentence's, never her post.
	if (tied > determiner && !singular(words[roleAt]!)) return '';
	// "In the recent Kell election, Ada Roe stood", "At the party conference, Tom Ash spoke": a preposition of
	// place or time whose object the phrase is says where or when, not what the person is ("in the words of the
	// Kell prosecutor, Tom Ash" has the role's article further on).
	if (determiner === 1 && /^(?:in|at|on|during|throughout|within)$/i.test(words[0]!)) return '';
	if (determiner > 0 || tied > 0)
		return member(
			words
				.slice(Math.max(determiner, tied))
				.join(' ')
				.replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase())
		);
	// "With Australian Prime Minister, John Howard …", "Meanwhile Police Chief, …": the words that open the
	// sentence are not part of the role ("Then Deputy Mayor" keeps its "then").
	const opens = words.findIndex((w) => !isSentenceOpener(w));
	return member(
		words
			.slice(Math.max(0, opens))
			.join(' ')
			.replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase())
	);
}

/**
 * A run of capitalised words from `at`, none possessive, that a lower-case noun follows ("Kell Green party"): a
 * name used as a modifier. Before a preposition the run is a title of its own ("Prime Minister of …"), which may be
 * another person's post set off before this one's name; a person's name ("Tom Ash campaigned for his wife") is
 * the subject of the verb after it.
 */
function qualifiesNoun(words: string[], at: number): boolean {
	let end = at;
	while (end < words.length && /^\p{Lu}/u.test(words[end]!)) end++;
	const next = words[end] ?? '';
	return (
		/^\p{Ll}/u.test(next) &&
		!NOT_A_VERB.has(next) &&
		!/ed$/.test(next) &&
		!isFiniteCue(next) &&
		!lexiconTags(next).includes('PastTense') &&
		!isFirstName(words[at]!) &&
		!words.slice(at, end).some((w) => /['’]s$/.test(w))
	);
}

/** "Democratic presidential nominee": a party's name, which keeps its capital opening a sentence or not. */
const PARTY_NAMED = /^(?:Democratic|Republican|Libertarian)$/;

/**
 * Words a phrase never ends on: "general secretary of the, said" is a role whose body the text lost (a link left
 * out), and no reader can place "of the"; the role is what stands before the phrase it opened.
 */
const DANGLING = new Set('the a an of in for at to and or on with by from one'.split(' '));
/** "a leader of the party Batasuna on Friday": the day the sentence tells of, run on into a role, is none of it. */
const DAY_AFTER_ROLE =
	/\s+(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)$/;
/**
 * "…,” said Faris Hayder, a resident of Basra to Reuters.": whom the words were said to (the press, or a news agency)
 * ends the sentence after the role set off by an inverted verb of speech, and is no part of the role; no post is held
 * "to reporters".
 */
const LISTENER_AFTER_ROLE =
	/\s+to\s+(?:reporters|journalists|the\s+press|the\s+media|Reuters|AFP|AP|(?:the\s+)?Associated\s+Press|Agence\s+France-Presse|Xinhua)(?:\s+(?:for|from|of|at|in)\s+[^,;:]*)?$/;

/**
 * "Australian news Australian Democrats founder", "Australian news Australian nuclear debate Australia's justice
 * minister": a wiki page's category label ("<Place> news") and a topic label after it (capitals, then lowercase
 * topic words and no role word, before a capital) open the text, and so the role read before its first name; so
 * does its review state ("publish Archive-unreviewed Speaker"). `clean` cuts the labels it is sure of from the lead
 * (`withoutPageLabel` there); these are the ones left that a role shows ("Netherlands Dutch diplomat").
 */
function withoutLabelsInRole(role: string): string {
	// "publish Archive-unreviewed Speaker": a wiki page's review state, left by its templates, opens the text.
	role = role.replace(/^(?:publish\s+)?Archive-\p{Ll}+\s+/u, '');
	role = withoutCountryLabel(role);
	const label = /^(?:\p{Lu}[\p{L}-]*\s+){1,3}news\s+(?=\p{Lu})/u.exec(role);
	if (!label) return role;
	const rest = role.slice(label[0].length);
	const topic = /^(?:\p{Lu}[\p{L}-]*\s+)+(?:\p{Ll}+\s+){1,2}(?=\p{Lu})/u.exec(rest)?.[0];
	return topic && !topic.split(/\s+/).some((w) => w && isRoleWord(w)) ? rest.slice(topic.length) : rest;
}

/**
 * "Canada Former Beatle", "Iran Iran's former president", "Malaysia Malaysian Prime Minister", "Pakistan President
 * of Pakistan": the page's country label opening the text runs into a role that places the person itself, names the
 * country again or opens on a standing its capital says opened the sentence; no post is written so.
 */
function withoutCountryLabel(role: string): string {
	const label = /^(\p{Lu}[\p{L}.]*)\s+(\p{Lu}[\p{L}'’.-]*)\s+\S/u.exec(role);
	if (!label || !lexiconTags(label[1]!).includes('Country')) return role;
	const [, country, next] = label;
	const placed =
		/^(?:United|North|South|East|West|New)$/.test(next!) ||
		lexiconTags(next!).includes('Country') ||
		// "Malaysia Malaysian Prime Minister": no post names a country and then a people.
		lexiconTags(next!).includes('Demonym') ||
		next === `${country}'s` ||
		next === `${country}’s` ||
		STANDING.has(next!.toLowerCase()) ||
		new RegExp(String.raw`\sof\s+${escapeRegExp(country!)}$`).test(role);
	if (!placed) return role;
	const rest = role.slice(country!.length).trim();
	return STANDING.has(next!.toLowerCase()) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
}

/**
 * A role as it reads after a name: "Industry expert Om Malik" gives "industry expert" (its capital was the
 * sentence's, not a title's: "Environment Minister" keeps its own, and so does a name the text capitalises
 * mid-sentence, "Microsoft spokesperson"), and a role every word of which is already in the name ("Korean
 * Central News Agency (news agency)") says nothing.
 */
function tidyRole(
	name: string,
	role: string,
	capitalisedMidSentence: () => Set<string>,
	properWord: (word: string) => boolean
): string {
	role = withoutLabelsInRole(role).replace(DAY_AFTER_ROLE, '').replace(LISTENER_AFTER_ROLE, '');
	const whole = role.split(/\s+/).filter(Boolean);
	let cut = whole.length;
	while (cut > 0 && DANGLING.has(whole[cut - 1]!)) cut--;
	// "Separately US Treasury Secretary John Snow said": the adverb opening the sentence is no part of the title.
	const from = whole.length > 1 && adverbOfAdjective(whole[0]!) ? 1 : 0;
	const words = whole.slice(from, Math.max(from, cut));
	if (cut < whole.length || from > 0) role = words.join(' ');
	const inName = new Set(name.toLowerCase().split(/\s+/));
	if (words.length > 0 && words.every((w) => inName.has(w.toLowerCase()))) return '';
	const [first, ...rest] = words;
	// "Billionaire Tom Ash gave": a lone role noun opening the sentence is no title; "Journalist Ada Roe" neither,
	// a job the lexicon knows, unless the text capitalises it mid-sentence too ("Pastor Ada Roe").
	if (
		first &&
		rest.length === 0 &&
		!TITLES.has(first.toLowerCase()) &&
		(ROLE_NOUNS.has(first.toLowerCase()) ||
			(/^\p{Lu}\p{Ll}+$/u.test(first) && isRoleWord(first) && !capitalisedMidSentence().has(first)))
	)
		return first.toLowerCase();
	if (
		first &&
		rest.length > 0 &&
		/^\p{Lu}\p{Ll}+$/u.test(first) &&
		rest.every((w) => /^\p{Ll}/u.test(w)) &&
		!isPlaceWord(first) &&
		!isFirstName(first) &&
		!lexiconTags(first).some((t) => /Organization|Demonym|ProperNoun|Person/.test(t)) &&
		!capitalisedMidSentence().has(first) &&
		!properWord(first) &&
		!PARTY_NAMED.test(first) &&
		!TITLES.has(first.toLowerCase())
	)
		return `${first.toLowerCase()} ${rest.join(' ')}`;
	return role;
}

/**
 * "Colombian President Álvaro Uribe, the Spanish Prime Minister José Luis Zapatero and …", "German Chancellor Angela
 * Merkel French President Nicolas Sarkozy": a role that runs on into another person's name is that person's post
 * when nothing ties it to them, so it is the post after their name or none; "the president of News Corporation and
 * Robert Iger" ends before the "and" that adds them. A post tied by a preposition is kept ("spokesman for Prime
 * Minister Ada Roe", "daughter of former prime minister Tom Roe", "lawyer for Omar Khadr"), and so is a possessive
 * ("Tom Roe's wife").
 */
function withoutOthersPost(role: string, name: string, fullNames: string[]): string {
	const link = (w: string) => /^(?:of|for|to|with|against|by|under)$/.test(w);
	for (const other of fullNames) {
		// A pattern per name and role cost a long article's list of people its square: most roles name no one.
		if (other === name || !role.includes(other)) continue;
		const at = new RegExp(String.raw`(?:^|\s)${escapeRegExp(other)}(?![\p{L}'’])`, 'u').exec(role);
		if (!at) continue;
		const words = role.slice(0, at.index).split(/\s+/).filter(Boolean);
		// "Kell Rovers owner", "head of USAF's Mobility Command": a name opening the role or owned qualifies it.
		if (!words.length || /['’]s?$/.test(words.at(-1)!)) continue;
		// "… and Robert Iger", "daughter of Yegor Gaidar and activist Lev Ponomaryov": "and" adds a person when the
		// name follows it or one named before it ("Vice-President and Defense Minister José Alencar" are two posts).
		const and = words.lastIndexOf('and');
		const headed = words.slice(0, and).join(' ');
		if (and > 0 && and === words.length - 1) {
			// "on Commercial and Administrative Law": capitals after "and" with no first name may end a body's name.
			if (isFirstName(other.split(' ')[0]!)) return headed;
			continue;
		}
		if (and > 0 && fullNames.some((n) => n !== other && headed.endsWith(` ${n}`))) return headed;
		// Tied: the name right after the preposition, or after a post of its own ("for Sen.", "of President").
		const tie = words.findIndex(link);
		const ownPost = words.slice(tie + 1).some((w) => isRoleHead(w.replace(/\.$/, '')));
		if (tie >= 0 && (tie === words.length - 1 || ownPost)) continue;
		// The post is theirs when it ends right before their name ("the Spanish Prime Minister José Zapatero"), or a
		// place does and a first name opens theirs ("the President of Venezuela Hugo Chávez"); else the name may be
		// the tail of a body's or a place's ("director of Clean Air Watch", "a resident of nearby Penhurst Park").
		const previous = words.at(-1)!;
		const theirs =
			isRoleHead(previous.replace(/\.$/, '')) || (isPlaceWord(previous) && isFirstName(other.split(' ')[0]!));
		if (!theirs) continue;
		const after = role.slice(at.index + at[0].length).trim();
		return isRoleAppositive(after) ? after : '';
	}
	return role;
}

/** A preposition, conjunction or sentence adverb ("With", "Meanwhile"), which never opens a role. */
function isSentenceOpener(word: string): boolean {
	if (/^(?:then|now|former|later)$/i.test(word)) return false;
	return lexiconTags(word).some((t) => t === 'Preposition' || t === 'Conjunction' || t === 'Adverb');
}

/**
 * "Separately", "Similarly": an adverb the lexicon lacks, made by "-ly" from an adjective it knows, opens a
 * sentence, never a role; a surname ending so ("Connolly") is no adjective's.
 */
function adverbOfAdjective(word: string): boolean {
	const stem = /^(\p{L}{3,})ly$/u.exec(word.toLowerCase())?.[1];
	return stem !== undefined && lexiconTags(word).length === 0 && lexiconTags(stem).includes('Adjective');
}

const TITLE_ABBREVIATION = [...TITLE_ABBREVIATIONS]
	.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
	.join('|');
/**
 * The phrase after a name's comma, up to a comma, a quote, or a period that ends the sentence: the period of a
 * title or a dotted abbreviation ("a former aide to Sen. Ana Ruiz", "a strategist for the U.S. Chamber of
 * Commerce") is inside the phrase, which would otherwise end as "a former aide to Sen". A sentence's period may
 * have a wiki link's bracket right after it ("… of China.[http://…"), which ends the phrase as a space does.
 */
const APPOSITIVE = new RegExp(
	`^,\\s+(?:\\d{1,3},\\s+)?([^,;“”"()]+?(?:\\s*\\([^()]*\\)(?:\\s+[^,;“”"()]+?)?)?)(?=\\s*(?:[,;“”")]|\\.(?<!(?:^|[\\s(])(?:${TITLE_ABBREVIATION}|\\p{Lu}|(?:\\p{L}\\.)+\\p{L})\\.)(?:\\s|\\[|$)|$))`,
	'u'
);
/** "Jason Sims — a teacher from Mount Pleasant — says": a phrase set off by a pair of dashes, as by commas. */
const DASHED_APPOSITIVE = /^\s+(?:—|–|--)\s+([^—–,;:“”"()]{3,120}?)\s+(?:—|–|--)(?=\s)/u;

/**
 * "Ron Resnick (Chairman of the Kell Forum) remarked": a post in brackets right after a name is set off as by
 * commas; a party ("(CDU)", "(Labor, Fowler)", "(D-Calif.)"), a nickname or a clause in brackets holds no role word.
 */
function bracketedRole(text: string, end: number): string {
	const phrase = /^\s+\(([^()]{3,120})\)/.exec(text.slice(end, end + 130))?.[1]?.trim() ?? '';
	return isRoleAppositive(phrase) && !OWNED.test(phrase) && !namesAnotherPerson(phrase) ? phrase : '';
}
/**
 * "Sen. Joe Ludwig (Labor, Queensland)", "Wayne Swan (Labor,)", "Gerhard Schröder (SPD)", "Rep. Ada Roe (D-NY)": a
 * party in brackets right after a name, its seat or state after a comma or hyphen, says whom the person sits for.
 * A party is a party noun, a word the brackets close on a comma after ("(Labor,)", the Hansard style), an acronym, or
 * a party's letters before a hyphen; "(Host)", "(Jack)" and "(-PA)" are none.
 */
const PARTY_BRACKET = new RegExp(
	String.raw`^\s+\((` +
		[
			String.raw`\p{Lu}{1,4}-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`,
			String.raw`\p{Lu}{2,5}`,
			String.raw`(?:${PARTY_WORD})`,
			String.raw`\p{Lu}\p{Ll}+,(?:\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?`
		].join('|') +
		String.raw`)\)`,
	'u'
);
function partyBracket(text: string, end: number): string {
	const party = PARTY_BRACKET.exec(text.slice(end, end + 60))?.[1]?.replace(/,$/, '') ?? '';
	// "the Islamic Revolutionary Guard Corps (IRGC)": letters that are the initials of the words before them are
	// those words' abbreviation, a body's name misread as a person's.
	const words = text
		.slice(Math.max(0, end - 100), end)
		.split(/\s+/)
		.filter((w) => w && !/^(?:of|the|and|for)$/i.test(w));
	const initials = words
		.slice(-party.length)
		.map((w) => w.charAt(0))
		.join('');
	return /^\p{Lu}+$/u.test(party) && initials === party ? '' : party;
}
/**
 * The role with the party the brackets after the name give: "Senator (Labor, Queensland)", or the party alone where
 * the role is none or only words of the name ("Professor Luizinho (PT-SP)").
 */
function withParty(name: string, role: string, party: string): string {
	const inName = new Set(name.toLowerCase().split(/\s+/));
	const own = role.split(/\s+/).some((w) => w && !inName.has(w.toLowerCase()));
	return !party ? role : own ? `${role} (${party})` : party;
}

const TITLED_NAME = new RegExp(`(?:^|\\s)(?:${TITLE_ABBREVIATION})\\.\\s+\\p{Lu}`, 'u');

/**
 * "Ana Ruiz, Ostria Gov. Tom Bell and …", "Ana Ruiz, Sen. Tom Bell (R-Ore.)": a title and a name set off after
 * a name is the next name of a list, unless a role word comes first ("a former aide to Sen. Tom Bell").
 */
function namesAnotherPerson(chunk: string): boolean {
	const words = chunk.split(/\s+/);
	// "Ana Ruiz, Vice President Tom Bell and …", "Acme, Jane Roe at Beta and …": a capitalised run opening the
	// phrase holds another person's first and last name ("Tom Bell's spokeswoman" is a role).
	const lower = words.findIndex((w) => !/^\p{Lu}/u.test(w));
	const run = lower === -1 ? words : words.slice(0, lower);
	if (
		!run.some((w) => /['’]s$/.test(w)) &&
		run.some((w, i) => i < run.length - 1 && isFirstName(w)) &&
		!isRoleWord(run.at(-1)!.replace(/[.,]$/, ''))
	)
		return true;
	// "Ana Ruiz, press secretary Tom Bell and …": a role word right before a first name titles someone else,
	// unless a preposition ties that person to the role ("a daughter of former President Tom Bell").
	const titles = words.findIndex(
		(w, i) => isRoleWord(w) && isFirstName(words[i + 1] ?? '') && /^\p{Lu}/u.test(words[i + 2] ?? '')
	);
	if (titles >= 0 && !words.slice(0, titles).some((w) => /^(?:of|to|for|with|under|at|by|from)$/i.test(w)))
		return true;
	// "Golvach lost his son": a name and its verb open a clause of the sentence.
	if (run.length === 1 && lexiconTags(words[1] ?? '').includes('PastTense')) return true;
	const titled = TITLED_NAME.exec(chunk);
	if (!titled) return false;
	return !chunk
		.slice(0, titled.index)
		.split(/\s+/)
		.some((w) => isRoleWord(w.replace(/['’]s$/, '')));
}

/**
 * "Alexander Gabuev, a senior fellow at the Carnegie Endowment for International Peace.", "Claudio De Vincenti,
 * undersecretary to the prime minister, said": the phrase set off after a name, when it says what the person is.
 * A channel ("mayor of Carmiel in a report on …") is not part of the role.
 */
/** "who heads the Kell Fund": a verb of running a body says the post, "head of the Kell Fund". */
const LEADS =
	/^who (heads|headed|leads|led|chairs|chaired|directs|directed|manages|managed|edits|edited|founded|co-founded)\s+(?=(?:the|a|an|\p{Lu}[\p{L}'’.-]*['’]s?)\s)/u;
const POSTS: Record<string, string> = {
	head: 'head',
	lead: 'leader',
	led: 'leader',
	chair: 'chair',
	direct: 'director',
	manag: 'manager',
	edit: 'editor',
	found: 'founder',
	'co-found': 'co-founder'
};
/**
 * The post a verb of running a body names, held no longer when the verb is past ("who led" → "former leader of"):
 * only of a body (a name, or a word like "department"), not "who directed the polling", and only up to a clause
 * of when or while ("who headed the Kell Fund until 2011 when …").
 */
function ranBody(phrase: string): string {
	const m = LEADS.exec(phrase);
	if (!m) return phrase;
	const verb = m[1]!;
	const body = phrase
		.slice(m[0].length)
		.split(/\s+(?:when|while|where|until|since|after|before|because)\s/)[0]!;
	if (!/\p{Lu}/u.test(body) && !body.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) return phrase;
	const post = POSTS[verb.replace(/(?:e?s|ed)$/, '')] ?? POSTS[verb]!;
	// "founded" tells what the founder still is.
	const past = /ed$|^led$/.test(verb) && !/found/.test(verb);
	return `${past ? 'former ' : ''}${post} of ${body}`;
}

/**
 * "Ada Roe, leader of the Kell party conceded that …", "Tom Ash, the founder of Solidarity has quit": the comma that
 * would close the role is left out, so a role that opens as one ends before the sentence's own verb (a verb of speech
 * or a perfect's "has", in lower case: "the Ostria States Court" names a court). Only after a name that opens its
 * clause: in "According to Ada Roe, the colonel felt …" the words after the comma are the sentence's subject.
 */
// A verb of speech in a telling form ("conceded", "said", "says"): "think" and "feel" are also nouns ("a think tank").
const SAID_FORM = /^(?:\p{Ll}+ed|said|told|wrote|spoke|says|tells|writes)$/u;
const REPORTED_AS = /^(?:reported|quoted|said|understood|believed)\s+(?:as|to)\b/;

/**
 * "Ada Roe, the head of the Kell Trust gave a speech.": a role that runs on to the sentence's end (or a quote) with no
 * comma to close it holds the sentence's own verb, whatever its verb: past, a copula or a modal, after the role word.
 */
function mainVerbOfRunOn(w: string, next: string | undefined): boolean {
	if (!/^\p{Ll}+$/u.test(w) || isRoleWord(w)) return false;
	// "the first woman elected to head …", "the hero portrayed in the film": a participle opening a clause about the
	// role; an irregular past ("met with", "gave") is the verb.
	if (/ed$/.test(w) && /^(?:to|by|in|on|at|for|from|with|as|into)$/.test(next ?? '')) return false;
	return (
		/^(?:is|was|are|were|will|would)$/.test(w) ||
		(lexiconTags(w).includes('PastTense') && !lexiconTags(w).includes('Adjective'))
	);
}

function unclosedRole(phrase: string | undefined, closed = true): string | undefined {
	if (phrase === undefined) return undefined;
	const words = phrase.split(/\s+/);
	// "the alleged spiritual leader of …": the role word may come a few words in, and a verb before it ("alleged") is
	// one of its modifiers.
	const head = words.findIndex((w, i) => i < 5 && isRoleWord(w));
	// "Ian Moss, Kell's trade minister said": a body's possessive determines the role as "the" does.
	const opensOnRole =
		head === 0 ||
		(head > 0 &&
			(/^(?:the|a|an)$/i.test(words[0] ?? '') || /^\p{Lu}[\p{L}.&-]*['’]s$/u.test(words[0] ?? '')));
	const verb = words.findIndex(
		(w, i) =>
			i > head &&
			// "a spokesperson for the widely criticized leader of …": a participle right before a role word qualifies it.
			!(/ed$/.test(w) && isRoleHead(words[i + 1] ?? '')) &&
			((isFiniteCue(w) && SAID_FORM.test(w)) ||
				/^(?:has|have|had)$/.test(w) ||
				// "Ada Roe, head of the Kell Trust is reported as saying": a passive of telling, its "is" the verb.
				(/^(?:is|was)$/.test(w) && REPORTED_AS.test(words.slice(i + 1, i + 3).join(' '))) ||
				(!closed && mainVerbOfRunOn(w, words[i + 1])))
	);
	// "a lawyer who has represented the town": the verb is the relative clause's, cut off after it.
	const relative = words.findIndex((w) => /^(?:who|whom|whose|which|that)$/.test(w));
	// "CEO of Kell Works never owned …": an adverb before the verb is the verb's.
	const end =
		verb - 1 > head && lexiconTags(words[verb - 1]!).some((t) => t === 'Adverb' || t === 'Negative')
			? verb - 1
			: verb;
	return opensOnRole && verb > 0 && (relative < 0 || relative > verb)
		? words.slice(0, end).join(' ')
		: phrase;
}

const RELATIVE_CLAUSE =
	/(?:\s+(?:upon|in|on|at|of|for|with|by|from|to|under|through|over|about|into|among|against|within))?\s+(?:whom|which)\s|\s+(?:whose|that|who)\s/;

function appositive(text: string, end: number, limit: number, dashed: boolean, opensClause = false): string {
	const after = text.slice(end, Math.min(limit, end + 200));
	// Only after a full name: "Iowans — a fraction of the voters —" is a plural noun's aside, not a person's role.
	const m = APPOSITIVE.exec(after) ?? (dashed ? DASHED_APPOSITIVE.exec(after) : null);
	// "a chief of staff to the governor whom Mr. Reed recruited": the role ends where a relative clause about it
	// begins, which may hold a title's period; "owner of the lots upon which the hotel stands" (W33) ends before the
	// preposition the clause opens on.
	const whole = ranBody(
		(opensClause ? unclosedRole(m?.[1], m !== null && /^\s*,/.test(after.slice(m[0].length))) : m?.[1])
			?.split(/\s+(?:in|on)\s+(?:a|an)\s/)[0]
			?.split(RELATIVE_CLAUSE)[0]
			?.split(/\s+(?:--?|—)\s+/)[0]
			?.trim()
			// "… after leaving the White House.)": the sentence's period before a closing bracket is no part of it.
			.replace(/(?<=\p{Ll})\.$/u, '')
			// "who served as Asia director for …" names a post as "who was Asia director …" does.
			.replace(/^who (served|serves) as\s/, (_, verb: string) =>
				verb === 'served' ? 'who was ' : 'who is '
			) ?? ''
	);
	// "a professor of law at Ulm University and the director of its press centre", "a party activist and author of
	// …": two roles joined may be too long to read as one; the first is still what the person is.
	const first =
		/^(.+?)\s+and\s+(?:(?:a|an|the|now|currently|also|later|former|one\s+of)\s|(?=\p{Ll}+\s+(?:of|at|for|to)\s))/u.exec(
			whole
		)?.[1] ?? '';
	// "a broker based in Tampa", "a party donor involved in the effort": a participle right after the role word opens
	// a clause about the post, which stays part of the role.
	const participle = /^(.+?)\s+(\p{Ll}+ed)\s+(?:in|on|at|with|by|for|to|from)\s/u.exec(whole);
	const before = participle?.[1]?.split(/\s+/) ?? [];
	const reduced =
		participle !== null &&
		before.findIndex((w) => isRoleHead(w)) === before.length - 1 &&
		!isRoleWord(participle[2]!) &&
		isRoleAppositive(participle[1]!);
	// "a bank employee and one of the thousands who …": one of a crowd says nothing more of the person ("one of the
	// founders" does).
	const crowd = /\sand\s+one\s+of\s+(?:the\s+)?(\p{Ll}+)/u.exec(whole)?.[1];
	// A clause that runs long or holds a quote ("famed for his role in 'Cheers'") leaves the post alone.
	const clause =
		participle !== null &&
		(whole.split(/\s+/).length > 10 || /['‘’"“”]/.test(whole.slice(participle[1]!.length)));
	const chunk =
		reduced && clause
			? participle![1]!
			: (isRoleAppositive(whole) || reduced) &&
				  !(crowd && !isRoleHead(crowd.replace(/s$/, '')) && isRoleAppositive(first))
				? whole
				: isRoleAppositive(first)
					? first
					: whole;
	// "William Roe, Jr. was his uncle": the suffix of the name, then the sentence's own verb.
	if (
		!(isRoleAppositive(chunk) || (reduced && chunk === whole)) ||
		/^[JS]r\.?(?:\s|$)/.test(chunk) ||
		namesAnotherPerson(chunk)
	)
		return '';
	// "Steve Mendell, President, Westland Meat Co. and Hallmark Meat Packing.": a bare title is of the body named
	// after it.
	// "Marta Ilves, Director, KRA in Korvel.": a body named by its acronym alone, and where, is one too.
	// "Vice President, Families of Flight 93": a number may be a word of the body's name.
	const of =
		/^,\s+(\p{Lu}[\p{L}&'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}&'’-]*\.?|\d+\b|and|of|the|&))+)/u.exec(
			after.slice(m![0].length)
		) ??
		/^,\s+(\p{Lu}{2,}(?:\s+(?:in|for)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)?)(?=\s*(?:[.;,]|$))/u.exec(
			after.slice(m![0].length)
		);
	if (of && chunk.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && isRoleWord(w)))
		return `${chunk}, ${of[1]!.replace(/(?<!\b(?:Co|Inc|Ltd|Corp|Bros))\.$/, '')}`;
	if (/^who was\s/.test(chunk)) return pastRole(chunk.replace(/^who was\s+/, ''));
	return chunk.replace(/^who(?: is|['’]s)\s+/, '');
}

/**
 * "Ian Moss, who was press secretary to Ada Roe": a post the article says the person held is shown as held no
 * longer ("former press secretary to Ada Roe", "Ada Roe's former aide", "a former lawyer"), never as held now.
 */
function pastRole(role: string): string {
	const words = role.split(/\s+/);
	// "who was the first woman to lead it", "the youngest leader of the union": a first or a superlative stays true.
	const head = words.findIndex((w) => isRoleHead(w.replace(/[.,]$/, '')));
	if (
		words.some((w) => /^(?:former|onetime|then|ex-.*|once|later|now|still|currently|also)$/i.test(w)) ||
		words
			.slice(0, head)
			.some((w) => /^(?:first|only|last)$/i.test(w) || lexiconTags(w).includes('Superlative'))
	)
		return role;
	const owner = words.findIndex((w) => /['’]s$/.test(w) || /^(?:his|her|its|their)$/i.test(w));
	const at = owner >= 0 && owner < head ? owner + 1 : /^(?:a|an|the)$/i.test(words[0]!) ? 1 : 0;
	const before = words.slice(0, at).map((w, i) => (i === 0 && /^an$/i.test(w) ? 'a' : w));
	return [...before, 'former', ...words.slice(at)].join(' ');
}

/**
 * "The two foreign ministers, Ivo Sand of Norland and Eva Kell of Ostria,": a plural role says the name is a person's
 * but is no one person's role.
 */
function singular(role: string): string {
	// "the two major party candidates in the US": the head is the last word before the phrase that places it, in
	// lower case ("Joint Chiefs of Staff Chairman" is one office's name).
	const words = role.split(' ');
	const placed = words.findIndex((w, i) => i > 0 && /^(?:in|of|at|for|from)$/.test(w));
	const head = (placed > 0 ? words[placed - 1] : words.at(-1)) ?? '';
	if (placed > 0 && !/^\p{Ll}/u.test(head)) return role;
	return /[^s]s$/.test(head) && isRoleHead(head.slice(0, -1)) ? '' : role;
}

/** A cue verb in a phrase; "States" in "the United States envoy" is a name's word, as its capital says. */
const lowerCue = (word: string) => isFiniteCue(word) && !/^\p{Lu}/u.test(word);

/**
 * "education and law professor at …", "research and policy director of …": two fields joined by "and" before the
 * role word open the role as a role word does, with no article before them.
 */
function compoundField(words: string[]): boolean {
	const [field, and, other, head] = words;
	return (
		and === 'and' &&
		[field, other].every((w) => w !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !NOT_NAME.has(w)) &&
		head !== undefined &&
		isRoleHead(head)
	);
}

/**
 * "the prisoners", "the few teachers still working", "Kell's group members": a group named by the plural of a role
 * word in its first six words, before any verb of the sentence's own or a pronoun opening a clause.
 */
function memberOf(words: string[]): boolean {
	const plural = words
		.slice(0, 6)
		.some((w) => /^\p{Ll}+s$/u.test(w) && [w.slice(0, -1), w.slice(0, -2)].some((x) => isRoleHead(x)));
	// "According to Admiral Ada Roe, one of the prisoners was an operative": a finite verb makes it a clause's subject.
	const finite = (w: string) =>
		lexiconTags(w).some((t) => t === 'Copula' || t === 'Modal' || t === 'PastTense' || t === 'Auxiliary');
	return plural && !words.some((w) => lowerCue(w) || finite(w) || /^(?:I|he|she|we|they|you)$/.test(w));
}

/** A phrase that tells what a person is: it holds a role word, and any verb is in a "who is/was" clause. */
/** "of China’s armed forces", "the elected council": after a determiner or a possessive an "-ed" word is an adjective. */
const DETERMINED = /^(?:the|a|an|its|his|her|their|our)$|\p{L}['’]s?$/iu;
/** A verb's auxiliary or a modal: the words that hold one are a clause. */
const FINITE_AUXILIARY =
	/^(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did)$/;
/** What follows a participle that takes an object or a place: "speaking to", "calling upon", "leaving the". */
const PARTICIPLE_OBJECT =
	/^(?:to|upon|on|for|with|at|in|from|about|into|over|out|up|the|a|an|his|her|their|its|him|them|it)$/;

export function isRoleAppositive(phrase: string): boolean {
	const words = phrase.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > 16) return false;
	const first = words[0]!;
	if (/^(?:and|or|but|nor)$/i.test(first)) return false;
	// "Omar Khadr, one of the prisoners,", "Ada Roe, one of the leadership candidates,": one of a group of people is what
	// the person is, told by the group's plural role word; one of a crowd ("one of the thousands who …") is not.
	if (/^one$/i.test(first) && /^of$/i.test(words[1] ?? '')) return memberOf(words.slice(2));
	// "who's thinking about running": a clause of what the person does, not a contraction's possessive; "who was
	// press secretary to …", "who is Ostria's envoy" name a post as plainly as "who was a lawyer".
	if (/^who(?:['’]s)?$/i.test(first) && !/^who(?: is| was|['’]s) (?:a|an|the)\b/i.test(phrase)) {
		if (!/^who (?:is|was)$/i.test(words.slice(0, 2).join(' '))) return false;
		const [post, next] = words.slice(2);
		const names = (w: string | undefined) => w !== undefined && isRoleHead(w.replace(/['’]s$/, ''));
		const modifier =
			post !== undefined &&
			(/^\p{Lu}/u.test(post) ||
				(/^\p{Ll}+$/u.test(post) &&
					names(next) &&
					!lexiconTags(post).some((t) => /Verb|PastTense|Gerund|Adverb|Participle/.test(t))));
		// "who is its vice chair": a post of someone the reader is not told is no post they can place.
		if ((!names(post) && !modifier) || /^(?:his|her|its|their)$/i.test(post ?? '')) return false;
		// "who is chair of the fund said in a statement": a quote's cue with its comma missing ends no post.
		if (words.slice(2).some((w) => lowerCue(w))) return false;
	}
	const opens =
		/^(?:a|an|the|who|former|then|its|his|her|their)$/i.test(first) ||
		/['’]s$/.test(first) ||
		isRoleHead(first) ||
		/^\p{Lu}/u.test(first) ||
		words.slice(0, 3).some((w) => isRoleHead(w)) ||
		compoundField(words);
	if (!opens) return false;
	// "As well as LyondellBasell, 79 affiliates have become insolvent", "the Lieutenant Governor, David Paterson, would
	// become governor": an auxiliary before any relative word makes the words after the name a clause of their own.
	const relative = words.findIndex((w) => /^(?:who|whom|whose|which|that)$/i.test(w));
	// "the first Liberal premier to have back-to-back majorities": after "to" the verb is an infinitive, part of the post.
	if (
		(relative < 0 ? words : words.slice(0, relative)).some(
			(w, i) => FINITE_AUXILIARY.test(w) && !/^to$/i.test(words[i - 1] ?? '')
		)
	)
		return false;
	// "Lt. Terry Hastings, speaking to reporters outside …": a participle taking its object says what the person was
	// doing, not what they are ("managing director", "serving as envoy" are posts).
	if (/^\p{Ll}+ing$/u.test(first) && !isRoleWord(first) && PARTICIPLE_OBJECT.test(words[1] ?? ''))
		return false;
	// "Her partner, Lewis Drummond, held the baby": a verb after the name set off is the sentence's own, not
	// what he is; "retired judge" stays a role.
	if (lexiconTags(first).includes('PastTense') && !isRoleWord(first) && !isRoleWord(words[1] ?? ''))
		return false;
	// "Kell Fund, founded by investor Ada Roe": a passive clause says who made it, not what it is.
	if (/^by$/i.test(words[1] ?? '') && !isRoleHead(first)) return false;
	// "the alleged leader of …": a cue the lexicon knows as an adjective, before the role word, is its modifier.
	const head = words.findIndex((w) => isRoleHead(w));
	const modifier = (w: string, i: number) => i < head && lexiconTags(w).includes('Adjective');
	if (words.some((w, i) => lowerCue(w) && !modifier(w, i)) && !/^who\b/i.test(first)) return false;
	// "Thomas' sister pleaded with him": a clause, not an appositive ("a retired judge" keeps its participle, and so
	// does "a privately contracted interrogator", "the newly elected president": a participle before the role word
	// describes it).
	if (
		!/^who\b/i.test(first) &&
		words
			.slice(2)
			.some(
				(w, i) =>
					/^\p{Ll}+ed$/u.test(w) && !isRoleWord(w) && !(i + 2 < head) && !DETERMINED.test(words[i + 1]!)
			)
	)
		return false;
	// "Mr. Ash, I understand backing him because he's the nominee": a subject pronoun opens a clause of its own.
	if (words.some((w) => /^(?:I|he|she|we|they|you)$/.test(w))) return false;
	return words.some((w) => isRoleHead(w.replace(/['’]s$/, '').replace(/[.,]$/, '')));
}

/** Whether a text writes a plural in lower case, read once per word and text: each look reads the whole text. */
const pluralsRead = perText(() => new Map<string, boolean>());

/**
 * "Officials said", "Banners declared": a plural common noun opening a sentence has its capital from the sentence, so
 * it names no body. A plural the lexicon does not list is common when the article also writes it, or its singular,
 * in lower case ("Unionists described …" beside "a unionist"); "Reuters said" is never written so.
 */
export function commonPlural(word: string, text: string): boolean {
	const lower = word.toLowerCase();
	if (!/[^s']s$/.test(lower)) return false;
	const tags = lexiconTags(lower);
	if (tags.some((t) => /Name|Person|Place|Organization|Country|City|Region/.test(t))) return false;
	if (tags.includes('Plural')) return true;
	const plurals = pluralsRead(text);
	let written = plurals.get(lower);
	if (written === undefined) {
		const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
		written = new RegExp(`(?<![\\p{L}])(?:${lower}|${singular})(?![\\p{L}])`, 'u').test(text);
		plurals.set(lower, written);
	}
	return written;
}

/**
 * "the Commission for Racial Equality", "the Council on Fair Trading": capitals after a body's word and "for", "on"
 * or "of" end that body's name, not a person's ("Racial Equality" was read as one).
 */
function endsBodyName(before: string): boolean {
	const word = /(\p{Lu}\p{Ll}+)\s+(?:for|on|of)\s+$/u.exec(before)?.[1];
	return word !== undefined && ORG_WORDS.has(word.toLowerCase());
}

/**
 * "Der Spiegel", "Le Monde", "Les Verts": a name opening on a European language's article is a paper's, a party's or
 * a work's, unless the article also writes it after a capitalised word, a given name ("Jean-Marie Le Pen"), after
 * which "Le Pen" alone is that person's surname.
 */
const FOREIGN_ARTICLES = new Set('Der Die Das Le La Les El Il Los Las'.split(' '));
function opensOnArticle(text: string, tokens: Token[]): boolean {
	if (tokens.length < 2 || !FOREIGN_ARTICLES.has(tokens[0]!.text)) return false;
	const run = tokens.map((t) => t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
	return !new RegExp(`\\p{Lu}[\\p{L}-]*(?<!['’]s)[^\\S\\n]+${run}(?![\\p{L}])`, 'u').test(text);
}

function isPersonLike(tokens: Token[]): boolean {
	// "Luiz Inácio Lula da Silva": a particle joins the surname, so a name of four words may hold five.
	if (tokens.filter((t) => !INNER_PARTICLES.has(t.text)).length > 4) return false;
	if (tokens.length > 1 && onlyLexiconRole(tokens[0]!.text) && endsInCommonWord(tokens)) return false;
	if (tokens.some((t, i) => i > 0 && slogan(tokens[i - 1]!.text, t.text))) return false;
	if (looksLikeOrganisation(tokens)) return false;
	// "Chief Executive", "Inspector General", "Microsoft Spokesperson": a role names nobody ("John Major" does).
	if (tokens.every((t) => isRoleWord(t.text))) return false;
	if (tokens.length > 1 && isRoleWord(tokens[tokens.length - 1]!.text) && !isFirstName(tokens[0]!.text))
		return false;
	// "Air India", "Statistics Canada", "Indymedia Poland": a country's name closing a run that no first name opens
	// is a body's (or its branch's) name ("Michael Jordan" is a person's).
	const last = tokens[tokens.length - 1]!.text;
	if (tokens.length > 1 && lexiconTags(last).includes('Country') && !isFirstName(tokens[0]!.text))
		return false;
	return tokens.every(
		(t, i) =>
			isInitial(t) ||
			// "Robert Roe III": a generation's mark ends a name it does not open; a numeral after a common noun is a
			// thing's ("World War II") unless a first name opens the name ("Ned Hill III").
			(i > 0 &&
				i === tokens.length - 1 &&
				SUFFIX.test(t.text) &&
				(/^[JS]r$/.test(t.text) ||
					isFirstName(tokens[0]!.text) ||
					!tokens
						.slice(0, i)
						.some((w) => lexiconTags(w.text.toLowerCase()).some((tag) => /Noun|Singular/.test(tag))))) ||
			INNER_PARTICLES.has(t.text) ||
			(/^(?:(?:al|el|ad|as|ash|ibn|abu|bin)-)?\p{Lu}[\p{Ll}\p{M}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?$/u.test(
				t.text
			) &&
				(!NOT_NAME.has(t.text.toLowerCase()) || monthAsSurname(tokens, i)) &&
				!DIRECTIONS.has(t.text.toLowerCase()))
	);
}

/** "Elizabeth May", "Brian June": a month's name right after a first name is a surname, never a date (no day follows). */
const monthAsSurname = (tokens: Token[], i: number) =>
	i > 0 && isFirstName(tokens[i - 1]!.text) && MONTH_NAMES.includes(tokens[i]!.text);

/**
 * Single names the article uses for a person: after an honorific ("Mr. Egeland", "Dr Cox") or speaking
 * ("Egeland said", "said Schafer"). A longer name ending in one of them ("Jan Egeland") is that person's.
 */
function spokenSurnames(text: string, candidates: Candidate[]): Set<string> {
	const names = new Set<string>();
	for (const c of candidates) {
		if (c.tokens.length !== 1) continue;
		if (c.honorific || speaksNear(text, c) || (opensSentence(text, c.start) && heSpeaksNext(text, c)))
			names.add(c.tokens[0]!.text);
	}
	return names;
}

/** "Vorst, now 58, presented the medals. “…,” she said.": a word after a sentence's end or a paragraph break. */
const opensSentence = (text: string, at: number) =>
	/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));

/** A cue right after the name ("Egeland said", "Galantino, has called") or an inverted one before it ("said Cox"). */
function speaksNear(text: string, c: { start: number; end: number }): boolean {
	return (
		CUE_AFTER_NAME.test(text.slice(c.end, c.end + 40)) ||
		CUE_BEFORE_NAME.test(text.slice(Math.max(0, c.start - 24), c.start))
	);
}

/**
 * "Akiko Takada of Forum 90 said", "Joop Atsma of the ruling Christian Democratic Party had said": the body a full
 * name works for, after "of", may stand between the name and its cue; the one who speaks is still the name.
 */
const BODY_OF =
	/^\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.'’&-]*|\d+)(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}.'’&-]*|\d+)){0,5}/u;
function speaksAfterBody(text: string, c: { end: number }): boolean {
	const body = BODY_OF.exec(text.slice(c.end, c.end + 120));
	return (
		body !== null && CUE_AFTER_NAME.test(text.slice(c.end + body[0].length, c.end + body[0].length + 40))
	);
}

/**
 * "Will Tanous, speaking for the label said “…”", "Ana Roe, from the Kell Trust, commented that “…”": a phrase in
 * lower case set off after a full name may stand between it and a cue that hands it a quote, as a body after "of"
 * may; the one who speaks is still the name. A body is set off by what a person's phrase is not: an article or
 * "which" ("Kell Foods, the maker of …, said"), a past participle ("Kell Rovers, founded in 1890, said"). A phrase
 * with a speaker of its own ("Kell Press, one activist said", "…, executive director Ana Roe said") says nothing of
 * the name before it.
 */
const BODY_SET_OFF = /^(?:the|a|an|which|that|its|their|one|another|some|and|\p{Ll}+ed)\b/u;
const OWN_SPEAKER = /\b(?:he|she|they|we|it)\b|\p{Lu}[\p{L}'’-]*$/u;
const QUOTE_AFTER_CUE = /^[^.!?;"“”]{0,40}["“]/u;
function speaksAfterSetOff(text: string, c: { end: number }): boolean {
	const after = text.slice(c.end, c.end + 160);
	const opening = /^,\s+(?=\p{Ll})/u.exec(after);
	if (opening === null || BODY_SET_OFF.test(after.slice(opening[0].length))) return false;
	for (const space of matchesOf(/\s/gu, after)) {
		if (space.index <= opening[0].length) continue;
		const phrase = after.slice(opening[0].length, space.index);
		if (/[;:()"“”.!?]/u.test(phrase)) return false;
		const at = space.index - (phrase.endsWith(',') ? 1 : 0);
		const cue = CUE_AFTER_NAME.exec(after.slice(at));
		if (cue === null || !QUOTE_AFTER_CUE.test(after.slice(at + cue[0].length))) continue;
		return !OWN_SPEAKER.test(phrase);
	}
	return false;
}

/**
 * "“…” Wen-tang Cheng (Film Director in Taiwan) mentioned": a post in brackets may stand between a full name and its
 * cue, as a body after "of" may; the one who speaks is still the name. Brackets holding no post ("the Muslim Council
 * of Britain (MCB) stated", "Cunningham (R-CA) said") are an acronym or a party, and say nothing of a person.
 */
const BRACKETED = /^\s+\(([^()]{2,80})\)/u;
function speaksAfterBracketedPost(text: string, c: { end: number }): boolean {
	const bracketed = BRACKETED.exec(text.slice(c.end, c.end + 100));
	if (bracketed === null || !isPostPhrase(bracketed[1]!)) return false;
	const after = c.end + bracketed[0].length;
	return CUE_AFTER_NAME.test(text.slice(after, after + 40));
}

/**
 * "Chief Editor of Taiwan Lihpao", "Film Director in Taiwan": a post written as a title, its head before what it is
 * of or in. In lower case ("Kell Lines (owner of the ferry) said") the words may describe a body.
 */
function isPostPhrase(phrase: string): boolean {
	const head = phrase
		.split(/\s+(?:of|in|at|for|from|with)\s+/u)[0]!
		.trim()
		.split(/\s+/u)
		.pop()!;
	return /^\p{Lu}\p{Ll}/u.test(head) && isRoleWord(head.toLowerCase()) && !isOrganisationWord(head);
}

/**
 * "the interim government's 'Clean Up Campaign'", "dubbed the “Iron Lady”": capitals in quotation marks of their own,
 * opened right before them and closed right after, are a term, a slogan or a title; only a first name the lexicon
 * knows says they are a person's name put in quotation marks ("'Wayne Simmons' is running for …").
 */
function quotedTerm(text: string, c: { start: number; end: number }): boolean {
	const opened = /(?:^|[\s(])['‘"“]$/.test(text.slice(Math.max(0, c.start - 2), c.start));
	return opened && /^['’"”](?!\p{L})/u.test(text.slice(c.end, c.end + 2));
}

/** ", 16,", ", also 16,", ", aged 71,": an age set off by commas right after a name. */
const AGE_SET_OFF = /^,\s+(?:(?:also|now|aged)\s+)?\d{1,3},/;

/**
 * "The leader of the Maoist rebels, Prachanda, likened …", "A second member of the team, Lyger, coaxes …": a lone word
 * set off by commas right after the role that opens its sentence names the one who holds it, the subject of the verb
 * after it.
 */
const ROLE_OPENS_SENTENCE = /^((?:[Tt]he|An?)\s+[^,;:"“”()]{3,80}),\s*$/u;
const VERB_AFTER_SET_OFF = /^,\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:ed|es)|said|told|says|wrote)\b/u;
/**
 * "Meenakshi, a street sweeper outside the palace said “…”": a lone word opening its sentence, described as someone
 * and then saying the quote right after, is that someone's name ("Toyota, a spokesman said, will …" sets off the cue
 * and quotes nothing).
 */
const DESCRIBED_SAYS = /^,\s+(an?\s+[^,;:"“”()]{3,80}?),?\s+(?:said|says|told\s+\p{L}+)(?::\s*|\s+)["“]/u;

function loneNameSetOff(text: string, sentenceStart: number, c: Candidate): boolean {
	if (c.tokens.length !== 1 || c.title.length > 0) return false;
	const word = c.tokens[0]!.text;
	if (!lexiconTags(word).every((t) => t === 'LastName' || t === 'FirstName')) return false;
	const before = text.slice(sentenceStart, c.start);
	const after = text.slice(c.end, c.end + 160);
	const role = ROLE_OPENS_SENTENCE.exec(before)?.[1];
	if (role !== undefined) return isRoleAppositive(role) && VERB_AFTER_SET_OFF.test(after);
	const described = before.trim() === '' ? DESCRIBED_SAYS.exec(after)?.[1] : undefined;
	return described !== undefined && isRoleAppositive(described);
}

/** "Brooks told Wikinews", "said Grant": a lone name that speaks and that the lexicon knows as a person's. */
function speakingName(text: string, c: Candidate): boolean {
	if (c.tokens.length !== 1 || !speaksNear(text, c)) return false;
	const word = c.tokens[0]!.text;
	return isFirstName(word) || lexiconTags(word).includes('LastName');
}

/**
 * "Angela Merkel … “…,” chancellor-designate Merkel said": a role read before a lone surname that one person named
 * in full already bears is that person's, though the surname alone is no known name; it fills a role the full
 * mention lacked. Only a role ending on a lower-case role word: "According to Sultan, Roe …" and "Senior executives
 * Ash, Roe" end on a name.
 */
function roleAtSurname(text: string, entities: Entity[], c: Candidate, role: string): boolean {
	const head = role.split(/\s+/).pop() ?? '';
	if (c.tokens.length !== 1 || !/^\p{Ll}/u.test(head) || !isRoleHead(head)) return false;
	// "an unnamed senior McCain campaign aide": a surname before a noun qualifies that noun, and the words before it
	// are the noun's.
	const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(c.end, c.end + 30))?.[1];
	if (next !== undefined && modifiesNoun(next)) return false;
	const found = findPerson(entities, c.tokens);
	return found.length === 1 && entities[found[0]!]!.tokens.length > 1 && !entities[found[0]!]!.role;
}

/**
 * "in Molossia's capital city, Espera, President Baugh is to …": a title and the surname of someone already named,
 * set off after a lone word, are that person, the subject of what follows, not the word's role (read as its role,
 * they made the city a person, and the he-chain after it the city's). A role with words in lower case ("an aide to
 * Governor Baugh") is the word's own.
 */
function namesKnownPerson(apposition: string, entities: Entity[]): boolean {
	const words = apposition.split(/\s+/);
	const last = words.at(-1)!;
	return (
		words.length > 1 &&
		words.every((w) => /^\p{Lu}/u.test(w)) &&
		entities.some((e) => e.kind === 'person' && e.tokens.at(-1) === last)
	);
}

interface PersonClues {
	multi: boolean;
	role: string;
	apposition: string;
	spoken: Set<string>;
}

/** Whether capitalised words are a person's name: a title, a role, a known first name, an appositive, speech. */
function hasPersonEvidence(text: string, c: Candidate, clues: PersonClues): boolean {
	const { multi, role, apposition, spoken } = clues;
	if (c.title.length > 0) return true;
	if (!multi) return speakingName(text, c) || isRoleAppositive(apposition);
	const last = c.tokens[c.tokens.length - 1]!.text;
	return (
		// "Democrat Voters Worried": a party word before capitals says nothing of their being a name.
		(role !== '' && !PARTY_NOUN.test(role.split(' ').pop()!)) ||
		isFirstName(c.tokens[0]!.text) ||
		apposition !== '' ||
		spoken.has(last) ||
		speaksNear(text, c) ||
		speaksAfterBody(text, c) ||
		speaksAfterBracketedPost(text, c) ||
		speaksAfterSetOff(text, c) ||
		QUOTED_AS.test(text.slice(c.end, c.end + 16)) ||
		WHO_AFTER.test(text.slice(c.end, c.end + 12)) ||
		LABEL_AFTER.test(text.slice(c.end, c.end + 4)) ||
		SIGNED_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) ||
		coordinatedWithNamed(text, c)
	);
}

/** ", and Bryan Holt" after a name: the next item of a list is a full name with a known first name. */
const AND_NAME_AFTER = /^,?\s+and\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+/u;
/** "Bryan Holt and " before a name: the item before it is. */
const NAME_AND_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+,?\s+and\s+$/u;
const PLACE_OR_BODY = /^(?:Organization|Place|Country|City|Region|Company)$/;

/**
 * "two voters, Zarelle Okonkwo and Bryan Holt": a name the lexicon does not know, joined by "and" to a full name
 * whose first name it knows, is a person's too; a list keeps to one kind of thing. A word the lexicon knows as a
 * place or a body ("Bryan Holt and Fox News") keeps the name out.
 */
function coordinatedWithNamed(text: string, c: Candidate): boolean {
	if (c.tokens.length > 3) return false;
	if (c.tokens.some((t) => isPlaceWord(t.text) || lexiconTags(t.text).some((tag) => PLACE_OR_BODY.test(tag))))
		return false;
	const after = AND_NAME_AFTER.exec(text.slice(c.end, c.end + 40))?.[1];
	const before = NAME_AND_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start))?.[1];
	return [after, before].some((word) => word !== undefined && isFirstName(word));
}

/**
 * "Aldo Dunmore has seen it all before. “…,” he says.": a name the lexicon does not know, opening a sentence, whose
 * next sentence is spoken by "he" or "she", is a person's.
 */
function heSpeaksNext(text: string, c: { end: number }): boolean {
	const next =
		/^[^"“”\n]{0,200}?[.!?:]\s+(?:["“][^"“”\n]{1,300}?[,?!]["”],?\s+(?:he|she)|(?:He|She))(?=\s)/.exec(
			text.slice(c.end, c.end + 520)
		);
	return (
		next !== null && CUE_AFTER_NAME.test(text.slice(c.end + next[0].length, c.end + next[0].length + 40))
	);
}

/** "Dunmore hit back at his critics, saying: “…”": the sentence's subject speaks in a participle clause. */
const SAYING = /^[^“”"]{0,160}?,\s+(?:saying|adding|telling|writing)\b/;
/** "the statement quoted Aldo Dunmore as saying": the one quoted is a person. */
const QUOTED_AS = /^\s+as\s+(?:saying|telling|writing)\b/;

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)\s+$/u;
const THE_AND_CAPITALS = /(?:^|[^\p{L}])[Tt]he\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})$/u;

/**
 * "the Israel Defense Forces", "the Welsh Liberal Democrats": capitalised words after "the" open one body's name that
 * the words after them end; a person's name there opens on a first name ("the Exchequer Gordon Brown"), or follows a
 * post ("the UN Secretary-General Kofi Annan"), an owner ("the UK's …"), a body already whole ("the African Union
 * Jakaya Kikwete") or a day ("The Sunday Times").
 */
function bodyTail(before: string, tokens: Token[]): boolean {
	const words = THE_AND_CAPITALS.exec(before)?.[1]?.trim().split(/\s+/);
	return (
		words !== undefined &&
		!words.some(
			(w) =>
				isRoleWord(w.replace(/\.$/, '')) ||
				isHonorific({ text: w } as Token) ||
				/['’]s?$/.test(w) ||
				/^(?:The|An?)$/.test(w) ||
				NOT_NAME.has(w.toLowerCase())
		) &&
		!ORG_WORDS.has(words.at(-1)!.toLowerCase()) &&
		!isFirstName(tokens[0]!.text)
	);
}

/** "Avi Arad: “Bratz is about friendship.”": a full name as a speaker's label before a quote. */
const LABEL_AFTER = /^:\s*["“]/;

/** "“The rides cost too much.” ― Lia Moss": a full name signing a quote after a dash. */
const SIGNED_BEFORE = /["”]\s*[―—–]\s*$/;

/** "Nathalia Ramos, 16, who plays Yasmin": "who" is said of people, and so is an age set off after a name. */
const WHO_AFTER = /^,\s+(?:\d{1,3},\s+)?who\s/;

export interface BuildPeopleInput {
	text: string;
	paragraphs: Paragraph[];
	sentences: { start: number; end: number; paragraph: number }[];
	authors?: string[];
}

export function buildPeople({ text, paragraphs, sentences, authors = [] }: BuildPeopleInput): PeopleTable {
	const reporters = new Set(authors.map((a) => a.trim().toLowerCase()).filter(Boolean));
	for (const p of paragraphs)
		if (p.credits)
			for (const c of creditNames(text.slice(p.start, p.end), p.start)) reporters.add(c.name.toLowerCase());
	const isReporter = (name: string) => {
		const lower = name.toLowerCase();
		if (reporters.has(lower)) return true;
		const parts = lower.split(/\s+/);
		return [...reporters].some((r) => {
			const rp = r.split(/\s+/);
			return rp[0] === parts[0] && rp[rp.length - 1] === parts[parts.length - 1] && parts.length > 1;
		});
	};

	const candidates: Candidate[] = [];
	const sentenceOf: number[] = [];
	const scan = (si: number, s: { start: number; end: number; paragraph: number }) => {
		const tokens = tokenize(text, s.start, s.end);
		for (const g of capitalGroups(text, tokens)) {
			const c = splitGroup(
				g,
				s.paragraph,
				text.slice(Math.max(s.start, g[0]!.start - 60), g[0]!.start),
				text.slice(g.at(-1)!.end, s.end),
				si === 0 && text.slice(0, g[0]!.start).trim() === '' ? countryLabel(g) || topicLabel(g, text) : 0
			);
			if (c) {
				candidates.push(c);
				sentenceOf.push(si);
			}
		}
	};
	for (const [si, s] of sentences.entries()) {
		scan(si, s);
		// A transcript's turn label after a sentence ("[Conversation in progress...]:John Reed:") belongs to no
		// sentence, yet may be the only place the speaker's full name is written; it opens the turn that follows.
		const next = sentences[si + 1];
		const labelEnd = next?.paragraph === s.paragraph ? next.start : paragraphs[s.paragraph]?.end;
		if (labelEnd !== undefined && labelEnd > s.end && /\p{Lu}/u.test(text.slice(s.end, labelEnd)))
			scan(next ? si + 1 : si, { start: s.end, end: labelEnd, paragraph: s.paragraph });
	}

	const entities: Entity[] = [];
	// People whose gender only their first name's usual one gave: the text may still tell otherwise.
	const byFirstName = new Set<number>();
	const byKey = new Map<string, number>();
	const add = (e: Omit<Entity, 'id' | 'mentions'>): number => {
		const key = e.kind + ':' + e.name.toLowerCase();
		const known = byKey.get(key);
		if (known !== undefined) return known;
		entities.push({ ...e, id: hash(key).slice(0, 8), mentions: [] });
		byKey.set(key, entities.length - 1);
		return entities.length - 1;
	};

	const spoken = spokenSurnames(text, candidates);
	// Names set off once as a body's ("Tim Hortons, a coffee chain,") or named after its kind ("the chain Tim Hortons"):
	// no other mention makes them a person's.
	const setOffBodies = new Set<string>(
		candidates
			.filter((c) => c.title.length === 0 && kindBefore(text.slice(Math.max(0, c.start - 40), c.start)))
			.map((c) => c.tokens.map((t) => t.text + (t.dot ? '.' : '')).join(' '))
	);
	// Pass 1: people introduced with evidence that the capitalized words are a person's name; full names first, so
	// that "Ms. Park" before "Jane Park" is Jane Park.
	for (const [ci, c] of [...candidates.entries()].sort(
		([a, x], [b, y]) => Number(y.tokens.length > 1) - Number(x.tokens.length > 1) || a - b
	)) {
		const s = sentences[sentenceOf[ci]!]!;
		if (!isPersonLike(c.tokens) || opensOnArticle(text, c.tokens)) continue;
		const name = c.tokens.map((t) => t.text + (t.dot ? '.' : '')).join(' ');
		if (isReporter(name) || setOffBodies.has(name) || usedAsBody(text, name)) continue;
		if (portfolio(text.slice(Math.max(s.start, c.start - 40), c.start), c)) continue;
		const multi = c.tokens.filter((t) => !isInitial(t)).length >= 2;
		if (c.tokens.every((t) => isPlaceWord(t.text)) || namesSettlement(c.tokens)) continue;
		const role =
			officeRunOn(text, s.start, c, towardsName(roleBefore(text, c, s.start)), entities) ||
			(multi ? setOffRole(text, c, s.start) : '');
		if (!role && c.title.length === 0 && endsBodyName(text.slice(s.start, c.start))) continue;
		// "“We won,” Ada Roe, …": a name right after a quote opens the clause that says who spoke it.
		const opensClause = c.labelled || /(?:^|[,;:(]|[,.!?]\s*[”"])\s*$/.test(text.slice(s.start, c.start));
		const apposed = appositive(text, afterPostNominals(text, c.end), s.end, multi, opensClause);
		// "Gov. Jack Roe, his wife, Ada, and …": a post a pronoun owns set off after a name and followed by another name
		// is the next item of a list, not the first name's role.
		const listed =
			OWNED.test(apposed) && /^,\s+[^,]{1,60},\s+\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 80));
		const apposition = listed ? '' : apposed;
		// The role as a student reads it: a pronoun's post given its owner, or none (the raw one still tells kin).
		const shown = (raw: string) => {
			const pronoun = OWNED.exec(raw)?.[1]?.toLowerCase();
			if (!pronoun) return raw;
			const at = raw === apposition ? c.start : lastPossessiveAt(text, s.start, c.start);
			// "Rep. Ada Roe spoke. Her husband, Tom Roe, agreed.": a possessive opening the sentence is the last one's.
			const si = sentenceOf[ci]!;
			const opening = text.slice(s.start, at).trim() === '' && sentences[si - 1]?.paragraph === s.paragraph;
			const owners = candidates.filter(
				(o, k) =>
					(sentenceOf[k] === si || (opening && sentenceOf[k] === si - 1)) &&
					o.end <= at &&
					o !== c &&
					isPersonLike(o.tokens)
			);
			const between = text.slice(owners[0]?.end ?? at, at);
			// "the fighter the candidate had in Tom Ash, his …": a person described, not named, may own it; "Ivo
			// Sand was his uncle and his father, …": one is not one's own kin.
			const unnamedOwner =
				/\b(?:is|was|are|were|became)\s+(?:his|her)\b/i.test(between) ||
				between
					.split(/\s+/)
					.some((w, i, words) => w === 'the' && words.slice(i + 1, i + 3).some((x) => isRoleHead(x)));
			if (unnamedOwner) return '';
			return ownedRole(raw, pronoun, owners, entities, /’/.test(text) ? '’' : "'");
		};
		// "Jones, the club's captain, was blunt": a lone surname with a role set off after it.
		const described =
			!multi &&
			isRoleAppositive(apposition) &&
			!isFirstName(c.tokens[0]!.text) &&
			!/ly$/.test(c.tokens[0]!.text) &&
			text.slice(s.start, c.start).trim() !== '' &&
			!PLACE_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start)) &&
			!namesKnownPerson(apposition, entities) &&
			lexiconTags(c.tokens[0]!.text).every((t) => t === 'LastName');
		// "Priya, 16, who gave only her first name,": an age set off after a lone name makes it a person's.
		const aged =
			(!multi && AGE_SET_OFF.test(text.slice(c.end, c.end + 16))) || loneNameSetOff(text, s.start, c);
		const atSurname = roleAtSurname(text, entities, c, role);
		if (
			!multi &&
			!c.honorific &&
			!c.title.length &&
			!speakingName(text, c) &&
			!described &&
			!aged &&
			!atSurname
		)
			continue;
		// "the Executive Yuan", "the Executive Panel": a word that makes a title only before another ("Chief
		// Executive") is, alone before one word, the first word of a body's name.
		if (!multi && c.title.length === 1 && TITLE_QUALIFIERS.has(lowerOf(c.title[0]))) continue;
		// "Eva Kell of Ostria, briefed reporters": a lone word after a name and "of" is where they are from.
		if (!multi && /\p{Lu}[\p{L}'’-]+\s+of\s+$/u.test(text.slice(Math.max(s.start, c.start - 40), c.start)))
			continue;
		if (PUBLICATION_BEFORE.test(text.slice(Math.max(s.start, c.start - 30), c.start))) continue;
		if (quotedTerm(text, c) && !isFirstName(c.tokens[0]!.text)) continue;
		// "the chief economist at Morgan Stanley", "a creative director at Cunning Work told …": a post is held at a
		// body, never at a person, whatever first name the body's name opens on.
		if (
			!c.title.length &&
			!c.honorific &&
			workplaceBefore(text.slice(Math.max(s.start, c.start - 40), c.start))
		)
			continue;
		// "as The New Yorker put it": nobody is named with an article before the name, unless a title comes between.
		if (!c.title.length && ARTICLE_BEFORE.test(text.slice(Math.max(s.start, c.start - 4), c.start))) continue;
		if (bodyTail(text.slice(Math.max(s.start, c.tokens[0]!.start - 60), c.tokens[0]!.start), c.tokens))
			continue;
		const opens = text.slice(s.start, c.start).trim() === '';
		const speaks = opens && (heSpeaksNext(text, c) || SAYING.test(text.slice(c.end, s.end)));
		if (
			!hasPersonEvidence(text, c, { multi, role, apposition, spoken }) &&
			!(multi && speaks) &&
			!aged &&
			!atSurname
		)
			continue;
		if (isBodyBySetOff(text, c.end, apposition)) {
			setOffBodies.add(name);
			continue;
		}
		// "billionaire Kell Rovers owner Ana Ruiz": a name before a role word and another's name qualifies that role.
		const qualifies = /^\s+(\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(text.slice(c.end, c.end + 60));
		if (qualifies && isRoleHead(qualifies[1]!) && isFirstName(qualifies[2]!)) continue;
		// "to Lula Cuba's affection": a known person's name run into a country's possessive, its comma left out, is that
		// person and the country, no one new.
		if (
			multi &&
			lexiconTags(c.tokens.at(-1)!.text).includes('Country') &&
			findPerson(entities, c.tokens.slice(0, -1)).length > 0
		)
			continue;
		const existing = findPerson(entities, c.tokens);
		const respelt = existing.length || !multi ? -1 : respeltPerson(entities, c.tokens);
		if (respelt >= 0) existing.push(respelt);
		if (existing.length) {
			// A later appositive fills a role the first mention lacked.
			const known = entities[existing[0]!]!;
			// A party alone ("Republican") is what little the first mention said: a later post says more.
			const thin = !known.role || PARTY_NOUN.test(known.role) || partyBracket(` (${known.role})`, 0) !== '';
			const given = singular(apposition) || singular(role) || bracketedRole(text, c.end);
			if (existing.length === 1 && thin && given) known.role = shown(given);
			continue;
		}
		// "Paul said" after "Paul Grant": a first name alone is the person known by it; "Mr Urdom" for Udom is a slip.
		if (!multi && onlyFirstName(entities, c.tokens[0]!.text).length > 0) continue;
		// "Paul said" after Paul Grant and Paul Ives: either of them, so no third person called Paul.
		if (!multi && !c.honorific && sharedFirstName(entities, c.tokens[0]!.text)) continue;
		if (!multi && misspeltSurname(entities, c.tokens[0]!.text).length > 0) continue;
		// A lone "Mr. Kishida" with no full name anywhere keeps the honorific (or the title) as the readable name.
		const honorifics = c.title.filter((t) => isHonorific(t));
		// "CEO Mackey", "Spokesman Ash": a role word is no form of address; the role shows it, the name is the surname.
		// "said Fan Wen-yi, a businessman": a given name of two joined syllables ("Wen-yi", "Shui-bian") follows its
		// family name, which is the word before it whatever else that word means.
		const familyBefore = c.tokens.length === 1 && GIVEN_NAME_PAIR.test(c.tokens[0]!.text);
		const addressed = addressedTitle(c.title);
		const shownTitle = honorifics.length
			? honorifics
			: familyBefore || isTitle(addressed.at(-1)?.text.toLowerCase() ?? '')
				? addressed
				: [];
		// "Mr. Roe Jr.": a surname and its suffix alone keep the honorific too.
		const surnameOnly = c.tokens.length === 2 && SUFFIX.test(c.tokens[1]!.text);
		const display =
			multi && !(surnameOnly && honorifics.length)
				? name
				: `${shownTitle.map((t) => t.text + (t.dot ? '.' : '')).join(' ')} ${name}`.trim();
		const titled = c.honorific === 'm' || c.honorific === 'f' ? c.honorific : undefined;
		// "widow Terry Vane": a kinship word the article gives the person outranks a first name's usual gender.
		const kin =
			roleGender(apposition || role) ?? kinGenderBefore(text.slice(Math.max(s.start, c.start - 60), c.start));
		const usual = multi || isFirstName(c.tokens[0]!.text) ? firstNameGender(c.tokens[0]!.text) : undefined;
		const gender = titled ?? kin ?? usual;
		const added = add({
			kind: 'person',
			name: display,
			role: withParty(
				display,
				shown(singular(apposition) || singular(role) || bracketedRole(text, c.end)),
				partyBracket(text, c.end)
			),
			named: true,
			gender,
			tokens: c.tokens.map((t) => t.text)
		});
		if (!titled && !kin && usual && entities[added]!.gender === usual) byFirstName.add(added);
	}
	// A later appositive fills a role the first mention lacked.
	// Pass 2: organisations ("the White House", "the Ministry of Foreign Affairs of China", "the Securities and
	// Exchange Commission"). A name's later words are never an organisation of their own.
	const covered: Span[] = [];
	const aliases: { entity: number; name: string }[] = [];
	// Looked up for every capitalised word: a search of the list cost a 1 MB paste a second.
	const aliasNames = new Set<string>();
	const alias = (entity: number, name: string) => {
		aliases.push({ entity, name });
		aliasNames.add(name);
	};
	const aliasOf = (words: Token[]) => aliasNames.has(words.map((t) => t.text).join(' '));
	// "Microsoft" after "the Microsoft Corporation": the first word of a two-word name is that organisation.
	// Organisation names as written, and the first words of two-word ones: looked up for every capitalised word.
	const organisationNames = new Set<string>();
	const knownOrganisation = (words: Token[]) => organisationNames.has(words.map((t) => t.text).join(' '));
	/** "U.S. Fish and Wildlife Service" is "Fish and Wildlife Service" without its country code. */
	const withoutCode = new Set<string>();
	const dotted: number[] = [];
	for (const [ci, c] of candidates.entries()) {
		const s = sentences[sentenceOf[ci]!]!;
		// Spans are covered in text order: only the latest few can hold this candidate.
		if (covered.slice(-4).some((span) => c.start >= span.start && c.start < span.end)) continue;
		const words = c.tokens;
		const orgLike = looksLikeOrganisation(words);
		let the = /\bthe\s+$/i.test(text.slice(Math.max(s.start, c.start - 4), c.start));
		// "Hospital groups", "Council member Gloria Feld", "the Pacific": a lone capitalised word is a name only
		// when it is an organisation word after "the" ("the Kremlin") or it speaks ("the Fed said").
		const lone = words.length === 1 && c.title.length === 0;
		const sentenceStart = text.slice(s.start, c.start).trim() === '';
		if (lone && orgLike && !the && (sentenceStart || !PROPER_AFTER.test(text.slice(c.end, c.end + 12))))
			continue;
		const unknown = findPerson(entities, words).length === 0 && !aliasOf(words) && !knownOrganisation(words);
		const single =
			lone &&
			unknown &&
			!DIRECTIONS.has(words[0]!.text.toLowerCase()) &&
			!isFirstName(words[0]!.text) &&
			// "the Fed said"; a bare name that speaks is an organisation unless it is a surname ("KCNA", "Skype").
			!isPlaceWord(words[0]!.text) &&
			!isRoleWord(words[0]!.text) &&
			!(sentenceStart && commonPlural(words[0]!.text, text)) &&
			misspeltSurname(entities, words[0]!.text).length === 0 &&
			// "…, Fayetteville, said": a place set off by commas before the verb is not its subject.
			(CUE_AFTER_NAME.test(text.slice(c.end, c.end + 40).replace(/^,.*/s, '')) ||
				CUE_BEFORE_NAME.test(text.slice(Math.max(0, c.start - 24), c.start)) ||
				// "Quillstack, the note-taking service with …": an appositive that says what kind of body it is.
				(/^,\s/.test(text.slice(c.end, c.end + 2)) &&
					ORG_APPOSITIVE.test(text.slice(c.end, c.end + 60).replace(/^,\s+/, '')))) &&
			(the || !lexiconTags(words[0]!.text).includes('LastName'));
		// "Harbor Foods, the maker of Lakeside frozen dinners, said": a named non-person that speaks.
		const speaks =
			words.length >= 2 &&
			unknown &&
			!isRoleWord(words[words.length - 1]!.text) &&
			!isFirstName(words[0]!.text) &&
			!words.every((t) => isPlaceWord(t.text)) &&
			(speaksNear(text, c) || ORG_APPOSITIVE.test(text.slice(c.end, c.end + 60).replace(/^,\s+/, '')));
		// "the Australian newspaper reports", "Yonhap news agency", "the newspaper Daily Star": a name beside the kind
		// of body it is (a nationality before "newspaper" is the name only when no name follows).
		// "an Iranian newspaper", "a Murdoch tabloid": one of its kind, never the paper's own name; nor is "the Gambian
		// newspaper, The Daily Observer" or "the Pakistani daily newspaper the News", which name it after the kind.
		const indefinite = /(?:^|\s)[Aa]n?\s+$/.test(text.slice(Math.max(s.start, c.start - 4), c.start));
		const publicationAfter = indefinite ? null : PUBLICATION_AFTER.exec(text.slice(c.end, c.end + 30));
		const namedAfter =
			publicationAfter &&
			/^(?:\s+newspaper)?(?:,\s+The\s+\p{Lu}|\s+(?:[Tt]he\s+)?\p{Lu})/u.test(
				text.slice(c.end + publicationAfter[0].length)
			);
		const publication =
			(publicationAfter && !namedAfter ? publicationAfter : null) ??
			PUBLICATION_BEFORE.exec(text.slice(Math.max(s.start, c.start - 30), c.start));
		const airline = FLIGHT_NUMBER.test(text.slice(c.end, c.end + 16));
		if (!orgLike && !single && !speaks && !((publication || airline) && unknown)) continue;
		if (words.every((t) => NOT_NAME.has(t.text.toLowerCase()))) continue;
		// "General Motors", "Premier Foods": a body's one word after a title word is no person's surname, so the
		// title is the first word of the body's name.
		const titledBody =
			c.title.length === 1 &&
			!c.title[0]!.dot &&
			isTitle(lowerOf(c.title[0])) &&
			words.length === 1 &&
			!isRoleWord(words[0]!.text);
		let start = titledBody
			? c.start
			: c.start + c.title.reduce((n, t) => n + t.text.length + 1 + (t.dot ? 1 : 0), 0);
		// "Securities and Exchange Commission": capitalised words joined by "and" before the organisation word.
		const left = /(?:\b([Tt]he)\s+)?((?:\p{Lu}[\p{L}'’-]*(?:\.\p{Lu}\.)?\s+){1,2})(?:and|&)\s+$/u.exec(
			text.slice(s.start, start)
		);
		if (
			left &&
			!left[2]!
				.trim()
				.split(/\s+/)
				.some((w) => NOT_NAME.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase())) &&
			findPerson(entities, tokenize(left[2]!, 0, left[2]!.length)).length === 0
		) {
			start = s.start + left.index + (left[1] ? left[1].length + 1 : 0);
			the = Boolean(left[1]);
		}
		// "the Israel Defense Forces": the capitalised words after "the" open the body's name.
		const opening = text.slice(Math.max(s.start, start - 60), start);
		const tail = THE_AND_CAPITALS.exec(opening);
		if (tail && bodyTail(opening, words)) {
			start -= tail[1]!.length;
			the = true;
		}
		let end = c.end;
		let prepositional = false;
		for (;;) {
			const rest = text.slice(end, s.end);
			const more =
				/^\s+(of|for|on|and|&)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(rest) ??
				// "the United Nations Interim Force in Lebanon (UNIFIL)": a place is part of a name its acronym covers.
				/^\s+(in)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?=\s*\(\p{Lu}{2,}\))/u.exec(rest);
			if (!more) break;
			const joined = more[2]!.split(/\s+/);
			// "the Senate on March 3": a date, not part of the name.
			if (NOT_NAME.has(joined[0]!.toLowerCase())) break;
			if (more[1] === 'and' || more[1] === '&') {
				// "Department of Health and Human Services", "United Food and Commercial Workers"; but "the White
				// House and Congress" and "Harbor Foods and Brightwater Capital" are two organisations.
				const lastWord = text.slice(start, end).split(/\s+/).pop()!.toLowerCase();
				const another =
					/^\s+(?:and|&)\s+the\s/.test(rest) || joined.some((w) => ORG_WORDS.has(w.toLowerCase()));
				if (!prepositional && (another || ORG_WORDS.has(lastWord))) break;
				if (prepositional && /^\s+(?:and|&)\s+the\s/.test(rest)) break;
			} else prepositional = true;
			end += more[0].length;
		}
		covered.push({ start, end });
		// "Korvel Ferries' website": a plural's possessive mark is no part of the name either.
		const clean = text.slice(start, end).replace(/['’]s$|(?<=s)['’]$/, '');
		// "the Fish and Wildlife Service" after "the U.S. Fish and Wildlife Service": a country code dropped on a
		// later mention names the same organisation.
		if (clean.includes(' ') && withoutCode.has(clean)) {
			covered.push({ start, end });
			continue;
		}
		const initialled = bodyOfInitials(entities, clean);
		if (initialled !== undefined) {
			alias(initialled, clean);
			continue;
		}
		const sameByInitials = dotted.find((i) => abbreviates(entities[i]!.name, clean)) ?? -1;
		if (sameByInitials >= 0) {
			alias(sameByInitials, clean);
			continue;
		}
		// "the Gannett newspaper chain", "the Reuters news agency": the article is the kind noun's, and the body is
		// "Gannett"; a nationality ("the Dutch newspaper"), a body's own word ("the Gazette newspaper") or an owner
		// ("the People's Daily newspaper") keeps it.
		const kindTakesThe =
			publicationAfter !== null &&
			!namedAfter &&
			!words[words.length - 1]!.possessive &&
			!orgLike &&
			!lexiconTags(clean).some((t) => /Demonym|Country|Place|City|Region/.test(t));
		const entity = add({
			kind: 'organisation',
			name: (the && !kindTakesThe ? 'the ' : '') + clean,
			role: publication ? publication[1]!.toLowerCase() : '',
			named: true,
			tokens: clean.split(/\s+/)
		});
		organisationNames.add(clean);
		const parts = clean.split(' ');
		if (parts.length === 2 || companyShortForm(parts)) organisationNames.add(parts[0]!);
		const bare = /^(?:\p{Lu}\.)+\p{Lu}?\.? (.+)$/u.exec(clean)?.[1];
		if (bare) withoutCode.add(bare);
		if (/(?:\p{Lu}\.){2,}$/u.test(clean)) dotted.push(entity);
		// "Korean Central News Agency (KCNA)", "CEI (Italian Episcopal Conference)": the short form is an alias.
		const after = /^\s*\(([\p{Lu}][\p{Lu}\d&]{1,9})\)/u.exec(text.slice(end, end + 14));
		const before = /\b([\p{Lu}][\p{Lu}\d&]{1,9})\s*\($/u.exec(text.slice(Math.max(0, start - 14), start));
		for (const short of [after?.[1], before?.[1]]) if (short && short !== clean) alias(entity, short);
	}

	const organisations = entities.flatMap((e, i) => {
		if (e.kind !== 'organisation') return [];
		const words = e.name.replace(/^the /, '').split(/\s+/);
		const name = words.join(' ');
		// "U.S. Fish and Wildlife Service" is also "the Fish and Wildlife Service" later on.
		const bare = /^(?:\p{Lu}\.)+\p{Lu}?\.? (.+ .+)$/u.exec(name)?.[1];
		const forms = [{ i, words, name }];
		if (bare) forms.push({ i, words: bare.split(' '), name: bare });
		for (const a of aliases) if (a.entity === i) forms.push({ i, words: a.name.split(' '), name: a.name });
		return forms;
	});
	// A capitalised word is looked up among the organisations its text opens with and those of its first word, in
	// the list's order: going through the whole list for each one cost a 1 MB paste seconds.
	const organisationsBy = new Map<string, number[]>();
	for (const [k, { words, name }] of organisations.entries())
		for (const key of new Set([name.slice(0, 2), words[0]!])) {
			const list = organisationsBy.get(key);
			if (list) list.push(k);
			else organisationsBy.set(key, [k]);
		}
	const organisationsFor = (c: Candidate) => {
		const keys = [
			'',
			text.slice(c.start, c.start + 1),
			text.slice(c.start, c.start + 2),
			c.tokens[0]?.text ?? ''
		];
		const found = new Set(keys.flatMap((key) => organisationsBy.get(key) ?? []));
		return [...found].sort((a, b) => a - b).map((k) => organisations[k]!);
	};
	// Pass 3: link every mention, including bare surnames and "Mr. Xi" for a surname-first "Xi Jinping".
	const mentions: Mention[] = [];
	const lastFull = new Map<number, number>();
	// A surname the article has used alone for one person stays theirs: the relative brought in later with the same
	// surname ("her son, Daniel Kessling") is called by full or first name, the way reporters tell family apart.
	const bareHolder = new Map<string, number>();
	for (const [ci, candidate] of candidates.entries()) {
		let c = candidate;
		let people = findPerson(entities, c.tokens);
		// "Asked Putin" or "Yesterday Putin": a capitalized word opening the sentence is not part of the name.
		if (!people.length && c.tokens.length > 1 && c.start === sentences[sentenceOf[ci]!]!.start) {
			const rest = c.tokens.slice(1);
			people = findPerson(entities, rest);
			if (people.length) c = { ...c, tokens: rest, start: rest[0]!.start };
		}
		// "Water said" for Kathryn Waters, "Mr Urdom" for Udom: a one-word slip in a speaking name or after an
		// honorific; "Thomas" alone for the only Thomas.
		if (!people.length && c.tokens.length === 1 && !aliasOf(c.tokens)) {
			const word = c.tokens[0]!.text;
			if (c.honorific || speaksNear(text, c)) {
				people = misspeltSurname(entities, word);
				const e = people.length === 1 ? entities[people[0]!]! : undefined;
				if (e) addAlias(entities, e, word);
			}
			if (!people.length && isFirstName(word)) people = onlyFirstName(entities, word);
		}
		let chosen = people.length === 1 ? people[0] : undefined;
		let ambiguous = false;
		const gendered = c.honorific === 'm' || c.honorific === 'f' ? c.honorific : undefined;
		const titledKey = gendered && c.tokens.length === 1 ? `${gendered} ${c.tokens[0]!.text}` : undefined;
		if (people.length > 1) {
			// "Mr. Reyes" is not the Reyes known to be a woman.
			const byGender = people.filter(
				(i) =>
					c.honorific &&
					(c.honorific === 'x' || entities[i]!.gender === undefined || entities[i]!.gender === c.honorific)
			);
			// "Mrs Orrin" beside "his wife, Seren Orrin": the one known to be a woman, not a namesake whose gender
			// the article never wrote in a title or a kinship word.
			const knownGender = people.filter((i) => gendered && entities[i]!.gender === gendered);
			const introduced = people.filter((i) => lastFull.has(i));
			// "Mr Vance" named the father before the son came in, and goes on naming him; a bare surname's holder
			// answers "Mrs Orrin" only when it is known to be a woman.
			const titledHolder = titledKey === undefined ? undefined : bareHolder.get(titledKey);
			const bare = c.tokens.length === 1 ? bareHolder.get(c.tokens[0]!.text) : undefined;
			const holder =
				titledHolder ??
				(bare !== undefined && (!gendered || entities[bare]!.gender === gendered) ? bare : undefined);
			if (byGender.length === 1) chosen = byGender[0];
			else if (holder !== undefined && people.includes(holder)) chosen = holder;
			else if (knownGender.length === 1) chosen = knownGender[0];
			// Only one of them named so far: the reader knows no other.
			else if (introduced.length === 1 && c.tokens.length === 1) chosen = introduced[0];
			else {
				const recent = introduced.sort((a, b) => (lastFull.get(b) ?? 0) - (lastFull.get(a) ?? 0));
				chosen = recent[0];
				ambiguous = true;
			}
			if (chosen !== undefined && !ambiguous && c.tokens.length === 1 && !c.honorific)
				bareHolder.set(c.tokens[0]!.text, chosen);
		}
		if (chosen !== undefined && !ambiguous && titledKey !== undefined && !bareHolder.has(titledKey))
			bareHolder.set(titledKey, chosen);
		if (chosen !== undefined) {
			const e = entities[chosen]!;
			if (c.tokens.length >= 2) lastFull.set(chosen, c.start);
			// "Kim Beazley … Mr Beazley": a title the article gives outranks the gender a first name usually has.
			if (gendered && !ambiguous && (!e.gender || byFirstName.has(chosen))) {
				e.gender = gendered;
				byFirstName.delete(chosen);
			}
			const last = c.tokens[c.tokens.length - 1]!;
			mentions.push({ start: c.start, end: c.end, entity: chosen, possessive: last.possessive, ambiguous });
			continue;
		}
		for (const { i, words, name } of organisationsFor(c)) {
			if (c.tokens.length > words.length) continue;
			const exact = text.startsWith(name, c.start);
			if (!exact && c.tokens[0]?.text !== words[0]) continue;
			// "Harbor" for "Harbor Foods": a bare first word that is not an ordinary word. A nationality is an
			// adjective ("the Peruvian national daily" beside "the Peruvian Senate"), the body only before its own
			// head word in lower case ("the Peruvian senate").
			const short =
				c.tokens.length === 1 &&
				(words.length === 2 || companyShortForm(words)) &&
				!NOT_NAME.has(words[0]!.toLowerCase()) &&
				(!lexiconTags(words[0]!).includes('Demonym') ||
					text.slice(c.end + 1, c.end + 1 + words[1]!.length).toLowerCase() === words[1]!.toLowerCase());
			if (exact || short) {
				const last = c.tokens[c.tokens.length - 1]!;
				mentions.push({
					start: c.start,
					end: exact ? Math.max(c.end, c.start + name.length) : c.end,
					entity: i,
					possessive: last.possessive,
					ambiguous: false
				});
				break;
			}
		}
	}
	for (const m of mentions) entities[m.entity]!.mentions.push({ start: m.start, end: m.end });
	mentions.sort((a, b) => a.start - b.start);
	genderFromNextSentence(text, sentences, entities, mentions, byFirstName);
	let midSentence: Set<string> | undefined;
	// The last word of each capitalised run after a lower-case word, a comma or a quote's closing comma ("," Vantreece
	// lawyer …): "on Rhoda Vantreece’s divorce" gives "Vantreece", while "The Conservative Case" (a title) or
	// "Harvard University" says nothing of "Conservative" or "Harvard" standing alone.
	const capitalisedMidSentence = () =>
		(midSentence ??= new Set(
			[...text.matchAll(/(?<=(?:[\p{Ll},;]|,["”’]) )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu)].map((m) =>
				m[0].split(' ').pop()!
			)
		));
	describedLater(text, sentences, entities, mentions);
	describedAtSurname(text, sentences, entities, mentions);
	describedByCopula(text, sentences, entities, mentions);
	bodyAfterName(text, entities, mentions);
	employers(text, entities);
	// "Wikimedia head Jimmy Wales" beside "the Wikimedia Foundation": a word the text capitalises inside a name
	// mid-sentence, and never writes in lower case, keeps its capital when it opens a sentence's role.
	// Each look reads the whole text: once per word.
	const proper = new Map<string, boolean>();
	const properWord = (word: string) => {
		let found = proper.get(word);
		if (found === undefined) {
			found =
				!new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text) &&
				new RegExp(`(?<=[\\p{Ll},;] )${word}(?![\\p{L}])`, 'u').test(text);
			proper.set(word, found);
		}
		return found;
	};
	for (const e of entities) e.role = tidyRole(e.name, e.role, capitalisedMidSentence, properWord);
	const fullNames = entities.flatMap((e) =>
		e.kind === 'person' && e.named && e.tokens.length >= 2 ? [e.name] : []
	);
	for (const e of entities) if (e.kind === 'person') e.role = withoutOthersPost(e.role, e.name, fullNames);
	const fuller = fullerNames(text);
	for (const e of entities) if (e.kind === 'person' && e.named) e.name = fuller(e.name);
	return { entities: oneByName(fuller, entities, mentions), mentions, reporters: [...reporters].sort() };
}

/**
 * "the Texas senator" at a sentence's start, or after a quote ("…,” the former secretary of state said"): news names
 * a person, then describes them; the words, "the" and a post with at least one word qualifying it, describe a person
 * named since the sentence before began.
 */
const DESCRIPTION =
	/(?:^(?:(?:But|And|Yet|Still|Now),?\s+)?|[,?!]["”]\s+)[Tt]he\s+((?:[\p{L}\d][\p{L}\d.'’-]*\s+){1,4}?)(\p{Ll}[\p{L}-]+(?:\s+of\s+state)?)\s+(\p{Ll}+)/u;
// Every sentence is read with it: compiled once, not once a sentence.
const DESCRIPTIONS = new RegExp(DESCRIPTION.source, 'gu');
/** Words after a noun that go on with its phrase or join another, where a verb would follow a subject. */
const NOT_A_VERB = new Set('and or of for at in on to with from by who whose that which as than'.split(' '));
const NOT_QUALIFYING =
	/PastTense|PresentTense|Gerund|Determiner|Pronoun|Preposition|Conjunction|Copula|Modal/;

/** Words that may open a sentence before its subject. */
const BEFORE_SUBJECT = /^\s*(?:(?:But|And|Yet|So|Still|Then|Later|Meanwhile|Now),?\s+)?$/;
/** A word that may follow a subject: a verb, or an adverb before one ("the senator also said"). */
const verbLike = (word: string) =>
	/ed$/.test(word) ||
	lexiconTags(word).some((t) => /Verb|PastTense|PresentTense|Copula|Modal|Adverb/.test(t));

/**
 * A role for a person the article named without one and then described: "Rubio spoke. The Florida senator said"
 * gives Rubio "Florida senator". As a reader does, it takes the description, the subject of its sentence, for the
 * subject of the sentence before (a name opening it, or the speaker after its quote), when no other person is named
 * between them, nor after it in its own sentence (nobody is described and named in one breath); a "-man" or
 * "-woman" fits that gender. A description inside a quote, or naming someone ("the Kell aide"), gives nobody.
 */
function describedLater(
	text: string,
	sentences: { start: number; end: number; paragraph: number }[],
	entities: Entity[],
	mentions: Mention[]
): void {
	const people = (from: number, to: number) =>
		mentions.filter((x) => x.start >= from && x.start < to && entities[x.entity]!.kind === 'person');
	const subjectOf = (s: { start: number; end: number }) =>
		people(s.start, s.end).find(
			(x) =>
				BEFORE_SUBJECT.test(text.slice(s.start, x.start)) ||
				(/^\s*[“"]/.test(text.slice(s.start, x.start)) && /[,?!]["”]\s+$/.test(text.slice(s.start, x.start)))
		)?.entity;
	for (const [si, s] of sentences.entries()) {
		const previous = sentences[si - 1];
		if (!previous || s.paragraph - previous.paragraph > 1) continue;
		const sentence = text.slice(s.start, s.end);
		for (const m of matchesOf(DESCRIPTIONS, sentence)) {
			const [, qualifiers, post, next] = m as unknown as [string, string, string, string];
			const head = post.split(/\s+/)[0]!;
			const words = qualifiers.trim().split(/\s+/);
			const afterQuote = !/^(?:[Tt]he|But|And|Yet|Still|Now)\b/.test(m[0]);
			// "the Texas senators" are several people.
			if (!isRoleHead(head) || /[^s]s$/.test(head)) continue;
			if (afterQuote ? !isFiniteCue(next) : NOT_A_VERB.has(next) || !verbLike(next)) continue;
			// "the inspector's deputy" describes someone by another.
			if (
				words.some(
					(w) =>
						/['’]s?$/.test(w) ||
						(/^\p{Lu}/u.test(w) && NOT_NAME.has(w.toLowerCase())) ||
						lexiconTags(w).some((t) => NOT_QUALIFYING.test(t))
				)
			)
				continue;
			const at = s.start + m.index + m[0].search(/[Tt]he\s/);
			const end = s.start + m.index + m[0].length - next.length;
			// Inside a quote the words are the speaker's, who may describe anyone.
			const opened = text.slice(sentences.find((x) => x.paragraph === s.paragraph)!.start, at);
			const open = (opened.match(/“/g)?.length ?? 0) - (opened.match(/”/g)?.length ?? 0);
			if (open > 0 || (opened.match(/"/g)?.length ?? 0) % 2 === 1) continue;
			// "the Clinton aide": a description naming someone describes another person.
			if (people(at, end).length) continue;
			const subject = subjectOf(previous);
			if (subject === undefined) continue;
			const e = entities[subject]!;
			const gender = /woman$/.test(head) ? 'f' : /(?<!chair|spokes)man$/.test(head) ? 'm' : undefined;
			const others = [...people(previous.start, at), ...people(end, s.end)].some((x) => x.entity !== subject);
			if (others || people(end, s.end).length || (gender && e.gender && e.gender !== gender)) continue;
			if (e.named && !e.role) e.role = `${qualifiers}${post}`;
		}
	}
}

/**
 * Each plain mention of a named person the article has given no role yet, with its sentence: where a role may
 * still be read. The role is looked at as each mention comes, so one read at an earlier mention ends the search.
 */
function* rolelessMentions(
	sentences: { start: number; end: number }[],
	entities: Entity[],
	mentions: Mention[]
): Generator<{ m: Mention; e: Entity; s: { start: number; end: number } }> {
	for (const m of mentions) {
		const e = entities[m.entity]!;
		if (e.kind !== 'person' || !e.named || e.role || m.ambiguous || m.possessive) continue;
		const s = sentences[sentenceIndexAt(sentences, m.start)];
		if (s && m.start < s.end) yield { m, e, s };
	}
}

/**
 * "Mike Roe believes it can recover. Roe, head of sales for Kell Inc., said …": a person named in full with no
 * role, then described where the surname comes back opening a clause, has that role (a surname inside a clause is
 * read where pass 1 meets it; a full name set off by a role where it is named); a post a pronoun owns ("Roe, his
 * deputy,") is left, its owner unsure this far from the name.
 */
function describedAtSurname(
	text: string,
	sentences: { start: number; end: number }[],
	entities: Entity[],
	mentions: Mention[]
): void {
	for (const { m, e, s } of rolelessMentions(sentences, entities, mentions)) {
		if (e.tokens.length < 2 || text.slice(m.start, m.end) !== e.tokens.at(-1)) continue;
		// "Against Roe, Ash leads with men": a surname after a preposition is no subject a role is set off after; and
		// "Roe, a top aide said, …" is an aside about someone else, so the role must close with its comma.
		if (!/(?:^|[,;:(]|[,.!?]\s*[”"])\s*$/.test(text.slice(s.start, m.start))) continue;
		const role = appositive(text, m.end, s.end, false);
		if (role && !OWNED.test(role)) e.role = role;
	}
}

/**
 * "Ada Roe is director of the Kell Fund.", "Roe is a Kell tribal leader, who …": a person named without a role whose
 * name opens a sentence that says what they are, in the present, has that role. Only a post (a role noun or title,
 * not "person", "contender" or "descendant") placed by a name ("of the Kell Fund", "a Kell leader"): "Roe is a stiff
 * campaigner" judges her; never "was" (a post held no longer), nor a post a pronoun owns ("Roe is his deputy"). A
 * relative "who is" after the name says the same wherever the name stands ("said Ada Roe who is the head of …").
 */
function describedByCopula(
	text: string,
	sentences: { start: number; end: number }[],
	entities: Entity[],
	mentions: Mention[]
): void {
	for (const { m, e, s } of rolelessMentions(sentences, entities, mentions)) {
		// "said Ada Roe who is the director of the Kell Fund": a relative clause says it wherever the name stands.
		const is =
			/^,?\s+who\s+is\s+/.exec(text.slice(m.end, m.end + 12)) ??
			(BEFORE_SUBJECT.test(text.slice(s.start, m.start))
				? /^\s+is\s+/.exec(text.slice(m.end, m.end + 8))
				: null);
		if (!is) continue;
		const phrase = APPOSITIVE.exec(`, ${text.slice(m.end + is[0].length, Math.min(s.end, m.end + 200))}`)?.[1]
			// "Roe is also the son of …": the adverb ties the sentence to the one before, and is no part of the post.
			?.replace(/^(?:also|now|still|currently)\s+/, '')
			?.split(/\s+(?:whom|whose|which|that|who)\s|\s+(?:--?|—|–)\s+|\s+and\s+one\s+of\s/)[0]
			?.replace(/(?<=\p{Ll})\.$/u, '')
			.trim();
		if (!phrase || !isRoleAppositive(phrase) || OWNED.test(phrase) || namesAnotherPerson(phrase)) continue;
		// "Roe is not an employee of Kell Works" says what she is not.
		if (/^(?:not|no|never)\s/.test(phrase)) continue;
		const words = phrase.split(/\s+/);
		const head = words.find((w) => isRoleHead(w))?.toLowerCase() ?? '';
		const post = ROLE_NOUNS.has(head) || TITLES.has(head) || /-/.test(head);
		if (post && words.some((w) => /^\p{Lu}/u.test(w))) e.role = phrase;
	}
}

/**
 * A word that can only be a given name before a person's name: not a role, title, place, nationality, body, owner
 * ("Techli's Kathryn Hough") or any other word the lexicon knows, nor one the article also writes in lower case
 * ("Election John Key").
 */
function givenNameOnly(word: string, writtenLower: (lower: string) => boolean): boolean {
	const lower = word.toLowerCase();
	return (
		/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) &&
		!/['’]s$/.test(word) &&
		// "Crooked Hillary Clinton", "Certainly Ronald Reagan": a participle or an adverb the lexicon does not list.
		(isFirstName(word) || !/(?:ed|ly)$/.test(word)) &&
		!isRoleWord(word) &&
		!isTitle(lower) &&
		!NOT_NAME.has(lower) &&
		!ORG_WORDS.has(lower) &&
		!(lower in HONORIFICS) &&
		!STANDING.has(lower) &&
		lexiconTags(word).every((t) => /^(?:FirstName|MaleName|FemaleName|LastName)$/.test(t)) &&
		!writtenLower(lower)
	);
}

/**
 * `fullerName` for each name of one text. A long article names thousands of people: each is looked for only where
 * a word opens after a space, with a look at the words just before it, and whether the text writes a word in lower case is read once
 * per word (a pattern run over the whole text per name made a 1 MB text take twice as long).
 */
function fullerNames(text: string): (name: string) => string {
	const lowerCase = new Map<string, boolean>();
	const writtenLower = (lower: string) => {
		let written = lowerCase.get(lower);
		if (written === undefined) {
			written = new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text);
			lowerCase.set(lower, written);
		}
		return written;
	};
	// A run of capitalised words can end right before a name only at a space or tab: the words opening there, by
	// their first three characters, are where a name is looked for.
	const opening = new Map<string, number[]>();
	for (const m of text.matchAll(/[^\S\n]+/g)) {
		const at = m.index + m[0].length;
		const key = text.slice(at, at + 3);
		const list = opening.get(key);
		if (list) list.push(at);
		else opening.set(key, [at]);
	}
	const places = (name: string) => {
		if (name.length >= 3) return opening.get(name.slice(0, 3)) ?? [];
		const found: number[] = [];
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push(at);
		return found;
	};
	return (name) => fullerName(text, name, writtenLower, places(name));
}

/** One or two capitalised words right before a name, the run a given name is read from. */
const RUN_BEFORE = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{Ll}\p{M}'’-]+[^\S\n]+){1,2})$/u;
/** How far before a name its run of capitalised words is looked for: far longer than any two words. */
const RUN_REACH = 200;

/**
 * "José Ramos Horta leaves today … “…,” Ramos Horta said": the person was found by the shorter name, where the
 * article gave evidence of a person, and is shown by the full one, the given names it wrote once before the
 * surname (a capitalised run that goes on before them is another name, "Human Rights Day Parmly").
 */
function fullerName(
	text: string,
	name: string,
	writtenLower: (lower: string) => boolean,
	places: number[]
): string {
	// "Chancellor of the Exchequer Gordon Brown": a word after "the" or "of" is a body's, not a given name; nor is
	// one after a capitalised word that is no title ("Human Rights Day Parmly").
	const afterRun = (previous: string) =>
		(/^\p{Lu}[\p{L}'’-]*$/u.test(previous) && !isRoleWord(previous) && !isTitle(previous.toLowerCase())) ||
		NOT_NAME.has(previous.toLowerCase());
	for (const at of places) {
		if (!text.startsWith(name, at) || /^\p{L}/u.test(text.slice(at + name.length, at + name.length + 2)))
			continue;
		const reach = Math.max(0, at - RUN_REACH);
		const m = RUN_BEFORE.exec(text.slice(reach, at));
		if (!m) continue;
		const start = reach + m.index;
		const words = m[1]!.trim().split(/\s+/);
		const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
		// "Foreign Minister Iver Dahl Brekke": the run may open on a title, the given names after it.
		for (const [k, previous] of [before, ...words.slice(0, -1)].entries()) {
			const given = words.slice(k);
			if (!afterRun(previous) && given.every((w) => givenNameOnly(w, writtenLower)))
				return `${given.join(' ')} ${name}`;
		}
	}
	return name;
}

/**
 * "Norwegian Foreign Minister Jonas Gahr Støre" and "Gahr Støre said", each found as a person, are one person: a
 * name of two words or more that ends another's is that person (so is the same name, once a shorter one is shown
 * in full), shown by the longer name when the article writes it as a fuller name (`fullerName`) or the words
 * before are first names the lexicon knows, else by the shorter ("Democrats Hillary Clinton" is Hillary Clinton,
 * "Exchequer Gordon Brown" Gordon Brown); the first keeps the other's mentions and, if it had none, its
 * role.
 */
function oneByName(fuller: (name: string) => string, entities: Entity[], mentions: Mention[]): Entity[] {
	const person = (e: Entity) => e.kind === 'person' && e.named && e.name.includes(' ');
	const into = entities.map((_, i) => i);
	for (const [i, e] of entities.entries()) {
		if (!person(e)) continue;
		const at = entities.findIndex(
			(o, k) =>
				k < i &&
				into[k] === k &&
				person(o) &&
				(o.name === e.name || o.name.endsWith(` ${e.name}`) || e.name.endsWith(` ${o.name}`))
		);
		if (at < 0) continue;
		into[i] = at;
		const kept = entities[at]!;
		const [short, long] = kept.name.length <= e.name.length ? [kept.name, e.name] : [e.name, kept.name];
		const given = long
			.slice(0, long.length - short.length)
			.trim()
			.split(/\s+/);
		kept.name = fuller(short) === long || given.every((w) => isFirstName(w)) ? long : short;
		kept.mentions.push(...e.mentions);
		kept.mentions.sort((a, b) => a.start - b.start);
		kept.role ||= e.role;
	}
	if (into.every((at, i) => at === i)) return entities;
	const kept = entities.filter((_, i) => into[i] === i);
	const index = entities.map((_, i) => kept.indexOf(entities[into[i]!]!));
	for (const m of mentions) m.entity = index[m.entity]!;
	return kept;
}

/** "Wen-yi", "Dae-jung": a romanised given name of two syllables joined by a hyphen, the second in lower case. */
const GIVEN_NAME_PAIR = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** "economist at ", "staff writers at ": a role word and "at" right before a name, which names where the post is held. */
function workplaceBefore(before: string): boolean {
	// "Workers at Tim Hortons said": the role word may open the sentence.
	const word = /(?:^|\s)(\p{L}[\p{Ll}-]*)\s+at\s+$/u.exec(before)?.[1]?.toLowerCase();
	// "workers at Tim Hortons": a plural's post is held at a body too.
	return word !== undefined && (isRoleHead(word) || isRoleHead(word.replace(/s$/, '')));
}

/** "Burke County", "Kell City": a place's name, which says where a person is from, not whom they work for. */
const aBody = (name: string) => !/\b(?:City|County|Borough|Municipality)$/.test(name);

/**
 * "Ada Roe of the Kell Institute said": a person named with no role, a body's name right after "of", works for that
 * body, which is all the article tells of what they are ("Ada Roe of Leeds", a place, is where they are from).
 */
function bodyAfterName(text: string, entities: Entity[], mentions: Mention[]): void {
	for (const m of mentions) {
		const e = entities[m.entity]!;
		if (e.kind !== 'person' || !e.named || e.role || m.possessive) continue;
		// "the Writers Guild of America West": a body's name taken for a person's goes on through "of"; a first name
		// the lexicon knows says the name is a person's, else only a body the words alone show is one (employerAfter).
		const known = isFirstName(e.tokens[0] ?? '');
		if (!known && e.tokens.length < 2) continue;
		// "Ada Roe from the Kell Institute" is of it too; "Tom Ash from Kell", with no article, may be where he came
		// from, as "a call from Air Force One" is, and "the bust of Tom Ash from the Kell Office" says where the bust
		// came from. Set off by a comma ("Ivo Sand, of the Kell Council, said", "Ann Lee, also of the MCB,"), the
		// body is the whole aside: it must end there.
		const of = /^(?:,\s+(?:also\s+)?|\s+)(?:of|from)\s+/.exec(text.slice(m.end, m.end + 16));
		if (!of || (/from/.test(of[0]) && /\bof\s+$/.test(text.slice(m.start - 4, m.start)))) continue;
		const setOff = of[0].startsWith(',');
		const from = m.end + of[0].length;
		const org = mentions.find(
			(o) =>
				entities[o.entity]!.kind === 'organisation' &&
				!o.possessive &&
				((o.start === from && !/from/.test(of[0])) ||
					(o.start === from + 4 && text.slice(from, o.start) === 'the '))
		);
		const named = employerAfter(text.slice(m.end, m.end + 100));
		// "Paddy Gibson, from the University of Sydney's Students' Council,": a body named inside the longer name of
		// one it owns is the smaller part of whom the person works for.
		const longer =
			named !== undefined &&
			org !== undefined &&
			m.end + named.length > org.end &&
			/^['’]/.test(text.slice(org.end, org.end + 1));
		const body =
			known && org && !longer && aBody(text.slice(from, org.end))
				? org
				: named && { end: m.end + named.length };
		if (!body || (setOff && !/^\s*(?:[,.;)]|$)/.test(text.slice(body.end, body.end + 2)))) continue;
		// "Dr John Currie from Drug and Alcohol Services": with no article, a body's own word ending the name
		// ("Services", "Council", "University") says it is whom they work for, not a place or a thing they came
		// from ("Tom Ash from Kell", "a call from Air Force One").
		const last = /(\p{L}+)$/u.exec(text.slice(from, body.end))?.[1]?.toLowerCase() ?? '';
		if (
			/from/.test(of[0]) &&
			!/^the\s/i.test(text.slice(from, from + 4)) &&
			!(ORG_WORDS.has(last) && !PLACE_BODIES.has(last))
		)
			continue;
		// "Tom Ash of the Kell University and Professor Roe": a name taken into the body's is someone else's; the body's
		// own name read as a person's ("Tim Bajarin of Creative Strategies") is the body still.
		const whole = (o: Mention) => o.end === body.end && /^(?:the\s+)?$/i.test(text.slice(from, o.start));
		if (
			mentions.some(
				(o) =>
					entities[o.entity]!.kind === 'person' &&
					o.start >= from &&
					o.start < body.end &&
					!(named && body !== org && whole(o))
			)
		)
			continue;
		e.role = `of ${text.slice(from, body.end)}`;
	}
}

/**
 * "Tim Bajarin of Creative Strategies said", "Ada Roe from the WTO Secretariat": a body the table does not know,
 * named right after a name, is whom the person works for ("of Creative Strategies"). Not a place ("Bernie Sanders
 * of Vermont", "Ann Roe of Kell County"): the body opens on "the", or is two capitalised words or more with no place
 * among them unless a body word names it ("the Muslim Council of Britain"), or an acronym; a body its name runs on from in
 * lower case ("the 30A network", "Human Rights watch") or owning something ("the University of Kell's council") is
 * not read whole, so neither.
 */
function employerAfter(after: string): { body: string; length: number } | undefined {
	const m = EMPLOYER_AFTER.exec(after);
	if (!m) return undefined;
	const body = m[1]!;
	const rest = after.slice(m[0].length);
	const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1];
	const goesOn =
		next !== undefined &&
		!isFiniteCue(next) &&
		!/ed$/.test(next) &&
		!lexiconTags(next).some((t) => AFTER_BODY.test(t));
	if (/^['’]/.test(rest) || goesOn) return undefined;
	const words = body.split(/\s+/).filter((w) => /^[\p{Lu}\d]/u.test(w) && w !== 'The');
	const named = words.some((w) => ORG_WORDS.has(w.toLowerCase()) && !PLACE_BODIES.has(w.toLowerCase()));
	const place = words.some((w) => isPlaceWord(w)) || isPlaceWord(words.join(' '));
	if ((place && !named) || PLACE_BODIES.has(words.at(-1)!.toLowerCase())) return undefined;
	if (!/^the\s/i.test(body) && words.length < 2 && !/^\p{Lu}{2,}$/u.test(words[0] ?? '')) return undefined;
	return { body, length: m[0].length };
}
/** Body words that name a place ("Kell County"), where a person lives rather than works. */
const PLACE_BODIES = new Set(['county', 'borough', 'municipality', 'city']);
/** What a word after a body's name may be when the name has ended: a verb, or a word joining what follows. */
const AFTER_BODY =
	/^(?:PastTense|PresentTense|Copula|Modal|Auxiliary|Verb|Adverb|Preposition|Conjunction|QuestionWord|Determiner|Pronoun)$/;
/** "Sydney's", "Workers'": a possessive inside a body's name, the next word capitalised ("the Workers' Unitary Central"). */
const OWNER_IN_NAME = String.raw`(?:(?:['’]s|(?<=s)['’])(?=\s+\p{Lu}))`;
const EMPLOYER_AFTER = new RegExp(
	String.raw`^,?\s+(?:also\s+)?(?:of|from)\s+((?:[Tt]he\s+)?${EMPLOYER_WORD}(?:\?|${OWNER_IN_NAME})?(?:\s+(?:(?:of|for|and|&|the|on)\s+)*${EMPLOYER_WORD}(?:\?|${OWNER_IN_NAME})?)*)`,
	'u'
);

const OWNED = /^(his|her|its|their)\s/i;

/** Where the last "his", "her", "its" or "their" before the name starts: the role's owner is named before it. */
function lastPossessiveAt(text: string, from: number, to: number): number {
	let at = to;
	for (const m of text.slice(from, to).matchAll(/\b(?:his|her|its|their)\b/gi)) at = from + m.index;
	return at;
}

/**
 * "Kell fired his campaign manager, Tom Ash", "Ada Roe's husband" for "her husband": a role a pronoun owns means
 * nothing to a student without its owner, so it is given to the one person of the pronoun's gender the sentence
 * names before it ("Marty Kell's campaign manager"); with no such person, or two, whose post it is cannot be told
 * and the role is left out. "its" and "their" own a body's or a group's post, which is left out too.
 */
function ownedRole(
	role: string,
	pronoun: string,
	owners: Candidate[],
	entities: Entity[],
	apostrophe: string
): string {
	if (pronoun !== 'his' && pronoun !== 'her') return '';
	const gender = pronoun === 'his' ? 'm' : 'f';
	const fitting = owners.flatMap((o) => {
		const known = findPerson(entities, o.tokens);
		const entity = known.length === 1 ? entities[known[0]!] : undefined;
		// Only someone the article names as a person: "Monday brought his brother" has no owner.
		if (!entity && !o.honorific && !(o.tokens.length > 1 && isFirstName(o.tokens[0]!.text))) return [];
		const sex =
			(o.honorific === 'm' || o.honorific === 'f' ? o.honorific : undefined) ??
			entity?.gender ??
			firstNameGender(o.tokens[0]!.text);
		if (sex && sex !== gender) return [];
		// One whose gender is not known may be the owner, but is not taken for it.
		return [
			sex ? (entity?.name ?? [...o.title, ...o.tokens].map((t) => t.text + (t.dot ? '.' : '')).join(' ')) : ''
		];
	});
	const names = [...new Set(fitting)];
	if (names.length !== 1 || !names[0]) return '';
	const owner = names[0]!;
	return `${owner}${apostrophe}${/s$/.test(owner) ? '' : 's'} ${role.replace(OWNED, '')}`;
}

/** "son", "stepson", "daughter-in-law", "great-grandfather": a word of kin. */
function isKin(word: string): boolean {
	const core = /^(?:step-?|great-)*(?:grand)?(\p{Ll}+?)(?:-in-law)?$/u.exec(word.toLowerCase())?.[1] ?? '';
	return core in KIN_GENDER || /^(?:cousin|child|sibling|relative|fiancée?|partner)$/.test(core);
}

export const KIN_GENDER: Record<string, 'm' | 'f'> = {
	wife: 'f',
	widow: 'f',
	mother: 'f',
	daughter: 'f',
	sister: 'f',
	grandmother: 'f',
	granddaughter: 'f',
	aunt: 'f',
	niece: 'f',
	girlfriend: 'f',
	husband: 'm',
	widower: 'm',
	father: 'm',
	son: 'm',
	brother: 'm',
	grandfather: 'm',
	grandson: 'm',
	uncle: 'm',
	nephew: 'm',
	boyfriend: 'm'
};

/**
 * "his wife of 58 years", "The defendant's son": a kinship word heading the role tells a gender the first name
 * may not ("Eira", "Alun"), so "Mrs Pryce" can be told from "Mr Pryce". Only the role's head: "a friend of his
 * wife" is no woman.
 */
export function roleGender(role: string | undefined): 'm' | 'f' | undefined {
	const head =
		/^(?:(?:the|a|an|his|her|their|[\p{L}'’.-]+['’]s?)\s+)?(?:(?:late|younger|elder|older|eldest|youngest|only|twin)\s+)?(\p{L}+)/iu.exec(
			role?.trim() ?? ''
		)?.[1];
	return head ? KIN_GENDER[head.toLowerCase()] : undefined;
}

/**
 * "survived by his wife of 58 years, Eira Pryce,": a possessive kinship word set off right before the name, after
 * any preposition, tells the gender though it is not kept as the role; so does one standing as a title right before
 * the name ("said 9/11 widow Terry Vane").
 */
function kinGenderBefore(before: string): 'm' | 'f' | undefined {
	const m =
		/\b(?:his|her|their|\p{L}+['’]s?)\s+(\p{Ll}+)(?:\s+of\s+[\p{L}\d\s]{1,20})?,\s*$/iu.exec(before) ??
		/(?:^|\s)(\p{Ll}+)\s+$/u.exec(before);
	return m ? KIN_GENDER[m[1]!.toLowerCase()] : undefined;
}

/** Titles that may stand before a subject's name ("Sen. Marty Walz"); not a pronoun or an article opening. */
const SUBJECT_LEAD =
	/^(?!(?:He|She|It|They|We|I|You|The|A|An|One|This|That|But|And|As|When|After|If|While)\s)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * "Marty Walz approaches it calmly. She said …": a first name's usual gender gives way to the text when the next
 * sentence of the paragraph opens on the other pronoun and the person is the subject the sentence opens on, with
 * no other name and no kin of that gender there.
 */
function genderFromNextSentence(
	text: string,
	sentences: SentenceSpan[],
	entities: Entity[],
	mentions: Mention[],
	byFirstName: Set<number>
): void {
	for (let j = 0; j + 1 < sentences.length; j++) {
		const s = sentences[j]!;
		const next = sentences[j + 1]!;
		if (next.paragraph !== s.paragraph) continue;
		const pronoun = /^(He|She)\s/.exec(text.slice(next.start, next.start + 4))?.[1];
		if (!pronoun) continue;
		const gender = pronoun === 'She' ? 'f' : 'm';
		const named = mentions.filter(
			(m) => m.start >= s.start && m.end <= s.end && entities[m.entity]!.kind === 'person'
		);
		const first = named[0];
		if (!first || !byFirstName.has(first.entity) || entities[first.entity]!.gender === gender) continue;
		// Only the sentence's subject, with no one else it could be: "The senator said he had called Ada Roe. He …" and
		// "Roe stopped his wife, Ivana, from writing. She …" say nothing of Roe.
		const rest = text.slice(first.end, s.end);
		if (
			first.possessive ||
			!SUBJECT_LEAD.test(text.slice(s.start, first.start)) ||
			!/^,?\s+\p{Ll}/u.test(rest) ||
			/\s\p{Lu}/u.test(rest) ||
			(rest.match(/\p{L}+/gu) ?? []).some((w) => KIN_GENDER[w.toLowerCase()] === gender)
		)
			continue;
		if (named.some((m) => m.entity !== first.entity && (entities[m.entity]!.gender ?? gender) === gender))
			continue;
		entities[first.entity]!.gender = gender;
		byFirstName.delete(first.entity);
	}
}

/** Words that say what kind of body a name before them is: "the Australian newspaper", "Yonhap news agency". */
const PUBLICATION_AFTER =
	/^\s+((?:news\s+)?(?:newspaper|magazine|agency|website|web site|broadcaster|tabloid|daily|weekly|journal))\b/i;

const PUBLICATION_BEFORE =
	/\b((?:news\s+)?(?:newspaper|magazine|agency|website|broadcaster|tabloid|daily|weekly|journal))\s+$/i;

/**
 * "the CRA" after "the Canada Revenue Agency": a word in capitals made of the initials of one body named before is
 * that body, though the article never set the acronym in brackets beside its name (or did so only inside a quote).
 * Left apart, the body's statements were credited to "the CRA", a name the student never saw spelt out.
 */
export function bodyOfInitials(entities: readonly Entity[], word: string): number | undefined {
	if (!/^\p{Lu}{2,6}$/u.test(word)) return undefined;
	const found = entities.flatMap((e, i) => {
		if (e.kind !== 'organisation') return [];
		const capitals = e.name
			.replace(/^the /, '')
			.split(/\s+/)
			.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
		return capitals.length >= 2 && capitals.map((w) => w.charAt(0)).join('') === word ? [i] : [];
	});
	return found.length === 1 ? found[0] : undefined;
}

/** "Liverpool F.C." abbreviates "Liverpool Football Club": the same words, then initials for the rest. */
function abbreviates(short: string, long: string): boolean {
	const a = short.replace(/^the /, '').split(/\s+/);
	const b = long.replace(/^the /, '').split(/\s+/);
	const initials = /^(?:\p{Lu}\.){2,}$/u.exec(a[a.length - 1] ?? '')?.[0].replace(/\./g, '');
	if (!initials || a.length < 2) return false;
	const head = a.slice(0, -1);
	if (b.length !== head.length + initials.length) return false;
	if (head.some((w, i) => w !== b[i])) return false;
	return b.slice(head.length).every((w, i) => w.charAt(0) === initials.charAt(i));
}

/**
 * The one person whose surname is a letter away from `word` ("Water" for Waters, "Mauer" for Maurer). A first name
 * is a name of its own, not a slip: "Pope Francis" beside a columnist called Franco is someone else. A slip of a
 * first name ("Mr Urdom" for Udom Tantiprasongchai, called by his given name) is only a word the lexicon does not
 * know: a known surname used alone is someone's surname ("Davis has said" beside David Cameron), and a known word is
 * itself ("Christian" protesters beside a Christan, "Labor" beside Labour).
 */
function misspeltSurname(entities: Entity[], word: string): number[] {
	// "Israel" is two letters from "Ismail", "Paris" one from Parks: a country's or a city's name is no slip.
	if (word.length < 4 || isFirstName(word) || isPlaceWord(word)) return [];
	// Every lone capitalised word of a long article is weighed against every person: nothing is built per person,
	// and a second near miss already settles it.
	const near = (name: string | undefined) => name !== undefined && nearMiss(name, word);
	const maySlipFromFirstName = isUnknownWord(word);
	let found = -1;
	for (let i = 0; i < entities.length; i++) {
		const e = entities[i]!;
		if (e.kind !== 'person' || !e.named) continue;
		const { first, surname } = nameParts(e);
		const firstSlip = maySlipFromFirstName && e.tokens.length > 1 && near(first);
		if (!near(surname) && !firstSlip && !e.aliases?.some(near)) continue;
		if (found >= 0) return [];
		found = i;
	}
	return found >= 0 ? [found] : [];
}

const isUnknownWord = (word: string) => lexiconTags(word).length === 0;

/** A name one letter off ("Water" for Waters), or two off in a long one, starting with the same letter. */
function nearMiss(name: string, word: string): boolean {
	if (name.length < 4 || name === word || name.charAt(0) !== word.charAt(0)) return false;
	const distance = editDistance(name, word);
	return distance === 1 || (distance === 2 && Math.min(name.length, word.length) >= 6);
}

/**
 * "agent Bryan Paarmann" after "Brian Paarmann", "Paul Volckers" after "Paul Volcker", "Marcos Valério" after
 * "Marcos Valerio": a full name that differs from a known one in one word, by a slip of one letter or an accent, is
 * the same person spelt two ways; read as two, neither gets the quotes the surname alone is given. A first name a
 * letter off is the same only when both are known names of one sex: "Mark" and "Mary" Roe are husband and wife.
 * The differing word becomes an alias.
 */
function respeltPerson(entities: Entity[], tokens: Token[]): number {
	const words = tokens.map((t) => t.text);
	const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
	for (let i = 0; i < entities.length; i++) {
		const e = entities[i]!;
		if (e.kind !== 'person' || !e.named) continue;
		// "Abul Gheit" after "Ahmed Aboul Gheit": a name of two words or more may be the known one's without its
		// first name, its first word then a slip of the known one's second (never a first name of its own).
		const dropped = e.tokens.length - words.length;
		if (dropped !== 0 && !(dropped === 1 && words.length >= 2)) continue;
		const differ = words.flatMap((w, k) => (w === e.tokens[k + dropped] ? [] : [k]));
		if (differ.length !== 1) continue;
		const k = differ[0]!;
		const [mine, theirs] = [words[k]!, e.tokens[k + dropped]!];
		const accent = plain(mine) === plain(theirs);
		const slip =
			Math.min(mine.length, theirs.length) >= 4 &&
			mine.charAt(0) === theirs.charAt(0) &&
			editDistance(mine, theirs) === 1 &&
			(dropped > 0 ? !isFirstName(mine) : k > 0 || sameSex(mine, theirs) || oneUnknown(mine, theirs));
		const shortForm = dropped === 0 && k === 0 && words.length >= 2 && sameGivenName(mine, theirs);
		if (!accent && !slip && !shortForm) continue;
		addAlias(entities, e, mine);
		return i;
	}
	return -1;
}
/**
 * "Rafik" and "Rafiq", "Malcolm" and "Malcom": a given name the lexicon does not know beside one a letter off is a
 * slip or a spelling of it, as no sex tells them apart.
 */
const oneUnknown = (a: string, b: string) => !isFirstName(a) || !isFirstName(b);

/**
 * Given names and the short forms English writes for them: "Mick Slater" is the "Michael Slater" named later in the
 * article, "Bobby Kennedy" the "Robert Kennedy". A table of the language, not of an article; a short form shared by
 * two names ("Pat") joins each of them to it, never the two to each other.
 */
const SHORT_FORMS: Record<string, readonly string[]> = {
	Michael: ['Mike', 'Mick', 'Mickey', 'Mikey'],
	Robert: ['Bob', 'Bobby', 'Rob', 'Robbie'],
	William: ['Bill', 'Billy', 'Will', 'Willie'],
	James: ['Jim', 'Jimmy', 'Jamie'],
	Thomas: ['Tom', 'Tommy'],
	Richard: ['Dick', 'Rick', 'Ricky', 'Rich', 'Richie'],
	Edward: ['Ed', 'Eddie', 'Ted', 'Teddy', 'Ned'],
	Anthony: ['Tony'],
	David: ['Dave'],
	Daniel: ['Dan', 'Danny'],
	Joseph: ['Joe', 'Joey'],
	Christopher: ['Chris'],
	Patrick: ['Pat', 'Paddy'],
	Stephen: ['Steve'],
	Steven: ['Steve'],
	Charles: ['Charlie', 'Chuck'],
	John: ['Jack', 'Johnny'],
	Andrew: ['Andy', 'Drew'],
	Samuel: ['Sam', 'Sammy'],
	Benjamin: ['Ben'],
	Matthew: ['Matt'],
	Nicholas: ['Nick'],
	Peter: ['Pete'],
	Ronald: ['Ron', 'Ronnie'],
	Donald: ['Don'],
	Lawrence: ['Larry'],
	Gregory: ['Greg'],
	Frederick: ['Fred', 'Freddie'],
	Alexander: ['Alex'],
	Timothy: ['Tim'],
	Kenneth: ['Ken', 'Kenny'],
	Gerald: ['Gerry', 'Jerry'],
	Douglas: ['Doug'],
	Raymond: ['Ray'],
	Jeffrey: ['Jeff'],
	Elizabeth: ['Liz', 'Beth', 'Betty', 'Lizzie'],
	Katherine: ['Kate', 'Katie', 'Kathy'],
	Catherine: ['Kate', 'Cathy'],
	Margaret: ['Maggie', 'Meg', 'Peggy'],
	Susan: ['Sue'],
	Jennifer: ['Jenny'],
	Deborah: ['Debbie'],
	Patricia: ['Pat', 'Patty', 'Trish'],
	Rebecca: ['Becky'],
	Jacqueline: ['Jackie']
};
const sameGivenName = (a: string, b: string) =>
	(SHORT_FORMS[a]?.includes(b) ?? false) || (SHORT_FORMS[b]?.includes(a) ?? false);

const sameSex = (a: string, b: string) => {
	const x = firstNameGender(a);
	return x !== undefined && x === firstNameGender(b);
};

/** The one person with this first name, when nobody has it as a surname. */
function onlyFirstName(entities: Entity[], word: string): number[] {
	const people = entities.flatMap((e, i) => (e.kind === 'person' && e.named ? [{ e, i }] : []));
	if (people.some(({ e }) => nameParts(e).surname === word)) return [];
	const found = people.filter(({ e }) => e.tokens.length >= 2 && nameParts(e).first === word);
	return found.length === 1 ? [found[0]!.i] : [];
}

/** Two or more named people go by this first name. */
function sharedFirstName(entities: Entity[], word: string): boolean {
	return (
		entities.filter(
			(e) => e.kind === 'person' && e.named && e.tokens.length >= 2 && nameParts(e).first === word
		).length >= 2
	);
}

/**
 * "in Marlow, refugees from …": a lone word after a preposition of place is where, not who, whatever is set off after
 * it; so is one after a determiner ("one Buffalo, New York Common Council member, David Franczyk": the city, and the
 * state set off after it), as no surname is counted or pointed at.
 */
const PLACE_BEFORE = /\b(?:in|near|outside|across|throughout|a|an|one|the|each|every|another)\s+$/i;

/** Words that open a place's name and never a person's: "Fort Pierce", "Port Talbot", "Mount Vernon". */
const SETTLEMENT_HEADS = new Set(['Fort', 'Port', 'Mount', 'Cape']);
/**
 * "Fort Pierce": a settlement word opening two or more capitalised words names a place, whatever follows it. So
 * does a place of two or more words ("New Hampshire said", "a North Dakota Democrat", "West Virginia Public Radio"):
 * no person's name opens on one.
 */
const namesSettlement = (tokens: Token[]) =>
	tokens.length >= 2 &&
	(SETTLEMENT_HEADS.has(tokens[0]!.text) ||
		tokens.some((_, i) => i > 0 && isPlaceWord(lowerText(tokens.slice(0, i + 1)).join(' '))));

/** Levenshtein distance, stopping early: only 0, 1, 2 and "more" matter here. */
export function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 2) return 3;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row.push(
				Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
			);
		previous = row;
	}
	return previous[b.length]!;
}

/** "De la Cruz" opening a sentence for Ana de la Cruz: the surname with its particles, the first capitalised. */
function endsNameOf(name: readonly string[], words: readonly string[]): boolean {
	if (words.length >= name.length) return false;
	const tail = name.slice(name.length - words.length);
	return tail.every((w, k) => w === words[k] || (k === 0 && w === words[k]!.toLowerCase()));
}

/** People a name refers to: the full name, the surname ("Gabuev"), or the first of a surname-first name ("Xi"). */
function findPerson(entities: Entity[], tokens: Token[]): number[] {
	const words = withoutSuffix(tokens.filter((t) => !isInitial(t)).map((t) => t.text));
	if (!words.length) return [];
	// "Al-Zawahiri said" opening a sentence is the "al-Zawahiri" named mid-sentence: its particle is capitalised
	// only because it opens the sentence.
	const lowered = /^(?:Al|El)-\p{Lu}/u.test(words[0]!)
		? words[0]!.charAt(0).toLowerCase() + words[0]!.slice(1)
		: '';
	if (words.length === 1 && lowered) {
		const own = findPerson(entities, [{ ...tokens[tokens.length - 1]!, text: lowered }]);
		if (own.length) return own;
	}
	// Every capitalised word of a long article is looked up: people are indexed by the words that name them.
	const candidates = indexOf(entities).get(words[words.length - 1]!) ?? [];
	const found: number[] = [];
	// A word inside a longer name names its holder only when no one is called by it outright: "Michael Dranove" is
	// Michael Dranove, not a "Michael Dranove Obama" the copy ran into the next sentence.
	const byMiddle: number[] = [];
	for (const i of candidates) {
		const e = entities[i]!;
		const { first, surname, bare, surnameFirst, middle } = nameParts(e);
		const last = words[words.length - 1];
		if (words.length === 1) {
			const w = words[0];
			if (w === surname || w === bare || (surnameFirst && w === first) || e.aliases?.includes(w!))
				found.push(i);
			else if (middle.includes(w!)) byMiddle.push(i);
		} else if (
			(words[0] === first || e.aliases?.includes(words[0]!)) &&
			(last === surname || last === bare) &&
			sameSuffix(e.tokens, tokens)
		)
			found.push(i);
		// "Álvaro Uribe" for Álvaro Uribe Vélez: the mother's surname is often left off.
		else if (words.length === 2 && words[0] === first && middle.includes(last!)) byMiddle.push(i);
		// "Lula da Silva", "Hirsi Ali", "Fogh Rasmussen": the name's last words without a first name of their own.
		else if (
			(PARTICLES.has(words[0]!.toLowerCase()) || !isFirstName(words[0]!)) &&
			endsNameOf(e.tokens, words)
		)
			found.push(i);
	}
	return (found.length ? found : byMiddle).sort((a, b) => a - b);
}

interface PersonIndex {
	byWord: Map<string, number[]>;
	/** Entities indexed so far: the table only grows (a new alias drops the index, see addAlias). */
	seen: number;
}

function addAlias(entities: Entity[], e: Entity, word: string): void {
	e.aliases = [...(e.aliases ?? []), word];
	indexes.delete(entities);
}
const indexes = new WeakMap<Entity[], PersonIndex>();

/** Named people by surname, surname-first given name and alias, brought up to date with the table. */
function indexOf(entities: Entity[]): Map<string, number[]> {
	let index = indexes.get(entities);
	if (!index) {
		index = { byWord: new Map(), seen: 0 };
		indexes.set(entities, index);
	}
	for (; index.seen < entities.length; index.seen++) {
		const e = entities[index.seen]!;
		if (e.kind !== 'person' || !e.named) continue;
		const { first, surname, bare, surnameFirst, middle } = nameParts(e);
		const keys = new Set([surname, bare, surnameFirst ? first : undefined, ...middle, ...(e.aliases ?? [])]);
		for (const key of keys) {
			if (!key) continue;
			const list = index.byWord.get(key) ?? [];
			list.push(index.seen);
			index.byWord.set(key, list);
		}
	}
	return index.byWord;
}

/**
 * "Joseph R. Biden Jr." is "Mr. Biden" and "Biden": the name without its suffix, unless nothing but a first name is
 * left ("Donald Jr." is called by both words).
 */
function withoutSuffix(words: string[]): string[] {
	const kept = words.filter((w, i) => i === 0 || !SUFFIX.test(w));
	return kept.length >= 2 ? kept : words;
}

/** "Duncan Roe Sr." beside "Duncan Roe", "Ada Roe Jr." beside "Ada Roe III": a father and a son in full are two people. */
function sameSuffix(name: string[], tokens: Token[]): boolean {
	const suffix = (w: string | undefined) => (w !== undefined && SUFFIX.test(w) ? w : '');
	return suffix(name.at(-1)) === suffix(tokens.at(-1)?.text);
}

/** A person's name read once: every capitalised word of a long article is looked up against it. */
const partsOf = new WeakMap<
	Entity,
	{ first?: string; surname?: string; bare?: string; surnameFirst: boolean; middle: string[] }
>();
function nameParts(e: Entity) {
	let parts = partsOf.get(e);
	if (!parts) {
		const words = withoutSuffix(e.tokens.filter((w) => !/^\p{Lu}$/u.test(w)));
		parts = {
			first: words[0],
			surname: words[words.length - 1],
			// "Nouri al-Maliki" is "Maliki" too: the article joined to a surname is often left out.
			bare: /^(?:al|el|Al|El)-(\p{Lu}[\p{L}'’-]+)$/u.exec(words[words.length - 1] ?? '')?.[1],
			// "Xi Jinping" is "Mr. Xi", "Goh Chok Tong" is "Goh": a name of two or three words whose first word is no
			// first name may be surname-first, its given name then one word or two.
			surnameFirst: (words.length === 2 || words.length === 3) && !isFirstName(words[0]!),
			// "Lula" for Luiz Inácio Lula da Silva, "Uribe" for Álvaro Uribe Vélez: a name of three words or more may be
			// called by a word between its first and its last; right after the first name only a word that is no first
			// name of its own ("Lou" of Mary Lou Benotto is a second given name).
			middle:
				words.filter((w) => !INNER_PARTICLES.has(w)).length >= 3
					? words.slice(1, -1).filter((w, k) => /^\p{Lu}/u.test(w) && (k > 0 || !isFirstName(w)))
					: []
		};
		partsOf.set(e, parts);
	}
	return parts;
}
