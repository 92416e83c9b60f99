/**
 * tsx scripts/wikinews/corpus.ts <wikinews.tsv> <outDir>: the Wikinews development corpus (issue 9) from toscaData's
 * dump (dump.R). Each article of 120+ words with a quotation of 15+ characters and a date becomes
 * `<split>/<slug>.txt` (headline, blank line, paragraphs) and `<slug>.json` (its date), split by the first hex digit
 * of the SHA-1 of its slug: 0-3 dev, 4-7 test (held out from rule writers), 8-f rest. The real corpus's articles are
 * left out.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL, articlePaths } from '../articles.ts';
import { paragraphs, plain, decodeTwice } from './paragraphs.ts';

// A bank's id is at most 64 characters.
const slugOf = (title: string) => plain(title).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');

function main(tsv: string, outDir: string): void {
	const real = new Set(
		articlePaths(REAL).map((path) => plain(readFileSync(path, 'utf8').split('\n')[0] ?? ''))
	);
	const seen = new Set<string>();
	const counts: Record<string, number> = { dev: 0, test: 0, rest: 0, skipped: 0 };
	for (const line of readFileSync(tsv, 'utf8').split('\n')) {
		const [, , date = '', rawTitle = '', text = ''] = line.split('\t');
		const title = decodeTwice(rawTitle.replace(/<\/?title>/g, ''))
			.replace(/\s+/g, ' ')
			.trim();
		const slug = slugOf(title);
		if (!slug || seen.has(slug)) continue;
		seen.add(slug);
		const body = paragraphs(text).join('\n\n');
		if (
			real.has(plain(title)) ||
			!/^\d{4}-\d\d-\d\d$/.test(date) ||
			body.split(/\s+/).length < 120 ||
			!/["“][^"”]{15,}["”]/.test(body)
		) {
			counts.skipped!++;
			continue;
		}
		const digit = parseInt(createHash('sha1').update(slug).digest('hex')[0]!, 16);
		const split = digit < 4 ? 'dev' : digit < 8 ? 'test' : 'rest';
		counts[split]!++;
		mkdirSync(join(outDir, split), { recursive: true });
		writeFileSync(join(outDir, split, `${slug}.txt`), `${title}\n\n${body}\n`);
		writeFileSync(join(outDir, split, `${slug}.json`), `${JSON.stringify({ date })}\n`);
	}
	console.log(counts);
}

const [tsv, outDir] = process.argv.slice(2);
if (!tsv || !outDir) throw new Error('usage: tsx scripts/wikinews/corpus.ts <wikinews.tsv> <outDir>');
main(tsv, outDir);
