/**
 * npm run --silent giveaways -- <bank.json>...
 * Counts, per bank, the pairs of questions of different facts where one's prompt (or shown quote choices) holds
 * the other's answer (generator/giveaways.ts), and prints each pair, so a change to the generator can be measured.
 */
import { readFileSync } from 'node:fs';
import { parseBank } from '../src/lib/generator/bank.ts';
import { giveaways } from '../src/lib/generator/giveaways.ts';

let total = 0;
for (const file of process.argv.slice(2)) {
	const bank = parseBank(JSON.parse(readFileSync(file, 'utf8')));
	const pairs = giveaways(bank.questions, bank.article.text, bank.facts);
	total += pairs.length;
	console.log(`${pairs.length}\t${bank.questions.length}\t${file}`);
	for (const { shows, asks } of pairs)
		console.log(
			`\t${shows.type}: ${shows.prompt}\n\t  gives away ${asks.type}: ${asks.prompt} → ${asks.answer}`
		);
}
console.log(`${total}\ttotal`);
