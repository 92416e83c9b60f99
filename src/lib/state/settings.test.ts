import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/db/open';
import { studySettings } from '$lib/db/study';
import type { SettingRecord } from '$lib/db/schema';
import { readSetting } from '$lib/db/settings';
import { defaultSettings } from '$lib/srs/settings';
import { SettingsError } from '$lib/srs/settings-schema';
import { StudySettingsState } from './settings.svelte';

describe('StudySettingsState', () => {
	it('starts from the defaults, saves valid settings where /study reads them, and refuses invalid ones', async () => {
		const db = await openDatabase({ name: 'settings-state' });
		const state = new StudySettingsState();
		expect(await state.load(db)).toEqual(defaultSettings);
		await state.save(db, { ...defaultSettings, desiredRetention: 0.85, newPerDay: 5 });
		expect(await studySettings(db)).toMatchObject({ desiredRetention: 0.85, newPerDay: 5 });
		await expect(state.save(db, { ...defaultSettings, desiredRetention: 0.5 })).rejects.toBeInstanceOf(
			SettingsError
		);
		expect(await readSetting(db, 'study-settings')).toMatchObject({ desiredRetention: 0.85 });
		expect(state.current.desiredRetention).toBe(0.85);
		db.close();
	});

	it('gives a setting the saved ones lack (saved before it existed) its default', async () => {
		const db = await openDatabase({ name: 'settings-state-older' });
		const { enableFuzz: _added, ...older } = { ...defaultSettings, newPerDay: 7 };
		await db.put('settings', { key: 'study-settings', value: older } as SettingRecord);
		expect(await new StudySettingsState().load(db)).toEqual({ ...defaultSettings, newPerDay: 7 });
		db.close();
	});
});
