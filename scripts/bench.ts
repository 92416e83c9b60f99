/**
 * npm run bench: the speed and size targets, measured on this machine. They live here rather than in timed tests,
 * which would fail on a busy machine and pass on a fast one without saying anything about the code.
 */
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './articles.ts';
import { firstVisitBytes } from './first-visit.ts';

const PORT = 4191;
const url = `http://localhost:${PORT}`;
const dirs = { KIT_OUT_DIR: join(ROOT, '.svelte-kit-bench'), BUILD_DIR: join(ROOT, 'build-bench') };
const KIB = 1024;

console.log('# Generator (Node, warm)');
execFileSync('node_modules/.bin/tsx', ['scripts/bench-generator.ts'], { cwd: ROOT, stdio: 'inherit' });

console.log('\n# Built app');
execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'silent'], {
	cwd: ROOT,
	env: { ...process.env, ...dirs },
	stdio: ['ignore', 'ignore', 'inherit']
});
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
	cwd: ROOT,
	env: { ...process.env, ...dirs },
	stdio: 'ignore'
});
try {
	await waitForServer(url);
	const first = await firstVisitBytes(`${url}/`);
	const total = first.js + first.css;
	console.log(
		`first visit of /: ${(total / KIB).toFixed(1)} KiB gzip JS+CSS in ${first.files} files ` +
			`(JS ${(first.js / KIB).toFixed(1)}, CSS ${(first.css / KIB).toFixed(1)}; budget 60 KiB) ${total <= 60 * KIB ? 'ok' : 'OVER'}`
	);
} finally {
	server.kill();
	rmSync(dirs.BUILD_DIR, { recursive: true, force: true });
	rmSync(dirs.KIT_OUT_DIR, { recursive: true, force: true });
}

async function waitForServer(address: string): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (
			await fetch(address).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the preview server at ${address} did not start`);
}
