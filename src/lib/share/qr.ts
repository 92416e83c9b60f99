import { encode } from 'uqr';

/** QR version 40, error correction M, byte mode: the most a phone camera can be asked to read. */
export const QR_MAX_BYTES = 2331;
/** The quiet zone the QR spec asks for; scanners struggle with less on a busy page or a printout. */
const QUIET_ZONE = 4;

export function qrBytes(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** The QR version (1–40: 21 to 177 modules a side) a text takes at level M; the lower, the easier to scan. */
export function qrVersion(text: string): number {
	if (!fitsQr(text)) throw new RangeError(`QR code limit is ${QR_MAX_BYTES} bytes`);
	return encode(text, { ecc: 'M', border: 0 }).version;
}

/** Whether a link fits one QR code; when it doesn't, the app offers the file instead. */
export function fitsQr(text: string): boolean {
	return qrBytes(text) <= QR_MAX_BYTES;
}

/**
 * A QR code as a plain SVG string: one rect and one path, nothing taken from `text` but the modules, so it can
 * be shown as an `<img>` data URL (as the app does) without carrying script. Throws if `text` does not fit.
 */
export function qrSvg(text: string): string {
	if (!fitsQr(text)) throw new RangeError(`QR code limit is ${QR_MAX_BYTES} bytes`);
	const { data, size } = encode(text, { ecc: 'M', border: 0 });
	const full = size + 2 * QUIET_ZONE;
	const runs: string[] = [];
	data.forEach((row, y) => {
		for (let x = 0; x < size; x++) {
			if (!row[x]) continue;
			const start = x;
			while (row[x + 1]) x++;
			// One path segment per horizontal run of dark modules, not one per module: a far shorter string.
			runs.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start + 1}v1h${start - x - 1}z`);
		}
	});
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges">` +
		`<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`
	);
}
