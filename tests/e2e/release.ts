import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the app into its own folder with the given environment, leaving `build/` to the main server. */
export function buildRelease(name: string, env: Record<string, string>): string {
	const folder = resolve('test-results', `release-${name}`);
	const outDir = resolve('test-results', `kit-${name}`);
	execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'silent'], {
		env: { ...process.env, ...env, BUILD_DIR: folder, KIT_OUT_DIR: outDir },
		// Output is kept for the error thrown on failure; a passing build has nothing to say.
		stdio: 'pipe'
	});
	return folder;
}
