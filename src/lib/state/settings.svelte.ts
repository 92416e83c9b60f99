import { STUDY_SETTINGS_KEY, studySettings } from '$lib/db/study';
import type { BylineDatabase } from '$lib/db/schema';
import { writeSetting } from '$lib/db/settings';
import { defaultSettings, type StudySettings } from '$lib/srs/settings';
import { parseSettings } from '$lib/srs/settings-schema';

/** Validates before writing, so what /study reads under `study-settings` always passes `parseSettings`. */
export async function writeStudySettings(db: BylineDatabase, input: unknown): Promise<StudySettings> {
	const settings = parseSettings(input);
	await writeSetting(db, { key: STUDY_SETTINGS_KEY, value: settings });
	return settings;
}

/** Study settings as a page shows them: the defaults until the saved ones are read. */
export class StudySettingsState {
	current = $state<StudySettings>({ ...defaultSettings });

	async load(db: BylineDatabase): Promise<StudySettings> {
		this.current = await studySettings(db);
		return this.current;
	}

	/** Throws `SettingsError` for invalid input and a quota `DbError` on a full disk; nothing is stored then. */
	async save(db: BylineDatabase, input: unknown): Promise<StudySettings> {
		this.current = await writeStudySettings(db, input);
		return this.current;
	}
}
