import { expect, type Page } from '@playwright/test';
import { openApp, test } from './support';
import { fixtureBank, seedBank } from './study-support';

test.use({ localTime: [12, 0, 0] });

/** Two choice questions of different facts and sentences: a short session that ends. */
const twoQuestions = {
	...fixtureBank,
	id: 'two',
	title: 'Two questions',
	questions: fixtureBank.questions.filter((q) => q.id === 'q-who-ortiz' || q.id === 'q-cloze-nair')
};

async function answerCard(page: Page, right: boolean): Promise<void> {
	const card = page.locator('article[data-question]');
	const id = await card.getAttribute('data-question');
	const question = twoQuestions.questions.find((q) => q.id === id)!;
	const choices = 'choices' in question ? question.choices! : [];
	const pick = right ? question.answer : choices.find((c) => c !== question.answer)!;
	await card.getByRole('button', { name: pick, exact: true }).click();
	await card.getByRole('button', { name: /^(Next|Finish)$/ }).click();
	// The answered card stays until the next replaces it: read before then, it would be answered again.
	await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
}

test('issue 11: “Session complete” leads with the questions missed, and goes over them', async ({ page }) => {
	await seedBank(page, twoQuestions);
	await page.goto('/study?deck=two');
	const summary = page.getByRole('heading', { name: 'Session complete' });
	// The first answer is wrong; every later one is right, until the session ends (learning steps included).
	for (let i = 0; i < 10 && !(await summary.isVisible()); i++) {
		await expect(page.locator('article[data-question]').or(summary)).toBeVisible();
		if (await summary.isVisible()) break;
		await answerCard(page, i > 0);
	}
	await expect(summary).toBeVisible();
	const section = page.locator('section.summary');
	await expect(section.getByText('You missed 1 question today.')).toBeVisible();
	const goOver = section.getByRole('button', { name: 'Go over the 1 you missed' });
	// It comes first: before the counts and before Study ahead, which is no longer the main action.
	const [missedBox, aheadBox] = await Promise.all([
		goOver.boundingBox(),
		section.getByRole('button', { name: 'Study ahead' }).boundingBox()
	]);
	expect(missedBox!.y).toBeLessThan(aheadBox!.y);
	await expect(goOver).toHaveClass(/primary/);
	await expect(section.getByRole('button', { name: 'Study ahead' })).not.toHaveClass(/primary/);
	// Whatever the page shows while the drill loads, which a slow phone shows long enough to read.
	await page.evaluate(() => {
		const shown: string[] = [];
		Object.assign(window, { shown });
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.type === 'characterData' ? [record.target] : record.addedNodes)
					shown.push(node.textContent ?? '');
		}).observe(document.querySelector('main')!, { childList: true, subtree: true, characterData: true });
	});
	await goOver.click();
	await expect(page.locator('article[data-question]')).toHaveAttribute('data-question', 'q-who-ortiz');
	const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown.join('\n'));
	expect(shown).not.toMatch(/Nothing due right now|No cards are scheduled yet/);
	await answerCard(page, true);
	await expect(page.getByRole('heading', { name: 'Practice finished' })).toBeVisible();
});

test('issue 11: after “Report a problem” in study, the next card comes with a confirmation', async ({
	page
}) => {
	await seedBank(page, twoQuestions);
	await page.goto('/study?deck=two');
	const card = page.locator('article[data-question]');
	const first = await card.getAttribute('data-question');
	await card
		.getByRole('button', { name: 'Ana Ortiz' })
		.or(card.getByRole('button', { name: 'suffer' }))
		.click();
	await page.getByRole('button', { name: 'Report a problem' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Report' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Reported: that question is hidden' })
	).toBeVisible();
	await expect(card).not.toHaveAttribute('data-question', first!);
});

test('issue 11: the progress charts name dates on their axes, not bare day numbers', async ({ page }) => {
	await openApp(page, '/progress');
	const labels = page.locator('main svg text.axis[text-anchor="middle"]');
	await expect(labels.first()).toBeVisible();
	const texts = await labels.allTextContents();
	expect(texts.length).toBeGreaterThan(4);
	for (const text of texts) expect(text).toMatch(/^(Today|\d{1,2} [A-Z][a-z]{2})$/);
});

test('issue 11: settings open with Backup, the daily limits come before the scheduler’s parameters', async ({
	page
}) => {
	await openApp(page, '/settings');
	const top = async (name: string) =>
		(await page.getByRole('heading', { level: 2, name, exact: true }).boundingBox())!.y;
	expect(await top('Backup and restore')).toBeLessThan(844);
	expect(await top('Backup and restore')).toBeLessThan(await top('Study'));
	const y = async (label: string) => (await page.getByLabel(label, { exact: true }).boundingBox())!.y;
	expect(await y('New cards per day')).toBeLessThan(await y('Desired retention (%)'));
	expect(await y('A new day starts at')).toBeLessThan(await y('Learning steps'));
});

test('issue 11: on a 390 px phone the restore preview shows all five columns without scrolling', async ({
	page
}) => {
	await openApp(page, '/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up now' }).click();
	await page.getByLabel('Choose a backup file').setInputFiles(await (await downloading).path());
	await page.getByLabel(/Replace/).check();
	const region = page.getByRole('region', { name: 'What will change' });
	await expect(region.getByRole('columnheader', { name: 'Deleted' })).toBeVisible();
	expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
	const box = (await region.boundingBox())!;
	const last = (await region.getByRole('columnheader', { name: 'Deleted' }).boundingBox())!;
	expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
});

test('issue 11: the bundled article names its source as a note, not “(machine translation)”', async ({
	page
}) => {
	await openApp(page, '/article?deck=xi-putin-moscow-2023');
	await expect(page.getByText('Source: The New York Times, translated by machine')).toBeVisible();
	await expect(page.getByText('(machine translation)')).toHaveCount(0);
});
