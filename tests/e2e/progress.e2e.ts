import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { CardRecord, ReviewEntry } from '$lib/db/schema';
import { practiceLog, type CardState } from '$lib/srs/card';
import { newCard, review } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import { DEFAULT_DECK_TITLE, openApp, test, waitForServiceWorker } from './support';
import { putRecords, readDeck, readQuestions } from './study-support';

test.use({ localTime: [12, 0, 0] });

const DECK = 'xi-putin-moscow-2023';

/**
 * Weeks of study on the default deck, as the app's own scheduler records them (src/lib/srs), put into IndexedDB:
 * two cards in review (one due today, one in three days), one in learning, and a log of study and practice
 * answers. Days follow the default 4 am day start, by the page's clock.
 */
async function seedStudy(page: Page): Promise<{ total: number }> {
	const { cards } = await readDeck(page, DECK);
	const { now, tz } = await page.evaluate(() => ({ now: Date.now(), tz: new Date().getTimezoneOffset() }));
	const DAY = 86_400_000;
	const shift = (tz + 4 * 60) * 60_000;
	const today = Math.floor((now - shift) / DAY);
	const dayStart = (day: number) => day * DAY + shift;
	const at = (time: number) => ({ at: time, tzOffsetMinutes: tz });
	const settings = { ...defaultSettings, enableFuzz: false };
	const [dueToday, dueLater, learning] = cards as [CardRecord, CardRecord, CardRecord];
	// Learnt over a month of right answers, the last six days ago: a card in review.
	const learnt = (card: CardRecord): CardState => {
		let state: CardState = newCard(now - 40 * DAY);
		for (const days of [40, 39, 37, 30, 6])
			state = review(card.key, state, 'good', at(now - days * DAY), settings).card;
		return state;
	};
	const known = learnt(dueToday);
	const studied = (time: number, good: boolean): ReviewEntry => ({
		...review(dueToday.key, known, good ? 'good' : 'again', at(time), settings).log,
		deckId: DECK,
		given: good ? 'right' : 'wrong',
		correct: good,
		ms: 4000
	});
	const reviews: ReviewEntry[] = [];
	// 25 answers to known cards in the last days, 5 of them forgotten: 80% retention.
	for (let i = 0; i < 25; i++)
		reviews.push(studied(now - (1 + (i % 5)) * DAY - 3_600_000 - i * 1000, i % 5 !== 0));
	// Older than 30 days: must not count.
	for (let i = 0; i < 10; i++) reviews.push(studied(now - 40 * DAY - i * 1000, false));
	for (let i = 0; i < 3; i++)
		reviews.push({
			...practiceLog(dueLater.key, 'good', at(now - 2 * DAY - i * 1000)),
			deckId: DECK,
			given: 'x',
			correct: true,
			ms: 3000
		});
	const relearning = review(learning.key, learnt(learning), 'again', at(now - 2 * 60_000), settings).card;
	await putRecords(page, {
		cards: [
			{ ...dueToday, ...known, due: dayStart(today) },
			{ ...dueLater, ...learnt(dueLater), due: dayStart(today + 3) },
			{ ...learning, ...relearning, due: now - 60_000 }
		],
		reviews
	});
	return { total: cards.length };
}

async function expectNoAxeViolations(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations, `${colorScheme}: ${results.violations.map((v) => v.id).join(', ')}`).toEqual(
			[]
		);
	}
}

