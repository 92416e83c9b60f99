/**
 * tsx scripts/wikinews/banks.ts <articleDir> <outDir>: a bank (`<slug>.json`) for every article of a folder, with
 * this checkout's generator, so two checkouts' banks can be compared (`diff.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleName, articlePaths, bankForArticle, serialize } from '../articles.ts';

const [articleDir, outDir] = process.argv.slice(2);
if (!articleDir || !outDir) throw new Error('usage: tsx scripts/wikinews/banks.ts <articleDir> <outDir>');
mkdirSync(outDir, { recursive: true });
let written = 0;
for (const path of articlePaths(articleDir)) {
	try {
		writeFileSync(join(outDir, `${articleName(path)}.json`), serialize(bankForArticle(path)));
		written++;
	} catch (e) {
		console.error(`${articleName(path)}: ${(e as Error).message}`);
	}
}
console.log(`${written} banks written to ${outDir}`);
