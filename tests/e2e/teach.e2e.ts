import AxeBuilder from '@axe-core/playwright';
import {
	devices,
	expect,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';
import { zlibSync } from 'fflate';
import { openApp, test, waitForServiceWorker } from './support';

/** A context like the config's default one: same device, same base URL, its own storage. */
async function newContext(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
	return browser.newContext({
		...devices['Pixel 7'],
		baseURL,
		serviceWorkers: 'allow',
		viewport: { width: 390, height: 844 },
		permissions: ['clipboard-read', 'clipboard-write']
	});
}

/** Fails the test if anything on the page opens a dialog: injected script would. */
function noDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return dialogs;
}

async function buildSet(page: Page, title: string, count: number): Promise<string> {
	await page.goto('/teach');
	await page.getByRole('link', { name: 'New set' }).click();
	const list = page.getByRole('list', { name: 'Matching questions' });
	await expect(list.getByRole('checkbox').first()).toBeVisible();
	await page.getByLabel('Title').fill(title);
	for (let i = 0; i < count; i++)
		await list
			.getByRole('checkbox')
			.nth(i * 3)
			.check();
	await expect(page.getByRole('button', { name: new RegExp(`^${count} in the set`) })).toBeVisible();
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Share a set' })).toBeVisible();
	await expect(page.getByRole('img', { name: /QR code of the assignment link/ })).toBeVisible();
	return page.getByLabel('Assignment link').inputValue();
}

/** Answers whatever kind of question is on screen: the first choice, every first match, or a typed guess. */
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

function path(link: string): string {
	const url = new URL(link);
	return `${url.pathname}${url.hash}`;
}

test('a teacher assigns by link, a student takes it offline, the teacher grades the result once', async ({
	page: teacher,
	browser,
	baseURL
}) => {
	const teacherDialogs = noDialogs(teacher);
	await openApp(teacher, '/teach');
	const link = await buildSet(teacher, 'Moscow summit check', 4);
	expect(new URL(link).pathname).toBe('/a');

	const studentContext = await newContext(browser, baseURL);
	const first = await studentContext.newPage();
	await openApp(first);
	await waitForServiceWorker(first);
	await first.close();
	await studentContext.setOffline(true);

	const student = await studentContext.newPage();
	const studentDialogs = noDialogs(student);
	await student.goto(path(link));
	await expect(student.getByRole('heading', { level: 1, name: 'Moscow summit check' })).toBeVisible();
	await expect(student.getByText('Questions', { exact: true })).toBeVisible();
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByText('Type your name')).toBeVisible();
	await student.getByLabel('Your name').fill('Ana López');
	await student.getByRole('button', { name: 'Start' }).click();

	const card = student.locator('article.question');
	await expect(card).toHaveAttribute('aria-label', 'Question 1 of 4');
	await answerShown(card);
	await expect(card).toHaveAttribute('aria-label', 'Question 2 of 4');
	await answerShown(card);
	await expect(card).toHaveAttribute('aria-label', 'Question 3 of 4');

	// Closing the tab mid-way loses nothing: the same link resumes at the next question.
	await student.close();
	const resumed = await studentContext.newPage();
	noDialogs(resumed);
	await resumed.goto(path(link));
	await expect(resumed.getByText('you have answered 2 of 4')).toBeVisible();
	await resumed.getByRole('button', { name: 'Resume' }).click();
	const again = resumed.locator('article.question');
	await expect(again).toHaveAttribute('aria-label', 'Question 3 of 4');
	await answerShown(again);
	await expect(again).toHaveAttribute('aria-label', 'Question 4 of 4');
	await answerShown(again);
	await expect(resumed.getByRole('heading', { name: 'Ready to submit?' })).toBeVisible();
	await resumed.getByRole('button', { name: 'Submit' }).click();
	await expect(resumed.getByRole('heading', { name: /submitted/ })).toBeVisible();
	const score = await resumed.locator('.big').innerText();
	const right = Number(/^(\d+) of 4 right$/.exec(score)?.[1]);
	expect(right).toBeGreaterThanOrEqual(0);
	await expect(resumed.getByRole('heading', { name: 'Your answers' })).toBeVisible();
	const resultLink = await resumed.getByLabel('Result link').inputValue();
	expect(new URL(resultLink).pathname).toBe('/r');

	await teacher.goto(path(resultLink));
	await expect(
		teacher.getByText(`Added Ana López’s result to “Moscow summit check”: ${right} of 4 right.`)
	).toBeVisible();
	await teacher.getByRole('link', { name: 'Open the gradebook' }).click();
	const rows = teacher.getByRole('list', { name: 'Students' }).locator(':scope > li');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('Ana López');
	await expect(rows.first()).toContainText(`${right}/4`);
	await rows.first().locator('summary').click();
	const marks = await teacher
		.getByRole('list', { name: 'Ana López’s answers' })
		.getByRole('listitem')
		.allInnerTexts();
	expect(marks).toHaveLength(4);
	marks.forEach((mark, i) => expect(mark).toMatch(new RegExp(`^Q${i + 1}\\s[^]*(right|wrong|no answer)`)));
	expect(marks.filter((mark) => mark.includes('✓ right'))).toHaveLength(right);
	await expect(teacher.getByText(/Results are self-reported/)).toBeVisible();

	await teacher.goto(path(resultLink));
	await expect(teacher.getByText(/already in the gradebook; it counts once/)).toBeVisible();
	await teacher.getByRole('link', { name: 'Open the gradebook' }).click();
	await expect(rows).toHaveCount(1);

	await rows.first().locator('summary').click();
	await teacher.getByRole('button', { name: 'Remove Ana López’s result' }).click();
	await teacher
		.getByRole('group', { name: 'Remove Ana López’s result?' })
		.getByRole('button', { name: 'Remove' })
		.click();
	await expect(teacher.getByText(/No results yet/)).toBeVisible();

	expect(teacherDialogs).toEqual([]);
	expect(studentDialogs).toEqual([]);
	await studentContext.close();
});

