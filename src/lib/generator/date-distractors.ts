/**
 * Wrong answers for a date, as a registry of shapes: the first shape that reads the answer offers its siblings
 * at the same precision and in the same wording ("Wednesday" for "Tuesday", "2025" for "2030", "last week" for
 * "last month", "days before" for "weeks before"). Every choice must fit the sentence's tense: a sentence told
 * in the past is offered no "next year" and no date after the article's; one that looks ahead, no "last week".
 */
import type { DateFact } from './bank';
import {
	clauseAround,
	iso,
	parseDay,
	readNumber,
	seasonInterval,
	seasonYear,
	shift,
	singular,
	type Day
} from './date-rules';
import { formatFigure, ordinalSuffix } from './numbers';
import { shuffle } from './random';
import { atRank, type RankChoice } from './rank';
import { MONTH_NAMES } from './readable-date';
import { lexiconTags } from './lexicon';
import { namedEventDays, officeTerm } from './known-years';

export type Tense = 'past' | 'future' | 'present';

export interface DateChoiceInput {
	fact: DateFact;
	/** The date as the blank shows it, without its preposition: "Tuesday" for "on Tuesday". */
	core: string;
	/** The sentence the date is in. */
	sentence: string;
	/** Other dates of the article near it. */
	others: readonly DateFact[];
	/** The article's date, when known. */
	articleDate?: string;
	random: () => number;
	/**
	 * How many choices go before the key (0–3), or the deck's dealer that chooses it, as for a figure: the key's
	 * rank among its choices is even over a deck, never mostly second-latest.
	 */
	below: RankChoice;
}

interface Candidate {
	text: string;
	/** The candidate's value, when the shape knows it: checked against the sentence's tense. */
	value?: string;
	/** A relative word's direction: "next week" looks ahead, "last week" back. */
	direction?: 'past' | 'future';
	/**
	 * Where the candidate lies from the key, earlier (or fewer) below zero, in the shape's own steps. Shapes whose
	 * candidates have one are ranked (`atRank`); a season, "weeks before", "every week" have no order to read.
	 */
	offset?: number;
}

interface ShapeContext extends DateChoiceInput {
	ref: Day | null;
	day: Day | null;
	m: RegExpExecArray;
}

