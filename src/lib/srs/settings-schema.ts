import * as v from 'valibot';
import { defaultSettings, type Step, type StudySettings } from './settings';

// Apart from settings.ts, so the pages that only read settings (home, study) do not load valibot with them.

const STEP = /^(\d{1,6}(?:\.\d{1,3})?)([mhd])$/;
const MINUTES_PER_UNIT = { m: 1, h: 60, d: 1440 } as const;
const MAX_STEP_MINUTES = 365 * 1440;

/** Minutes in a step, or undefined when it is not a step ts-fsrs can use. */
function stepMinutes(step: string): number | undefined {
	const match = STEP.exec(step);
	if (!match) return undefined;
	const [, amount, unit] = match as unknown as [string, string, keyof typeof MINUTES_PER_UNIT];
	const minutes = Number(amount) * MINUTES_PER_UNIT[unit];
	return minutes > 0 && minutes <= MAX_STEP_MINUTES ? minutes : undefined;
}

const StepSchema = v.custom<Step>(
	(input) => typeof input === 'string' && stepMinutes(input) !== undefined,
	'a step is a number of minutes, hours or days up to a year, like 10m, 1h or 1d'
);

const Steps = (fallback: readonly Step[]) =>
	v.optional(v.pipe(v.array(StepSchema), v.maxLength(10)), () => [...fallback]);

const Int = (min: number, max: number, fallback: number) =>
	v.optional(v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max)), fallback);

/**
 * Settings as they arrive from a backup file or a form: missing fields take their defaults (a backup from an
 * older version lacks newer fields), unknown fields are dropped, values outside these bounds are refused.
 * The bounds are Anki's where it has them (retention 0.70–0.99).
 */
export const StudySettingsSchema = v.object({
	desiredRetention: v.optional(
		v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)),
		defaultSettings.desiredRetention
	),
	maximumInterval: Int(1, 36500, defaultSettings.maximumInterval),
	learningSteps: Steps(defaultSettings.learningSteps),
	relearningSteps: Steps(defaultSettings.relearningSteps),
	newPerDay: Int(0, 9999, defaultSettings.newPerDay),
	reviewsPerDay: Int(0, 99999, defaultSettings.reviewsPerDay),
	dayStartHour: Int(0, 23, defaultSettings.dayStartHour),
	enableFuzz: v.optional(v.boolean(), defaultSettings.enableFuzz)
});

export class SettingsError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid study settings: ${problems.slice(0, 3).join('; ')}`);
		this.name = 'SettingsError';
	}
}

export function parseSettings(input: unknown): StudySettings {
	const result = v.safeParse(StudySettingsSchema, input);
	if (result.success) return result.output;
	throw new SettingsError(
		result.issues.map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
	);
}
