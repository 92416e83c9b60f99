import { afterEach, describe, expect, it, vi } from 'vitest';
import { Unzlib, unzlibSync, zlibSync } from 'fflate';
import { createRandom } from '$lib/generator/random';
import { toBase64Url } from './base64url';
import {
	CODE_MAX_CHARS,
	FILE_MAX_CHARS,
	ShareError,
	decodePayload,
	decodeVersioned,
	encodeFile,
	encodePayload,
	type ShareErrorReason
} from './codec';

/** Writes a deflate stream bit by bit: header fields least significant bit first, Huffman codes most first. */
class BitWriter {
	private bytes: number[] = [];
	private current = 0;
	private count = 0;
	bits(value: number, length: number) {
		for (let i = 0; i < length; i++) {
			this.current |= ((value >> i) & 1) << this.count;
			if (++this.count === 8) this.flushByte();
		}
	}
	code(code: number, length: number) {
		for (let i = length - 1; i >= 0; i--) this.bits((code >> i) & 1, 1);
	}
	zeros(length: number) {
		for (; length > 0 && this.count !== 0; length--) this.bits(0, 1);
		const bytes = Math.floor(length / 8);
		for (let i = 0; i < bytes; i++) this.bytes.push(0);
		this.bits(0, length - bytes * 8);
	}
	finish(): Uint8Array {
		if (this.count > 0) this.flushByte();
		return Uint8Array.from(this.bytes);
	}
	private flushByte() {
		this.bytes.push(this.current);
		this.current = 0;
		this.count = 0;
	}
}

/**
 * A real decompression bomb: one dynamic-Huffman block where "copy 258 bytes from distance 1" costs 2 bits,
 * deflate's best ratio (~1032:1). Returns a zlib stream inflating to `1 + 258 * matches` zero bytes.
 */
function zlibBomb(matches: number): Uint8Array {
	const w = new BitWriter();
	w.bits(1, 1); // last block
	w.bits(2, 2); // dynamic Huffman
	w.bits(286 - 257, 5); // literal/length codes 0..285
	w.bits(2 - 1, 5); // distance codes 0..1
	w.bits(18 - 4, 4); // code-length codes, in the spec's permuted order, up to symbol 1
	const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
	const clLengths: Record<number, number> = { 18: 1, 1: 2, 2: 2 }; // codes: 18 → 0, 1 → 10, 2 → 11
	for (const symbol of order) w.bits(clLengths[symbol] ?? 0, 3);
	const length2 = () => w.code(0b11, 2);
	const length1 = () => w.code(0b10, 2);
	const zeroRun = (n: number) => (w.code(0, 1), w.bits(n - 11, 7));
	length2(); // literal 0
	zeroRun(138);
	zeroRun(117); // literals 1..255 unused
	length2(); // 256, end of block
	zeroRun(28); // lengths 257..284 unused
	length1(); // 285, "length 258"
	length1(); // distance code 0 (distance 1)
	length1(); // distance code 1, unused but keeps the code complete
	// Literal/length codes: 285 → 0, literal 0 → 10, end → 11; distance 1 → 0.
	w.code(0b10, 2); // one literal zero to copy from
	w.zeros(2 * matches);
	w.code(0b11, 2);
	const deflated = w.finish();
	const size = 1 + 258 * matches;
	const adler = (((size % 65521) << 16) | 1) >>> 0; // all zeros: a stays 1, b grows by 1 per byte
	const out = new Uint8Array(deflated.length + 6);
	out.set([0x78, 0xda]);
	out.set(deflated, 2);
	new DataView(out.buffer).setUint32(out.length - 4, adler);
	return out;
}

function reasonOf(run: () => unknown): ShareErrorReason | 'no error' {
	try {
		run();
		return 'no error';
	} catch (error) {
		if (error instanceof ShareError) return error.reason;
		throw error;
	}
}

function codeFromJson(json: string, tag = 'b1a'): string {
	return `${tag}.${toBase64Url(zlibSync(new TextEncoder().encode(json)))}`;
}

const sample = { title: 'Putin and Xi', questions: [{ id: 'q1', prompt: 'Who said “without limits”?' }] };

