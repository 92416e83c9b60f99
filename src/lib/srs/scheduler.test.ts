import { describe, expect, it } from 'vitest';
import { RATINGS, type CardState, type Rating, type ReviewRecord } from './card';
import { practiceLog } from './card';
import { studyDay, type Moment } from './day';
import { newCard, preview, replay, retrievability, review, undo } from './scheduler';
import { defaultSettings, type StudySettings } from './settings';

const exact: StudySettings = { ...defaultSettings, enableFuzz: false };
const H = 3_600_000;
const D = 24 * H;
const utc = (...args: [number, number, number, number?, number?]) => Date.UTC(...args);
const inUtc = (at: number): Moment => ({ at, tzOffsetMinutes: 0 });

/** Answer `ratings` in turn, each when the card falls due; returns the labels shown and the cards. */
function answerWhenDue(ratings: Rating[], settings = exact) {
	let at = utc(2025, 0, 6, 10);
	let card = newCard(at);
	const labels: string[] = [];
	const days: number[] = [];
	for (const rating of ratings) {
		labels.push(preview(card, inUtc(at), settings)[rating].label);
		card = review('c', card, rating, inUtc(at), settings).card;
		days.push(card.scheduledDays);
		at = card.due;
	}
	return { labels, days, card };
}

describe('intervals with default settings, no fuzz', () => {
	it('Good seven times from new: 10m, 2d, 11d, 46d, 163d, 498d, 1348d', () => {
		const { labels, days } = answerWhenDue(Array(7).fill('good'));
		expect(labels).toEqual(['10m', '2d', '11d', '1.5mo', '5.4mo', '1.4y', '3.7y']);
		expect(days).toEqual([0, 2, 11, 46, 163, 498, 1348]);
	});

	it('Again, then Good six times: 1m, 10m, 1d, 2d, 7d, 19d, 48d', () => {
		const { labels, days } = answerWhenDue(['again', ...Array<Rating>(6).fill('good')]);
		expect(labels).toEqual(['1m', '10m', '1d', '2d', '7d', '19d', '1.6mo']);
		expect(days).toEqual([0, 0, 1, 2, 7, 19, 48]);
	});

	it('shows the four buttons of a new card as Anki does', () => {
		const at = utc(2025, 0, 6, 10);
		const buttons = preview(newCard(at), inUtc(at), exact);
		expect(RATINGS.map((r) => buttons[r].label)).toEqual(['1m', '6m', '10m', '8d']);
		expect(buttons.good.due).toBe(at + 10 * 60_000);
	});

	it('Again on a review card relearns for 10 minutes and counts a lapse', () => {
		const { card } = answerWhenDue(['good', 'good', 'good']);
		const { card: lapsed } = review('c', card, 'again', inUtc(card.due), exact);
		expect(lapsed).toMatchObject({ state: 'relearning', lapses: 1, scheduledDays: 0 });
		expect(lapsed.due - card.due).toBe(10 * 60_000);
	});

	it('caps intervals at the maximum interval', () => {
		const capped = { ...exact, maximumInterval: 30 };
		const { card, days } = answerWhenDue(Array(5).fill('good'), capped);
		expect(days).toEqual([0, 2, 11, 30, 30]);
		const buttons = preview(card, inUtc(card.due), capped);
		expect(RATINGS.slice(1).map((r) => buttons[r].label)).toEqual(['30d', '30d', '30d']);
	});

	it('shortens intervals when a higher retention is asked for', () => {
		const strict = { ...exact, desiredRetention: 0.97 };
		expect(answerWhenDue(Array(4).fill('good'), strict).days[3]).toBeLessThan(46 / 2);
	});
});

describe('preview', () => {
	it('shows exactly what the answer will do, fuzz included', () => {
		let at = utc(2025, 0, 6, 10);
		let card = newCard(at);
		for (let i = 0; i < 12; i++) {
			const shown = preview(card, inUtc(at), defaultSettings);
			for (const rating of RATINGS) {
				expect(review('c', card, rating, inUtc(at), defaultSettings).card.due).toBe(shown[rating].due);
			}
			card = review('c', card, i % 5 === 4 ? 'again' : 'good', inUtc(at), defaultSettings).card;
			at = card.due + 3 * H;
		}
	});

	it('fuzz spreads cards learnt together over several days, and is the same for the same answer', () => {
		const dues = new Set<number>();
		for (let i = 0; i < 20; i++) {
			let at = utc(2025, 0, 6, 10) + i * 37_000;
			let card = newCard(at);
			for (let n = 0; n < 4; n++) {
				card = review('c', card, 'good', inUtc(at), defaultSettings).card;
				at = card.due + 2 * H + i * 37_000;
			}
			dues.add(card.due);
			const again = review('c', card, 'good', inUtc(at), defaultSettings).card;
			expect(review('c', card, 'good', inUtc(at), defaultSettings).card).toEqual(again);
		}
		expect(dues.size).toBeGreaterThan(3);
	});
});

