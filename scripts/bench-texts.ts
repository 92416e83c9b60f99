/**
 * The texts generation is timed on: the first article, and texts of a given size made by joining the published
 * articles of questions/real one after another (issue 13: 10 KB, 100 KB, 1 MB).
 */
import { readFileSync } from 'node:fs';
import { REAL, articlePaths, readSidecar } from './articles.ts';

const firstPath = () => articlePaths().find((p) => p.endsWith('xi-putin-moscow-2023.txt'))!;

export function firstArticle(): { text: string; date?: string } {
	const path = firstPath();
	return { text: readFileSync(path, 'utf8'), ...readSidecar(path) };
}

/** A text of about `size` characters: the real articles one after another, a headline on top. */
export function joined(size: number): string {
	const bodies = articlePaths(REAL).map((p) =>
		readFileSync(p, 'utf8').split('\n').slice(1).join('\n').trim()
	);
	let text = 'Twenty published articles, joined\n\n';
	for (let i = 0; text.length < size; i++) text += `${bodies[i % bodies.length]}\n\n`;
	return text.slice(0, size);
}

export const SIZES = [
	{ label: '10 KB', size: 10_000 },
	{ label: '100 KB', size: 100_000 },
	{ label: '1 MB', size: 1_000_000 }
] as const;
