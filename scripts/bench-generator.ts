/** Warm generation time for the first article and for a ~100 KB article (the shipped articles repeated). */
import { readFileSync } from 'node:fs';
import { generateBank } from '../src/lib/generator/generate.ts';
import { articlePaths, readSidecar } from './articles.ts';

const first = articlePaths().find((p) => p.endsWith('xi-putin-moscow-2023.txt'))!;
const firstText = readFileSync(first, 'utf8');
const bodies = articlePaths().map((p) => readFileSync(p, 'utf8').split('\n').slice(1).join('\n'));
let big = 'A Long Article Made of the Test Articles\n';
while (big.length < 100_000) big += bodies.join('\n\n');

function warm(label: string, text: string, date?: string): void {
	for (let i = 0; i < 5; i++) generateBank({ text, date });
	const times: number[] = [];
	for (let i = 0; i < 15; i++) {
		const t = performance.now();
		generateBank({ text, date });
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)]!;
	console.log(`${label}: ${median.toFixed(1)} ms median warm (${(text.length / 1024).toFixed(0)} KiB)`);
}

warm('first article', firstText, readSidecar(first).date);
warm('100 KB article', big, '2025-01-01');
