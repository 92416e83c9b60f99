import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * V8's explicit compile hint (Chromium 136+; to other engines it is only a comment): every function in the app's chunks is
 * compiled while the file streams in, off the main thread, instead of lazily on its first call. A first visit calls
 * most of the framework's start-up code at once, and compiling it there lengthened the tasks that draw the page on
 * a slow phone. Workers are left out: they have a thread of their own.
 */
const compileHints = (): Plugin => ({
	name: 'byline-compile-hints',
	apply: 'build',
	// After Vite's own hooks: the hint belongs at the top of the file (V8's documentation), and Vite puts a line of its own
	// (the list of a chunk's dynamic imports) at the top of some chunks in its generateBundle.
	generateBundle: {
		order: 'post',
		handler(_, bundle) {
			if (this.environment?.name !== 'client') return;
			for (const chunk of Object.values(bundle))
				if (chunk.type === 'chunk' && !chunk.fileName.includes('worker'))
					chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
		}
	}
});

/** A route file ('study/+page.svelte', '+layout.svelte') or the client hooks ('hooks.client.ts'). */
const ROUTE_FILE =
	/src[\\/](?:routes[\\/]((?:.*[\\/])?\+(?:page|layout|error)\.(?:svelte|ts))|(hooks\.client\.ts))$/;
/** Pages besides /study that show questions (the card components). */
const QUESTION_PAGES = new Set(['missed', 'quiz', 'a', 'import']);

type Graph = { getModuleInfo(id: string): { importers: readonly string[] } | null };

/** The route files that load `id` with their own code: those that import it, directly or not, by static imports. */
function routeFilesOf(id: string, graph: Graph): Set<string> {
	const files = new Set<string>();
	const seen = new Set([id]);
	const queue = [id];
	for (let module = queue.pop(); module !== undefined; module = queue.pop()) {
		const route = ROUTE_FILE.exec(module);
		if (route) files.add((route[1] ?? route[2] ?? '').replaceAll('\\', '/'));
		for (const importer of graph.getModuleInfo(module)?.importers ?? [])
			if (!seen.has(importer)) {
				seen.add(importer);
				queue.push(importer);
			}
	}
	return files;
}

type Group = 'frame' | 'grading' | 'questions';

/** Which shared chunk a module goes in, by the pages that load it; undefined leaves it to Rolldown. */
function groupOf(id: string, graph: Graph): Group | undefined {
	const files = [...routeFilesOf(id, graph)];
	if (files.some((file) => file === 'hooks.client.ts' || file.startsWith('+layout.'))) return 'frame';
	const pages = new Set(files.map((file) => file.slice(0, Math.max(0, file.lastIndexOf('/')))));
	if (pages.size < 2) return undefined;
	if (files.some((file) => file.startsWith('+page.'))) return 'frame';
	if (!pages.has('study')) return undefined;
	return [...pages].every((page) => page === 'study' || QUESTION_PAGES.has(page)) ? 'questions' : 'grading';
}

/**
 * The code of the pages a first visit lands on, / and /study, comes in a few chunks of 5-20 KB (gzip), not ~30 of
 * 0.3-20 KB: Lighthouse's simulated phone has HTTP/1.1's six connections, a 150 ms round trip, TCP slow start and
 * its bandwidth shared by every request in flight, and /study's ~30 chunks queued for connections (its scripts took
 * ~1.4 s of a simulated 2.2 s largest paint). Svelte; SvelteKit; the frame, with what the home page shares with any
 * other page (every page loads it); what /study shares only with the other pages that show questions (the cards,
 * the study session); and what it shares with any other page (grading, numbers and dates). A page's own code stays
 * in its own chunk, and a chunk holds only code that every page loading it shares with a first page: when the first
 * pages' own code sat in these chunks, every other page loaded it too (16-25 KB gzip more each). The error page,
 * which SvelteKit imports on every page, keeps its own small chunk, and the rest is left to Rolldown.
 */
const landingChunks = (): Plugin => {
	const groups = new Map<string, Group | undefined>();
	const member =
		(group: Group) =>
		(id: string, graph: Graph): Group | null => {
			if (!groups.has(id)) groups.set(id, groupOf(id, graph));
			return groups.get(id) === group ? group : null;
		};
	return {
		name: 'byline-landing-chunks',
		apply: 'build',
		buildStart: () => groups.clear(),
		config: (_, { isSsrBuild }) =>
			isSsrBuild
				? undefined
				: {
						build: {
							rollupOptions: {
								output: {
									codeSplitting: {
										// A group takes its modules' imports with them, so a group comes before (a higher priority
										// than) the groups whose modules import its own.
										groups: [
											{ name: 'svelte', test: /node_modules[\\/]svelte[\\/]/, priority: 7 },
											{ name: 'kit', test: /node_modules[\\/](@sveltejs[\\/]kit|devalue)[\\/]/, priority: 6 },
											{ name: member('frame'), priority: 5 },
											{ name: member('grading'), priority: 4 },
											{ name: member('questions'), priority: 3 }
										]
									}
								}
							}
						}
					}
	};
};

export default defineConfig({
	plugins: [sveltekit(), compileHints(), landingChunks()],
	preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// A worker on every core: Vitest's default leaves one core to its main process, which only waits on the
		// workers (one worker in all on a 2-core CI machine).
		maxWorkers: '100%',
		// Speed is measured in `npm run bench`, not by a test timing out: the longest tests (a bank generated whole, a
		// dozen seeded study queues) took over the default 5 s on a busy 2-core machine.
		testTimeout: 30_000
	}
});
