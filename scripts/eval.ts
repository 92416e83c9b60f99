/**
 * npm run eval — recall and precision per kind, per article and per half.
 * - The real corpus (questions/real/, published articles): scored with the shared scorer's rules (score.ts), per
 *   article and pooled per half. `--verbose` lists the tuning half's misses; the check half's only with
 *   `--check-details` (read them only once tuning is over). `--markdown` prints the tables as Markdown.
 * - The bundled article and the test articles written here, against questions/gold/<name>.json: quotes count when
 *   the quoted words match (token overlap) and the speaker is the gold one; figures when the value and unit
 *   match; dates when the expression matches (and, separately, when the resolved value does).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank, DateFact, FigureFact, QuoteFact } from '../src/lib/generator/bank.ts';
import {
	GOLD,
	INVENTED,
	REAL,
	TEST_ARTICLES,
	articleName,
	articlePaths,
	bankForArticle,
	realSplit,
	type Group
} from './articles.ts';
import { scoreReal, type Count, type RealGold, type RealScore } from './score.ts';

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

export interface RealResult {
	name: string;
	half: Group;
	score: RealScore;
}

/** Every article of the real corpus, generated now and scored against its gold. */
export function evaluateReal(): RealResult[] {
	const split = realSplit();
	return articlePaths(REAL).map((path) => {
		const name = articleName(path);
		const half = split.get(name);
		if (!half) throw new Error(`${name} is in neither half of questions/real/split.json`);
		const gold = JSON.parse(readFileSync(join(REAL, `${name}.gold.json`), 'utf8')) as RealGold;
		return { name, half, score: scoreReal(gold, bankForArticle(path)) };
	});
}

/** The invented whole articles (questions/invented/), scored by the real corpus's rules as their own group. */
export function evaluateInvented(): RealResult[] {
	return articlePaths(INVENTED).map((path) => {
		const name = articleName(path);
		const gold = JSON.parse(readFileSync(join(INVENTED, `${name}.gold.json`), 'utf8')) as RealGold;
		return { name, half: 'invented' as const, score: scoreReal(gold, bankForArticle(path)) };
	});
}

/** The targets of the real corpus, as [found, of]: recall and precision of each kind, and the question share. */
export const REAL_TARGETS = {
	'quote recall': (s: RealScore) => [s.quote.found, s.quote.gold],
	'quote precision': (s: RealScore) => [s.quote.right, s.quote.generated],
	'quote-asked': (s: RealScore) => [s.quoteAsked.right, s.quoteAsked.questions],
	'figures found': (s: RealScore) => [s.figure.found, s.figure.gold],
	'figure precision': (s: RealScore) => [s.figure.right, s.figure.generated],
	'dates found': (s: RealScore) => [s.date.found, s.date.gold],
	'date precision': (s: RealScore) => [s.date.right, s.date.generated],
	'date values right': (s: RealScore) => [s.dateValue.right, s.dateValue.found]
} satisfies Record<string, (s: RealScore) => [number, number]>;
export type RealTarget = keyof typeof REAL_TARGETS;

/** Pooled over articles (counts summed: micro-average) and the mean of the articles' own shares (macro). */
export function pooled(results: RealResult[], target: RealTarget) {
	let found = 0;
	let of = 0;
	const shares: number[] = [];
	for (const r of results) {
		const [f, o] = REAL_TARGETS[target](r.score);
		found += f;
		of += o;
		// An article with nothing to find (or nothing generated) has no share of its own.
		if (o > 0) shares.push(f / o);
	}
	return {
		found,
		of,
		micro: of ? found / of : NaN,
		macro: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : NaN
	};
}

