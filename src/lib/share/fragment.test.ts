import { describe, expect, it } from 'vitest';
import { CODE_MAX_CHARS, ShareError, decodePayload } from './codec';
import { safeFragment } from './fragment';

function refusal(hash: string): string {
	try {
		decodePayload('assignment', hash.slice(1));
	} catch (error) {
		if (error instanceof ShareError) return error.message;
		throw error;
	}
	throw new Error('accepted');
}

describe('safeFragment', () => {
	it('leaves a fragment the router can read alone', () => {
		expect(safeFragment('')).toBeUndefined();
		expect(safeFragment('#b1a.eJwDAAAAAAE')).toBeUndefined();
		expect(safeFragment('#caf%C3%A9')).toBeUndefined();
	});

	it('issue 13: escapes every % of a fragment that would throw a URIError, and the decoder calls it damaged', () => {
		for (const hash of ['#b1a.%E0%A4%A', '#b1a.abc%zz', '#b1a.%', '#b1a.%C3%28']) {
			expect(() => decodeURIComponent(hash)).toThrow(URIError);
			const safe = safeFragment(hash)!;
			expect(() => decodeURIComponent(safe)).not.toThrow();
			expect(decodeURIComponent(safe)).toBe(hash);
			expect(refusal(safe)).toMatch(/assignment link is damaged/);
		}
	});

	it('issue 13: cuts a fragment of megabytes to just over the longest code, which is refused as too long', () => {
		const huge = `#b1a.${'A'.repeat(2_000_000)}`;
		const safe = safeFragment(huge)!;
		expect(safe.length).toBe(CODE_MAX_CHARS + 2);
		expect(refusal(safe)).toMatch(/assignment link is too long/);
		// Cut in the middle of an escape, it is still made readable.
		const escaped = `#b1a.${'A'.repeat(CODE_MAX_CHARS - 4)}%E2%80%99${'A'.repeat(100)}`;
		expect(() => decodeURIComponent(safeFragment(escaped)!)).not.toThrow();
	});
});
