import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

async function isFile(path: string): Promise<boolean> {
	return stat(path).then(
		(info) => info.isFile(),
		() => false
	);
}

/**
 * A static host whose folder can be swapped, to play a deploy of a new release under an open app; `prefix` plays a
 * host that serves the site from a sub-path (a project page).
 */
export async function serveFolder(port: number, initialRoot: string, prefix = '') {
	let root = initialRoot;
	const server: Server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (!pathname.startsWith(`${prefix}/`)) {
			response.writeHead(404).end('not found');
			return;
		}
		const path = normalize(pathname.slice(prefix.length));
		const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
		for (const candidate of candidates) {
			if (candidate.startsWith(root) && (await isFile(candidate))) {
				response.writeHead(200, {
					'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream',
					'cache-control': 'no-cache'
				});
				response.end(await readFile(candidate));
				return;
			}
		}
		response.writeHead(404).end('not found');
	});
	await new Promise<void>((resolve) => server.listen(port, resolve));
	return {
		deploy: (folder: string) => (root = folder),
		close: () => new Promise((resolve) => server.close(resolve))
	};
}
