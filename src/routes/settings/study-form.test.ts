import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/srs/settings';
import { parseSettings } from '$lib/srs/settings-schema';
import { hourLabel, readFields, toFields } from './study-form';

const current = { ...defaultSettings, enableFuzz: false };
const fields = toFields(current);

describe('study settings form', () => {
	it('shows the saved settings and reads them back unchanged', () => {
		expect(fields).toMatchObject({ retention: '90', learningSteps: '1m 10m', dayStartHour: '4' });
		expect(readFields(fields, current)).toEqual({ ok: true, settings: current });
	});

	it('reads what students type: a percentage, spaces or commas between steps, thousands separators', () => {
		const result = readFields(
			{
				...fields,
				retention: ' 85 % ',
				learningSteps: '1M, 10m,1h',
				reviewsPerDay: '1,000',
				dayStartHour: '0'
			},
			current
		);
		expect(result.ok && result.settings).toMatchObject({
			desiredRetention: 0.85,
			learningSteps: ['1m', '10m', '1h'],
			reviewsPerDay: 1000,
			dayStartHour: 0,
			enableFuzz: false
		});
		if (result.ok) expect(parseSettings(result.settings)).toEqual(result.settings);
	});

	it('refuses values out of bounds or not numbers, naming each field', () => {
		const result = readFields(
			{
				...fields,
				retention: '60',
				maximumInterval: '2.5',
				learningSteps: '1x',
				newPerDay: 'lots',
				reviewsPerDay: '-1'
			},
			current
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(
			['learningSteps', 'maximumInterval', 'newPerDay', 'retention', 'reviewsPerDay'].sort()
		);
		expect(result.errors.retention).toMatch(/70 to 99/);
	});

	it('accepts the bounds themselves and refuses just past them', () => {
		expect(readFields({ ...fields, retention: '70' }, current).ok).toBe(true);
		expect(readFields({ ...fields, retention: '99' }, current).ok).toBe(true);
		expect(readFields({ ...fields, retention: '99.5' }, current).ok).toBe(false);
		expect(readFields({ ...fields, retention: '0.9' }, current).ok).toBe(false);
		expect(readFields({ ...fields, maximumInterval: '36501' }, current).ok).toBe(false);
	});

	it('allows no learning steps (new cards go straight to review)', () => {
		const result = readFields({ ...fields, learningSteps: '  ' }, current);
		expect(result.ok && result.settings.learningSteps).toEqual([]);
	});

	it('names hours as a clock does', () => {
		expect([0, 4, 12, 15].map(hourLabel)).toEqual(['Midnight', '4 am', 'Noon', '3 pm']);
	});
});
