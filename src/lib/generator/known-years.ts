/**
 * Years a student knows without the article, as a registry: each entry names a kind of event whose year is general
 * knowledge, the years it fell in, and the words that say a sentence is about it. A blank for such a year is
 * answered from memory ("Support for the alliance has held since its founding in _____", "the Iraq invasion in
 * _____"), or picked out by form: among 2011, 2012, 2013 and 2014, "the _____ presidential election" can only be
 * 2012. Blind reviewers marked every such question a giveaway. Each entry has its own rows in known-years.test.ts.
 */
export interface KnownYear {
	/** The years the event fell in. */
	years: (year: number) => boolean;
	/** Words of a sentence about the event. */
	words: RegExp;
	/** Words that say the sentence is about something else of the same words (a state senate race, not the nation's). */
	not?: RegExp;
	/** The day of an event that fell on one day, which fences the date choices of any sentence naming it. */
	day?: string;
	/**
	 * The first and last year of an era a student places by its decade, though not by its year: disco, the oil
	 * shocks, the Khmer Rouge's rule. A decade it falls in is known ("_____ disco" is the 1970s), a year in it is not.
	 */
	era?: readonly [number, number];
}

const oneOf =
	(...years: number[]) =>
	(year: number) =>
		years.includes(year);

export const KNOWN_YEARS = {
	/**
	 * A US presidential election year, told by its campaign's words. A state or city race runs on a cycle of its
	 * own, which nobody knows by heart.
	 */
	presidentialElection: {
		years: (year) => year % 4 === 0 && year >= 1788,
		words:
			/\b(?:presidential|White House|nominee|nomination|nominating|primar(?:y|ies)|caucus(?:es)?|running mate|elections?|election cycle|re-?election|campaign|ran (?:for|against)|run(?:s|ning)? for (?:the )?presiden(?:t|cy)|rival|debated?|voters?|ballots?|electorate|turnout)\b/i,
		not: /\b(?:state (?:senate|house|assembly|legislature)|legislative|mayor(?:al)?|city council|gubernatorial|governor(?:'s|’s)? race|midterms?|school board|parliament(?:ary)?|prime minister)\b/i
	},
	worldWarOne: {
		years: oneOf(1914, 1918),
		words: /\b(?:World War (?:I|1|One)\b(?!I)|First World War|Great War)/i
	},
	worldWarTwo: {
		years: oneOf(1939, 1941, 1945),
		words:
			/\b(?:World War (?:II|2|Two)|Second World War|Pearl Harbor|Nazi Germany|Hiroshima|Holocaust|Japan(?:ese)? (?:surrender|colonial rule|rule|occupation))\b/i
	},
	unitedNations: { years: oneOf(1945), words: /\bUnited Nations\b|\bU\.?N\.?\b[^.]*\bfound/ },
	nato: { years: oneOf(1949), words: /\bNATO\b|\bNorth Atlantic Treaty\b/ },
	kennedyAssassination: { years: oneOf(1963), words: /\bKennedy\b[^.]*\b(?:assassinat|shot|killed)/i },
	moonLanding: {
		years: oneOf(1969),
		words: /\bApollo 11\b|\b(?:landed|landing|walked) on the moon\b|\bmoon landing\b/i
	},
	watergate: { years: oneOf(1972, 1974), words: /\bWatergate\b/ },
	berlinWall: { years: oneOf(1961, 1989), words: /\bBerlin Wall\b/i },
	/**
	 * The Soviet Union ended in 1991, so a span of its rule or its leaders ends there too: "Gorbachev, leader of the
	 * Soviet Union from 1985 to _____", "the last Soviet president until _____". Its end told as a noun before the
	 * Union ("the downturn that followed the collapse of the Soviet Union in _____") is the same year.
	 */
	sovietCollapse: {
		years: oneOf(1991),
		words:
			/\b(?:Soviet Union|USSR|Soviet)\b[^.]*\b(?:collaps|fell|fall|dissol|break-?up|broke up)|\b(?:collapse|fall|dissolution|break-?up|breakup|demise) of the (?:former )?(?:Soviet Union|USSR)\b|\b(?:(?:leader|president|head|ruler|premier|general secretary) of the (?:former )?(?:Soviet Union|USSR)|(?:last )?Soviet (?:leader|president|premier))\b[^.]*\b(?:to|until|till|through)\s+1991\b/i
	},
	septemberEleventh: {
		years: oneOf(2001),
		day: '2001-09-11',
		words: /\b(?:9\/11|Sept(?:ember|\.)? 11(?:th)?|Twin Towers|World Trade Center)\b/i
	},
	/** Begun on March 20, 2003: "the US-led invasion of Iraq in March 2003" is as well known as its year. */
	iraqWar: {
		years: oneOf(2003),
		day: '2003-03-20',
		words:
			/\b(?:invasion of Iraq|invaded Iraq|Iraq (?:War|invasion)|war in Iraq)\b|\bIraq\b[^.]*\b(?:invasion|invade)/i
	},
	/**
	 * Begun in October 2001 and known by that year: "fled Afghanistan after the U.S.-led invasion of that country in
	 * _____", "died in Afghanistan since _____", "head of state of the Islamic Emirate of Afghanistan from 1996 to _____".
	 */
	afghanWar: {
		years: oneOf(2001),
		words:
			/\bAfghan(?:istan)?\b[^.]*\b(?:invasion|invaded?|war|(?:air)?strikes?|Taliban|Emirate|troops|soldiers|personnel|mission)\b|\b(?:invasion|invaded?|war|(?:air)?strikes?|Taliban|Emirate|troops|soldiers|personnel)\b[^.]*\bAfghan(?:istan)?\b/i
	},
	hurricaneKatrina: { years: oneOf(2005), words: /\bKatrina\b/ },
	kyotoProtocol: { years: oneOf(1997), words: /\bKyoto\s+(?:Protocol|treaty|accord|agreement)\b/i },
	londonBombings: {
		years: oneOf(2005),
		day: '2005-07-07',
		words:
			/\b7\/7\b|\bLondon(?:['’]s)? (?:bombings|attacks|(?:Underground|tube|transport) (?:bombings|attacks))\b|\b(?:bombings|attacks) (?:in|on) London\b/i
	},
	/** Benazir Bhutto, killed on December 27, 2007. */
	bhuttoAssassination: {
		years: oneOf(2007),
		day: '2007-12-27',
		words:
			/\bBhutto\b[^.]*\b(?:assassinat|killed|murder)|\b(?:assassinat|killing|murder)\w*\s+of\s+(?:\p{L}+\s+)*Bhutto\b/iu
	},
	/** The Indian Ocean earthquake and tsunami of December 26, 2004 (the "Boxing Day tsunami"). */
	indianOceanTsunami: {
		years: oneOf(2004),
		day: '2004-12-26',
		words:
			/\b(?:Indian Ocean|Asian|Boxing Day)\s+(?:earthquake and\s+)?tsunami\b|\b(?:(?:December 26|26 December)(?:,?\s+2004)?|2004)\s+tsunami\b/i
	},
	/** The Deepwater Horizon rig's explosion of April 20, 2010, which began the Gulf of Mexico oil spill. */
	deepwaterHorizon: {
		years: oneOf(2010),
		day: '2010-04-20',
		words: /\bDeepwater Horizon\b/i
	},
	/** The Madrid train bombings of March 11, 2004. */
	madridBombings: {
		years: oneOf(2004),
		day: '2004-03-11',
		words:
			/\bMadrid(?:['’]s)? (?:train |commuter train )?(?:bombings|attacks)\b|\b(?:bombings|attacks) (?:in|on) Madrid\b/i
	},
	/** Named, or told as the economy's or the markets' collapse ("debt that in 2008 put the economy on the edge of collapse"). */
	financialCrisis: {
		years: oneOf(2008),
		words:
			/\b(?:financial crisis|Great Recession|Lehman Brothers|housing crash|credit crunch|(?:financial|economic) (?:collapse|meltdown))\b|\b(?:economy|markets?|banks|Wall Street)\b[^.]*\b(?:collaps|meltdown)/i
	},
	benghaziAttack: { years: oneOf(2012), words: /\bBenghazi\b/ },
	/** Obama's first win and his taking office: "when Obama took office in 2009", "after Obama's Iowa victory". */
	obamaFirstTerm: {
		years: oneOf(2008, 2009),
		words:
			/\bObama\b[^.]*\b(?:took office|took the oath|inaugurat\w*|sworn in|came (?:in)?to office|victory|won|elected)\b|\b(?:took office|inaugurat\w*|sworn in)\b[^.]*\bObama\b/i
	},
	/**
	 * Hillary Clinton's terms as told by their span ("headed the State Department from 2009 to 2013", "her first
	 * year at the State Department"): the Senate from 2001, the State Department from 2009 to 2013. Anything else
	 * she did in those years is the article's fact.
	 */
	clintonTerms: {
		years: oneOf(2001, 2009, 2013),
		words:
			/\b(?:Clinton|former first lady)\b[^.]*\b(?:State Department|secretary of state|Senate)\s+(?:from|between)\s+(?:2001|2009)\b|\bfirst year (?:at|in) the (?:State Department|Senate)\b/i,
		not: /\b(?:Bill|President|former President) Clinton\b/
	},
	binLaden: {
		years: oneOf(2011),
		words: /\bbin Laden\b[^.]*\b(?:raid|killed|death|killing)|\b(?:raid|killed|killing)\b[^.]*\bbin Laden\b/i
	},
	crimea: { years: oneOf(2014), words: /\bCrimea\b/ },
	koreanWar: { years: oneOf(1950, 1953), words: /\bKorean War\b/i },
	cubanMissileCrisis: { years: oneOf(1962), words: /\bCuban Missile Crisis\b/i },
	sixDayWar: { years: oneOf(1967), words: /\bSix[- ]Day War\b/i },
	/** Ended with the fall of Saigon in 1975; its decades, the 1960s and 1970s, are as well known. */
	vietnamWar: { years: oneOf(1975), era: [1964, 1975], words: /\bVietnam War\b|\bwar in Vietnam\b/i },
	/** The oil shocks of 1973 and 1979: "the _____ oil crisis", "the energy crisis of the _____". */
	oilShocks: {
		years: oneOf(1973, 1979),
		era: [1973, 1979],
		words: /\b(?:oil|energy) (?:shocks?|cris[ie]s|embargo)\b|\bOPEC embargo\b/i
	},
	iranianRevolution: { years: oneOf(1979), words: /\b(?:Iranian|Islamic) Revolution\b/i },
	khmerRouge: {
		years: oneOf(1975),
		era: [1975, 1979],
		words: /\bKhmer Rouge\b[^.]*\b(?:regime|rule|power|took|terror|killing|genocide)/i
	},
	disco: { years: () => false, era: [1974, 1979], words: /\bdisco\b/i },
	falklandsWar: {
		years: oneOf(1982),
		words: /\bFalklands? (?:War|conflict)\b|\bwar (?:over|in) the Falklands\b/i
	},
	chernobyl: { years: oneOf(1986), words: /\bChernobyl\b/i },
	tiananmen: {
		years: oneOf(1989),
		words:
			/\bTiananmen\b[^.]*\b(?:crackdown|massacre|protests?|protesters|demonstrat\w*|students?|killings?)\b|\b(?:crackdown|massacre|protests?|demonstrations?)\b[^.]*\bTiananmen\b/i
	},
	/** Iraq's invasion of Kuwait in August 1990 and the war of 1991 that ended it. */
	gulfWar: {
		years: oneOf(1990, 1991),
		words: /\b(?:first |1991 )?(?:Persian )?Gulf War\b|\bDesert Storm\b|\binva\w+ (?:of )?Kuwait\b/i
	},
	/** Mandela's release in 1990 and the end of apartheid with the first free elections, in 1994. */
	apartheidEnd: {
		years: oneOf(1990, 1994),
		words:
			/\b(?:end|fall|collapse|abolition) of apartheid\b|\bapartheid (?:ended|fell|collapsed|was abolished)\b|\bMandela\b[^.]*\b(?:released|freed|elected|became president|took office|inaugurat\w*)|\bfirst (?:democratic|multiracial|multi-racial|all-race) elections?\b[^.]*\bSouth Africa|\bSouth Africa\w*\b[^.]*\bfirst (?:democratic|multiracial|multi-racial|all-race) elections?\b/i
	},
	rwandanGenocide: {
		years: oneOf(1994),
		words: /\bRwand\w*\b[^.]*\bgenocide\b|\bgenocide\b[^.]*\bRwand\w*/i
	},
	srebrenica: { years: oneOf(1995), words: /\bSrebrenica\b/i },
	hongKongHandover: {
		years: oneOf(1997),
		words:
			/\bHong Kong\b[^.]*\b(?:handover|hand-over|returned to (?:China|Chinese rule)|return to (?:China|Chinese rule))|\b(?:handover|hand-over) of Hong Kong\b/i
	},
	dianaDeath: {
		years: oneOf(1997),
		words: /\b(?:Princess )?Diana\b[^.]*\b(?:death|died|killed|car crash|funeral)\b/i
	},
	/** The two Bali bombings, of 2002 and 2005. */
	baliBombings: { years: oneOf(2002, 2005), words: /\bBali\b[^.]*\bbomb\w*/i },
	brexit: { years: oneOf(2016), words: /\bBrexit\b|\bvoted to leave the (?:EU|European Union)\b/i }
} satisfies Record<string, KnownYear>;

/**
 * A sentence with the dots of its initials dropped ("U.S.-led" → "US-led"), so words of an event read across them:
 * the registry's words keep to one sentence by stopping at a period.
 */
const undotted = (sentence: string) => sentence.replace(/\b(\p{Lu})\./gu, '$1');

/**
 * The events a sentence names, its initials' dots dropped ("U.S.-led invasion"). A date's blank asks of its
 * sentence up to five times in a row (`knownYear`, `knownDecade`, `knownDay`), each a test of every event's words,
 * so the last sentence's events are kept; the list is shared and never changed.
 */
function eventsNamed(sentence: string): readonly KnownYear[] {
	if (sentence !== lastNamed.sentence) {
		const plain = undotted(sentence);
		lastNamed = {
			sentence,
			events: Object.values(KNOWN_YEARS).filter((k: KnownYear) => k.words.test(plain) && !k.not?.test(plain))
		};
	}
	return lastNamed.events;
}
let lastNamed: { sentence?: string; events: readonly KnownYear[] } = { events: [] };

/**
 * The days of the one-day events a sentence names ("as it did after September 11"): a reader knows on which side
 * of them a date of the sentence falls.
 */
export function namedEventDays(sentence: string): string[] {
	return eventsNamed(sentence).flatMap((k) => (k.day ? [k.day] : []));
}

/** The year a blank stands for is general knowledge in the sentence it is blanked in. */
export function knownYear(year: number, sentence: string): boolean {
	return eventsNamed(sentence).some((k) => k.years(year));
}

/**
 * "the mastermind of the _____ 9/11 attack" keyed "2003": a year set right before the name of an event whose year is
 * known and is another (a one-day event's) is the article's slip, and a question on it would teach the slip.
 */
export function misdatedEvent(year: number, after: string): boolean {
	const name = after.trim().split(/\s+/).slice(0, 3).join(' ');
	// Only a one-day event: a cycle's ("the 2005 election") or an era's year may be any of many.
	return name !== '' && eventsNamed(name).some((k) => k.day !== undefined && !k.years(year));
}

/**
 * "the Khmer Rouge regime which terrorised Cambodia in _____", "the _____ oil shocks", "when disco ruled the
 * _____": a decade that holds a known year or an era of an event its sentence names is general knowledge, as
 * the year is; among four decades in a row the event picks it out. A presidential election falls in every
 * decade, so it tells none.
 */
export function knownDecade(core: string, sentence: string): boolean {
	const start = Number(/\b((?:1[89]|20)\d0)['’]?s\b/.exec(core)?.[1]);
	if (!start) return false;
	const decade = Array.from({ length: 10 }, (_, i) => start + i);
	return eventsNamed(sentence).some(
		(k: KnownYear) =>
			k !== KNOWN_YEARS.presidentialElection &&
			(decade.some((y) => k.years(y)) || (k.era !== undefined && k.era[0] < start + 10 && k.era[1] >= start))
	);
}

/**
 * "which marks the _____ anniversary of the end of World War I" in a 2005 article: an event whose year a student
 * knows, counted to the article's year, gives the ordinal without the article.
 */
export function knownAnniversary(n: number, after: string, sentence: string, articleDate = ''): boolean {
	const year = Number(/^\d{4}/.exec(articleDate)?.[0]);
	if (!Number.isInteger(n) || !year || !/^\s*anniversary\b/i.test(after)) return false;
	return knownYear(year - n, sentence);
}

/**
 * "The Iraq War has been ongoing since _____" (March 20, 2003), "_____ Bhutto was assassinated" (two weeks before a
 * January 2008 article): the day of a one-day event the sentence names, or its month, is known as its year is.
 */
export function knownEventDay(value: string, sentence: string): boolean {
	if (!/^\d{4}-\d\d(?:-\d\d)?$/.test(value)) return false;
	return namedEventDays(sentence).some((day) => day.startsWith(value));
}

/**
 * US election day: the Tuesday after the first Monday of November. In a sentence of a presidential election ("the
 * Nov. 8 election", "voters head to the polls on _____") its date is as well known as its year.
 */
function electionDay(year: number): string {
	const firstMonday = 1 + ((8 - new Date(Date.UTC(year, 10, 1)).getUTCDay()) % 7);
	return `${year}-11-${String(firstMonday + 1).padStart(2, '0')}`;
}

/**
 * The attacks themselves: not their memorial or anniversary, held every year ("the Sept. 11 memorial service on
 * Sunday" is this year's), nor the attack in Benghazi on the same day of 2012.
 */
const SEPTEMBER_ELEVENTH_ATTACKS =
	/\b(?:terror(?:ist|ism)?|attacks?|tragedy|hijack(?:ers|ed|ings?)?|World Trade Center|Twin Towers)\b/i;

/**
 * "the _____ terrorist attacks", "the _____ memorial at Ground Zero": the day of the September 11 attacks, in any
 * year, in a sentence of the attacks or their memorial.
 */
const SEPTEMBER_ELEVENTH_WORDS = new RegExp(
	`${SEPTEMBER_ELEVENTH_ATTACKS.source}|\\b(?:Ground Zero|memorial|anniversary)\\b`,
	'i'
);

/** How near the article's date a bare "Sept. 11" must be to be read as that year's without the attacks named. */
const SEPTEMBER_ELEVENTH_NEAR_DAYS = 60;

/**
 * The day a bare "Sept. 11" (no year) stands for, given the day the calendar reading gave it: the day of the 2001
 * attacks in a sentence of them; otherwise the calendar's day only when it lies within two months of the article
 * ("the Sept. 11 filing deadline" in August). Far from it ("shocked after Sept. 11 when the spotlight turned on
 * Afghanistan", in March) the words may name the attacks with no word of them, so the day is left unresolved
 * rather than told as a September of the article's year.
 */
export function bareSeptemberEleventh(sentence: string, day: string, articleDay: string): string | undefined {
	if (
		SEPTEMBER_ELEVENTH_ATTACKS.test(sentence) &&
		!/\bBenghazi\b/i.test(sentence) &&
		articleDay > '2001-09-11'
	)
		return '2001-09-11';
	const apart = Math.abs(Date.parse(day) - Date.parse(articleDay)) / 86_400_000;
	return apart <= SEPTEMBER_ELEVENTH_NEAR_DAYS ? day : undefined;
}

/**
 * The day a blank stands for (YYYY-MM-DD) is a presidential election day, in a sentence of that election, or
 * September 11 in a sentence of the attacks. "The Nov. 8 election" written without its year (`core`, the words
 * blanked) may be read a year off ("by the time of the Nov. 8 election" in a spring article taken as the past
 * November); its month and day alone still name the election of a year beside it, which the student knows as well.
 * A weekday ("on Sunday") names no election by itself, so it is read in its own year only.
 */
export function knownDay(value: string, sentence: string, core = '', article = sentence): boolean {
	if (value.slice(4) === '-09-11' && SEPTEMBER_ELEVENTH_WORDS.test(sentence)) return true;
	if (knownEventDay(value, sentence)) return true;
	const read = Number(value.slice(0, 4));
	const years = /^(?:on\s+)?(?:November|Nov\.?)\s+\d{1,2}$/i.test(core.trim())
		? [read - 1, read, read + 1]
		: [read];
	const election: KnownYear = KNOWN_YEARS.presidentialElection;
	return (
		/^\d{4}-11-\d{2}$/.test(value) &&
		years.some((year) => election.years(year) && electionDay(year).slice(4) === value.slice(4)) &&
		election.words.test(article) &&
		!election.not?.test(sentence)
	);
}

/**
 * "as _____ nears", "their choice on _____" in a report of a presidential race: its readers know the day the race
 * ends, named ("Election Day") or dated, without the article. `article` is the text the words of the race are sought
 * in, where the sentence itself may not name it ("Most voters have made up their minds about Nov. 8").
 */
export function knownElectionDay(
	core: string,
	value: string | undefined,
	sentence: string,
	article: string
): boolean {
	const election = KNOWN_YEARS.presidentialElection;
	// The day's own name is no word of a race: "Election Day" is any election's.
	if (/^(?:(?:on|by|until|till|before|after|since)\s+)?election\s+day$/i.test(core.trim()))
		return election.words.test(article.replace(/\belection\s+day\b/gi, '')) && !election.not.test(sentence);
	return value !== undefined && knownDay(value, sentence, core, article);
}

/**
 * Seasons a student knows without the article, by the US campaign calendar: the party conventions fall in the summer
 * and the general election, its debates and its votes in the fall. "Trump will need his voters in _____" among the
 * four seasons is answered from the calendar, not from the article.
 */
export const KNOWN_SEASONS = {
	conventions: {
		season: /^summer$/,
		words:
			/\bconventions?\b[^.]*\b(?:delegates?|nominat\w*|party|Republican|Democratic|GOP)\b|\b(?:delegates?|nominat\w*|party|Republican|Democratic|GOP)\b[^.]*\bconventions?\b/i
	},
	generalElection: {
		season: /^(?:fall|autumn)$/,
		words:
			/\b(?:elect(?:ion|ions|oral)|vot(?:e|es|ers?|ing)|ballots?|ticket|nominee|White House|debates?|win|winning|won)\b/i
	}
} satisfies Record<string, { season: RegExp; words: RegExp }>;

/**
 * The general election's words: not "voting" ("a voting rights trial in November") nor a debate, which are held
 * before it.
 */
const ELECTION_MONTH_WORDS =
	/\b(?:elect(?:ion|ions|oral)|vot(?:e|es|ers?)|ballots?|ticket|nominee|White House|win|winning|won)\b/i;

/**
 * "Trump will win in _____", "those voters in _____": a US general election is held in November, so a blank for
 * the month alone in a sentence of the election is answered from the calendar; "a vote in November 2027" names a
 * year of its own and stays.
 */
export function knownMonth(core: string, sentence: string): boolean {
	if (!/^(?:in\s+|this\s+|next\s+|last\s+)?(?:November|Nov\.)$/i.test(core.trim())) return false;
	return !KNOWN_YEARS.presidentialElection.not.test(sentence) && ELECTION_MONTH_WORDS.test(sentence);
}

/** A season blanked bare ("the fall", "this summer") that the campaign calendar tells in its sentence. */
export function knownSeason(core: string, sentence: string): boolean {
	const season = /^(?:the\s+|this\s+|next\s+)?(summer|fall|autumn)$/i.exec(core.trim())?.[1]?.toLowerCase();
	if (!season || KNOWN_YEARS.presidentialElection.not.test(sentence)) return false;
	return Object.values(KNOWN_SEASONS).some((k) => k.season.test(season) && k.words.test(sentence));
}

/** Words naming a post before its holder's surname. */
const OFFICE_TITLE = String.raw`(?:President|Prime Minister|PM|Premier|Chancellor|Pope|Secretary-General|Secretary General)`;

/**
 * A head of state or government named as one: by first name and surname ("Tony Blair", "George H.W. Bush"), by
 * post and surname ("President Bush", "Prime Minister John Howard"), or by the government called after them ("the
 * Howard government", "the Reagan administration"). `names` lists the ways the person is written alone: in
 * full, or by a surname no one else of note bears ("Koizumi's annual habit").
 */
function holder(surname: string, ...names: string[]): { names: RegExp; surname: RegExp } {
	const full = names.length ? `(?:${names.join('|')})|` : '';
	return {
		names: new RegExp(
			String.raw`\b(?:${full}${OFFICE_TITLE}\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}${surname}|${surname}(?:['’]s)?\s+(?:administration|government|presidency|premiership|cabinet|regime|White House))\b`,
			'u'
		),
		// Every way of naming the holder contains the surname (each of `names` is written with it).
		surname: new RegExp(surname)
	};
}

/** No end yet: a term still running when the registry was written. */
const OPEN = 9999;

/**
 * The terms of the world's best-known heads of state and government, as general knowledge: a date the sentence
 * ties to one of them ("the Reagan administration's cut of military aid in _____", "Koizumi's annual habit, since
 * _____, of visiting the shrine") lies in the term, and a year choice outside it ("1980" under Reagan, "1999" under
 * Koizumi) is ruled out by anyone who knows when the term began or ended. Each entry has its row in
 * known-years.test.ts.
 */
export const TERMS_OF_OFFICE: Record<
	string,
	{ names: RegExp; surname?: RegExp; terms: readonly (readonly [number, number])[] }
> = {
	kennedy: { ...holder('Kennedy', 'John F\\. Kennedy', 'John Kennedy'), terms: [[1961, 1963]] },
	lyndonJohnson: { ...holder('Johnson', 'Lyndon (?:B\\. )?Johnson'), terms: [[1963, 1969]] },
	nixon: { ...holder('Nixon', 'Nixon', 'Richard (?:M\\. )?Nixon'), terms: [[1969, 1974]] },
	carter: { ...holder('Carter', 'Jimmy Carter'), terms: [[1977, 1981]] },
	reagan: { ...holder('Reagan', 'Reagan', 'Ronald Reagan'), terms: [[1981, 1989]] },
	/** A "President Bush" may be either: the term holding the date is the one meant. */
	bush: {
		...holder('Bush', 'George (?:H\\.\\s?W\\.|W\\.|Herbert Walker)?\\s?Bush'),
		terms: [
			[1989, 1993],
			[2001, 2009]
		]
	},
	billClinton: { ...holder('Clinton', 'Bill Clinton'), terms: [[1993, 2001]] },
	obama: { ...holder('Obama', 'Obama', 'Barack Obama'), terms: [[2009, 2017]] },
	trump: { ...holder('Trump', 'Donald (?:J\\. )?Trump'), terms: [[2017, 2021]] },
	thatcher: { ...holder('Thatcher', 'Thatcher', 'Margaret Thatcher'), terms: [[1979, 1990]] },
	johnMajor: { ...holder('Major', 'John Major'), terms: [[1990, 1997]] },
	blair: { ...holder('Blair', 'Blair', 'Tony Blair'), terms: [[1997, 2007]] },
	gordonBrown: { ...holder('Brown', 'Gordon Brown'), terms: [[2007, 2010]] },
	cameron: { ...holder('Cameron', 'David Cameron'), terms: [[2010, 2016]] },
	gorbachev: { ...holder('Gorbachev', 'Gorbachev', 'Mikhail Gorbachev'), terms: [[1985, 1991]] },
	yeltsin: { ...holder('Yeltsin', 'Yeltsin', 'Boris Yeltsin'), terms: [[1991, 1999]] },
	/** President, then prime minister, then president again: in power throughout. */
	putin: { ...holder('Putin', 'Putin', 'Vladimir Putin'), terms: [[1999, OPEN]] },
	medvedev: { ...holder('Medvedev', 'Medvedev', 'Dmitry Medvedev'), terms: [[2008, 2020]] },
	mitterrand: {
		...holder('Mitterrand', 'Mitterrand', 'François Mitterrand', 'Francois Mitterrand'),
		terms: [[1981, 1995]]
	},
	chirac: { ...holder('Chirac', 'Chirac', 'Jacques Chirac'), terms: [[1995, 2007]] },
	sarkozy: { ...holder('Sarkozy', 'Sarkozy', 'Nicolas Sarkozy'), terms: [[2007, 2012]] },
	kohl: { ...holder('Kohl', 'Helmut Kohl'), terms: [[1982, 1998]] },
	schroeder: { ...holder('Schr(?:ö|oe)der', 'Gerhard Schr(?:ö|oe)der'), terms: [[1998, 2005]] },
	merkel: { ...holder('Merkel', 'Merkel', 'Angela Merkel'), terms: [[2005, 2021]] },
	koizumi: { ...holder('Koizumi', 'Koizumi', 'Junichiro Koizumi'), terms: [[2001, 2006]] },
	johnHoward: { ...holder('Howard', 'John Howard'), terms: [[1996, 2007]] },
	rudd: {
		...holder('Rudd', 'Kevin Rudd'),
		terms: [
			[2007, 2010],
			[2013, 2013]
		]
	},
	gillard: { ...holder('Gillard', 'Gillard', 'Julia Gillard'), terms: [[2010, 2013]] },
	chretien: {
		...holder('Chr(?:é|e)tien', 'Chr(?:é|e)tien', 'Jean Chr(?:é|e)tien'),
		terms: [[1993, 2003]]
	},
	harper: { ...holder('Harper', 'Stephen Harper'), terms: [[2006, 2015]] },
	huJintao: { names: /\b(?:Hu Jintao|President Hu)\b/, terms: [[2002, 2013]] },
	jiangZemin: { names: /\b(?:Jiang Zemin|President Jiang)\b/, terms: [[1989, 2003]] },
	annan: { ...holder('Annan', 'Kofi Annan'), terms: [[1997, 2006]] },
	banKiMoon: { names: /\b(?:Ban Ki-moon|Secretary-General Ban)\b/, terms: [[2007, 2016]] },
	johnPaulII: { names: /\bPope John Paul II\b/, terms: [[1978, 2005]] },
	benedictXVI: { names: /\bPope Benedict XVI\b|\bBenedict XVI\b/, terms: [[2005, 2013]] },
	mbeki: { ...holder('Mbeki', 'Mbeki', 'Thabo Mbeki'), terms: [[1999, 2008]] },
	kimDaeJung: { names: /\b(?:Kim Dae-jung|President Kim Dae-jung)\b/, terms: [[1998, 2003]] },
	saddam: {
		names: /\bSaddam Hussein(?:['’]s)? (?:regime|government|rule)\b|\bPresident Saddam\b/,
		terms: [[1979, 2003]]
	},
	mubarak: { ...holder('Mubarak', 'Mubarak', 'Hosni Mubarak'), terms: [[1981, 2011]] },
	chavez: { ...holder('Ch(?:á|a)vez', 'Hugo Ch(?:á|a)vez'), terms: [[1999, 2013]] },
	musharraf: { ...holder('Musharraf', 'Musharraf', 'Pervez Musharraf'), terms: [[1999, 2008]] },
	karzai: { ...holder('Karzai', 'Karzai', 'Hamid Karzai'), terms: [[2001, 2014]] },
	ahmadinejad: { ...holder('Ahmadinejad', 'Ahmadinejad', 'Mahmoud Ahmadinejad'), terms: [[2005, 2013]] }
};

/**
 * The term of a head of state or government the sentence names that holds `year`, the narrowest when several
 * do: a date of the sentence tied to that term falls inside it.
 */
export function officeTerm(year: number, sentence: string): readonly [number, number] | undefined {
	let narrowest: readonly [number, number] | undefined;
	for (const { names, surname, terms } of Object.values(TERMS_OF_OFFICE)) {
		// The surname first, in a plain expression: V8 compiles an expression on its first use, and the holders'
		// ones, with their Unicode classes, took 150-180 ms to compile in a fresh worker, all 37 tried on the first
		// year choice though nearly all of them are named nowhere in the article.
		if ((surname && !surname.test(sentence)) || !names.test(sentence)) continue;
		const term = terms.find(([from, to]) => from <= year && year <= to);
		if (!term) continue;
		const from = Math.max(term[0], narrowest?.[0] ?? term[0]);
		const to = Math.min(term[1], narrowest?.[1] ?? term[1]);
		narrowest = [from, to];
	}
	return narrowest;
}