test('progress shows counts, retention and the due forecast offline at phone size', async ({
	page,
	context
}) => {
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	await waitForServiceWorker(page);
	const { total } = await seedStudy(page);

	await context.setOffline(true);
	await page.goto(`/progress?deck=${DECK}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect(page.getByLabel('Deck')).toHaveValue(DECK);
	await expect(page.getByTestId('count-new')).toHaveText(String(total - 3));
	await expect(page.getByTestId('count-learning')).toHaveText('1');
	await expect(page.getByTestId('count-review')).toHaveText('2');
	await expect(page.getByTestId('retention')).toHaveText('80%');
	await expect(page.getByTestId('retention-detail')).toContainText('20 of 25 reviews');

	await page.getByText('Show as a table: Cards due, next 14 days').click();
	const forecast = page.getByRole('table', { name: 'Cards due, next 14 days' });
	await expect(forecast.getByRole('row')).toHaveCount(15);
	const counts = await forecast.locator('tbody td').allTextContents();
	expect(counts.map(Number)).toEqual([2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
	await expect(forecast.getByRole('row', { name: /^Today 2$/ })).toBeVisible();

	await page.getByText('Show as a table: Answers per day, last 30 days').click();
	const activity = page.getByRole('table', { name: 'Answers per day, last 30 days' });
	await expect(activity.locator('tbody tr')).toHaveCount(30);
	await expect(page.getByRole('img', { name: /25 study and 3 practice answers/ })).toBeVisible();

	const streak = page.getByLabel('Show how many days in a row I have studied');
	await expect(streak).not.toBeChecked();
	await expect(page.getByTestId('streak')).toHaveCount(0);

	await page.getByLabel('Deck').selectOption('');
	await expect(page).toHaveURL(/\/progress$/);
	await expect(page.getByTestId('count-learning')).toHaveText('1');
	await expectNoAxeViolations(page);
});

test('the article highlights facts, and the keyboard opens a fact’s questions and history', async ({
	page
}) => {
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	const question = (await readQuestions(page, DECK)).find((q) => q.answer === '$470 million')!;
	const now = await page.evaluate(() => Date.now());
	await putRecords(page, {
		reviews: (
			[
				['$940 million', false],
				['$470 million', true]
			] as const
		).map(([given, correct]) => ({
			...practiceLog(question.key, correct ? 'good' : 'again', {
				at: now - (correct ? 1 : 2) * 3_600_000,
				tzOffsetMinutes: 0
			}),
			deckId: DECK,
			given,
			correct,
			ms: 5000
		}))
	});

	await page.goto(`/article?deck=${DECK}`);
	await expect(page.getByRole('heading', { level: 1, name: DEFAULT_DECK_TITLE })).toBeVisible();
	for (const kind of ['quote', 'figure', 'date']) {
		await expect(page.getByRole('button', { name: new RegExp(`\\(${kind}\\)$`) }).first()).toBeVisible();
	}

	const figure = page.getByRole('button', { name: '$470 million (figure)' });
	for (let i = 0; i < 150; i++) {
		if (await figure.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(figure).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(figure).toHaveAttribute('aria-expanded', 'true');
	const panel = page.getByRole('region', { name: 'About this fact' });
	await expect(panel.getByRole('heading', { name: 'About this fact' })).toBeFocused();
	await expect(panel).toContainText('$470 million: aid for energy');
	await expect(panel.getByText('Answer: $470 million').first()).toBeVisible();
	const history = panel.getByRole('list', { name: 'Your answers' });
	await expect(history.getByRole('listitem')).toHaveCount(2);
	await expect(history.getByRole('listitem').first()).toContainText('Right');
	await expect(history.getByRole('listitem').nth(1)).toContainText('Wrong');
	await expect(history.getByRole('listitem').nth(1)).toContainText('you gave “$940 million” (practice)');
	await expectNoAxeViolations(page);

	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(figure).toBeFocused();
	await page.keyboard.press('Space');
	await expect(panel).toBeVisible();

	await page.goto('/article?deck=no-such-deck');
	await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to your decks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
});

test('study settings are saved, survive a reload, and invalid values are refused with a message', async ({
	page
}) => {
	await openApp(page, '/settings');
	await expect(page.getByTestId('app-version')).toBeVisible();
	const study = page.getByRole('region', { name: 'Study', exact: true });
	const retention = study.getByLabel('Desired retention (%)');
	await expect(retention).toHaveValue('90');

	await retention.fill('85');
	await page.getByLabel('New cards per day').fill('7');
	await page.getByLabel('Learning steps', { exact: true }).fill('2m 15m 1h');
	await page.getByLabel('A new day starts at').selectOption({ label: '3 am' });
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(study.getByRole('status')).toContainText('Saved');

	await page.reload();
	await expect(retention).toHaveValue('85');
	await expect(page.getByLabel('New cards per day')).toHaveValue('7');
	await expect(page.getByLabel('Learning steps', { exact: true })).toHaveValue('2m 15m 1h');
	await expect(page.getByLabel('A new day starts at')).toHaveValue('3');

	await retention.fill('50');
	await page.getByLabel('Reviews per day').fill('lots');
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(study.getByRole('status')).toContainText('Not saved');
	// The first wrong field in the form's order takes focus: the daily limits come before the scheduler's (issue 11).
	await expect(page.getByLabel('Reviews per day')).toBeFocused();
	await expect(retention).toHaveAttribute('aria-invalid', 'true');
	await expect(retention).toHaveAccessibleDescription(/Enter a percentage from 70 to 99/);
	await expect(page.getByText('Enter a whole number from 0 to 99999.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.reload();
	await expect(retention).toHaveValue('85');
	const stored = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const open = indexedDB.open('byline');
				open.onsuccess = () => {
					const get = open.result.transaction('settings').objectStore('settings').get('study-settings');
					get.onsuccess = () => resolve(get.result?.value);
				};
			})
	);
	expect(stored).toMatchObject({
		desiredRetention: 0.85,
		newPerDay: 7,
		learningSteps: ['2m', '15m', '1h'],
		dayStartHour: 3,
		reviewsPerDay: 200
	});
});
