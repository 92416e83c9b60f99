/**
 * Our own date rules, as a registry: each entry is a pattern and how a match becomes a date, with its own rows in
 * date-rules.test.ts. They read what chrono-node misses or gets at the wrong precision ("by 2030", "the 1960s",
 * "this past week", "every day", "in the next few days"), and they win over chrono where they overlap.
 *
 * Values: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY', or 'START/END' for intervals (weeks run Monday to Sunday; seasons are
 * the northern meteorological ones). A value is given only when the article supports it: with no article date,
 * only expressions that name their year get one; durations ("over the next five years": a figure), frequencies
 * ("every day"), vague spans ("in the next few days") and times anchored to an event ("weeks before the war",
 * "before the fall") get none.
 */
import { NUMBER_WORD_SOURCE, parseDigits, parseNumberWords } from './numbers';
import { MONTH_NAMES, monthOfName } from './readable-date';
import { matchesOf } from './regexp';

export interface Day {
	y: number;
	m: number;
	d: number;
}

export interface Found {
	start: number;
	end: number;
	value: string | undefined;
	/** "a year earlier": how far back from the period the paragraph last named. */
	earlier?: { unit: string; n: number };
	/** "At that time": the value of the date named before it in the paragraph. */
	anaphoric?: boolean;
	/** Our rules (1) win over chrono (0) where they overlap. */
	priority: number;
	/** The words are no date ("for the past 40 years" is a duration): the span is claimed so chrono cannot read it. */
	drop?: boolean;
	/** A clock time with no day of its own ("at 6:15 p.m."): its "THH:MM", set on the day the text speaks of. */
	clock?: string;
	/** "the same quarter of the previous fiscal": the quarter the story last named, this many years back. */
	sameQuarterBack?: number;
	/** "the following Tuesday" (1), "the previous Monday" (-1): that weekday (0 is Sunday) counted from the story's day. */
	weekdayFrom?: { step: 1 | -1; weekday: number };
	/** "Earlier in the evening": a part of the day the text speaks of, which takes that day as its value. */
	storyDay?: boolean;
	/** "after midnight": the clock time falls on the day after the one the story last named. */
	nextDay?: boolean;
	/** "two days earlier" (-2): days counted from the day the story last named. */
	daysFrom?: number;
	/** "the following spring": that season after (1) or before (-1) the time the paragraph last named. */
	seasonFrom?: { season: string; step: 1 | -1 };
	/** "a century earlier" (-100), "two decades on" (20): years counted from the year the paragraph last named. */
	yearsFrom?: number;
	/**
	 * "the autumn of that year" ('autumn'), "later that year" ('year'), "December of the same year" ('december'): in
	 * the year the paragraph last named.
	 */
	ofNamedYear?: string;
	/** A bare weekday: how its sentence dates it, for the article's other mentions of that weekday to settle. */
	course?: DayCourse;
}

/**
 * A bare weekday ("Monday", "Monday night's debate") may be the one ahead or the one back. `vote` is what its own
 * sentence says of the direction (2 a verb that dates it, 1 the tense around an event named by the day, 0 nothing;
 * positive ahead, negative back); a `loose` one, whose sentence does not date it, follows the article's others.
 */
export interface DayCourse {
	weekday: number;
	ahead: string;
	back: string;
	vote: number;
	loose: boolean;
}

/** What a rule sees: the sentence, the article's date, and whether the sentence speaks of the future. */
export interface RuleContext {
	s: string;
	ref: Day | null;
	future: boolean;
}

export interface DateRule {
	pattern: RegExp;
	/**
	 * Words every match holds, with the pattern's own flags: a sentence without them is not tried. The pattern is
	 * tried from each character of each sentence, and a few rules whose words are rare cost the most.
	 */
	needs?: RegExp;
	/** Where the rule stands against chrono-node (0) on overlap: 1 wins, -1 gives way. */
	priority?: number;
	/** The dates a match gives (none to pass): most give one, a range gives two. */
	read(m: RegExpMatchArray, ctx: RuleContext): Omit<Found, 'priority'>[];
}

export const NUMBER = `(?:\\d+|${NUMBER_WORD_SOURCE}(?:[\\s-]+${NUMBER_WORD_SOURCE})*)`;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** How many months a period named by its end ("the six months to June") covers. */
const PERIOD_MONTHS: Record<string, number> = {
	year: 12,
	'twelve months': 12,
	'12 months': 12,
	'nine months': 9,
	'six months': 6,
	'half year': 6,
	'three months': 3,
	quarter: 3
};
const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
/** "early", "late", "mid": a part of a decade, which no ISO interval of the decade says. */
const QUALIFIED = /\b(?:early|late|mid)\b/i;
const UNIT_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12, decade: 120 };
/**
 * A clause that looks ahead without "will": "would want to see orders hold through the winter". "Plan", "hope" and
 * "aim", often nouns ("the ferry plan", "a plan to build", "their hopes"), look ahead only as verbs: with "to" or
 * "that" after and no determiner right before ("the council plans to", "hopes that"), or in "in hopes of". A threat
 * is of what is still to come ("has threatened a July referendum" in June is next month's), unless "threatened" is an
 * adjective ("the threatened species").
 */
export const FORWARD =
	/\b(?:would|could|might|should|wants?|expects?|intends?|promised|pledged|vowed)\b|(?<!\b(?:the|a|an|his|her|its|their|our|my|your|this|that|whose|no|any)\s+)\b(?:threaten(?:s|ed)?\b|(?:hopes?|plans?|aims?)\s+(?:to|that)\b)|\bin\s+(?:the\s+)?hopes?\s+(?:of|that)\b/i;
const HOLIDAY_DAYS: Record<string, [number, number]> = {
	'christmas eve': [12, 24],
	'christmas day': [12, 25],
	christmas: [12, 25],
	'boxing day': [12, 26],
	"new year's eve": [12, 31],
	"new year's day": [1, 1],
	halloween: [10, 31],
	"valentine's day": [2, 14],
	'the fourth of july': [7, 4],
	'july fourth': [7, 4]
};
const HOUR_WORDS = [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];
const DECADE_WORDS: Record<string, number> = {
	twenties: 1920,
	thirties: 1930,
	forties: 1940,
	fifties: 1950,
	sixties: 1960,
	seventies: 1970,
	eighties: 1980,
	nineties: 1990
};
/** Words that may follow a season that is a time ("the spring was wet", "the summer of love" aside). */
const SEASON_FOLLOWER =
	/^\s+(?:of|and|or|was|is|will|would|has|had|when|before|after|in|on|at|to|that|which|came|brought|began|ended|saw)\b/;
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|final|opening|closing|last';
const YEAR_NUMBER = '(?:1[89]|20)\\d\\d';

/**
 * A superlative or an ordinal after its determiner ("the worst", "its highest", "the first such", "the most
 * powerful"), then no verb that looks ahead before the span: "the highest in 34 years" counts back, while "the first
 * stage will open in 5 years" is a date to come. The stems keep out "the protest" and "the interest".
 */
const SPAN_MEASURED = new RegExp(
	`\\b(?:the|its|their|his|her|our|this|a)\\s+(?:\\p{L}+\\s+)?(?:most|least|best|worst|first|second|third|only|last|\\p{L}+iest|\\p{L}*(?:bb|dd|gg|nn|tt)est|(?:high|low|larg|small|great|long|short|strong|weak|old|young|fast|slow|sharp|steep|warm|cold|cheap|rich|poor|deep|wid|clos|lat|new)est)\\b(?![^]*\\b(?:will|would|shall|could|may|might|to)\\b)`,
	'iu'
);

/**
 * "early in the morning of March 17", "in the morning on Tuesday": the day after the part of the day is the date the
 * sentence gives, and the part of the day alone would hide it.
 */
const DAY_NAMED_AFTER = new RegExp(
	`^\\s+(?:on|of)\\s+(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES.join('|')}))\\b`,
	'i'
);
const dayNamedAfter = (s: string, end: number) => DAY_NAMED_AFTER.test(s.slice(end));
const lastWords = (text: string, n: number) => text.split(/\s+/).filter(Boolean).slice(-n).join(' ');

const one = (m: RegExpMatchArray, value: string | undefined, extra: Partial<Found> = {}) => [
	{ start: m.index!, end: m.index! + m[0].length, value, ...extra }
];

/**
 * An open bound before a count back ("more than 30 years ago", "less than a year ago"): the date lies anywhere on one
 * side of the one counted. "almost a century ago" stays near it and keeps it.
 */
export const OPEN_BOUND_WORDS = String.raw`(?:more|less)\s+than|over|under|at\s+least|upwards\s+of`;
/** "$74 million more than a year ago" compares a figure with a year ago: the date is a year ago. */
export const NOT_COMPARED = String.raw`(?<![\d%]|\b(?:million|billion|trillion|percent|points?|much|far|even|no))`;
const OPEN_BOUND = new RegExp(String.raw`(?:^|${NOT_COMPARED}\s)(?:${OPEN_BOUND_WORDS})\s+$`, 'i');

/**
 * "She expected prices to keep falling until the autumn", "expected the count to peak in April and the outbreak to
 * last into the summer": what someone expects to happen lies ahead, in every clause the expectation runs over (a
 * comma or semicolon ends it; "had expected" looks back).
 */
export const EXPECTED_TO = /(?<!\bhad\s+)\bexpect(?:s|ed)?\b[^,;]*\bto\s+\p{Ll}+/u;

/**
 * "expressed hope over the weekend that the attack would change minds", "who suggested over the summer that the
 * country should": a clause opened after the time ("that", "which", "who") tells what was said or hoped, so its
 * "would" or "should" is not the time's; only the words before such an opening give the time its tense.
 */
const OPENS_CLAUSE = /\s(?:that|which|who|whom|whose)\b/i;

/** Whether a match's own clause, up to a clause opened after it, looks ahead (`FORWARD`). */
function forwardAround(s: string, start: number, end: number): boolean {
	const clause = clauseAround(s, start, end);
	const left = s.lastIndexOf(clause, start);
	const opened = s.slice(end, left + clause.length).search(OPENS_CLAUSE);
	return FORWARD.test(opened < 0 ? clause : s.slice(left, end + opened));
}

/** Whether the clause of a match, or an expectation before it in the sentence, looks ahead. */
const looksAhead = (s: string, m: RegExpMatchArray) =>
	forwardAround(s, m.index!, m.index! + m[0].length) || EXPECTED_TO.test(s.slice(0, m.index!));

