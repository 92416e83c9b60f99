import { strToU8, zipSync, type Zippable } from 'fflate';

/** Fixed, so the same questions always give the same bytes (a zip stores each file's time). */
const EPOCH = new Date(Date.UTC(2020, 0, 1));

/** A zip of text files, paths as given (forward slashes), in the order given. */
export function zipTextFiles(files: Record<string, string>): Uint8Array<ArrayBuffer> {
	const entries: Zippable = {};
	for (const [path, text] of Object.entries(files)) entries[path] = [strToU8(text), { mtime: EPOCH }];
	return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
