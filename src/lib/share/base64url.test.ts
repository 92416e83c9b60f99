import { describe, expect, it } from 'vitest';
import { createRandom } from '$lib/generator/random';
import { fromBase64Url, toBase64Url } from './base64url';

describe('base64url', () => {
	it('agrees with Node for every length up to 64, and round-trips', () => {
		const random = createRandom(2);
		for (let length = 0; length <= 64; length++) {
			const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
			const encoded = toBase64Url(bytes);
			expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
			expect(fromBase64Url(encoded)).toEqual(bytes);
		}
	});

	it('refuses foreign characters, impossible lengths and non-zero spare bits', () => {
		expect(fromBase64Url('ab+c')).toBeUndefined();
		expect(fromBase64Url('ab=')).toBeUndefined();
		expect(fromBase64Url('abcde')).toBeUndefined();
		expect(fromBase64Url('AB')).toBeUndefined(); // would be a second spelling of "AA"
		expect(fromBase64Url('AA')).toEqual(Uint8Array.of(0));
	});
});
