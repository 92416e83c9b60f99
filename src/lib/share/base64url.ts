/** base64url without padding (RFC 4648 §5): survives URL fragments, QR byte mode and copy-paste unchanged. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, value) => [char, value]));

export function toBase64Url(bytes: Uint8Array): string {
	const out: string[] = [];
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, bytes.length - i + 1);
		for (let c = 0; c < chars; c++) out.push(ALPHABET[(n >> (18 - 6 * c)) & 63]!);
	}
	return out.join('');
}

/** `undefined` for anything that is not canonical base64url, so a garbled code is refused rather than guessed at. */
export function fromBase64Url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let o = 0;
	for (const char of text) {
		const value = VALUES.get(char);
		if (value === undefined) return undefined;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (buffer >> bits) & 0xff;
		}
	}
	// Leftover bits must be zero, or the same bytes would have two spellings.
	if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
	return out;
}
