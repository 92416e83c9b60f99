/** A round top for a value axis (1, 2 or 5 times a power of ten) at or above `max`, so gridlines read easily. */
export function niceMax(max: number): number {
	if (!(max > 0)) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	const step = [1, 2, 5, 10].find((m) => m * power >= max) ?? 10;
	return step * power;
}

/** Gridline values from 0 to `top`: halves, and quarters when they stay whole numbers. */
export function ticks(top: number): number[] {
	const quarters = top % 4 === 0 && top >= 4;
	const parts = quarters ? 4 : top % 2 === 0 && top >= 2 ? 2 : 1;
	return Array.from({ length: parts + 1 }, (_, i) => (top * i) / parts);
}

/** Label every n-th bar so labels of about `labelWidth` pixels never overlap in `width` pixels. */
export function labelStep(count: number, width: number, labelWidth: number): number {
	if (count <= 0 || width <= 0) return 1;
	return Math.max(1, Math.ceil((count * labelWidth) / width));
}
