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
import { casual } from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { DateFact } from './bank';
import { hash } from './hash';
import { NUMBER_WORD_SOURCE, formatFigure, parseDigits, parseNumberWords } from './numbers';
import { createRandom, shuffle } from './random';
import { MONTH_NAMES } from './readable-date';

export interface SentenceSpan {
	start: number;
	end: number;
	paragraph: number;
}

interface Day {
	y: number;
	m: number;
	d: number;
}

interface Found {
	start: number;
	end: number;
	value: string | undefined;
	/** "a year earlier": how far back from the period the paragraph last named. */
	earlier?: { unit: string; n: number };
	/** Our rules (1) win over chrono (0) where they overlap. */
	priority: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
const UNIT_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12, decade: 120 };
const NUMBER = `(?:\\d+|${NUMBER_WORD_SOURCE}(?:[\\s-]+${NUMBER_WORD_SOURCE})*)`;
/** A sentence that speaks of the future reads "March 3" or "Friday" forward from the article's date. */
const FUTURE =
	/\b(?:will|shall|’ll|'ll|(?:is|are)\s+(?:scheduled|expected|due|set|planning)\s+(?:to|for)|plans?\s+to)\b/i;
/** A chrono match needs a calendar word, a digit or a relative word: "a day" in "barrels a day" is a rate. */
const DATE_WORD =
	/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|ago|last|next|this|past|coming|yesterday|today|tomorrow|tonight)/i;

const PERIOD = new RegExp(
	`\\b(?:(?:over|in|during|for|within|throughout)\\s+)?the\\s+(next|past|last|coming|previous)\\s+(?:(${NUMBER})\\s+)?(decades?|years?|months?|weeks?|days?)\\b`,
	'gi'
);
/** A clause that looks ahead without "will": "would want to see orders hold through the winter". */
const FORWARD =
	/\b(?:would|could|might|should|wants?|expects?|hopes?|plans?|aims?|intends?|promised|pledged|vowed)\b/i;
