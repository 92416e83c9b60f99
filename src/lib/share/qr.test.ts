import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, fitsQr, qrBytes, qrSvg, qrVersion } from './qr';

const link = (bytes: number) => {
	const base = 'https://byline.example/a#b1a.';
	return base + 'x'.repeat(bytes - base.length);
};

describe('QR budget', () => {
	it('fits at 2,331 bytes and not at 2,332', () => {
		expect(QR_MAX_BYTES).toBe(2331);
		expect(fitsQr(link(2331))).toBe(true);
		expect(fitsQr(link(2332))).toBe(false);
		expect(() => qrSvg(link(2331))).not.toThrow();
		expect(() => qrSvg(link(2332))).toThrow(RangeError);
	});

	it('counts UTF-8 bytes, not characters', () => {
		const text = 'é'.repeat(1166); // 2,332 bytes in 1,166 characters
		expect(qrBytes(text)).toBe(2332);
		expect(fitsQr(text)).toBe(false);
	});
});

describe('qrSvg', () => {
	it('is plain SVG: one rect, one path, no script, no text from the input', () => {
		const svg = qrSvg('https://byline.example/a#<script>alert(1)</script>');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).not.toMatch(/script|on\w+=|href|<text|<foreignObject/i);
		expect(svg.match(/</g)).toHaveLength(4); // <svg, <rect, <path, </svg>
		expect(svg).toMatch(/<path fill="#000" d="[Mhvz0-9 -]+"\/>/);
	});

	it('draws a version 1 code with a 4-module quiet zone', () => {
		expect(qrSvg('hi')).toContain('viewBox="0 0 29 29"'); // 21 modules + 2 × 4
	});
});

describe('qrVersion', () => {
	it('grows with the text and stops at the budget', () => {
		expect(qrVersion('hi')).toBe(1);
		expect(qrVersion(link(600))).toBeGreaterThan(qrVersion(link(300)));
		expect(qrVersion(link(2331))).toBe(40);
		expect(() => qrVersion(link(2332))).toThrow(RangeError);
	});
});
