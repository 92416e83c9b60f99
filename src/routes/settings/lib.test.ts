import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { markBackedUp } from '$lib/db/backup';
import { openDatabase } from '$lib/db/open';
import { writeSetting } from '$lib/db/settings';
import { defaultSettings } from '$lib/srs/settings';
import { settingsData } from './lib';

const DAY = 86_400_000;
const clock = { now: () => 40 * DAY, tzOffsetMinutes: () => 0 };

describe('issue 10: the settings page load', () => {
	it('gives the saved study settings, what the browser says of storage, and the last backup', async () => {
		const db = await openDatabase({ name: 'settings-load' });
		await writeSetting(db, { key: 'study-settings', value: { ...defaultSettings, newPerDay: 4 } });
		await markBackedUp(db, 39 * DAY);
		const browser = { estimate: async () => ({ usage: 2048, quota: 1e9 }), persisted: async () => false };
		const data = await settingsData(db, clock, browser);
		expect(data.study.current.newPerDay).toBe(4);
		expect(data.storage).toEqual({
			estimate: { usage: 2048, quota: 1e9 },
			persisted: false,
			status: { lastBackupAt: 39 * DAY, reviewsSince: 0 }
		});
		db.close();
	});

	it('leaves out what a browser does not say', async () => {
		const db = await openDatabase({ name: 'settings-load-bare' });
		const data = await settingsData(db, clock, undefined);
		expect(data.study.current).toEqual(defaultSettings);
		expect(data.storage).toEqual({ estimate: {}, persisted: undefined, status: { reviewsSince: 0 } });
		db.close();
	});
});
