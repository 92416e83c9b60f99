import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { drawnQuestions } from '$lib/share/arrangement';
import { assignmentLink, encodeAssignment } from '$lib/share/assignment';
import { encodeResult, resultFile, resultLink, type AssignmentResult } from '$lib/share/result';
import { bankSet, overflowing, rightAnswer, seedSet, studentResult, wrongAnswer } from './grades-support';
import { test } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function path(link: string): string {
	const url = new URL(link);
	return `${url.pathname}${url.hash}`;
}

/** Answers the question on screen: the first choice, every first match, or a typed guess. */
async function answerShown(card: Locator): Promise<void> {
	const choices = card.getByRole('list', { name: 'Choices' }).getByRole('button');
	if ((await choices.count()) > 0) return choices.first().click();
	const selects = card.locator('select');
	if ((await selects.count()) > 0) {
		for (const select of await selects.all()) await select.selectOption({ index: 1 });
		return card.getByRole('button', { name: 'Save answer' }).click();
	}
	await card.getByLabel('Your answer').fill('12');
	await card.getByLabel('Your answer').press('Enter');
}

/** What the browser does when the student switches to another app: the page is hidden, then shown again. */
async function leaveAndComeBack(page: Page): Promise<void> {
	await page.evaluate(() => {
		const set = (state: DocumentVisibilityState) => {
			Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		};
		set('hidden');
		set('visible');
	});
}

const students = (page: Page) => page.getByRole('list', { name: 'Students' }).locator(':scope > li');

