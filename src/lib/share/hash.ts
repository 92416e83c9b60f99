// Synchronous, so a set's hash can be computed inside pure grading code (WebCrypto's digest is async only).
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64Url } from './base64url';

/**
 * JSON with object keys sorted and `undefined` members left out, so the same content always hashes the same
 * whichever code built the object (IndexedDB, a decoded link, a form) and in whatever key order.
 */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const members = Object.keys(record)
			.filter((key) => record[key] !== undefined)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
		return `{${members.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** 128 bits of SHA-256 over the canonical JSON: plenty to tell versions apart, and short in a result link. */
export function contentHash(value: unknown): string {
	return toBase64Url(sha256(new TextEncoder().encode(canonicalJson(value))).subarray(0, 16));
}
