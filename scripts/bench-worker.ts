/**
 * Generation where the app runs it: in the import page's Web Worker, in headless Chromium, on the texts of
 * bench-generator.ts. Times are the worker's own (`done.ms`, the generator's run without the message passing);
 * the first article is timed cold (the worker's first run) and warm (the median of the runs after it).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { SIZES, firstArticle, joined } from './bench-texts.ts';

interface Job {
	label: string;
	text: string;
	date?: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The built worker's path on the server: its file name carries a content hash. */
function workerPath(buildDir: string): string {
	const dir = join(buildDir, '_app/immutable/workers');
	const file = readdirSync(dir).find((name) => /^generate\.worker-.*\.js$/.test(name));
	if (!file) throw new Error(`no generate.worker-*.js in ${dir}`);
	return `/_app/immutable/workers/${file}`;
}

export async function benchWorker(url: string, buildDir: string): Promise<void> {
	const first = firstArticle();
	const jobs: Job[] = [
		...Array.from({ length: 8 }, () => ({ label: 'first article', text: first.text, date: first.date })),
		...SIZES.flatMap(({ label, size }) =>
			Array.from({ length: size < 1_000_000 ? 3 : 2 }, () => ({
				label,
				text: joined(size),
				date: '2010-01-01'
			}))
		)
	];
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const page = await browser.newPage();
		await page.goto(`${url}/`);
		// tsx keeps function names with a helper the page does not have.
		await page.evaluate('globalThis.__name = (f) => f');
		const runs = await page.evaluate(
			async ({ path, jobs }) => {
				const worker = new Worker(path, { type: 'module' });
				const next = () =>
					new Promise<{ type: string; ms?: number; message?: string; bank?: { questions: unknown[] } }>(
						(resolve) => worker.addEventListener('message', (event) => resolve(event.data), { once: true })
					);
				await next();
				const out: { ms: number; questions: number }[] = [];
				for (const { text, date } of jobs) {
					worker.postMessage({ type: 'generate', id: 'bench', text, ...(date ? { date } : {}) });
					let reply = await next();
					if (reply.type === 'working') reply = await next();
					if (reply.type !== 'done') throw new Error(reply.message ?? reply.type);
					out.push({ ms: reply.ms!, questions: reply.bank!.questions.length });
				}
				worker.terminate();
				return out;
			},
			{ path: workerPath(buildDir), jobs: jobs.map(({ text, date }) => ({ text, date })) }
		);
		const byLabel = new Map<string, { ms: number; questions: number }[]>();
		jobs.forEach((job, i) => byLabel.set(job.label, [...(byLabel.get(job.label) ?? []), runs[i]!]));
		for (const [label, results] of byLabel) {
			const warm = label === 'first article' ? results.slice(1) : results;
			console.log(
				`${label.padEnd(14)} ${median(warm.map((r) => r.ms))
					.toFixed(0)
					.padStart(6)} ms in the worker` +
					(label === 'first article' ? ` warm (cold: ${results[0]!.ms.toFixed(0)} ms)` : '') +
					`, ${results[0]!.questions} questions`
			);
		}
		console.log('targets: first article ≤ 150 ms warm, 100 KB ≤ 1 s, 1 MB ≤ 5 s');
	} finally {
		await browser.close();
	}
}
