import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { openApp, test } from './support';
import { bundledBank } from './study-support';

/** Whether a click at the element's centre would reach it, not whatever is drawn over it. */
function reachable(element: Locator): Promise<boolean> {
	return element.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
	});
}

/** What a teacher can put in a set from the shipped deck (flashcards are for studying alone), up to 25. */
const SHIPPED_IN_ONE_CODE = Math.min(25, bundledBank.questions.filter((q) => q.type !== 'flashcard').length);

function countButton(page: Page, count: number | string): Locator {
	return page
		.getByRole('group', { name: 'Your set' })
		.getByRole('button', { name: new RegExp(`^${count} in the set`) });
}

test('issue 12: on a phone the set’s count and list stay in reach, filters fold away, and the bar never covers a checkbox', async ({
	page
}) => {
	await openApp(page, '/teach/set');
	const list = page.getByRole('list', { name: 'Matching questions' });
	const boxes = list.getByRole('checkbox');
	await expect(boxes.first()).toBeVisible();

	// Filters are folded: the list starts near the top of a phone's screen, and they open from the keyboard.
	const decks = page.getByRole('group', { name: 'From decks' });
	await expect(decks).toBeHidden();
	await page.locator('summary', { hasText: 'Filters' }).focus();
	await page.keyboard.press('Enter');
	await expect(decks).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(decks).toBeHidden();

	for (let i = 0; i < 10; i++) await boxes.nth(i).check();
	// Without scrolling anywhere, the count is on screen and nothing is drawn over it.
	await expect(countButton(page, 10)).toBeInViewport({ ratio: 1 });
	expect(await reachable(countButton(page, 10))).toBe(true);

	// Every checkbox the keyboard reaches is scrolled clear of the bar: a tap at its centre ticks it.
	await boxes.first().focus();
	const total = await boxes.count();
	expect(total).toBeGreaterThanOrEqual(20);
	for (let i = 1; i < total; i++) {
		await page.keyboard.press('Tab');
		await expect(boxes.nth(i)).toBeFocused();
		expect(await reachable(boxes.nth(i)), `checkbox ${i + 1} is under the bar`).toBe(true);
	}
	await page.keyboard.press('Space');
	await expect(countButton(page, 11)).toBeInViewport({ ratio: 1 });

	// Scrolled to as a browser scrolls a found item into view, the last checkbox stays clear of the bar too.
	await boxes.last().evaluate((el) => el.scrollIntoView({ block: 'end' }));
	expect(await reachable(boxes.last()), 'the last checkbox is under the bar').toBe(true);

	// The count opens the list of chosen questions, from the keyboard, and focus comes back to it.
	await countButton(page, 11).focus();
	await page.keyboard.press('Enter');
	const sheet = page.getByRole('dialog', { name: /^In this set/ });
	await expect(sheet).toBeVisible();
	await expect(sheet.getByRole('listitem')).toHaveCount(11);
	await sheet.getByRole('button', { name: 'Remove question 11' }).click();
	await expect(sheet.getByRole('heading', { name: 'In this set (10)' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();
	await expect(countButton(page, 10)).toBeFocused();

	// The teacher's address for results, in the folded options, travels with the set.
	await page.getByLabel('Title').fill('Phone-built set');
	await page.locator('summary', { hasText: 'Options' }).click();
	await page.getByLabel('Your email (for students’ results)').fill('teacher@school.example');
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Share a set' })).toBeVisible();
	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByLabel('Your email (for students’ results)')).toHaveValue('teacher@school.example');
});

/** Another article than the shipped deck's: its questions are in no copy of Byline, so a link carries them. */
const article = readFileSync('questions/test-articles/resistant-infections-report.txt', 'utf8');

async function importArticle(page: Page): Promise<void> {
	await page.goto('/import');
	await page.getByLabel('Article text').fill(article);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({
		timeout: 60_000
	});
	await page.getByRole('button', { name: /^Save \d+ questions$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Deck saved' })).toBeVisible();
}

async function addAtRandom(page: Page, count: number): Promise<void> {
	await page.getByLabel('Add at random').fill(String(count));
	await page.getByRole('button', { name: 'Add', exact: true }).click();
}

test('issue 12: the builder says how many fit one QR code while choosing; 25 from the shipped deck (or all it has) fit one', async ({
	page
}) => {
	await openApp(page, '/teach/set');
	await page.getByLabel('Title').fill('Twenty-five by reference');
	await expect(
		page.getByRole('list', { name: 'Matching questions' }).getByRole('checkbox').first()
	).toBeVisible();
	await addAtRandom(page, SHIPPED_IN_ONE_CODE);
	await expect(countButton(page, SHIPPED_IN_ONE_CODE)).toContainText('Fits one QR code');
	await page.getByRole('button', { name: 'Save and share' }).click();
	const qr = page.getByRole('img', { name: /QR code of the assignment link/ });
	await expect(qr).toBeVisible();
	const said = page.getByText(new RegExp(`^One code for all ${SHIPPED_IN_ONE_CODE} questions`));
	await expect(said).toBeVisible();
	const link = await page.getByLabel('Assignment link').inputValue();
	expect(link).toMatch(/\/a#b2a\./);
	console.log(
		`${SHIPPED_IN_ONE_CODE} shipped questions by reference, on the share page: ${await said.textContent()}`
	);

	// Questions from an imported deck travel in full: the bar says how many are too many before saving.
	await importArticle(page);
	await page.goto('/teach/set');
	await page.getByLabel('Title').fill('Thirty in full');
	await page.locator('summary', { hasText: 'Filters' }).click();
	await page
		.getByRole('group', { name: 'From decks' })
		.getByRole('checkbox', { name: /Xi and Putin/ })
		.uncheck();
	await page.getByRole('button', { name: /^Add all \d+$/ }).click();
	const bar = countButton(page, '\\d+');
	await expect(bar).toContainText(/\d+ too many for one QR code/);
	const barText = (await bar.textContent())!;
	const total = Number(barText.match(/^(\d+) in the set/)![1]);
	const over = Number(barText.match(/(\d+) too many/)![1]);
	expect(over).toBeGreaterThan(1);
	expect(over).toBeLessThan(total);

	// Exactly that many: one fewer removed is still one too many; removing it too, the set fits.
	await bar.click();
	const sheet = page.getByRole('dialog', { name: /^In this set/ });
	for (let n = total; n > total - over + 1; n--)
		await sheet.getByRole('button', { name: `Remove question ${n}` }).click();
	await expect(sheet).toContainText('1 too many for one QR code: share the link or file.');
	await sheet.getByRole('button', { name: `Remove question ${total - over + 1}` }).click();
	await expect(sheet).toContainText('Fits one QR code');
	await page.keyboard.press('Escape');
	await expect(countButton(page, total - over)).toContainText('Fits one QR code');
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(page.getByRole('img', { name: /QR code of the assignment link/ })).toBeVisible();
	await expect(page.getByText(`One code for all ${total - over} questions`)).toBeVisible();
});

test('issue 9: a question tied to one in the set by its fact or sentence says so, in the list and in the set', async ({
	page
}) => {
	await openApp(page, '/teach/set');
	const list = page.getByRole('list', { name: 'Matching questions' });
	const items = list.getByRole('listitem');
	await expect(items.first()).toBeVisible();
	const tied = items.filter({ hasText: /question 1 in the set: one may give the other away/ });
	await expect(tied).toHaveCount(0);

	await items.first().getByRole('checkbox').check();
	await expect(tied.first()).toBeVisible();
	const listed = await items.count();
	expect(await tied.count()).toBeLessThan(listed - 1);

	// Added anyway, both ends of the tie carry the note in the set's sheet.
	await tied.first().getByRole('checkbox').check();
	await countButton(page, 2).click();
	const sheet = page.getByRole('dialog', { name: /^In this set/ });
	await expect(sheet.getByText(/question 2 in the set: one may give the other away/)).toBeVisible();
	await expect(sheet.getByText(/question 1 in the set: one may give the other away/)).toBeVisible();
});
