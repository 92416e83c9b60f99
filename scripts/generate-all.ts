/** npm run generate:all — rebuilds questions/banks/<name>.json from every questions/articles/<name>.txt. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BANKS, articleName, articlePaths, bankForArticle, serialize } from './articles.ts';

mkdirSync(BANKS, { recursive: true });
for (const path of articlePaths()) {
	const bank = bankForArticle(path);
	const out = join(BANKS, `${articleName(path)}.json`);
	writeFileSync(out, serialize(bank));
	console.log(`${out}: ${bank.facts.length} facts, ${bank.questions.length} questions`);
}
