import type { Question } from '$lib/generator/bank';
import { slug } from '$lib/domain/format';
import { toAnki } from './anki';
import { questionsCsv } from './csv';
import { toGift } from './gift';
import { toKahootXlsx } from './kahoot';
import { toMoodleXml } from './moodle-xml';
import type { ExportNote } from './notes';
import { toCanvasQti } from './qti12';
import { toQti21 } from './qti21';
import { toQuizlet } from './quizlet';
import { zipTextFiles } from './zip';

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

/** The zip of a QTI package. */
export function qtiZip(
	format: 'canvas-qti' | 'qti21',
	questions: readonly Question[],
	title: string
): { bytes: Uint8Array<ArrayBuffer>; notes: ExportNote[] } {
	const { files, notes } =
		format === 'canvas-qti' ? toCanvasQti(questions, title) : toQti21(questions, title);
	return { bytes: zipTextFiles(files), notes };
}

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
	switch (format) {
		case 'gift':
			return text('.gift.txt', 'text/plain;charset=utf-8', toGift(questions, title));
		case 'moodle-xml':
			return text('.moodle.xml', 'application/xml;charset=utf-8', toMoodleXml(questions, title));
		case 'canvas-qti':
			return { name: `${name}.canvas-qti.zip`, type: 'application/zip', ...qtiZip(format, questions, title) };
		case 'qti21':
			return { name: `${name}.qti21.zip`, type: 'application/zip', ...qtiZip(format, questions, title) };
		case 'kahoot':
			return {
				name: `${name}.kahoot.xlsx`,
				type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				...(await toKahootXlsx(questions, title))
			};
		case 'quizlet':
			return text('.quizlet.txt', 'text/plain;charset=utf-8', toQuizlet(questions));
		case 'anki':
			return text('.anki.txt', 'text/plain;charset=utf-8', toAnki(questions, title));
		case 'csv':
			return text('.csv', 'text/csv;charset=utf-8', questionsCsv(questions));
	}
}
