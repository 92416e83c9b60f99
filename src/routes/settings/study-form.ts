import * as v from 'valibot';
import type { Step, StudySettings } from '$lib/srs/settings';
import { StudySettingsSchema } from '$lib/srs/settings-schema';

/** The study settings as the form holds them: what the student typed, before it is checked. */
export interface StudyFields {
	/** Desired retention as a percentage, which reads more easily than 0.9. */
	retention: string;
	maximumInterval: string;
	learningSteps: string;
	relearningSteps: string;
	newPerDay: string;
	reviewsPerDay: string;
	dayStartHour: string;
}

export type StudyField = keyof StudyFields;
export type FieldErrors = Partial<Record<StudyField, string>>;

/** In form order, so the first field with a problem can take the focus. */
export const FIELD_ORDER: StudyField[] = [
	'newPerDay',
	'reviewsPerDay',
	'dayStartHour',
	'retention',
	'maximumInterval',
	'learningSteps',
	'relearningSteps'
];

/** Messages in words a student can act on; the bounds are the schema's (`StudySettingsSchema`). */
const MESSAGES: Record<StudyField, string> = {
	retention: 'Enter a percentage from 70 to 99, such as 90.',
	maximumInterval: 'Enter a whole number of days from 1 to 36500.',
	learningSteps:
		'Enter steps such as “1m 10m”: numbers followed by m (minutes), h (hours) or d (days), up to 10.',
	relearningSteps:
		'Enter steps such as “10m”: numbers followed by m (minutes), h (hours) or d (days), up to 10.',
	newPerDay: 'Enter a whole number from 0 to 9999.',
	reviewsPerDay: 'Enter a whole number from 0 to 99999.',
	dayStartHour: 'Choose an hour from 0 to 23.'
};

const SCHEMA_FIELD: Record<string, StudyField> = {
	desiredRetention: 'retention',
	maximumInterval: 'maximumInterval',
	learningSteps: 'learningSteps',
	relearningSteps: 'relearningSteps',
	newPerDay: 'newPerDay',
	reviewsPerDay: 'reviewsPerDay',
	dayStartHour: 'dayStartHour'
};

export function toFields(settings: StudySettings): StudyFields {
	return {
		retention: String(Math.round(settings.desiredRetention * 1000) / 10),
		maximumInterval: String(settings.maximumInterval),
		learningSteps: settings.learningSteps.join(' '),
		relearningSteps: settings.relearningSteps.join(' '),
		newPerDay: String(settings.newPerDay),
		reviewsPerDay: String(settings.reviewsPerDay),
		dayStartHour: String(settings.dayStartHour)
	};
}

/** A number as people type it ("90", " 90 % ", "1,000"); NaN for anything else, so the schema refuses it. */
function number(text: string): number {
	const cleaned = text
		.trim()
		.replace(/%$/, '')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.trim();
	return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

function steps(text: string): Step[] {
	return text
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((step) => step.toLowerCase() as Step);
}

export type FormResult = { ok: true; settings: StudySettings } | { ok: false; errors: FieldErrors };

/**
 * Checks the form against the same schema `parseSettings` uses, field by field, keeping settings the form does
 * not show (fuzz) as they were. Only a result with no errors may be saved.
 */
export function readFields(fields: StudyFields, current: StudySettings): FormResult {
	const candidate = {
		...current,
		desiredRetention: Math.round(number(fields.retention) * 10) / 1000,
		maximumInterval: number(fields.maximumInterval),
		learningSteps: steps(fields.learningSteps),
		relearningSteps: steps(fields.relearningSteps),
		newPerDay: number(fields.newPerDay),
		reviewsPerDay: number(fields.reviewsPerDay),
		dayStartHour: number(fields.dayStartHour)
	};
	const result = v.safeParse(StudySettingsSchema, candidate);
	if (result.success) return { ok: true, settings: result.output };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const key = issue.path?.[0]?.key;
		const field = typeof key === 'string' ? SCHEMA_FIELD[key] : undefined;
		if (field) errors[field] = MESSAGES[field];
	}
	return { ok: false, errors };
}

/** How the day-start choices read: "Midnight", "4 am", "Noon", "3 pm". */
export function hourLabel(hour: number): string {
	if (hour === 0) return 'Midnight';
	if (hour === 12) return 'Noon';
	return hour < 12 ? `${hour} am` : `${hour - 12} pm`;
}
