/**
 * tsx scripts/wikinews/score.ts <keyDir> <bankDir>: an answer key's pooled quote figures (`scoreReal`, the real
 * corpus's scorer): recall and precision of quotes with the right speaker, and the quote questions naming the right
 * one. A key's quote whose speaker the article never lets a reader tell ("unknown") is scored as nobody's words,
 * like the publication's own scare quotes: no speaker is right for it. A key that lists figures and dates (fd-75)
 * gets a second line: figures and dates found, and the date values right.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank } from '../../src/lib/generator/bank.ts';
import { scoreReal, type RealGold } from '../score.ts';

const [keyDir, bankDir] = process.argv.slice(2);
if (!keyDir || !bankDir) throw new Error('usage: tsx scripts/wikinews/score.ts <keyDir> <bankDir>');
const total = { gold: 0, found: 0, generated: 0, right: 0, asked: 0, askedRight: 0 };
const facts = { figures: 0, figuresFound: 0, dates: 0, datesFound: 0, valuesRight: 0 };
for (const file of readdirSync(keyDir).filter((f) => f.endsWith('.gold.json'))) {
	const gold = JSON.parse(readFileSync(join(keyDir, file), 'utf8')) as RealGold;
	for (const q of gold.quotes ?? [])
		if (/^(?:unknown)?$/i.test(q.speaker?.trim() ?? '')) q.speaker = 'Wikinews';
	const bank = JSON.parse(
		readFileSync(join(bankDir, file.replace(/\.gold\.json$/, '.json')), 'utf8')
	) as Bank;
	const { quote, quoteAsked, figure, date, dateValue } = scoreReal(gold, bank);
	facts.figures += figure.gold;
	facts.figuresFound += figure.found;
	facts.dates += date.gold;
	facts.datesFound += date.found;
	facts.valuesRight += dateValue.right;
	total.gold += quote.gold;
	total.found += quote.found;
	total.generated += quote.generated;
	total.right += quote.right;
	total.asked += quoteAsked.questions;
	total.askedRight += quoteAsked.right;
}
const share = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '–'}%)`;
console.log(
	`quotes with the right speaker: recall ${share(total.found, total.gold)}, precision ${share(total.right, total.generated)}; ` +
		`quote questions naming the right speaker ${share(total.askedRight, total.asked)}`
);
if (facts.figures + facts.dates > 0)
	console.log(
		`figures found ${share(facts.figuresFound, facts.figures)}; dates found ${share(facts.datesFound, facts.dates)}; ` +
			`date values right ${share(facts.valuesRight, facts.datesFound)}`
	);