test('a garbled, truncated or other-kind link says what is wrong and never hangs', async ({ page }) => {
	await openApp(page, '/teach');
	const link = await buildSet(page, 'Short set', 2);
	const code = new URL(link).hash.slice(1);
	const cases: [string, RegExp][] = [
		[`/a#${code.slice(0, code.length - 40)}`, /incomplete/],
		['/a#b1a.!!!!not-base64!!!!', /damaged/],
		['/a#hello-there', /isn't a Byline assignment link/],
		[`/a#b1r.${code.slice(4)}`, /student’s result|student's result/],
		[`/r#${code}`, /This is an assignment, not a result/],
		[`/r#${code.replace(/^b\d+a\./, 'b1r.').slice(0, 60)}`, /incomplete/]
	];
	for (const [target, message] of cases) {
		await page.goto('/');
		await page.goto(target);
		await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
	}
});

/** A set with the XSS corpus in its title, instructions and question, encoded as the app does (zlib, base64url). */
function hostileLink(): string {
	const evil = [
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'<svg onload=alert(1)>'
	];
	const set = {
		id: 'set-xss',
		title: `<img src=x onerror=alert(1)> quiz`,
		instructions: '<script>alert(1)</script>',
		attemptsAllowed: 1,
		showAnswers: true,
		order: 'fixed',
		questions: [
			{
				id: 'q1',
				factId: 'f1',
				type: 'who-said',
				prompt: `Who said <svg onload=alert(1)>?`,
				choices: evil,
				answer: evil[1],
				explanation: 'javascript:alert(1)',
				evidence: { start: 0, end: 10 },
				evidenceText: '<img src=x onerror=alert(1)> said it.'
			}
		],
		createdAt: 0
	};
	const bytes = zlibSync(new TextEncoder().encode(JSON.stringify(set)), { level: 9 });
	return `/a#b1a.${Buffer.from(bytes).toString('base64url')}`;
}

test('hostile text in a set renders as text, and a student can still take it', async ({ page }) => {
	const dialogs = noDialogs(page);
	await openApp(page);
	await page.goto(hostileLink());
	await expect(
		page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)> quiz' })
	).toBeVisible();
	await expect(page.getByText('<script>alert(1)</script>')).toBeVisible();
	await page.getByLabel('Your name').fill('<b>Eve</b>');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Who said <svg onload=alert(1)>?')).toBeVisible();
	await page.getByRole('button', { name: '<img src=x onerror=alert(1)>' }).click();
	await page.getByRole('button', { name: 'Submit' }).click();
	await expect(page.getByText('1 of 1 right')).toBeVisible();
	await expect(page.locator('main img:not(.qr)')).toHaveCount(0);
	await expect(page.locator('main script, main svg[onload]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

// Light and dark are a test each, so that the two workers can take one each.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations on Teach, its sub-pages, the assignment and the result pages, in ${colorScheme}`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await openApp(page, '/teach');
		const link = await buildSet(page, 'Axe check', 3);
		const shareUrl = page.url();
		const id = new URL(shareUrl).searchParams.get('id');
		const pages = [
			'/teach',
			`/teach/set?id=${id}`,
			shareUrl,
			`/teach/results?id=${id}`,
			`/teach/print?id=${id}`,
			path(link),
			'/a',
			'/r'
		];
		for (const target of pages) {
			await page.goto('/');
			await page.goto(target);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations,
				`${colorScheme} ${target}: ${results.violations.map((v) => v.id).join(', ')}`
			).toEqual([]);
		}
		await page.goto(path(link));
		await page.getByLabel('Your name').fill('Axe');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.locator('article.question')).toBeVisible();
		const question = await new AxeBuilder({ page }).analyze();
		expect(question.violations.map((v) => v.id)).toEqual([]);
		await page.getByRole('button', { name: 'Review and submit' }).click();
		await page.getByRole('button', { name: 'Submit' }).click();
		await expect(page.getByRole('heading', { name: /submitted/ })).toBeVisible();
		const done = await new AxeBuilder({ page }).analyze();
		expect(done.violations.map((v) => v.id)).toEqual([]);
	});
}

