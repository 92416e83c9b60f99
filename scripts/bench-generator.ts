/**
 * Generation time and deck size: the first article, and texts of 10 KB, 100 KB and 1 MB made by joining the
 * published articles of questions/real (issue 13: the cost grows linearly, 1 MB in at most 5 s; a deck is capped).
 * Times are medians of warm runs; CPU time is given beside wall time because a busy machine stretches the wall.
 */
import { generate } from '../src/lib/generator/generate.ts';
import { SIZES, firstArticle, joined } from './bench-texts.ts';

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

const first = firstArticle();
measure('first article', first.text, 15, first.date);
for (const { label, size } of SIZES)
	measure(label, joined(size), size <= 10_000 ? 9 : size < 1_000_000 ? 5 : 3, '2010-01-01');
console.log('targets: first article ≤ 150 ms warm, 100 KB ≤ 1 s, 1 MB ≤ 5 s');
