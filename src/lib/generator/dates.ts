/**
 * Dates: weekdays, calendar dates, months, years, relative expressions, seasons and periods, resolved against the
 * article's date. chrono-node reads calendar and relative expressions; our own rules, which win on overlap, read
 * what it misses or gets at the wrong precision: "by 2030", "in the 1990s", "before the fall", "over the next
 * five years" (an interval, where chrono gives a point), "this week" (chrono gives a day), "weeks before X" and
 * "the second day of the visit" (kept with no value: they are anchored to an event, not to the calendar).
 *
 * Values: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY', or 'START/END' for intervals (weeks run Monday to Sunday; seasons are
 * the northern meteorological ones: spring is March to May, fall September to November, winter December to
 * February). Without the article's date, only expressions that name their year get a value.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthOfName } from './readable-date';
import { casual } from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateFact } from './bank';
import { hash } from './hash';
import { endCut } from './regexp';
import { bareSeptemberEleventh } from './known-years';
import {
	FORWARD,
	NUMBER,
	clauseAround,
	iso,
	NOT_COMPARED,
	OPEN_BOUND_WORDS,
	ownRules,
	pad,
	parseDay,
	pastRightBefore,
	readNumber,
	seasonBeside,
	seasonInterval,
	shift,
	shiftValue,
	weekday,
	type Day,
	type DayCourse,
	type Found
} from './date-rules';

export interface SentenceSpan {
	start: number;
	end: number;
	paragraph: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A sentence that speaks of the future reads "March 3" or "Friday" forward from the article's date. */
