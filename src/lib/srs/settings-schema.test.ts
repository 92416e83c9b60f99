import { describe, expect, it } from 'vitest';
import { defaultSettings } from './settings';
import { parseSettings, SettingsError } from './settings-schema';

describe('parseSettings', () => {
	it('fills every missing field with its default, so an old backup still loads', () => {
		expect(parseSettings({})).toEqual(defaultSettings);
		expect(parseSettings({ newPerDay: 5 })).toEqual({ ...defaultSettings, newPerDay: 5 });
	});

	it('round-trips the defaults through JSON', () => {
		expect(parseSettings(JSON.parse(JSON.stringify(defaultSettings)))).toEqual(defaultSettings);
	});

	it('drops fields it does not know, from a newer version', () => {
		expect(parseSettings({ futureOption: true })).not.toHaveProperty('futureOption');
	});

	it('accepts steps in minutes, hours and days, and no steps at all', () => {
		const parsed = parseSettings({ learningSteps: ['30m', '1.5h', '1d'], relearningSteps: [] });
		expect(parsed.learningSteps).toEqual(['30m', '1.5h', '1d']);
		expect(parsed.relearningSteps).toEqual([]);
	});

	it.each([
		['desiredRetention', 0.5],
		['desiredRetention', 1],
		['maximumInterval', 0],
		['maximumInterval', 36501],
		['maximumInterval', 10.5],
		['newPerDay', -1],
		['reviewsPerDay', '200'],
		['dayStartHour', 24],
		['dayStartHour', 4.5],
		['enableFuzz', 'yes'],
		['learningSteps', ['10']],
		['learningSteps', ['0m']],
		['learningSteps', ['10s']],
		['learningSteps', ['400d']],
		['learningSteps', '10m'],
		['relearningSteps', Array(11).fill('1m')]
	])('refuses %s = %j, saying which field is wrong', (field, value) => {
		expect(() => parseSettings({ [field]: value })).toThrow(SettingsError);
		try {
			parseSettings({ [field]: value });
		} catch (error) {
			expect((error as SettingsError).problems.join(' ')).toContain(field);
		}
	});

	it('refuses what is not an object', () => {
		expect(() => parseSettings(null)).toThrow(SettingsError);
		expect(() => parseSettings('daily')).toThrow(SettingsError);
	});

	it('keeps the defaults frozen, so no caller can change them for everyone', () => {
		expect(Object.isFrozen(defaultSettings)).toBe(true);
		expect(Object.isFrozen(defaultSettings.learningSteps)).toBe(true);
	});
});
