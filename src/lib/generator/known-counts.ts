import type { UnitKind } from './units';

/**
 * Counts and amounts a student knows without the article, as a registry: each entry is a number fixed by an
 * institution everyone studying the news has learnt ("all 50 states", "the nine justices", "a two-term president",
 * "the federal minimum wage of $7.25"), the words after it that say which, and where they are not enough, words of
 * the sentence. Blind reviewers marked a blank for such a number a giveaway: it tests civics, not the article.
 * Each entry has its own rows in known-counts.test.ts.
 */
export interface KnownCount {
	/** The number the institution fixes. */
	value: number;
	/** What kind of figure it is, when not a count: an ordinal ("his second term"), money ("$7.25"). */
	kind?: UnitKind;
	/** The words right after the number: " states", "-member Supreme Court". */
	after: RegExp;
	/** Words of the sentence that say the number is the institution's, when the words after it do not. */
	sentence?: RegExp;
	/** Words of the sentence that say it is another institution's ("governor" for a term). */
	not?: RegExp;
	/** The figure as blanked, when its unit is in it ("four years"). */
	core?: RegExp;
	/** The number is a whole everyone knows: a count of its parts ("27 states") is never more than it. */
	whole?: true;
}

/**
 * A US president's term, told by the office or by the president of these years. A governor's, senator's or mayor's
 * terms are the article's fact ("Jeb Bush, a former two-term Florida governor").
 */
const PRESIDENCY = /\b(?:president(?:s|ial|cy)?|White House|Oval Office|Obama)\b/i;
const OTHER_OFFICE =
	/\b(?:governor|gov\.|senator|sen\.|mayor|congress(?:man|woman)|representative|rep\.|lawmaker)/i;

/**
 * A president's or a candidate's four years (or two terms' eight), told by the office, a campaign's words or the
 * name the years are "of": "four years of Clinton", "he pledged to do it over a period of four years".
 */
const TERM_OF = /^\s+(?:more\s+)?(?:of|under)\s+(?:President\s+)?\p{Lu}/u;
const CAMPAIGN =
	/\b(?:president(?:s|ial|cy)?|White House|Oval Office|administration|nominee|candidate|campaign(?:ed)?|elected|election|pledged)\b/i;

/** A union of states named as such: the EU, the UN. */
const EU_NAME = String.raw`(?:EU|E\.U\.|European Union)`;
const UN_NAME = String.raw`(?:UN|U\.N\.|United Nations)`;
const EU = new RegExp(String.raw`\b${EU_NAME}\b`);
const UN = new RegExp(String.raw`\b${UN_NAME}\b`);
/** The words after a count of a union's members: "-nation EU", " EU governments", " member states", " countries". */
const EU_MEMBERS = new RegExp(
	String.raw`^[\s-]+(?:(?:nation|member|country|state)\s+(?:${EU_NAME}|bloc)\b|${EU_NAME}\s+(?:member\s+)?(?:states|nations|countries|governments|members)\b|(?:member\s+)?(?:states|nations|countries)\s+(?:of\s+the\s+)?${EU_NAME}\b|member\s+(?:states|nations|countries)\b)`
);
const UN_MEMBERS = new RegExp(
	String.raw`^[\s-]+(?:(?:member\s+)?(?:states|nations|countries)\s+(?:of\s+the\s+)?${UN_NAME}\b|member\s+(?:states|nations|countries)\b|(?:UN|U\.N\.)\s+(?:member\s+)?(?:states|nations|members)\b)`
);

