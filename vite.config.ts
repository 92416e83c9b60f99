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

/** The route files of the app's frame and home page, and of the study page: the pages a first visit lands on. */
const SHELL = /src[\\/](routes[\\/]\+(layout|error|page)\.(svelte|ts)|hooks\.client\.ts)$/;
const STUDY = /src[\\/]routes[\\/]study[\\/]\+page\.(svelte|ts)$/;

/**
 * The code of the pages a first visit lands on comes in four chunks of 12-27 KB (gzip), not ~30 of 0.3-20 KB: Svelte,
 * SvelteKit, the frame with the home page (layout, error page, home), and the study page (each chunk takes the
 * modules its pages import that an earlier one has not). Lighthouse's simulated phone has HTTP/1.1's six
 * connections, a 150 ms round trip, TCP slow start and its bandwidth shared by every request in flight: /study's
 * ~30 chunks queued for connections (its scripts took ~1.4 s of a simulated 2.2 s largest paint), and as two
 * chunks of 45 and 26 KB the larger needed three round trips of slow start. Other pages import from these chunks
 * whatever they share with the first pages.
 */
const landingChunks = (): Plugin => ({
	name: 'byline-landing-chunks',
	apply: 'build',
	config: (_, { isSsrBuild }) =>
		isSsrBuild
			? undefined
			: {
					build: {
						rollupOptions: {
							output: {
								codeSplitting: {
									groups: [
										{ name: 'svelte', test: /node_modules[\\/]svelte[\\/]/, priority: 4 },
										{ name: 'kit', test: /node_modules[\\/](@sveltejs[\\/]kit|devalue)[\\/]/, priority: 3 },
										{ name: 'shell', test: SHELL, priority: 2 },
										{ name: 'study', test: STUDY, priority: 1 }
									]
								}
							}
						}
					}
				}
});

export default defineConfig({
	plugins: [sveltekit(), compileHints(), landingChunks()],
	preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
