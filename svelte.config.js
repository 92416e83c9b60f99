import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A sub-path deploy (e.g. a project page on a static host) sets BASE_PATH=/name at build time. */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Components build their DOM with createElement rather than by parsing an HTML string in a <template> on first use:
	// on a first visit of /study at 4x CPU slowdown, that parsing was about half of the task that draws the page (trace:
	// ParseHTML 82 of 160 ms; profile: 158 of 282 samples). With trees the page's main-thread time fell ~12% (unthrottled
	// thread time, 9 runs a side) and no task after the first paint stayed over 50 ms in most runs; / was unchanged.
	// The DOM is the same, and so is the size (gzip JS on /study 75.4 KB either way).
	compilerOptions: { fragments: 'tree' },
	kit: {
		// KIT_OUT_DIR and BUILD_DIR let several builds (a test's two releases, parallel work) run side by side.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', fallback: '200.html', strict: true }),
		// Relative paths make an offline deep link such as /a/b ask for /a/_app/…, which is not precached.
		paths: { base, relative: false },
		// Registered by the app itself, so a new deploy waits for the user's consent (src/lib/state/update.svelte.ts).
		serviceWorker: { register: false },
		// Each page's CSS (13.7 KB on /study) sits in its HTML, not in stylesheets fetched first: with them, headless
		// Chromium drew nothing until ~1.2 or ~2.2 s in 6 of 31 Lighthouse runs (0 of 31 inlined; a bare SvelteKit app
		// 0 of 54), and a first paint waited a round trip for them (simulated FCP ~1.25 -> ~0.7 s). No limit: the first
		// pages' components share a few chunks (vite.config.ts), each with one stylesheet (8.7 KB on /study).
		inlineStyleThreshold: Infinity,
		// Article text and shared links come from anyone: a CSP in every page stops injected script from running.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		...(process.env.BYLINE_VERSION ? { version: { name: process.env.BYLINE_VERSION } } : {})
	}
};

export default config;