describe('codec', () => {
	it('round-trips through a code, a link and a file', () => {
		const code = encodePayload('assignment', sample);
		expect(code).toMatch(/^b1a\.[A-Za-z0-9_-]+$/);
		expect(decodePayload('assignment', code)).toEqual(sample);
		expect(decodePayload('assignment', `https://byline.example/a#${code}`)).toEqual(sample);
		const wrapped = `  ${code.slice(0, 20)}\n${code.slice(20)}  `;
		expect(decodePayload('assignment', wrapped)).toEqual(sample);
		expect(decodePayload('assignment', encodeFile('assignment', sample))).toEqual(sample);
	});

	it('tells a result from an assignment, and says what to do', () => {
		const result = encodePayload('result', { setId: 'x' });
		expect(result.startsWith('b1r.')).toBe(true);
		try {
			decodePayload('assignment', result);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ShareError);
			expect((error as ShareError).reason).toBe('wrong-kind');
			expect((error as ShareError).message).toMatch(/result, not an assignment/);
		}
		expect(reasonOf(() => decodePayload('result', encodePayload('assignment', sample)))).toBe('wrong-kind');
		expect(reasonOf(() => decodePayload('result', encodeFile('assignment', sample)))).toBe('wrong-kind');
	});

	it('refuses foreign text and newer versions', () => {
		expect(reasonOf(() => decodePayload('assignment', 'hello there'))).toBe('not-byline');
		expect(reasonOf(() => decodePayload('assignment', 'https://example.com/page#section'))).toBe(
			'not-byline'
		);
		expect(reasonOf(() => decodePayload('assignment', 'x1a.eJwDAAAAAAE'))).toBe('not-byline');
		expect(reasonOf(() => decodePayload('assignment', '{"name": "not ours"}'))).toBe('not-byline');
		const v3 = encodePayload('assignment', sample).replace(/^b1/, 'b3');
		const error = (() => {
			try {
				decodePayload('assignment', v3);
			} catch (e) {
				return e as ShareError;
			}
		})();
		expect(error?.reason).toBe('unsupported-version');
		expect(error?.message).toMatch(/newer version of Byline/);
		// Results have one version only: an assignment's second is no licence for a result.
		const result = encodePayload('result', sample).replace(/^b1/, 'b2');
		expect(reasonOf(() => decodePayload('result', result))).toBe('unsupported-version');
	});

	it('issue 12: reads an assignment in either version, saying which, by link and by file', () => {
		for (const version of [1, 2]) {
			expect(decodeVersioned('assignment', encodePayload('assignment', sample, version))).toEqual({
				version,
				data: sample
			});
			expect(decodeVersioned('assignment', encodeFile('assignment', sample, version))).toEqual({
				version,
				data: sample
			});
		}
		expect(() => encodePayload('result', sample, 2)).toThrow(RangeError);
	});

	it('refuses every truncation of a code at once, as incomplete', () => {
		const code = encodePayload('assignment', sample);
		for (let length = 0; length < code.length; length++) {
			const reason = reasonOf(() => decodePayload('assignment', code.slice(0, length)));
			expect(reason, `cut at ${length}`).toBe('corrupt');
		}
		try {
			decodePayload('assignment', code.slice(0, -3));
		} catch (error) {
			expect((error as ShareError).message).toBe(
				'This assignment link is incomplete — it may have been cut off when copied. Ask for it again, or use the file.'
			);
		}
	});

	it('refuses every one-character change to the compressed body (Adler-32 is checked)', () => {
		const code = encodePayload('result', sample);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		for (let i = 4; i < code.length; i++) {
			const replacement = alphabet[(alphabet.indexOf(code[i]!) + 17) % 64]!;
			const garbled = code.slice(0, i) + replacement + code.slice(i + 1);
			expect(
				reasonOf(() => decodePayload('result', garbled)),
				`changed at ${i}`
			).toBe('corrupt');
		}
	});

	it('refuses non-canonical base64url, invalid UTF-8 and broken JSON as corrupt', () => {
		expect(reasonOf(() => decodePayload('assignment', 'b1a.a$b'))).toBe('corrupt');
		expect(reasonOf(() => decodePayload('assignment', 'b1a.abcde'))).toBe('corrupt');
		const badUtf8 = `b1a.${toBase64Url(zlibSync(Uint8Array.from([0x7b, 0xff, 0x7d])))}`;
		expect(reasonOf(() => decodePayload('assignment', badUtf8))).toBe('corrupt');
		expect(reasonOf(() => decodePayload('assignment', codeFromJson('{"a":')))).toBe('corrupt');
		expect(reasonOf(() => decodePayload('assignment', '{"byline":"b1a","data":'))).toBe('corrupt');
		expect(reasonOf(() => decodePayload('assignment', '{"byline":"b1a"}'))).toBe('corrupt');
		const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
		expect(reasonOf(() => decodePayload('assignment', codeFromJson(deep)))).toBe('corrupt');
	});

	it('drops __proto__, constructor and prototype keys, so nothing is polluted', () => {
		const json =
			'{"a":1,"__proto__":{"polluted":1},"nested":[{"constructor":{"prototype":{"polluted":1}},"ok":2}]}';
		for (const input of [codeFromJson(json), `{"byline":"b1a","data":${json}}`]) {
			const decoded = decodePayload('assignment', input) as Record<string, unknown>;
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			expect(Object.hasOwn(decoded, '__proto__')).toBe(false);
			expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
			expect(decoded).toEqual({ a: 1, nested: [{ ok: 2 }] });
		}
	});

	it('builds a real bomb (checked with fflate) ', () => {
		const small = zlibBomb(1000);
		const inflated = unzlibSync(small);
		expect(inflated.length).toBe(1 + 258 * 1000);
		expect(inflated.every((byte) => byte === 0)).toBe(true);
		expect(small.length).toBeLessThan(300);
	});

	/** Compressed bytes handed to the inflater while `decode` runs: how far into a bomb it went. */
	function bytesInflated(decode: () => void): number {
		let pushed = 0;
		const push = Unzlib.prototype.push;
		vi.spyOn(Unzlib.prototype, 'push').mockImplementation(function (this: Unzlib, chunk, final) {
			pushed += chunk.length;
			return push.call(this, chunk, final);
		});
		decode();
		vi.restoreAllMocks();
		return pushed;
	}

	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('refuses a 10 KB code that inflates to ~10 MB, stopping a few kilobytes in', () => {
		const bomb = zlibBomb((10 * 1024 - 40) * 4);
		expect(bomb.length).toBeLessThanOrEqual(10 * 1024);
		const code = `b1a.${toBase64Url(bomb)}`;
		const read = bytesInflated(() =>
			expect(reasonOf(() => decodePayload('assignment', code))).toBe('too-large')
		);
		// Each input byte of this bomb is ~1 KB out: the 1 MiB cap is passed about 1.3 KB in.
		expect(read).toBeGreaterThan(0);
		expect(read).toBeLessThan(bomb.length / 4);
	});

	it('refuses the largest accepted code inflating to ~50 MB early, and a 1 GB bomb by its length alone', () => {
		const maxBomb = zlibBomb(Math.floor(((CODE_MAX_CHARS - 4) * 3) / 4 - 40) * 4);
		const maxCode = `b1a.${toBase64Url(maxBomb)}`;
		expect(maxCode.length).toBeLessThanOrEqual(CODE_MAX_CHARS);
		const read = bytesInflated(() =>
			expect(reasonOf(() => decodePayload('assignment', maxCode))).toBe('too-large')
		);
		expect(read).toBeLessThan(maxBomb.length / 20);

		const gigaBomb = zlibBomb(Math.ceil(2 ** 30 / 258));
		expect(gigaBomb.length).toBeLessThan(1_100_000);
		const gigaCode = `b1a.${toBase64Url(gigaBomb)}`;
		const none = bytesInflated(() =>
			expect(reasonOf(() => decodePayload('assignment', gigaCode))).toBe('too-large')
		);
		expect(none).toBe(0);
	});

	function messageOf(kind: 'assignment' | 'result', input: string): string {
		try {
			decodePayload(kind, input);
		} catch (error) {
			if (error instanceof ShareError) return error.message;
			throw error;
		}
		return 'no error';
	}

	it('issue 13: says a link is too long by its length alone, and a file too large', () => {
		const long = `https://byline.example/a#b1a.${'A'.repeat(2_000_000)}`;
		expect(messageOf('assignment', long)).toMatch(/^This assignment link is too long: 65,536 characters/);
		expect(messageOf('result', `b1r.${'A'.repeat(6_000_000)}`)).toMatch(/^This result code is too long/);
		expect(messageOf('assignment', `{"byline":"b1a","data":"${'x'.repeat(6_000_000)}"}`)).toBe(
			'This assignment file is too large to open (the limit is 5 MB).'
		);
	});

	it('issue 13: a code with characters no code has is damaged; a code cut short is incomplete', () => {
		const code = encodePayload('assignment', sample);
		for (const damaged of [
			`${code.slice(0, 20)}%25E0${code.slice(20)}`,
			`${code.slice(0, 30)}!${code.slice(31)}`
		]) {
			expect(messageOf('assignment', damaged)).toMatch(/^This assignment link is damaged/);
		}
		expect(messageOf('result', `b1r.abc%zz`)).toMatch(/^This result code is damaged/);
		expect(messageOf('assignment', code.slice(0, -5))).toMatch(/incomplete — it may have been cut off/);
	});

	it('caps files and refuses to encode what it would refuse to decode', () => {
		expect(reasonOf(() => decodePayload('assignment', ' '.repeat(FILE_MAX_CHARS + 1)))).toBe('too-large');
		expect(reasonOf(() => encodePayload('assignment', { text: 'x'.repeat(2 * 1024 * 1024) }))).toBe(
			'too-large'
		);
		const random = createRandom(5);
		const incompressible = toBase64Url(Uint8Array.from({ length: 60_000 }, () => Math.floor(random() * 256)));
		expect(reasonOf(() => encodePayload('assignment', { noise: incompressible }))).toBe('too-large');
	});
});
