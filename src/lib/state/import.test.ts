import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { activeQuestions } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import type { BylineDatabase } from '$lib/db/schema';
import { parseBank, type Bank } from '$lib/generator/bank';
import { GenerationError, type Generation } from '$lib/import/generation';
import type { Omitted } from '$lib/import/protocol';
import type { Clock } from './clock';
import { ArticleImport, type Generate } from './import.svelte';

const article = readFileSync('questions/articles/xi-putin-moscow-2023.txt', 'utf8');
const TITLE = 'Xi and Putin Bind China and Russia’s Economies Further, Despite War in Ukraine';
const generated = parseBank(JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')));
const at = Date.UTC(2026, 0, 5, 9);
const clock: Clock = { now: () => at, tzOffsetMinutes: () => 0 };
let db: BylineDatabase;
let n = 0;
afterEach(() => db?.close());

/**
 * A generator that answers with a given bank (under the id asked for), or fails, or waits to be cancelled; it
 * records what it was asked, so a test can tell whether generation started at all.
 */
function fakeGenerator(outcome: Bank | Error | 'never', omitted = { quote: 0, figure: 0, date: 0 }) {
	const asked: Parameters<Generate>[0][] = [];
	const generate: Generate = (request, onStage) => {
		asked.push(request);
		let cancel = () => {};
		const result = new Promise<Awaited<Generation['result']>>((resolve, reject) => {
			cancel = () => reject(new DOMException('Generation cancelled', 'AbortError'));
			onStage('generating');
			if (outcome === 'never') return;
			if (outcome instanceof Error) reject(outcome);
			else
				resolve({
					bank: { ...outcome, id: request.id, title: TITLE },
					omitted,
					ms: 12
				});
		});
		return { result, cancel } satisfies Generation;
	};
	return { generate, asked };
}

async function setup(outcome: Bank | Error | 'never' = generated, omitted?: Omitted) {
	db = await openDatabase({ name: `import-${n++}` });
	const fake = fakeGenerator(outcome, omitted);
	const flow = new ArticleImport(db, { clock, generate: fake.generate });
	await flow.load();
	return { flow, asked: fake.asked };
}

describe('ArticleImport', () => {
	it('fills the fields from the top of a pasted article, but never over what the person typed', async () => {
		const { flow } = await setup();
		flow.text = 'Bridge to close\nBy Jane Doe\nMarch 21, 2023\n\nThe council voted on Tuesday.';
		flow.textChanged();
		expect([flow.title, flow.authors, flow.date]).toEqual(['Bridge to close', 'Jane Doe', '2023-03-21']);
		flow.title = 'My own title';
		flow.typed('title');
		flow.text = 'Another headline\n\nBody text.';
		flow.textChanged();
		expect(flow.title).toBe('My own title');
		expect(flow.authors).toBe('');
	});

	it('refuses empty text, text that is not English, and an article without a title, generating nothing', async () => {
		const { flow, asked } = await setup();
		expect(await flow.generate()).toBe(false);
		expect(flow.error).toMatch(/empty|paste/i);
		flow.text = 'Der Rat hat am Dienstag beschlossen, die Brücke zu schließen. '.repeat(10);
		expect(await flow.generate()).toBe(false);
		expect(flow.error).toMatch(/English/);
		flow.text = article;
		flow.title = ' ';
		expect(await flow.generate()).toBe(false);
		expect(flow.error).toBe('Give the article a title: it names the deck.');
		expect(asked).toEqual([]);
		expect(flow.step.name).toBe('input');
	});

	it('generates, reviews and saves the accepted questions as a deck, which a second import updates', async () => {
		const { flow, asked } = await setup();
		flow.text = article;
		flow.textChanged();
		expect(flow.title).toBe(TITLE);
		expect(flow.existing).toBeUndefined();
		await flow.generate();
		expect(asked[0]).toMatchObject({ id: flow.deckId, text: expect.stringMatching(/^Xi and Putin/) });
		expect(flow.step.name).toBe('review');
		expect(flow.items).toHaveLength(generated.questions.length);
		flow.items = flow.items.map((item, i) => (i === 0 ? { ...item, accepted: false } : item));
		const accepted = flow.accepted;
		await flow.save();
		expect(flow.step).toEqual({
			name: 'saved',
			deckId: flow.deckId,
			title: TITLE,
			count: accepted,
			updated: false
		});
		expect(await activeQuestions(db, flow.deckId)).toHaveLength(accepted);
		expect(flow.existing?.title).toBe(TITLE);

		flow.startOver();
		await flow.generate();
		await flow.save();
		expect(flow.step).toMatchObject({ name: 'saved', updated: true });
	});

	it('issue 13: the review of a capped deck says what was left out; a deck that was not capped says nothing', async () => {
		const capped = await setup(generated, { quote: 812, figure: 40, date: 12 });
		capped.flow.text = article;
		capped.flow.textChanged();
		await capped.flow.generate();
		expect(capped.flow.leftOut).toBe(
			`This is a long text: Byline kept ${generated.questions.length} questions spread over all of it and left out 812 quotes, 40 figures and 12 dates, to keep the deck one you can study.`
		);
		db.close();
		const whole = await setup();
		whole.flow.text = article;
		whole.flow.textChanged();
		await whole.flow.generate();
		expect(whole.flow.step.name).toBe('review');
		expect(whole.flow.leftOut).toBeUndefined();
	});

	it('will not save a deck with no question accepted', async () => {
		const { flow } = await setup();
		flow.text = article;
		flow.textChanged();
		await flow.generate();
		flow.items = flow.items.map((item) => ({ ...item, accepted: false }));
		await flow.save();
		expect(flow.error).toBe('Accept at least one question to make a deck.');
		expect(flow.step.name).toBe('review');
	});

	it('says why an article gave nothing to ask, or why the generator refused it', async () => {
		const empty = await setup({ ...generated, facts: [], questions: [] });
		empty.flow.text = article;
		empty.flow.textChanged();
		await empty.flow.generate();
		expect(empty.flow.step.name).toBe('input');
		expect(empty.flow.error).toMatch(/no quotes, figures or dates/);
		const refused = await setup(new GenerationError('the text is too short', true));
		refused.flow.text = article;
		refused.flow.textChanged();
		await refused.flow.generate();
		expect(refused.flow.error).toBe('This text cannot be made into a deck: the text is too short.');
	});

	it('stops on Cancel with the article kept, and stops when the page is left', async () => {
		const { flow } = await setup('never');
		flow.text = article;
		flow.textChanged();
		const running = flow.generate();
		expect(flow.step).toEqual({ name: 'generating', stage: 'generating' });
		flow.cancel();
		await running;
		expect(flow.step.name).toBe('input');
		expect(flow.error).toBe('Stopped. Nothing was saved.');
		expect(flow.text).toBe(article);
		const again = flow.generate();
		flow.dispose();
		await again;
		expect(flow.step.name).toBe('input');
	});

	it('reads an HTML file as text, scripts left out, and refuses a file it cannot read', async () => {
		const { flow } = await setup();
		const html = `<html><head><title>Bridge to close</title><script>alert(1)</script></head><body><p>${article}</p></body></html>`;
		await flow.openFile(new File([html], 'bridge.html', { type: 'text/html' }));
		expect(flow.error).toBe('');
		expect(flow.title).toBe('Bridge to close');
		expect(flow.text).not.toContain('alert');
		await flow.openFile(new File([new Uint8Array([0, 1, 2, 3])], 'picture.png', { type: 'image/png' }));
		expect(flow.error).not.toBe('');
	});
});
