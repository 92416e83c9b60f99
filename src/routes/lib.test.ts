import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { questionKey, saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { recordAnswer } from '$lib/db/reviews';
import type { BylineDatabase } from '$lib/db/schema';
import { writeSetting } from '$lib/db/settings';
import { STUDY_SETTINGS_KEY } from '$lib/db/study';
import { DAY_MS } from '$lib/srs/day';
import { review } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import { practiceLog } from '$lib/srs/card';
import type { Clock } from '$lib/state/clock';
import { deckSummaries, homeData, studyLabel } from './lib';

let db: BylineDatabase;
afterEach(() => db?.close());

const evening = { at: Date.UTC(2026, 0, 6, 4), tzOffsetMinutes: 300 };

describe('deckSummaries', () => {
	it('counts a card as due from the start of its study day, after a flight from New York to London', async () => {
		db = await openDatabase({ name: 'home-1' });
		const london = { at: Date.UTC(2026, 0, 6, 5), tzOffsetMinutes: 0 };
		await saveBank(db, fixtureBank, 'imported', london.at - 2 * DAY_MS);
		await writeSetting(db, { key: STUDY_SETTINGS_KEY, value: { ...defaultSettings, newPerDay: 5 } });
		const key = questionKey(fixtureBank.id, fixtureBank.questions[0]!.id);
		const card = (await db.get('cards', key))!;
		// Answered in New York on the 5th with a one-day interval: due when the 6th begins there, 09:00 UTC.
		await db.put('cards', {
			...card,
			state: 'review',
			stability: 3,
			difficulty: 5,
			scheduledDays: 1,
			reps: 2,
			due: Date.UTC(2026, 0, 6, 9),
			lastReview: Date.UTC(2026, 0, 5, 14),
			lastReviewTzOffset: 300
		});
		// 05:00 in London on the 6th: the 6th has begun here, so the card is due, though 09:00 UTC is hours away.
		const [summary] = await deckSummaries(db, london);
		expect(summary).toMatchObject({ due: 1, fresh: 5, questionCount: fixtureBank.questions.length });
		const [early] = await deckSummaries(db, { at: Date.UTC(2026, 0, 6, 3), tzOffsetMinutes: 0 });
		expect(early?.due).toBe(0);
	});

	it('lowers the new count by the new cards already studied today', async () => {
		db = await openDatabase({ name: 'home-2' });
		await saveBank(db, fixtureBank, 'imported', evening.at - 1000);
		await writeSetting(db, { key: STUDY_SETTINGS_KEY, value: { ...defaultSettings, newPerDay: 3 } });
		const key = questionKey(fixtureBank.id, fixtureBank.questions[1]!.id);
		const card = (await db.get('cards', key))!;
		const next = review(key, card, 'good', evening, defaultSettings);
		await recordAnswer(
			db,
			card,
			next.log,
			{ deckId: card.deckId, given: 'x', correct: true, ms: 1 },
			next.card
		);
		const [summary] = await deckSummaries(db, evening);
		expect(summary).toMatchObject({ fresh: 2 });
	});
});

describe('studyLabel', () => {
	it('issue 4: a deck with nothing due and nothing new today offers more study, not a start', () => {
		expect(studyLabel({ due: 3, fresh: 20 })).toBe('Study now');
		expect(studyLabel({ due: 0, fresh: 20 })).toBe('Start studying');
		expect(studyLabel({ due: 0, fresh: 0 })).toBe('Study more');
	});
});

describe('issue 10: the home page load', () => {
	const clockAt = (at: number): Clock => ({ now: () => at, tzOffsetMinutes: () => 0 });

	it('counts each deck at the clock’s time, and suggests a backup only once there is work worth saving', async () => {
		db = await openDatabase({ name: 'home-load' });
		const at = Date.UTC(2026, 0, 6, 12);
		await saveBank(db, fixtureBank, 'imported', at - 40 * DAY_MS);
		expect(await homeData(db, clockAt(at))).toEqual({
			decks: [expect.objectContaining({ id: fixtureBank.id, due: 0, fresh: fixtureBank.questions.length })]
		});
		const card = (await db.get('cards', questionKey(fixtureBank.id, fixtureBank.questions[0]!.id)))!;
		const moment = { at: at - 31 * DAY_MS, tzOffsetMinutes: 0 };
		const details = { deckId: card.deckId, given: 'x', correct: true, ms: 1 };
		await recordAnswer(db, card, practiceLog(card.key, 'good', moment), details);
		expect((await homeData(db, clockAt(at - 30 * DAY_MS))).reminder).toBeUndefined();
		expect((await homeData(db, clockAt(at))).reminder).toMatch(/31 days of study and no backup yet/);
	});
});