const FUTURE =
	/\b(?:will|shall|’ll|'ll|(?:is|are)\s+(?:scheduled|expected|due|set|slated|planning)\s+(?:to|for)|(?:is|are)\s+(?:expected|due|scheduled)\s+(?:in|on|by)|plans?\s+to)\b/i;
const FUTURES = new RegExp(FUTURE.source, 'gi');
/**
 * A schedule told in the present: "the film opens on August 17" is the next August 17, not the last. Only a
 * month and day are read forward by it; "opens on Friday" in a report may be the Friday just gone.
 */
const SCHEDULE =
	/\b(?:opens|premieres|debuts|go(?:es)?\s+on\s+sale|hits\s+(?:theaters|theatres|cinemas|stores|shelves))\b/i;
const DAY_ABBREVIATIONS = 'sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat';
const RELATIVE_WORDS = 'ago|last|next|this|past|coming|yesterday|today|tomorrow|tonight';
/** A chrono match needs a calendar word, a digit or a relative word: "a day" in "barrels a day" is a rate. */
const DATE_WORD = new RegExp(
	`\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|${RELATIVE_WORDS})`,
	'i'
);
/**
 * A date's own word, whole: DATE_WORD's stems let "the money out" (read by chrono as a month) or "the mayor" through,
 * which is cheap as a first sieve over every sentence but no test of what chrono found.
 */
const WHOLE_DATE_WORD = new RegExp(
	`\\d|\\b(?:${[...MONTH_NAMES, MONTH_ABBREVIATIONS, ...WEEKDAYS, DAY_ABBREVIATIONS, 'months?', RELATIVE_WORDS].join('|')})\\b`,
	'i'
);
const PAST = /\b(?:had|was|were)\b/i;
/** A perfect ("has called", "hasn't logged in", "have long said"); "has to" is an obligation, not a perfect. */
const PERFECT = /\b(?:has|have|had)(?:n['’]t|\s+not|\s+never)?\s+(?:\p{Ll}+ly\s+)?(?!to\b)\p{Ll}+/u;
/** A year written out beside a month and day ("Sept. 11, 2001"). */
const WRITTEN_YEAR = /\b(?:1[5-9]|20)\d\d\b/;
/** A year after a stop, as in "October 8. 2002". */
const STRAY_STOP_YEAR = /^\.\s+(?:1[5-9]|20)\d\d\b/;
const MONTH_AND_DAY = new RegExp(
	`\\b(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?\\s+\\d{1,2}(?!\\d)`
);
/** A verb of saying in the past right before a day: "said Monday", "told reporters on Tuesday". */
const SAID_ON =
	/\b(?:said|told(?:\s+\p{Ll}+)?|announced|wrote|added|tweeted|stated|declared|insisted)\s+(?:on\s+)?$/u;
/**
 * "said during his victory speech Tuesday that he will run": a day between a verb of saying and the "that" of what
 * was said dates the saying, whatever the words said look ahead to.
 */
const SAID_BEFORE =
	/\b(?:said|told|announced|wrote|added|tweeted|stated|declared|insisted)\b[^,;:"“”]{0,40}?\s(?:on\s+)?$/u;
/** Words after which "last" is a verb: a modal, "to", or a negation ("won't last"). */
const VERB_LEAD = /\b(?:will|would|could|may|might|can|should|must|shall|to|not|n['’]t|’ll|'ll)\s+$/i;
const LAST_FOR_A_COUNT = new RegExp(`^last\\s+(?:${NUMBER}|an?)\\s+\\p{L}`, 'iu');
const MODAL = /\b(?:would|could|might|may|can|should)\b/i;
/** "in six months", "in a year": a stretch a clause reaches ahead or back over. */
const IN_A_STRETCH = new RegExp(`^in\\s+(?:${NUMBER}|an?)\\s+(?:year|month|week|day)s?$`, 'i');
// Built once, not per parse: an expression built anew is compiled anew whenever V8's cache has let the last copy go.
const A_COUNT_OF_UNITS = new RegExp(`^(?:${NUMBER}|an?)\\s+(?:year|month|week|day|hour)s?\\b`, 'i');
const BRACKETED_WEEKDAY = new RegExp(`^\\s*\\[(${WEEKDAYS.join('|')})\\]`);
const PAST_PERFECT = /\bhad\b/i;
const SAYING_DATED = new RegExp(`\\b(?:in|on|since)\\s+(?:${MONTH_NAMES.join('|')}|(?:19|20)\\d\\d)\\b`);
/**
 * "At the press conference from 3 p.m., he regretted that the meeting scheduled today was cancelled": the writer's
 * own "today" beside a clock time dates it, whatever day an earlier paragraph named. Words in quotes were said on
 * a day of their own.
 */
const TODAY_TOLD = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i;
/** "tried to adjourn the debate until today": a day something was put off to is not the day the sentence tells. */
const PUT_OFF_UNTIL_TODAY = /\b(?:until|till)\s+(?:today|tonight)\b/gi;
const QUOTED = /“[^”]*”|"[^"]*"/g;
/** A sentence telling of something that recurs: "every 20 minutes", "daily", "each day". */
const RECURRING =
	/\bevery\s+(?:\d+\s+|\p{Ll}+\s+)?(?:minutes?|hours?|day|morning|evening|night)\b|\bdaily\b|\beach\s+day\b/u;
/**
 * "The day shift starts around 6 a.m. and finishes about 4 p.m.": a schedule told in the present, with no day,
 * no past and no future in the sentence, is how things go on any day, not on the day the story last named; the
 * present names only the day of writing.
 */
const ROUTINE =
	/\b(?:starts|begins|ends|finishes|opens|closes|runs|lasts|leaves|arrives|wakes|usually|typically|normally|generally|routinely)\b/i;
const DAY_NAMED =
	/\b(?:today|tonight|tomorrow|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
function routine(s: string): boolean {
	return ROUTINE.test(s) && !DAY_NAMED.test(s) && !PAST.test(s) && !FUTURE.test(s) && !PAST_VERB_ONE.test(s);
}
/**
 * "a screening has been added for Sunday", "set for Friday", "has scheduled a new election for June 26", "two cruise
 * ships due on Saturday", "the court has until Friday to rule", "should be settled no later than Friday" (a
 * deadline set, not one met: "was made no later than Friday" looks back): a time something is booked, due or left
 * until is still to come.
 */
const SET_FOR =
	/\b(?:added|set|booked|planned|called|moved|rescheduled|postponed|scheduled)\s+(?:[\p{Ll}-]+\s+){0,4}for\s+$|\bdue\s+$|\b(?:has|have)\s+until\s+$|\b(?:should|must|(?:has|have|is|are|needs?)\s+to)\b[^.;]*\b(?:no|not)\s+later\s+than\s+$/u;
/**
 * "whose government faces a no-confidence vote in parliament on Tuesday": what someone faces, told in the present,
 * is still to come.
 */
const FACES_EVENT =
	/\b(?:faces|face)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:vote|trial|hearing|election|ballot|referendum|deadline|showdown|runoff|run-off)\b[^.;,]*?\s+(?:on\s+)?$/iu;
/**
 * A clause that looks ahead to a weekday though its verb is past: "would be rebooked by Sunday", "the aim is for the
 * transfer to be completed by Monday", "expected the
 * river to peak on Saturday", "had asked both sides to meet on Monday", "as he prepares for his concert on Sunday" ("would have"
 * looks back). Only before the day: "said on Thursday that he would" is
 * the Thursday he spoke.
 */
const AHEAD_OF_SAYING =
	/\bwould\b(?!\s+have\b)|\b(?:aim|goal|plan|target|hope|intention)\s+is\s+(?:for\b[^,;]*?\b)?to\s+\p{Ll}+|\b(?:intends?|aims?|(?:is|are)\s+(?:going|planning|hoping|aiming))\s+to\s+\p{Ll}+|\b(?:expect(?:s|ed)?|asked|urged|invited)\b[^,;]*\bto\s+\p{Ll}+|\b(?:prepares|(?:is|are)\s+preparing|gears?\s+up|braces|(?:is|are)\s+bracing)\s+(?:(?:him|her|it|them|our|your|my)sel(?:f|ves)\s+)?for\b/u;
/**
 * "asked the agency to look into whether he misled them in October": a clause of its own told in the past, after
 * what was asked, dates what was done, not what is to come.
 */
const PAST_CLAUSE_AFTER =
	/\b(?:whether|that|who|which|when|while|after|because|how|why)\b[^,;]*?\b(?:had|was|were|did|said|made|took|gave|\p{Ll}{2,}ed)\b/u;
/** What the clause before a date asked, urged or expected to come, unless a clause told in the past dates it. */
function lookedAheadTo(before: string): boolean {
	const asked = AHEAD_OF_SAYING.exec(before);
	return asked !== null && !PAST_CLAUSE_AFTER.test(before.slice(asked.index + asked[0].length));
}
/**
 * "The trial continues on Wednesday", "the hearing resumes on Monday": a present-tense verb of taking something up
 * again right before a weekday tells the next sitting, which news reports ahead of time.
 */
const TAKEN_UP_AGAIN = /\b(?:continues|resumes|reconvenes|restarts|reopens)\s+(?:on\s+)?$/i;
/** "on Wednesday, when the jury will hear from the insurer": a "when" clause after the day looking ahead. */
const WHEN_AHEAD = /^[\s,]*when\b[^.;]*?\b(?:will|shall)\b/i;
/**
 * "The funeral will be held at St Ann's, Harwick, at 11 a.m. on Friday": the future the sentence opened with still
 * governs a day the commas set apart, unless a verb in the past comes between ("will replace Doe, who retired on
 * Friday"). Only a day something happens "on": "will pay a premium over Tuesday's price" names a day gone.
 */
function futureGoverns(head: string): boolean {
	const last = [...head.matchAll(FUTURES)].at(-1);
	if (!last) return false;
	const after = head
		.slice(last.index + last[0].length)
		.replace(/^\s+(?:not\s+)?(?:be\s+|have\s+been\s+|have\s+)?\p{L}+/u, '');
	return !PAST.test(after) && !PAST_VERB_ONE.test(after);
}
/**
 * "The ruling could come as soon as Tuesday", "he can win the state's Tuesday primary": a verb a modal puts in
 * doubt, a few words before the day, has not happened yet. Not a negation or a perfect ("could not attend", "may
 * have met"), which look back, nor a past verb or a break between ("could be found in files filed Sunday"), nor
 * "later Monday", which dates the writing.
 */
const MAY_HAPPEN =
	/\b(?:could|may|might|can|(?:is|are)\s+likely\s+to|chance\s+to)\s+(?!not\b|have\b)\p{Ll}+((?:\s+[\p{L}'’-]+){0,3})\s+$/u;
function mayHappenOn(before: string): boolean {
	const lead = MAY_HAPPEN.exec(before);
	return lead !== null && !/\b(?:later|earlier)$/i.test(lead[1]!) && !PAST_VERB_ONE.test(lead[1]!);
}
/**
 * "On Monday, Doe will hold two rallies", "Starting Tuesday, the fight will be fierce": a day that opens the
 * sentence, set off by a comma, takes its tense from the clause it opens; the future there reads it ahead unless a
 * past verb comes first ("On Monday, Doe said she will run").
 */
function openingDayAhead(s: string, start: number, end: number): boolean {
	if (!/^(?:starting|beginning)?$/i.test(s.slice(0, start).trim()) || !/^\s*,/.test(s.slice(end)))
		return false;
	const rest = s.slice(end).split(';')[0]!;
	const future = FUTURE.exec(rest);
	const past = PAST_VERB_ONE.exec(rest) ?? PAST.exec(rest);
	return future !== null && (past === null || future.index < past.index);
}
/**
 * "Voters go to the polls Tuesday", "On Saturday, three states hold caucuses": an election told in the present, in
 * a sentence with no past, is one still to come (a noun, "the vote in Ohio", tells no tense).
 */
const ELECTION_NOW =
	/\b(?:go(?:es)?|head(?:s)?)\s+to\s+the\s+polls\b|(?<!\b(?:the|a|an|this|that|its|their|his|her|whose)\s)\b(?:vote|caucus)\s+in\b|\bholds?\s+(?:its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}(?:caucus(?:es)?|primar(?:y|ies)|elections?|contests?)\b/u;
/** The sentence, or nothing when it holds a verb in the past: only a sentence wholly in the present may look ahead. */
function pastless(s: string): string {
	return PAST.test(s) || PAST_VERB_ONE.test(s) ? '' : s;
}
/** A past verb outside a perfect ("has complimented" tells of now), in words of the narrative. */
function toldPast(words: string): boolean {
	const rest = words.replace(/\b(?:has|have)(?:n['’]t|\s+not|\s+never)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/gu, '');
	return PAST.test(rest) || PAST_VERB_ONE.test(rest);
}
/** The words inside the quotation marks around `at`, or undefined when `at` is outside any. */
function quoteAround(s: string, at: number): string | undefined {
	const marks = [...s.matchAll(/["“”]/g)].map((m) => m.index);
	const opened = marks.filter((i) => i < at);
	if (opened.length % 2 === 0) return undefined;
	return s.slice(opened.at(-1)! + 1, marks.find((i) => i > at) ?? s.length);
}
/** A morning clock time on the same day as an afternoon or evening one told before it, and no zone of its own. */
function pastMidnight(before: string, value: string, written: string): boolean {
	return (
		value.slice(0, 10) === before.slice(0, 10) &&
		value.slice(11) < '12:00' &&
		before.slice(11) >= '12:00' &&
		!/\b(?:UTC|GMT|Z|[A-Z]{1,3}[SD]?T)\b/.test(written)
	);
}
/**
 * "Four settlements will also be cleared, with troops heading there to begin the clearances on Tuesday", "a
 * weekend of rallies that will take Obama to Iowa before he wraps up Monday": a sentence that looks ahead and tells
 * nothing in the past (a passive's participle is no past) reads a bare weekday ahead, though the day's own clause has
 * no tense. A day inside a quote is read by the quote's words, the speaker's present, not by "he said" after it.
 * Not a day's event ("a premium over Friday's closing price"), which may be gone whatever the sentence's tense.
 */
function aheadThroughout(s: string, at: number, end: number): boolean {
	if (/^\s*(?:(?:night|morning|afternoon|evening)\s*)?['’]s\b/i.test(s.slice(end))) return false;
	const words = quoteAround(s, at) ?? s;
	const told = words.replace(/\b(?:be|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/gu, ' ');
	return FUTURE.test(words) && !toldPast(told);
}
/**
 * How a bare weekday's sentence dates it. A verb that governs the day ("said Monday", "will meet Monday", "gathered
 * Friday") is firm. "Monday night's debate" names an event, whose day the tense around it only hints at, and never
 * after "ahead of" or "before", which tell when something else was done; a day in a sentence with no past ("meet
 * for the first debate Monday") is not dated by it at all.
 */
function dayCourse(
	s: string,
	end: number,
	clause: string,
	weekday: number,
	told: { said: boolean; ahead: boolean; eventAhead: boolean; values: [string, string] }
): DayCourse {
	const [ahead, back] = told.values;
	const course = (vote: number, loose: boolean) => ({ weekday, ahead, back, vote, loose });
	if (/^\s*(?:(?:night|morning|afternoon|evening)\s*)?['’]s\b/i.test(s.slice(end))) {
		if (told.eventAhead || /\b(?:ahead\s+of|before|after|since)\s+(?:\S+\s+){0,2}$/i.test(s.slice(0, end)))
			return course(0, true);
		return course(FUTURE.test(clause) ? 1 : toldPast(clause) ? -1 : 0, true);
	}
	if (told.said) return course(-2, false);
	if (told.ahead) return course(2, false);
	if (told.eventAhead) return course(0, true);
	return toldPast(clause) ? course(-2, false) : course(0, !toldPast(s));
}
/**
 * "Trump has complimented the moderator of Monday night's debate" in a Friday article that says the candidates
 * "will meet Monday": a weekday its sentence leaves undated is the one the article's other mentions of it agree on,
 * when none of them disagree.
 */
function settleWeekdays(days: { fact: DateFact; course: DayCourse }[]): void {
	for (const { fact, course } of days) {
		if (!course.loose || (fact.value !== course.ahead && fact.value !== course.back)) continue;
		const votes = days.filter((d) => d.course.weekday === course.weekday).map((d) => d.course.vote);
		const way = votes.every((v) => v >= 0) ? 1 : votes.every((v) => v <= 0) ? -1 : 0;
		if (way !== 0 && votes.some((v) => v !== 0)) fact.value = way > 0 ? course.ahead : course.back;
	}
}
/**
 * "Still, ahead of Saturday's caucus, the candidates must vie for votes": a weekday's event that a clause with no
 * past verb looks ahead to is the coming one ("trained ahead of Saturday's final, which they lost" looks back).
 */
function aheadOfDaysEvent(s: string, start: number, end: number, clause: string): boolean {
	const before = s.slice(0, start);
	if (/\b(?:ahead\s+of|before)\s+$/i.test(before) && /^['’]s\s/.test(s.slice(end)))
		return !PAST.test(clause) && !PAST_VERB_ONE.test(clause);
	// "has turned nasty ahead of the state's primary Tuesday": the day after the event's name is its day. A perfect
	// ("has turned") tells of now; only the verb the phrase hangs on, after any dash, sets the tense.
	const event = /\bahead\s+of\s+(?:the\s+|an?\s+|[\p{Lu}][\p{L}.]*['’]s\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.exec(
		before
	);
	if (!event) return false;
	const told = before
		.slice(0, event.index)
		.split(/\s(?:--|—|–)\s|[,;:]/)
		.at(-1)!
		.replace(/\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/gu, '');
	return !PAST.test(told) && !PAST_VERB_ONE.test(told);
}
const VOTING = /\b(?:elect(?:ions?|orate|ability)|votes?|voters|ballots?|nominee|polls)\b/i;
/**
 * "could cost them in November", "are not eligible to vote in the November election": news of a vote speaks of it
 * before it is held, so a month with no year, at least three months back, in a sentence about voting told with no
 * past, is the coming one (chrono's nearest month put a spring article's November in the year gone). The whole
 * sentence is read for its tense: a date that opens it ("In May, voters chose …") is cut from its verb by a comma.
 */
function comingVote(s: string, found: Found[], ref: Day): void {
	// "could not be finished by Nov. 8": a participle after "be" is no past.
	const told = s.replace(/\bbe\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/gu, 'be');
	if (!VOTING.test(s) || PAST.test(told) || PERFECT.test(told) || PAST_VERB_ONE.test(told)) return;
	const now = iso(ref);
	for (const f of found) {
		const written = s.slice(f.start, f.end).replace(/^(?:in|on|by)\s+/i, '');
		if (
			f.value &&
			/^\d{4}-\d\d(?:-\d\d)?$/.test(f.value) &&
			// "their February reports", "his column on Aug. 10": a month just gone is still told in the present.
			f.value < (shiftValue(now, 'month', -3) ?? now).slice(0, f.value.length) &&
			MONTH_FIRST.test(written) &&
			!/\d{4}|\b(?:last|this|next|ago|past|early|mid|late)\b/i.test(written) &&
			!/\b(?:since|from)\s+$/i.test(s.slice(0, f.start))
		)
			f.value = shiftValue(f.value, 'year', 1);
	}
}
/** A month and an "of" with no year after it: the "of" is the next words'. */
const MONTH_THEN_OF = new RegExp(
	`\\b(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS})\\.?)(\\s+of)$`,
	'i'
);
const MONTH_FIRST = new RegExp(`^(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})`);
/** A verb in the past right before a date: "took effect on 1 January", "began on August 10". */
// Case-sensitive on purpose: with the i flag \p{Ll} also matches capitals, and "the United Kingdom" read as past.
// Irregular verbs that are past and nothing else ("bought", not "set" or "cut", which may be present); "shot" only
// where what follows makes it the verb ("shot dead", not "a booster shot in December").
const PAST_VERB =
	/\b(?:had|was|were|did|told|took|began|came|went|said|made|won|lost|fell|rose|bought|sold|paid|gave|held|met|spent|sent|built|brought|kept|ran|wrote|became|chose|grew|drew|flew|knew|sought|taught|caught|fought|stood|struck|broke|spoke|drove|fled|shot(?=\s+(?:dead|down|and\s+(?:killed|wounded)|to\s+death)\b)|\p{Ll}{2,}ed)\b/gu;
/** PAST_VERB for a test or the first match: made once, where each test had compiled its own copy. */
const PAST_VERB_ONE = new RegExp(PAST_VERB.source, 'u');

/**
 * Between a past verb and its date, what makes the date lie ahead: an infinitive ("voted to close the bridge in
 * January"; "to" before an article is a preposition, "allegiance to the sect … in December"; so is "to" after a
 * verb of sending, placing or moving: "sentenced to death in March", "rose to record highs in May") or an "-ing"
 * that leads to the date ("starting in January"; one further back describes a noun).
 */
const LOOKS_AHEAD_TO_DATE =
	/(?<!\b(?:sentenced|condemned|sent|taken|brought|rushed|flown|moved|returned|elected|appointed|promoted|admitted|transferred|deported|extradited|rose|fell|climbed|dropped|jumped)\s+)\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)\p{Ll}+|\b\p{Ll}+ing\s+(?:[\p{L}'’]+\s+){0,2}$/u;

/** "while testifying in October": a clause with no verb of its own takes the tense of the one it hangs on. */
const PARTICIPLE_CLAUSE =
	/^\s*(?:while|when|after|before|since|by)\s+\p{Ll}+ing\b(?![^,;]*\b(?:will|would)\b)/u;
/** Verbs of standing in front of a body ("testified before the committee"), where "before" is no time. */
const APPEARING_BEFORE =
	/\b(?:testif(?:y|ies|ied|ying)|appear(?:s|ed|ing)?|argu(?:e|es|ed|ing)|spoke|speak(?:s|ing)?)\s+before\s+/i;

const PUT_OFF_TO =
	/\b(?:adjourn(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|delay(?:s|ed|ing)?|put(?:s|ting)?\s+(?:off|back)|push(?:es|ed|ing)?\s+back|reschedul(?:e|es|ed|ing))\s+(?:\p{Ll}+\s+){0,3}(?:until|till|to)\s+$/u;

/**
 * Whether the clause tells the date in the past: "had"/"was" anywhere, or a past verb whose object the date is,
 * with no "to close" or "starting" between them ("voted … to close the bridge starting in January" looks ahead).
 */
function toldInThePast(clause: string, written: string): boolean {
	// chrono's text may keep the comma after it ("January,"), which the clause ends before.
	const date = written.replace(/[\s,.;:]+$/, '');
	const at = clause.indexOf(date);
	const head = at >= 0 ? clause.slice(0, at) : clause;
	// "was adjourned until 13 March": a date something was put off to lies after the putting off, so the past
	// verb does not place it; the nearest such date is meant.
	if (PUT_OFF_TO.test(head)) return false;
	// "was seen as a bid to look presidential ahead of the Nov. 8 election": the date names the event it modifies,
	// which the clause's past verb does not place; the nearest such date is meant (unless "had" puts it behind).
	if (/\b(?:before|ahead\s+of)\s+(?:the|its|their|his|her)\s+$/i.test(head) && !PAST_PERFECT.test(clause))
		return false;
	// "The nominee for the Nov. 8 election later said": a date that names the vote it modifies is not placed by
	// the clause's past verb, which tells of the saying.
	// "has not announced a truce for the presidential election on May 28" names the vote by its date too.
	if (
		at >= 0 &&
		(/^\s*(?:general\s+|presidential\s+)?elections?\b/i.test(clause.slice(at + date.length)) ||
			/\belections?\s+(?:on|in)\s+$/i.test(head)) &&
		!PAST_PERFECT.test(clause)
	)
		return false;
	// "had expected no rise at the next meeting on June 29": a date that names the next or coming event lies ahead
	// of the telling, whatever the clause's tense.
	if (/\b(?:next|coming|upcoming|forthcoming)\s+(?:[\p{L}-]+\s+){0,4}(?:on|in|at)\s+$/iu.test(head))
		return false;
	if (PAST.test(clause)) return true;
	// "Since January, prices have doubled": "since" points back, whatever the tense.
	if (/^since\b/i.test(date) || /\bsince\s+$/i.test(head)) return true;
	// "needed a map by Dec. 1", "past the Dec. 1 deadline": a deadline looks ahead whatever the verb's tense.
	if (/^(?:by|before|until|till)\b/i.test(date) || /\b(?:by|before|until|till|past\s+the)\s+$/i.test(head))
		return false;
	// "met in the only debate before the election on November 22": the date is the later event's, which the past
	// verb does not place ("testified before the committee in October" is in front of it: the date is the testimony's).
	if (
		/\b(?:before|ahead\s+of|until|till)\s+(?:the|its|their|his|her|a|an)\s+(?:[\p{L}-]+\s+){1,4}(?:on|in)\s+$/u.test(
			head
		) &&
		!APPEARING_BEFORE.test(head)
	)
		return false;
	// "the previous peak, set in January": a clause opened by a participle of "set", "hit", "cut" or "put" (which
	// PAST_VERB leaves out, since they may be present) tells of the past.
	if (/^\s*(?:set|hit|cut|put)\s+(?:in|on|at|during)\s+$/i.test(head)) return true;
	// "to be paid from July 1": a participle after "to be" or "will be" looks ahead; after a present "is" or "are"
	// ("is planned for May 5", "are scheduled to open in June") it is no past either.
	const verbs = [...head.matchAll(PAST_VERB)].filter(
		(v) =>
			!/\b(?:(?:to|will|would|shall|must|can|could)\s+be|is|are|am)\s+(?:\p{Ll}+ly\s+)?$/iu.test(
				head.slice(0, v.index)
			)
	);
	const last = verbs[verbs.length - 1];
	if (!last) return false;
	// "won backing from unions representing most nurses back in October" stays in the past. Read from the verb,
	// which tells whether a "to" after it opens an infinitive.
	return !LOOKS_AHEAD_TO_DATE.test(head.slice(last.index));
}
/**
 * "In January, prices doubled", "In a statement announcing the book in March, the press called it …": a date set
 * off at the start of the sentence, or inside a phrase set off there, takes the tense of what follows.
 */
function frontedBeforePast(s: string, index: number, written: string): boolean {
	const lead = s.slice(0, index);
	if (!/^[\s"“]*(?:\p{L}+\s+)?$/u.test(lead) && !FRONTED_PHRASE.test(lead)) return false;
	const past = PAST_VERB_ONE;
	const toldPast = (words: string) => past.test(words) && !looksAhead(words);
	const next = s.slice(index + written.replace(/,\s*$/, '').length);
	// "In May the government deported 2,000 people": with no comma after the date, the clause it opens tells.
	if (!/^\s*,/.test(next) && toldPast(/^[^,;:“”"]*/.exec(next)![0])) return true;
	const rest = /^[^,]*,([^,;]*)/.exec(next);
	if (!rest) return false;
	const after = next.slice(rest[0].length);
	const told = verbAfterAppositive(rest[1]!, after);
	if (past.test(told) || looksAhead(told)) return toldPast(told);
	// "In January, in his last address, he conceded …", "In October, when a seat fell vacant, she gave …": asides
	// before the subject leave the verb further on; the rest of the sentence tells the tense when nothing in it
	// looks ahead. A quote ends its speaker's sentence: "“With an eye to March 4, Ohio,” he said" is no past.
	const main = (rest[1]! + after).split(/[”"]/)[0]!;
	return toldPast(main);
}

const looksAhead = (words: string) => FUTURE.test(words) || FORWARD.test(words);
/** A phrase opening the sentence with a preposition and a noun: "After a test in …", "On the eve of his vote in …". */
const FRONTED_PHRASE =
	/^[\s"“]*(?:In|At|During|With|After|Before|Until|Since|On|Following)\s+(?:a|an|the|its|their|his|her|that|this)\s+[^,;:“”"]*$/u;
/**
 * A date between a subject and its past verb: "The council, which in March imposed a fine, …". Only after a pronoun:
 * after a noun the date may be the noun's ("wheat for delivery in December traded at …" is next December's).
 */
const PRONOUN_BEFORE = /\b(?:which|who|he|she|they|we|it|I)\s+(?:\p{Ll}+ly\s+)?(?:in|on|during|by)?\s*$/u;
const PAST_VERB_AFTER = new RegExp(
	`^\\s+(?!(?:scheduled|planned|expected|slated|based|set)\\b)(?:${PAST_VERB.source.slice(2, -2)})\\b`,
	'u'
);
/**
 * "Netflix had planned to release the season on June 9" in a May article: a plan told in the past ("had planned",
 * "was expected", "had intended") still puts its date ahead of the telling, so a day after the article's date stays
 * in its year.
 */
const PLANNED_AHEAD =
	/\b(?:planned|intended|scheduled|expected|hoped|aimed|meant|slated|due)\s+to\s+(?!(?:the|a|an|his|her|its|their)\b)\p{Ll}+/u;
/** The clause before a "that" after the date: "a poll in August found that … should" looks ahead in what it found. */
function beforeReported(clause: string, written: string): string {
	const at = clause.indexOf(written.replace(/[\s,.;:]+$/, ''));
	if (at < 0) return clause;
	const that = /\bthat\b/.exec(clause.slice(at));
	return that ? clause.slice(0, at + that.index) : clause;
}
/**
 * A number of days, weeks or years no one counted: "a few", "several", "some", "many", and a plural with no number
 * after "past" or "last" ("in past years", "the last months"), which chrono reads as one.
 */
const UNCOUNTED =
	/\b(?:(?:few|several|some|many)\s+(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)|(?:past|last)\s+(?:days|weeks|months|years|decades))\b/i;

/** Past forms the subject rule reads besides PAST_VERB's: after a subject, "left" and "found" are verbs. */
const PAST_AFTER_SUBJECT = /\b(?:left|told|found|led|saw|got|thought|heard|felt|sat)\b/u;

/**
 * "The Feb. 13 death of the judge left the court split": a date inside the noun phrase that opens the sentence is
 * told in the tense of the verb that follows the phrase, which toldInThePast, reading only what comes before the
 * date, never sees.
 */
function inSubjectOfPast(s: string, index: number, written: string): boolean {
	if (!/^[\s"“]*The\s+$/u.test(s.slice(0, index))) return false;
	const phrase = /^[^,;:—–]*/.exec(s.slice(index + written.replace(/[\s,.;:]+$/, '').length))![0];
	const verb = [PAST_VERB_ONE.exec(phrase), PAST_AFTER_SUBJECT.exec(phrase)]
		.filter((m) => m !== null)
		.sort((a, b) => a.index - b.index)[0];
	if (!verb) return false;
	const subject = phrase.slice(0, verb.index);
	return (
		subject.trim().split(/\s+/).length <= 8 &&
		!FUTURE.test(subject) &&
		!FORWARD.test(subject) &&
		!/\b(?:is|are|has|have)\b/i.test(subject)
	);
}
/**
 * "… shot dead four people in Orton, Ore., in December.": a date set off by a comma at the sentence's end, alone
 * in its clause but for a preposition, is told in the tense of the sentence before it.
 */
function trailingAdjunct(s: string, clause: string, index: number, written: string): boolean {
	const after = s.slice(index + written.length);
	return (
		/^[\s"”’.!?)]*$/.test(after) &&
		/^\s*(?:in|on|at|during|since|from|until|till|by)?\s*$/i.test(
			clause.replace(written, '').replace(/[.!?"”’)\s]+$/, '')
		)
	);
}
/**
 * "In October, Mrs. Ruiz, the party's nominee, proposed a toll": when the subject after a fronted date is followed by
 * an appositive set off by commas, the verb that tells the tense comes after the appositive.
 */
function verbAfterAppositive(subject: string, after: string): string {
	const verb = PAST_VERB_ONE;
	if (verb.test(subject) || looksAhead(subject)) return subject;
	const appositive = /^\s*,\s*(?:the|a|an|who|which|whose)\b[^,;]*,([^,;]*)/i.exec(after);
	return appositive ? subject + appositive[1] : subject;
}
const MONTH_PREPOSITION =
	/\b(?:in|since|until|till|by|from|through|of|early|late|mid|last|next|this|before|after|during|on)\s*-?\s*$/i;

const LOWER_CASE_MONTH = new RegExp(`\\b(?:${MONTH_NAMES.map((m) => m.toLowerCase()).join('|')})\\b`);
const ABBREVIATED_DAY = new RegExp(`^(?:${DAY_ABBREVIATIONS})$`, 'i');
const LOOSE_DAY = /^(?:today|tonight|tomorrow|yesterday)$/i;
const DAY_AND_PART_TITLED = new RegExp(`^(?:${WEEKDAYS.join('|')})\\s+(?:Night|Morning|Evening|Afternoon)$`);
const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAYS.join('|')})$`, 'i');
/** Words before a weekday that make it a time: "on Monday President Doe signed" is a date, not a name. */
const TIME_LEAD =
	/\b(?:on|by|until|till|since|from|before|after|last|next|this|that|each|every|through|to)\s+$/i;
/** A month (and day) joined to the one before it in a pair or list: " or September", "/February", ", May 5". */
const JOINED_MONTH = `(?:,?\\s+(?:or|and)\\s+(?:in\\s+)?|\\s*[/,]\\s*)(${MONTH_NAMES.join('|')})(?:\\s+\\d{1,2})?`;
/**
 * Other months joined to a month, then its year: " or September in 2000", " and May of 1998", "/February 2000",
 * " and May 2001". The last joined month is kept to tell "December/January 2001" crosses a year.
 */
const YEAR_AFTER_MONTH = new RegExp(
	`^(?:(?:${JOINED_MONTH})*\\s+(?:in|of)\\s+((?:1[89]|20)\\d\\d)|(?:${JOINED_MONTH})+,?\\s+((?:1[89]|20)\\d\\d))\\b(?![-–/])`
);
const WEEKDAY_ORDINAL = '(?:first|second|third|fourth|fifth|last)';
const ORDINAL_BEFORE = new RegExp(`\\b${WEEKDAY_ORDINAL}\\s+$`, 'i');
/** "Monday of October" after "the third": a weekday counted within a month ("the fourth Thursday in November"). */
const COUNTED_WEEKDAY = new RegExp(
	`^(?:${WEEKDAYS.join('|')})\\s+(?:of|in)\\s+(?:${MONTH_NAMES.join('|')})\\b`
);
/** "the third Monday of" before a month: a day the calendar's rule gives in any year, none when no year is told. */
const WEEKDAY_COUNTED_IN = new RegExp(
	`\\b${WEEKDAY_ORDINAL}\\s+(?:${WEEKDAYS.join('|')})\\s+(?:of|in)\\s+$`,
	'i'
);
/** A year told from the article's: "next year", "two years from now", "three years ago". */
const YEAR_AWAY = `(next|last|this)\\s+year|(a|one|${NUMBER})\\s+years?\\s+(from\\s+now|hence|ago)`;
/** "two years from now in February", "last year in March": the year, then the month it holds. */
const YEAR_AWAY_BEFORE = new RegExp(`\\b(?:${YEAR_AWAY})\\s+(?:in\\s+)?$`, 'i');
/** "in June two years ago", "in February, two years from now": the month, then its year. */
const YEAR_AWAY_AFTER = new RegExp(`^,?\\s+(?:${YEAR_AWAY})\\b`, 'i');

/** How many years from the article's a month is told to lie by the year phrase beside it, if one is. */
function yearsAwayBeside(before: string, after: string): number | undefined {
	const m = YEAR_AWAY_BEFORE.exec(before) ?? YEAR_AWAY_AFTER.exec(after);
	if (!m) return undefined;
	const [, which, count, way] = m;
	if (which) return { next: 1, last: -1, this: 0 }[which.toLowerCase() as 'next' | 'last' | 'this'];
	const n = /^(?:a|one)$/i.test(count!) ? 1 : readNumber(count!);
	if (n === null) return undefined;
	return /^ago$/i.test(way!) ? -n : n;
}
/** " of that year", ", in the same year": the year a month and day belong to is one told before. */
const OF_THAT_YEAR = /^,?\s+(?:of|in)\s+(?:that|the\s+same)\s+year\b/i;
const DATE_FOLLOWER = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAYS].join('|')}|\\d)`, 'i');

/**
 * "Super Tuesday", "Black Friday", "Good Friday": a day with a name of its own is a fixed event of the calendar, not
 * the latest or the coming such weekday.
 */
const NAMED_DAY = /\b(?:Super|Black|Cyber|Good|Ash|Easter|Palm|Bloody|Maundy|Holy)\s+$/;
/**
 * "the 1990 Trust", "the 1922 Committee": a year between "the" and an organisation's noun is the body's name, not
 * when anything happened.
 */
const BODY_AFTER_YEAR =
	/^\s+(?:Trust|Committee|Foundation|Group|Society|Club|Institute|Fund|Movement|Party|Network|Project|Alliance|Initiative|Coalition|Campaign|Commission)\b/;
/**
 * "the anti-Syrian March 14 government coalition", "the April 6 Youth Movement": a month and day without a year,
 * between "the" and a body's noun, is the body's name (after the day it began), not when anything happened.
 */
const BODY_AFTER_DAY = /^\s+(?:[\p{L}-]+\s+)?(?:coalition|alliance|movement|bloc|camp)\b/iu;
const THE_BEFORE_DAY = /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** "on Sun's licence": a weekday cut short owns nothing; with a possessive it is a name (a company), even after "on". */
function abbreviatedDayOwning(written: string, after: string): boolean {
	const lastWord = /\p{L}+$/u.exec(written)?.[0] ?? '';
	return ABBREVIATED_DAY.test(lastWord) && /^['’]s\b/.test(after);
}

/**
 * A date word that is part of a name is no date: "the Sun-Times" (a word joined to a capitalised one), "USA
 * Today" (a loose day word after a name), "the Sunday Herald" (a weekday before a capitalised word that is no
 * date, with no "on" or "last" before it), "Sun" (a weekday cut short with no full stop is a word, not a day).
 */
export function insideName(s: string, start: number, end: number): boolean {
	const written = s.slice(start, end);
	// "the August-September handover": a month joined to a month is a span of two, not a name.
	const joinedMonth = (word: string | undefined) =>
		MONTH_NAMES.includes(word ?? '') && MONTH_NAMES.includes(/^\p{L}+/u.exec(written)?.[0] ?? '');
	if (
		/^-\p{Lu}/u.test(s.slice(end)) &&
		/^\p{Lu}/u.test(written) &&
		!joinedMonth(/^-(\p{L}+)/u.exec(s.slice(end))?.[1])
	)
		return true;
	if (/\p{Lu}\p{L}*-$/u.test(s.slice(0, start)) && !joinedMonth(/(\p{L}+)-$/u.exec(s.slice(0, start))?.[1]))
		return true;
	// "Monday Night Baseball", "Sunday Morning Live": a weekday and a capitalised part of the day before another
	// capitalised word is a title.
	if (DAY_AND_PART_TITLED.test(written) && /^\s+\p{Lu}/u.test(s.slice(end))) return true;
	if (inShortTitle(s, start, end)) return true;
	// "told CBS This Morning": "This" capitalised after a name, mid-sentence, begins a title, not a time.
	if (/^This\s/.test(written) && /\p{Lu}[\p{L}.&]*\s+$/u.test(s.slice(0, start))) return true;
	if (/^\d{4}$/.test(written) && /\b[Tt]he\s+$/.test(s.slice(0, start)) && BODY_AFTER_YEAR.test(s.slice(end)))
		return true;
	if (
		/^\p{L}+\.?\s+\d{1,2}$/u.test(written) &&
		MONTH_AND_DAY.test(written) &&
		THE_BEFORE_DAY.test(s.slice(Math.max(0, start - 40), start)) &&
		BODY_AFTER_DAY.test(s.slice(end, end + 40))
	)
		return true;
	if (abbreviatedDayOwning(written, s.slice(end))) return true;
	if (!/^\p{L}+$/u.test(written)) return false;
	if (ABBREVIATED_DAY.test(written)) return !s.slice(end).startsWith('.');
	const before = s.slice(0, start);
	if (WEEKDAY_WORD.test(written) && NAMED_DAY.test(before)) return true;
	const name = /\p{Lu}[\p{L}.&]*\s+$/u.exec(before);
	if (
		LOOSE_DAY.test(written) &&
		/^\p{Lu}/u.test(written) &&
		name &&
		before.slice(0, name.index).trim() !== ''
	)
		return true;
	const next = /^\s+(\p{Lu}\p{L}*)/u.exec(s.slice(end));
	return (
		WEEKDAY_WORD.test(written) && next !== null && !DATE_FOLLOWER.test(next[1]!) && !TIME_LEAD.test(before)
	);
}

/**
 * "on “Fox News Sunday”", "ABC's “This Week”", "NBC's “Today” show": a quote of at most five words, each
 * capitalised, is a programme's or a work's title, and a day word in it names no day.
 */
const SHORT_TITLE = /[“"]((?:\p{Lu}[\p{L}'’.&]*\s+){0,4}\p{Lu}[\p{L}'’.&]*)[,.]?[”"]/gu;
function inShortTitle(s: string, start: number, end: number): boolean {
	return [...s.matchAll(SHORT_TITLE)].some((m) => m.index < start && end <= m.index + m[0].length);
}
const STORY_DAY_PART =
	/\b(?:that\s+(?:same\s+)?(?:night|evening|morning|afternoon)|(?:earlier|later)\s+(?:in\s+the|that)\s+day)$/i;
/** "— Ann Doe (@anndoe) June 3, 2016": an embedded post's signature dates the post on the page, not the story. */
const TWEET_SIGNED = /\(@\w+\)\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s*)?$/u;
export function extractDates(text: string, sentences: SentenceSpan[], articleDate?: string): DateFact[] {
	const ref = parseDay(articleDate);
	const facts: DateFact[] = [];
	const ids = new Set<string>();
	// The period the paragraph last named ("fiscal 2024", "the third quarter"), for "a year earlier".
	let period: { value: string; paragraph: number } | undefined;
	// The period the story's first paragraph with a date reports ("in April", "this year"), for "a year earlier" and
	// "year on year" in a later paragraph that names none of its own.
	let lead: { value: string; paragraph: number } | undefined;
	let firstParagraph: number | undefined;
	// The paragraph of the last date found with no value.
	let unvaluedParagraph: number | undefined;
	// A week the story named by its days ("in the week to 14 March"), for "the week before" and "the following week".
	let namedWeek: { value: string; paragraph: number } | undefined;
	// The quarter the story last named, for "the same quarter of the previous fiscal" and "up from … a year ago"
	// said of "the quarter", which may be paragraphs after it.
	let quarter: string | undefined;
	// The date the paragraph last named, for "At that time" and "the same day".
	let named: { value: string; paragraph: number } | undefined;
	// For a clock time with no day: the day last named in the narrative (not in a "had" clause, which tells what
	// came before it), and the day of the news, the first day the article names within a week of its date.
	// A day named as a part of it ("on the night of 14 March") is the one the story tells, and its "that night" or
	// clock times may come paragraphs later, so it is reached from any later paragraph while no other day is named.
	let lastDay: { value: string; paragraph: number; partOfDay: boolean } | undefined;
	const reaches = (day: typeof lastDay, paragraph: number) =>
		day !== undefined && (day.partOfDay || day.paragraph >= paragraph - 1);
	let newsDay: string | undefined;
	// The paragraph of the last "the same day" or "that night" whose day was not found.
	let unsettledDay: number | undefined;
	// The latest clock time told, with its day, for a clock time that only borrows the story's day.
	let lastClock: { value: string; paragraph: number } | undefined;
	// Month-days the article gave with a year ("Sept. 11, 2001"): "MM-DD" → year.
	const yearOfDay = new Map<string, string>();
	// A quote opened after a day its sentence told and still open when the sentence ends ("sent at 9:14 p.m. that
	// night: "Don't come by. Tonight sorts it out."): its next sentences were said on that day too.
	let openQuote: { day: string; paragraph: number } | undefined;
	// Whether a quote is open where the sentence starts, carried sentence to sentence within a paragraph.
	let quoteOpen = { paragraph: -1, open: false };
	const days: { fact: DateFact; course: DayCourse }[] = [];
	for (const sentence of sentences) {
		const s = text.slice(sentence.start, sentence.end);
		if (quoteOpen.paragraph !== sentence.paragraph)
			quoteOpen = { paragraph: sentence.paragraph, open: false };
		if (openQuote?.paragraph !== sentence.paragraph) openQuote = undefined;
		const found = [...ownRules(s, ref, FUTURE.test(s)), ...chronoDates(s, ref)];
		// "filed in Washington, D.C., on Monday": a parse may start at the comma after an abbreviation's point; the
		// comma is the sentence's, and choices opening with it (", on Friday") read as stray punctuation.
		for (const f of found) f.start += /^[\s,.;:]*/.exec(s.slice(f.start, f.end))![0].length;
		// "convicted in March of perjury": a parse that looked for a year after "of" keeps the preposition, which
		// belongs to the words after it.
		for (const f of found) f.end -= MONTH_THEN_OF.exec(s.slice(f.start, f.end))?.[1]?.length ?? 0;
		if (ref) comingVote(s, found, ref);
		// Longest, most trusted first; a later match that overlaps an accepted one is dropped.
		found.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
		const accepted: Found[] = [];
		for (const f of found)
			if (
				!insideName(s, f.start, f.end) &&
				!TWEET_SIGNED.test(s.slice(0, f.start)) &&
				!modifiesNoun(s, f.end) &&
				!inTitleCase(s, f.start, f.end) &&
				!(sentence === sentences[0] && inDateline(s, f.start, f.end)) &&
				!accepted.some((a) => f.start < a.end && a.start < f.end)
			)
				accepted.push(f);
		accepted.sort((a, b) => a.start - b.start);
		if (ref) reanchorSpokenDays(s, accepted, iso(ref));
		endsAfterStart(s, accepted);
		sameAsApposed(s, accepted);
		// The day this sentence has told so far, for a quote's "tonight" after it ("sent at 9:14 p.m. that night:
		// "Tonight sorts it out."): words written or said on that day count from it.
		let toldDay = openQuote?.day;
		const quoted = (at: number) => quoteOpenAfter(quoteOpen.open, s.slice(0, at));
		for (const f of accepted) {
			if (f.drop) continue;
			const written = s.slice(f.start, f.end);
			const about = describe(s, f);
			const base = `${normalize(written)}|${f.value ?? ''}|${normalize(s)}`;
			let id = `date-${hash(base)}`;
			for (let n = 2; ids.has(id); n++) id = `date-${hash(`${base}|${n}`)}`;
			ids.add(id);
			const fact: DateFact = {
				id,
				kind: 'date',
				text: written,
				about,
				evidence: { start: sentence.start, end: sentence.end }
			};
			let value = f.value;
			firstParagraph ??= sentence.paragraph;
			if (f.earlier && period?.paragraph === sentence.paragraph)
				value = shiftValue(period.value, f.earlier.unit, -f.earlier.n);
			else if (
				f.earlier &&
				f.earlier.unit === 'year' &&
				f.earlier.n > 0 &&
				lead &&
				// "For the first half of FY27, … against Rs 560 crore a year earlier": a period the paragraph names
				// with no value of its own is still the one compared with.
				unvaluedParagraph !== sentence.paragraph
			)
				value = shiftValue(lead.value, 'year', -f.earlier.n);
			if (f.anaphoric) value = named?.paragraph === sentence.paragraph ? named.value : undefined;
			// "had flown in from the capital that morning", "sworn in that same evening", "Earlier in the day": a part of
			// the day the story is telling, the day it last named (this paragraph or the one before, or any before for a
			// night told as such), else the day of the news, never a day still to come.
			// "The caucuses were held the same day. Earlier that day …": after a pointer left without its day, the
			// paragraph's story day is not known either.
			if (f.anaphoric && STORY_DAY_PART.test(written) && unsettledDay !== sentence.paragraph) {
				const day = reaches(lastDay, sentence.paragraph) ? lastDay!.value : newsDay;
				// "If you were on the harbour road that night", after a day still to come: some earlier night.
				const ahead = day !== undefined && ref !== null && day > iso(ref) && !FUTURE.test(s);
				value = ahead
					? undefined
					: (day ?? (named?.paragraph === sentence.paragraph ? named.value : undefined));
			}
			if (f.anaphoric && value === undefined) unsettledDay = sentence.paragraph;
			if (f.sameQuarterBack && quarter) value = shiftValue(quarter, 'year', -f.sameQuarterBack);
			// "Exports were 64 per cent during the quarter, up from 57 per cent a year ago": the quarter a year back.
			if (quarter && /^(?:a|one)\s+year\s+(?:ago|earlier)$/i.test(written) && QUARTER_TOLD.test(s))
				value = shiftValue(quarter, 'year', -1);
			// "every 20 minutes between 6 a.m. and 10 p.m.": the hours of something that recurs fall on no one day.
			if ((f.clock || f.storyDay) && value === undefined && !(f.clock && RECURRING.test(s))) {
				let day = reaches(lastDay, sentence.paragraph) ? lastDay!.value : newsDay;
				if (f.clock && ref && TODAY_TOLD.test(s.replace(QUOTED, '').replace(PUT_OFF_UNTIL_TODAY, '')))
					day = iso(ref);
				// "I was asleep at 3:39": a time told in the past is not on a day still to come.
				if (day && ref && day > iso(ref) && !FUTURE.test(s)) day = newsDay;
				// "Voting ends at 7 p.m." on the day of writing is today's; told of another day it is a routine.
				if (f.clock && routine(s) && (!ref || day !== iso(ref))) day = undefined;
				if (day && f.nextDay) day = iso(shift(parseDay(day)!, 'day', 1));
				if (day) value = `${day}${f.clock ?? ''}`;
				// "bought food at 10pm … The work was done at 5am": a morning hour soon after an afternoon's or
				// evening's on a borrowed day may be the next morning; the story does not say which day, so none is
				// given. A time with its zone ("02:10 UTC") is most often the same moment told again, and a story
				// that comes back to the morning paragraphs later is telling it again.
				if (
					f.clock &&
					value &&
					lastClock &&
					lastClock.paragraph >= sentence.paragraph - 1 &&
					pastMidnight(lastClock.value, value, written)
				)
					value = undefined;
			}
			if (value && /T\d\d:\d\d/.test(value)) lastClock = { value, paragraph: sentence.paragraph };
			// "a note two days earlier": counted from the day the story named a sentence or a paragraph before.
			// "arrived a day earlier than they had anticipated": compared with what was expected, not with that day.
			if (
				f.daysFrom !== undefined &&
				lastDay &&
				lastDay.paragraph >= sentence.paragraph - 1 &&
				!/^\s+than\b/i.test(s.slice(f.end))
			)
				value = iso(shift(parseDay(lastDay.value)!, 'day', f.daysFrom));
			// "a century earlier": counted from the year the paragraph named; a count on ("a century later") that
			// would pass the article's year counts from something else, an event the story does not date.
			if (f.yearsFrom !== undefined && named?.paragraph === sentence.paragraph) {
				const year = Number(named.value.slice(0, 4)) + f.yearsFrom;
				if (!ref || year <= ref.y) value = String(year);
			}
			if (f.ofNamedYear && named?.paragraph === sentence.paragraph) {
				const year = Number(named.value.slice(0, 4));
				value = namedYearPart(f.ofNamedYear, year);
			}
			if (f.seasonFrom && named?.paragraph === sentence.paragraph)
				value = seasonBeside(named.value, f.seasonFrom.season, f.seasonFrom.step);
			// "the following Tuesday": counted from the day the story last named, or from the day of the news.
			const from = lastDay?.value ?? newsDay;
			if (f.weekdayFrom && from) value = weekdayFrom(from, f.weekdayFrom.step, f.weekdayFrom.weekday);
			// "the same quarter a year earlier": the quarter the story reported, paragraphs before if need be.
			if (f.earlier && quarter && /\bsame\s+quarter\s+$/i.test(s.slice(0, f.start)))
				value = shiftValue(quarter, f.earlier.unit, -f.earlier.n);
			// "184 cases in the week to 14 March, up 22 per cent on the week before": the seven days before that week.
			const step =
				/^(?:on\s+|in\s+)?the\s+(?:(week\s+before|previous\s+week|preceding\s+week)|week\s+after|following\s+week|next\s+week)$/i.exec(
					written
				);
			if (step && value === undefined && namedWeek && namedWeek.paragraph >= sentence.paragraph - 1)
				value = namedWeek.value
					.split('/')
					.map((d) => iso(shift(parseDay(d)!, 'day', step[1] ? -7 : 7)))
					.join('/');
			if (ref && value && newsDay) value = spokenAtTheNews(s, f, written, value, iso(ref), newsDay);
			const spoken = SPOKEN_DAY.test(written.trim());
			if (ref && spoken && toldDay && quoted(f.start) && value?.slice(0, 10) === iso(ref))
				value = iso(shift(parseDay(toldDay)!, 'day', spokenOffset(written)));
			// Reported speech turns "last week" into "the previous week": with no day told before it in the
			// paragraph, nor beside it in the sentence, it counts back from the time of telling, the article's.
			if (
				ref &&
				value === undefined &&
				/^the\s+previous\s+week$/i.test(written) &&
				SPEECH_VERB.test(s) &&
				lastDay?.paragraph !== sentence.paragraph &&
				!accepted.some((a) => a.value !== undefined && /^\d{4}-\d\d-\d\d/.test(a.value))
			)
				value = previousWeek(ref);
			// "signed on October 8. 2002": a stray stop between a day and the year written with it. Read as a
			// sentence's end it would give the day the article's year, a wrong key; the year cannot be told from one
			// opening the next sentence, so the day is given none.
			if (
				value &&
				/^\d{4}-\d\d-\d\d/.test(value) &&
				!WRITTEN_YEAR.test(written) &&
				STRAY_STOP_YEAR.test(text.slice(sentence.start + f.end))
			)
				value = undefined;
			const day = value?.slice(0, 10);
			if (!spoken && day && /^\d{4}-\d\d-\d\d$/.test(day) && !value!.includes('/')) toldDay = day;
			if (ref && day && /^\d{4}-\d\d-\d\d$/.test(day) && !value!.includes('/')) {
				if (!toldAsBackstory(s, f.start))
					lastDay = {
						value: day,
						paragraph: sentence.paragraph,
						partOfDay:
							/\b(?:morning|afternoon|evening|night)\s+of\s+$/i.test(s.slice(0, f.start)) ||
							/^(?:on\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\b/i.test(written) ||
							(lastDay?.partOfDay === true && lastDay.value === day)
					};
				if (!newsDay && Math.abs(daysBetween(day, iso(ref))) <= 7) newsDay = day;
			}
			if (value !== undefined) named = { value, paragraph: sentence.paragraph };
			if (value && isWeek(value) && !/\b(?:this|last|next|past)\s+week\b/i.test(written))
				namedWeek = { value, paragraph: sentence.paragraph };
			// "the Sept. 11 attacks" after "Sept. 11, 2001": a month and day naming an event ("the … attacks") that the
			// article dated with a year before keeps that year ("the vote is on Sept. 11" is still this year's).
			if (value && /^\d{4}-\d\d-\d\d$/.test(value) && MONTH_AND_DAY.test(written)) {
				const year = WRITTEN_YEAR.exec(written)?.[0];
				const namesEvent = /\bthe\s+$/i.test(s.slice(0, f.start)) && /^\s+\p{Ll}/u.test(s.slice(f.end));
				if (year) yearOfDay.set(value.slice(5), year);
				else if (namesEvent && yearOfDay.has(value.slice(5)))
					value = `${yearOfDay.get(value.slice(5))}${value.slice(4)}`;
				// "the terrorist attack on September 11 … ‘September 11 was terrible’": once the article has told the
				// attacks by their day, the day said again is the attacks, unless something happens "on" it.
				else if (
					yearOfDay.get('09-11') === '2001' &&
					value.slice(5) === '09-11' &&
					!/\bon\s+$/i.test(s.slice(0, f.start))
				)
					value = '2001-09-11';
				else if (ref && value.slice(5) === '09-11') {
					value = bareSeptemberEleventh(s, value, iso(ref));
					if (value === '2001-09-11') yearOfDay.set('09-11', '2001');
				}
			}
			if (value !== undefined) fact.value = value;
			// A period the figures are compared against ("down 2.3 per cent from March", "the most since 2012", "a year
			// earlier") is not the one the paragraph reports, which a later "a year earlier" counts back from.
			if (
				value !== undefined &&
				!/^\d{4}-\d\d-\d\d(?:\/\d{4}-\d\d-\d\d)?$/.test(value) &&
				!(f.earlier && f.earlier.n > 0) &&
				!f.sameQuarterBack &&
				!comparedWith(s, f.start, written)
			) {
				period = { value, paragraph: sentence.paragraph };
				if (!lead && sentence.paragraph <= firstParagraph + 1) lead = period;
			}
			// Only a quarter the sentence names itself: one counted back from it is not the quarter reported.
			if (value !== undefined && value === f.value && isQuarter(value)) quarter = value;
			if (value === undefined) unvaluedParagraph = sentence.paragraph;
			if (f.course) days.push({ fact, course: f.course });
			facts.push(fact);
		}
		quoteOpen.open = quoted(s.length);
		openQuote = toldDay && quoteOpen.open ? { day: toldDay, paragraph: sentence.paragraph } : undefined;
	}
	settleWeekdays(days);
	if (ref) settleMonthDays(facts, iso(ref));
	return facts;
}

/**
 * "On or about July 12, Mr. Libby spoke with …" in a story that also tells of "the July 12, 2003 interview": a month
 * and day with no year, read in the article's own year months from its date, is the day the article dates
 * elsewhere with one other year, before or after. Near the article's date it stays this year's (an anniversary
 * told "this July 12").
 */
function settleMonthDays(facts: DateFact[], articleDay: string): void {
	const written = (f: DateFact) => WRITTEN_YEAR.exec(f.text)?.[0];
	for (const fact of facts) {
		const value = fact.value;
		if (!value || !/^\d{4}-\d\d-\d\d$/.test(value) || !MONTH_AND_DAY.test(fact.text) || written(fact))
			continue;
		if (Math.abs(daysBetween(value, articleDay)) <= 7) continue;
		const years = new Set(
			facts
				.filter((f) => f.value?.slice(4, 10) === value.slice(4) && written(f) === f.value?.slice(0, 4))
				.map((f) => f.value!.slice(0, 4))
		);
		if (years.size === 1 && !years.has(value.slice(0, 4))) fact.value = `${[...years][0]}${value.slice(4)}`;
	}
}

/** The clause opens with "if" or "unless" and the sentence before it says what would, could or will follow. */
function onCondition(s: string, clause: string): boolean {
	const at = s.indexOf(clause);
	return (
		/^\s*(?:if|unless)\b/i.test(clause) && /\b(?:would|could|might|will)\b/i.test(s.slice(0, Math.max(0, at)))
	);
}

/** A span of seven days, "YYYY-MM-DD/YYYY-MM-DD". */
function isWeek(value: string): boolean {
	const [from, to] = value.split('/');
	return Boolean(from && to && /^\d{4}-\d\d-\d\d$/.test(from) && daysBetween(from, to) === 6);
}

/** "from March", "since 2012", "than in January", "from 6.1 per cent in March": a date a figure is compared with. */
function comparedWith(s: string, start: number, written: string): boolean {
	const before = s.slice(0, start);
	return (
		/^(?:from|since|than|on|against)\b/i.test(written) ||
		/\b(?:from|since|than|on|against|compared\s+(?:with|to)|versus)\s+(?:the\s+)?$/i.test(before) ||
		/\b(?:from|since|than|compared\s+(?:with|to))\s+[^,;]{0,40}?\bin\s+$/i.test(before)
	);
}

/**
 * The clause without a quotation that opens after its date: "a plea in April for them to “take steps which will
 * end it”" quotes the plea in its speaker's tense, which places what the plea asked for, not the April it was made.
 */
function unquotedAfter(clause: string, text: string): string {
	const at = clause.indexOf(text.trim());
	if (at < 0) return clause;
	const quote = /["“]/.exec(clause.slice(at));
	return quote ? clause.slice(0, at + quote.index) : clause;
}
/** The sentence's dates read again with `s.slice(from, to)` blanked, every other word in its place. */
function readWithout(s: string, from: number, to: number, ref: Day | null): Found[] {
	return chronoDates(s.slice(0, from) + ' '.repeat(to - from) + s.slice(to), ref);
}

function chronoDates(s: string, ref: Day | null): Found[] {
	// Every result chrono could give must contain one of these words: most sentences need no parse at all.
	if (!DATE_WORD.test(s)) return [];
	const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
	const reference = { instant, timezone: 0 };
	const backward = casual.parse(s, reference, { forwardDate: false });
	// Only the clause that speaks of the future reads forward: "who took office in January, will build" keeps
	// January in the past.
	// Parsed only when a date is read ahead: a second parse of every sentence with "would" would double the cost.
	let forward: ParsedResult[] | undefined;
	const forwardParse = () => (forward ??= casual.parse(s, reference, { forwardDate: true }));
	const found: Found[] = [];
	for (const back of backward) {
		const clause = clauseAround(s, back.index, back.index + back.text.replace(/[\s,.;:]+$/, '').length);
		const monthDay =
			back.start.isCertain('month') && back.start.isCertain('day') && !back.start.isCertain('weekday');
		// "Tickets go on sale in January": a schedule reads a month forward as well as a month and day.
		const month = back.start.isCertain('month') && !back.start.isCertain('weekday');
		// "said the season would begin on October 9": what was said to come lies after the saying, the news; a
		// saying dated by a month or year before it ("said in January that …") may be long past.
		const saidAhead =
			(monthDay || month) &&
			!PAST_PERFECT.test(s) &&
			!SAYING_DATED.test(s.slice(0, back.index)) &&
			lookedAheadTo(clause.slice(0, Math.max(0, clause.indexOf(back.text.trim()))));
		// "could lose its status … if cases were still being passed on in December": a condition on what could or
		// would come lies ahead too, its verb put in the past only by the reporting.
		const conditional = (monthDay || month) && onCondition(s, clause);
		// "said on Monday that she will run": the day of the saying, whatever its clause looks ahead to.
		const daySaid =
			back.start.isCertain('weekday') &&
			(SAID_ON.test(s.slice(0, back.index)) ||
				(SAID_BEFORE.test(s.slice(0, back.index)) &&
					/^\s*that\b/i.test(s.slice(back.index + back.text.trimEnd().length))));
		const pastBefore = pastRightBefore(s.slice(0, back.index));
		// "has scheduled a new election for June 26" in a March article: chrono's nearest June 26, the one ahead, is
		// kept although the verb is in the past; when the latest one is the nearer, chrono gives that.
		const setFor = SET_FOR.test(s.slice(0, back.index)) && !PAST.test(s);
		const ahead =
			!daySaid &&
			!pastBefore &&
			(FUTURE.test(unquotedAfter(clause, back.text)) ||
				((monthDay || month) && (SCHEDULE.test(clause) || saidAhead || conditional)));
		const r = (ahead && forwardParse().find((f) => f.index === back.index && f.text === back.text)) || back;
		// "5:00 p.m." keeps its last point; other trailing punctuation belongs to the sentence.
		// "(02:10 UTC)": a closing bracket chrono read with the time is the sentence's, not the date's.
		const written = /\b[ap]\.m\.$/i.test(r.text.trimEnd())
			? r.text.trimEnd()
			: r.text.replace(/[\s,.;:]+$/, '').replace(/^([^(]*)\)$/, '$1');
		if (/^(?:now|right now)$/i.test(written) || !WHOLE_DATE_WORD.test(written)) continue;
		// "I was asked this a couple months ago": "this" is the object, and chrono reads "this a couple months" as
		// ahead. Read again without it, so "a couple months ago" keeps its "ago".
		const object = /^this\s+(?=an?\s)/i.exec(written);
		if (object) {
			const after = r.index + object[0].length;
			found.push(...readWithout(s, r.index, after, ref).filter((f) => f.start >= after));
			continue;
		}
		// "over the past few years": a vague stretch; the vague-period rule keeps the ones that say when.
		if (/^(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several|couple\s+of)\s+\w+$/i.test(written)) continue;
		// "in the months before the fire": a stretch told from an event, which chrono reads as a month back; like
		// "weeks before", it is anchored to the event and has no value of its own.
		if (/^(?:the\s+)?(?:days|weeks|months|years)\s+(?:before|after)$/i.test(written)) {
			found.push({ start: r.index, end: r.index + written.length, value: undefined, priority: 0 });
			continue;
		}
		// "the last ten minutes", "the next two hours": a stretch of a match or a meeting, not a date.
		if (/\b(?:seconds?|minutes?|hours?)\b/i.test(written) && !/\bago\b/i.test(written)) continue;
		// "hasn't called in six months", "has lost a stone in a year": "in" a stretch after a perfect reaches back
		// over it; a date would be a stretch ahead.
		// "has said she would settle in six months" looks ahead from the saying.
		if (IN_A_STRETCH.test(written) && PERFECT.test(clause) && !FUTURE.test(clause) && !MODAL.test(clause))
			continue;
		// "would last four years", "expected to last three weeks": "last" is the verb, the rest a duration.
		// ("compared to last year" names a year: only a count after "last" makes it a duration.)
		if (LAST_FOR_A_COUNT.test(written) && VERB_LEAD.test(s.slice(0, r.index))) continue;
		// "at about the 3:40 mark": a point in a recording or a race, not a time of day.
		if (/^\s*mark\b/i.test(s.slice(r.index + r.text.length))) continue;
		// "for five years" is a duration; "9/11" names an event, and "the 2003 9/11 attack" dates it by the year alone
		// (the bare-year rule's), never by a day the words join to it.
		const duration = A_COUNT_OF_UNITS.test(written);
		if (
			/^(?:for|within)\s/i.test(written) ||
			(duration && /\bfor\s+$/i.test(s.slice(0, r.index))) ||
			/^(?:\d{4}\s+)?\d{1,2}\/\d{1,2}$/.test(written)
		)
			continue;
		// "As of August 17, 83 candidates had registered", "in December 2005, 12 million voted": a number after the
		// comma counts what follows; chrono reads it as the year or the hour. Read again without it.
		const countAfter = /,\s*(\d{1,3})$/.exec(written);
		if (countAfter && !/^\s*(?:[ap]\.?m\b|o['’]clock|[:.]\d)/i.test(s.slice(r.index + written.length))) {
			const at = r.index + countAfter.index;
			const day = readWithout(s, at, at + countAfter[0].length, ref).find((f) => f.start === r.index);
			if (day) found.push(day);
			continue;
		}
		const c = r.start;
		// "voted 5 to 2 on Tuesday": a bare number is not a clock time; a time is written as one ("5:00", "5 p.m.").
		// "on December 3, at 1.28 times Earth's distance": a decimal before a unit is an amount, not "1:28".
		const amount =
			/\d\.\d\d$/.test(written) &&
			/^\s*(?:times|percent|per\s+cent|%|points?|million|billion|metres|meters|km|kilometres|miles|kg|tonnes|seconds)\b/i.test(
				s.slice(r.index + written.length)
			);
		const clock = !amount && /\d[:.]\d\d|\d\s*(?:[ap]\.?m\b|o['’]clock)|\bnoon\b|\bmidnight\b/i.test(r.text);
		if (c.isCertain('hour') && !clock) {
			if (!['year', 'month', 'day', 'weekday'].some((k) => c.isCertain(k as 'year'))) continue;
			const words =
				/\b(?:on|this|last|next)?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,\s*\d{4})?/i.exec(
					r.text
				);
			if (!words) continue;
			const at = r.index + words.index + (words[0].length - words[0].trimStart().length);
			found.push(
				...chronoDates(s.slice(at, at + words[0].trim().length), ref).map((f) => ({
					...f,
					start: f.start + at,
					end: f.end + at
				}))
			);
			continue;
		}
		// "rose to US$7.36 on Monday": a price is not a clock time, and the date is the words after it.
		const price =
			/[$€£¥]\s?$|US\$\s?$/.test(s.slice(Math.max(0, r.index - 4), r.index)) && /^\d/.test(written);
		if (price) {
			const rest = /^[\d.,:]+\s*/.exec(written)![0].length;
			const day = chronoDates(s.slice(r.index + rest), ref).map((f) => ({
				...f,
				start: f.start + r.index + rest,
				end: f.end + r.index + rest
			}));
			found.push(...day);
			continue;
		}
		// "the morning of October 12", "the night on Tuesday": chrono leaves the day uncertain; the date is the words
		// after "of" or "on".
		const partOf = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+(?:of|on)\s+/i.exec(written);
		if (partOf) {
			// Read again with the part of the day blanked out, so the rest of the sentence still sets the tense.
			const at = r.index + partOf[0].length;
			const day = readWithout(s, r.index, at, ref).find((f) => f.start === at);
			if (day) found.push({ ...day, start: r.index });
			continue;
		}
		const dated = ['year', 'month', 'day', 'weekday', 'hour'].some((k) => c.isCertain(k as 'year'));
		const relative = r.tags().has('result/relativeDate');
		if (!dated && !relative) continue;
		// "May" the month, not "may" the verb: a month alone needs a capital and a preposition or a year.
		if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year')) {
			const bare = written.replace(/^(?:in|on|since|by|from|until)\s+/i, '');
			const introduced = bare !== written || MONTH_PREPOSITION.test(s.slice(0, r.index));
			if (!/^[A-Z]/.test(bare) || !introduced) continue;
		}
		// "a third may have been wounded", "warming by 2100 may sound scary": a month's name is written with a capital;
		// in lower case beside a number it is the verb. Read again without it, so "by 2100" stays a year.
		const verb = c.isCertain('month') ? LOWER_CASE_MONTH.exec(written) : null;
		if (verb) {
			const at = r.index + verb.index;
			found.push(
				...readWithout(s, at, at + verb[0].length, ref).filter(
					(f) => f.start >= r.index && f.end <= r.index + written.length
				)
			);
			continue;
		}
		// "the third Monday of October": a weekday counted within a month is a rule of the calendar, no day of its own.
		if (
			c.isCertain('weekday') &&
			!c.isCertain('day') &&
			ORDINAL_BEFORE.test(s.slice(0, r.index)) &&
			COUNTED_WEEKDAY.test(s.slice(r.index))
		)
			continue;
		// "we both sat down": a weekday is written with a capital.
		if (c.isCertain('weekday') && !/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(written)) continue;
		// With no article date, nothing relative is resolved: "Last year" is no year ("Last year (1999)" was a wrong key).
		// "a few weeks ago", "several years ago": chrono counts "few" as 3 and "several" as 7, a day the article never
		// gave ("Several weeks ago (July 29, 2016)"); an uncounted span, like "in recent weeks", has no value.
		let value = (!ref && relative) || UNCOUNTED.test(written) ? undefined : chronoValue(r, ref);
		let course: DayCourse | undefined;
		const tenseClause =
			trailingAdjunct(s, clause, r.index, written) || PARTICIPLE_CLAUSE.test(clause)
				? s.slice(0, r.index + r.text.length)
				: clause;
		// "had hired advisers in March" in an October article is this March, not the next: chrono takes the
		// nearest month, but a clause told in the past ("had", "was") that does not look ahead means the latest.
		if (
			ref &&
			value &&
			/^\d{4}-\d\d(?:-\d\d)?$/.test(value) &&
			!relative &&
			!c.isCertain('year') &&
			value.slice(0, value.length === 7 ? 7 : 10) > iso(ref).slice(0, value.length === 7 ? 7 : 10) &&
			// The subject's own verb is read by inSubjectOfPast alone: "the ferry plan" later in the sentence is no
			// plan of the subject's.
			(((toldInThePast(tenseClause, r.text) ||
				frontedBeforePast(s, r.index, r.text) ||
				(PRONOUN_BEFORE.test(s.slice(0, r.index)) &&
					PAST_VERB_AFTER.test(s.slice(r.index + written.length)))) &&
				!looksAhead(beforeReported(tenseClause, r.text)) &&
				!PLANNED_AHEAD.test(beforeReported(tenseClause, r.text))) ||
				inSubjectOfPast(s, r.index, r.text)) &&
			!conditional &&
			!setFor &&
			// "said improvements were due to begin in June": a plan reported in the past is still ahead.
			!/\bdue\s+to\s+\p{Ll}/u.test(clause) &&
			!weekdayFitsYear(c, value) &&
			// A weekday written beside the day tells its year itself.
			!(daysAfterItsDate(value, iso(ref)) && !c.isCertain('weekday'))
		)
			value = shiftValue(value, 'year', -1);
		// "compared to 10,500 in the period from April to June" in an October article: the last April and the next are
		// as near, and chrono takes the next; with nothing in the sentence looking ahead, news tells of the one gone,
		// as the month rule reads "in April".
		if (
			ref &&
			value &&
			/^\d{4}-\d\d$/.test(value) &&
			!relative &&
			!c.isCertain('year') &&
			!ahead &&
			!conditional &&
			monthsBetween(iso(ref), value) === 6 &&
			!FUTURE.test(s) &&
			!FORWARD.test(s)
		)
			value = shiftValue(value, 'year', -1);
		// "planned the attack in March or September in 2000", "visited in January/February 2000": a month whose year
		// is written after it, past any other months joined to it, is in that year, not the article's; a month later
		// in the calendar than the one the year is written with is in the year before ("December/January 2001").
		const yearAfter = YEAR_AFTER_MONTH.exec(s.slice(r.index + written.length));
		if (value && yearAfter && !relative && !c.isCertain('year') && /^\d{4}-\d\d/.test(value)) {
			const [, joinedBeforeIn, yearAfterIn, joined, year] = yearAfter;
			const lastMonth = joined ?? joinedBeforeIn;
			const crosses = lastMonth !== undefined && monthOfName(lastMonth) < Number(value.slice(5, 7));
			value = String(Number(yearAfterIn ?? year) - (crosses ? 1 : 0)) + value.slice(4);
		}
		// "Tickets for next year's meeting, on June 12": a month and day with no year, in a sentence that names
		// next (or last) year as the one it speaks of, are in that year.
		const namedYear = /\b(next|last)\s+year['’]s\b/i.exec(s)?.[1]?.toLowerCase();
		if (
			ref &&
			value &&
			namedYear &&
			!relative &&
			!c.isCertain('year') &&
			c.isCertain('day') &&
			!c.isCertain('weekday')
		)
			value = `${ref.y + (namedYear === 'next' ? 1 : -1)}${value.slice(4)}`;
		// "pulled out two years from now in February": chrono reads the month apart from the year phrase beside it,
		// and gives it the nearest year.
		const yearsAway = yearsAwayBeside(s.slice(0, r.index), s.slice(r.index + written.length));
		if (
			ref &&
			value &&
			yearsAway !== undefined &&
			!relative &&
			!c.isCertain('year') &&
			/^\d{4}-\d\d/.test(value)
		)
			value = `${ref.y + yearsAway}${value.slice(4)}`;
		// "protests broke out on April 13 of that year": the year is one the story named before, not the article's,
		// which chrono gave it; with no year of its own the day is left unresolved.
		if (
			value &&
			!relative &&
			!c.isCertain('year') &&
			(OF_THAT_YEAR.test(s.slice(r.index + written.length)) || WEEKDAY_COUNTED_IN.test(s.slice(0, r.index)))
		)
			value = undefined;
		// A bare weekday in news is the latest one, the article's own day included, unless the clause speaks of
		// the future: chrono would take the nearest, so "fell on Friday" in a Tuesday article became next Friday.
		if (ref && c.isCertain('weekday') && !c.isCertain('day')) {
			const target = c.get('weekday') ?? 0;
			// "next Tuesday" said on a Tuesday is a week ahead, "last Tuesday" a week back.
			const lead = /^(?:on\s+)?(next|last)\s/i.exec(written)?.[1]?.toLowerCase();
			const ahead = (target - weekday(ref) + 7) % 7;
			const back = (weekday(ref) - target + 7) % 7;
			const toldAhead =
				!pastBefore &&
				(FUTURE.test(clause) ||
					lookedAheadTo(clause.slice(0, clause.indexOf(written.replace(/[\s,.;:]+$/, '')))) ||
					SET_FOR.test(s.slice(0, r.index)) ||
					FACES_EVENT.test(s.slice(0, r.index)) ||
					TAKEN_UP_AGAIN.test(s.slice(0, r.index)) ||
					(/\bon\s+\p{Lu}\p{Ll}+day[\s,.;:]*$/u.test(written) && futureGoverns(s.slice(0, r.index))) ||
					WHEN_AHEAD.test(s.slice(r.index + written.length)) ||
					mayHappenOn(s.slice(0, r.index)) ||
					openingDayAhead(s, r.index, r.index + written.length) ||
					aheadThroughout(s, r.index, r.index + written.length) ||
					ELECTION_NOW.test(pastless(s)));
			const eventAhead = aheadOfDaysEvent(s, r.index, r.index + written.length, clause);
			const delta =
				lead === 'next'
					? ahead || 7
					: lead === 'last'
						? -(back || 7)
						: daySaid
							? -back
							: toldAhead || eventAhead
								? ahead
								: -back;
			const time = value?.includes('T') ? value.slice(value.indexOf('T')) : '';
			value = iso(shift(ref, 'day', delta)) + time;
			if (!lead && ahead !== 0)
				course = dayCourse(s, r.index + written.length, clause, target, {
					said: daySaid,
					ahead: toldAhead,
					eventAhead,
					values: [iso(shift(ref, 'day', ahead)) + time, iso(shift(ref, 'day', -back)) + time]
				});
		}
		const end = r.index + written.length;
		// "Today [Friday]": the editor's bracket says which day the speaker's "today" was.
		const bracket = ref && BRACKETED_WEEKDAY.exec(s.slice(end));
		if (bracket) {
			const target = WEEKDAYS.indexOf(bracket[1]!);
			value = iso(shift(ref, 'day', -((weekday(ref) - target + 7) % 7)));
			found.push({ start: r.index, end: end + bracket[0].length, value, priority: 0 });
			continue;
		}
		const range = r.end ? splitRange(s, r, written, ref) : null;
		// The year the rules above gave the range's first end, its last end follows: "fell from April to June".
		const yearsMoved =
			range && value ? Number(value.slice(0, 4)) - Number(chronoValue(r, ref)?.slice(0, 4)) : 0;
		if (range && yearsMoved)
			for (const f of range) f.value = f.value && shiftValue(f.value, 'year', yearsMoved);
		// "lasted from Monday to Wednesday": told in the past, the latest such days, as for a bare weekday.
		const first = range?.[0]?.value;
		if (
			range &&
			ref &&
			first &&
			c.isCertain('weekday') &&
			!c.isCertain('day') &&
			first.slice(0, 10) > iso(ref) &&
			!FUTURE.test(clause) &&
			!FORWARD.test(clause)
		)
			for (const f of range) f.value = f.value && weekBack(f.value);
		if (range) found.push(...range);
		else if (value === undefined && clock && !c.isCertain('day') && !c.isCertain('weekday'))
			found.push({
				start: r.index,
				end,
				value,
				priority: 0,
				clock: `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`
			});
		else found.push({ start: r.index, end, value, priority: 0, course });
		// "on June 12 and 13": the second day of a pair shares the first one's month and year.
		const pair =
			!range && c.isCertain('month') && c.isCertain('day') && !c.isCertain('weekday')
				? /^(\s+(?:and|or|&)\s+)(\d{1,2})\b(?![\d:.,]\d|\s*(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/.exec(
						s.slice(end)
					)
				: null;
		// "on 3 and 4 March": the first day of a pair written day first, with its ordinal's letters ("the 8th and
		// 27th September"), or a blank leaves "_____ th".
		const before =
			!range && /^\d/.test(written) && c.isCertain('month') && c.isCertain('day')
				? /\b(\d{1,2}(?:st|nd|rd|th)?)(\s+(?:and|or|&)\s+)$/.exec(s.slice(0, r.index))
				: null;
		const earlier = before ? parseInt(before[1]!, 10) : 0;
		if (before && earlier < (c.get('day') ?? 0) && earlier >= 1) {
			const at = r.index - before[0].length;
			const first =
				value && /^\d{4}-\d\d-\d\d$/.test(value) ? `${value.slice(0, 8)}${pad2(earlier)}` : undefined;
			found.push({ start: at, end: at + before[1]!.length, value: first, priority: 0 });
		}
		const day = pair ? Number(pair[2]) : 0;
		if (pair && day > (c.get('day') ?? 31) && day <= 31) {
			const at = end + pair[1]!.length;
			const second =
				value && /^\d{4}-\d\d-\d\d$/.test(value) ? `${value.slice(0, 8)}${pad2(day)}` : undefined;
			found.push({ start: at, end: at + pair[2]!.length, value: second, priority: 0 });
		}
	}
	return found;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "who had pulled out on Thursday": a day told in the pluperfect, in the clause leading up to it, came before the
 * time the story is told in. A comma inside a number ("5,000m") does not end the clause.
 */
function toldAsBackstory(s: string, start: number): boolean {
	const head = s.slice(0, start);
	const from = Math.max(-1, ...[...head.matchAll(/[;:—]|,(?!\d)/g)].map((m) => m.index));
	return /\bhad\b/i.test(head.slice(from + 1));
}

/**
 * "WASHINGTON, Aug. 24 (UPI) — A spokesman said …": the dateline that opens a wire story says when it was filed,
 * which is no fact of the story to learn. So does a date set apart in marks before the story's first words
 * ("'April 7, 2005' Four people were killed today …", wiki bold left as quotes).
 */
function inDateline(s: string, start: number, end: number): boolean {
	const marked = /^\s*['‘"“][^'‘’"“”]{0,30}\d[^'‘’"“”]{0,30}['’"”]\s+\p{Lu}/u.exec(s);
	if (marked && end < marked[0].length) return true;
	return (
		/^\s*\p{Lu}[\p{Lu}\s.'’-]*(?:,\s*\p{Lu}[\p{L}\s.'’-]*)?,\s*$/u.test(s.slice(0, start)) &&
		/^[\s,]*(?:\([^)]*\)\s*)?(?:[—–]|--?)\s/.test(s.slice(end))
	);
}

/**
 * "and that night shifts were often covered": a day part before a plural noun and its verb names a kind of thing
 * (night shifts, day trips), not a time.
 */
function modifiesNoun(s: string, end: number): boolean {
	return (
		/\b(?:night|morning|evening|afternoon|day|week)$/i.test(s.slice(0, end)) &&
		/^\s+\p{Ll}+s\s+(?:were|are|was|is|had|have|will|would|could)\b/u.test(s.slice(end))
	);
}

/** "The Commission Report One Year Later": a stretch written in capitals inside a sentence is part of a title. */
function inTitleCase(s: string, start: number, end: number): boolean {
	return start > 0 && /^(?:\p{Lu}\p{Ll}*\s+)+(?:Later|Earlier|Ago|On)$/u.test(s.slice(start, end));
}

/**
 * "CNN reported January 22" in an article dated January 20: a day told in the past a few days after the article's
 * date is the story catching up with its page (news writes a day a year gone with its year), not the year before.
 * Up to two weeks on, a day the past tense reaches is still the coming one ("was sent early, telling her of the Dec 2
 * date", "has been rescheduled for January 12"): a day eleven months back, news writes with "last" or its year.
 */
export function daysAfterItsDate(value: string, articleDate: string): boolean {
	if (!/^\d{4}-\d\d-\d\d$/.test(value)) return false;
	const days = daysBetween(articleDate, value);
	return days > 0 && days <= CATCHING_UP_DAYS;
}
const CATCHING_UP_DAYS = 14;

/** Days from one 'YYYY-MM-DD' to another. */
function daysBetween(from: string, to: string): number {
	return (Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000;
}

/**
 * "from February 1, 2006 to February 2, 2008", "January 23 through March 9": a range is two dates, each with its
 * own words and value.
 */
function splitRange(s: string, r: ParsedResult, written: string, ref: Day | null): Found[] | null {
	const joint = /\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*/g;
	let cut: RegExpExecArray | null = null;
	for (let m = joint.exec(written); m; m = joint.exec(written))
		if (/\d|[A-Z]/.test(written.slice(m.index + m[0].length, m.index + m[0].length + 1))) cut = m;
	if (!cut || !r.end) return null;
	const lead = /^(?:from|between)\s+/i.exec(written)?.[0] ?? '';
	const first = written.slice(lead.length, cut.index).replace(/[\s,]+$/, '');
	const secondAt = cut.index + cut[0].length;
	if (!first || secondAt >= written.length) return null;
	return [
		{
			start: r.index + lead.length,
			end: r.index + lead.length + first.length,
			value: chronoValue(r, ref),
			priority: 0
		},
		{
			start: r.index + secondAt,
			end: r.index + written.length,
			value: chronoValue(r, ref, r.end),
			priority: 0
		}
	];
}

/**
 * "have scheduled the announcement for Friday, August 17": a weekday written beside a month and day falls on that
 * date in one year only, so when it fits the year chrono took, no reading of the clause's tense moves it a year back.
 */
function weekdayFitsYear(c: ParsedComponents, value: string): boolean {
	const day = parseDay(value.slice(0, 10));
	return c.isCertain('weekday') && c.isCertain('day') && day !== null && weekday(day) === c.get('weekday');
}

/** Whole months from the month of `from` to the month of `to` (both ISO, `to` at least a month). */
function monthsBetween(from: string, to: string): number {
	return (
		(Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
		Number(to.slice(5, 7)) -
		Number(from.slice(5, 7))
	);
}

function chronoValue(r: ParsedResult, ref: Day | null, c: ParsedComponents = r.start): string | undefined {
	const year = c.get('year');
	const month = c.get('month');
	const day = c.get('day');
	if (year === null || month === null || day === null) return undefined;
	// Without the article's date, "Tuesday" or "last year" has no value; "21 March 1980" still has one.
	if (!ref && !c.isCertain('year')) return undefined;
	const ago = /\b(years?|months?|weeks?|days?)\s+ago\b/i.exec(r.text)?.[1]?.toLowerCase();
	if (ago?.startsWith('year')) return String(year);
	if (ago?.startsWith('month')) return `${year}-${pad(month)}`;
	const hour = c.get('hour');
	// "Tuesday at 5 p.m.": a clock time on a known day is a date-time; a time alone has no day to sit on.
	if ((c.isCertain('day') || c.isCertain('weekday')) && c.isCertain('hour') && hour !== null)
		return `${iso({ y: year, m: month, d: day })}T${pad(hour)}:${pad(c.get('minute') ?? 0)}`;
	if (c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !ago) return undefined;
	if (c.isCertain('day') || c.isCertain('weekday') || ago) return iso({ y: year, m: month, d: day });
	if (c.isCertain('month')) return `${year}-${pad(month)}`;
	if (c.isCertain('year')) return String(year);
	return undefined;
}

/** What happened then: the sentence without the date expression, cut to the clause around it when long. */
function describe(s: string, f: Found): string {
	// "last year’s summit" reads "the summit" once the date is gone.
	const possessive = /^['’]s\b/.exec(s.slice(f.end));
	// "parts of the 1994 crime bill" reads "parts of the crime bill": a date modifying a noun leaves its article.
	const modifier =
		/\b(?:the|a|an)\s+$/i.test(s.slice(0, f.start)) &&
		/^\s+(?!(?:and|or|to|when|after|before|in|on|at|for|with|of|was|is|as|by|that|which)\b)\p{Ll}/u.test(
			s.slice(f.end)
		);
	// "Two hours after his tweet, Doe posted …" reads "After his tweet, Doe posted …": a time counted from an event
	// keeps the word that ties it to the event, and the words before it stay ("not until after the vote").
	const relation = /^\s+\p{L}/u.test(s.slice(f.end))
		? (/\b(?:before|after)$/i.exec(s.slice(f.start, f.end))?.[0].toLowerCase() ?? '')
		: '';
	// "scheduled for Nov. 7" and "in the weeks after": the preposition goes with the date.
	const lead =
		possessive || modifier
			? ''
			: relation
				? // "In the months before the fire" reads "Before the fire"; "not until the week after" keeps "until".
					(/\b(?:in|during|over|within)\s+$/i.exec(s.slice(0, f.start))?.[0] ?? '')
				: (/\b(?:(?:for|in|on|at|by|since|until|from|during|of)\s+)?(?:the\s+)?$/i.exec(
						s.slice(0, f.start)
					)?.[0] ?? '');
	// "crossed the border more than 30 years ago" reads "crossed the border": the bound goes with the date, unless it
	// compares a figure ("$74 million more than a year ago").
	const bound =
		!lead && /\bago$/i.test(s.slice(f.start, f.end))
			? (new RegExp(
					String.raw`(?:^|${NOT_COMPARED}\s)(?:${OPEN_BOUND_WORDS}|nearly|almost|about|some|roughly|around|just|only)\s+$`,
					'i'
				).exec(s.slice(0, f.start))?.[0] ?? '')
			: '';
	const head = s.slice(0, f.start - lead.length - bound.length);
	let sentence = possessive
		? `${head}\uE000the${s.slice(f.end + possessive[0].length)}`
		: `${head}\uE000${relation}${s.slice(f.end)}`;
	// "— but not all —", "— at least since 2007 —": an aside set off by a pair of dashes is no clause to cut at, and a
	// date inside one goes with it, leaving the clause it interrupts.
	sentence = sentence.replace(/\s[—–]\s([^—–]*?)\s[—–](?=\s)/g, (aside: string, inner: string) =>
		inner.includes('\uE000') ? ' \uE000' : aside.replace(/[—–]/g, '\uE001')
	);
	if (sentence.length > 180) {
		const at = sentence.indexOf('\uE000');
		const left = Math.max(
			...[';', ':', '—', ', and ', ', but ', ', said ', ', while '].map((b) => sentence.lastIndexOf(b, at))
		);
		const rightCuts = [';', ':', '—', ', and ', ', but ', ', said ', ', while ', ', even ']
			.map((b) => sentence.indexOf(b, at))
			.filter((i) => i >= 0);
		const right = rightCuts.length > 0 ? Math.min(...rightCuts) : sentence.length;
		sentence = sentence.slice(left >= 0 ? left + 1 : 0, right);
	}
	let about = sentence
		.replace(/\uE001/g, '—')
		// "a 1996 overhaul" reads "an overhaul".
		.replace(/\b([Aa])(\s+\uE000\s*)(?=[aeiou])/, '$1n$2')
		.replace(/\uE000/, ' ')
		.replace(/^[\s,;:—–]+/, '')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/[,;]\s*([.!?]|$)/g, '$1')
		// "in Orton, Ore., in December." reads "in Orton, Ore.": an abbreviation's point ends the sentence too.
		.replace(/(?<!\.)\.\.(?!\.)/g, '.')
		.replace(/\s+/g, ' ')
		.replace(/^(?:and|but|so)\s+/i, '')
		.trim();
	about = about.charAt(0).toUpperCase() + about.slice(1);
	if (about.length > 200) {
		const cut = about.lastIndexOf(' ', 197);
		about = endCut(about.slice(0, cut > 0 ? cut : 197));
	}
	return about;
}

function normalize(s: string): string {
	return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The same day and time a week earlier: 'YYYY-MM-DD' with an optional 'THH:MM'. */
function weekBack(value: string): string {
	const [y, m, d] = value.slice(0, 10).split('-').map(Number);
	return iso(shift({ y: y!, m: m!, d: d! }, 'day', -7)) + value.slice(10);
}

/**
 * "between Friday and Saturday", "from Monday to Wednesday", "begins next Monday and ends in June": the second date
 * of a span read apart from the first ends it, so it is never before it; a week is added to a weekday that would
 * be, a year to a month or a month and day written without one.
 */
function endsAfterStart(s: string, found: Found[]): void {
	for (let i = 1; i < found.length; i++) {
		const [a, b] = [found[i - 1]!, found[i]!];
		if (!a.value || !b.value || !/^\d{4}-\d\d(?:-\d\d)?$/.test(b.value)) continue;
		if (b.value >= a.value.slice(0, b.value.length)) continue;
		const joint = s.slice(a.end, b.start);
		const written = s.slice(b.start, b.end).trim();
		const opened =
			/\b(?:between|from)\s+$/i.test(s.slice(0, a.start)) || /^(?:between|from)\s/i.test(s.slice(a.start));
		if (WEEKDAY_WORD.test(written)) {
			if (opened && /^\s*(?:and|to|until|till|through|[-–])\s*$/i.test(joint)) b.value = weekAhead(b.value);
		} else if (
			!/\d{4}|['’]\d\d\b/.test(written) &&
			(opened || SPAN_END.test(joint)) &&
			SPAN_JOINT.test(joint)
		) {
			b.value = shiftValue(b.value, 'year', 1) ?? b.value;
		}
	}
}

const ENDING_VERB = '(?:ends?|ending|runs?|running|lasts?|lasting|continues?|continuing)';
/** What leads from a span's start to its end: "to", "until", "and ends in", "and runs through". */
const SPAN_JOINT = new RegExp(
	`^\\s*,?\\s*(?:(?:and\\s+)?(?:${ENDING_VERB}\\s+)?(?:in|on|to|until|till|through)|and|[-–])\\s*$`,
	'i'
);
/** A joint that says by itself that an end follows: a verb of ending, or "until". */
const SPAN_END = new RegExp(`\\b(?:${ENDING_VERB}|until|till|through)\\b`, 'i');

/** What a relative span in apposition counts in, by the length of the value it shares. */
const APPOSED_UNIT: Record<string, number> = { day: 10, month: 7, year: 4 };

/**
 * "on July 3, the day after it was found": a span counted from an event, set off right after a date of its own
 * length, is that date.
 */
function sameAsApposed(s: string, found: Found[]): void {
	for (let i = 1; i < found.length; i++) {
		const [a, b] = [found[i - 1]!, found[i]!];
		const unit = /^the\s+(day|month|year)\s+(?:after|before)$/i.exec(s.slice(b.start, b.end).trim())?.[1];
		const length = unit && APPOSED_UNIT[unit.toLowerCase()];
		if (b.value || !a.value || !length || a.value.length !== length) continue;
		if (/^\s*,\s*$/.test(s.slice(a.end, b.start))) b.value = a.value;
	}
}

/** The same day a week later: 'YYYY-MM-DD'. */
function weekAhead(value: string): string {
	const [y, m, d] = value.split('-').map(Number);
	return iso(shift({ y: y!, m: m!, d: d! }, 'day', 7));
}

/**
 * A quote's "tonight" in a report dated after the news day is the night of the news, when the words were said: an
 * evening told in a story dated the next day is over before the story is. Only unless the sentence names a day of
 * its own (`reanchorSpokenDays` has then moved the value off the article's day). A quoted "today" stays the
 * article's, as the bundled gold reads it: a day-after report may be written that same day.
 */
function spokenAtTheNews(
	s: string,
	f: Found,
	written: string,
	value: string,
	article: string,
	news: string
): string {
	if (news >= article || !/^(?:tonight|this\s+evening)$/i.test(written.trim()) || !insideQuote(s, f.start))
		return value;
	return value === article ? news : value;
}

/** "during the quarter", "for the quarter": the quarter the story reported, named again without its months. */
const QUARTER_TOLD = /\b(?:during|in|for|over)\s+the\s+quarter\b/i;

/** Whether a value is a span of three calendar months ('2026-07/2026-09'). */
function isQuarter(value: string): boolean {
	const m = /^(\d{4})-(\d\d)\/(\d{4})-(\d\d)$/.exec(value);
	return m !== null && Number(m[3]) * 12 + Number(m[4]) - (Number(m[1]) * 12 + Number(m[2])) === 2;
}

/** The first `weekday` after (step 1) or before (step -1) the day 'YYYY-MM-DD'. */
function weekdayFrom(from: string, step: 1 | -1, target: number): string {
	const day = parseDay(from)!;
	const gap = step === 1 ? (target - weekday(day) + 7) % 7 || 7 : -((weekday(day) - target + 7) % 7 || 7);
	return iso(shift(day, 'day', gap));
}

/** The Monday-to-Sunday week before the one holding `day`. */
function previousWeek(day: Day): string {
	const monday = shift(day, 'day', -((weekday(day) + 6) % 7) - 7);
	return `${iso(monday)}/${iso(shift(monday, 'day', 6))}`;
}

/** Whether a quote is open after `chunk`, given whether one was open before it. */
function quoteOpenAfter(open: boolean, chunk: string): boolean {
	for (const mark of chunk.match(/["“”]/g) ?? []) open = mark === '"' ? !open : mark === '“';
	return open;
}

/** Whether a quotation mark opens before `start` in the sentence and does not close before it. */
function insideQuote(s: string, start: number): boolean {
	const marks = s.slice(0, start).match(/["“”]/g) ?? [];
	const last = marks.at(-1);
	return last === '“' || (last === '"' && marks.filter((c) => c === '"').length % 2 === 1);
}

/** "tonight", "yesterday", "this morning": words that count from the day they were said. */
const SPOKEN_DAY =
	/^(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening)|tomorrow\s+night)$/i;
const SPEECH_VERB = /\b(?:said|says|told|tells|added|stated|explained|warned)\b/;

/**
 * "Speaking on Wednesday, Doe said the vote was tonight": a speaker's "tonight" is the day they spoke, which the
 * sentence names, not the article's day. Only in a sentence of speech with exactly one other named day.
 */
function reanchorSpokenDays(s: string, found: Found[], article: string): void {
	if (!SPEECH_VERB.test(s)) return;
	const spoken = found.filter((f) => SPOKEN_DAY.test(s.slice(f.start, f.end).trim()) && f.value);
	if (spoken.length === 0) return;
	const days = found.filter(
		(f) => !spoken.includes(f) && f.value !== undefined && /^\d{4}-\d\d-\d\d$/.test(f.value)
	);
	if (days.length !== 1 || days[0]!.value === article) return;
	const [y, m, d] = days[0]!.value!.split('-').map(Number);
	const said = { y: y!, m: m!, d: d! };
	for (const f of spoken) {
		const offset = spokenOffset(s.slice(f.start, f.end));
		if (!aheadOfSaying(s.slice(0, f.start), offset)) f.value = iso(shift(said, 'day', offset));
	}
}

/**
 * "told him on Monday that the family would receive a letter yesterday": from Monday, "would receive" looks
 * ahead, so its "yesterday" cannot be the speaker's; it is the writer's, counted from the article's date.
 * `before` is the sentence before the day word; a verb with "would" or "will" in the words just before it.
 */
export function aheadOfSaying(before: string, offset: number): boolean {
	return offset < 0 && /\b(?:would|will|shall|’ll|'ll)\s+(?:\p{L}+\s+){0,5}$/iu.test(before);
}

/** Days from the day of speaking: "yesterday" and "last night" -1, "tomorrow" 1, "tonight" 0. */
function spokenOffset(word: string): number {
	const lower = word.trim().toLowerCase();
	return /^yesterday|^last/.test(lower) ? -1 : /^tomorrow/.test(lower) ? 1 : 0;
}

/** "that year" is the year; "the autumn of that year" its season; "December of that year" its month. */
function namedYearPart(part: string, year: number): string {
	if (part === 'year') return String(year);
	const month = monthOfName(part);
	return month > 0 ? `${year}-${pad(month)}` : seasonInterval(part, year);
}