/**
 * "150 troops will join the force announced in May", "the plant closed on Friday will reopen": a verb in the past
 * right before a date, with no "be", "have", modal or "to" leading it, is a past event or a clause cut short to
 * its participle, and dates the day back whatever the rest of the sentence looks ahead to. Verbs of what is
 * planned ("scheduled in May") and "will be announced in May" keep their course.
 */
const PAST_RIGHT_BEFORE =
	/(?<!\b(?:be|been|being|is|are|am|to|will|would|shall|should|could|can|may|might|must|get|gets|got|have|has|had)\s+(?:\p{Ll}+ly\s+)?)\b(?!(?:scheduled|planned|expected|slated|intended|proposed|projected|predicted|anticipated|forecasted|timetabled|earmarked|billed|tipped|needed|required|delayed|postponed|rescheduled|deferred|hundred|kindred)\b)\p{Ll}{3,}ed\s+(?:(?:in|on|during)\s+)?$/u;

/** Whether the words right before a date (`before`) date it back by a verb in the past (`PAST_RIGHT_BEFORE`). */
export const pastRightBefore = (before: string) => PAST_RIGHT_BEFORE.test(before);

/** The year of a month told without one: the coming such month in a clause that looks ahead, else the last. */
const yearOfMonth = (m: RegExpMatchArray, month: number, { s, future }: RuleContext, ref: Day) => {
	const ahead = (future || looksAhead(s, m)) && !pastRightBefore(s.slice(0, m.index));
	return ref.y + (ahead && month < ref.m ? 1 : !ahead && month > ref.m ? -1 : 0);
};

/** A month (group 1) with the year group 2 tells, else the year `yearOfMonth` gives; none without the article's date. */
const readMonth: DateRule['read'] = (m, ctx) => {
	const month = MONTH_NAMES.indexOf(m[1]!) + 1;
	if (m[2]) return one(m, `${m[2]}-${pad(month)}`);
	if (!ctx.ref) return one(m, undefined);
	return one(m, `${yearOfMonth(m, month, ctx, ctx.ref)}-${pad(month)}`);
};

/** A preposition starts a phrase: an event's name cut after one is cut mid-phrase ("at the University of"). */
const PHRASE_START = /^(?:of|at|in|on|for|to|by|with|from|into|near)$/i;
const DETERMINER_OR_JOIN = /^(?:the|a|an|and|or|its|their|his|her)$/i;

/**
 * The event an ordinal day counts from, in at most eight words. A longer one is cut where its first phrase starts
 * ("an Andy Warhol exhibit at the University of Southern Indiana" → "an Andy Warhol exhibit"), never inside a
 * name, and never after a word that leads on.
 */
function eventHead(event: string): string {
	const words = event.trim().split(/\s+/);
	if (words.length <= 8) return words.join(' ');
	const kept = words.slice(0, 8);
	const phrase = kept.findIndex((word, i) => i > 0 && PHRASE_START.test(word));
	const head = phrase > 0 ? kept.slice(0, phrase) : kept;
	while (head.length > 1 && (PHRASE_START.test(head.at(-1)!) || DETERMINER_OR_JOIN.test(head.at(-1)!)))
		head.pop();
	return head.join(' ');
}

/** People counted after a number: "the 2000 workers" is a count even after "the". */
const COUNTED_PEOPLE =
	/^\s+(?:people|persons|children|men|women|personnel|police|staff|troops|soldiers|workers|members|employees|residents|students|voters|delegates|fans|protesters|passengers)\b/;

/** A sentence telling what happens every year or as a rule: a month in it is no one year's. */
const HABITUAL = /\b(?:each|every)\s+year\b|\b(?:annually|usually|typically|normally|traditionally)\b/i;

/**
 * A verb in the past, not one of what is planned ("scheduled"), nor a participle before "by" ("to be held in May or
 * June, followed by a runoff"), which tells no past.
 */
const PAST_TOLD =
	/\b(?:was|were|had|did|saw|fell|rose)\b|\b(?!(?:scheduled|planned|expected|slated|intended|proposed|needed)\b)\p{Ll}{3,}ed\b(?!\s+by\b)/u;

const COUNTED_BEFORE = new RegExp(`\\b(?:an?|${NUMBER}|couple(?:\\s+of)?)[\\s-]+$`, 'i');