describe('the day starts at 4 am local time', () => {
	const berlinWinter = -60;
	const local = (y: number, m: number, d: number, h: number, min = 0, tz = berlinWinter): Moment => ({
		at: utc(y, m, d, h, min) + tz * 60_000,
		tzOffsetMinutes: tz
	});

	/** A card that graduated with a 2-day interval, answered at `moment`. */
	function graduatedAt(moment: Moment) {
		const first = review('c', newCard(moment.at), 'good', { ...moment, at: moment.at - 10 * 60_000 }, exact);
		return review('c', first.card, 'good', moment, exact).card;
	}

	it('a card answered at 9 pm with 2 days is due at 4 am two days later, not at 9 pm', () => {
		const card = graduatedAt(local(2025, 0, 6, 21));
		expect(card.scheduledDays).toBe(2);
		expect(card.due).toBe(local(2025, 0, 8, 4).at);
	});

	it('3:30 am still belongs to the day before; 4:30 am to the new day', () => {
		const card = graduatedAt(local(2025, 0, 6, 22));
		expect(review('c', card, 'good', local(2025, 0, 8, 3, 30), exact).card.elapsedDays).toBe(1);
		expect(review('c', card, 'good', local(2025, 0, 8, 4, 30), exact).card.elapsedDays).toBe(2);
	});

	it('counts days the same across the spring DST change (Berlin, 30 March 2025)', () => {
		const card = graduatedAt(local(2025, 2, 28, 22));
		// 01:30 UTC on the 30th is 03:30 summer time: still the 29th's study day.
		expect(review('c', card, 'good', local(2025, 2, 30, 3, 30, -120), exact).card.elapsedDays).toBe(1);
		expect(review('c', card, 'good', local(2025, 2, 30, 4, 30, -120), exact).card.elapsedDays).toBe(2);
		expect(studyDay(local(2025, 2, 30, 3, 30, -120), exact)).toBe(studyDay(local(2025, 2, 29, 12), exact));
	});

	it('counts days the same across the autumn DST change (Berlin, 26 October 2025)', () => {
		const card = graduatedAt(local(2025, 9, 24, 22, 0, -120));
		expect(review('c', card, 'good', local(2025, 9, 26, 3, 30), exact).card.elapsedDays).toBe(1);
		expect(review('c', card, 'good', local(2025, 9, 26, 4, 30), exact).card.elapsedDays).toBe(2);
	});

	it('after a flight, counts days in the new time zone, never more than the hours that passed', () => {
		// Monday 20:00 in New York, then Wednesday 08:00 in Tokyo: 22 hours later.
		const nyMonday = local(2025, 0, 6, 20, 0, 300);
		const tokyoWednesday = local(2025, 0, 8, 8, 0, -540);
		expect(tokyoWednesday.at - nyMonday.at).toBe(22 * H);
		const card = graduatedAt(nyMonday);
		const next = review('c', card, 'good', tokyoWednesday, exact).card;
		expect(next.elapsedDays).toBe(1);
		// Flying west: Tuesday 05:00 in Tokyo, then Monday 20:00 in New York five hours later.
		const westward = review('c', graduatedAt(local(2025, 0, 7, 5, 0, -540)), 'good', nyMonday, exact);
		expect(westward.card.elapsedDays).toBe(0);
		expect(westward.card.due).toBeGreaterThan(nyMonday.at);
	});

	it('a later day start moves the boundary', () => {
		const late = { ...exact, dayStartHour: 9 };
		const card = graduatedAt(local(2025, 0, 6, 22));
		expect(review('c', card, 'good', local(2025, 0, 8, 8, 30), late).card.elapsedDays).toBe(1);
	});
});

