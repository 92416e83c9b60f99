/**
 * The real corpus's scorer, as counts: the same matching rules as the shared `score-bank.mjs` (which an
 * independent set of real articles is measured with), so `npm run eval` and that script agree article by article,
 * plus the date values (the shared script matches date expressions only). Counts rather than percentages, so a
 * half of the corpus can be pooled.
 */
import type { Bank } from '../src/lib/generator/bank.ts';

export interface RealGold {
	quotes?: { text: string; speaker: string | null; aliases?: string[] }[];
	figures?: { text: string; value: number | null }[];
	dates?: { text: string; value?: string }[];
}

/** found of gold (recall), right of generated (precision). */
export interface Count {
	gold: number;
	found: number;
	generated: number;
	right: number;
}

export interface RealScore {
	/** Quotes with the right speaker (the publication's own scare quotes and titles left out of the gold). */
	quote: Count;
	quoteLocated: Count;
	figure: Count;
	date: Count;
	/** Of the dates found, how many have the gold value (both without a value counts as right). */
	dateValue: { found: number; right: number };
	/** Questions built on a quote, and how many name the right speaker. */
	quoteAsked: { questions: number; right: number };
	questions: number;
	/** What `--verbose` lists: misses, extras and wrong speakers. */
	misses: string[];
}

type Fact = Bank['facts'][number];

const norm = (s: unknown) =>
	String(s ?? '')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
		.replace(/[\u201c\u201d\u201e\u2033]/g, '"')
		.replace(/[^a-z0-9$%.' ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
const words = (s: unknown) =>
	norm(s)
		.split(' ')
		.filter((w) => w && !/^['".]+$/.test(w))
		.map((w) => w.replace(/^['".]+|['".]+$/g, ''));
const STOP = new Set([
	'the',
	'of',
	'a',
	'an',
	'and',
	'mr',
	'mrs',
	'ms',
	'dr',
	'president',
	'said',
	'us',
	'u.s'
]);
const content = (s: string) => words(s).filter((w) => !STOP.has(w));

function overlap(goldText: string, genText: string): number {
	const g = words(goldText);
	const f = new Set(words(genText));
	if (!g.length || !f.size) return 0;
	const hit = g.filter((w) => f.has(w)).length;
	return hit / Math.max(g.length, f.size * 0.5);
}

const speakerName = (f: Fact) => (f.kind === 'quote' ? f.speaker.name : '');
const quoteText = (f: Fact) => (f.kind === 'quote' ? f.quote : f.text);

function speakerMatch(g: { speaker: string | null; aliases?: string[] }, gen: string): boolean {
	const names = [g.speaker, ...(g.aliases ?? [])].filter((n): n is string => Boolean(n));
	const g2 = new Set(content(gen));
	if (!g2.size) return false;
	return names.some((n) => {
		const c = content(n);
		const last = c[c.length - 1];
		return (last !== undefined && g2.has(last)) || c.filter((w) => g2.has(w)).length >= Math.min(2, c.length);
	});
}

const numText = (s: string) =>
	norm(s).replace(/^(about|around|some|nearly|almost|more than|over|by|at least) /, '');
const quoteLocated = (g: { text: string }, f: Fact) => overlap(g.text, quoteText(f)) >= 0.6;

function score<G extends { text: string }>(
	kind: string,
	gold: G[],
	generated: Fact[],
	isMatch: (g: G, f: Fact) => boolean,
	misses: string[]
): { count: Count; pairs: [G, Fact][] } {
	const used = new Set<number>();
	const pairs: [G, Fact][] = [];
	for (const g of gold) {
		const i = generated.findIndex((f, k) => !used.has(k) && isMatch(g, f));
		if (i >= 0) {
			used.add(i);
			pairs.push([g, generated[i]!]);
		} else misses.push(`missed ${kind}: ${g.text}`);
	}
	// A generated fact is right if it matches any gold item, even one already paired.
	const wrong = generated.filter((f) => !gold.some((g) => isMatch(g, f)));
	for (const w of wrong)
		misses.push(
			`extra ${kind}: ${JSON.stringify(quoteText(w))} ${kind === 'quote' ? `<- ${speakerName(w)}` : ''}`
		);
	return {
		count: {
			gold: gold.length,
			found: pairs.length,
			generated: generated.length,
			right: generated.length - wrong.length
		},
		pairs
	};
}

const NUMBER_IN =
	/\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half|double/;

export function scoreReal(gold: RealGold, bank: Bank): RealScore {
	const misses: string[] = [];
	const byKind = (k: Fact['kind']) => bank.facts.filter((f) => f.kind === k);
	const goldQuotes = gold.quotes ?? [];
	const quote = score(
		'quote',
		goldQuotes.filter((g) => !/^wikinews$/i.test(g.speaker ?? '')),
		byKind('quote').filter((f) => speakerName(f).trim()),
		(g, f) => quoteLocated(g, f) && speakerMatch(g, speakerName(f)),
		misses
	).count;
	const quoteLocatedCount = score('quote-located', goldQuotes, byKind('quote'), quoteLocated, []).count;
	const figure = score(
		'figure',
		gold.figures ?? [],
		byKind('figure'),
		(g, f) => {
			if (f.kind !== 'figure') return false;
			const a = numText(g.text);
			const b = numText(f.text);
			return (
				Boolean(a && b && (a.includes(b) || b.includes(a)) && NUMBER_IN.test(b)) ||
				(g.value != null && Number(f.value) === Number(g.value) && overlap(g.text, f.text) > 0.3)
			);
		},
		misses
	).count;
	const dates = score(
		'date',
		gold.dates ?? [],
		byKind('date'),
		(g, f) => {
			const a = norm(g.text);
			const b = norm(quoteText(f));
			return Boolean(a && b && (a.includes(b) || b.includes(a)));
		},
		misses
	);
	let valueRight = 0;
	for (const [g, f] of dates.pairs) {
		const value = f.kind === 'date' ? (f.value ?? '') : '';
		if ((g.value ?? '') === value) valueRight++;
		else misses.push(`wrong date value: ${g.text}: ${value || '(none)'} for ${g.value ?? '(none)'}`);
	}
	const factById = new Map(bank.facts.map((f) => [f.id, f]));
	const quoteQuestions = bank.questions.filter((q) => factById.get(q.factId)?.kind === 'quote');
	let askedRight = 0;
	for (const q of quoteQuestions) {
		const f = factById.get(q.factId)!;
		if (goldQuotes.some((g) => quoteLocated(g, f) && speakerMatch(g, speakerName(f)))) askedRight++;
		else
			misses.push(
				`wrong speaker in a question: ${q.type}: ${JSON.stringify(q.prompt).slice(0, 120)} -> ${speakerName(f)}`
			);
	}
	return {
		quote,
		quoteLocated: quoteLocatedCount,
		figure,
		date: dates.count,
		dateValue: { found: dates.count.found, right: valueRight },
		quoteAsked: { questions: quoteQuestions.length, right: askedRight },
		questions: bank.questions.length,
		misses
	};
}