export const DATE_RULES = {
	/**
	 * "the past 13 months", "over the next five years", "over the past decade": a stretch relative to now. It is a
	 * duration (a figure), so it keeps no value: the article does not say where such a stretch starts and ends.
	 */
	period: {
		pattern: new RegExp(
			`\\b(?:(over|in|during|for|within|throughout)\\s+)?the\\s+(next|past|last|coming|previous)\\s+(?:(${NUMBER})\\s+(decades?|years?|months?|weeks?|days?)|(decade|year|month))\\b`,
			'gi'
		),
		needs: /(?:next|past|last|coming|previous)\s/i,
		// "for the past 40 years" says how long, not when: a duration, which is a figure only.
		read: (m) =>
			/^for$/i.test(m[1] ?? '') && m[3]
				? [{ start: m.index!, end: m.index! + m[0].length, value: undefined, drop: true }]
				: one(m, undefined)
	},
	/**
	 * "in the next few days", "in the past few weeks", "in recent years", "in last years", "in the coming weeks",
	 * "in the months ahead": when, with no value.
	 */
	vaguePeriod: {
		pattern:
			/\b(?:in|within|during)\s+(?:the\s+)?(?:(?:next|past|last|coming)\s+(?:few|several|couple\s+of)|recent|last|coming)\s+(?:days|weeks|months|years)\b|\b(?:in|over)\s+the\s+(?:days|weeks|months|years)\s+(?:ahead|to\s+come|since)\b/gi,
		read: (m) => one(m, undefined)
	},
	/**
	 * "in the near future", "at a later date", "not long ago": a time told only as near or later, with a word of time,
	 * which is a date without value (unlike "now" or "as soon as possible", which name no time; "for the foreseeable
	 * future" says how long).
	 */
	vagueTime: {
		pattern:
			/\b(?:in\s+)?(?<!\bfor\s+)the\s+(?:near|immediate|foreseeable)\s+future\b|\b(?:at\s+)?a\s+(?:later|future)\s+(?:date|time|stage)\b|\bnot\s+(?:so\s+)?long\s+ago\b/gi,
		read: (m) => one(m, undefined)
	},
	/**
	 * "several years ago", "just days ago", "five or more years ago": a time gone by an untold stretch, a date
	 * without value like "not long ago". "A couple of weeks ago" stays chrono's two weeks (a PolNeAR row, stop 51).
	 */
	vagueAgo: {
		pattern: new RegExp(
			`\\b(?:(?:(?:a\\s+)?few|several|some|many|a\\s+number\\s+of|${NUMBER}\\s+or\\s+more)\\s+)?(?:moments|seconds|minutes|hours|days|weeks|months|years|decades)\\s+ago\\b`,
			'gi'
		),
		needs: /\bago\b/i,
		// "two hours ago", "a couple months ago": a counted time is chrono's (or the ago rule's), which dates it. Minutes
		// back are still the day of the telling (fd-76 keys "A few minutes ago" as the article's day).
		read: (m, { s, ref }) =>
			COUNTED_BEFORE.test(s.slice(0, m.index))
				? []
				: one(m, ref && /(?:moments|seconds|minutes)\s+ago$/i.test(m[0]) ? iso(ref) : undefined)
	},
	/** "this past week", "the past week": the seven days before the article's. */
	pastWeek: {
		pattern: /\b(?:this|the)\s+past\s+week\b/gi,
		read: (m, { ref }) =>
			one(m, ref ? `${iso(shift(ref, 'day', -7))}/${iso(shift(ref, 'day', -1))}` : undefined)
	},
	/** "over the weekend", "this weekend", "last weekend": a Saturday and Sunday near the article's date. */
	weekend: {
		pattern: /\b(?:(?:over|at|during|on)\s+the\s+|(this|last|next|the)\s+)(?:(past|coming)\s+)?weekend\b/gi,
		needs: /weekend\b/i,
		read: (m, { s, ref, future }) => {
			// "on the weekend of March 1-2", "the weekend of the final": the words after it say which weekend.
			if (!ref || /^\s+of\b/i.test(s.slice(m.index! + m[0].length))) return one(m, undefined);
			const lead = (m[1] ?? '').toLowerCase();
			const named = lead === 'next' || /^coming$/i.test(m[2] ?? '');
			const day = weekday(ref);
			// On a Sunday the weekend is still under way: "this weekend" in a sentence looking ahead is today's, and
			// only "next"/"coming" weekend is the one after; "last weekend" is then the one before it.
			const ahead =
				named ||
				(lead !== 'last' && day !== 0 && (future || forwardAround(s, m.index!, m.index! + m[0].length)));
			const underWay = day === 0 || day === 6;
			const back = -((day + 1) % 7) - (lead === 'last' && underWay ? 7 : 0);
			// The weekend that has begun or passed most recently, or the next one for a sentence looking ahead.
			const saturday = ahead ? shift(ref, 'day', (6 - day + 7) % 7) : shift(ref, 'day', back);
			return one(m, `${iso(saturday)}/${iso(shift(saturday, 'day', 1))}`);
		}
	},
	/**
	 * "the following day", "the day before", "two days later", "a week earlier": counted from an event, no value.
	 * A bare "next week" is the calendar week after the article's (the week rule), "the next week" the one after
	 * an event.
	 */
	relativeDay: {
		pattern: new RegExp(
			`\\b(?:the\\s+)?(?:following|previous|preceding)\\s+(?:day|morning|evening|night|week)\\b|\\b(?:the\\s+)?next\\s+(?:day|morning|evening|night)\\b|\\bthe\\s+next\\s+week\\b|\\bthe\\s+(?:day|night|week)\\s+(?:before|after)\\b(?!\\s+(?:the|a|an|his|her|its|their)\\b)|\\b(?:(?:a|an|one|${NUMBER}|(?:a\\s+)?few|several)\\s+)?(?:minutes?|hours?|days?|weeks?)\\s+(?:later|earlier)\\b|\\b(?:months|years)\\s+(?:later|earlier)\\b`,
			'gi'
		),
		read: (m) => {
			// "a note two days earlier", after a sentence that dated the verdict: counted from that day.
			const counted = new RegExp(`^(a|an|one|${NUMBER})\\s+(days?|weeks?)\\s+(later|earlier)$`, 'i').exec(
				m[0]
			);
			const n = counted ? (/^(?:an?|one)$/i.test(counted[1]!) ? 1 : readNumber(counted[1]!)) : null;
			if (!counted || n === null) return one(m, undefined);
			const days = n * (/^week/i.test(counted[2]!) ? 7 : 1) * (/^earlier$/i.test(counted[3]!) ? -1 : 1);
			return one(m, undefined, { daysFrom: days });
		}
	},
	/**
	 * "a century earlier", "two decades on", "ten years on,": years counted from the time the paragraph named; "30
	 * years on Saturday" is a span before a day, not this.
	 */
	yearsOn: {
		pattern: new RegExp(
			`\\b(a|an|one|${NUMBER})\\s+(centur(?:y|ies)|decades?|years)\\s+(?:(earlier|later)\\b|on(?=\\s*(?:[,.;:)]|$)))`,
			'gi'
		),
		read: (m) => {
			const n = /^(?:an?|one)$/i.test(m[1] ?? '') ? 1 : readNumber(m[1] ?? '');
			if (n === null) return [];
			// "years later" is the later rule's, counted from the period the paragraph named.
			if (/^years$/i.test(m[2] ?? '') && m[3]) return [];
			const years = n * (/^centur/i.test(m[2] ?? '') ? 100 : /^decade/i.test(m[2] ?? '') ? 10 : 1);
			return one(m, undefined, { yearsFrom: /^earlier$/i.test(m[3] ?? '') ? -years : years });
		}
	},
	/** "two weeks from now", "in two weeks' time": ahead of when it was said, which the article does not date. */
	fromNow: {
		pattern: new RegExp(
			`\\b(?:a|an|${NUMBER})\\s+(?:days?|weeks?|months?|years?)\\s+from\\s+now\\b|\\bin\\s+(?:a|an|${NUMBER})\\s+(?:days?|weeks?|months?|years?)['’]?\\s+time\\b`,
			'gi'
		),
		read: (m) => one(m, undefined)
	},
	/** "this week", "last week", "later this week": Monday to Sunday. */
	week: {
		pattern: /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+week\b/gi,
		read: (m, { ref }) => {
			const offset = { this: 0, last: -1, next: 1 }[(m[1] ?? '').toLowerCase() as 'this' | 'last' | 'next'];
			if (!ref) return one(m, undefined);
			const monday = shift(ref, 'day', -((weekday(ref) + 6) % 7) + 7 * offset);
			return one(m, `${iso(monday)}/${iso(shift(monday, 'day', 6))}`);
		}
	},
	/** "this summer", "before the fall", "winter 2024": a season; "before"/"by" one names a deadline, not the season. */
	season: {
		pattern:
			/\b(?:(before|by|in|during|until|till|since|after|through|over|this|last|next)\s+)?(?:(the)\s+)?(?:(early|late|mid)[- ]?)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b(?:[-–/](\d\d)\b)?)?/g,
		read: (m, { s, ref, future }) => {
			const [, lead, the, , season = '', year, second] = m;
			// "the winter of 2013–14": the winter that runs across the two years; another season has no such span.
			if (second)
				return one(
					m,
					season === 'winter' && Number(second) === (Number(year) + 1) % 100
						? seasonInterval(season, Number(year))
						: undefined
				);
			const after = s.slice(m.index! + m[0].length);
			// "the fall of Kabul", "to fall", "Arab Spring", "hot spring": a season needs a determiner or year.
			if (!lead && !the && !year) return [];
			if (!year && /^\s+of\s/i.test(after)) return [];
			if (season === 'fall' && !the && !/^(?:this|last|next)$/i.test(lead ?? '') && !year) return [];
			// "make up for the fall in CD sales", "his reason for the fall", "a culprit in the fall in music sales": "the
			// fall" is a drop unless a word of time leads it or a year follows, and a fall in something is a drop.
			if (season === 'fall' && !year && (!lead || /^\s+in\s+(?:\p{Ll}|\p{Lu}{2})/u.test(after))) return [];
			// "the spring schedule", "the summer camp": a season naming a kind of thing, not a time.
			if (!lead && !year && /^\s+\p{Ll}/u.test(after) && !SEASON_FOLLOWER.test(after)) return [];
			// "before the fall" is a time before the season, not the season; "by the spring", "until the autumn" name
			// the season as a deadline, the coming one unless a year is written.
			if (/^before$/i.test(lead ?? '')) return one(m, undefined);
			if (/^(?:by|until|till)$/i.test(lead ?? ''))
				return one(
					m,
					year
						? seasonInterval(season, Number(year))
						: ref
							? seasonInterval(season, seasonYear(ref, season, 'by', true))
							: undefined
				);
			let y: number | null = year ? Number(year) : null;
			const ahead = future || looksAhead(s, m);
			if (y === null && ref) y = seasonYear(ref, season, (lead ?? '').toLowerCase(), ahead);
			return one(m, y === null ? undefined : seasonInterval(season, y));
		}
	},
	/**
	 * "in 2004", "by 2030", "in the 1990s" (or "the 1990's", an apostrophe before its "s"), "from 2004 to 2009" (two
	 * dates), "between 2006 and 2009".
	 */
	year: {
		pattern: new RegExp(
			`\\b(in|by|since|until|till|before|after|from|through|during|around|as of|circa|between|(?:(?:by|at|before|until|from|in)\\s+)?(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)(\\s+|\\s+the\\s+|\\s+(?:early|late|mid)[- ]|\\s+the\\s+(?:early|late|mid)[- ]|\\s+mid-)(${YEAR_NUMBER})(['’]?s)?\\b(?:(\\s*(?:-|–|to|and|through)\\s*)(${YEAR_NUMBER})\\b)?(?![\\d,.]\\d|\\s*%|\\s+percent)`,
			'gi'
		),
		read: (m) => {
			const year = Number(m[3]);
			const decade = Boolean(m[4]);
			if (/^between$/i.test(m[1] ?? '') && !m[6]) return [];
			// "by the 2000 election": a year after "the" names the event it modifies; the bare year alone is the date.
			if (!decade && /\bthe\s+$/i.test(m[2] ?? '') && !m[6]) return [];
			if (m[6]) {
				// A span of years is two dates, each as written.
				const first = m.index! + m[1]!.length + m[2]!.length;
				const second = m.index! + m[0].length - m[6].length;
				return [
					{ start: m.index!, end: first + m[3]!.length, value: String(year) },
					{ start: second, end: second + m[6].length, value: m[6] }
				];
			}
			// "the late 1970s" is part of a decade no ISO value says: the words keep the qualifier, the value is left out.
			if (decade && QUALIFIED.test(m[2] ?? '')) return one(m, undefined);
			// "by the end of 2030" is the year's last day, as "by the end of the year" is (edgeOf).
			const edge = /\b(end|beginning|start|middle)\s+of$/i.exec(m[1] ?? '')?.[1]?.toLowerCase();
			if (edge && !decade)
				return one(
					m,
					edge === 'end' ? `${year}-12-31` : edge === 'middle' ? `${year}-06/${year}-07` : `${year}-01-01`
				);
			// "in late 2027", "early 2027": a third of the year, as "late last year" is; "mid-2019" stays the year.
			const part = /\b(early|late)\b/i.exec(m[2] ?? '')?.[1]?.toLowerCase();
			if (part && !decade) {
				const first = part === 'early' ? 1 : 9;
				return one(m, `${year}-${pad(first)}/${year}-${pad(first + 3)}`);
			}
			// "in the 1800s": a century (see the decade rule).
			if (decade && year % 100 === 0 && year <= 1900) return one(m, `${year}/${year + 99}`);
			return one(m, decade ? `${year}/${year + 9}` : String(year));
		}
	},
	/** "the 2004 antitrust order", "2007": a year standing alone, unless it names a product ("Windows Server 2008"). */
	bareYear: {
		priority: -1,
		pattern: new RegExp(
			`(?<![\\d,.$€£-])\\b(${YEAR_NUMBER})\\b(?![\\d,.]\\d|\\s*%|-\\d|\\s*(?:percent|per cent))`,
			'g'
		),
		read: (m, { s }) => {
			const before = s.slice(Math.max(0, m.index! - 30), m.index!);
			const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
			// "Windows Server 2008", "Vision 2030": a capitalised word before names the number.
			const name = /(\p{Lu}[\p{L}]*)\s+$/u.exec(before);
			if (name && !/^(?:In|By|Since|Until|From|Through|During|Before|After|The|Of)$/.test(name[1]!)) {
				const atStart = s.slice(0, m.index! - name[0].length).trim() === '';
				if (!atStart) return [];
			}
			// "the 2006 elections", "the 2011 census", "below 1990 levels": a year a determiner leads (not before people
			// counted) or that sets a level dates the noun after it.
			const dated =
				(/\b(?:[Tt]he|its|his|her|their|our)\s+$|['’]s\s+$/.test(before) && !COUNTED_PEOPLE.test(after)) ||
				/^\s+(?:levels|emissions)\b/.test(after);
			// "2000 people", "2020 votes", "more than 1800 killed": a count of something.
			if (
				(!dated &&
					/^\s+(?!(?:and|or|to|when|after|before|the|a|an|in|on|at|for|with|of|was|is|as|by)\b)(?:\p{Ll}+s|people|children|men|women|personnel|police|staff|cattle|sheep)\b/u.test(
						after
					)) ||
				/\b(?:more|fewer|less)\s+than\s+$/i.test(before) ||
				// "after some 2000 protested", "an estimated 1500 marched": a word of quantity takes a count, never a year.
				/\b(?:some|nearly|almost|approximately|roughly|an\s+estimated)\s+$/i.test(before) ||
				// "the 2000 page plus bill", "a 1500-strong crowd": a number measuring the noun after it.
				/^(?:\s+|-)(?:pages?|words?|strong|seats?|members?)\b/i.test(after)
			)
				return [];
			if (/\b(?:no\.?|number|#|page|pages|route|flight|room|posts?)\s+$/i.test(before)) return [];
			return one(m, m[1]);
		}
	},
	/**
	 * "the 2007-2013 budget", "occupied 1940-1990": a span of years joined by a dash with no "from" or "between"
	 * before it (`year` reads those) is two dates, its first and last year. Not a smaller second ("2013-2007").
	 */
	yearSpan: {
		pattern: new RegExp(
			`(?<![\\d,.$€£/-])\\b(${YEAR_NUMBER})[-–](${YEAR_NUMBER})\\b(?![-–/]?\\d|\\s*%)`,
			'g'
		),
		priority: -1,
		read: (m) => {
			if (Number(m[2]) <= Number(m[1])) return [];
			const second = m.index! + m[1]!.length + 1;
			return [
				{ start: m.index!, end: m.index! + m[1]!.length, value: m[1] },
				{ start: second, end: second + m[2]!.length, value: m[2] }
			];
		}
	},
	/** "twenty years ago", "Seventeen years ago", "three weeks ago": counted back from the article's date. */
	ago: {
		pattern: new RegExp(
			`\\b(a|an|${NUMBER})\\s+(years?|months?|weeks?|fortnights?|days?|decades?|centur(?:y|ies))\\s+ago\\b`,
			'gi'
		),
		read: (m, { ref, s }) => {
			const n = /^an?$/i.test(m[1] ?? '') ? 1 : readNumber(m[1] ?? '');
			if (n === null || !ref || OPEN_BOUND.test(s.slice(0, m.index))) return one(m, undefined);
			const written = singular((m[2] ?? '').replace(/ies$/i, 'y'));
			// "a fortnight ago": two weeks back.
			const unit = written === 'fortnight' ? 'day' : written;
			const back =
				written === 'fortnight'
					? shift(ref, 'day', -14 * n)
					: shift(
							ref,
							unit === 'decade' || unit === 'century' ? 'year' : unit,
							unit === 'decade' ? -10 * n : unit === 'century' ? -100 * n : -n
						);
			const value =
				unit === 'year' || unit === 'decade' || unit === 'century'
					? String(back.y)
					: unit === 'month'
						? `${back.y}-${pad(back.m)}`
						: iso(back);
			return one(m, value);
		}
	},
	/** "by the end of the year", "at the start of next month": an edge of a year or month the article's date names. */
	edgeOf: {
		pattern:
			/\b(?:(?:by|at|before|until|till|towards?|from|in)\s+)?the\s+(end|beginning|start|middle)\s+of\s+(the|this|next|last)\s+(year|month)\b/gi,
		read: (m, { ref }) => {
			if (!ref) return one(m, undefined);
			const step = { the: 0, this: 0, next: 1, last: -1 }[(m[2] ?? '').toLowerCase() as 'the'] ?? 0;
			const edge = (m[1] ?? '').toLowerCase();
			if ((m[3] ?? '').toLowerCase() === 'year') {
				const y = ref.y + step;
				return one(m, edge === 'end' ? `${y}-12-31` : edge === 'middle' ? `${y}-06/${y}-07` : `${y}-01-01`);
			}
			const month = shift({ ...ref, d: 1 }, 'month', step);
			const last = new Date(Date.UTC(month.y, month.m, 0)).getUTCDate();
			const day = edge === 'end' ? last : edge === 'middle' ? 15 : 1;
			return one(m, iso({ ...month, d: day }));
		}
	},
	/**
	 * "the 1960s", "the sixties": a decade; "the late 1960s" keeps its qualifier and has no value; "the 1800s" is a
	 * century.
	 */
	decade: {
		pattern: new RegExp(
			`\\b(?:the[\\s-]+)?(?:(early|late|mid)[\\s-]+)?(?:(${YEAR_NUMBER.replace('\\d\\d', '\\d')}0)s|(?<=\\b(?:the|early|late|mid)[\\s-]+)(${Object.keys(DECADE_WORDS).join('|')}))\\b`,
			'gi'
		),
		read: (m) => {
			const start = m[2] ? Number(m[2]) : DECADE_WORDS[(m[3] ?? '').toLowerCase()];
			if (start === undefined) return [];
			if (m[1]) return one(m, undefined);
			// "the 1800s", "the 1900s" name a century; "the 2000s" is the decade as news uses it.
			if (start % 100 === 0 && start <= 1900) return one(m, `${start}/${start + 99}`);
			// "the sixties" is taken as the 1960s; the article's own century for a word decade is not known.
			return one(m, `${start}/${start + 9}`);
		}
	},
	/** "the 20th century", "the 19th century": a century. */
	century: {
		pattern: /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b/gi,
		needs: /century\b/i,
		read: (m) => {
			const n = Number(m[2]);
			if (n < 1 || n > 21) return [];
			// "the late 19th century" is part of a century no ISO value says, as "the late 1960s" is of a decade.
			return one(m, m[1] ? undefined : `${(n - 1) * 100}/${(n - 1) * 100 + 99}`);
		}
	},
	/**
	 * "every day", "every ten years", "each year", "annually", "on a daily basis", "twice a week", "every August":
	 * how often. "every single day" is left out: it is emphasis, "all the time", and its choices differ by an idiom.
	 */
	frequency: {
		pattern: new RegExp(
			`\\b(?:(?:every|each)\\s+(?:other\\s+|(?:${NUMBER})\\s+)?(?:weekdays?|weekends?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|time|morning|evening|night|seasons?|summer|winter|spring|autumn|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!\\s+of\\b)|(?:almost\\s+|nearly\\s+)?(?:annually|biannually|monthly|weekly|fortnightly|daily|hourly|nightly)(?![\\s-]+\\p{Ll}+\\b(?<!\\b(?:and|or|but|to|in|on|at|for|with|since|until|as|by|from))|\\s+\\d)|on\\s+an?\\s+(?:daily|weekly|monthly|yearly|annual|regular)\\s+basis|(?:once|twice|${NUMBER}\\s+times)\\s+(?:a|per|each)\\s+(?:day|week|month|year)|${NUMBER}\\s+(?:days|nights|evenings|mornings)\\s+(?:a|per|each)\\s+(?:week|month)|(?:every|each)\\s+(?:${MONTH_NAMES.join('|')}))\\b`,
			'giu'
		),
		read: (m, { s }) => {
			// "every day lives", "the daily newspaper", "a daily 75 mg dose": an adjective before a noun (or before
			// the figure that measures it) describes the noun.
			if (/^every\s+day\s+(?:lives?|life|people)\b/i.test(s.slice(m.index!))) return [];
			// "the Harbour Town Weekly": capitalised after a capitalised word, it ends a newspaper's or a show's name.
			if (/^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(s.slice(0, m.index!))) return [];
			// "where each may thrive": a month's name is written with a capital; in lower case it is the verb.
			if (/\s(?:may|march)$/.test(m[0])) return [];
			return one(m, undefined);
		}
	},
	/**
	 * "At that time", "by then", "the same day", "later that day": the time the paragraph named last. "At the time of
	 * his collapse" is the time of what follows, not of the date before it.
	 */
	anaphoric: {
		pattern:
			/\b(?:at|by|since|until)\s+(?:that|this)\s+time\b|\bby\s+then\b|\bat\s+the\s+time\b(?!\s+of\b)|\b(?:on\s+)?(?:the|that)\s+same\s+day\b|\b(?:earlier|later)\s+(?:in\s+the|that)\s+day\b|\b(?:(?:earlier|later|late|early)\s+)?that\s+(?:same\s+)?(?:night|evening|morning|afternoon)\b/gi,
		read: (m) => one(m, undefined, { anaphoric: true })
	},
	/** "weeks before Putin ordered …", "more than twelve hours after", "just days after": anchored to an event. */
	relativeToEvent: {
		pattern: new RegExp(
			`\\b((?:(?:more\\s+than|less\\s+than|just|only|about|nearly|almost|some|barely|roughly)\\s+)?(?:(?:a\\s+few|several|a|an|the|${NUMBER})\\s+)?)(hours?|days?|nights?|weeks?|months?|years?|decades?)\\s+(before|after|ahead\\s+of|prior\\s+to)\\s+([^,.;:!?“”"()]+)`,
			'gi'
		),
		read: (m, { s }) => {
			const lead = m[1]?.trim() ?? '';
			const count = lead.replace(
				/^(?:more\s+than|less\s+than|just|only|about|nearly|almost|some|barely|roughly)\s*/i,
				''
			);
			const unit = m[2] ?? '';
			// "a week before", "weeks before", "three days after": a singular unit needs its "a" or number.
			if (!/s$/i.test(unit) && !count) return [];
			if (/\b(?:for|lasted|spent)\s+$/i.test(s.slice(0, m.index!))) return [];
			if (count && !/^(?:a few|several|a|an|the)$/i.test(count) && readNumber(count) === null) return [];
			// "the day after the verdict", "the year after the fraud was uncovered": one day, night, week, month or
			// year; "the years after" is a stretch, not a date.
			if (/^the$/i.test(count) && !/^(?:day|night|week|month|year)$/i.test(unit)) return [];
			const event = (m[4] ?? '').trim();
			if (!/\p{L}/u.test(event)) return [];
			// The text stops before the event: "just days after" is the date; the event is what it is about.
			return [{ start: m.index!, end: m.index! + m[0].length - (m[4] ?? '').length - 1, value: undefined }];
		}
	},
	/** "the second day of Xi's visit", "its second week", "the first days of the conflict": counted from an event. */
	ordinalOf: {
		pattern: new RegExp(
			`\\b(?:(?:on|in|during|into|since)\\s+)?(?:the|its|their|his|her|our|my|your)\\s+(${ORDINAL_WORDS})\\s+(?:and\\s+(?:final|last)\\s+)?(days?|nights?|weeks?|months?|years?)\\b(?:\\s+of\\s+([^,.;:!?“”"()]+))?`,
			'gi'
		),
		needs: /(?:day|night|week|month|year)s?\b/i,
		read: (m) => {
			// "a profit for the last year of US$2.7 billion": an amount after "of" is what the year made, no event.
			const of = m[3] && !/^(?:[A-Z]{1,3})?[$€£¥\d]/.test(m[3]) ? m[3] : undefined;
			if (/^last$/i.test(m[1] ?? '') && !of) return [];
			const head = m[0].slice(0, m[0].length - (m[3] ?? '').length);
			const written = of ? head + eventHead(of) : head.replace(/\s+of\s+$/, '');
			return [{ start: m.index!, end: m.index! + written.length, value: undefined }];
		}
	},
	/** "this morning", "last night", "tonight": a part of the article's day or the days next to it. */
	dayPart: {
		pattern:
			/\b(?:(this|yesterday|tomorrow)\s+(morning|afternoon|evening)|(last|tomorrow)\s+night|(tonight))\b/gi,
		read: (m, { ref }) => {
			const word = (m[1] ?? m[3] ?? m[4] ?? '').toLowerCase();
			const offset = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
			return one(m, ref ? iso(shift(ref, 'day', offset)) : undefined);
		}
	},
	/**
	 * "in the evening", "early in the morning", "later in the week", "by the end of the day", "in the early hours":
	 * a part of the day or week the story is telling, whose date the paragraph gives, not the article's; "the
	 * morning rush" is a habit.
	 */
	partOfNarratedDay: {
		pattern:
			/\b(?:(early|late|later|earlier)\s+)?(?:in|during)\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)\b(?!\s+(?:rush|commute|hours?|session|peak|traffic|news|show|programme|program|edition|papers?|shift|service|prayers?|briefing|meeting|class(?:es)?|match|game|run|walk|light|sun)\b)|\b(?:later|earlier|late|early)\s+in\s+the\s+week\b|\b(?:by|at|until|before|towards?)\s+the\s+end\s+of\s+the\s+(?:day|week)\b|\bin\s+the\s+(?:small|early)\s+hours\b(?!\s+of\b)/gi,
		// "Earlier in the evening" points back to the evening just told, so it is that day; a bare "in the
		// evening" may be a habit ("she writes in the evening") and keeps no value.
		read: (m, { s, ref, future }) => {
			if (dayNamedAfter(s, m.index! + m[0].length)) return [];
			// "should be reconnected by the end of the week": looking ahead, the week is the article's own.
			if (
				ref &&
				/\bend\s+of\s+the\s+week$/i.test(m[0]) &&
				(future || forwardAround(s, m.index!, m.index! + m[0].length))
			)
				return one(m, iso(shift(ref, 'day', (7 - weekday(ref)) % 7)));
			return one(m, undefined, /^(?:earlier|later)$/i.test(m[1] ?? '') ? { storyDay: true } : {});
		}
	},
	/** "on opening night", "election day", "polling day": a day named by the event it holds; the event dates it. */
	eventDay: {
		pattern:
			/\b(?:(?:on|by|before|after|until|since)\s+)?(?:opening|closing|election|polling|launch|match|race|voting|inauguration|budget|results|wedding)\s+(?:day|night|weekend)\b/gi,
		read: (m) => one(m, undefined)
	},
	/** "on day three of the hearing", "day 12 of the strike": a day counted from an event's start. */
	dayNumber: {
		pattern: new RegExp(
			`\\b(?:(?:[Oo]n|[Bb]y|[Uu]ntil)\\s+)?[Dd]ay\\s+(?:${NUMBER}|\\d{1,3})(?=\\s+of\\b)`,
			'g'
		),
		read: (m) => one(m, undefined)
	},
	/** "in the first three months of the year", "the first half of 2024": a stretch of a named or implied year. */
	partOfYear: {
		pattern: new RegExp(
			`\\b(?:(?:in|during|over|for)\\s+)?the\\s+(?:(first|last|final)\\s+(${NUMBER})\\s+months|(first|second)\\s+half)\\s+of\\s+(?:(the|this|last)\\s+year|(${YEAR_NUMBER}))\\b`,
			'gi'
		),
		read: (m, { ref }) => {
			const [, edge, count, half, which, named] = m;
			const y = named ? Number(named) : ref ? ref.y - (/^last$/i.test(which ?? '') ? 1 : 0) : null;
			const months = half ? 6 : readNumber(count ?? '');
			if (y === null || months === null || months < 1 || months > 12) return one(m, undefined);
			const fromStart = half ? /^first$/i.test(half) : /^first$/i.test(edge ?? '');
			return one(m, fromStart ? `${y}-01/${y}-${pad(months)}` : `${y}-${pad(13 - months)}/${y}-12`);
		}
	},
	/** "this season": a sports or theatre season, whose dates are the organiser's. */
	seasonOfPlay: {
		pattern: /\b(?:this|last|next)\s+season\b/gi,
		read: (m) => one(m, undefined)
	},
	/**
	 * "the holiday season", "during the monsoon season", "the summer tourist season": a time of year named by what
	 * happens in it; which year the article does not say.
	 */
	namedSeason: {
		pattern:
			/\b(?:(?:in|during|before|after|throughout|since|until|by)\s+)?the\s+(?:(?:holiday|tourist|tourism|rainy|dry|wet|monsoon|festive|harvest|hurricane|typhoon|cyclone|flu|breeding|nesting|Christmas|ski|skiing|bushfire|wildfire|fire|planting|growing|fishing|hunting|shopping|travel|peak|busy|summer|winter)\s+){1,2}season\b/g,
		read: (m) => one(m, undefined)
	},
	/** "the third quarter", "the fourth quarter of 2023". */
	quarter: {
		pattern: new RegExp(
			`\\b(?:(?:in\\s+)?the\\s+(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+(${YEAR_NUMBER}))?|(first|second|third|fourth)-quarter(?=\\s+\\p{Ll})|Q([1-4])(?:\\s+(${YEAR_NUMBER})|\\s*['’](\\d\\d))?)\\b`,
			'giu'
		),
		needs: /quarter|Q[1-4]/iu,
		// "third-quarter profit": the hyphenated adjective names the quarter as the spelled-out one does; "Q3",
		// "Q4 2007", "Q2 '25" are the business pages' short forms.
		read: (m, { s, ref, future }) => {
			// "the Audi Q3" is a name: a short form is a quarter after a preposition, with a year or before results.
			if (
				m[4] &&
				(!m[0].startsWith('Q') ||
					!(
						m[5] ||
						m[6] ||
						/\b(?:in|for|during|of|over|from|to|since|by|until|and|or)\s+$/i.test(s.slice(0, m.index!)) ||
						/^\s+(?:results?|profits?|earnings|sales|revenues?|growth|figures|loss(?:es)?)\b/i.test(
							s.slice(m.index! + m[0].length)
						)
					))
			)
				return [];
			const word = (m[1] ?? m[3] ?? m[4] ?? '').toLowerCase();
			const q = ['first', 'second', 'third', 'fourth'].indexOf(word);
			const index = q >= 0 ? q : Number(word.charAt(0)) - 1;
			// Without a year, the quarter is the article's year's, moved a year on (or back) when the sentence looks
			// forward to (or back on) a quarter already past (or still ahead).
			let year = m[2] || m[5] ? Number(m[2] ?? m[5]) : m[6] ? 2000 + Number(m[6]) : null;
			if (year === null && ref) {
				const current = Math.floor((ref.m - 1) / 3);
				year = ref.y + (future && index < current ? 1 : !future && index > current ? -1 : 0);
			}
			return one(
				m,
				year === null ? undefined : `${year}-${pad(index * 3 + 1)}/${year}-${pad(index * 3 + 3)}`
			);
		}
	},
	/** "fiscal 2024", "FY2023". */
	fiscal: {
		pattern: new RegExp(`\\b(?:fiscal\\s+(?:year\\s+)?|FY\\s?)(${YEAR_NUMBER})\\b`, 'g'),
		read: (m) => one(m, m[1])
	},
	/**
	 * "the first half of FY27", "next financial year", "the same quarter of the previous fiscal", "FY27": a financial
	 * year, whose months depend on the country and the company, so it gets no value.
	 */
	financialYear: {
		pattern:
			/\b(?:(?:the\s+)?(?:(?:first|second)\s+half|(?:first|second|third|fourth|same)\s+quarter)\s+of\s+)?(?:(?:the\s+)?(?:this|next|last|previous|current|same|coming)\s+(?:financial|fiscal)(?:\s+year)?|FY\s?\d{2}(?:[-–/]\d{2})?)\b/gi,
		needs: /financial|fiscal|FY/i,
		priority: 1,
		// "the same quarter of the previous fiscal" needs no months of the financial year: it is the quarter the
		// story reported, a year back.
		read: (m) =>
			one(
				m,
				undefined,
				/^the\s+same\s+quarter\s+of\s+the\s+(?:previous|last)\b/i.test(m[0]) ? { sameQuarterBack: 1 } : {}
			)
	},
	/** "late last year", "early next year": a third of that year. */
	partOfRelativeYear: {
		pattern: /\b(early|mid|late)[- ]?(last|this|next)\s+year\b/gi,
		read: (m, { ref }) => {
			if (!ref) return one(m, undefined);
			const y =
				ref.y + { last: -1, this: 0, next: 1 }[(m[2] ?? '').toLowerCase() as 'last' | 'this' | 'next'];
			const first = { early: 1, mid: 5, late: 9 }[(m[1] ?? '').toLowerCase() as 'early' | 'mid' | 'late'];
			return one(m, `${y}-${pad(first)}/${y}-${pad(first + 3)}`);
		}
	},
	/** "by Christmas", "since Halloween": a holiday on a fixed day; the lead word keeps "Christmas tree" out. */
	holiday: {
		pattern:
			// "since the Boxing Day round": a holiday named as a day ("… Day", "… Eve") dates the event held on it.
			/\b(by|before|until|till|since|after|on|at|over|for|last|next|this)\s+(?:the\s+(?=(?:Christmas|Boxing|New Year['’]s|Valentine['’]s)\s+(?:Day|Eve)\s+\p{Ll}))?(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Halloween|Valentine['’]s Day|the Fourth of July|July Fourth)\b/gu,
		read: (m, { s, ref, future }) => {
			const lead = (m[1] ?? '').toLowerCase();
			const [month, dayOfMonth] = HOLIDAY_DAYS[(m[2] ?? '').toLowerCase().replace('’', "'")] ?? [12, 25];
			if (!ref) return one(m, undefined);
			const passed = iso({ y: ref.y, m: month, d: dayOfMonth }) < iso(ref);
			const ahead =
				/^(?:by|before|until|till|next)$/.test(lead) ||
				(!/^(?:since|last|after)$/.test(lead) && (future || FORWARD.test(s)));
			const y = lead === 'this' ? ref.y : ahead ? (passed ? ref.y + 1 : ref.y) : passed ? ref.y : ref.y - 1;
			return one(m, iso({ y, m: month, d: dayOfMonth }));
		}
	},
	/** "mid-March", "in late June 2019": a part of a month, given as the month (the year the article's date implies). */
	partOfMonth: {
		pattern: new RegExp(
			`\\b(?:early|mid|late)[- ](${MONTH_NAMES.join('|')})\\b(?:,?\\s+(${YEAR_NUMBER})\\b)?`,
			'g'
		),
		read: readMonth
	},
	/**
	 * "on a Tuesday morning in July": "a" weekday is any one of the month's, so the date is the month, read as a
	 * month alone is.
	 */
	someDayOfMonth: {
		pattern: new RegExp(
			`\\b(?:on\\s+)?an?\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\\s+(?:morning|afternoon|evening|night))?\\s+in\\s+(${MONTH_NAMES.join('|')})\\b(?:,?\\s+(${YEAR_NUMBER})\\b)?`,
			'g'
		),
		priority: 1,
		read: readMonth
	},
	/**
	 * "in a June interview", "the March budget": a month naming when a thing was, before the noun; read as a month
	 * alone is. Not "the May Fair" (a capital after it: a name).
	 */
	monthBeforeNoun: {
		pattern: new RegExp(
			`\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(${MONTH_NAMES.join('|')})(?=\\s+\\p{Ll}{3,}\\b)`,
			'gu'
		),
		read: (m, ctx) => {
			const month = MONTH_NAMES.indexOf(m[1]!) + 1;
			if (!ctx.ref) return one(m, undefined);
			const y = yearOfMonth(m, month, ctx, ctx.ref);
			const at = m.index! + m[0].length - m[1]!.length;
			return [{ start: at, end: at + m[1]!.length, value: `${y}-${pad(month)}` }];
		}
	},
	/**
	 * "during June and July", "in December or March", "the August-September 2005 handover": two months told together
	 * are two dates, each read as a month alone is (a year after the second holds both). chrono reads only the first
	 * of a pair joined by a word, and neither across a hyphen. Not a month with its day ("June and July 4").
	 */
	monthPair: {
		// Not after a part of the first month ("the end of August or September", "mid-February or March"), which its
		// own rule reads with the part: the pair would drop it.
		pattern: new RegExp(
			`(?<!\\b(?:end|start|beginning|middle|close|turn|half|part)\\s+of\\s+|\\bmid-?\\s*|\\b(?:early|late)\\s+)\\b(${MONTH_NAMES.join('|')})(,?\\s+(?:and|or)\\s+|-)(${MONTH_NAMES.join('|')})\\b(?:(,?\\s+(?:(?:in|of)\\s+)?)(${YEAR_NUMBER})\\b)?(?![\\s,]*\\d|\\s+(?:of\\s+)?(?:this|last|next)\\s+year|\\s+(?:quarter|period|season|months)\\b)`,
			'g'
		),
		// Above "the March budget" (`monthBeforeNoun`), which would read the first month alone; "the April-June quarter"
		// is one span (`monthSpan`).
		priority: 2,
		read: (m, ctx) => {
			const first = m.index!;
			const second = first + m[1]!.length + m[2]!.length;
			const year = m[5];
			// "fires start each year during the August-November dry season", "school breaks like June and July": months
			// of any year, which the article's date does not settle. Without a value the two are one entry: two blanks
			// on one sentence, each showing the other month, would ask nothing the article settles.
			const anyYear = HABITUAL.test(ctx.s) || /\blike\s+$/.test(ctx.s.slice(0, first));
			if (!year && (anyYear || !ctx.ref)) return one(m, undefined);
			// As chrono reads a month alone: the nearest such month, the one gone if it is ahead in a sentence told in
			// the past ("its August-April sales saw a drop" in June: last August) and nothing looks ahead.
			const ref = ctx.ref!;
			const told = PAST_TOLD.test(ctx.s) && !looksAhead(ctx.s, m) && !ctx.future;
			const month = (name: string) => {
				const n = MONTH_NAMES.indexOf(name) + 1;
				if (year) return `${year}-${pad(n)}`;
				const y = ref.y + (n - ref.m > 5 ? -1 : n - ref.m < -6 ? 1 : 0);
				const value = `${y}-${pad(n)}`;
				return told && value > iso(ref).slice(0, 7) ? `${y - 1}-${pad(n)}` : value;
			};
			let [from, to]: (string | undefined)[] = [month(m[1]!), month(m[3]!)];
			// "in December or March", "its August-April sales": the second month follows the first, across the new year
			// into the one ahead if the first is still to come, else the first is the year before.
			if (!year && to! < from!) {
				if (from! > iso(ref).slice(0, 7)) to = shiftValue(to!, 'year', 1);
				else from = shiftValue(from!, 'year', -1);
			}
			// "in March or September in 2000": the year read apart ("in 2000") stays out of the month's words.
			const secondEnd = year && /\b(?:in|of)\s+$/.test(m[4]!) ? second + m[3]!.length : first + m[0].length;
			return [
				{ start: first, end: first + m[1]!.length, value: from },
				{ start: second, end: secondEnd, value: to }
			];
		}
	},
	/**
	 * "June last year", "February of this year", "in March next year": a month of a year named relative to now; with
	 * a day on either side ("14 March last year", "March 14 last year"), that day.
	 */
	monthOfRelativeYear: {
		pattern:
			/\b(?:(?:in|on)\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{1,2})(?:st|nd|rd|th)?,?)?\s+(?:of\s+)?(this|last|next)\s+year\b/g,
		read: (m, { ref }) => {
			if (!ref) return one(m, undefined);
			const month = MONTH_NAMES.indexOf(m[2]!) + 1;
			const y = ref.y + ({ this: 0, last: -1, next: 1 }[m[4]! as 'this'] ?? 0);
			const day = Number(m[1] ?? m[3] ?? 0);
			if (!day) return one(m, `${y}-${pad(month)}`);
			const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
			return day > last ? one(m, undefined) : one(m, iso({ y, m: month, d: day }));
		}
	},
	/** "the 2006–07 season", "the 2019/20 school year": a season that spans two years, read as both years. */
	splitSeason: {
		pattern: new RegExp(
			`\\b(?:(?:in|during|for|since|of)\\s+)?(?:the\\s+)?(${YEAR_NUMBER})[-–/](\\d\\d)\\s+(?:season|school\\s+year|academic\\s+year|financial\\s+year|fiscal\\s+year|term|campaign)\\b`,
			'gi'
		),
		needs: /\d\d[-–/]\d\d/,
		read: (m) => {
			const first = Number(m[1]);
			const second = Math.floor(first / 100) * 100 + Number(m[2]);
			return second === first + 1 ? one(m, `${first}/${second}`) : [];
		}
	},
	/** "in 2022-23", "during 2019–20": a financial or school year written as two years after a preposition. */
	splitYear: {
		pattern: new RegExp(
			`\\b(?:in|during|for|since|by|until)\\s+(${YEAR_NUMBER})[-–/](\\d\\d)(?![\\d\\p{L}%]|[-–/]\\d|\\s+(?:season|school|academic|financial|fiscal|term|campaign|percent|per cent)\\b)`,
			'giu'
		),
		needs: /\d\d[-–/]\d\d/,
		read: (m) => {
			const first = Number(m[1]);
			const second = Math.floor(first / 100) * 100 + Number(m[2]);
			return second === first + 1 ? one(m, `${first}/${second}`) : [];
		}
	},
	/** "the ’90s", "the early '80s": a decade cut to two digits, in the century the article's date puts it. */
	shortDecade: {
		pattern: /(?<![\p{L}\d])(?:the\s+)?(?:(early|late|mid)[\s-]+)?['’‘](\d)0s(?![\p{L}\d])/giu,
		needs: /['’‘]\d0s/iu,
		read: (m, { ref }) => {
			if (!ref || m[1]) return one(m, undefined);
			const century = Math.floor(ref.y / 100) * 100;
			const start =
				century + 10 * Number(m[2]) > ref.y ? century - 100 + 10 * Number(m[2]) : century + 10 * Number(m[2]);
			return one(m, `${start}/${start + 9}`);
		}
	},
	/** "at the turn of the century", "the turn of the 20th century": a time around a century's start, no value. */
	turnOfCentury: {
		pattern:
			/\b(?:(?:at|by|around|since|before|after|until)\s+)?the\s+turn\s+of\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)\s+|last\s+|new\s+)?century\b/gi,
		needs: /turn\s+of\s+the\s/i,
		read: (m) => one(m, undefined)
	},
	/** "in '07", "since ’98": a year cut to two digits, read in the century the article's date puts it. */
	shortYear: {
		pattern: /\b(?:in|since|by|until|till|from|through|of|during|and|to)\s+['’‘](\d\d)(?![\d\p{L}'’%])/giu,
		needs: /['’‘]\d\d/iu,
		read: (m, { ref }) => {
			if (!ref) return one(m, undefined);
			const yy = Number(m[1]);
			const century = Math.floor(ref.y / 100) * 100;
			return one(m, String(century + yy > ref.y + 1 ? century - 100 + yy : century + yy));
		}
	},
	/**
	 * "on the 14th": a day of the month the article's date implies, the latest one unless the clause looks ahead.
	 * "was due on the 28th" tells a plan, not whether it has come: the nearer of the two 28ths, either side.
	 */
	dayOfMonth: {
		pattern:
			/\b(?:on|by|until|till|since|from|before|after)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$)|\s+(?:at|and|or|when|but|in|after|before|as|with|to|until)\b)/gi,
		read: (m, { s, ref, future }) => {
			const day = Number(m[1]);
			if (day < 1 || day > 31) return [];
			if (!ref) return one(m, undefined);
			const due = /\bdue\s+$/i.test(s.slice(0, m.index));
			const ahead =
				future ||
				forwardAround(s, m.index!, m.index! + m[0].length) ||
				(due && day > ref.d && day - ref.d < ref.d + 30 - day);
			let month = { ...ref, d: 1 };
			if (ahead && day < ref.d) month = shift(month, 'month', 1);
			if (!ahead && day > ref.d) month = shift(month, 'month', -1);
			const last = new Date(Date.UTC(month.y, month.m, 0)).getUTCDate();
			return day > last ? [] : one(m, iso({ ...month, d: day }));
		}
	},
	/** "at midnight", "at noon": a clock time with no day of its own, so no value. */
	/**
	 * "the 6th of next month", "the 12th of November last year": a day of a month the words place against the
	 * article's date (chrono reads the month and drops the day).
	 */
	dayOfRelativeMonth: {
		pattern:
			/\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:(next|last|this)\s+month|(January|February|March|April|May|June|July|August|September|October|November|December)\s+(last|next|this)\s+year)\b/gi,
		priority: 1,
		read: (m, { ref }) => {
			const day = Number(m[1]);
			if (!ref || day < 1 || day > 31) return one(m, undefined);
			const step = (word: string) =>
				word.toLowerCase() === 'next' ? 1 : word.toLowerCase() === 'last' ? -1 : 0;
			const month = m[2]
				? shift({ ...ref, d: 1 }, 'month', step(m[2]))
				: {
						y: ref.y + step(m[4]!),
						m: MONTH_NAMES.indexOf(m[3]![0]!.toUpperCase() + m[3]!.slice(1).toLowerCase()) + 1,
						d: 1
					};
			const last = new Date(Date.UTC(month.y, month.m, 0)).getUTCDate();
			return day > last ? one(m, undefined) : one(m, iso({ ...month, d: day }));
		}
	},
	/**
	 * "last April", "next March", "this June": the month's latest occurrence before the article's month, its next
	 * one after it, or the one of the article's year.
	 */
	relativeMonth: {
		pattern:
			/\b([Ll]ast|[Nn]ext|[Tt]his)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:of\s+)?(?:this|last|next)\s+year\b|\s+\d)/g,
		read: (m, { ref }) => {
			if (!ref) return one(m, undefined);
			const month = MONTH_NAMES.indexOf(m[2]!) + 1;
			const which = m[1]!.toLowerCase();
			const y =
				which === 'last'
					? month < ref.m
						? ref.y
						: ref.y - 1
					: which === 'next'
						? month > ref.m
							? ref.y
							: ref.y + 1
						: ref.y;
			return one(m, `${y}-${pad(month)}`);
		}
	},
	/** "won in 3:31.07", "ran 2:08:41": a time taken (a figure), never a clock time: the span is claimed as no date. */
	raceTime: {
		pattern: /\b\d{1,2}:[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?|\.\d{1,3})(?![\d:])/g,
		priority: 1,
		read: (m) => one(m, undefined, { drop: true })
	},
	/**
	 * "the July-September quarter", "between April and June": a span of months, the nearest one to the article's
	 * date that has begun (a quarter reported is one that has begun).
	 */
	monthSpan: {
		pattern: new RegExp(
			`\\b(${MONTH_NAMES.join('|')})\\s*[-–]\\s*(${MONTH_NAMES.join('|')})(?=\\s+(?:quarter|period|season|months)\\b)`,
			'g'
		),
		priority: 1,
		read: (m, { ref }) => {
			const from = MONTH_NAMES.indexOf(m[1]!) + 1;
			const to = MONTH_NAMES.indexOf(m[2]!) + 1;
			if (!ref) return one(m, undefined);
			const y = from <= ref.m ? ref.y : ref.y - 1;
			return one(m, `${y}-${pad(from)}/${to >= from ? y : y + 1}-${pad(to)}`);
		}
	},
	/** "within hours", "within days of the vote": a time after an event the article gives no value of. */
	within: {
		pattern:
			/\bwithin\s+(?:(?:a\s+few|a\s+couple\s+of|several|mere)\s+)?(?:minutes|hours|days|weeks|months)\b(?!\s+(?:to|from)\b)|\bwithin\s+the\s+hour\b/gi,
		read: (m) => one(m, undefined)
	},
	/** "burst its banks overnight": the night before, a time the article gives no value of; "an overnight train" is none. */
	overnight: {
		pattern:
			/\b(?:late\s+|early\s+)?overnight\b(?=\s*(?:[,.;:)—–]|$)|\s+(?:on|into|to|from|and|in|at|as|after|before|while|when|but|near|outside)\b)/gi,
		read: (m) => one(m, undefined)
	},
	clockWord: {
		pattern:
			/\b(?:at|around|after|before|until|by|shortly\s+(?:before|after))\s+(?:about\s+)?(?:midnight|noon|midday)\b/gi,
		// "landfall shortly after midnight", told after Monday's warning: the midnight that starts the next day, which
		// the times told after it then fall on. A deadline ("by midnight") or a time before it keeps no day.
		read: (m, { s }) =>
			/^(?:at|around|after|shortly\s+after)\s+(?:about\s+)?midnight$/i.test(m[0]) &&
			!/^\s+(?:on|of)\b/i.test(s.slice(m.index! + m[0].length))
				? one(m, undefined, { clock: 'T00:00', nextDay: true })
				: one(m, undefined)
	},
	/** "at about four in the morning", "ten at night": an hour told in words, set on the day the text speaks of. */
	hourInWords: {
		pattern:
			/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b/gi,
		read: (m, { s }) => {
			// "would sit there until two in the morning", "are on their own at three in the morning": an hour of a
			// habit falls on no one day; only a past told once ("the water came in at four in the morning") has one.
			const clause = clauseAround(s, m.index!, m.index! + m[0].length);
			if (
				!/\b(?:was|were|came|went|began|\p{Ll}{2,}ed)\b/u.test(clause) ||
				/\b(?:would|used\s+to)\b/.test(clause)
			)
				return one(m, undefined);
			const hour = HOUR_WORDS.indexOf((m[1] ?? '').toLowerCase()) + 1;
			const part = (m[2] ?? m[3] ?? '').toLowerCase();
			// "twelve in the morning" is never said; "eleven at night" is 23:00, "two at night" 02:00.
			const h = part === 'morning' ? hour % 12 : part === 'night' && hour < 5 ? hour : (hour % 12) + 12;
			return one(m, undefined, { clock: `T${pad(h)}:00` });
		}
	},
	/** "on the eve of the summit": a time anchored to an event, which the text stops before. */
	eveOf: {
		pattern: /\b(?:on|by)\s+the\s+eve\s+of\b/gi,
		read: (m) => one(m, undefined)
	},
	/** "May 2020 … the following month": one unit on from (or back before) the period the paragraph last named. */
	followingPeriod: {
		pattern: /\b(?:in\s+)?the\s+(following|next|previous|preceding)\s+(month|year)\b/gi,
		needs: /(?:following|next|previous|preceding)\s+(?:month|year)\b/i,
		read: (m) =>
			one(m, undefined, {
				earlier: { unit: m[2]!.toLowerCase(), n: /^(?:following|next)$/i.test(m[1]!) ? -1 : 1 }
			})
	},
	/** "an inquiry in 1927 … fined the following spring": that season after the time the paragraph named. */
	followingSeason: {
		pattern:
			/\b(?:in\s+|during\s+|by\s+)?the\s+(following|next|previous|preceding)\s+(spring|summer|autumn|fall|winter)\b/gi,
		read: (m) =>
			one(m, undefined, {
				seasonFrom: {
					season: (m[2] ?? '').toLowerCase(),
					step: /^(?:following|next)$/i.test(m[1] ?? '') ? 1 : -1
				}
			})
	},
	/** "passed in 2004 and amended two years later": that many units on from the period the paragraph named. */
	later: {
		pattern: new RegExp(`\\b(a|an|one|${NUMBER})\\s+(years?|months?|decades?)\\s+later\\b`, 'gi'),
		needs: /\s(?:years?|months?|decades?)\s+later\b/i,
		read: (m) => {
			const n = /^(?:an?|one)$/i.test(m[1] ?? '') ? 1 : readNumber(m[1] ?? '');
			if (n === null) return [];
			const unit = singular(m[2] ?? 'year');
			return one(m, undefined, {
				earlier: unit === 'decade' ? { unit: 'year', n: -10 * n } : { unit, n: -n }
			});
		}
	},
	/**
	 * "in the week to 14 March", "the seven days ending March 14", "the fortnight to 2 May": the days up to a day of
	 * a month, that day the latest such by the article's date (a reporting period has ended when it is told).
	 */
	weekTo: {
		pattern: new RegExp(
			`\\b(?:(?:in|for|during|over)\\s+)?the\\s+(week|seven\\s+days|fortnight|(?:${NUMBER})\\s+weeks)\\s+(?:to|ended|ending)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES.join('|')})|(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(${YEAR_NUMBER}))?\\b`,
			'gi'
		),
		needs: new RegExp(MONTH_NAMES.join('|'), 'i'),
		read: (m, { ref }) => {
			const written = (m[1] ?? '').toLowerCase();
			const weeks = /^(?:week|seven\s+days)$/.test(written)
				? 1
				: written === 'fortnight'
					? 2
					: readNumber(written.replace(/\s+weeks$/, ''));
			const name = (m[3] ?? m[4] ?? '').toLowerCase();
			const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === name) + 1;
			const day = Number(m[2] ?? m[5]);
			if (weeks === null || month < 1) return one(m, undefined);
			const year = m[6]
				? Number(m[6])
				: ref
					? month * 100 + day <= ref.m * 100 + ref.d
						? ref.y
						: ref.y - 1
					: null;
			if (year === null) return one(m, undefined);
			const end = { y: year, m: month, d: day };
			return one(m, `${iso(shift(end, 'day', 1 - 7 * weeks))}/${iso(end)}`);
		}
	},
	/** "in the first half of April", "the second half of March 2025": the 1st to the 15th, or the 16th to the end. */
	halfOfMonth: {
		pattern: new RegExp(
			`\\b(?:(?:in|during|over|for)\\s+)?the\\s+(first|second)\\s+half\\s+of\\s+(${MONTH_NAMES.join('|')})(?:\\s+(${YEAR_NUMBER}))?\\b`,
			'g'
		),
		read: (m, ctx) => {
			const month = MONTH_NAMES.indexOf(m[2]!) + 1;
			const y = m[3] ? Number(m[3]) : ctx.ref ? yearOfMonth(m, month, ctx, ctx.ref) : null;
			if (y === null) return one(m, undefined);
			const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
			const [from, to] = /^first$/i.test(m[1]!) ? [1, 15] : [16, last];
			return one(m, `${y}-${pad(month)}-${pad(from)}/${y}-${pad(month)}-${pad(to)}`);
		}
	},
	/**
	 * "rose 6 per cent year on year", "year-on-year growth": against the same period a year before the one the
	 * paragraph reports, as "a year earlier" is.
	 */
	yearOnYear: {
		pattern: /\byear[\s-]on[\s-]year\b/gi,
		read: (m) => one(m, undefined, { earlier: { unit: 'year', n: 1 } })
	},
	/** "the driest spring since records began", "the wettest winter on record": the latest such season. */
	superlativeSeason: {
		pattern: /\bthe\s+\p{Ll}+est\s+(spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?\d)/giu,
		needs: /est\s+(?:spring|summer|autumn|fall|winter)\b/iu,
		read: (m, { ref }) => {
			const season = (m[1] ?? '').toLowerCase();
			const start = m.index! + m[0].length - season.length;
			if (!ref) return [{ start, end: start + season.length, value: undefined }];
			return [
				{
					start,
					end: start + season.length,
					value: seasonInterval(season, seasonYear(ref, season, '', false))
				}
			];
		}
	},
	/**
	 * "in the autumn of that year", "later that year", "in December of the same year": in the year the paragraph
	 * named before, not the article's.
	 */
	thatYear: {
		pattern: new RegExp(
			`\\b(?:(?:in|during|by)\\s+)?(?:the\\s+(spring|summer|autumn|fall|winter)\\s+of|(${MONTH_NAMES.join('|')})(?:\\s+of)?|(?:in|later|earlier)(?:\\s+in)?)\\s+(?:that|the\\s+same)(?:\\s+same)?\\s+year\\b`,
			'gi'
		),
		needs: /(?:that|same)\s+year\b/i,
		read: (m) => one(m, undefined, { ofNamedYear: (m[1] ?? m[2] ?? 'year').toLowerCase() })
	},
	/**
	 * "the calmest September in two decades", "the wettest June on record": the latest such month. The month keeps
	 * its capital: "the protest may proceed" and "the test may push" are a verb after a noun ending in "-est".
	 */
	superlativeMonth: {
		pattern: new RegExp(`\\b[Tt]he\\s+\\p{Ll}+est\\s+(${MONTH_NAMES.join('|')})\\b(?!\\s+\\d)`, 'gu'),
		needs: new RegExp(`est\\s+(?:${MONTH_NAMES.join('|')})\\b`, 'iu'),
		read: (m, { ref }) => {
			const month = monthOfName(m[1] ?? '');
			if (!ref || month < 1) return one(m, undefined);
			const start = m.index! + m[0].length - (m[1] ?? '').length;
			const year = month <= ref.m ? ref.y : ref.y - 1;
			return [{ start, end: start + (m[1] ?? '').length, value: `${year}-${pad(month)}` }];
		}
	},
	/** "the following Tuesday", "the previous Monday": a weekday counted from the day the story last named. */
	relativeWeekday: {
		pattern:
			/\b(?:on\s+)?the\s+(following|next|previous|preceding)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi,
		read: (m) => {
			const weekday = WEEKDAY_NAMES.indexOf((m[2] ?? '').toLowerCase());
			const step = /^(?:following|next)$/i.test(m[1] ?? '') ? 1 : -1;
			return one(m, undefined, { weekdayFrom: { step, weekday } });
		}
	},
	/**
	 * "in the year to May 2025", "the three months to September 30", "the six months ended June 30": a period told
	 * by the month it ends in, so the months before it back to its length.
	 */
	periodTo: {
		pattern: new RegExp(
			`\\b(?:(?:in|for|during|over)\\s+)?the\\s+(year|twelve\\s+months|12\\s+months|nine\\s+months|six\\s+months|three\\s+months|quarter|half[-\\s]year)\\s+(?:to|ended|ending)\\s+(${MONTH_NAMES.join('|')})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(${YEAR_NUMBER}))?\\b`,
			'gi'
		),
		read: (m, { ref }) => {
			const length = PERIOD_MONTHS[(m[1] ?? '').toLowerCase().replace(/[-\s]+/g, ' ')] ?? 12;
			const month = monthOfName(m[2] ?? '');
			// Without a year, the latest such month that has ended by the article's date.
			const year = m[3] ? Number(m[3]) : ref ? (month <= ref.m ? ref.y : ref.y - 1) : null;
			if (year === null || month < 1) return one(m, undefined);
			const start = shift({ y: year, m: month, d: 1 }, 'month', 1 - length);
			return one(m, `${start.y}-${pad(start.m)}/${year}-${pad(month)}`);
		}
	},
	/**
	 * "for the first time in 30 years", "the highest level in 34 years", "the first strike in 21 years", "retired
	 * after 22 years in office", "in four years of fighting": how long since or how long for, a figure; no date "in
	 * 30 years" from now. A span looks back when a superlative or an ordinal comes a few words before it.
	 */
	spanSince: {
		pattern: new RegExp(
			`\\b(in|after)\\s+(?:more\\s+than\\s+|over\\s+|almost\\s+|nearly\\s+)?(?:\\d+|${NUMBER})\\s+(?:years|decades|months|weeks)\\b(\\s+of\\b)?`,
			'gi'
		),
		read: (m, { s }) => {
			const before =
				s
					.slice(0, m.index!)
					.split(/[.;:!?]/)
					.pop() ?? '';
			const since =
				/^after$/i.test(m[1] ?? '') || m[2] !== undefined || SPAN_MEASURED.test(lastWords(before, 7));
			return since ? one(m, undefined, { drop: true }) : [];
		}
	},
	/** "(0140 UTC)", "at 2230 GMT": a 24-hour clock time in universal time, set on the day the text speaks of. */
	clockUtc: {
		pattern: /\b([01]\d|2[0-3])([0-5]\d)\s+(?:UTC|GMT)\b/g,
		read: (m) => one(m, undefined, { clock: `T${m[1]}:${m[2]}` })
	},
	/** "from a year earlier", "£71.8 million a year before.": the same period one unit back, not an event. */
	earlier: {
		pattern: new RegExp(
			`\\b(a|an|one|${NUMBER})\\s+(years?|quarters?|months?)\\s+(?:earlier|before|prior)(?=\\s*(?:[,.;:)]|$))`,
			'gi'
		),
		read: (m, { s }) => {
			const n = /^(?:an?|one)$/i.test(m[1] ?? '') ? 1 : readNumber(m[1] ?? '');
			if (n === null) return [];
			// "warned twice in the ten years before": a stretch up to an event, not the one period that far back.
			if (/\bthe\s+$/i.test(s.slice(0, m.index!))) return one(m, undefined);
			return one(m, undefined, { earlier: { unit: singular(m[2] ?? 'year'), n } });
		}
	}
} satisfies Record<string, DateRule>;

