/**
 * What a name names, read from its own words, for a blanked name's choices: a person, a body (a party's committee,
 * a company, a court), a group of people ("Democrats", "Hispanics"), a place. The people table may hold "Wall
 * Street" or "Judicial Watch" as a person; offered beside "Hillary Clinton" the slot's sense rules them out, and
 * "America" beside "the United States" names the key twice. The people table's own word lists serve attribution
 * (who speaks); these say how a choice reads to a student, and grow with what the choices showed.
 */
import { isFirstName, isPlaceWord, lexiconTags } from './lexicon';

export type NameKind = 'person' | 'body' | 'outlet' | 'group' | 'place' | 'venue';

/** Words that make a name a body's, wherever they stand in it ("Widmeyer Communications", "the Boy Scouts"). */
const BODY_WORDS = new Set(
	(
		'ministry department council committee commission agency bank company corporation corp inc ltd llc plc group ' +
		'university college school institute foundation association federation league club party court parliament ' +
		'congress senate assembly office board authority service services police army navy pentagon kremlin house ' +
		'times post journal news press union trust fund network society organization organisation alliance ' +
		'coalition center centre academy administration bureau cabinet government airlines communications ' +
		'international watch scouts institution caucus campaign magazine newspaper radio report'
	).split(' ')
);

/**
 * The last word of a newspaper's, a magazine's or a news channel's name ("the Washington Post", "USA Today", "the
 * Australian Newspaper", "Fox News"): a publication reports on parties, courts and armies and is none of them, so
 * beside "the Republican Party" or "the Army" a reader strikes it out on sight. The word must end the name: "News
 * Corporation" and "Post Office" are bodies.
 */
const OUTLET_LAST_WORDS = new Set(
	'times post journal herald tribune gazette telegraph chronicle observer magazine newspaper today news'.split(
		' '
	)
);

/**
 * Words that make a name a building's or a site's, where things happen: "the Ford Museum", "Mercy General
 * Hospital". Beside bodies ("the State Police", "the Senate") a reader picks the one place as the key, and beside a
 * venue a body stands out the same way. A body's word in the name wins ("the Museum Workers Union").
 */
const VENUE_WORDS = new Set(
	(
		'museum gallery stadium arena airport cathedral church mosque temple synagogue palace hotel prison jail ' +
		'theatre theater library zoo hospital'
	).split(' ')
);

/** Words that make a name a place's: "Wall Street", "Times Square", "Capitol Hill". */
const PLACE_WORDS = new Set('street avenue square road boulevard hill valley island county'.split(' '));

/**
 * "St. Petersburg", "St. Louis", "Saint Helena": a name that opens on a saint's title is a city's, a church's or a
 * school's, never a person's; a person carries it only inside a surname ("Ian St. John").
 */
const SAINTS_PLACE = /^(?:St\.?|Saint)\s+\p{Lu}/u;

/** Members of a party or a people, one word each: "Democrats", "Vermont Republicans", "Hispanics". */
const MEMBERS =
	/^(?:Democrats|Republicans|Conservatives|Liberals|Independents|Libertarians|Progressives|Evangelicals|Hispanics|Latinos|Latinas|Muslims|Christians|Jews|Catholics|Americans)$/;

