/**
 * tsx scripts/wikinews/pack.ts <bankDir> <articleDir> <seed> <count> <outDir> <slug…>: one blind-review pack per
 * article: the article, then the practice quiz the app would draw (`pickQuiz`, the seed's), each question with its
 * choices in the order shown, its key, how a typed answer is graded, what is shown after answering and the sentence
 * it came from. A reviewer who writes no rules judges each against the article alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionRecord } from '../../src/lib/db/schema.ts';
import type { Bank } from '../../src/lib/generator/bank.ts';
import { withChoicesShuffled } from '../../src/lib/quiz/choices.ts';
import { factsById, pickQuiz } from '../../src/lib/quiz/practice.ts';

const [bankDir, articleDir, seedArg, countArg, outDir, ...slugs] = process.argv.slice(2);
if (!bankDir || !articleDir || !outDir || slugs.length === 0)
	throw new Error(
		'usage: tsx scripts/wikinews/pack.ts <bankDir> <articleDir> <seed> <count> <outDir> <slug…>'
	);
const seed = Number(seedArg);
const count = Number(countArg);
mkdirSync(outDir, { recursive: true });
let asked = 0;
for (const slug of slugs) {
	const bank = JSON.parse(readFileSync(join(bankDir, `${slug}.json`), 'utf8')) as Bank;
	const text = bank.article.text;
	const records = bank.questions.map(
		(q) => ({ ...q, key: `${slug}:${q.id}`, deckId: slug }) as QuestionRecord
	);
	const quiz = pickQuiz(
		records,
		factsById(bank.facts),
		['quote', 'figure', 'date'],
		count,
		seed,
		text,
		bank.title
	);
	const body = readFileSync(join(articleDir, `${slug}.txt`), 'utf8')
		.split('\n')
		.slice(1)
		.join('\n')
		.trim();
	const lines = [
		`# ${bank.title}`,
		'',
		`Published: ${bank.article.date ?? 'unknown'}`,
		'',
		'## Article',
		'',
		body
	];
	lines.push('', '## Questions', '');
	quiz.forEach((record, i) => {
		const q = withChoicesShuffled(record, seed, 0);
		lines.push(`### Q${i + 1} (${q.type})`, '', q.prompt, '');
		if ('choices' in q && q.choices) lines.push(`Choices: ${q.choices.map((c) => `«${c}»`).join(' · ')}`, '');
		if (q.type === 'matching') lines.push(...q.pairs.map((p) => `- ${p.left} → ${p.right}`));
		else {
			const also =
				'alternatives' in q && q.alternatives?.length ? ` (also accepted: ${q.alternatives.join('; ')})` : '';
			lines.push(`Keyed answer: «${q.answer}»${also}`);
		}
		if ('accept' in q)
			lines.push(
				'',
				q.accept.kind === 'number'
					? 'Graded as an amount: any way of writing the same amount is accepted (digits or words, with or without the unit).'
					: 'Graded by meaning: any common way of writing the same date or period is accepted.'
			);
		lines.push('', `Shown after answering: ${q.explanation ?? ''}`);
		lines.push('', `Evidence sentence: “${text.slice(q.evidence.start, q.evidence.end)}”`, '');
	});
	if (quiz.length === 0) lines.push('(no questions)');
	asked += quiz.length;
	writeFileSync(join(outDir, `${slug}.md`), `${lines.join('\n')}\n`);
}
console.log(`${slugs.length} packs, ${asked} questions`);
