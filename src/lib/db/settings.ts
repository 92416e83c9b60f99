import { guardQuota } from './open';
import type { BylineDatabase, SettingKey, SettingRecord, Settings } from './schema';

/** The value kept under `key`, typed by its key. */
export async function readSetting<K extends SettingKey>(
	db: BylineDatabase,
	key: K
): Promise<Settings[K] | undefined>;
export async function readSetting(
	db: BylineDatabase,
	key: SettingKey
): Promise<Settings[SettingKey] | undefined> {
	return (await db.get('settings', key))?.value;
}

/** A key with its value, checked together: `{ key: 'show-streak', value: true }`. */
export async function writeSetting(db: BylineDatabase, record: SettingRecord): Promise<void> {
	await guardQuota(() => db.put('settings', record));
}