const bare = (name: string) =>
	name
		.trim()
		.replace(/^the\s+/i, '')
		.replace(/['’]s$/, '');

/**
 * The kind a name's words say it names; undefined when they say nothing sure (a surname alone, "Trump"). A
 * publication's word ending it makes an outlet ("Today" only after more words), a word of a body in it makes a body
 * ("Mondelez International"), a street's word a place, a people's plural a group; a first name before more makes a
 * person.
 */
export function nameKind(name: string): NameKind | undefined {
	const words = bare(name).split(/\s+/);
	const lower = words.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
	const last = lower.at(-1)!;
	if (OUTLET_LAST_WORDS.has(last) && (last !== 'today' || words.length > 1)) return 'outlet';
	if (lower.some((w) => BODY_WORDS.has(w))) return 'body';
	if (lower.some((w) => VENUE_WORDS.has(w))) return 'venue';
	if (lower.some((w) => PLACE_WORDS.has(w))) return 'place';
	if (SAINTS_PLACE.test(bare(name))) return 'place';
	if (MEMBERS.test(words.at(-1)!)) return 'group';
	if (words.length > 1 && isFirstName(words[0]!)) return 'person';
	return isPlaceWord(bare(name)) ? 'place' : undefined;
}

/**
 * Two names whose kinds are both known and differ: "Wall Street" is no choice beside "Hillary Clinton". A group
 * of people is told from any other name by its plural ("_____ are in a frenzy"), so beside one, a name of no
 * known kind ("the FBI") differs too.
 */
export function kindsDiffer(a: string, b: string): boolean {
	const x = nameKind(a);
	const y = nameKind(b);
	if (x === 'group' || y === 'group') return x !== y;
	return x !== undefined && y !== undefined && x !== y;
}

/** The names a country goes by in news, each set one country. */
const COUNTRY_NAMES: readonly (readonly string[])[] = [
	['united states', 'united states of america', 'america', 'us', 'usa', 'the states'],
	['united kingdom', 'britain', 'great britain', 'uk'],
	['russia', 'russian federation'],
	['netherlands', 'holland'],
	['south korea', 'republic of korea'],
	['north korea', 'dprk'],
	['united arab emirates', 'uae'],
	['european union', 'eu']
];

/** A name as its words: lower-cased, without "the", a possessive or the periods of "U.N.". */
const plain = (name: string) => bare(name).toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');

const contentWords = (name: string) =>
	plain(name)
		.split(' ')
		.filter((w) => !/^(?:of|for|and|the|on|in|&)$/.test(w));

/** An acronym, with or without its periods: "UN", "U.N.", "FBI". */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/**
 * The initials of a name's capitalised words, an acronym in it standing for its letters: "UNSC" for "United
 * Nations Security Council" and for "U.N. Security Council", "FBI" for "Federal Bureau of Investigation".
 */
const initialsOf = (name: string) =>
	bare(name)
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Of|For|And|The)$/.test(w))
		.map((w) => (ACRONYM.test(w) ? w.replace(/\./g, '') : w.charAt(0)))
		.join('');

/** A chamber of a legislature: "the House of Commons", "the Australian Senate", "the lower house". */
const CHAMBER =
	/^(?:\p{L}+ )?(?:house of (?:commons|lords|representatives|assembly)|senate|(?:upper|lower) house)$/u;
/** A legislature whole: "the Parliament of Canada", "Congress", "the State Legislature"; not "African National Congress". */
const LEGISLATURE = /^(?:\p{L}+ )?(?:parliament|congress|legislature)(?: of [\p{L} ]+)?$/u;

/**
 * "put a lock on the door of the House of Commons" and "… of the Parliament of Canada": a chamber and the legislature
 * it sits in are each true of what is done to the other, so beside each other as choices both fit the blank.
 */
function chamberAndWhole(chamber: string, whole: string): boolean {
	return CHAMBER.test(chamber) && LEGISLATURE.test(whole);
}

/**
 * One name is another name of the other: "America" for "the United States", "the U.N. Security Council" for "UN
 * Security Council", "Department of State" for "State Department", "FBI" for "Federal Bureau of Investigation",
 * "Donald J. Trump" for "Donald Trump". As a wrong choice it is the key again; beside another choice, both are
 * ruled out together.
 */
export function anotherNameFor(a: string, b: string): boolean {
	const x = plain(a);
	const y = plain(b);
	if (x === '' || y === '') return false;
	if (x === y) return true;
	if (COUNTRY_NAMES.some((names) => names.includes(x) && names.includes(y))) return true;
	if (chamberAndWhole(x, y) || chamberAndWhole(y, x)) return true;
	const [wx, wy] = [contentWords(a), contentWords(b)];
	if (wx.length > 1 && wx.length === wy.length && wx.every((w) => wy.includes(w))) return true;
	// Only where one of them writes an acronym: "Dana Thomas" and "Don Tate" share initials and nothing else.
	const abbreviated = [a, b].some((n) =>
		bare(n)
			.split(/\s+/)
			.some((w) => ACRONYM.test(w))
	);
	if (abbreviated && initialsOf(a).length > 1 && initialsOf(a) === initialsOf(b)) return true;
	// "Donald J. Trump" and "Donald Trump": the same words but a middle initial.
	const named = (words: string[]) => words.filter((w) => !/^\p{L}$/u.test(w));
	const [nx, ny] = [named(x.split(' ')), named(y.split(' '))];
	// "George W. Bush" and "George P. Bush" are two people: an initial against none only.
	const oneInitialled = nx.length < x.split(' ').length !== ny.length < y.split(' ').length;
	return oneInitialled && nx.length > 1 && nx.join(' ') === ny.join(' ');
}

