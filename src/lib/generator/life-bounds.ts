/**
 * A span of a person's life is no longer than the life: "the 78-year-old monarch, who has spent _____ on the
 * throne" rules out 80 and 100 years, "a 46-year-old cameraman with _____ of experience" rules out 50. A reader
 * crosses such a choice out from the sentence alone, so it tests nothing. Only a span already lived counts: a
 * 30-year-old "sentenced to _____" may get 40 years.
 */

/** "a 78-year-old", "aged 52", "Moazzam Begg, 37,": the age of the one person the sentence is about. */
const AGE = /\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b|\p{Lu}\p{Ll}+,\s+(\d{1,3}),/gu;

/** A span already lived: time spent, served, worked or been somewhere, or a career's experience. */
const LIVED =
	/\b(?:spent|spending|served|serving|been|worked|working|lived|living|ruled|ruling|reigned|reigning|career)\b/i;
const LIVED_AFTER = /^\s+(?:of\s+(?:experience|service)|on\s+the\s+throne|in\s+(?:office|power))\b/i;

/** A span still to come, or someone else's: a sentence handed down, a threat, a reported clause. */
const NOT_LIVED = /\b(?:sentenced?|faces?|facing|could|would|will|jail|up\s+to|said|says|told)\b/i;

/** "who has spent 59 years": a span lived, told after the blanked age. */
const SPAN_AFTER = /^([^.;:“"]*?)\b(\d{1,3})\s+years\b/;

/**
 * The bounds a life sets on the blank (`before` and `after` are its sentence either side): a span lived is at most
 * the age; a blanked age ("the _____ queen, who has spent 59 years on the throne", key 78-year-old) at least the span.
 */
export function lifeBounds(
	before: string,
	after: string,
	value: number,
	core: string
): { least?: number; most?: number } {
	if (/^\d+-year-old$/i.test(core)) return ageBounds(after, value);
	const ages = [...`${before} ${after}`.matchAll(AGE)];
	if (ages.length !== 1) return {};
	const age = ages[0]!;
	const at = age.index!;
	if (at >= before.length) return {};
	const between = before.slice(at + age[0].length);
	if (NOT_LIVED.test(between) || !(LIVED.test(between) || LIVED_AFTER.test(after))) return {};
	const most = Number(age[1] ?? age[2] ?? age[3]);
	return value <= most ? { most } : {};
}

function ageBounds(after: string, value: number): { least?: number } {
	const span = SPAN_AFTER.exec(after);
	if (!span || [...after.matchAll(AGE)].length > 0 || NOT_LIVED.test(span[1]!) || !LIVED.test(span[1]!))
		return {};
	const least = Number(span[2]);
	return value >= least ? { least } : {};
}
