import { bankForArticle } from '/work/wt-data/scripts/articles.ts';
const name = process.argv[2]!;
const kind = process.argv[3] ?? 'quote';
const bank = bankForArticle(`/work/wt-data/questions/invented/${name}.txt`);
for (const f of bank.facts) {
	if (f.kind !== kind) continue;
	if (f.kind === 'quote') console.log(JSON.stringify(f.quote.slice(0, 50)), '<-', f.speaker.name, '|', f.speaker.role ?? '', '|', f.confidence, (f as any).rule ?? '');
	else console.log(JSON.stringify(f.text), (f as any).value, (f as any).unit ?? '');
}
