import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../src/lib/generator/bank.ts';
import { BANKS, articleName, articlePaths, bankForArticle, serialize } from './articles.ts';

describe('committed banks', () => {
	for (const path of articlePaths()) {
		const name = articleName(path);
		it(`${name}.json is what generate:all makes now (run npm run generate:all if not)`, () => {
			const committed = readFileSync(join(BANKS, `${name}.json`), 'utf8');
			expect(committed === serialize(bankForArticle(path))).toBe(true);
			expect(parseBank(JSON.parse(committed)).id).toBe(name);
		});
	}
});
