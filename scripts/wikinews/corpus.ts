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

const ENTITIES: Record<string, string> = {
	quot: '"',
	amp: '&',
	lt: '<',
	gt: '>',
	nbsp: ' ',
	apos: "'",
	ndash: '–',
	mdash: '—',
	hellip: '…'
};
const decode = (text: string) =>
	text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
		const hex = name[1] === 'x' || name[1] === 'X';
		return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
	});
// "&amp;quot;" is written twice over in some articles.
const decodeTwice = (text: string) => decode(decode(text));
const plain = (title: string) =>
	title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
// A bank's id is at most 64 characters.
const slugOf = (title: string) => plain(title).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');

/**
 * The dump joins a page's paragraphs with runs of spaces and leaves a space where each wiki link was ("Brazil  at
 * the funeral", "Reid , from Nevada", "Australia n"): two or more spaces after a sentence's end and before a capital
 * start a paragraph; elsewhere spaces close up before punctuation and before a suffix.
 */
export function paragraphs(raw: string): string[] {
	const text = decodeTwice(raw.replace(/^<text[^>]*>/, '').replace(/<\/text>\s*$/, ''))
		.replace(/'''?/g, '')
		.replace(/\bw:(?=\w)/g, '')
		.replace(/\u00a0/g, ' ');
	return text
		.split(/(?<=[.!?:"”’)])\s{2,}(?=["“‘(]?[A-Z0-9])/)
		.map((p) =>
			p
				.replace(/\s+/g, ' ')
				.replace(/ ([,.;:!?)])/g, '$1')
				.replace(/\( /g, '(')
				.replace(/ ('s|’s|n't)\b/g, '$1')
				// "[[India]]n", "[[Iraq]]i": a link's word and the suffix after it, which no English word is alone.
				.replace(/(\p{Lu}\p{Ll}+) (n|ns|ese|ian|ians|i|s|ish)\b/gu, '$1$2')
				.trim()
		)
		.filter((p) => p !== '');
}

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
