/**
 * A value read from a whole text once and kept for the last text read: the generator asks for it again at every
 * name, sentence or figure of the same article. The same text generated again (the app's second generation, the
 * bench's warm runs) is another copy of it, equal but elsewhere in memory: the copy is kept in the first's place, so
 * that later reads compare where the copies are kept, not their letters (a second of a 1 MB paste's generation).
 */
export function perText<T>(read: (text: string) => T): (text: string) => T {
	let last: { text: string; value: T } | undefined;
	return (text) => {
		if (last?.text !== text) last = { text, value: read(text) };
		else last.text = text;
		return last.value;
	};
}
