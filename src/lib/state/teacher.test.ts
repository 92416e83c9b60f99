import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { resultsForSet } from '$lib/db/results';
import type { BylineDatabase } from '$lib/db/schema';
import { getSet, saveSet } from '$lib/db/sets';
import { encodeResult, resultFile, resultLink, type AssignmentResult } from '$lib/share/result';
import { reportText } from '$lib/share/teach';
import { QUESTIONS, makeResult, makeSet } from '$lib/share/test-fixtures';
import type { Clock } from './clock';
import { TeacherDesk } from './teacher';

const at = Date.UTC(2026, 0, 5, 9);
const clock: Clock = { now: () => at, tzOffsetMinutes: () => 0 };
const set = makeSet(QUESTIONS.slice(0, 3));
let db: BylineDatabase;
let n = 0;
afterEach(() => db?.close());

async function setup() {
	db = await openDatabase({ name: `teacher-${n++}` });
	await saveSet(db, { set, sources: {}, updatedAt: 1 });
	let ids = 0;
	return new TeacherDesk(db, clock, () => `set-copy-${++ids}`);
}

const result = (overrides: Partial<AssignmentResult> = {}) => makeResult(set, overrides);

describe('TeacherDesk', () => {
	it('adds a result once, from a link then its file, and refuses unknown, changed and damaged ones', async () => {
		const desk = await setup();
		const code = encodeResult(result());
		const reports = await desk.importResults([
			{ source: 'link', text: resultLink('https://x.test', result()) },
			{ source: 'file', text: resultFile(result()) },
			{ source: 'unknown', text: encodeResult(result({ setId: 'set-elsewhere' })) },
			{ source: 'changed', text: encodeResult(result({ setHash: 'old-version' })) },
			{ source: 'cut', text: code.slice(0, -8) },
			{ source: 'garbage', text: '¯\\_(ツ)_/¯' }
		]);
		expect(reports.map((r) => (r.ok ? r.outcome : r.message.slice(0, 30)))).toEqual([
			'added',
			'duplicate',
			expect.stringContaining('This result (from Ana) is for'),
			expect.stringContaining('This result (from Ana) is for'),
			'This result code is incomplete',
			expect.stringContaining("isn't a Byline result")
		]);
		expect(reportText(reports[1]!)).toMatch(/already in the gradebook; it counts once/);
		// issue 5: a teacher pasting a code sees the mark at once, graded from their own copy of the set.
		expect(reportText(reports[0]!)).toMatch(/^Added Ana’s result to “.+”: \d+ of \d+ right\.$/);
		const stored = await resultsForSet(db, set.id);
		expect(stored.map((r) => r.importedAt)).toEqual([at]);
	});

	it('reads the shelf and a gradebook, and removes a result from it', async () => {
		const desk = await setup();
		await saveBank(db, fixtureBank, 'imported', at);
		await desk.importResults([{ source: 'link', text: encodeResult(result()) }]);
		const shelf = await desk.shelf();
		expect(shelf.sets.map((s) => s.set.id)).toEqual([set.id]);
		expect(shelf.counts.get(set.id)).toBe(1);
		expect(shelf.decks.map((d) => d.id)).toEqual([fixtureBank.id]);
		const page = await desk.gradebook(set.id);
		expect(page.book?.rows).toHaveLength(1);
		await desk.removeResult(page.book!.rows[0]!.key);
		expect((await desk.gradebook(set.id)).book?.rows).toEqual([]);
		expect(await desk.gradebook('set-gone')).toMatchObject({ stored: undefined, book: undefined });
	});

	it('copies a set unshared, deletes one with its results, and marks a set shared once', async () => {
		const desk = await setup();
		const [stored] = (await desk.shelf()).sets;
		expect(await desk.markShared(stored!)).toBe(at);
		const shared = (await getSet(db, set.id))!;
		expect(shared.sharedAt).toBe(at);
		expect(await desk.markShared(shared)).toBe(at);
		expect(await desk.duplicate(shared)).toBe(`Made “${set.title} (copy)”.`);
		expect((await getSet(db, 'set-copy-1'))?.sharedAt).toBeUndefined();
		await desk.importResults([{ source: 'link', text: encodeResult(result()) }]);
		expect(await desk.remove(shared)).toBe(`Deleted “${set.title}”.`);
		expect(await resultsForSet(db, set.id)).toEqual([]);
		expect((await desk.shelf()).sets.map((s) => s.set.id)).toEqual(['set-copy-1']);
	});

	it('exports a deck’s questions in the format chosen and says how many', async () => {
		const desk = await setup();
		await saveBank(db, fixtureBank, 'imported', at);
		const [deck] = (await desk.shelf()).decks;
		const { file, message } = await desk.exportDeck(deck!, 'csv');
		expect(file.name).toMatch(/\.csv$/);
		expect(message).toBe(`Saved ${fixtureBank.questions.length} questions from “${fixtureBank.title}”.`);
		const kahoot = await desk.exportDeck(deck!, 'kahoot');
		const leftOut = kahoot.file.notes.length;
		expect(leftOut).toBeGreaterThan(0);
		expect(kahoot.message).toBe(
			`Saved ${fixtureBank.questions.length - leftOut} of ${fixtureBank.questions.length} questions from “${fixtureBank.title}”; the format cannot take the others, listed below.`
		);
	});
});
