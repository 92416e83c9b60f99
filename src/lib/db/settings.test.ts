import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/srs/settings';
import { openDatabase } from './open';
import { readSetting, writeSetting } from './settings';

describe('issue 10: settings, a typed map of known keys', () => {
	it('gives back each value under its key, and nothing for a key never written', async () => {
		const db = await openDatabase({ name: 'settings-map' });
		expect(await readSetting(db, 'show-streak')).toBeUndefined();
		await writeSetting(db, { key: 'show-streak', value: true });
		await writeSetting(db, { key: 'last-backup-at', value: 1234 });
		await writeSetting(db, { key: 'study-settings', value: { ...defaultSettings, newPerDay: 7 } });
		const streak: boolean | undefined = await readSetting(db, 'show-streak');
		const lastBackup: number | undefined = await readSetting(db, 'last-backup-at');
		expect([streak, lastBackup]).toEqual([true, 1234]);
		expect((await readSetting(db, 'study-settings'))?.newPerDay).toBe(7);
		await writeSetting(db, { key: 'show-streak', value: false });
		expect(await readSetting(db, 'show-streak')).toBe(false);
		db.close();
	});
});
