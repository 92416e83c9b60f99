/** Bytes as a person reads them: "840 KB", "1.2 MB", "3.4 GB". */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${Math.round(bytes)} bytes`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export const RESET_WORD = 'DELETE';

/** The typed confirmation for a reset: the word, in any case, with stray spaces forgiven. */
export function confirmsReset(typed: string): boolean {
	return typed.trim().toUpperCase() === RESET_WORD;
}
