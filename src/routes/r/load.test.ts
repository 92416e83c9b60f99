import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { DbError } from '$lib/db/open';
import type { BylineDatabase } from '$lib/db/schema';
import { CODE_MAX_CHARS } from '$lib/share/limits';
import type { TeacherDesk } from '$lib/state/teacher';
import { load } from './+page';

// The app's storage, played by the test: one whose open did not answer in time.
const database = vi.fn<() => Promise<BylineDatabase>>();
vi.mock('$lib/state/context', () => ({ storage: { database: () => database() } }));

async function openPage(): Promise<TeacherDesk> {
	const data = (await load({} as Parameters<typeof load>[0])) as { desk: TeacherDesk };
	return data.desk;
}

describe('/r while storage fails', () => {
	it('opens, and still refuses an oversized result code by its length', async () => {
		database.mockRejectedValue(new DbError('timeout'));
		const desk = await openPage();
		const report = await desk.importLink(`b1r.${'A'.repeat(CODE_MAX_CHARS)}`);
		expect(report.added).toBe(0);
		expect(report.items).toHaveLength(1);
		expect(report.items[0]).toMatchObject({ status: 'refused' });
		expect(report.items[0]!.status === 'refused' && report.items[0]!.message).toMatch(
			/^This result code is too long/
		);
		expect(database).not.toHaveBeenCalled();
	});
});