export function ownRules(s: string, ref: Day | null, future: boolean): Found[] {
	const ctx: RuleContext = { s, ref, future };
	const found: Found[] = [];
	for (const rule of Object.values(DATE_RULES) as DateRule[]) {
		if (rule.needs && !rule.needs.test(s)) continue;
		for (const m of matchesOf(rule.pattern, s))
			for (const f of rule.read(m, ctx)) found.push({ ...f, priority: rule.priority ?? 1 });
	}
	return found;
}

export function clauseAround(s: string, start: number, end: number): string {
	// The comma inside "9,000" or "1,250" is part of a number, not a clause's end.
	const ends = [...s.matchAll(CLAUSE_END)].map((m) => m.index);
	const left = Math.max(-1, ...ends.filter((i) => i < start));
	const right = ends.find((i) => i >= end);
	return s.slice(left + 1, right ?? s.length);
}
const CLAUSE_END = /,(?!\d{3}\b)|(?<!\d),|[;:—]|\s(?=(?:and|but|while)\s)/g;

export function seasonYear(ref: Day, season: string, lead: string, future: boolean): number {
	const start = SEASON_MONTHS[season] ?? 3;
	// Winter starts in December: in January and February the current winter began the year before.
	const current = start === 12 && ref.m < 3 ? ref.y - 1 : ref.y;
	const inside = start === 12 ? ref.m === 12 || ref.m < 3 : ref.m >= start && ref.m < start + 3;
	const hasStarted = inside || (start !== 12 && ref.m >= start + 3) || (start === 12 && ref.m === 12);
	if (lead === 'last') return hasStarted && !inside ? current : current - 1;
	if (lead === 'next') return hasStarted ? current + 1 : current;
	if (lead === 'this' || inside) return current;
	const ahead = future || /^(?:before|by|until|till)$/.test(lead);
	if (ahead) return hasStarted ? current + 1 : current;
	return hasStarted ? current : current - 1;
}

