import type { Question } from '$lib/generator/bank';
import type { ExportNote } from './notes';
import { toCanvasQti } from './qti12';
import { toQti21 } from './qti21';
import { zipTextFiles } from './zip';

/** A QTI package as the zip an LMS imports, with what it grades differently from Byline. */
export function qtiZip(
	format: 'canvas-qti' | 'qti21',
	questions: readonly Question[],
	title: string
): { bytes: Uint8Array<ArrayBuffer>; notes: ExportNote[] } {
	const { files, notes } =
		format === 'canvas-qti' ? toCanvasQti(questions, title) : toQti21(questions, title);
	return { bytes: zipTextFiles(files), notes };
}
