import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './articles.ts';

/**
 * Builds the app into folders of its own (so a bench never clobbers `build/` or a running test server), serves it
 * with `vite preview` on `port`, runs `use` against its URL (and the build folder), then stops the server and
 * removes the folders.
 */
export async function withBuiltApp<T>(
	name: string,
	port: number,
	use: (url: string, buildDir: string) => Promise<T>
): Promise<T> {
	const dirs = { KIT_OUT_DIR: join(ROOT, `.svelte-kit-${name}`), BUILD_DIR: join(ROOT, `build-${name}`) };
	// Output is kept for the error thrown on failure; a passing build has nothing to say.
	execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'silent'], {
		cwd: ROOT,
		env: { ...process.env, ...dirs },
		stdio: 'pipe'
	});
	const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], {
		cwd: ROOT,
		env: { ...process.env, ...dirs },
		stdio: 'ignore'
	});
	try {
		const url = `http://localhost:${port}`;
		await waitForServer(url);
		return await use(url, dirs.BUILD_DIR);
	} finally {
		server.kill();
		rmSync(dirs.BUILD_DIR, { recursive: true, force: true });
		rmSync(dirs.KIT_OUT_DIR, { recursive: true, force: true });
	}
}

async function waitForServer(address: string): Promise<void> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const up = await fetch(address).then(
			(r) => r.ok,
			() => false
		);
		if (up) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the preview server at ${address} did not start`);
}
