import { describe, expect, it } from 'vitest';
import { confirmsReset, formatBytes } from './storage';

describe('formatBytes', () => {
	it('reads like a file manager', () => {
		expect(formatBytes(512)).toBe('512 bytes');
		expect(formatBytes(840_000)).toBe('840 KB');
		expect(formatBytes(1_234_567)).toBe('1.2 MB');
		expect(formatBytes(3_400_000_000)).toBe('3.4 GB');
	});
});

describe('confirmsReset', () => {
	it('needs the word typed out', () => {
		expect(confirmsReset(' delete ')).toBe(true);
		expect(confirmsReset('DELET')).toBe(false);
		expect(confirmsReset('')).toBe(false);
	});
});
