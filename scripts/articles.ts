import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Bank } from '../src/lib/generator/bank.ts';
import { generateBank, inputProblem } from '../src/lib/generator/generate.ts';

/** Shared by the generator scripts and the stale-bank test: where articles live and how they become banks. */
export const ROOT = new URL('..', import.meta.url).pathname;
/** Articles whose banks ship in the app as default decks. */
export const ARTICLES = join(ROOT, 'questions/articles');
/** Articles written to test the generator on other fields and attribution patterns: scored, never shipped. */
export const TEST_ARTICLES = join(ROOT, 'questions/test-articles');
export const BANKS = join(ROOT, 'questions/banks');
export const GOLD = join(ROOT, 'questions/gold');
/** Published articles with gold annotations, split once into a tuning and a check half: scored, never shipped. */
export const REAL = join(ROOT, 'questions/real');

/**
 * Whole news articles written here in several house styles (court report, political story, feature, science news,
 * sports report, business results), with gold in the real corpus's conventions: scored as a third group, never
 * shipped, never a stand-in for the real check half.
 */
export const INVENTED = join(ROOT, 'questions/invented');

export type Half = 'tuning' | 'check';
/** The groups `npm run eval` scores with the real corpus's scorer: its two halves and the invented articles. */
export type Group = Half | 'invented';

/** The real corpus's split (questions/real/split.json, chosen before any tuning): slug → half. */
export function realSplit(): Map<string, Half> {
	const split = JSON.parse(readFileSync(join(REAL, 'split.json'), 'utf8')) as Record<Half, string[]>;
	return new Map([
		...split.tuning.map((slug) => [slug, 'tuning'] as const),
		...split.check.map((slug) => [slug, 'check'] as const)
	]);
}

export interface Sidecar {
	date?: string;
	source?: string;
	authors?: string[];
	seed?: number;
}

export class ArticleError extends Error {}

/** Reads an article as strict UTF-8; a binary or non-text file is refused with the reason. */
export function readArticle(path: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		throw new ArticleError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
	}
	if (bytes.includes(0)) throw new ArticleError(`${path} is binary, not plain text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ArticleError(`${path} is not UTF-8 text`);
	}
	const problem = inputProblem(text);
	if (problem) throw new ArticleError(`${path}: ${problem}`);
	return text;
}

export function readSidecar(articlePath: string): Sidecar {
	const path = articlePath.replace(/\.txt$/, '') + '.json';
	if (!existsSync(path)) return {};
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new ArticleError(`${path} is not valid JSON: ${(e as Error).message}`);
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		throw new ArticleError(`${path} must be a JSON object with date, source, authors`);
	const d = data as Record<string, unknown>;
	const str = (k: string) => {
		if (d[k] !== undefined && typeof d[k] !== 'string')
			throw new ArticleError(`${path}: "${k}" must be a string`);
		return d[k] as string | undefined;
	};
	const authors = d.authors;
	if (authors !== undefined && !(Array.isArray(authors) && authors.every((a) => typeof a === 'string')))
		throw new ArticleError(`${path}: "authors" must be a list of names`);
	if (d.seed !== undefined && !Number.isInteger(d.seed))
		throw new ArticleError(`${path}: "seed" must be an integer`);
	return {
		date: str('date'),
		source: str('source'),
		authors: authors as string[] | undefined,
		seed: d.seed as number | undefined
	};
}

export const articleName = (path: string) => basename(path).replace(/\.txt$/, '');

export function bankForArticle(path: string): Bank {
	const sidecar = readSidecar(path);
	return generateBank({ text: readArticle(path), id: articleName(path), ...sidecar });
}

export const serialize = (bank: Bank) => JSON.stringify(bank, null, '\t') + '\n';

export function articlePaths(folder = ARTICLES): string[] {
	return readdirSync(folder)
		.filter((f) => f.endsWith('.txt') && !f.endsWith('.source.txt'))
		.sort()
		.map((f) => join(folder, f));
}