export interface DateShape {
	pattern: RegExp;
	/** Extra condition on the fact (its value's precision). */
	when?: (input: DateChoiceInput) => boolean;
	/** A preference, not the only reading: when it leaves fewer than three choices, the next shape that reads the date offers them. */
	orElseNext?: boolean;
	candidates(ctx: ShapeContext): Candidate[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FUTURE =
	/\b(?:will|shall|’ll|'ll|going to|(?:is|are)\s+(?:scheduled|expected|due|set|planning|to)\s|plans?\s+to|would)\b|(?<!\b(?:was|were|been|had)\s+)\b(?:expected|scheduled|due|set|planned|slated)\s+to\b/i;
const PAST =
	/\b(?:was|were|had|did|ago|\p{Ll}{2,}ed|took|began|came|went|said|made|won|lost|fell|rose|left|met|held|saw|told)\b/iu;

const UNTENSED = /\b(?:when|once|if|until|unless|after|before|as|while|because|being|been)\s+\p{Ll}+ed\b/giu;

/** The tense of the clause the date sits in. */
export function tenseOf(sentence: string, date: string): Tense {
	const at = Math.max(0, sentence.indexOf(date));
	// "when completed in 2008", "once installed": a participle after a conjunction has no tense of its own, and
	// the clause takes the sentence's ("will have doubled … when completed in 2008" looks ahead).
	const clause = clauseAround(sentence, at, at + date.length).replace(UNTENSED, ' ');
	if (FUTURE.test(clause)) return 'future';
	if (toldInPast(clause)) return 'past';
	// "Last year, weeks before …, he issued a declaration": a date set off by commas takes the sentence's tense.
	if (FUTURE.test(sentence)) return 'future';
	if (toldInPast(sentence)) return 'past';
	return 'present';
}

/** "was", a verb in "-ed", or one of the irregular past forms the lexicon knows ("sent", "wrote", "fought"). */
const toldInPast = (text: string) =>
	PAST.test(text) || (text.match(/\p{Ll}{3,}/gu) ?? []).some((w) => lexiconTags(w).includes('PastTense'));

/**
 * "Doe supports raising the wage to $15 by 2020": a sentence in the present whose answer lies after the article's
 * date looks ahead, so "by 2015" in a 2016 article is no choice. So does one whose verb reads as past but whose date
 * the reader put ahead: "should be settled no later than Friday" (W7) is offered other days to come.
 */
function sideOfTheNews(tense: Tense, value: string | undefined, ref: Day | null): Tense {
	if (tense === 'future' || !ref || !value) return tense;
	const when = value.split('/')[0]!.slice(0, 10);
	const now = iso(ref).slice(0, when.length);
	return when > now ? 'future' : tense;
}

/** A span ("2016-09/2016-11") a sentence told in the past may hold once it has begun, one looking ahead until it ends. */
function onSide(value: string, tense: Tense, ref: Day): boolean {
	const [start = '', end = start] = value.split('/').map((v) => v.slice(0, 10));
	const now = (when: string) => iso(ref).slice(0, when.length);
	return !(tense === 'past' && start > now(start)) && !(tense === 'future' && end < now(end));
}

/**
 * A date or span that starts in the year written ("2016-08", "2006-03/2006-05", "2006-12/2007-02"): moved whole, its
 * months and its end kept.
 */
function spanOfYear(value: string, year: number): boolean {
	return new RegExp(`^${year}(?:-\\d\\d){0,2}(?:/\\d{4}(?:-\\d\\d){0,2})?$`).test(value);
}

/** A year before the article's, or a span or day that starts before its date. */
function beganBefore(value: string, ref: Day): boolean {
	const start = value.split('/')[0]!.slice(0, 10);
	return /^\d{4}$/.test(start) ? Number(start) < ref.y : start < iso(ref).slice(0, start.length);
}

/**
 * Prepositions and hedges that stay in the sentence around a blanked date ("on _____", "more than _____ after",
 * "between _____ and 2012": a typed key is never "between 2003").
 */
const DATE_LEAD =
	/^(?:(?:on|in|by|since|until|till|from|between|at|during|before|after|over|through|throughout|within|of|around|circa|as of)\s+)?(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:more than|less than|just|only|about|nearly|almost|some|barely|roughly)\s+)?/i;

/** The date a blank covers: "2004" of "in 2004", "the fall" of "before the fall", "Tuesday" of "on Tuesday". */
export function dateCore(written: string): string {
	const lead = DATE_LEAD.exec(written)?.[0] ?? '';
	const core = lead && lead.length < written.length ? written.slice(lead.length) : written;
	// "in March - wrongly, as it turned out -": a dash opening an aside stays in the sentence, never on the key and its choices.
	return core.replace(/\s+[-–—]+$/, '') || core;
}

const replace = (text: string, m: RegExpExecArray, by: string) =>
	text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
const matchCase = (word: string, like: string) =>
	/^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
const NUMBER_WORDS =
	'(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an)';

/**
 * The steps from a month that stay in its year: "January" offered for "December" would read as earlier, and a
 * month written with its year ("October 2007") would keep the wrong year.
 */
const withinYear = (month: number, steps: readonly number[]) =>
	steps.filter((k) => month + k >= 0 && month + k <= 11);

const daysBetween = (from: Day, to: Day) =>
	Math.round((Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86_400_000);

/** "last year" before "last month" before "last week" before "this …" before "next week" … "next year". */
function relativeOrder(which: string, unit: string): number {
	const size = ['week', 'month', 'year'].indexOf(unit) + 1;
	return which === 'last' ? -size : which === 'next' ? size : 0;
}

const NEAR_DAYS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * "a week after" with the unit changed to "hour" is "an hour after", and "an hour" to "day" is "a day": a choice
 * whose article does not fit its noun stands out as made up.
 */
function withArticle(text: string): string {
	return text.replace(
		/\b([Aa])n?(\s+)(hours?|days?|weeks?|months?|years?)\b/g,
		(_, a: string, space: string, unit: string) => `${a}${/^hour/i.test(unit) ? 'n' : ''}${space}${unit}`
	);
}

/** "a day", "the week", "twelve hours", "3 days": the count before a unit of time, one for an article. */
function countBeforeUnit(before: string): number | null {
	const word = /(\S+)\s*$/.exec(before)?.[1] ?? '';
	return /^(?:a|an|the|one)$/i.test(word) ? 1 : readNumber(word);
}

/** A day moved by a count of units; hours by the whole days they make. */
const moveBy = (day: Day, unit: string, n: number): Day =>
	singular(unit) === 'hour' ? shift(day, 'day', Math.trunc(n / 24)) : shift(day, unit, n);

/** How many of a unit fit in a longer one, at most: a count "a week" or "a year" cannot pass it. */
const FIT: Record<string, Record<string, number>> = {
	day: { week: 7, month: 31, year: 366 },
	week: { month: 5, year: 53 },
	month: { year: 12 }
};

/**
 * "the first six months of the year": a year has no more than twelve, and of the year the article was written in
 * no more have passed than the months before its date ("the first nine months" in an August article is no choice
 * when the key's six are over). `before` and `after` are the key's words around the count.
 */
export function monthsOfYearMost(
	n: number,
	before: string,
	after: string,
	unit: string,
	value: string | undefined,
	ref: Day | null
): number | undefined {
	if (!/^months?$/i.test(unit) || !/\bfirst\s+$/i.test(before)) return undefined;
	if (!/^\s+of\s+(?:the\s+year|this\s+year|(?:1[89]|20)\d\d)\b/i.test(after)) return undefined;
	const passed = ref && value?.startsWith(`${ref.y}-01`) ? ref.m - 1 : 12;
	return n <= passed ? passed : 12;
}

/**
 * Other counts of a period's unit, fewer and more than `n`, none below one: "two" to "six" around "three years
 * ago"; a fifth to two and a half times a larger count, a round count's in fives ("five", "fifteen", "twenty"
 * around "every ten years", never "every thirteen years").
 */
export function countsAround(n: number): number[] {
	const step = n % 5 === 0 ? 5 : 1;
	const values =
		n <= 5
			? [n - 3, n - 2, n - 1, n + 1, n + 2, n + 3]
			: [0.2, 0.3, 0.5, 0.7, 1.5, 2, 2.5].map((f) =>
					n * f < 5 ? Math.round(n * f) : Math.round((n * f) / step) * step
				);
	return [...new Set(values)].filter((v) => v >= 1 && v !== n);
}

/**
 * The day an edge of a month falls on, so the tense can rule on it: an article of 24 October saying what "had
 * happened by the end of _____" rules out the end of October as firmly as the end of November.
 */
function edgeDay(year: number, month: number, edge: string): string {
	const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const day = edge === 'end' ? last : edge === 'middle' ? 15 : 1;
	return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Events held on a cycle of years: elections and their campaigns, a party's nominating convention, a vote for a
 * candidate ("voted for him in 2008 and for another in _____"), games, a census. Beside one, "the 1988
 * campaign" among 1986, 1987 and 1989 is the only year a student who knows the cycle picks, so a year's choices
 * step by four (a multiple of the two- and four-year cycles), each a year the same cycle could hold; so do the
 * years of "eight years ago" when the key's count is itself a multiple of four. A seat's contest named by the
 * chamber or office ("the 2014 Senate victories", "her 2010 House race", "a gubernatorial bid") is an election
 * too; "a 2013 Senate bill" is not. So is a run for the presidency ("deciding whether he will run for president in _____").
 */
export const CYCLE =
	/\b(?:(?:Senate|House|congressional|gubernatorial|mayoral)\s+(?:races?|victor(?:y|ies)|wins?|contests?|bids?|runs?|seats?)|elect(?:ion|ions|oral)|(?:re-?)?elected|campaign(?:s|ed|ing)?|presiden(?:tial|cy)|candidacy|r[au]n(?:s|ning)? for (?:the )?presiden(?:t|cy)|primar(?:y|ies)|caucus(?:es)?|nominee|nomination|inaugurat(?:ion|ed)|midterms?|(?:Democratic|Republican|GOP|party|national|nominating|contested|brokered) conventions?|vot(?:ed|es|ing) for|write-in|Olympics?|World Cup|census)\b/i;

/** A month's name and a day's number beside it, either way round: "November 10", "10 Nov.". */
const MONTH_STEMS = MONTH_NAMES.map((n) => n.slice(0, 3)).join('|');
const CALENDAR_DAY = new RegExp(
	`\\b(?:${MONTH_STEMS})\\w*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_STEMS})`
);

/** "The 1800s", "the 1900s": a round hundred before 2000 written as a decade, which readers take for the century. */
const namesCentury = (year: number) => year % 100 === 0 && year < 2000;

/** A year written in figures, 1800–2099: the year shape's key, and the year a day's choices show. */
const YEAR_IN_FIGURES = /\b((?:1[89]|20)\d\d)\b/;

export const DATE_SHAPES = {
	/** "the end of June": other months' ends, never a day of June that the end might be. */
	edgeOfMonth: {
		pattern: new RegExp(`\\b(end|beginning|start|middle)\\s+of\\s+(${MONTH_NAMES.join('|')})\\b`),
		candidates: ({ core, m, fact }) => {
			const i = MONTH_NAMES.indexOf(m[2] ?? '');
			const year = /^\d{4}/.exec(fact.value ?? '')?.[0];
			return withinYear(i, [-3, -2, -1, 1, 2, 3]).map((k) => ({
				text: core.replace(m[2] ?? '', MONTH_NAMES[i + k] ?? ''),
				...(year ? { value: edgeDay(Number(year), i + k, m[1] ?? '') } : {}),
				offset: k
			}));
		}
	},
	/** "5:00 p.m.", "10 a.m.", "4.53pm" (British style): other hours, written alike. */
	clock: {
		pattern: /(?<![\d.:])\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m\.?/i,
		candidates: ({ core, m }) => {
			const hour = (Number(m[1]) % 12) + (/p/i.test(m[3] ?? '') ? 12 : 0);
			// Past midnight "1 a.m." would read as earlier than the key it follows.
			return [-4, -3, -2, -1, 1, 2, 3, 4].flatMap((k) => {
				const h24 = hour + k;
				if (h24 < 0 || h24 > 23) return [];
				const h = h24 % 12 === 0 ? 12 : h24 % 12;
				// "8 P.M." gives "7 P.M.", never "7 p.M.": the half of the day in the key's own case.
				const letter = h24 < 12 ? 'a' : 'p';
				const half =
					(/[AP]/.test(m[3] ?? '') ? letter.toUpperCase() : letter) + m[0].slice(m[0].search(/[ap]/i) + 1);
				return [
					{
						text: replace(
							core,
							m,
							`${h}${m[2] ? `${m[0].charAt(m[1]!.length)}${m[2]}` : ''}${m[0].match(/\s*(?=[ap])/i)?.[0] ?? ''}${half}`
						),
						offset: k
					}
				];
			});
		}
	},
	/** "Tuesday", "Thursday morning": other weekdays, each the nearest one in the sentence's direction. */
	weekday: {
		pattern: new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`),
		// "Saturday, November 10": the day fixes its weekday, so another weekday beside it is no day at all; the day
		// shape offers other days, each with its own weekday.
		when: ({ core, fact }) => !(/^\d{4}-\d\d-\d\d/.test(fact.value ?? '') && CALENDAR_DAY.test(core)),
		candidates: ({ core, m, ref, day, sentence, fact }) => {
			const i = WEEKDAYS.indexOf(m[1] ?? '');
			const ahead = sideOfTheNews(tenseOf(sentence, fact.text), fact.value, ref) === 'future';
			// Counted from the article's date, each weekday is a day before or after the key's; without it, a day of
			// the week around the key's.
			const days = [-3, -2, -1, 1, 2, 3].flatMap((k): Candidate[] => {
				const target = (i + k + 7) % 7;
				if (!ref) return [{ text: replace(core, m, WEEKDAYS[target] ?? ''), offset: k }];
				const now = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
				// The article's own weekday names its day or the one a week off ("Monday" in a Monday article: which
				// Monday?), so a student cannot tell whether it lies before or after the key.
				if (target === now) return [];
				const when = shift(ref, 'day', ahead ? (target - now + 7) % 7 : -((now - target + 7) % 7));
				return [
					{
						text: replace(core, m, WEEKDAYS[target] ?? ''),
						value: iso(when),
						offset: day ? daysBetween(day, when) : k
					}
				];
			});
			return oneWeekendDay(days);
		}
	},
	/** "last month", "this week", "next year": the other side, or another unit on the same side. */
	relative: {
		pattern: /\b(this|last|next)\s+(week|month|year)\b/i,
		candidates: ({ core, m, fact }) => {
			const w = (m[1] ?? '').toLowerCase();
			const u = (m[2] ?? '').toLowerCase();
			const direction = (x: string) => (x === 'last' ? 'past' : x === 'next' ? 'future' : undefined);
			const offset = (x: string, unit: string) => relativeOrder(x, unit) - relativeOrder(w, u);
			const out: Candidate[] = ['last', 'this', 'next']
				.filter((x) => x !== w)
				.map((x) => ({
					text: replace(core, m, matchCase(`${x} ${u}`, m[0])),
					direction: direction(x),
					offset: offset(x, u)
				}));
			// Another unit only for "last"/"next": this week lies inside this month and this year, so those would be true.
			if (w !== 'this')
				for (const other of ['week', 'month', 'year'].filter((x) => x !== u)) {
					// Last December is also last year: skip the larger unit when the answer's month is December.
					if (other === 'year' && fact.value?.endsWith('-12')) continue;
					out.push({
						text: replace(core, m, matchCase(`${w} ${other}`, m[0])),
						direction: direction(w),
						offset: offset(w, other)
					});
				}
			return out;
		}
	},
	/** "twenty years ago": other counts of the same unit. */
	ago: {
		pattern: new RegExp(
			`\\b(${NUMBER_WORDS}(?:[\\s-]+${NUMBER_WORDS})?)\\s+(years?|months?|weeks?|days?|decades?)\\s+ago\\b`,
			'i'
		),
		candidates: ({ core, m, sentence }) => {
			const n = /^an?$/i.test(m[1] ?? '') ? 1 : readNumber(m[1] ?? '');
			if (n === null) return [];
			const cycle = /^year/i.test(m[2] ?? '') && n % 4 === 0 && CYCLE.test(sentence);
			const counts = cycle ? [-8, -4, 4, 8, 12].map((k) => n + k).filter((v) => v >= 1) : countsAround(n);
			return counts.map((v) => ({
				text: formatFigure(v, `${singular(m[2] ?? '')}s`, core),
				direction: 'past' as const,
				offset: n - v
			}));
		}
	},
	/** "the next five years", "13 months": other lengths of the same unit. */
	period: {
		pattern: new RegExp(
			`\\b(${NUMBER_WORDS}(?:[\\s-]+${NUMBER_WORDS})?)\\s+(decades?|years?|months?|weeks?|days?)\\b(?!\\s+(?:before|after|earlier|later|ago))`,
			'i'
		),
		candidates: ({ core, m, ref, fact }) => {
			const n = readNumber(m[1] ?? '');
			if (n === null) return [];
			// "the first four months": after such a word one month is "the first month", never "the first one month";
			// a rate likewise is "every year", never "every one year".
			const unitAlone = /\b(?:first|last|next|past|previous|coming|following|final|every)\s+$/i.test(
				core.slice(0, m.index)
			);
			// "seven days a week": no more of the unit than fit in the one it is counted by ("fourteen days a week").
			const per = /^\s+(?:a|an|per|each)\s+(week|month|year)\b/i.exec(core.slice(m.index! + m[0].length));
			const most = per
				? FIT[singular(m[2] ?? '').toLowerCase()]?.[per[1]!.toLowerCase()]
				: monthsOfYearMost(
						n,
						core.slice(0, m.index),
						core.slice(m.index! + m[0].length),
						m[2] ?? '',
						fact.value,
						ref
					);
			return countsAround(n)
				.filter((v) => most === undefined || v <= most)
				.map((v) => ({
					text: replace(
						core,
						m,
						v === 1 && unitAlone ? singular(m[2] ?? '') : formatFigure(v, singular(m[2] ?? ''), m[0])
					),
					offset: v - n
				}));
		}
	},
	/**
	 * "on January 1": a first of the month is when rules, terms and prices start, so among the days around it
	 * ("December 31", "January 2") it is the one a student picks unread; other months' firsts are as likely starts.
	 * When the sentence leaves no three of them, the days around it serve; when it leaves them only one rank for the
	 * key ("days ahead of the Feb. 1 caucus": every first after it), none do.
	 */
	firstOfMonth: {
		pattern: new RegExp(`\\b(?:${MONTH_NAMES.map((n) => n.slice(0, 3)).join('|')})`),
		when: ({ fact }) => /^\d{4}-\d\d-01$/.test(fact.value ?? ''),
		orElseNext: true,
		candidates: ({ core, day }) =>
			day
				? [-3, -2, -1, 1, 2, 3].flatMap((k) => {
						const other = shift(day, 'month', k);
						const text = writeDayLike(other, core);
						return text ? [{ text, value: iso(other), offset: k }] : [];
					})
				: []
	},
	/** "March 21, 2023", "21 March", "Feb. 8", "Saturday, November 10": other days, written alike. */
	day: {
		pattern: new RegExp(`\\b(?:${MONTH_NAMES.map((n) => n.slice(0, 3)).join('|')})`),
		when: ({ fact }) => /^\d{4}-\d\d-\d\d/.test(fact.value ?? ''),
		candidates: ({ core, day }) =>
			day
				? [-7, -3, -2, -1, 1, 2, 3, 7].flatMap((k) => {
						const other = shift(day, 'day', k);
						const text = writeDayLike(other, core);
						return text ? [{ text, value: iso(other), offset: k }] : [];
					})
				: []
	},
	/**
	 * "the 1960s", "the 1960's", "the sixties": neighbouring decades, written as the key is. A part of the decade
	 * starts where it does ("the late 2000s" in 2007), so a 2005 report's "violence not heard since the late 1990s"
	 * is offered no "late 2000s", still ahead. "The early 1800s" is read as a century, which holds every decade of
	 * it: its choices are other centuries ("the early 1810s" would be as true), and a decade is offered no "1900s".
	 */
	decade: {
		pattern: /\b((?:1[89]|20)\d0)(['’]?s)\b/,
		candidates: ({ core, m }) => {
			const y = Number(m[1]);
			const part = /\b(early|mid|late)[\s-]+$/i.exec(core.slice(0, m.index))?.[1]?.toLowerCase() ?? 'early';
			const from = { early: 0, mid: 3, late: 7 }[part as 'early' | 'mid' | 'late'];
			const century = namesCentury(y);
			const step = century ? 100 : 10;
			return [-3, -2, -1, 1, 2, 3]
				.map((k) => k * step)
				.filter((k) => namesCentury(y + k) === century && y + k < 2100)
				.map((k) => ({
					text: replace(core, m, `${y + k}${m[2]}`),
					value: String(y + k + from * (step / 10)),
					offset: k
				}));
		}
	},
	/** "the 20th century": the ones around it. */
	century: {
		pattern: /\b(\d{1,2})(st|nd|rd|th)\s+century\b/i,
		candidates: ({ core, m }) => {
			const n = Number(m[1]);
			// "the late 20th Century": every choice writes the word as the key does, or the key alone stands out.
			const word = m[0].slice(-'century'.length);
			return [n - 3, n - 2, n - 1, n + 1, n + 2, n + 3]
				.filter((k) => k >= 1 && k <= 21)
				.map((k) => ({
					text: replace(core, m, `${k}${ordinalSuffix(k)} ${word}`),
					value: String((k - 1) * 100),
					offset: k - n
				}));
		}
	},
	/** "2030", "in 2004": neighbouring years (5 apart around a round one). */
	year: {
		pattern: YEAR_IN_FIGURES,
		when: ({ fact }) => fact.value !== undefined,
		candidates: ({ core, m, sentence, fact, ref }) => {
			const y = Number(m[1]);
			// "in August 2014": a moved year keeps the key's month and day, so the tense rules on the whole date
			// ("August 2016" is after a May 2016 article's date, though 2016 alone is not); "by spring 2006" keeps its
			// months, so "spring 2005" is ruled out in a July 2005 article where 2005 alone is not.
			const movedValue = (k: number) =>
				spanOfYear(fact.value ?? '', y)
					? fact.value!.replace(/(^|\/)(\d{4})/g, (_, at: string, year: string) => `${at}${Number(year) + k}`)
					: String(y + k);
			// A term the sentence names fences the choices (`officeBounds`): round years five apart would leave it.
			const steps = CYCLE.test(sentence)
				? [-12, -8, -4, 4, 8, 12]
				: y % 5 === 0 && !termHolding(y, sentence, ref?.y)
					? [-15, -10, -5, 5, 10, 15]
					: [-4, -3, -2, -1, 1, 2, 3, 4];
			// "the 2008–09 season": both years move together, never "the 2009–09 season".
			const end = /^([-–])(\d{4}|\d\d)\b/.exec(core.slice(m.index + m[0].length));
			const moved = (k: number) =>
				end
					? `${y + k}${end[1]}${String(Number(end[2]) + k)
							.padStart(end[2]!.length, '0')
							.slice(-end[2]!.length)}`
					: String(y + k);
			const whole = end ? { ...m, 0: m[0] + end[0] } : m;
			return steps.map((k) => ({
				text: replace(core, whole as RegExpExecArray, moved(k)),
				value: movedValue(k),
				offset: k
			}));
		}
	},
	/**
	 * "the fall", "last summer": the other seasons. "This spring", "last fall", "next winter" are counted from the
	 * article's date, so the tense can rule on them: a judge who ruled "this fall" in a July article has not ruled.
	 * Between March and November "this winter" may be the one just gone or the one ahead: the tense rules on neither.
	 */
	season: {
		pattern: /\b(?:(this|last|next)\s+)?(spring|summer|fall|autumn|winter)\b/i,
		candidates: ({ core, m, random, ref, sentence, fact }) => {
			const lead = (m[1] ?? '').toLowerCase();
			const key = m[2] ?? '';
			const fallWord = /autumn/i.test(key) ? 'autumn' : 'fall';
			const tense = tenseOf(sentence, fact.text);
			const at = m.index + m[0].length - key.length;
			// "She announced the baby is due next summer": a key the tense would rule out shows the sentence's verb
			// is the telling, not the date's, so the tense rules on no season.
			const dated = lead && ref && fact.value && onSide(fact.value, tense, ref);
			return shuffle(
				['spring', 'summer', fallWord, 'winter'].filter((n) => n !== key.toLowerCase()),
				random
			).map((n) => ({
				text: core.slice(0, at) + matchCase(n, key) + core.slice(at + key.length),
				...(dated && !(lead === 'this' && n === 'winter' && ref.m > 2 && ref.m < 12)
					? { value: seasonInterval(n, seasonYear(ref, n, lead, tense === 'future')) }
					: {})
			}));
		}
	},
	/**
	 * "weeks before", "twelve hours after", "an hour after": other units on the same side of the event. The other
	 * side may be no time at all: an appeal "a week after the execution" (W7), a warning "days after the blast".
	 */
	event: {
		pattern: /\b(hours?|days?|weeks?|months?|years?)\s+(before|after|ahead of|prior to|later|earlier)\b/i,
		candidates: ({ core, m, random, day }) => {
			const [, unit = '', direction = ''] = m;
			const plural = /s$/i.test(unit);
			const units = ['hour', 'day', 'week', 'month', 'year'].filter((u) => u !== singular(unit));
			// "the day after" a vote the article dates to last Thursday: a unit moved from the same start is a day
			// the tense and the story's date can rule out ("the year after" it lies ahead of a story told in the past).
			const count = countBeforeUnit(core.slice(0, m.index));
			const sign = /^(?:before|ahead of|prior to|earlier)$/i.test(direction) ? -1 : 1;
			const start = day && count !== null ? moveBy(day, unit, -sign * count) : null;
			return shuffle(units, random).map((u) => ({
				text: withArticle(replace(core, m, `${plural ? `${u}s` : u} ${direction}`)),
				...(start && count !== null ? { value: iso(moveBy(start, u, sign * count)) } : {})
			}));
		}
	},
	/**
	 * "the second day of the visit": the other ordinals. "The first days of the conflict" is the early part of it,
	 * and "the second days" no English: an ordinal before a plural has no siblings.
	 */
	ordinal: {
		pattern: /\b(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th)\b(?!\s+\p{L}+s\b)/iu,
		candidates: ({ core, m }) => {
			const key = (m[1] ?? '').toLowerCase();
			const at = /^\d/.test(key) ? Number.parseInt(key, 10) - 1 : ORDINALS.indexOf(key);
			// A year has four quarters and two halves: "the fifth quarter" is no time at all.
			const part = /^\s+(quarter|half)\b/i.exec(core.slice(m.index + m[0].length))?.[1]?.toLowerCase();
			return ORDINALS.slice(0, part === 'quarter' ? 4 : part === 'half' ? 2 : undefined)
				.map((w, i) => ({ text: replace(core, m, w), offset: i - at }))
				.filter((c) => c.offset !== 0);
		}
	},
	/** "March", "in February": neighbouring months. */
	month: {
		pattern: new RegExp(`\\b(${MONTH_NAMES.join('|')})\\b`),
		when: ({ fact }) => /^\d{4}-\d\d$/.test(fact.value ?? ''),
		candidates: ({ core, m, fact }) => {
			const i = MONTH_NAMES.indexOf(m[1] ?? '');
			const y = fact.value!.slice(0, 4);
			return withinYear(i, [-3, -2, -1, 1, 2, 3]).map((k) => ({
				text: replace(core, m, MONTH_NAMES[i + k] ?? ''),
				value: `${y}-${String(i + k + 1).padStart(2, '0')}`,
				offset: k
			}));
		}
	},
	/** "today", "yesterday", "tomorrow". */
	nearDay: {
		pattern: /^(?:today|yesterday|tomorrow)$/i,
		candidates: ({ core }) =>
			(
				[
					['yesterday', 'past', -1],
					['today', undefined, 0],
					['tomorrow', 'future', 1],
					['last week', 'past', -7],
					['next week', 'future', 7]
				] as const
			)
				.filter(([t]) => t !== core.toLowerCase())
				.map(([t, direction, at]) => ({
					text: matchCase(t, core),
					direction,
					offset: at - NEAR_DAYS[core.toLowerCase()]!
				}))
	},
	/** "in the next few days": a few weeks, months or years instead. */
	vague: {
		pattern: /\b(few|several|recent)\s+(days|weeks|months|years)\b/i,
		candidates: ({ core, m }) =>
			['days', 'weeks', 'months', 'years']
				.filter((u) => u !== (m[2] ?? '').toLowerCase())
				.map((u) => ({ text: replace(core, m, `${m[1]} ${u}`) }))
	}
} satisfies Record<string, DateShape>;

const MONTH_WORD = `(?:${MONTH_STEMS})\\w*\\.?`;
/** "21 March 2023", "10th of May", "23rd December, 2008": the day, its suffix, the words to the month, the year. */
const DAY_FIRST = new RegExp(
	`(?<![\\d:.])\\b(\\d{1,2})(st|nd|rd|th)?(\\s+(?:of\\s+)?)(${MONTH_WORD})(?:(,?\\s+)(\\d{4})\\b)?`
);
/** "March 21, 2023", "May 6 2006", "Dec. 23rd": the month, the space, the day, its suffix, the year. */
const MONTH_FIRST = new RegExp(
	`\\b(${MONTH_WORD})(\\s+)(\\d{1,2})(st|nd|rd|th)?\\b(?![:.]\\d)(?:(,?\\s+)(\\d{4})\\b)?`
);

const WEEKEND = /\b(?:Saturday|Sunday)\b/;

/**
 * Two weekend days among three wrong weekdays leave a two-way guess for most news (W39: a court's ruling, a
 * strike's vote): only the nearer one is offered.
 */
function oneWeekendDay(days: readonly Candidate[]): Candidate[] {
	const weekend = days.filter((c) => WEEKEND.test(c.text));
	const nearer = weekend.reduce<Candidate | undefined>(
		(best, c) => (best && Math.abs(best.offset ?? 0) <= Math.abs(c.offset ?? 0) ? best : c),
		undefined
	);
	return days.filter((c) => !WEEKEND.test(c.text) || c === nearer);
}

/** A weekday just before a day written in a date ("Saturday, November 10"): compiled once, not once a choice. */
const WEEKDAY_LAST = new RegExp(`\\b(?:${WEEKDAYS.join('|')})(?=,?\\s+$)`);

/**
 * "March 21, 2023", "21 March 2023", "March 21", "2023-03-21": the shifted day in the answer's own style, written
 * in place of the answer's day, so that every word around it stays: "this Friday, April 22" gives "this Thursday,
 * April 21", "May 6 2006" gives "May 7 2006", "18:47 on January 29" gives "18:47 on January 28". A choice rebuilt
 * from a pattern of its own would leave the key the one with its "this", its comma or its clock time.
 */
export function writeDayLike(day: Day, like: string): string | null {
	const month = MONTH_NAMES[day.m - 1] ?? '';
	if (/^\d{4}-\d\d-\d\d$/.test(like)) return iso(day);
	const dayFirst = DAY_FIRST.exec(like);
	const monthFirst = MONTH_FIRST.exec(like);
	const m = dayFirst && (!monthFirst || dayFirst.index <= monthFirst.index) ? dayFirst : monthFirst;
	if (!m) return null;
	const [written = '', suffix, space = ''] = m === dayFirst ? [m[4], m[2], m[3]] : [m[1], m[4], m[2]];
	const name =
		written.toLowerCase().startsWith(month.slice(0, 3).toLowerCase()) && written.length <= month.length + 1
			? // The answer's own month keeps its spelling: "Sept. 11" gives "Sept. 10", never "Sep. 10".
				written
			: written.endsWith('.')
				? newsAbbreviation(month, written)
				: // "May 2" is written in full as much as short, so its neighbours are too: "April 30", never "Apr 30".
					written.length > 3 || /^may$/i.test(written)
					? month
					: month.slice(0, 3);
	// "December 23rd" gives "December 22nd": a day the answer writes as an ordinal, its neighbours write so too,
	// or the key is the one choice with a suffix.
	const d = suffix ? `${day.d}${ordinalSuffix(day.d)}` : String(day.d);
	const year = m[6] ? `${m[5]}${day.y}` : '';
	const date = m === dayFirst ? `${d}${space}${name}${year}` : `${name}${space}${d}${year}`;
	// "Saturday, November 10" gives "Sunday, November 11": a weekday written with the day is that day's own.
	const before = like
		.slice(0, m.index)
		.replace(WEEKDAY_LAST, WEEKDAYS[new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay()] ?? '');
	// A year written apart from the day ("January 29 of 2007") moves with it.
	const after = like.slice(m.index + m[0].length);
	return before + date + (m[6] ? after : after.replace(/\b(?:1[89]|20)\d\d\b/, String(day.y)));
}

/** The months news style shortens, as it shortens them; it writes March to July in full. */
const NEWS_STYLE: Record<string, string> = {
	January: 'Jan.',
	February: 'Feb.',
	August: 'Aug.',
	September: 'Sept.',
	October: 'Oct.',
	November: 'Nov.',
	December: 'Dec.'
};

/** A month shortened as the answer shortens its own: in news style when the answer's is ("Aug.", "Sept."). */
function newsAbbreviation(month: string, written: string): string {
	const newsStyle = Object.values(NEWS_STYLE).includes(written);
	return newsStyle ? (NEWS_STYLE[month] ?? month) : `${month.slice(0, 3)}.`;
}

/** Words between two dates of a sentence that tell their order: told in turn ("and", "then"), or the later first. */
const IN_TURN = /\b(?:and|then|before|until|till|later|followed)\b/i;
const LATER_FIRST = /\b(?:after|since|following)\b/i;

/**
 * The span the sentence's own timeline leaves a date: "was arrested on _____ and charged on Thursday" happened no
 * later than Thursday; "charged on Thursday after being arrested on _____", no later either; "arrived on Monday
 * and left on _____", no earlier than Monday. Only dates with a value count, and an order the key itself breaks
 * is no order the sentence tells.
 */
export function timelineBounds(
	sentence: string,
	fact: DateFact,
	others: readonly DateFact[]
): { notBefore?: string; notAfter?: string } {
	const at = sentence.indexOf(fact.text);
	const own = fact.value?.slice(0, 10);
	if (at < 0 || !own || own.includes('/')) return {};
	const bounds: { notBefore?: string; notAfter?: string } = {};
	for (const o of others) {
		const value = o.value?.slice(0, 10);
		if (o === fact || !value || value.includes('/') || o.evidence.start !== fact.evidence.start) continue;
		const there = sentence.indexOf(o.text);
		if (there < 0 || there === at) continue;
		const between =
			there > at ? sentence.slice(at + fact.text.length, there) : sentence.slice(there + o.text.length, at);
		if (/[.;]/.test(between)) continue;
		const order = LATER_FIRST.test(between) ? 'reversed' : IN_TURN.test(between) ? 'in turn' : undefined;
		if (!order) continue;
		// The key is the earlier of the two when it is told first in turn, or told second after "after".
		const keyEarlier = there > at === (order === 'in turn');
		const n = Math.min(own.length, value.length);
		if (keyEarlier ? own.slice(0, n) > value.slice(0, n) : own.slice(0, n) < value.slice(0, n)) continue;
		if (keyEarlier) bounds.notAfter = bounds.notAfter && bounds.notAfter < value ? bounds.notAfter : value;
		else bounds.notBefore = bounds.notBefore && bounds.notBefore > value ? bounds.notBefore : value;
	}
	return bounds;
}

/**
 * A year the sentence shows as a year: a range ("2008-09", "2008–2010"), a decade ("the 1990s"), or after a word
 * that dates ("in 1990", "of 2008", "since 2001"); "2000 people" is a count.
 */
const SHOWN_YEAR =
	/(?:\b(?:in|of|since|from|until|till|by|before|after|during|between|and|to)\s+(?:the\s+)?|\b)((?:1[89]|20)\d\d)(?:\s*[-–—/]\s*((?:1[89]|20)?\d\d)\b|(s)\b)?(?=[\s,.;:)'’]|$)/gi;
const DATING_WORD = /^(?:in|of|since|from|until|till|by|before|after|during|between|and|to)\b/i;

/**
 * The years the sentence shows beside the key fence its choices: "emerged from the crisis of 2008-09 in _____"
 * (key 2009) is read by anyone as no earlier than 2009, so 2006 and 2007 tell the key away; "joined in _____ and
 * retires in 2030" (key 1995) is before 2030. A choice stays on the key's side of every year shown.
 */
export function shownYearBounds(sentence: string, fact: DateFact): { notBefore?: string; notAfter?: string } {
	const own = fact.value ? /^(\d{4})/.exec(fact.value)?.[1] : undefined;
	const ownEnd = fact.value ? (/\/(\d{4})/.exec(fact.value)?.[1] ?? own) : undefined;
	const at = sentence.indexOf(fact.text);
	if (!own || !ownEnd || at < 0) return {};
	const bounds: { notBefore?: string; notAfter?: string } = {};
	for (const m of sentence.matchAll(SHOWN_YEAR)) {
		const start = m.index + m[0].indexOf(m[1]!);
		if (start >= at && start < at + fact.text.length) continue;
		const dated = DATING_WORD.test(m[0]) || m[2] !== undefined || m[3] !== undefined;
		if (!dated) continue;
		const first = m[1]!;
		const last = m[3]
			? `${first.slice(0, 3)}9`
			: m[2]
				? m[2].length === 2
					? first.slice(0, 2) + m[2]
					: m[2]
				: first;
		if (last < first) continue;
		// A span's last year is a fence when the key is in it: what ends "the crisis of 2008-09" is in 2009 at the
		// earliest. A single year the key is in ("in 1990 … in March 1990") leaves the order open.
		const after = first < last ? own >= last : own > last;
		const before = first < last ? ownEnd <= first : ownEnd < first;
		if (after && (!bounds.notBefore || bounds.notBefore < last)) bounds.notBefore = last;
		else if (before && (!bounds.notAfter || bounds.notAfter > first)) bounds.notAfter = first;
	}
	return bounds;
}

/**
 * The one-day events the sentence names fence its choices as the years it shows do: "a hijack (in _____) did not
 * mean what it did after September 11" (key January 2001) offers no January 2002, which anyone who knows the
 * attacks' day rules out.
 */
export function eventBounds(sentence: string, fact: DateFact): { notBefore?: string; notAfter?: string } {
	const own = fact.value?.slice(0, 10);
	if (!own || own.includes('/')) return {};
	const bounds: { notBefore?: string; notAfter?: string } = {};
	for (const day of namedEventDays(sentence)) {
		const n = Math.min(own.length, day.length);
		if (own.slice(0, n) < day.slice(0, n) && (!bounds.notAfter || bounds.notAfter > day))
			bounds.notAfter = day;
		if (own.slice(0, n) > day.slice(0, n) && (!bounds.notBefore || bounds.notBefore < day))
			bounds.notBefore = day;
	}
	return bounds;
}

/** A term holding a year up to the article's: a year still to come is a plan or a forecast, not a record of it. */
const termHolding = (year: number, sentence: string, articleYear?: number) =>
	articleYear !== undefined && year > articleYear ? undefined : officeTerm(year, sentence);

/**
 * The term of a head of state or government the sentence names fences its choices when the key falls in it: "the
 * Reagan administration's cut of military aid in _____" (key 1981) offers no 1980, before Reagan took office.
 */
export function officeBounds(
	sentence: string,
	fact: DateFact,
	articleYear?: number
): { notBefore?: string; notAfter?: string } {
	const own = Number(fact.value?.slice(0, 4));
	const term = own ? termHolding(own, sentence, articleYear) : undefined;
	if (!term) return {};
	return { notBefore: String(term[0]), ...(term[1] < 9999 ? { notAfter: String(term[1]) } : {}) };
}

const normalize = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Three wrong answers at the answer's precision, written like it, fitting the sentence's tense; none repeats a
 * date the article gives for the same event. Fewer (or none) when the shape offers no safe siblings.
 */
export function dateDistractors(input: DateChoiceInput): string[] {
	const { fact, core, others, articleDate, sentence } = input;
	const ref = parseDay(articleDate);
	const day = fact.value && /^\d{4}-\d\d-\d\d/.test(fact.value) ? parseDay(fact.value) : null;
	const forbidden = new Set(
		[fact, ...others.filter((o) => o.about === fact.about)].flatMap((o) => [normalize(o.text), o.value ?? ''])
	);
	forbidden.delete('');
	forbidden.add(normalize(core));
	const tense = sideOfTheNews(tenseOf(sentence, fact.text), fact.value, ref);
	const told = timelineBounds(sentence, fact, others);
	const shown = shownYearBounds(sentence, fact);
	const event = eventBounds(sentence, fact);
	const office = officeBounds(sentence, fact, ref?.y);
	const latest = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));
	const earliest = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));
	const notBefore = [told, shown, event, office].reduce<string | undefined>(
		(a, b) => latest(a, b.notBefore),
		undefined
	);
	const notAfter = [told, shown, event, office].reduce<string | undefined>(
		(a, b) => earliest(a, b.notAfter),
		undefined
	);
	// "its smallest gain since _____", "job losses since _____ total 1.9 million": what "since" names began before
	// the news, whatever the tense; the article's own year is no choice (a January 2006 report has no "smallest
	// gain since 2006"), nor a later start ("since the beginning of 2009" in a December 2008 report).
	const since =
		ref !== null &&
		(/^since\b/i.test(fact.text) ||
			/\bsince\s+$/i.test(sentence.slice(0, Math.max(0, sentence.indexOf(fact.text)))));
	const yearBeforeNews = tense === 'past' && ref !== null && fact.value === String(ref.y - 1);
	const fits = (c: Candidate) => {
		if (since && c.value && !beganBefore(c.value, ref!)) return false;
		if (c.value) {
			const when = c.value.slice(0, 10);
			if (notAfter && when.slice(0, notAfter.length) > notAfter.slice(0, when.length)) return false;
			if (notBefore && when.slice(0, notBefore.length) < notBefore.slice(0, when.length)) return false;
		}
		if (tense === 'past' && c.direction === 'future') return false;
		// "2006 was not a financial success" in a February 2007 report: a year told in the past just before the news
		// has only the news's own year after it, which the past rarely fits; offered, it made a second rank possible,
		// and the key was dealt the latest of four years in a row (a typed question asks it instead).
		if (yearBeforeNews && c.value === String(ref!.y)) return false;
		if (tense === 'future' && c.direction === 'past') return false;
		if (ref && c.value && !onSide(c.value, tense, ref)) return false;
		return true;
	};
	for (const shape of Object.values(DATE_SHAPES) as DateShape[]) {
		const m = shape.pattern.exec(core);
		if (!m || (shape.when && !shape.when(input))) continue;
		const usable: Candidate[] = [];
		for (const c of shape.candidates({ ...input, ref, day, m })) {
			if (!fits(c) || forbidden.has(normalize(c.text)) || (c.value && forbidden.has(c.value))) continue;
			if (usable.some((o) => normalize(o.text) === normalize(c.text))) continue;
			usable.push(c);
		}
		const chosen = usable.some((c) => c.offset === undefined)
			? usable.slice(0, 3).map((c) => c.text)
			: ranked(
					usable,
					input.below,
					YEAR_IN_FIGURES.exec(core)?.[1],
					// A weekday's month is not shown, so it cannot stand out by it.
					day && DATE_SHAPES.day.pattern.test(core) ? fact.value : undefined
				);
		// Among the days around it a first of the month stands out (W34: "January 1" among "December 30" and
		// "January 2"), so a key the firsts leave one rank is asked by a typed question instead; the days serve only
		// when the sentence rules out the other months' firsts themselves.
		if (shape.orElseNext && usable.length < 3) continue;
		// "_____ Clinton tapped Kaine": a blank opening the sentence is capitalised whatever fills it, so no choice
		// stands out by being the only capitalised one. "In _____, …" keeps the date's own first word before the
		// blank, and its key stays in lower case.
		const at = sentence.indexOf(fact.text);
		const blank = at < 0 ? -1 : at + Math.max(0, fact.text.indexOf(core));
		const opens = blank >= 0 && /^\W*$/u.test(sentence.slice(0, blank));
		return opens ? chosen.map((t) => t.charAt(0).toUpperCase() + t.slice(1)) : chosen;
	}
	return [];
}

/**
 * `below` of the candidates before the key and the rest after it, the nearest on each side first (a run of
 * days or years with no gap that would point at the key), or none when the sentence leaves the key only one
 * possible rank (`atRank`: a past year just before the article's date is always the latest).
 */
function ranked(
	usable: readonly Candidate[],
	below: RankChoice,
	keyYear?: string,
	keyDay?: string
): string[] {
	const earlier = usable.filter((c) => c.offset! < 0).sort((a, b) => b.offset! - a.offset!);
	const later = usable.filter((c) => c.offset! > 0).sort((a, b) => a.offset! - b.offset!);
	return atRank(below, (want) => {
		if (want > earlier.length || 3 - want > later.length) return undefined;
		const picked = [...earlier.slice(0, want), ...later.slice(0, 3 - want)];
		const chosen = picked.map((c) => c.text);
		if (keyYear && aloneInItsYear(keyYear, chosen)) return undefined;
		const days = picked.map((c) => c.value ?? '');
		return keyDay && aloneInItsMonth(keyDay, days) ? undefined : chosen;
	});
}

/**
 * "February 28" among "March 1", "March 2" and "March 3" (W35, held out): days counted across the end of a month
 * leave the key the only day of its month, which a student picks unread. Days as ISO values.
 */
export function aloneInItsMonth(keyDay: string, wrong: readonly string[]): boolean {
	const month = (d: string) => /^(\d{4}-\d\d)-\d\d/.exec(d)?.[1];
	const months = wrong.map(month);
	return months.every((m) => m !== undefined && m !== month(keyDay)) && new Set(months).size === 1;
}

/**
 * "January 1, 2007" among "October 1, 2006", "November 1, 2006", "December 1, 2006": months counted back across a
 * new year leave the key the only choice of its year, which a student picks unread.
 */
export function aloneInItsYear(keyYear: string, wrong: readonly string[]): boolean {
	const years = wrong.map((t) => YEAR_IN_FIGURES.exec(t)?.[1]);
	return years.every((y) => y !== undefined && y !== keyYear) && new Set(years).size === 1;
}
