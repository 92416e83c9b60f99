// The browser tests drive Debian's Chromium; a missing browser must fail loudly, never skip the tests.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(
		`Chromium is missing at ${path}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH). ` +
			'The browser tests cannot run without it.'
	);
	process.exit(1);
}
