/**
 * Wrong answers for a date, as a registry of shapes: the first shape that reads the answer offers its siblings
 * at the same precision and in the same wording ("Wednesday" for "Tuesday", "2025" for "2030", "last week" for
 * "last month", "days before" for "weeks before"). Every choice must fit the sentence's tense: a sentence told
 * in the past is offered no "next year" and no date after the article's; one that looks ahead, no "last week".
 */
import type { DateFact } from './bank';
import { clauseAround, iso, parseDay, readNumber, shift, singular, type Day } from './date-rules';
import { formatFigure } from './numbers';
import { shuffle } from './random';
import { MONTH_NAMES } from './readable-date';

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
}

interface Candidate {
	text: string;
	/** The candidate's value, when the shape knows it: checked against the sentence's tense. */
	value?: string;
	/** A relative word's direction: "next week" looks ahead, "last week" back. */
	direction?: 'past' | 'future';
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
	candidates(ctx: ShapeContext): Candidate[];
}

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
	if (PAST.test(clause)) return 'past';
	// "Last year, weeks before …, he issued a declaration": a date set off by commas takes the sentence's tense.
	if (FUTURE.test(sentence)) return 'future';
	if (PAST.test(sentence)) return 'past';
	return 'present';
}

/** Prepositions and hedges that stay in the sentence around a blanked date ("on _____", "more than _____ after"). */
const DATE_LEAD =
	/^(?:(?:on|in|by|since|until|till|from|at|during|before|after|over|through|throughout|within|of|around|circa|as of)\s+)?(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:more than|less than|just|only|about|nearly|almost|some|barely|roughly)\s+)?/i;

/** The date a blank covers: "2004" of "in 2004", "the fall" of "before the fall", "Tuesday" of "on Tuesday". */
export function dateCore(written: string): string {
	const lead = DATE_LEAD.exec(written)?.[0] ?? '';
	return lead && lead.length < written.length ? written.slice(lead.length) : written;
}

const replace = (text: string, m: RegExpExecArray, by: string) =>
	text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
const matchCase = (word: string, like: string) =>
	/^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
const NUMBER_WORDS =
	'(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an)';

