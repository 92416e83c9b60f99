import type { Question } from '$lib/generator/bank';
import { slug } from '$lib/domain/format';
import type { ExportNote } from './notes';

export type ExportFormat =
	'gift' | 'moodle-xml' | 'canvas-qti' | 'qti21' | 'kahoot' | 'quizlet' | 'anki' | 'csv';

/** Each format with the one line a teacher needs: which tool takes it, and where to import it there. */
export const EXPORT_FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
	{ format: 'gift', label: 'Moodle GIFT', hint: 'Moodle: Question bank → Import → GIFT format' },
	{ format: 'moodle-xml', label: 'Moodle XML', hint: 'Moodle: Question bank → Import → Moodle XML format' },
	{
		format: 'canvas-qti',
		label: 'Canvas (QTI 1.2 .zip)',
		hint: 'Canvas: Settings → Import course content → QTI .zip file; it becomes a quiz'
	},
	{
		format: 'qti21',
		label: 'Blackboard, D2L, Moodle QTI (QTI 2.1 .zip)',
		hint: 'Blackboard, D2L Brightspace or Moodle’s QTI 2 plugin: import it as a QTI 2.1 package'
	},
	{
		format: 'kahoot',
		label: 'Kahoot (.xlsx)',
		hint: 'Kahoot: Create → Add question → Import spreadsheet; multiple choice and true/false only'
	},
	{
		format: 'quizlet',
		label: 'Quizlet',
		hint: 'Quizlet: Create → Import; paste the file’s text (tab between term and definition)'
	},
	{ format: 'anki', label: 'Anki', hint: 'Anki: File → Import; the file carries its own settings' },
	{ format: 'csv', label: 'CSV', hint: 'Any spreadsheet' }
];

/** A file to save, with what it could not carry as Byline has it. */
export type ExportedFile = { name: string; type: string; notes: ExportNote[] } & (
	{ text: string } | { bytes: Uint8Array<ArrayBuffer> }
);

export async function exportFile(
	format: ExportFormat,
	questions: readonly Question[],
	title: string
): Promise<ExportedFile> {
	const name = slug(title);
	const text = (suffix: string, type: string, body: string): ExportedFile => ({
		name: `${name}${suffix}`,
		type,
		text: body,
		notes: []
	});
	// Each writer is loaded when its format is first saved: pages that only show the list carry none of them.
	switch (format) {
		case 'gift': {
			const { toGift } = await import('./gift');
			return text('.gift.txt', 'text/plain;charset=utf-8', toGift(questions, title));
		}
		case 'moodle-xml': {
			const { toMoodleXml } = await import('./moodle-xml');
			return text('.moodle.xml', 'application/xml;charset=utf-8', toMoodleXml(questions, title));
		}
		case 'canvas-qti':
		case 'qti21': {
			const { qtiZip } = await import('./packages');
			const suffix = format === 'canvas-qti' ? '.canvas-qti.zip' : '.qti21.zip';
			return { name: `${name}${suffix}`, type: 'application/zip', ...qtiZip(format, questions, title) };
		}
		case 'kahoot': {
			const { toKahootXlsx } = await import('./kahoot');
			return {
				name: `${name}.kahoot.xlsx`,
				type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				...(await toKahootXlsx(questions, title))
			};
		}
		case 'quizlet': {
			const { toQuizlet } = await import('./quizlet');
			return text('.quizlet.txt', 'text/plain;charset=utf-8', toQuizlet(questions));
		}
		case 'anki': {
			const { toAnki } = await import('./anki');
			return text('.anki.txt', 'text/plain;charset=utf-8', toAnki(questions, title));
		}
		case 'csv': {
			const { questionsCsv } = await import('./csv');
			return text('.csv', 'text/csv;charset=utf-8', questionsCsv(questions));
		}
	}
}
