import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../test-fixtures';
import { EXPORT_FORMATS, exportFile } from './formats';
import { readZip } from './package-checks';

describe('export formats', () => {
	it('offers the formats schools import, each with where to import it', () => {
		const byFormat = new Map(EXPORT_FORMATS.map((option) => [option.format, option]));
		expect(byFormat.get('canvas-qti')?.hint).toMatch(/^Canvas:/);
		expect(byFormat.get('qti21')?.hint).toMatch(/Blackboard.*D2L Brightspace.*Moodle/);
		expect(byFormat.get('kahoot')?.hint).toMatch(/^Kahoot:/);
	});

	it('names each file for its tool and says what did not fit', async () => {
		const files = await Promise.all(
			(['canvas-qti', 'qti21', 'kahoot'] as const).map((format) =>
				exportFile(format, QUESTIONS, 'Putin & Xi')
			)
		);
		expect(files.map((file) => [file.name, file.type])).toEqual([
			['putin-xi.canvas-qti.zip', 'application/zip'],
			['putin-xi.qti21.zip', 'application/zip'],
			['putin-xi.kahoot.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
		]);
		for (const file of files) {
			expect('bytes' in file && Object.keys(readZip(file.bytes)).length).toBeGreaterThan(1);
		}
		expect(files.map((file) => file.notes.length)).toEqual([3, 3, 5]);
	});
});
