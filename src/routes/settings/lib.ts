import { version } from '$app/environment';
import { resetAll } from '$lib/db/backup';
import { backupReminder, backupStatus, type BackupStatus } from '$lib/db/backup-reminder';
import { loadBundledBanks } from '$lib/db/bundled';
import type { BylineDatabase } from '$lib/db/schema';
import type { Clock } from '$lib/state/clock';
import { StudySettingsState } from '$lib/state/settings.svelte';

/** What the settings page's load gives it; after a restore or a reset every page's data is read again. */
export const SETTINGS_DATA = 'byline:settings';

/** What the browser says of Byline's storage, and how long since the last backup. */
export interface StorageReport {
	estimate: { usage?: number; quota?: number };
	/** Undefined where the browser does not say. */
	persisted?: boolean;
	status: BackupStatus;
	reminder?: string;
}

export interface SettingsData {
	study: StudySettingsState;
	storage: StorageReport;
}

export async function settingsData(
	db: BylineDatabase,
	clock: Clock,
	browserStorage: Partial<Pick<StorageManager, 'estimate' | 'persisted'>> | undefined
): Promise<SettingsData> {
	const study = new StudySettingsState();
	const [, status, estimate, persisted] = await Promise.all([
		study.load(db),
		backupStatus(db),
		browserStorage?.estimate?.() ?? {},
		browserStorage?.persisted?.()
	]);
	const reminder = backupReminder(
		status.lastBackupAt,
		status.reviewsSince,
		clock.now(),
		status.firstReviewAt
	);
	return { study, storage: { estimate, persisted, status, ...(reminder ? { reminder } : {}) } };
}

/** Every store emptied, then the built-in decks loaded again, with no progress. */
export async function resetEverything(db: BylineDatabase, clock: Clock): Promise<void> {
	await resetAll(db);
	await loadBundledBanks(db, version, clock.now());
}
