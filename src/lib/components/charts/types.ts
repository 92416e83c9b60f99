export interface BarSeries {
	label: string;
	/** Solid or hatched fill, so stacked series differ by more than colour. */
	fill: 'solid' | 'hatched';
}

export interface BarRow {
	/** Full label for the table, e.g. "Tue 14 Jan". */
	label: string;
	/** Short label under the bar, e.g. "14". */
	short: string;
	/** One value per series, stacked bottom to top in series order. */
	values: number[];
}
