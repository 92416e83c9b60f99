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

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
