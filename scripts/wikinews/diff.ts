/**
 * tsx scripts/wikinews/diff.ts <oldBanks> <newBanks> [--speakers] [--summary]: what a change did to a folder of
 * banks — per bank, the questions it removed (-) and added (+), and with --speakers every quote whose speaker, role
 * or confidence changed. Every change is read before a rule is kept.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank, Fact, Question } from '../../src/lib/generator/bank.ts';

type QuoteFact = Extract<Fact, { kind: 'quote' }>;
const [oldDir, newDir, ...flags] = process.argv.slice(2);
if (!oldDir || !newDir)
	throw new Error('usage: tsx scripts/wikinews/diff.ts <oldBanks> <newBanks> [--speakers]');
const speakers = flags.includes('--speakers');
const summary = flags.includes('--summary');

const load = (dir: string, file: string): Pick<Bank, 'facts' | 'questions'> =>
	existsSync(join(dir, file))
		? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Bank)
		: { facts: [], questions: [] };
const shown = (q: Question) =>
	`${q.type} | ${q.prompt} => ${q.answer}${'choices' in q && q.choices ? ` [${q.choices.join(' / ')}]` : ''}`;
const quotes = (bank: Pick<Bank, 'facts'>) =>
	new Map(
		bank.facts
			.filter((f): f is QuoteFact => f.kind === 'quote')
			.map((f) => [`${f.quote}@${f.evidence.start}`, f] as const)
	);
const speakerOf = (f: QuoteFact) =>
	`${f.speaker.name}${f.speaker.role ? `, ${f.speaker.role}` : ''} (${f.confidence})`;

let removed = 0;
let added = 0;
let changed = 0;
let banks = 0;
const files = [...new Set([...readdirSync(oldDir), ...readdirSync(newDir)])]
	.filter((f) => f.endsWith('.json'))
	.sort();
for (const file of files) {
	const [before, after] = [load(oldDir, file), load(newDir, file)];
	const lines: string[] = [];
	if (speakers) {
		const [was, now] = [quotes(before), quotes(after)];
		for (const [key, f] of now) {
			const old = was.get(key);
			if (!old) lines.push(`  + quote “${f.quote}” ${speakerOf(f)}`);
			else if (speakerOf(old) !== speakerOf(f)) {
				lines.push(`  ~ “${f.quote.slice(0, 90)}”\n      ${speakerOf(old)}  →  ${speakerOf(f)}`);
				changed++;
			}
		}
		for (const [key, f] of was) if (!now.has(key)) lines.push(`  - quote “${f.quote}” ${speakerOf(f)}`);
	}
	const [was, now] = [new Set(before.questions.map(shown)), new Set(after.questions.map(shown))];
	const gone = [...was].filter((q) => !now.has(q));
	const come = [...now].filter((q) => !was.has(q));
	lines.push(...gone.map((q) => `  - ${q}`), ...come.map((q) => `  + ${q}`));
	removed += gone.length;
	added += come.length;
	if (lines.length === 0) continue;
	banks++;
	if (!summary) console.log(`${file}\n${lines.join('\n')}`);
}
console.log(
	`${banks} banks differ; questions -${removed} +${added}${speakers ? `; ${changed} speakers changed` : ''}`
);
