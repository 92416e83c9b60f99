import { QUESTIONS, XSS, hostile } from '../test-fixtures';

/**
 * Test data only. Text that breaks careless writers, beyond the XSS corpus: XML's special characters and a
 * CDATA end, characters XML 1.0 cannot hold (a control character, a lone surrogate), line breaks and tabs,
 * spreadsheet formulas and Excel's own `_xHHHH_` escape, and text outside ASCII.
 */
export const HOSTILE: readonly string[] = [
	...XSS,
	`a & b < c > d "e" 'f' ]]> --> <!-- <![CDATA[ &amp;`,
	'bell\u0007 nul\u0000 lone\ud800 cr\r\nlf tab\tend',
	'=HYPERLINK("http://x.test","click")',
	'_x0041_ @SUM(1) +1 -1',
	'👍 Zürich café 中文 עברית'
];

/** Every fixture question with one hostile text in each of its fields, per corpus entry. */
export function hostileQuestionSets() {
	return HOSTILE.map((text) => ({ text, questions: QUESTIONS.map((question) => hostile(question, text)) }));
}