export const DATE_SHAPES = {
	/** "the end of June": other months' ends, never a day of June that the end might be. */
	edgeOfMonth: {
		pattern: new RegExp(`\\b(?:end|beginning|start|middle)\\s+of\\s+(${MONTH_NAMES.join('|')})\\b`),
		candidates: ({ core, m, random }) => {
			const i = MONTH_NAMES.indexOf(m[1] ?? '');
			return shuffle([-2, -1, 1, 2], random).map((k) => ({
				text: core.replace(m[1] ?? '', MONTH_NAMES[(i + k + 12) % 12] ?? '')
			}));
		}
	},
	/** "5:00 p.m.", "10 a.m.": other hours, written alike. */
	clock: {
		pattern: /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?/i,
		candidates: ({ core, m, random }) => {
			const hour = Number(m[1]) % 12;
			const pm = /p/i.test(m[3] ?? '');
			return shuffle([-3, -2, -1, 1, 2, 3], random).map((k) => {
				const h24 = (hour + (pm ? 12 : 0) + k + 24) % 24;
				const h = h24 % 12 === 0 ? 12 : h24 % 12;
				const half = (h24 < 12 ? 'a' : 'p') + m[0].slice(m[0].search(/[ap]/i) + 1);
				return {
					text: replace(
						core,
						m,
						`${h}${m[2] ? `:${m[2]}` : ''}${m[0].match(/\s*(?=[ap])/i)?.[0] ?? ''}${half}`
					)
				};
			});
		}
	},
	/** "Tuesday", "Thursday morning": other weekdays, each the nearest one in the sentence's direction. */
	weekday: {
		pattern: new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`),
		candidates: ({ core, m, ref, random, sentence, fact }) => {
			const i = WEEKDAYS.indexOf(m[1] ?? '');
			const ahead = tenseOf(sentence, fact.text) === 'future';
			return shuffle([-3, -2, -1, 1, 2, 3], random).map((k) => {
				const target = (i + k + 7) % 7;
				let value: string | undefined;
				if (ref) {
					const now = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
					value = iso(shift(ref, 'day', ahead ? (target - now + 7) % 7 : -((now - target + 7) % 7)));
				}
				return { text: replace(core, m, WEEKDAYS[target] ?? ''), value };
			});
		}
	},
	/** "last month", "this week", "next year": the other side, or another unit on the same side. */
	relative: {
		pattern: /\b(this|last|next)\s+(week|month|year)\b/i,
		candidates: ({ core, m, fact }) => {
			const w = (m[1] ?? '').toLowerCase();
			const u = (m[2] ?? '').toLowerCase();
			const direction = (x: string) => (x === 'last' ? 'past' : x === 'next' ? 'future' : undefined);
			const out: Candidate[] = ['last', 'this', 'next']
				.filter((x) => x !== w)
				.map((x) => ({ text: replace(core, m, matchCase(`${x} ${u}`, m[0])), direction: direction(x) }));
			// Another unit only for "last"/"next": this week lies inside this month and this year, so those would be true.
			if (w !== 'this')
				for (const other of ['week', 'month', 'year'].filter((x) => x !== u)) {
					// Last December is also last year: skip the larger unit when the answer's month is December.
					if (other === 'year' && fact.value?.endsWith('-12')) continue;
					out.push({ text: replace(core, m, matchCase(`${w} ${other}`, m[0])), direction: direction(w) });
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
		candidates: ({ core, m, random }) => {
			const n = /^an?$/i.test(m[1] ?? '') ? 1 : readNumber(m[1] ?? '');
			if (n === null) return [];
			const values = shuffle(
				[n * 2, Math.max(1, Math.round(n / 2)), n + 5, n + 10, Math.max(1, n - 5)],
				random
			);
			return values
				.filter((v) => v !== n)
				.map((v) => ({
					text: formatFigure(v, `${singular(m[2] ?? '')}s`, core),
					direction: 'past' as const
				}));
		}
	},
	/** "the next five years", "13 months": other lengths of the same unit. */
	period: {
		pattern: new RegExp(
			`\\b(${NUMBER_WORDS}(?:[\\s-]+${NUMBER_WORDS})?)\\s+(decades?|years?|months?|weeks?|days?)\\b(?!\\s+(?:before|after|earlier|later|ago))`,
			'i'
		),
		candidates: ({ core, m, random }) => {
			const n = readNumber(m[1] ?? '');
			if (n === null) return [];
			const values = shuffle([n * 2, Math.max(1, Math.round(n / 2)), n + 1, n + 2, n * 3], random);
			return values
				.filter((v) => v !== n)
				.map((v) => ({ text: replace(core, m, formatFigure(v, singular(m[2] ?? ''), m[0])) }));
		}
	},
	/** "March 21, 2023", "21 March", "Feb. 8": other days, written alike. */
	day: {
		pattern: new RegExp(`\\b(?:${MONTH_NAMES.map((n) => n.slice(0, 3)).join('|')})`),
		when: ({ fact }) => /^\d{4}-\d\d-\d\d/.test(fact.value ?? ''),
		candidates: ({ core, day, random }) =>
			day
				? shuffle([-1, 1, -2, 2, -7, 7, -3, 3], random).flatMap((k) => {
						const other = shift(day, 'day', k);
						const text = writeDayLike(other, core);
						return text ? [{ text, value: iso(other) }] : [];
					})
				: []
	},
	/** "the 1960s", "the sixties": neighbouring decades. */
	decade: {
		pattern: /\b((?:1[89]|20)\d0)s\b/,
		candidates: ({ core, m, random }) => {
			const y = Number(m[1]);
			return shuffle([-20, -10, 10, 20], random).map((k) => ({
				text: replace(core, m, `${y + k}s`),
				value: String(y + k)
			}));
		}
	},
	/** "the 20th century": the ones around it. */
	century: {
		pattern: /\b(\d{1,2})(st|nd|rd|th)\s+century\b/i,
		candidates: ({ core, m }) => {
			const n = Number(m[1]);
			const suffix = (k: number) =>
				k % 100 >= 11 && k % 100 <= 13
					? 'th'
					: (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[k % 10] ?? 'th');
			return [n - 2, n - 1, n + 1]
				.filter((k) => k >= 1 && k <= 21)
				.map((k) => ({ text: replace(core, m, `${k}${suffix(k)} century`), value: String((k - 1) * 100) }));
		}
	},
	/** "2030", "in 2004": neighbouring years (5 apart around a round one). */
	year: {
		pattern: /\b((?:1[89]|20)\d\d)\b/,
		when: ({ fact }) => fact.value !== undefined,
		candidates: ({ core, m, random }) => {
			const y = Number(m[1]);
			const steps = y % 5 === 0 ? [-5, 5, 10, -10] : shuffle([-1, 1, -2, 2, 3, -3], random);
			return steps.map((k) => ({ text: replace(core, m, String(y + k)), value: String(y + k) }));
		}
	},
	/** "the fall", "last summer": the other seasons. */
	season: {
		pattern: /\b(spring|summer|fall|autumn|winter)\b/i,
		candidates: ({ core, m, random }) => {
			const fallWord = /autumn/i.test(m[1] ?? '') ? 'autumn' : 'fall';
			return shuffle(
				['spring', 'summer', fallWord, 'winter'].filter((n) => n !== (m[1] ?? '').toLowerCase()),
				random
			).map((n) => ({ text: replace(core, m, matchCase(n, m[1] ?? '')) }));
		}
	},
	/** "weeks before", "twelve hours after": other units, or the other side of the event. */
	event: {
		pattern: /\b(hours?|days?|weeks?|months?|years?)\s+(before|after|ahead of|prior to|later|earlier)\b/i,
		candidates: ({ core, m, random }) => {
			const [, unit = '', direction = ''] = m;
			const plural = /s$/i.test(unit);
			const units = ['hour', 'day', 'week', 'month', 'year'].filter((u) => u !== singular(unit));
			const opposite =
				({ after: 'before', before: 'after', later: 'earlier', earlier: 'later' } as Record<string, string>)[
					direction.toLowerCase()
				] ?? 'after';
			return [
				{ text: replace(core, m, `${unit} ${opposite}`) },
				...shuffle(units, random).map((u) => ({
					text: replace(core, m, `${plural ? `${u}s` : u} ${direction}`)
				}))
			];
		}
	},
	/**
	 * "the second day of the visit": the other ordinals. "The first days of the conflict" is the early part of it,
	 * and "the second days" no English: an ordinal before a plural has no siblings.
	 */
	ordinal: {
		pattern: /\b(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th)\b(?!\s+\p{L}+s\b)/iu,
		candidates: ({ core, m }) =>
			['first', 'second', 'third', 'fourth']
				.filter((w) => w !== (m[1] ?? '').toLowerCase())
				.map((w) => ({ text: replace(core, m, w) }))
	},
	/** "March", "in February": neighbouring months. */
	month: {
		pattern: new RegExp(`\\b(${MONTH_NAMES.join('|')})\\b`),
		when: ({ fact }) => /^\d{4}-\d\d$/.test(fact.value ?? ''),
		candidates: ({ core, m, random, fact }) => {
			const i = MONTH_NAMES.indexOf(m[1] ?? '');
			const y = Number(fact.value!.slice(0, 4));
			return shuffle([-2, -1, 1, 2], random).map((k) => {
				const month = i + k;
				const year = y + Math.floor(month / 12);
				const name = MONTH_NAMES[(month + 12) % 12] ?? '';
				return {
					text: replace(core, m, name),
					value: `${year}-${String(((month + 12) % 12) + 1).padStart(2, '0')}`
				};
			});
		}
	},
	/** "today", "yesterday", "tomorrow". */
	nearDay: {
		pattern: /^(?:today|yesterday|tomorrow)$/i,
		candidates: ({ core }) =>
			(
				[
					['yesterday', 'past'],
					['today', undefined],
					['tomorrow', 'future'],
					['last week', 'past'],
					['next week', 'future']
				] as const
			).map(([t, direction]) => ({ text: matchCase(t, core), direction }))
	},
	/**
	 * "every day", "annually", "every ten years": how often, differently. "Every time her parents changed her clothes" says
	 * "whenever", not how often by the calendar, and "every day her parents changed" is no English: no siblings.
	 */
	frequency: {
		pattern:
			/\b(?:every|each)\s+(?:\w+\s+)?(?:day|week|month|year|years|decade)\b|\b(?:annually|monthly|weekly|daily)\b/i,
		candidates: ({ core, m }) => {
			const adverbs = ['daily', 'weekly', 'monthly', 'annually'];
			const adverb = adverbs.find((a) => m[0].toLowerCase() === a);
			if (adverb) return adverbs.filter((a) => a !== adverb).map((a) => ({ text: replace(core, m, a) }));
			return ['every day', 'every week', 'every month', 'every year']
				.filter((t) => t !== m[0].toLowerCase())
				.map((t) => ({ text: replace(core, m, matchCase(t, m[0])) }));
		}
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

/** "March 21, 2023", "21 March 2023", "March 21", "2023-03-21": the shifted day in the answer's own style. */
export function writeDayLike(day: Day, like: string): string | null {
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
	const tense = tenseOf(sentence, fact.text);
	const { notBefore, notAfter } = timelineBounds(sentence, fact, others);
	const fits = (c: Candidate) => {
		if (c.value) {
			const when = c.value.slice(0, 10);
			if (notAfter && when.slice(0, notAfter.length) > notAfter.slice(0, when.length)) return false;
			if (notBefore && when.slice(0, notBefore.length) < notBefore.slice(0, when.length)) return false;
		}
		if (tense === 'past' && c.direction === 'future') return false;
		if (tense === 'future' && c.direction === 'past') return false;
		if (ref && c.value) {
			const when = c.value.slice(0, 10);
			const now = iso(ref).slice(0, when.length);
			if (tense === 'past' && when > now) return false;
			if (tense === 'future' && when < now) return false;
		}
		return true;
	};
	for (const shape of Object.values(DATE_SHAPES) as DateShape[]) {
		const m = shape.pattern.exec(core);
		if (!m || (shape.when && !shape.when(input))) continue;
		const out: string[] = [];
		for (const c of shape.candidates({ ...input, ref, day, m })) {
			if (out.length >= 3) break;
			if (!fits(c) || forbidden.has(normalize(c.text)) || (c.value && forbidden.has(c.value))) continue;
			if (out.some((o) => normalize(o) === normalize(c.text))) continue;
			out.push(c.text);
		}
		return out;
	}
	return [];
}
