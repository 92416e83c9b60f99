import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: process.env.E2E_OUTPUT ?? 'test-results',
	// Service workers, IndexedDB, caches and offline mode belong to a browser context, and every test has contexts of
	// its own (each worker its own browser), so tests run side by side; the server is static. The two tests that build
	// a release serve it on a port of their own from a folder of their own. Two workers: much of a test is waiting on
	// the page, which the other worker fills.
	workers: 2,
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	// Generous, because a CI machine may be slower or busier than this one, and each test shares it with another: two
	// tests build whole releases and the axe passes walk many pages. Speed is measured in `npm run bench`, never by a
	// test timing out.
	timeout: 240_000,
	expect: { timeout: 30_000 },
	reporter: [['list']],
	webServer: {
		command: `npm run build && node_modules/.bin/vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: false,
		timeout: 180_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		serviceWorkers: 'allow',
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium' }]
});
