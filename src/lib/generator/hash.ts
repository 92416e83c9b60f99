/**
 * A short, stable content hash for fact and question ids (cyrb53). Ids must survive regeneration and edits to
 * unrelated paragraphs, so they are hashed from content, never from positions or counters.
 */
export function hash(input: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < input.length; i++) {
		const ch = input.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return n.toString(36).padStart(11, '0');
}

/** A 32-bit number from a string, to seed per-question randomness independently of other questions. */
export function hashSeed(input: string, seed = 0): number {
	return Number.parseInt(hash(input, seed).slice(-6), 36) >>> 0;
}