/** A party's member, one word: "Democrat Clinton" is a name with a label stuck to it. */
const PARTY_MEMBER = /^(?:Democrat|Republican|Independent|Libertarian|Conservative|Liberal|Progressive)$/;

/** A generational suffix, never a surname of its own: "Jr.", "III". */
export const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * A person's name written as a name, not a piece of one or a phrase the people table took in: not cut short
 * ("Alicia M"), not a suffix ("Jr."), not opened by a verb's "-ing" form ("Painting Trump") or by a word before the
 * first name ("Democrat Clinton", "Vermonter Bernie Sanders", "Imagine Brad Thor"). Such a choice stands out by its
 * form.
 */
export function writtenAsName(name: string): boolean {
	const words = bare(name).split(/\s+/);
	if (words.length === 1) return !SUFFIX.test(words[0]!);
	if (/^\p{Lu}$/u.test(words.at(-1)!)) return false;
	const first = words[0]!;
	if (isFirstName(first)) return true;
	if (PARTY_MEMBER.test(first)) return false;
	// "Rush" is a verb and a first name the lexicon does not know; an "-ing" form names nobody.
	if (lexiconTags(first).includes('Gerund')) return false;
	return !(words.length > 2 && isFirstName(words[1]!) && !/\.$/.test(first));
}

/** A party's adjective, which the lexicon does not all know: "Democratic", "Republican". */
const PARTY_ADJECTIVE = /^(?:Democratic|Republican|Conservative|Liberal|Progressive|Libertarian|Socialist)$/;

/**
 * A body's name written as one: not a lone adjective ("Democratic", left of "Democratic Party") and not a person's
 * name with a title run into it ("Senate Minority Whip Richard J. Durbin of Illinois").
 */
export function writtenAsBody(name: string): boolean {
	const words = bare(name).split(/\s+/);
	if (words.length === 1) {
		const tags = lexiconTags(words[0]!);
		if (PARTY_ADJECTIVE.test(words[0]!)) return false;
		return !(tags.length > 0 && tags.every((t) => t === 'Adjective'));
	}
	return !words.some((w, i) => i > 0 && isFirstName(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
}

/** Words before a blanked person that make the slot a race for office: "vote for _____", "I can beat _____". */
const RACE_BEFORE =
	/\b(?:vote|votes|voting|voted)\s+for\s+(?:none other than\s+)?$|\b(?:can|could|will|would)\s+(?:beat|defeat)\s+$/i;
/** Words after it that do: "if _____ is elected", "_____ wins Iowa", "_____ is our next president". */
const RACE_AFTER =
	/^\s+(?:is|was|gets|got|were|be)\s+(?:re-?)?elected\b|^\s+wins?\s+(?:the\s+)?(?:nomination|election|primary|primaries|caucus(?:es)?|\p{Lu})|^\s+is\s+(?:our|the)\s+next\s+president\b/u;

/** The slot is a race for office: only someone running or in office makes sense in it. */
export function raceSlot(before: string, after: string): boolean {
	return RACE_BEFORE.test(before) || RACE_AFTER.test(after);
}

/** A role of someone in office or running for it ("Senator of Arizona", "the Republican nominee"). */
const OFFICE =
	/\b(?:(?:president|presidential|senator|governor|candidate|nominee|congress(?:man|woman)|representative|mayor|contender|hopeful|running mate|speaker|prime minister)\b|(?:sen|gov|rep)\.)/i;
/**
 * …and not someone who works for one ("a presidential adviser", "the senator's spokesman"), nor the head of a body
 * ("president of the teachers' union", "NEA President").
 */
const STAFF =
	/\bpresident\s+of\s+(?!(?:the\s+)?United\s+States)|\b(?:advis[eo]r|aide|spokes(?:man|woman|person)|staff(?:er)?|strategist|pollster|analyst|manager|director|chief of staff|secretary|consultant|surrogate|donor)\b/i;

/** A body's acronym before its head's title: "NEA President", "UC-AFT President" (not "U.S. President"). */
const BODY_HEAD = /\b(?!US\b)[A-Z][A-Z-]{1,8}\s+[Pp]resident\b/;

/**
 * The role says its holder is in office or running for it, not on someone's staff. In a race's slot a pundit, an
 * aide or a donor beside a candidate is crossed out by sense ("if _____ is elected": a climate scientist).
 */
export function inTheRace(role: string): boolean {
	return OFFICE.test(role) && !STAFF.test(role) && !BODY_HEAD.test(role);
}
