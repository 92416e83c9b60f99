import { guardQuota } from './open';
import type { BylineDatabase } from './schema';

export async function readSetting<T>(db: BylineDatabase, key: string): Promise<T | undefined> {
	const record = await db.get('settings', key);
	return record?.value as T | undefined;
}

export async function writeSetting(db: BylineDatabase, key: string, value: unknown): Promise<void> {
	await guardQuota(() => db.put('settings', { key, value }));
}