/** "from a year earlier", "£71.8 million a year before.": the same period one unit back, not an event. */
const EARLIER = new RegExp(
	`\\b(a|an|one|${NUMBER})\\s+(years?|quarters?|months?)\\s+(?:earlier|before|prior)(?=\\s*(?:[,.;:)]|$))`,
	'gi'
);
const PAST = /\b(?:had|was|were)\b/i;
const FISCAL = /\b(?:fiscal\s+(?:year\s+)?|FY\s?)((?:19|20)\d\d)\b/g;
/** "late last year", "early next year": a third of that year. */
const PART_OF_RELATIVE_YEAR = /\b(early|mid|late)[- ]?(last|this|next)\s+year\b/gi;
/** Holidays on a fixed day; a lead word ("by Christmas") keeps "Christmas tree" and "Halloween party" out. */
const HOLIDAY =
	/\b(by|before|until|till|since|after|on|at|over|for|last|next|this)\s+(Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day|Halloween|Valentine['’]s Day|the Fourth of July|July Fourth)\b/g;
const HOLIDAY_DAYS: Record<string, [number, number]> = {
	'christmas eve': [12, 24],
	'christmas day': [12, 25],
	christmas: [12, 25],
	"new year's eve": [12, 31],
	"new year's day": [1, 1],
	halloween: [10, 31],
	"valentine's day": [2, 14],
	'the fourth of july': [7, 4],
	'july fourth': [7, 4]
};
const WEEK = /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+week\b/gi;
const SEASON =
	/\b(?:(before|by|in|during|until|till|since|after|through|over|this|last|next)\s+)?(?:(the)\s+)?(?:(early|late|mid)[- ]?)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/g;
const YEAR =
	/\b(in|by|since|until|till|before|after|from|through|during|around|as of|circa|between|(?:(?:by|at|before|until|from|in)\s+)?(?:the\s+)?(?:end|beginning|start|middle)\s+of)(\s+|\s+the\s+|\s+(?:early|late|mid)[- ]|\s+the\s+(?:early|late|mid)[- ]|\s+mid-)((?:1[89]|20)\d\d)(s)?\b(?:\s*(?:-|–|to|and|through)\s*((?:1[89]|20)\d\d)\b)?(?![\d,.]\d|\s*%|\s+percent)/gi;
const RELATIVE_TO_EVENT = new RegExp(
	`\\b(?:((?:a\\s+few|several|a|an|${NUMBER})\\s+)?)(hours?|days?|weeks?|months?|years?|decades?)\\s+(before|after|ahead\\s+of|prior\\s+to)\\s+([^,.;:!?“”"()]+)`,
	'gi'
);
const ORDINAL_OF =
	/\b(?:on\s+|in\s+|during\s+)?the\s+(first|second|third|fourth|fifth|sixth|seventh|final|opening|closing)\s+(day|night|week|month|year)\s+of\s+([^,.;:!?“”"()]+)/gi;
/** Parts of the article's own day ("this morning", "tonight") and of the days next to it ("last night"). */
const DAY_PART =
	/\b(?:(this|yesterday|tomorrow)\s+(morning|afternoon|evening)|(last|tomorrow)\s+night|(tonight))\b/gi;
/** "in the first three months of the year", "the first half of 2024": a stretch of a named or implied year. */
const PART_OF_YEAR = new RegExp(
	`\\b(?:(?:in|during|over|for)\\s+)?the\\s+(?:(first|last|final)\\s+(${NUMBER})\\s+months|(first|second)\\s+half)\\s+of\\s+(?:(the|this|last)\\s+year|((?:19|20)\\d\\d))\\b`,
	'gi'
);
/** A sports or theatre season: its dates are the organiser's, so it keeps no value. */
const SEASON_OF_PLAY = /\b(?:this|last|next)\s+season\b/gi;
/** Words that may follow a season that is a time ("the spring was wet", "the summer of love" aside). */
const SEASON_FOLLOWER =
	/^\s+(?:of|and|or|was|is|will|would|has|had|when|before|after|in|on|at|to|that|which|came|brought|began|ended|saw)\b/;
const QUARTER =
	/\b(?:in\s+)?the\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+((?:19|20)\d\d))?\b/gi;
const MONTH_PREPOSITION =
	/\b(?:in|since|until|till|by|from|through|of|early|late|mid|last|next|this|before|after|during|on)\s*-?\s*$/i;

export function extractDates(text: string, sentences: SentenceSpan[], articleDate?: string): DateFact[] {
	const ref = parseDay(articleDate);
	const facts: DateFact[] = [];
	const ids = new Set<string>();
	// The period the paragraph last named ("fiscal 2024", "the third quarter"), for "a year earlier".
	let period: { value: string; paragraph: number } | undefined;
	for (const sentence of sentences) {
		const s = text.slice(sentence.start, sentence.end);
		const found = [...ownRules(s, ref), ...chronoDates(s, ref)];
		// Longest, most trusted first; a later match that overlaps an accepted one is dropped.
		found.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
		const accepted: Found[] = [];
		for (const f of found) if (!accepted.some((a) => f.start < a.end && a.start < f.end)) accepted.push(f);
		accepted.sort((a, b) => a.start - b.start);
		for (const f of accepted) {
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
			if (f.earlier && period?.paragraph === sentence.paragraph)
				value = shiftValue(period.value, f.earlier.unit, -f.earlier.n);
			if (value !== undefined) fact.value = value;
			if (value !== undefined && !/^\d{4}-\d\d-\d\d(?:\/\d{4}-\d\d-\d\d)?$/.test(value))
				period = { value, paragraph: sentence.paragraph };
			facts.push(fact);
		}
	}
	return facts;
}

function ownRules(s: string, ref: Day | null): Found[] {
	const found: Found[] = [];
	const add = (start: number, end: number, value: string | undefined) =>
		found.push({ start, end, value, priority: 1 });
	const future = FUTURE.test(s);

	for (const m of s.matchAll(PERIOD)) {
		const unit = singular(m[3] ?? '');
		const n = m[2] ? readNumber(m[2]) : /s$/i.test(m[3] ?? '') ? null : 1;
		// "in the coming weeks": no number, no interval to state.
		if (n === null) continue;
		const backward = /^(?:past|last|previous)$/i.test(m[1] ?? '');
		let value: string | undefined;
		if (ref) {
			const other = shift(ref, unit, backward ? -n : n);
			value = backward ? `${iso(other)}/${iso(ref)}` : `${iso(ref)}/${iso(other)}`;
		}
		add(m.index, m.index + m[0].length, value);
	}

	for (const m of s.matchAll(WEEK)) {
		const offset = { this: 0, last: -1, next: 1 }[(m[1] ?? '').toLowerCase() as 'this' | 'last' | 'next'];
		let value: string | undefined;
		if (ref) {
			const monday = shift(ref, 'day', -((weekday(ref) + 6) % 7) + 7 * offset);
			value = `${iso(monday)}/${iso(shift(monday, 'day', 6))}`;
		}
		add(m.index, m.index + m[0].length, value);
	}

	for (const m of s.matchAll(SEASON)) {
		const [, lead, the, , season = '', year] = m;
		const after = s.slice(m.index + m[0].length);
		// "the fall of Kabul", "to fall", "Arab Spring", "hot spring": a season needs a determiner or year.
		if (!lead && !the && !year) continue;
		if (!year && /^\s+of\s/i.test(after)) continue;
		if (season === 'fall' && !the && !/^(?:this|last|next)$/i.test(lead ?? '') && !year) continue;
		// "the spring schedule", "the summer camp": a season naming a kind of thing, not a time.
		if (!lead && !year && /^\s+\p{Ll}/u.test(after) && !SEASON_FOLLOWER.test(after)) continue;
		let y: number | null = year ? Number(year) : null;
		const ahead = future || FORWARD.test(clauseAround(s, m.index, m.index + m[0].length));
		if (y === null && ref) y = seasonYear(ref, season, (lead ?? '').toLowerCase(), ahead);
		add(m.index, m.index + m[0].length, y === null ? undefined : seasonInterval(season, y));
	}

	for (const m of s.matchAll(YEAR)) {
		const year = Number(m[3]);
		const decade = Boolean(m[4]);
		const until = m[5] ? Number(m[5]) : null;
		if (/^between$/i.test(m[1] ?? '') && until === null) continue;
		const value = until !== null ? `${year}/${until}` : decade ? `${year}/${year + 9}` : String(year);
		add(m.index, m.index + m[0].length, value);
	}

	for (const m of s.matchAll(RELATIVE_TO_EVENT)) {
		const count = m[1]?.trim();
		const unit = m[2] ?? '';
		// "a week before", "weeks before", "three days after": a singular unit needs its "a" or number.
		if (!/s$/i.test(unit) && !count) continue;
		if (/\b(?:for|lasted|spent)\s+$/i.test(s.slice(0, m.index))) continue;
		if (count && !/^(?:a few|several|a|an)$/i.test(count) && readNumber(count) === null) continue;
		const event = (m[4] ?? '').split(/\s+/).slice(0, 10).join(' ').trimEnd();
		if (!/\p{L}/u.test(event)) continue;
		const start = m.index;
		add(start, start + m[0].length - (m[4] ?? '').length + event.length, undefined);
	}

	for (const m of s.matchAll(ORDINAL_OF)) {
		const what = (m[3] ?? '').split(/\s+/).slice(0, 8).join(' ').trimEnd();
		add(m.index, m.index + m[0].length - (m[3] ?? '').length + what.length, undefined);
	}

	for (const m of s.matchAll(QUARTER)) {
		const q = ['first', 'second', 'third', 'fourth'].indexOf((m[1] ?? '').toLowerCase());
		const index = q >= 0 ? q : Number((m[1] ?? '').charAt(0)) - 1;
		// Without a year, the quarter is the article's year's, moved a year on (or back) when the sentence looks
		// forward to (or back on) a quarter already past (or still ahead).
		let year = m[2] ? Number(m[2]) : null;
		if (year === null && ref) {
			const current = Math.floor((ref.m - 1) / 3);
			year = ref.y + (future && index < current ? 1 : !future && index > current ? -1 : 0);
		}
		const value = year === null ? undefined : `${year}-${pad(index * 3 + 1)}/${year}-${pad(index * 3 + 3)}`;
		add(m.index, m.index + m[0].length, value);
	}

	for (const m of s.matchAll(DAY_PART)) {
		const word = (m[1] ?? m[3] ?? m[4] ?? '').toLowerCase();
		const offset = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
		add(m.index, m.index + m[0].length, ref ? iso(shift(ref, 'day', offset)) : undefined);
	}

	for (const m of s.matchAll(PART_OF_YEAR)) {
		const [, edge, count, half, which, named] = m;
		const y = named ? Number(named) : ref ? ref.y - (/^last$/i.test(which ?? '') ? 1 : 0) : null;
		const months = half ? 6 : readNumber(count ?? '');
		let value: string | undefined;
		if (y !== null && months !== null && months >= 1 && months <= 12) {
			const fromStart = half ? /^first$/i.test(half) : /^first$/i.test(edge ?? '');
			value = fromStart ? `${y}-01/${y}-${pad(months)}` : `${y}-${pad(13 - months)}/${y}-12`;
		}
		add(m.index, m.index + m[0].length, value);
	}

	for (const m of s.matchAll(SEASON_OF_PLAY)) add(m.index, m.index + m[0].length, undefined);

	for (const m of s.matchAll(FISCAL)) add(m.index, m.index + m[0].length, m[1]);

	for (const m of s.matchAll(PART_OF_RELATIVE_YEAR)) {
		let value: string | undefined;
		if (ref) {
			const y =
				ref.y + { last: -1, this: 0, next: 1 }[(m[2] ?? '').toLowerCase() as 'last' | 'this' | 'next'];
			const first = { early: 1, mid: 5, late: 9 }[(m[1] ?? '').toLowerCase() as 'early' | 'mid' | 'late'];
			value = `${y}-${pad(first)}/${y}-${pad(first + 3)}`;
		}
		add(m.index, m.index + m[0].length, value);
	}

	for (const m of s.matchAll(HOLIDAY)) {
		const lead = (m[1] ?? '').toLowerCase();
		const [month, dayOfMonth] = HOLIDAY_DAYS[(m[2] ?? '').toLowerCase().replace('’', "'")] ?? [12, 25];
		let value: string | undefined;
		if (ref) {
			const thisYear = { y: ref.y, m: month, d: dayOfMonth };
			const passed = iso(thisYear) < iso(ref);
			const ahead =
				/^(?:by|before|until|till|next)$/.test(lead) ||
				(!/^(?:since|last|after)$/.test(lead) && (future || FORWARD.test(s)));
			const y = lead === 'this' ? ref.y : ahead ? (passed ? ref.y + 1 : ref.y) : passed ? ref.y : ref.y - 1;
			value = iso({ y, m: month, d: dayOfMonth });
		}
		add(m.index, m.index + m[0].length, value);
	}

	for (const m of s.matchAll(EARLIER)) {
		const n = /^(?:an?|one)$/i.test(m[1] ?? '') ? 1 : readNumber(m[1] ?? '');
		if (n === null) continue;
		found.push({
			start: m.index,
			end: m.index + m[0].length,
			value: undefined,
			priority: 1,
			earlier: { unit: singular(m[2] ?? 'year'), n }
		});
	}
	return found;
}

function chronoDates(s: string, ref: Day | null): Found[] {
	// Every result chrono could give must contain one of these words: most sentences need no parse at all.
	if (!DATE_WORD.test(s)) return [];
	const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
	const reference = { instant, timezone: 0 };
	const backward = casual.parse(s, reference, { forwardDate: false });
	// Only the clause that speaks of the future reads forward: "who took office in January, will build" keeps
	// January in the past.
	const forward = FUTURE.test(s) ? casual.parse(s, reference, { forwardDate: true }) : [];
	const found: Found[] = [];
	for (const back of backward) {
		const clause = clauseAround(s, back.index, back.index + back.text.replace(/[\s,.;:]+$/, '').length);
		const r =
			(FUTURE.test(clause) && forward.find((f) => f.index === back.index && f.text === back.text)) || back;
		const written = r.text.replace(/[\s,.;:]+$/, '');
		if (/^(?:now|right now)$/i.test(written) || !DATE_WORD.test(written)) continue;
		// "the last ten minutes", "the next two hours": a stretch of a match or a meeting, not a date.
		if (/\b(?:seconds?|minutes?|hours?)\b/i.test(written) && !/\bago\b/i.test(written)) continue;
		// "for five years" is a duration; "9/11" names an event.
		const duration = new RegExp(`^(?:${NUMBER}|an?)\\s+(?:year|month|week|day|hour)s?\\b`, 'i').test(written);
		if (
			/^(?:for|within)\s/i.test(written) ||
			(duration && /\bfor\s+$/i.test(s.slice(0, r.index))) ||
			/^\d{1,2}\/\d{1,2}$/.test(written)
		)
			continue;
		const c = r.start;
		const dated = ['year', 'month', 'day', 'weekday'].some((k) => c.isCertain(k as 'year'));
		const relative = r.tags().has('result/relativeDate');
		if (!dated && !relative) continue;
		// "May" the month, not "may" the verb: a month alone needs a capital and a preposition or a year.
		if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year')) {
			const bare = written.replace(/^(?:in|on|since|by|from|until)\s+/i, '');
			const introduced = bare !== written || MONTH_PREPOSITION.test(s.slice(0, r.index));
			if (!/^[A-Z]/.test(bare) || !introduced) continue;
		}
		// "we both sat down": a weekday is written with a capital.
		if (c.isCertain('weekday') && !/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(written)) continue;
		let value = chronoValue(r, ref);
		// "had hired advisers in March" in an October article is this March, not the next: chrono takes the
		// nearest month, but a clause told in the past ("had", "was") that does not look ahead means the latest.
		if (
			ref &&
			value &&
			/^\d{4}-\d\d$/.test(value) &&
			!relative &&
			value > iso(ref).slice(0, 7) &&
			PAST.test(clause) &&
			!FUTURE.test(clause) &&
			!FORWARD.test(clause)
		)
			value = shiftValue(value, 'year', -1);
		// A bare weekday in news is the latest one, the article's own day included, unless the clause speaks of
		// the future: chrono would take the nearest, so "fell on Friday" in a Tuesday article became next Friday.
		if (ref && c.isCertain('weekday') && !c.isCertain('day')) {
			const target = c.get('weekday') ?? 0;
			const delta = FUTURE.test(clause)
				? (target - weekday(ref) + 7) % 7
				: -((weekday(ref) - target + 7) % 7);
			value = iso(shift(ref, 'day', delta));
		}
		found.push({ start: r.index, end: r.index + written.length, value, priority: 0 });
	}
	return found;
}

/** A value moved by whole units: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an interval of them, at its precision. */
function shiftValue(value: string, unit: string, n: number): string | undefined {
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

function clauseAround(s: string, start: number, end: number): string {
	const left = Math.max(...[',', ';', ':', '—'].map((b) => s.lastIndexOf(b, start)));
	const rights = [',', ';', ':', '—'].map((b) => s.indexOf(b, end)).filter((i) => i >= 0);
	return s.slice(left + 1, rights.length > 0 ? Math.min(...rights) : s.length);
}

function chronoValue(r: ParsedResult, ref: Day | null): string | undefined {
	const c = r.start;
	const year = c.get('year');
	const month = c.get('month');
	const day = c.get('day');
	if (year === null || month === null || day === null) return undefined;
	// Without the article's date, "Tuesday" or "last year" has no value; "21 March 1980" still has one.
	if (!ref && !c.isCertain('year')) return undefined;
	const ago = /\b(years?|months?|weeks?|days?)\s+ago\b/i.exec(r.text)?.[1]?.toLowerCase();
	if (ago?.startsWith('year')) return String(year);
	if (ago?.startsWith('month')) return `${year}-${pad(month)}`;
	if (c.isCertain('day') || c.isCertain('weekday') || ago) return iso({ y: year, m: month, d: day });
	if (c.isCertain('month')) return `${year}-${pad(month)}`;
	if (c.isCertain('year')) return String(year);
	return undefined;
}

/** What happened then: the sentence without the date expression, cut to the clause around it when long. */
function describe(s: string, f: Found): string {
	// "last year’s summit" reads "the summit" once the date is gone.
	const possessive = /^['’]s\b/.exec(s.slice(f.end));
	// "scheduled for Nov. 7" and "in the weeks after": the preposition goes with the date.
	const lead = possessive
		? ''
		: (/\b(?:(?:for|in|on|at|by|since|until|from|during|of)\s+)?(?:the\s+)?$/i.exec(
				s.slice(0, f.start)
			)?.[0] ?? '');
	const head = s.slice(0, f.start - lead.length);
	let sentence = possessive
		? `${head}\uE000the${s.slice(f.end + possessive[0].length)}`
		: `${head}\uE000${s.slice(f.end)}`;
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
		.replace(/\uE000/, ' ')
		.replace(/^[\s,;:—–]+/, '')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/[,;]\s*([.!?]|$)/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/^(?:and|but|so)\s+/i, '')
		.trim();
	about = about.charAt(0).toUpperCase() + about.slice(1);
	if (about.length > 200) {
		const cut = about.lastIndexOf(' ', 197);
		about = `${about.slice(0, cut > 0 ? cut : 197)} …`;
	}
	return about;
}

/**
 * Three wrong answers at the answer's precision, written like it: other weekdays, neighbouring years (2025 and
 * 2035 for 2030), other relative expressions ("last week" for "last month"), other seasons, ordinals and
 * periods. Each differs from the answer's value, and none repeats a date the article gives for the same event.
 */
export function dateDistractors(fact: DateFact, others: DateFact[], seed: number): string[] {
	const random = createRandom(seed);
	const text = fact.text;
	const forbidden = new Set(
		[fact, ...others.filter((o) => o.about === fact.about)].flatMap((o) => [normalize(o.text), o.value ?? ''])
	);
	forbidden.delete('');
	const out: string[] = [];
	const offer = (candidates: string[]) => {
		for (const c of candidates) {
			if (out.length >= 3) return;
			if (!forbidden.has(normalize(c)) && !out.includes(c) && c !== text) out.push(c);
		}
	};

	const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(text);
	const relative = /\b(this|last|next)\s+(week|month|year)\b/i.exec(text);
	const period = new RegExp(`\\b(${NUMBER})\\s+(decades?|years?|months?|weeks?|days?)\\b`, 'i').exec(text);
	const year = /\b((?:1[89]|20)\d\d)(s?)\b/.exec(text);
	const season = /\b(spring|summer|fall|autumn|winter)\b/i.exec(text);
	const ordinal = /\b(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th)\b/i.exec(text);
	const event = /\b(hours?|days?|weeks?|months?|years?)\s+(before|after|ahead of|prior to)\b/i.exec(text);
	const monthName = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\b`).exec(text);
	const day = fact.value && /^\d{4}-\d\d-\d\d$/.test(fact.value) ? parseDay(fact.value) : null;

	const edge = new RegExp(`\\b(?:end|beginning|start|middle)\\s+of\\s+(${MONTH_NAMES.join('|')})\\b`).exec(
		text
	);
	if (edge) {
		// "the end of June": other months' ends, never a day of June that the end might be.
		const i = MONTH_NAMES.indexOf(edge[1] ?? '');
		const name = (k: number) => MONTH_NAMES[(i + k + 12) % 12] ?? '';
		offer(shuffle([-2, -1, 1, 2], random).map((k) => text.replace(edge[1] ?? '', name(k))));
	} else if (weekday && day) {
		const i = WEEKDAYS.indexOf(weekday[1] ?? '');
		const names = shuffle([-3, -2, -1, 1, 2, 3], random).map((k) => WEEKDAYS[(i + k + 7) % 7] ?? '');
		offer(names.map((n) => replace(text, weekday, n)));
	} else if (relative) {
		const [, which = '', unit = ''] = relative;
		const w = which.toLowerCase();
		const u = unit.toLowerCase();
		// Same unit, other side: always disjoint. Another unit only for "last"/"next" ("last week" for "last
		// month"), never for "this": this week lies inside this month and this year, so those would be true.
		const candidates = ['last', 'this', 'next'].filter((x) => x !== w).map((x) => `${x} ${u}`);
		if (w !== 'this') {
			for (const other of ['week', 'month', 'year'].filter((x) => x !== u)) {
				// Last December is also last year: skip the larger unit when the answer's month is December.
				if (other === 'year' && fact.value?.endsWith('-12')) continue;
				candidates.push(`${w} ${other}`);
			}
		}
		offer(candidates.map((c) => replace(text, relative, matchCase(c, relative[0]))));
	} else if (period) {
		const n = readNumber(period[1] ?? '');
		if (n !== null) {
			const like = period[0];
			const values = shuffle([n * 2, Math.max(1, Math.round(n / 2)), n + 1, n + 2, n * 3], random);
			offer(
				values
					.filter((v) => v !== n)
					.map((v) => replace(text, period, formatFigure(v, singular(period[2] ?? ''), like)))
			);
		}
	} else if (day) {
		const shifts = shuffle([-1, 1, -2, 2, -7, 7], random);
		offer(shifts.map((k) => writeDayLike(shift(day, 'day', k), text)).filter((c): c is string => c !== null));
	} else if (year && fact.value) {
		const y = Number(year[1]);
		const steps = year[2] ? [-10, 10, -20, 20] : y % 5 === 0 ? [-5, 5, 10, -10] : [-1, 1, -2, 2, 3];
		offer(steps.map((k) => replace(text, year, `${y + k}${year[2] ?? ''}`)));
	} else if (season) {
		const fallWord = /autumn/i.test(season[1] ?? '') ? 'autumn' : 'fall';
		const names = ['spring', 'summer', fallWord, 'winter'].filter(
			(n) => n !== (season[1] ?? '').toLowerCase()
		);
		offer(shuffle(names, random).map((n) => replace(text, season, matchCase(n, season[1] ?? ''))));
	} else if (event) {
		const [, unit = '', direction = ''] = event;
		const plural = /s$/i.test(unit);
		const units = ['hour', 'day', 'week', 'month', 'year'].filter((u) => u !== singular(unit));
		const opposite = /^after$/i.test(direction) ? 'before' : 'after';
		const candidates = [
			`${unit} ${opposite}`,
			...shuffle(units, random).map((u) => `${plural ? `${u}s` : u} ${direction}`)
		];
		offer(candidates.map((c) => replace(text, event, c)));
	} else if (ordinal) {
		const words = ['first', 'second', 'third', 'fourth'].filter(
			(w) => w !== (ordinal[1] ?? '').toLowerCase()
		);
		offer(words.map((w) => replace(text, ordinal, w)));
	} else if (monthName && fact.value && /^\d{4}-\d\d$/.test(fact.value)) {
		const i = MONTH_NAMES.indexOf(monthName[1] ?? '');
		offer(
			shuffle([-2, -1, 1, 2], random).map((k) =>
				replace(text, monthName, MONTH_NAMES[(i + k + 12) % 12] ?? '')
			)
		);
	} else if (/^(?:today|yesterday|tomorrow)$/i.test(text)) {
		offer(['yesterday', 'today', 'tomorrow', 'last week'].map((c) => matchCase(c, text)));
	}
	return out;
}

/** "March 21, 2023", "21 March 2023", "March 21", "2023-03-21": the shifted day in the answer's own style. */
function writeDayLike(day: Day, like: string): string | null {
	const month = MONTH_NAMES[day.m - 1] ?? '';
	if (/^\d{4}-\d\d-\d\d$/.test(like)) return iso(day);
	const abbreviated = new RegExp(`\\b(${MONTH_NAMES.map((n) => n.slice(0, 3)).join('|')})\\w*\\.?`).exec(
		like
	);
	if (!abbreviated) return null;
	const name = abbreviated[0].endsWith('.')
		? `${month.slice(0, 3)}.`
		: abbreviated[0].length > 3
			? month
			: month.slice(0, 3);
	const dayFirst = /\b\d{1,2}(?:st|nd|rd|th)?\s+\p{L}/u.test(like);
	const withYear = /\b\d{4}\b/.test(like);
	const core = dayFirst
		? `${day.d} ${name}${withYear ? ` ${day.y}` : ''}`
		: `${name} ${day.d}${withYear ? `, ${day.y}` : ''}`;
	const lead = /^(?:on|by|since|until|from)\s+/i.exec(like)?.[0] ?? '';
	return lead + core;
}

function seasonYear(ref: Day, season: string, lead: string, future: boolean): number {
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

function seasonInterval(season: string, y: number): string {
	const start = SEASON_MONTHS[season] ?? 3;
	if (start === 12) return `${y}-12/${y + 1}-02`;
	return `${y}-${pad(start)}/${y}-${pad(start + 2)}`;
}

function parseDay(value: string | undefined): Day | null {
	const m = value ? /^(\d{4})-(\d\d)-(\d\d)/.exec(value) : null;
	return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function shift(day: Day, unit: string, n: number): Day {
	const u = singular(unit);
	const date = new Date(Date.UTC(day.y, day.m - 1, day.d));
	if (UNIT_DAYS[u] !== undefined) date.setUTCDate(date.getUTCDate() + n * (UNIT_DAYS[u] ?? 1));
	else date.setUTCMonth(date.getUTCMonth() + n * (UNIT_MONTHS[u] ?? 12));
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function weekday(day: Day): number {
	return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

function iso(day: Day): string {
	return `${day.y}-${pad(day.m)}-${pad(day.d)}`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function singular(unit: string): string {
	return unit.toLowerCase().replace(/s$/, '');
}

function readNumber(s: string): number | null {
	return parseDigits(s) ?? parseNumberWords(s);
}

function normalize(s: string): string {
	return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function replace(text: string, match: RegExpExecArray, by: string): string {
	return text.slice(0, match.index) + by + text.slice(match.index + match[0].length);
}

function matchCase(word: string, like: string): string {
	return /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
