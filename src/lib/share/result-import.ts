import { counted } from '$lib/domain/format';
import type { Found } from './find-results';
import type { ResultNote } from './gradebook';

/** What happened to one result found in a paste or a file, in words for the teacher. */
export type ImportItem =
	| {
			status: 'added' | 'already';
			/** Where it was found: "Line 12", "ana.byline-result.json", "chat.zip › _chat.txt, line 4". */
			source: string;
			/** The words before it in a chat or mail (date and sender), '' when none. */
			context: string;
			/** Already there because it came twice in this same import, not from an earlier one. */
			repeat: boolean;
			student: string;
			setId: string;
			setTitle: string;
			/** Graded from the teacher's copy, so the report shows the mark the gradebook will. */
			right: number;
			total: number;
			notes: ResultNote[];
	  }
	| { status: 'refused'; source: string; context: string; message: string };

/** One report for one paste or one drop of files, however many results were in it. */
export interface ImportReport {
	items: ImportItem[];
	added: number;
	already: number;
	refused: number;
	/** The sets results went to, each once, for links to their gradebooks. */
	sets: { id: string; title: string }[];
}

export function importReport(items: ImportItem[]): ImportReport {
	const sets = new Map<string, string>();
	for (const item of items) if (item.status !== 'refused') sets.set(item.setId, item.setTitle);
	const count = (status: ImportItem['status']) => items.filter((item) => item.status === status).length;
	return {
		items,
		added: count('added'),
		already: count('already'),
		refused: count('refused'),
		sets: [...sets].map(([id, title]) => ({ id, title }))
	};
}

/** "Line 12", or the file's name, with the line when the file held more than one thing. */
export function foundSource(found: Found, file?: string, many = true): string {
	if (!file) return `Line ${found.line}`;
	return many && found.code ? `${file}, line ${found.line}` : file;
}

/** The report's first line: "Added 28 results · 1 already there · 1 refused". */
export function summaryLine(report: ImportReport, what = 'what you pasted'): string {
	if (report.items.length === 0) return `No result links, codes or files were found in ${what}.`;
	const parts = [];
	if (report.added > 0) parts.push(`Added ${counted(report.added, 'result')}`);
	if (report.already > 0) parts.push(`${report.already} already there`);
	if (report.refused > 0) parts.push(`${report.refused} refused`);
	if (report.added === 0) parts[0] = `Nothing new: ${parts[0]}`;
	return parts.join(' · ');
}

/** One item in a sentence: what became of the result, and anything the teacher should know about it. */
export function itemText(item: ImportItem): string {
	if (item.status === 'refused') return item.message;
	const notes = item.notes.length > 0 ? ` Note: ${item.notes.map((note) => note.text).join('; ')}.` : '';
	if (item.status === 'added') {
		return `Added ${item.student}’s result to “${item.setTitle}”: ${item.right} of ${item.total} right.${notes}`;
	}
	return item.repeat
		? `${item.student}’s result for “${item.setTitle}” is here more than once; it counts once.`
		: `${item.student}’s result for “${item.setTitle}” was already in the gradebook; it counts once.`;
}
