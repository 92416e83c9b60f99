import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { ROUTES, openApp, test } from './support';
import { FIXTURE_DECK, seedBank } from './study-support';

test.use({ localTime: [12, 0, 0] });

/** Each page in each state a student meets, checked in light and dark: Teach's pages have their own pass. */
const STATES: { name: string; path: string; reach?: (page: Page) => Promise<void> }[] = [
	...ROUTES.map((route) => ({ name: route.path, path: route.path })),
	{ name: 'article', path: `/article?deck=${FIXTURE_DECK}` },
	{
		name: 'home, deletion asked',
		path: '/',
		reach: async (page) => {
			await page.getByText('Rename, hide or delete').first().click();
			await page.getByRole('button', { name: 'Delete…' }).first().click();
			await expect(page.getByRole('alertdialog')).toBeVisible();
		}
	},
	{
		name: 'study, feedback',
		path: `/study?deck=${FIXTURE_DECK}`,
		reach: async (page) => {
			await expect(page.locator('article[data-question]')).toBeVisible();
			await page.keyboard.press('1');
			await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toBeVisible();
		}
	},
	{
		name: 'quiz, feedback',
		path: `/quiz?deck=${FIXTURE_DECK}`,
		reach: async (page) => {
			await page.getByRole('button', { name: 'Start quiz' }).click();
			const card = page.locator('article[data-question]');
			await expect(card).toBeVisible();
			const choices = card.getByRole('list', { name: 'Choices' }).getByRole('button');
			const selects = card.getByRole('combobox');
			if ((await choices.count()) > 0) await choices.first().click();
			else if ((await selects.count()) > 0) {
				for (const select of await selects.all()) await select.selectOption({ index: 1 });
				await card.getByRole('button', { name: 'Check' }).click();
			} else {
				await card.getByLabel('Your answer').fill('7');
				await card.getByLabel('Your answer').press('Enter');
			}
			await expect(card.getByRole('button', { name: /^(Next|See results)$/ })).toBeVisible();
		}
	},
	{
		name: 'quiz, results',
		path: `/quiz?deck=${FIXTURE_DECK}`,
		reach: async (page) => {
			await page.getByRole('button', { name: 'End quiz now' }).click();
			await expect(page.getByRole('heading', { name: /^Score/ })).toBeVisible();
		}
	}
];

// Light and dark are a test each, so that the two workers can take one each.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`issue 11: axe finds no violations on every route and state, in ${colorScheme}`, async ({ page }) => {
		await seedBank(page);
		await page.emulateMedia({ colorScheme });
		for (const state of STATES) {
			await openApp(page, state.path);
			await state.reach?.(page);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations,
				`${colorScheme} ${state.name}: ${results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`).join('; ')}`
			).toEqual([]);
		}
	});
}
