/**
 * npm run eval — recall and precision per kind and per article against questions/gold/<name>.json.
 * Quotes count when the quoted words match (token overlap) and the speaker is the gold one; figures when the
 * value and unit match; dates when the expression matches (and, separately, when the resolved value does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank, DateFact, FigureFact, QuoteFact } from '../src/lib/generator/bank.ts';
import { GOLD, TEST_ARTICLES, articleName, articlePaths, bankForArticle } from './articles.ts';

interface GoldQuote {
	quote: string;
	speaker: string | null;
	alternatives?: string[];
}
interface Gold {
	quotes: GoldQuote[];
	figures: { text: string; value: number; unit: string }[];
	dates: { text: string; value?: string }[];
}

export interface Score {
	found: number;
	gold: number;
	correct: number;
	system: number;
}
export interface ArticleScores {
	name: string;
	quotes: Score;
	quotesHigh: Score;
	quoteSpans: Score;
	figures: Score;
	dates: Score;
	dateValues: Score;
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function overlap(a: string, b: string): number {
	const ta = tokens(a);
	const tb = tokens(b);
	if (!ta.length || !tb.length) return 0;
	const bag = new Map<string, number>();
	for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
	let common = 0;
	for (const t of ta) {
		const n = bag.get(t) ?? 0;
		if (n > 0) {
			common++;
			bag.set(t, n - 1);
		}
	}
	return (2 * common) / (ta.length + tb.length);
}
const speakerKey = (s: string) =>
	s
		.toLowerCase()
		.replace(/^(?:the|a|an)\s+/, '')
		.replace(/\s+/g, ' ')
		.trim();

/** One-to-one matching in document order: gold item i takes the first unused system item that fits. */
function pair<G, S>(gold: G[], system: S[], fits: (g: G, s: S) => boolean): Map<number, number> {
	const used = new Set<number>();
	const result = new Map<number, number>();
	for (const [gi, g] of gold.entries()) {
		const si = system.findIndex((s, i) => !used.has(i) && fits(g, s));
		if (si >= 0) {
			used.add(si);
			result.set(gi, si);
		}
	}
	return result;
}

const unitClass = (u: string) => u.toLowerCase().replace(/^%$/, 'percent');

export function scoreArticle(name: string, bank: Bank, gold: Gold): ArticleScores {
	const quotes = bank.facts.filter((f): f is QuoteFact => f.kind === 'quote');
	const figures = bank.facts.filter((f): f is FigureFact => f.kind === 'figure');
	const dates = bank.facts.filter((f): f is DateFact => f.kind === 'date');

	const spans = pair(gold.quotes, quotes, (g, s) => overlap(g.quote, s.quote) >= 0.8);
	const rightSpeaker = (g: GoldQuote, s: QuoteFact) =>
		g.speaker !== null &&
		s.speaker.name !== '' &&
		[g.speaker, ...(g.alternatives ?? [])].some((n) => speakerKey(n) === speakerKey(s.speaker.name));
	const attributedGold = gold.quotes.filter((g) => g.speaker !== null).length;
	const scoreQuotes = (keep: (s: QuoteFact) => boolean): Score => {
		let correct = 0;
		for (const [gi, si] of spans)
			if (keep(quotes[si]!) && rightSpeaker(gold.quotes[gi]!, quotes[si]!)) correct++;
		const system = quotes.filter((s) => s.speaker.name !== '' && keep(s)).length;
		return { found: correct, gold: attributedGold, correct, system };
	};

	const figs = pair(
		gold.figures,
		figures,
		(g, s) =>
			Math.abs(g.value - s.value) <= 1e-9 * Math.max(1, Math.abs(g.value)) &&
			unitClass(g.unit) === unitClass(s.unit)
	);
	const dateFits = (g: { text: string }, s: DateFact) =>
		s.text.toLowerCase().includes(g.text.toLowerCase()) ||
		g.text.toLowerCase().includes(s.text.toLowerCase());
	const dateMatches = pair(gold.dates, dates, dateFits);
	let valueRight = 0;
	for (const [gi, si] of dateMatches)
		if ((gold.dates[gi]!.value ?? '') === (dates[si]!.value ?? '')) valueRight++;

	return {
		name,
		quotes: scoreQuotes(() => true),
		quotesHigh: scoreQuotes((s) => s.confidence === 'high'),
		quoteSpans: { found: spans.size, gold: gold.quotes.length, correct: spans.size, system: quotes.length },
		figures: { found: figs.size, gold: gold.figures.length, correct: figs.size, system: figures.length },
		dates: {
			found: dateMatches.size,
			gold: gold.dates.length,
			correct: dateMatches.size,
			system: dates.length
		},
		dateValues: { found: valueRight, gold: gold.dates.length, correct: valueRight, system: dateMatches.size }
	};
}

export const recall = (s: Score) => (s.gold ? s.found / s.gold : 1);
export const precision = (s: Score) => (s.system ? s.correct / s.system : 1);

export function evaluateAll(): ArticleScores[] {
	const results: ArticleScores[] = [];
	for (const path of [...articlePaths(), ...articlePaths(TEST_ARTICLES)]) {
		const name = articleName(path);
		const goldPath = join(GOLD, `${name}.json`);
		if (!existsSync(goldPath)) continue;
		results.push(
			scoreArticle(name, bankForArticle(path), JSON.parse(readFileSync(goldPath, 'utf8')) as Gold)
		);
	}
	return results;
}

function report(results: ArticleScores[]): void {
	const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
	const kinds: [keyof Omit<ArticleScores, 'name'>, string][] = [
		['quotes', 'quotes, right speaker'],
		['quotesHigh', '  high confidence only'],
		['quoteSpans', 'quote spans'],
		['figures', 'figures'],
		['dates', 'dates found'],
		['dateValues', 'date values right']
	];
	for (const r of results) {
		console.log(`\n${r.name}`);
		console.log(`  ${'kind'.padEnd(24)} ${'recall'.padStart(7)} ${'precis.'.padStart(7)}   counts`);
		for (const [k, label] of kinds) {
			const s = r[k];
			console.log(
				`  ${label.padEnd(24)} ${pct(recall(s))} ${pct(precision(s))}   ${s.found}/${s.gold} found, ${s.correct}/${s.system} right`
			);
		}
	}
}

if (import.meta.url === `file://${process.argv[1]}`) report(evaluateAll());
