import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { resultsForSet } from '$lib/db/results';
import type { BylineDatabase } from '$lib/db/schema';
import { getSet, saveSet } from '$lib/db/sets';
import { encodeResult, resultFile, resultLink, type AssignmentResult } from '$lib/share/result';
import { itemText, summaryLine } from '$lib/share/result-import';
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
		const pasted = await desk.importText(
			[
				resultLink('https://x.test', result()),
				encodeResult(result({ setId: 'set-elsewhere' })),
				encodeResult(result({ setHash: 'old-version' })),
				// Cut short, and not found whole anywhere else in the paste.
				encodeResult(result({ student: 'Eve' })).slice(0, -8),
				'¯\\_(ツ)_/¯ b1r.garbage'
			].join('\n')
		);
		const file = new File([resultFile(result())], 'ana.byline-result.json', { type: 'application/json' });
		const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'IMG_2041.jpg');
		const dropped = await desk.importFiles([file, new File(['just words'], 'notes.txt'), photo]);
		const reports = [...pasted.items, ...dropped.items];
		expect(reports.map((r) => (r.status === 'refused' ? r.message.slice(0, 30) : r.status))).toEqual([
			'added',
			expect.stringContaining('This result (from Ana) is for'),
			expect.stringContaining('This result (from Ana) is for'),
			'This result code is incomplete',
			'This result code is incomplete',
			'already',
			'No result link, code or file w',
			'No result link, code or file w'
		]);
		expect(reports.map((r) => r.source)).toEqual([
			'Line 1',
			'Line 2',
			'Line 3',
			'Line 4',
			'Line 5',
			'ana.byline-result.json',
			'notes.txt',
			'IMG_2041.jpg'
		]);
		expect(itemText(dropped.items[0]!)).toMatch(/already in the gradebook; it counts once/);
		// issue 5: a teacher pasting a code sees the mark at once, graded from their own copy of the set.
		expect(itemText(pasted.items[0]!)).toMatch(/^Added Ana’s result to “.+”: \d+ of \d+ right\.$/);
		expect(summaryLine(pasted)).toBe('Added 1 result · 4 refused');
		expect(summaryLine(dropped)).toBe('Nothing new: 1 already there · 2 refused');
		const stored = await resultsForSet(db, set.id);
		expect(stored.map((r) => r.importedAt)).toEqual([at]);
	});

	it('issue 12: a chat export with many results is one import with one report, a result sent twice counted once', async () => {
		const desk = await setup();
		const names = Array.from({ length: 30 }, (_, i) => `Student ${i + 1}`);
		const chat = names
			.map(
				(student, i) =>
					`30/11/2026, 14:${String(i).padStart(2, '0')} - ${student}: ${resultLink('https://x.test', result({ student }))}`
			)
			.join('\n');
		// The same message forwarded again is the same code: found once.
		const again = `30/11/2026, 15:00 - Student 3: again ${encodeResult(result({ student: 'Student 3' }))}`;
		const report = await desk.importText(`${chat}\n${again}`);
		expect([report.added, report.already, report.refused]).toEqual([30, 0, 0]);
		expect(report.sets).toEqual([{ id: set.id, title: set.title }]);
		expect(report.items[4]).toMatchObject({ source: 'Line 5', context: '30/11/2026, 14:04 - Student 5:' });
		// One result as a file and as a link in a chat, dropped together: added once, the other said so.
		const late = result({ student: 'Late' });
		const dropped = await desk.importFiles([
			new File([resultFile(late)], 'late.byline-result.json'),
			new File([`${chat}\n${resultLink('https://x.test', late)}`], 'chat.txt')
		]);
		expect([dropped.added, dropped.already, dropped.refused]).toEqual([1, 31, 0]);
		expect(itemText(dropped.items.at(-1)!)).toBe(
			`Late’s result for “${set.title}” is here more than once; it counts once.`
		);
		expect(dropped.items.at(-1)!.source).toBe('chat.txt, line 31');
		expect(itemText(dropped.items[1]!)).toBe(
			`Student 1’s result for “${set.title}” was already in the gradebook; it counts once.`
		);
		expect(await resultsForSet(db, set.id)).toHaveLength(31);
		expect(summaryLine(await desk.importText('nothing here'))).toBe(
			'No result links, codes or files were found in what you pasted.'
		);
	});

	it('issue 13: an opened result link with a character no code has is called damaged, not cut short', async () => {
		const desk = await setup();
		const code = encodeResult(result());
		const changed = `${code.slice(0, 12)}%C3%28${code.slice(12)}`;
		await expect(desk.importLink(changed)).rejects.toThrow(/This result code is damaged/);
		expect(await resultsForSet(db, set.id)).toHaveLength(0);
		expect(summaryLine(await desk.importLink(code))).toMatch(/^Added 1/);
	});

	it('issue 12: reads many dropped files at once, ZIPs of chat exports too, and marks an attempt past the limit', async () => {
		const desk = await setup();
		const zip = zipSync({
			'_chat.txt': strToU8(
				`[30/11/2026, 14:05:12] Ben: ${resultLink('https://x.test', result({ student: 'Ben' }))}`
			),
			'IMG-0001.jpg': new Uint8Array([1, 2, 3])
		});
		const report = await desk.importFiles([
			new File([resultFile(result({ student: 'Cai', attempt: 99 }))], 'cai.byline-result.json'),
			new File([zip], 'WhatsApp Chat - 9B.zip', { type: 'application/zip' }),
			new File([zip.slice(0, 30)], 'broken.zip'),
			new File([new Uint8Array([0, 1, 2])], 'empty.zip')
		]);
		expect(report.items.map((item) => [item.source, item.status])).toEqual([
			['cai.byline-result.json', 'added'],
			['WhatsApp Chat - 9B.zip › _chat.txt', 'added'],
			['broken.zip', 'refused'],
			['empty.zip', 'refused']
		]);
		expect(itemText(report.items[0]!)).toMatch(/Note: attempt 99; the set allows 2\.$/);
	});

	it('issue 12: accepting an answer re-grades every student who gave it, is kept with the set, and can be undone', async () => {
		const desk = await setup();
		const kishida = (student: string, given: string) =>
			encodeResult(result({ student, answers: [{ questionId: 'q-cloze', given, ms: 1000 }] }));
		await desk.importText(
			[kishida('Ana', 'widen'), kishida('Ben', 'Widen.'), kishida('Cai', 'grow')].join('\n')
		);
		const scores = async () =>
			(await desk.gradebook(set.id)).book!.byStudent.map((s) => [s.name, s.latest.right]);
		expect(await scores()).toEqual([
			['Ana', 0],
			['Ben', 0],
			['Cai', 0]
		]);
		expect(await desk.acceptAnswer(set.id, 'q-cloze', { normalized: 'widen', text: 'widen' })).toBe(
			'“widen” now counts as right for question 3.'
		);
		expect(await scores()).toEqual([
			['Ana', 1],
			['Ben', 1],
			['Cai', 0]
		]);
		const stored = (await getSet(db, set.id))!;
		expect(stored.accepted).toEqual([{ questionId: 'q-cloze', normalized: 'widen', text: 'widen', at }]);
		expect(stored.set).toEqual(set);
		const page = await desk.gradebook(set.id);
		expect(page.book!.accepted).toHaveLength(1);
		expect(page.book!.items[2]!.answers[0]).toMatchObject({
			text: 'widen',
			mark: 'right',
			accepted: true,
			students: ['Ana', 'Ben']
		});
		// A result arriving later with the accepted answer is graded with it, in the report too.
		const late = await desk.importText(kishida('Dee', 'WIDEN'));
		expect(itemText(late.items[0]!)).toMatch(/1 of 3 right/);
		expect(await desk.undoAccept(set.id, 'q-cloze', 'widen')).toBe(
			'“widen” no longer counts as right for question 3.'
		);
		expect(await scores()).toEqual([
			['Ana', 0],
			['Ben', 0],
			['Cai', 0],
			['Dee', 0]
		]);
		expect((await getSet(db, set.id))!.accepted).toBeUndefined();
		expect(await desk.undoAccept(set.id, 'q-cloze', 'widen')).toBe('That answer was not accepted.');
	});

	it('reads the shelf and a gradebook, and removes a result from it', async () => {
		const desk = await setup();
		await saveBank(db, fixtureBank, 'imported', at);
		await desk.importText(encodeResult(result()));
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
		await desk.importText(encodeResult(result()));
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