describe('a clock that goes backwards', () => {
	it('never gives a negative interval or a due date before the answer', () => {
		const start = utc(2025, 0, 6, 10);
		for (const back of [60_000, 3 * H, 2 * D, 400 * D]) {
			let card = newCard(start);
			let at = start;
			for (const rating of ['good', 'good', 'good', 'again', 'good', 'easy', 'hard'] as const) {
				card = review('c', card, rating, inUtc(at), exact).card;
				const earlier = card.lastReview! - back;
				for (const r of RATINGS) {
					const next = review('c', card, r, inUtc(earlier), exact).card;
					expect(next.elapsedDays).toBeGreaterThanOrEqual(0);
					expect(next.scheduledDays).toBeGreaterThanOrEqual(0);
					expect(next.due).toBeGreaterThan(earlier);
					expect(Number.isFinite(next.stability) && next.stability > 0).toBe(true);
					expect(next.difficulty).toBeGreaterThanOrEqual(1);
					expect(next.difficulty).toBeLessThanOrEqual(10);
				}
				at = card.due;
			}
		}
	});

	it('keeps recall probability at most 1', () => {
		const { card } = answerWhenDue(['good', 'good']);
		expect(retrievability(card, card.lastReview! - 3 * D)).toBe(1);
	});
});

describe('undo', () => {
	it('gives back the card exactly as it was', () => {
		const { card } = answerWhenDue(['good', 'good', 'good']);
		for (const rating of RATINGS) {
			const answered = review('c', card, rating, inUtc(card.due + H), exact);
			expect(undo(answered.card, answered.log)).toEqual(card);
		}
		const fresh = newCard(0);
		const first = review('c', fresh, 'easy', inUtc(1000), exact);
		expect(undo(first.card, first.log)).toEqual(fresh);
	});

	it('refuses an answer that is not the card’s last one', () => {
		const a = review('c', newCard(0), 'good', inUtc(1000), exact);
		const b = review('c', a.card, 'good', inUtc(1000 + 10 * 60_000), exact);
		expect(() => undo(b.card, a.log)).toThrow(/last answer/);
	});
});

/** Small deterministic PRNG so a failing sequence can be reproduced from its seed. */
function mulberry32(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('replay', () => {
	it('rebuilds the stored card from its log, over random sessions with practice, undo, clock and zone changes', () => {
		const zones = [0, -60, -120, 300, -540, 330];
		for (let seed = 1; seed <= 200; seed++) {
			const random = mulberry32(seed);
			const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
			const settings = seed % 2 ? defaultSettings : { ...exact, dayStartHour: seed % 24 };
			const createdAt = utc(2025, 0, 1) + Math.floor(random() * D);
			let at = createdAt;
			let card: CardState = newCard(createdAt);
			const log: ReviewRecord[] = [];
			const steps = 5 + Math.floor(random() * 40);
			for (let i = 0; i < steps; i++) {
				const roll = random();
				// Mostly when due, sometimes early or late, sometimes with the clock set back.
				at =
					roll < 0.1
						? at - Math.floor(random() * 3 * D)
						: roll < 0.6
							? Math.max(at, card.due) + Math.floor(random() * 2 * H)
							: at + Math.floor(random() * 40 * D);
				const moment = { at, tzOffsetMinutes: pick(zones) };
				const action = random();
				if (action < 0.1) {
					log.push(practiceLog('c', pick(RATINGS), moment));
				} else if (action < 0.18 && log.at(-1)?.mode === 'study') {
					const last = log.pop();
					if (last?.mode === 'study') card = undo(card, last);
				} else {
					const answered = review('c', card, pick(RATINGS), moment, settings);
					card = answered.card;
					log.push(answered.log);
				}
				expect(replay(log, settings, createdAt), `seed ${seed}, step ${i}`).toEqual(card);
			}
		}
	});

	it('leaves practice answers out: they never move a card', () => {
		const at = utc(2025, 0, 6, 10);
		const log = [practiceLog('c', 'again', inUtc(at)), practiceLog('c', 'good', inUtc(at + H))];
		expect(replay(log, exact, at)).toEqual(newCard(at));
	});
});

describe('retrievability', () => {
	it('is about 90% when a card falls due with default settings, and falls as time passes', () => {
		const { card } = answerWhenDue(['good', 'good', 'good']);
		const atDue = retrievability(card, card.lastReview! + card.scheduledDays * D)!;
		expect(atDue).toBeGreaterThan(0.88);
		expect(atDue).toBeLessThan(0.92);
		expect(retrievability(card, card.lastReview! + 100 * D)!).toBeLessThan(atDue);
	});

	it('is undefined for a card never answered', () => {
		expect(retrievability(newCard(0), 1000)).toBeUndefined();
	});
});