test('issue 12: the student sends the result through the share sheet, a copy, or a mail to the teacher', async ({
	page,
	browser,
	baseURL
}) => {
	await page.addInitScript(() => {
		const sent: ShareData[] = [];
		Object.assign(window, { sent });
		navigator.share = async (data?: ShareData) => void sent.push(data ?? {});
	});
	const set = bankSet(3, { teacherEmail: 'ms.reyes@school.example' });
	await page.goto('/');
	await page.goto(path(assignmentLink(baseURL!, set)));
	await expect(page.getByText('how often you leave this page')).toBeVisible();
	await page.getByLabel('Your name').fill('Ana López');
	await page.getByRole('button', { name: 'Start' }).click();
	const card = page.locator('article.question');
	for (let i = 1; i <= 3; i++) {
		await expect(card).toHaveAttribute('aria-label', `Question ${i} of 3`);
		if (i === 2) await leaveAndComeBack(page);
		await answerShown(card);
	}
	await page.getByRole('button', { name: 'Submit' }).click();
	const score = await page.locator('.big').innerText();
	const right = Number(/^(\d+) of 3 right$/.exec(score)?.[1]);
	const summary = `Ana López — Xi–Putin quiz: ${right}/3`;
	const link = await page.getByLabel('Result link').inputValue();
	await expect(page.getByText(summary, { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Send…' }).click();
	const sent = await page.evaluate(() => (window as unknown as { sent: ShareData[] }).sent);
	expect(sent).toEqual([{ title: 'Xi–Putin quiz: result', text: summary, url: link }]);

	await page.getByRole('button', { name: 'Copy', exact: true }).click();
	await expect(page.getByText('Copied. Paste it into a message to your teacher.')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(`${summary}\n${link}`);

	const mail = new URL((await page.getByRole('link', { name: 'Email your teacher' }).getAttribute('href'))!);
	expect(mail.protocol).toBe('mailto:');
	expect(mail.pathname).toBe('ms.reyes@school.example');
	expect(mail.searchParams.get('subject')).toBe(`Result: ${summary}`);
	expect(mail.searchParams.get('body')).toContain(`\r\n${link}\r\n`);

	// The teacher pastes the message as it arrived: graded, and the time away from the page shown.
	const teacherContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const teacher = await teacherContext.newPage();
	await seedSet(teacher, set);
	await teacher.goto(`/teach/results?id=${set.id}`);
	await teacher.getByLabel('Paste result links or codes').fill(`[30/11/2026, 14:05] Ana López: ${copied}`);
	await teacher.getByRole('button', { name: 'Add results' }).click();
	await expect(
		teacher.getByText(`Added Ana López’s result to “Xi–Putin quiz”: ${right} of 3 right.`)
	).toBeVisible();
	await expect(students(teacher)).toHaveCount(1);
	await expect(students(teacher).first()).toContainText('left the page once');
	await teacherContext.close();
});

test('issue 12: a whole chat export pasted at once adds every result in it, with one report', async ({
	page,
	baseURL
}) => {
	const set = bankSet(6);
	const other = bankSet(6, { id: 'set-elsewhere' });
	await seedSet(page, set);
	const names = ['Ana López', 'Ben Okafor', 'Cai Wen', 'Dee Moss', 'Eli Park'];
	const links = names.map((name, n) =>
		resultLink(
			baseURL!,
			studentResult(set, name, (q, i) => (i < n ? wrongAnswer(q) : rightAnswer(q)))
		)
	);
	const wrapped = links[4]!.match(/.{1,70}/g)!.join('=\r\n');
	const chat = [
		`30/11/2026, 09:01 - Ms Reyes: Quiz for Monday ${assignmentLink(baseURL!, set)}`,
		`30/11/2026, 14:05 - Ana López: ${links[0]}`,
		`30/11/2026, 14:06 - Ben Okafor: done! ${links[1]}`,
		'here it is',
		`30/11/2026, 14:07 - Cai Wen: ${links[2]} 👍`,
		`30/11/2026, 14:08 - Dee Moss: ${links[3]!.slice(0, -20)}`,
		`30/11/2026, 14:09 - Dee Moss: sorry ${links[3]}`,
		`30/11/2026, 14:10 - Fay: ${resultLink(baseURL!, studentResult(other, 'Fay', rightAnswer))}`,
		`30/11/2026, 14:11 - Gus: ${resultLink(baseURL!, studentResult(set, 'Gus', rightAnswer)).slice(0, -25)}`,
		'',
		'-- forwarded mail --',
		'Content-Transfer-Encoding: quoted-printable',
		'',
		wrapped
	].join('\n');

	await page.goto(`/teach/results?id=${set.id}`);
	await page.getByLabel('Paste result links or codes').fill(chat);
	await page.getByRole('button', { name: 'Add results' }).click();
	const report = page.locator('.report');
	await expect(report.getByText('Added 5 results · 2 refused')).toBeVisible();
	const refused = report.getByRole('list', { name: 'Refused' }).getByRole('listitem');
	await expect(refused).toHaveCount(2);
	await expect(refused.first()).toContainText('(30/11/2026, 14:10 - Fay:)');
	await expect(refused.first()).toContainText("isn't on this device");
	await expect(refused.last()).toContainText('(30/11/2026, 14:11 - Gus:)');
	await expect(refused.last()).toContainText('incomplete');
	await expect(students(page)).toHaveCount(5);
	await expect(page.getByText('5 students · average 67%')).toBeVisible();

	// The same paste again adds nothing and says so.
	await page.getByLabel('Paste result links or codes').fill(chat);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(report.getByText('Nothing new: 5 already there · 2 refused')).toBeVisible();
	await expect(students(page)).toHaveCount(5);
});

test('issue 12: many result files at once, picked or dropped, give one report', async ({ page, baseURL }) => {
	const set = bankSet(4);
	await seedSet(page, set);
	const file = (name: string) => ({
		name: `xi-putin-quiz-${name.toLowerCase()}.byline-result.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(resultFile(studentResult(set, name, rightAnswer)))
	});
	const picked = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay'].map(file);
	const chat = `[30/11/2026, 14:05:12] Gus: ${resultLink(
		baseURL!,
		studentResult(set, 'Gus', (q) => wrongAnswer(q))
	)}`;
	await page.goto(`/teach/results?id=${set.id}`);
	await page
		.getByLabel('Or open files')
		.setInputFiles([
			...picked,
			{ name: '_chat.txt', mimeType: 'text/plain', buffer: Buffer.from(chat) },
			{ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) }
		]);
	const report = page.locator('.report');
	await expect(report.getByText('Added 7 results · 1 refused')).toBeVisible();
	await expect(report.getByRole('list', { name: 'Refused' })).toHaveText(
		/photo\.jpg: No result link, code or file was found in it\./
	);
	await expect(students(page)).toHaveCount(7);

	// A real drop of three more files on the import area, as from a file manager.
	const dropped = ['Hal', 'Ivy', 'Jo'].map(file).map((f) => ({ ...f, text: f.buffer.toString() }));
	const transfer = await page.evaluateHandle((files) => {
		const data = new DataTransfer();
		for (const f of files) data.items.add(new File([f.text], f.name, { type: f.mimeType }));
		return data;
	}, dropped);
	const zone = page.getByRole('group', { name: 'Paste or drop results' });
	await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
	await zone.dispatchEvent('dragover', { dataTransfer: transfer });
	await zone.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(report.getByText('Added 3 results', { exact: true })).toBeVisible();
	await expect(students(page)).toHaveCount(10);
});

/** A class of five on a twelve-question set, with what a teacher must notice about some of the results. */
function phoneClass(set: ReturnType<typeof bankSet>): AssignmentResult[] {
	return [
		studentResult(set, 'Ana López', rightAnswer),
		studentResult(set, 'Bartholomew Featherstonehaugh-Smythe', (q, i) =>
			i % 3 === 0 ? wrongAnswer(q, 'about half a billion dollars') : rightAnswer(q)
		),
		studentResult(set, 'Cai Wen', (q, i) => (i % 2 ? wrongAnswer(q) : rightAnswer(q)), {
			accommodation: { kind: 'extra-time', timeLimitMinutes: 45 },
			leftPage: 3
		}),
		studentResult(set, 'Dee Moss', (q) => wrongAnswer(q), { attempt: 99 }),
		studentResult(set, 'Eli Park', (q, i) => (i < 6 ? rightAnswer(q) : ''))
	];
}

test('issue 12: on a phone the gradebook reads per student and per question, nothing off to the side', async ({
	page
}) => {
	const set = bankSet(12);
	await seedSet(page, set);
	await page.goto(`/teach/results?id=${set.id}`);
	await page.getByLabel('Paste result links or codes').fill(
		phoneClass(set)
			.map((r) => encodeResult(r))
			.join('\n')
	);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.report').getByText('Added 5 results')).toBeVisible();
	await expect(students(page)).toHaveCount(5);
	expect(await overflowing(page)).toEqual([]);

	// What the teacher must know shows on each student's line.
	await expect(students(page).nth(2)).toContainText('extra time (45 min)');
	await expect(students(page).nth(2)).toContainText('left the page 3 times');
	await expect(students(page).nth(3)).toContainText('attempt 99; the set allows 2');

	// A student opens to what they answered, question by question, each marked.
	await students(page).nth(1).locator('summary').click();
	const answers = page.getByRole('list', { name: 'Bartholomew Featherstonehaugh-Smythe’s answers' });
	await expect(answers.getByRole('listitem')).toHaveCount(12);
	const first = answers.getByRole('listitem').first();
	await expect(first).toContainText('✗ wrong');
	await expect(first).toContainText('“about half a billion dollars”');
	await expect(first).toContainText(`Answer: ${set.questions[0]!.answer}`);
	await expect(answers.getByRole('listitem').nth(1)).toContainText('✓ right');
	await expect(answers.getByRole('listitem').last()).toContainText(set.questions[11]!.prompt.slice(0, 20));
	expect(await overflowing(page)).toEqual([]);

	// Back at the top, the place to add more results is one tap away, however long the gradebook.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.getByRole('link', { name: 'Add results' }).click();
	await expect(page.getByLabel('Paste result links or codes')).toBeInViewport();

	// A question opens to every student's answer, grouped.
	const q1 = page.locator('#item-1');
	await q1.getByText(/^Every answer/).click();
	const groups = page.getByRole('list', { name: 'Answers to Q1' }).getByRole('listitem');
	await expect(groups.first()).toContainText('Ana López');
	await expect(groups.filter({ hasText: 'about half a billion dollars' })).toContainText('Bartholomew');
	expect(await overflowing(page)).toEqual([]);
});

test('issue 12: accepting a near-miss re-grades every student who gave it, is kept, exported, and undone', async ({
	page
}) => {
	const set = bankSet(4);
	const typed = set.questions[0]!;
	expect(['figure-typed', 'date-typed']).toContain(typed.type);
	await seedSet(page, set);
	const results = [
		studentResult(set, 'Ana', rightAnswer),
		studentResult(set, 'Ben', (q, i) => (i === 0 ? 'Four hundred seventy milion' : rightAnswer(q))),
		studentResult(set, 'Cai', (q, i) => (i === 0 ? 'four hundred  seventy milion.' : wrongAnswer(q))),
		studentResult(set, 'Dee', (q, i) => (i === 0 ? 'a lot' : rightAnswer(q)))
	];
	await page.goto(`/teach/results?id=${set.id}`);
	await page.getByLabel('Paste result links or codes').fill(results.map((r) => encodeResult(r)).join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	const scores = () => students(page).locator('.score').allInnerTexts();
	await expect.poll(scores).toEqual(['4/4 (100%)', '3/4 (75%)', '0/4 (0%)', '3/4 (75%)']);

	await page
		.locator('#item-1')
		.getByText(/^Every answer/)
		.click();
	const accept = page.getByRole('button', { name: 'Count “Four hundred seventy milion” as right' });
	await accept.click();
	await expect(page.getByRole('status').filter({ hasText: 'now counts as right' })).toHaveText(
		'“Four hundred seventy milion” now counts as right for question 1. 2 students’ scores changed.'
	);
	await expect.poll(scores).toEqual(['4/4 (100%)', '4/4 (100%)', '1/4 (25%)', '3/4 (75%)']);
	const undo = page.getByRole('button', { name: 'Undo accepting “Four hundred seventy milion”' }).last();
	await expect(undo).toBeFocused();

	// Kept with the set: after a reload it is still counted, listed, and in the CSV.
	await page.reload();
	await expect.poll(scores).toEqual(['4/4 (100%)', '4/4 (100%)', '1/4 (25%)', '3/4 (75%)']);
	await expect(page.getByText('Also counted as right:')).toBeVisible();
	await expect(page.getByText('Q1: “Four hundred seventy milion”')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
	expect(csv).toHaveLength(6);
	expect(csv[0]).toMatch(/^Student,Attempts,Started,Submitted,Right,Out of,Percent,/);
	expect(csv[2]).toMatch(/^Ben,1,\d{4}-\d\d-\d\d \d\d:\d\d,\d{4}-\d\d-\d\d \d\d:\d\d,4,4,100,/);
	expect(csv[2]).toContain(',Four hundred seventy milion (accepted),');

	await page
		.getByRole('button', { name: /^Undo accepting/ })
		.first()
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'no longer counts' })).toHaveText(
		'“Four hundred seventy milion” no longer counts as right for question 1. 2 students’ scores changed.'
	);
	await expect.poll(scores).toEqual(['4/4 (100%)', '3/4 (75%)', '0/4 (0%)', '3/4 (75%)']);
	await expect(page.getByText('Also counted as right:')).toHaveCount(0);
});

test('issue 12: a result shared to the installed app from a chat is added (share target)', async ({
	page,
	baseURL
}) => {
	const set = bankSet(3);
	await seedSet(page, set);
	const link = resultLink(baseURL!, studentResult(set, 'Ana', rightAnswer));
	await page.goto(`/r?text=${encodeURIComponent(`Ana — Xi–Putin quiz: 3/3\n${link}`)}`);
	await expect(page.getByText('Added Ana’s result to “Xi–Putin quiz”: 3 of 3 right.')).toBeVisible();
	await page.goto(`/r#${encodeAssignment(set)}`);
	await expect(page.getByRole('alert')).toContainText('This is an assignment, not a result');
});

test('issue 12: in a set that draws 8 of 12, the gradebook counts 8 for each student and marks the rest not asked', async ({
	page
}) => {
	const set = bankSet(12, { draw: 8 });
	await seedSet(page, set);
	// The student's app sends answers to the 8 questions drawn for their seed; the others were never shown.
	const drawn = drawnQuestions(set, 11).map((q) => q.id);
	const result = studentResult(set, 'Ana López', rightAnswer, { seed: 11 });
	result.answers = result.answers.filter((answer) => drawn.includes(answer.questionId));
	await page.goto(`/teach/results?id=${set.id}`);
	await page.getByLabel('Paste result links or codes').fill(encodeResult(result));
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText('Added Ana López’s result to “Xi–Putin quiz”: 8 of 8 right.')).toBeVisible();
	await expect(students(page).first().locator('.score')).toHaveText('8/8 (100%)');
	await expect(page.getByText('an empty box: not asked')).toBeVisible();
	await students(page).first().locator('summary').click();
	const answers = page.getByRole('list', { name: 'Ana López’s answers' }).getByRole('listitem');
	await expect(answers).toHaveCount(12);
	await expect(answers.filter({ hasText: 'Not asked' })).toHaveCount(4);
	await expect(answers.filter({ hasText: '✓ right' })).toHaveCount(8);
});

test('issue 12: axe finds no violations in a full gradebook: notes, a student and a question opened, an accepted answer', async ({
	page
}) => {
	const set = bankSet(12);
	await seedSet(page, set);
	await page.goto(`/teach/results?id=${set.id}`);
	await page.getByLabel('Paste result links or codes').fill(
		phoneClass(set)
			.map((r) => encodeResult(r))
			.join('\n')
	);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(students(page)).toHaveCount(5);
	await page
		.locator('#item-1')
		.getByText(/^Every answer/)
		.click();
	await page.getByRole('button', { name: 'Count “about half a billion dollars” as right' }).click();
	await expect(page.getByText('Also counted as right:')).toBeVisible();
	await students(page).nth(1).locator('summary').click();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	}
});
