import { describe, expect, it } from 'vitest';
import { answeredPrompt, explanationNote } from './explain';

const QUOTE = '“That’s a statement to Russia that, ‘You know, relax; we are with you’”';
const EVIDENCE =
	'“That’s a statement to Russia that, ‘You know, relax; we are with you,’” Gabuev said of Xi’s trip.';
const ROLE = 'Alexander Gabuev, a senior fellow at the Carnegie Endowment for International Peace';
const SENTENCE =
	'In his unusual and unannounced trip to Kyiv, Mr. Kishida announced $470 million in aid for energy and other sectors, and $30 million in aid for non-lethal equipment to Ukraine through a NATO trust fund.';

describe('explanationNote', () => {
	it('drops an explanation that only restates the evidence sentence shown below it', () => {
		const prompt =
			'Type the missing figure: “In his unusual and unannounced trip to Kyiv, Mr. Kishida announced _____ in aid';
		expect(
			explanationNote(`The article says: “${SENTENCE}”`, [prompt, '$470 million', SENTENCE])
		).toBeUndefined();
		expect(
			explanationNote(`True. The article says: “${SENTENCE.slice(0, 120)} …”`, ['True', 'False', SENTENCE])
		).toBeUndefined();
	});

	it('drops “X said “…”” when the name and the quote are both on screen', () => {
		const visible = ['Which of these did Alexander Gabuev say?', QUOTE, EVIDENCE];
		expect(explanationNote(`Alexander Gabuev said ${QUOTE}`, visible)).toBeUndefined();
	});

	it('keeps what is not on screen: the speaker’s role, without the quote shown twice', () => {
		const visible = [`Who said this? ${QUOTE}`, 'Alexander Gabuev', 'Xi Jinping', EVIDENCE];
		expect(explanationNote(`${ROLE}, said it.`, visible)).toBe(`${ROLE}, said it.`);
		expect(explanationNote(`${ROLE}, said ${QUOTE}`, ['Complete the quote', 'statement', EVIDENCE])).toBe(
			`${ROLE}, said it.`
		);
	});

	it('keeps who really said it in a true/false question, and drops a figure already in the prompt and sentence', () => {
		const prompt = `True or false: Fumio Kishida said ${QUOTE}`;
		const who = `False: it was ${ROLE}, not Fumio Kishida.`;
		expect(explanationNote(who, [prompt, 'True', 'False', EVIDENCE])).toBe(who);
		const figure = `False: it was $470 million, not $47 million. The article says: “${SENTENCE}”`;
		const shown = 'True or false, according to the article: “… Mr. Kishida announced $47 million in aid …”';
		expect(explanationNote(figure, [shown, 'True', 'False', SENTENCE])).toBeUndefined();
	});

	it('says what date a relative one stands for once the sentence is gone', () => {
		const sentence = 'Putin and Xi Jinping on Tuesday declared a lasting economic partnership.';
		expect(
			explanationNote(`The article says: “${sentence}” (March 21, 2023)`, ['When?', sentence], 'on Tuesday')
		).toBe('“on Tuesday” here means March 21, 2023.');
		// Shown already (the answer spelt out in the verdict): nothing to add.
		expect(
			explanationNote(`The article says: “${sentence}” (March 21, 2023)`, [
				sentence,
				'on Tuesday (March 21, 2023)'
			])
		).toBeUndefined();
	});

	it('does not cut a sentence at an initial or a title', () => {
		const matching =
			'John F. Kirby, a US national security spokesman, said “If China wants to play a constructive role”. Mr. Kishida, Japan’s Prime Minister, said “an aggression”';
		const visible = [
			'“If China wants to play a constructive role”',
			'“an aggression”',
			'John F. Kirby',
			'Fumio Kishida'
		];
		expect(explanationNote(matching, visible)).toBe(
			'John F. Kirby, a US national security spokesman, said it. Mr. Kishida, Japan’s Prime Minister, said it.'
		);
	});

	it('keeps an explanation in the bank’s own words when nothing of it is on screen', () => {
		expect(explanationNote('Budgets are set each spring.', ['Who said this?'])).toBe(
			'Budgets are set each spring.'
		);
		expect(explanationNote(undefined, ['anything'])).toBeUndefined();
		expect(explanationNote('', ['anything'])).toBeUndefined();
	});
});

describe('answeredPrompt', () => {
	const sentence =
		'And in contrast to last year’s summit, where Xi signed off Putin’s opposition to any NATO expansion, and Putin backed China’s opposition to US military alliances in Asia, their joint appearance on Tuesday gave the appearance of two leaders who have entrenched themselves to focus on economic survival.';

	it('issue 11: a quotation with a lead-in keeps the lead-in, which the marked sentence below does not hold', () => {
		const prompt =
			'Which figure completes the sentence? “When the mayor spoke on Monday, the council met in Korvel … It was a turn for the town, which has cut its debt and joined other towns in selling bonds and raising _____ for the new bridge.”';
		const evidence =
			'It was a turn for the town, which has cut its debt and joined other towns in selling bonds and raising millions for the new bridge.';
		expect(answeredPrompt(prompt, [evidence])).toBe(
			'Which figure completes the sentence? “When the mayor spoke on Monday, the council met in Korvel … It was a turn for the town, which …”'
		);
	});

	it('issue 11: cuts a long quotation the marked sentence below repeats, keeping the question', () => {
		const prompt =
			'When? Complete the sentence: “… signed off Putin’s opposition to any NATO expansion, and Putin backed China’s opposition to US military alliances in Asia, their joint appearance _____ gave the appearance of two leaders.”';
		expect(answeredPrompt(prompt, [sentence])).toBe(
			'When? Complete the sentence: “… signed off Putin’s opposition to any NATO …”'
		);
	});

	it('keeps a short quotation, and one the evidence does not hold', () => {
		expect(answeredPrompt('Who said “We will win”?', ['“We will win,” said Ann Lee.'])).toBe(
			'Who said “We will win”?'
		);
		const other = 'True or false: “one two three four five six seven eight nine ten eleven twelve thirteen”';
		expect(answeredPrompt(other, [sentence])).toBe(other);
	});
});
