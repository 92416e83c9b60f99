/**
 * npm run bench: the speed and size targets, measured on this machine. They live here rather than in timed tests,
 * which would fail on a busy machine and pass on a fast one without saying anything about the code.
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from './articles.ts';
import { benchResults, printResultFigures } from './bench-results.ts';
import { benchStudy, printStudyFigures } from './bench-study.ts';
import { benchWorker } from './bench-worker.ts';
import { withBuiltApp } from './built-app.ts';
import { firstVisitBytes, measureFirstVisits, printLongTasks } from './first-visit.ts';

const KIB = 1024;
const OTHER_PAGES = ['/study', '/quiz', '/missed', '/progress', '/a', '/import', '/teach', '/settings'];

console.log('# Generator (Node, warm)');
execFileSync('node_modules/.bin/tsx', ['scripts/bench-generator.ts'], { cwd: ROOT, stdio: 'inherit' });

await withBuiltApp('bench', Number(process.env.BENCH_PORT ?? 4191), async (url, buildDir) => {
	console.log("\n# Generator in the import page's worker (headless Chromium)");
	await benchWorker(url, buildDir);
	console.log('\n# First visit (headless Chromium)');
	const first = await firstVisitBytes(`${url}/`);
	const total = first.js + first.css;
	console.log(
		`first visit of /: ${(total / KIB).toFixed(1)} KiB gzip JS+CSS in ${first.files} files ` +
			`(JS ${(first.js / KIB).toFixed(1)}, CSS ${(first.css / KIB).toFixed(1)}; budget 60 KiB) ${total <= 60 * KIB ? 'ok' : 'OVER'}`
	);
	// The other pages, without a budget: each should load its own code and what it shares, not the first pages' own
	// code (which once added 16-25 KiB to each).
	for (const path of OTHER_PAGES) {
		const bytes = await firstVisitBytes(`${url}${path}`);
		console.log(
			`first visit of ${path}: ${((bytes.js + bytes.css) / KIB).toFixed(1)} KiB gzip JS+CSS in ${bytes.files} files`
		);
	}
	console.log(
		'\n# First visit, main thread (headless Chromium, CPU slowed 4× through DevTools, PerformanceObserver longtask)'
	);
	printLongTasks(await measureFirstVisits(url));
	console.log('\n# Study with 20,000 questions and 200,000 reviews (headless Chromium)');
	printStudyFigures(await benchStudy(url));
	console.log('\n# A class’s results pasted at once on /teach/results (headless Chromium)');
	printResultFigures(await benchResults(url));
});