/** The season after (step 1) or before (-1) a value ('YYYY', 'YYYY-MM…'): a year alone is all before or after it. */
export function seasonBeside(value: string, season: string, step: 1 | -1): string {
	const start = SEASON_MONTHS[season] ?? 3;
	const y = Number(value.slice(0, 4));
	const m = /^\d{4}-(\d\d)/.exec(value)?.[1];
	if (m === undefined) return seasonInterval(season, y + step);
	const month = Number(m);
	if (step === 1) return seasonInterval(season, start > month ? y : y + 1);
	// A winter is named by the year it starts in: the one before February 2020 began in December 2019.
	const end = start === 12 ? 14 : start + 2;
	return seasonInterval(season, end < month ? y : start === 12 && month <= 2 ? y - 2 : y - 1);
}

export function seasonInterval(season: string, y: number): string {
	const start = SEASON_MONTHS[season] ?? 3;
	if (start === 12) return `${y}-12/${y + 1}-02`;
	return `${y}-${pad(start)}/${y}-${pad(start + 2)}`;
}

export function parseDay(value: string | undefined): Day | null {
	const m = value ? /^(\d{4})-(\d\d)-(\d\d)/.exec(value) : null;
	return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function shift(day: Day, unit: string, n: number): Day {
	const u = singular(unit);
	const date = new Date(Date.UTC(day.y, day.m - 1, day.d));
	if (UNIT_DAYS[u] !== undefined) date.setUTCDate(date.getUTCDate() + n * (UNIT_DAYS[u] ?? 1));
	else date.setUTCMonth(date.getUTCMonth() + n * (UNIT_MONTHS[u] ?? 12));
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** A value moved by whole units: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an interval of them, at its precision. */
export function shiftValue(value: string, unit: string, n: number): string | undefined {
	const months = (UNIT_MONTHS[singular(unit)] ?? 12) * n;
	const parts = value.split('/').map((part) => {
		const [y, m, d] = part.split('-').map(Number);
		if (y === undefined || Number.isNaN(y)) return undefined;
		if (m === undefined) return months % 12 === 0 ? String(y + months / 12) : undefined;
		const date = new Date(Date.UTC(y, m - 1 + months, 1));
		const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
		return d === undefined ? month : `${month}-${pad(d)}`;
	});
	return parts.every((p) => p !== undefined) ? parts.join('/') : undefined;
}

export function weekday(day: Day): number {
	return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export function iso(day: Day): string {
	return `${day.y}-${pad(day.m)}-${pad(day.d)}`;
}

export function pad(n: number): string {
	return String(n).padStart(2, '0');
}

export function singular(unit: string): string {
	return unit.toLowerCase().replace(/s$/, '');
}

export function readNumber(s: string): number | null {
	return parseDigits(s) ?? parseNumberWords(s);
}

/** Words that say how often, not when ("every day", "annually", "twice a week"): a question asks "How often?". */
export function isFrequency(words: string): boolean {
	return WHOLE_FREQUENCY.test(words.trim());
}
// Built once, not per date blank: a 2,000-character expression built anew is compiled anew whenever V8's cache
// has let the last copy go.
const WHOLE_FREQUENCY = new RegExp(`^(?:${DATE_RULES.frequency.pattern.source})$`, 'iu');