test('issue 5: on a phone the gradebook fits, reteach links lead to the question, removal keeps focus', async ({
	page
}) => {
	await openApp(page, '/teach');
	const link = await buildSet(page, 'Phone gradebook', 5);
	await page.goto(path(link));
	await page.getByLabel('Your name').fill('Bartholomew Featherstonehaugh-Smythe');
	await page.getByRole('button', { name: 'Start' }).click();
	const card = page.locator('article.question');
	for (let i = 1; i <= 5; i++) {
		await expect(card).toHaveAttribute('aria-label', `Question ${i} of 5`);
		await answerShown(card);
	}
	await page.getByRole('button', { name: 'Submit' }).click();
	await page.goto(path(await page.getByLabel('Result link').inputValue()));
	await page.getByRole('link', { name: 'Open the gradebook' }).click();
	const rows = page.getByRole('list', { name: 'Students' }).locator(':scope > li');
	await expect(rows).toHaveCount(1);

	const width = () =>
		page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
	const [scrollWidth, clientWidth] = await width();
	expect(scrollWidth).toBe(clientWidth);

	const reteach = page.getByRole('region', { name: 'Reteach' }).getByRole('link').first();
	if ((await reteach.count()) > 0) {
		const number = (await reteach.innerText()).trim();
		await reteach.click();
		const item = page.locator(`#item-${number.slice(1)}`);
		await expect(item).toBeInViewport();
		await expect(item).toContainText(number);
	}

	// Removing a result from the keyboard: focus follows the confirmation and lands back on the gradebook.
	await rows.first().locator('summary').click();
	const remove = page.getByRole('button', { name: /^Remove\W+Bartholomew/ });
	await remove.focus();
	await page.keyboard.press('Enter');
	const confirm = page.getByRole('group', { name: /Remove Bartholomew/ });
	await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(remove).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByText(/No results yet/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Gradebook', exact: true })).toBeFocused();
});

test('issue 5: the QR code goes full screen for a projector, and the set details never overlap', async ({
	page
}) => {
	for (const width of [1280, 1024, 768]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/teach/set');
		await expect(page.getByLabel('Title')).toBeVisible();
		await page.locator('summary', { hasText: 'Options' }).click();
		const boxes = await Promise.all(
			['Due (optional)', 'Time limit in minutes (optional)', 'Attempts allowed'].map((label) =>
				page.getByLabel(label).boundingBox()
			)
		);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!, boxes[j]!];
				const apart =
					a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart, `fields ${i} and ${j} overlap at ${width}px`).toBe(true);
			}
	}

	await page.setViewportSize({ width: 1280, height: 800 });
	await openApp(page, '/teach');
	await buildSet(page, 'Projector', 3);
	const small = await page.getByRole('img', { name: /QR code of the assignment link/ }).boundingBox();
	await page.getByRole('button', { name: 'Show full screen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Projector' });
	await expect(dialog).toBeVisible();
	const big = await dialog.getByRole('img').boundingBox();
	expect(big!.height).toBeGreaterThan(small!.height * 1.8);
	await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('issue 5: a student’s review-and-submit list fits a phone and shows unanswered questions', async ({
	page
}) => {
	await openApp(page, '/teach');
	const link = await buildSet(page, 'Phone summary', 5);
	await page.goto(path(link));
	await page.getByLabel('Your name').fill('Ana');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.locator('article.question')).toHaveAttribute('aria-label', 'Question 1 of 5');
	await answerShown(page.locator('article.question'));
	await expect(page.locator('article.question')).toHaveAttribute('aria-label', 'Question 2 of 5');
	await page.getByRole('button', { name: 'Review and submit' }).click();
	const overview = page.getByRole('list').filter({ hasText: 'Question 1' });
	await expect(overview.getByRole('button')).toHaveCount(5);
	await expect(overview.getByRole('button', { name: 'Question 1 answered' })).toBeVisible();
	await expect(overview.getByRole('button', { name: 'Question 5 no answer' })).toBeVisible();
	for (const button of await overview.getByRole('button').all()) {
		const clipped = await button.evaluate(
			(el) =>
				el.scrollWidth > el.clientWidth ||
				[...el.children].some(
					(child) => child.getBoundingClientRect().right > el.getBoundingClientRect().right
				)
		);
		expect(clipped).toBe(false);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('issue 5: a save refused at the foot of a long set page takes the teacher to what to fix', async ({
	page
}) => {
	await openApp(page, '/teach/set');
	const list = page.getByRole('list', { name: 'Matching questions' });
	await page.getByLabel('Title').fill('');
	await list.getByRole('checkbox').nth(20).check();
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(page.getByLabel('Title')).toBeFocused();
	await expect(page.getByText('Give the set a title; students see it first.')).toBeInViewport();

	await page.getByLabel('Title').fill('Nothing picked');
	await page.getByRole('button', { name: /^1 in the set/ }).click();
	await page.getByRole('button', { name: 'Remove question 1' }).click();
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(page.getByRole('button', { name: /^0 in the set/ })).toBeFocused();
	await expect(page.getByText('Pick at least one question.')).toBeInViewport();
	await expect(page.getByRole('heading', { level: 1, name: 'New set' })).toBeVisible();
});

test('issue 5: deleting a set from the keyboard never drops focus to the top of the page', async ({
	page
}) => {
	await openApp(page, '/teach');
	await buildSet(page, 'Keyboard delete', 2);
	await page.goto('/teach');
	const remove = page.getByRole('button', { name: /^Delete\W+Keyboard delete$/ });
	await remove.focus();
	await page.keyboard.press('Enter');
	const confirm = page.getByRole('group', { name: 'Confirm deleting Keyboard delete' });
	await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(confirm).toBeHidden();
	await expect(remove).toBeFocused();

	await page.keyboard.press('Enter');
	await page.keyboard.press('Shift+Tab');
	await expect(confirm.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Deleted “Keyboard delete”.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your sets' })).toBeFocused();
});

test('issue 5: the assignment’s details read as sentences: past due, 1 minute', async ({ page }) => {
	await openApp(page, '/teach/set');
	const list = page.getByRole('list', { name: 'Matching questions' });
	await page.getByLabel('Title').fill('Late and timed');
	await list.getByRole('checkbox').first().check();
	await page.locator('summary', { hasText: 'Options' }).click();
	await page.getByLabel('Due (optional)').fill('2026-01-05T09:00');
	await page.getByLabel('Time limit in minutes (optional)').fill('1');
	await page.getByLabel('Attempts allowed').fill('2');
	await page.getByRole('button', { name: 'Save and share' }).click();
	const link = await page.getByLabel('Assignment link').inputValue();

	await page.goto(path(link));
	const about = page.getByRole('region', { name: 'About this assignment' });
	await expect(about.getByRole('definition').nth(1)).toHaveText(/\S\s\(past due: you can still submit\)$/);
	await expect(about.getByRole('definition').nth(2)).toHaveText('1 minute, from when you start');
	await expect(about.getByRole('definition').last()).toHaveText('2');
});

test('issue 5: where the phone has a share sheet, the link can be sent through it', async ({ page }) => {
	await page.addInitScript(() => {
		const sent: ShareData[] = [];
		Object.assign(window, { sent });
		navigator.share = async (data?: ShareData) => void sent.push(data ?? {});
	});
	await openApp(page, '/teach');
	const link = await buildSet(page, 'Send it', 2);
	await page.getByRole('button', { name: 'Send…' }).click();
	const sent = await page.evaluate(() => (window as unknown as { sent: ShareData[] }).sent);
	expect(sent).toEqual([{ title: 'Send it', text: 'Quiz: Send it', url: link }]);
});

test('issue 5: the printed worksheet leaves out the app’s default instructions but keeps a teacher’s own', async ({
	page
}) => {
	await openApp(page, '/teach');
	await buildSet(page, 'Paper copy', 2);
	await page.getByRole('link', { name: 'Printable worksheet' }).click();
	const sheet = page.getByRole('article', { name: 'Worksheet' });
	await expect(sheet.getByRole('heading', { name: 'Paper copy' })).toBeVisible();
	await expect(sheet).not.toContainText('before you submit');

	await page.getByRole('link', { name: 'Back to sharing' }).click();
	await page.getByRole('link', { name: 'Edit' }).click();
	await page.getByLabel('Instructions').fill('Circle one answer for each question.');
	await page.getByRole('button', { name: 'Save as a new set' }).click();
	await page.getByRole('link', { name: 'Printable worksheet' }).click();
	await expect(sheet).toContainText('Circle one answer for each question.');
});

test('issue 10: after a link that cannot be opened, “Open another assignment” shows where to paste one, and a pasted link opens', async ({
	page
}) => {
	await openApp(page, '/teach');
	const link = await buildSet(page, 'Second try', 2);
	await page.goto('/');
	await page.goto('/a#b1a.not-a-real-payload');
	await expect(page.getByRole('alert').filter({ hasText: 'can’t be opened' })).toBeVisible();
	await page.getByRole('link', { name: 'Open another assignment' }).click();
	await expect(page.getByLabel('Paste an assignment link or code')).toBeVisible();
	await expect(page.getByText('can’t be opened')).toHaveCount(0);
	await page.getByLabel('Paste an assignment link or code').fill(link);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Second try' })).toBeVisible();
});
