import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRandom } from '$lib/generator/random';
import { canonicalJson, contentHash, sha256 } from './hash';

describe('sha256', () => {
	it('matches Node crypto on every length around the block and padding boundaries', () => {
		const random = createRandom(1);
		for (const length of [0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 100_000]) {
			const data = Uint8Array.from({ length }, () => Math.floor(random() * 256));
			const expected = createHash('sha256').update(data).digest('hex');
			expect(Buffer.from(sha256(data)).toString('hex'), `length ${length}`).toBe(expected);
		}
	});
});

describe('canonicalJson and contentHash', () => {
	it('ignores key order and undefined members, not array order', () => {
		expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toBe('{"a":[2,{"c":"x"}],"b":1}');
		expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
		expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
		expect(contentHash({ a: 1 })).toMatch(/^[A-Za-z0-9_-]{22}$/);
	});
});
