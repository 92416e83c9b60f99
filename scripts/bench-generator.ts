/**
 * Generation time and deck size: the first article, and texts of 10 KB, 100 KB and 1 MB made by joining the
 * published articles of questions/real (issue 13: the cost grows linearly, 1 MB in at most 5 s; a deck is capped).
 * Times are medians of warm runs; CPU time is given beside wall time because a busy machine stretches the wall.
 */
import { readFileSync } from 'node:fs';
import { generate } from '../src/lib/generator/generate.ts';
import { REAL, articlePaths, readSidecar } from './articles.ts';

const first = articlePaths().find((p) => p.endsWith('xi-putin-moscow-2023.txt'))!;
const bodies = articlePaths(REAL).map((p) => readFileSync(p, 'utf8').split('\n').slice(1).join('\n').trim());

/** A text of about `size` characters: the real articles one after another, a headline on top. */
function joined(size: number): string {
	let text = 'Twenty published articles, joined\n\n';
	for (let i = 0; text.length < size; i++) text += `${bodies[i % bodies.length]}\n\n`;
	return text.slice(0, size);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(label: string, text: string, runs: number, date?: string): void {
	generate({ text, date });
	const walls: number[] = [];
	const cpus: number[] = [];
	let result = generate({ text, date });
	for (let i = 0; i < runs; i++) {
		const cpu = process.cpuUsage();
		const wall = performance.now();
		result = generate({ text, date });
		const used = process.cpuUsage(cpu);
		walls.push(performance.now() - wall);
		cpus.push((used.user + used.system) / 1000);
	}
	const { bank, omitted } = result;
	const left = omitted.quote + omitted.figure + omitted.date;
	console.log(
		`${label.padEnd(14)} ${(text.length / 1024).toFixed(0).padStart(5)} KiB  ${median(walls).toFixed(0).padStart(6)} ms wall, ${median(cpus).toFixed(0).padStart(6)} ms CPU  ` +
			`${bank.facts.length} facts, ${bank.questions.length} questions` +
			(left ? ` (left out: ${omitted.quote} quotes, ${omitted.figure} figures, ${omitted.date} dates)` : '')
	);
}

measure('first article', readFileSync(first, 'utf8'), 15, readSidecar(first).date);
measure('10 KB', joined(10_000), 9, '2010-01-01');
measure('100 KB', joined(100_000), 5, '2010-01-01');
measure('1 MB', joined(1_000_000), 3, '2010-01-01');
console.log('targets: first article ≤ 150 ms warm, 100 KB ≤ 1 s, 1 MB ≤ 5 s');
