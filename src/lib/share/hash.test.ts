import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './hash';

describe('canonicalJson and contentHash', () => {
	it('ignores key order and undefined members, not array order', () => {
		expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toBe('{"a":[2,{"c":"x"}],"b":1}');
		expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
		expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
		expect(contentHash({ a: 1 })).toMatch(/^[A-Za-z0-9_-]{22}$/);
	});
});
