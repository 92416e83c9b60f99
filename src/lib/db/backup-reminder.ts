import { DAY_MS } from '$lib/srs/day';
import type { BylineDatabase } from './schema';
import { readSetting } from './settings';

/** Apart from backup.ts (schemas, restore), so the home page can remind without loading all of that. */
export const LAST_BACKUP_KEY = 'last-backup-at';

export interface BackupStatus {
	lastBackupAt?: number;
	reviewsSince: number;
	firstReviewAt?: number;
}

export async function backupStatus(db: BylineDatabase): Promise<BackupStatus> {
	const lastBackupAt = await readSetting(db, LAST_BACKUP_KEY);
	const since = typeof lastBackupAt === 'number' ? lastBackupAt : -Infinity;
	const reviewsSince = await db.countFromIndex('reviews', 'by-at', IDBKeyRange.lowerBound(since, true));
	const first = await db.transaction('reviews').store.index('by-at').openCursor();
	return {
		...(typeof lastBackupAt === 'number' ? { lastBackupAt } : {}),
		reviewsSince,
		...(first ? { firstReviewAt: first.value.at } : {})
	};
}

export const REMINDER_DAYS = 30;
export const REMINDER_REVIEWS = 500;

/**
 * Whether to suggest a backup: 30 days or 500 reviews of unsaved work. Counted from the last backup, or from the
 * first review when there has never been one; nothing to suggest while nothing new has been studied.
 */
export function backupReminder(
	lastBackupAt: number | undefined,
	reviewsSince: number,
	now: number,
	firstReviewAt?: number
): string | undefined {
	if (reviewsSince === 0) return undefined;
	const from = lastBackupAt ?? firstReviewAt;
	const days = from === undefined ? 0 : Math.floor((now - from) / DAY_MS);
	if (reviewsSince < REMINDER_REVIEWS && days < REMINDER_DAYS) return undefined;
	const work = reviewsSince >= REMINDER_REVIEWS ? `${reviewsSince} answers` : `${days} days of study`;
	return lastBackupAt === undefined
		? `You have ${work} and no backup yet. A backup file keeps them safe if this browser clears its storage.`
		: `You have ${work} since your last backup. Making a new one keeps them safe if this browser clears its storage.`;
}