export const KNOWN_COUNTS = {
	allStates: { value: 50, whole: true, after: /^[\s-]+(?:U\.?S\.?\s+)?states\b/i },
	senators: {
		value: 100,
		whole: true,
		after: /^[\s-]+(?:member\s+(?:U\.?S\.?\s+)?Senate|(?:U\.?S\.?\s+)?senators)\b/i
	},
	houseSeats: {
		value: 435,
		whole: true,
		after:
			/^[\s-]+(?:member\s+House|House\s+(?:seats|members|districts)|seats\s+in\s+the\s+House|congressional\s+districts)\b/i
	},
	electoralCollege: {
		value: 538,
		whole: true,
		after: /^[\s-]+(?:electoral|members?\s+of\s+the\s+Electoral)\b/i
	},
	electoralMajority: { value: 270, after: /^[\s-]+(?:electoral|needed|required|to\s+win)\b/i },
	supremeCourt: {
		value: 9,
		whole: true,
		after: /^[\s-]+(?:member\s+(?:Supreme\s+)?Court|(?:Supreme\s+Court\s+)?justices)\b/i
	},
	/** The general election's debates between the nominees, since 1988 always three. */
	presidentialDebates: {
		value: 3,
		after: /^[\s-]+(?:general[\s-]election\s+)?president(?:ial)?\s+debates\b/i
	},
	/** The two-term limit: "a two-term president", "his second term" in the White House. */
	presidentialTerms: {
		value: 2,
		after: /^[\s-]+(?:full\s+)?terms?\b/i,
		sentence: PRESIDENCY,
		not: OTHER_OFFICE
	},
	presidentialSecondTerm: {
		value: 2,
		kind: 'ordinal',
		after: /^[\s-]+(?:full\s+)?term\b/i,
		sentence: PRESIDENCY,
		not: OTHER_OFFICE
	},
	presidentialTermYears: {
		value: 4,
		kind: 'time',
		core: /\byears?$/i,
		after: /^/,
		sentence: CAMPAIGN,
		not: OTHER_OFFICE
	},
	presidentialTermOf: { value: 4, kind: 'time', core: /\byears?$/i, after: TERM_OF },
	twoPresidentialTermsOf: { value: 8, kind: 'time', core: /\byears?$/i, after: TERM_OF, not: OTHER_OFFICE },
	/**
	 * The Dow Jones Industrial Average's 30 stocks, told by the index's name or by "its 30 components" (a market
	 * report names the index a sentence earlier): "among its 40 components" is false to anyone who follows markets.
	 */
	dowComponents: {
		value: 30,
		after: /^[\s-]+(?:blue[\s-]chip\s+)?(?:components|stocks|companies|industrials)\b/i,
		sentence: /\b(?:Dow|DJIA|industrial average)\b|\bits\s+(?:30|thirty)\s+components\b/i
	},
	twoParties: { value: 2, after: /^[\s-]+(?:major\s+)?(?:political\s+)?parties\b/i },
	/** The prizes Alfred Nobel's will founded (economics was added later, by a bank, and is no "Nobel Prize"). */
	nobelPrizes: { value: 5, whole: true, after: /^[\s-]+(?:original\s+)?Nobel\s+Prizes\b/i },
	federalMinimumWage: { value: 7.25, kind: 'currency', after: /^/, sentence: /\bminimum wage\b/i },
	/**
	 * The European Union's members as the news of these years counts them (25 from 2004, 27 from 2007, 28 from 2013):
	 * "the 27-nation EU", "the 25 EU governments", "the EU's 27 member states".
	 */
	euMembers25: { value: 25, after: EU_MEMBERS, sentence: EU },
	euMembers27: { value: 27, after: EU_MEMBERS, sentence: EU },
	euMembers28: { value: 28, after: EU_MEMBERS, sentence: EU },
	/** The United Nations' members (191 from 2002, 192 from 2006, 193 from 2011): "all 192 member states". */
	unMembers191: { value: 191, after: UN_MEMBERS, sentence: UN },
	unMembers192: { value: 192, after: UN_MEMBERS, sentence: UN },
	unMembers193: { value: 193, after: UN_MEMBERS, sentence: UN },
	/** The dead of September 11, 2001, as every report rounds them: "the nearly 3,000 people killed on 9/11". */
	septemberEleventhDead: {
		value: 3000,
		after: /^[\s-]+(?:people|Americans|lives|victims|deaths|dead|innocents)\b/i,
		sentence: /\b(?:9\/11|Sept(?:ember|\.)? 11(?:th)?|World Trade Center|Twin Towers)\b/i
	}
} satisfies Record<string, KnownCount>;

/**
 * The figure blanked (`core`, as the blank covers it) is a number everyone knows in the words after it: a
 * hyphened word of the figure's own ("two-term") reads with them.
 */
export function knownCount(
	value: number,
	kind: UnitKind,
	core: string,
	after: string,
	sentence: string
): boolean {
	const words = (/-\p{L}[\p{L}-]*$/u.exec(core)?.[0] ?? '') + after;
	return Object.values(KNOWN_COUNTS).some(
		(k: KnownCount) =>
			k.value === value &&
			(k.kind ?? 'count') === kind &&
			k.after.test(words) &&
			(k.core?.test(core.trim()) ?? true) &&
			(k.sentence?.test(sentence) ?? true) &&
			!k.not?.test(sentence)
	);
}

/**
 * "_____ states led by West Virginia are suing": a count of a whole's parts everyone knows the whole of, whose wrong
 * choices stay within it ("Fifty-four states" is crossed out by anyone who knows there are 50). Only for a key
 * within the whole, so an article counting otherwise loses no question.
 */
export function knownCeiling(value: number, kind: UnitKind, after: string): { most?: number } {
	if (kind !== 'count') return {};
	const whole = Object.values(KNOWN_COUNTS).find(
		(k: KnownCount) => k.whole && k.after.test(after) && value <= k.value
	);
	return whole ? { most: whole.value } : {};
}