const percent = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`);

/** Where the per-article floors live: what `eval.test.ts` holds every article of the real corpus to. */
export const FLOORS = join(REAL, 'floors.json');
/** The invented articles' floors, kept apart so the real corpus's file names only published articles. */
export const INVENTED_FLOORS = join(INVENTED, 'floors.json');
export type Floors = Record<string, Partial<Record<RealTarget, number>>>;

/**
 * Targets whose count of what there is to find is fixed by the gold: their floor is today's count, so losing one
 * fact fails. The others (precision, questions right) divide by what the generator makes, which moves with any
 * change: their floor is today's share less two points.
 */
const FIXED_OF: readonly RealTarget[] = ['quote recall', 'figures found', 'dates found'];

/** Floors just under what each article reaches now (`npm run eval -- --write-floors`). */
export function floorsOf(results: RealResult[]): Floors {
	const floors: Floors = {};
	for (const r of results) {
		const mine: Partial<Record<RealTarget, number>> = {};
		for (const t of Object.keys(REAL_TARGETS) as RealTarget[]) {
			const [found, of] = REAL_TARGETS[t](r.score);
			if (of === 0) continue;
			const share = found / of;
			mine[t] = FIXED_OF.includes(t)
				? Math.floor((found / of) * 1000) / 1000
				: Math.max(0, Math.floor((share - 0.02) * 100) / 100);
		}
		floors[r.name] = mine;
	}
	return floors;
}

export function realTables(results: RealResult[]): string {
	const targets = Object.keys(REAL_TARGETS) as RealTarget[];
	const lines: string[] = [];
	const row = (cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
	for (const half of ['tuning', 'check', 'invented'] as const) {
		const rows = results.filter((r) => r.half === half);
		if (!rows.length) continue;
		lines.push('', half === 'invented' ? '### invented articles' : `### ${half} half`, '');
		row(['article', ...targets, 'questions']);
		row(['---', ...targets.map(() => '---:'), '---:']);
		for (const r of rows)
			row([
				r.name,
				...targets.map((t) => {
					const [f, o] = REAL_TARGETS[t](r.score);
					return o ? `${percent(f / o)} (${f}/${o})` : '–';
				}),
				String(r.score.questions)
			]);
		row([
			'**pooled (micro)**',
			...targets.map((t) => {
				const p = pooled(rows, t);
				return `**${percent(p.micro)}** (${p.found}/${p.of})`;
			}),
			String(rows.reduce((n, r) => n + r.score.questions, 0))
		]);
		row(['mean of articles (macro)', ...targets.map((t) => percent(pooled(rows, t).macro)), '']);
	}
	return lines.join('\n');
}

/** Counts in the shape `found/gold found, right/generated right`, for the console report. */
const counts = (c: Count) => `${c.found}/${c.gold} found, ${c.right}/${c.generated} right`;

function reportReal(results: RealResult[], verbose: boolean, checkDetails: boolean): void {
	for (const r of results) {
		const s = r.score;
		console.log(`\n${r.name} (${r.half} half)`);
		console.log(`  quotes, right speaker    ${counts(s.quote)}`);
		console.log(`  quotes located           ${counts(s.quoteLocated)}`);
		console.log(`  figures                  ${counts(s.figure)}`);
		console.log(`  dates                    ${counts(s.date)}`);
		console.log(`  date values right        ${s.dateValue.right}/${s.dateValue.found}`);
		console.log(`  quote-asked              ${s.quoteAsked.right}/${s.quoteAsked.questions} questions right`);
		console.log(`  questions                ${s.questions}`);
		if (verbose && (r.half !== 'check' || checkDetails)) for (const m of s.misses) console.log(`    ${m}`);
	}
	console.log(realTables(results));
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

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const real = evaluateReal();
	const invented = evaluateInvented();
	if (args.includes('--write-floors')) {
		writeFileSync(FLOORS, JSON.stringify(floorsOf(real), null, '\t') + '\n');
		writeFileSync(INVENTED_FLOORS, JSON.stringify(floorsOf(invented), null, '\t') + '\n');
		console.log(`wrote ${FLOORS} and ${INVENTED_FLOORS}`);
	} else if (args.includes('--markdown')) console.log(realTables([...real, ...invented]));
	else {
		console.log('# Real corpus (questions/real) and invented articles (questions/invented)');
		reportReal([...real, ...invented], args.includes('--verbose'), args.includes('--check-details'));
		console.log('\n# Bundled and test articles (questions/gold)');
		report(evaluateAll());
	}
}
