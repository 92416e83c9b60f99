import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/universal';
import {
	all,
	manifestProblems,
	parseXml,
	qti12Problems,
	qti21Problems,
	readZip
} from '../../src/lib/share/export/package-checks';
import { KAHOOT } from '../../src/lib/share/export/kahoot';
import { QUESTIONS, XSS, hostile, makeSet } from '../../src/lib/share/test-fixtures';
import { bundledBank } from './study-support';
import { openApp, test, waitForServiceWorker } from './support';

/** Chooses a format, presses Download and returns the file the browser saved. */
async function downloadAs(page: Page, section: Locator, label: string) {
	await section.getByLabel('Format').selectOption({ label });
	const downloading = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Download' }).click();
	const download = await downloading;
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** The address of every script the page asks for, as it asks: a body served by the service worker cannot be read. */
function scriptsLoaded(page: Page): string[] {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	return scripts;
}

/** The built chunk that holds write-excel-file, found by its own text: the part it writes for the sheet's strings. */
function spreadsheetWriter(): string {
	const dir = 'build/_app/immutable/chunks';
	const name = readdirSync(dir).find((file) =>
		readFileSync(join(dir, file), 'utf8').includes('xl/sharedStrings.xml')
	);
	if (!name) throw new Error(`no chunk in ${dir} holds the spreadsheet writer`);
	return `/_app/immutable/chunks/${name}`;
}

async function sheetRows(bytes: Uint8Array) {
	const sheets = (await readXlsxFile(new Blob([new Uint8Array(bytes)]))) as unknown as {
		data: (string | number | null)[][];
	}[];
	return sheets[0]!.data.slice(KAHOOT.firstRow - 1).filter((row) => row[1] !== null);
}

test('issue 12: a deck downloads for Canvas, QTI 2.1 LMSs, Kahoot and Quizlet, with what did not fit listed', async ({
	page
}) => {
	const scripts = scriptsLoaded(page);
	await openApp(page, '/teach');
	const section = page.getByRole('region', { name: 'Export a deck' });
	await expect(section.getByLabel('Deck')).not.toHaveValue('');

	const canvas = await downloadAs(page, section, 'Canvas (QTI 1.2 .zip)');
	const saved = /Saved (\d+) questions/.exec((await page.locator('.status').textContent()) ?? '');
	const count = Number(saved?.[1]);
	expect(count).toBe(bundledBank.questions.length);
	expect(canvas.name).toMatch(/\.canvas-qti\.zip$/);
	const canvasFiles = readZip(canvas.bytes);
	expect(manifestProblems(canvasFiles)).toEqual([]);
	expect(qti12Problems(canvasFiles)).toEqual([]);
	const assessment = Object.entries(canvasFiles).find(([path]) => /\/byline-[^/]+\.xml$/.test(path))![1];
	expect(all(parseXml(assessment), 'item')).toHaveLength(count);
	await expect(section.getByText('Canvas: Settings → Import course content → QTI .zip file')).toBeVisible();
	await expect(section.getByText(/questions in the file, but graded differently there/)).toBeVisible();

	const qti = await downloadAs(page, section, 'Blackboard, D2L, Moodle QTI (QTI 2.1 .zip)');
	expect(qti.name).toMatch(/\.qti21\.zip$/);
	const qtiFiles = readZip(qti.bytes);
	expect(manifestProblems(qtiFiles)).toEqual([]);
	expect(qti21Problems(qtiFiles)).toEqual([]);
	expect(Object.keys(qtiFiles).filter((path) => path.startsWith('items/'))).toHaveLength(count);

	// The spreadsheet writer arrives with the first Kahoot export, not with the page.
	const writer = spreadsheetWriter();
	expect(scripts).not.toContain(writer);
	const kahoot = await downloadAs(page, section, 'Kahoot (.xlsx)');
	expect(scripts).toContain(writer);
	expect(kahoot.name).toMatch(/\.kahoot\.xlsx$/);
	const rows = await sheetRows(kahoot.bytes);
	expect(rows.length).toBeGreaterThan(0);
	for (const row of rows) {
		expect(String(row[1]).length).toBeLessThanOrEqual(KAHOOT.questionChars);
		for (const answer of row.slice(2, 6).filter((cell) => cell !== null))
			expect(String(answer).length).toBeLessThanOrEqual(KAHOOT.answerChars);
	}
	await expect(page.locator('.status')).toContainText(`Saved ${rows.length} of ${count} questions`);
	const leftOut = section.getByText(/questions? not in the file/);
	await expect(leftOut).toHaveText(`${count - rows.length} questions not in the file`);
	await leftOut.click();
	await expect(section.getByText(/Kahoot takes 120/).first()).toBeVisible();

	const quizlet = await downloadAs(page, section, 'Quizlet');
	const terms = quizlet.bytes
		.toString('utf8')
		.trimEnd()
		.split('\n')
		.map((line) => line.split('\t')[0]!.toLowerCase());
	expect(new Set(terms).size).toBe(terms.length);
	// A format that left nothing out shows no list.
	await expect(section.getByText(/not in the file|graded differently/)).toHaveCount(0);
});

test('issue 12: a set with hostile text exports to each new format as text', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const evil = XSS[0];
	const set = makeSet(
		QUESTIONS.map((question) => hostile(question, evil)),
		{ id: 'set-hostile-export', title: `${XSS[1]} quiz` }
	);
	await openApp(page, '/teach');
	await page.evaluate(
		async (record) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('byline');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const tx = db.transaction('sets', 'readwrite');
			tx.objectStore('sets').put(record);
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ id: set.id, set, sources: {}, updatedAt: Date.now() }
	);
	await page.goto(`/teach/share?id=${set.id}`);
	const section = page.getByRole('region', { name: 'Export for other tools' });
	const prompt = `${evil} ${QUESTIONS[0]!.prompt}`;

	const canvas = readZip((await downloadAs(page, section, 'Canvas (QTI 1.2 .zip)')).bytes);
	expect(qti12Problems(canvas)).toEqual([]);
	const assessment = Object.entries(canvas).find(([path]) => /\/byline-[^/]+\.xml$/.test(path))![1];
	const texts = all(parseXml(assessment), 'mattext').map((element) => element.textContent);
	expect(texts).toContain(prompt);
	await expect(section.getByText('3 questions')).toBeVisible();

	const qti = readZip((await downloadAs(page, section, 'Blackboard, D2L, Moodle QTI (QTI 2.1 .zip)')).bytes);
	expect(qti21Problems(qti)).toEqual([]);
	expect(all(parseXml(qti['items/q001.xml']!), 'prompt')[0]!.textContent).toBe(prompt);

	const rows = await sheetRows((await downloadAs(page, section, 'Kahoot (.xlsx)')).bytes);
	expect(rows.map((row) => row[1])).toContain(prompt);
	await expect(section.getByText('5 questions not in the file')).toBeVisible();
	await expect(section.getByText(/Q3 “<script>alert\(1\)<\/script> Fill in the blank/)).toBeVisible();

	// The QR codes are the page's only images: none came from the set's text.
	await expect(page.locator('main script, main img:not(.qr)')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('issue 12: offline, the LMS formats still export: their writers are precached', async ({
	page,
	context
}) => {
	await openApp(page, '/teach');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	const section = page.getByRole('region', { name: 'Export a deck' });
	await expect(section.getByLabel('Deck')).not.toHaveValue('');
	const kahoot = await downloadAs(page, section, 'Kahoot (.xlsx)');
	expect((await sheetRows(kahoot.bytes)).length).toBeGreaterThan(0);
	const qti = readZip((await downloadAs(page, section, 'Blackboard, D2L, Moodle QTI (QTI 2.1 .zip)')).bytes);
	expect(qti21Problems(qti)).toEqual([]);
});
