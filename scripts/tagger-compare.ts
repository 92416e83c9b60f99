/**
 * Issue 9: which part-of-speech tagger the cloze distractors use. Compares compromise (already a dependency)
 * with wink-nlp + wink-eng-lite-web-model on the cloze words of questions/cloze-pos.json (labelled by hand):
 * accuracy on the word in its sentence, bundle size (minified + gzip, as the import worker would load it) and
 * tagging speed in a worker thread. wink is not a dependency: install it for this run only,
 *   npm install --no-save wink-nlp wink-eng-lite-web-model && npx tsx scripts/tagger-compare.ts
 * The classes compared are what a distractor must share with the key: noun (singular, plural), verb (base, -s,
 * -ing, past or participle), adjective (plain, comparative, superlative).
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { build } from 'vite';
import { ROOT } from './articles.ts';
import { classOfPenn, compromiseClass, type WordClass } from '../src/lib/generator/tagger.ts';

interface Labelled {
	word: string;
	sentence: string;
	at: number;
	tag: string;
}

const require = createRequire(import.meta.url);
const { words } = JSON.parse(readFileSync(join(ROOT, 'questions/cloze-pos.json'), 'utf8')) as {
	words: Labelled[];
};
const truth = (w: Labelled): WordClass[] => w.tag.split('|').map((t) => classOfPenn(t));

/** wink's universal tags with the inflection read off the word, as a distractor needs it. */
function winkClass(pos: string, word: string): WordClass {
	const lower = word.toLowerCase();
	if (pos === 'NOUN' || pos === 'PROPN') return /[^s]s$/.test(lower) ? 'noun-plural' : 'noun';
	if (pos === 'VERB' || pos === 'AUX') {
		if (/ing$/.test(lower)) return 'verb-ing';
		if (/(?:ed|en)$/.test(lower)) return 'verb-past';
		if (/[^s]s$/.test(lower)) return 'verb-s';
		return 'verb';
	}
	if (pos === 'ADJ')
		return /est$/.test(lower) ? 'adjective-most' : /er$/.test(lower) ? 'adjective-more' : 'adjective';
	if (pos === 'ADV') return 'adverb';
	return 'other';
}

async function main(): Promise<void> {
	const modules = ['wink-nlp', 'wink-eng-lite-web-model'];
	const winkNlp = (await import(modules[0]!)).default;
	const model = (await import(modules[1]!)).default;
	const nlp = winkNlp(model);
	const its = nlp.its;

	let compromiseRight = 0;
	let winkRight = 0;
	const misses: string[] = [];
	for (const w of words) {
		const expected = truth(w);
		const c = compromiseClass(w.sentence, w.at, w.word);
		if (expected.includes(c)) compromiseRight++;
		else misses.push(`compromise ${w.word}: ${c} (want ${expected.join('|')})`);
		const doc = nlp.readDoc(w.sentence);
		let pos = 'X';
		let offset = 0;
		doc.tokens().each((t: { out: (f: unknown) => string }) => {
			const value = t.out(its.value);
			const found = w.sentence.indexOf(value, offset);
			if (found === w.at && value.toLowerCase() === w.word.toLowerCase()) pos = t.out(its.pos);
			if (found >= 0) offset = found + value.length;
		});
		const k = winkClass(pos, w.word);
		if (expected.includes(k)) winkRight++;
		else misses.push(`wink ${w.word}: ${k} (${pos}) (want ${expected.join('|')})`);
	}

	const dir = mkdtempSync(join(tmpdir(), 'taggers-'));
	const entry = (name: string, code: string) => {
		const file = join(dir, `${name}.js`);
		writeFileSync(file, code);
		return file;
	};
	const bundle = async (name: string, code: string): Promise<number> => {
		const out = join(dir, `${name}-out`);
		await build({
			logLevel: 'silent',
			configFile: false,
			build: {
				lib: { entry: entry(name, code), formats: ['es'], fileName: name },
				outDir: out,
				minify: true,
				write: true
			}
		});
		return gzipSync(readFileSync(join(out, `${name}.js`))).length;
	};
	const compromiseSize = await bundle(
		'compromise',
		`import nlp from ${JSON.stringify(join(ROOT, 'node_modules/compromise/src/three.js'))}; export default (s) => nlp(s).json();`
	);
	const winkSize = await bundle(
		'wink',
		`import w from ${JSON.stringify(require.resolve('wink-nlp'))}; import m from ${JSON.stringify(require.resolve('wink-eng-lite-web-model'))}; const n = w(m); export default (s) => n.readDoc(s).tokens().out(n.its.pos);`
	);

	// Speed in a worker thread: every labelled sentence tagged 20 times, after one warm-up pass.
	const sentences = words.map((w) => w.sentence);
	const speed = (code: string) =>
		new Promise<number>((resolve, reject) => {
			const worker = new Worker(code, { eval: true, workerData: { sentences, root: ROOT } });
			worker.once('message', resolve);
			worker.once('error', reject);
		});
	const compromiseMs = await speed(`
		const { workerData, parentPort } = require('node:worker_threads');
		const m = require(workerData.root + '/node_modules/compromise'); const nlp = m.default ?? m;
		for (const s of workerData.sentences) nlp(s).json();
		const t = performance.now();
		for (let i = 0; i < 20; i++) for (const s of workerData.sentences) nlp(s).json();
		parentPort.postMessage((performance.now() - t) / (20 * workerData.sentences.length));`);
	const winkMs = await speed(`
		const { workerData, parentPort } = require('node:worker_threads');
		const w = require('wink-nlp'); const n = w(require('wink-eng-lite-web-model'));
		for (const s of workerData.sentences) n.readDoc(s).tokens().out(n.its.pos);
		const t = performance.now();
		for (let i = 0; i < 20; i++) for (const s of workerData.sentences) n.readDoc(s).tokens().out(n.its.pos);
		parentPort.postMessage((performance.now() - t) / (20 * workerData.sentences.length));`);

	const pct = (n: number) => `${((100 * n) / words.length).toFixed(1)}% (${n}/${words.length})`;
	console.log('| tagger | accuracy on the cloze words | bundle, min+gzip | ms per sentence in a worker |');
	console.log('|---|---:|---:|---:|');
	console.log(
		`| compromise 14 | ${pct(compromiseRight)} | ${(compromiseSize / 1024).toFixed(0)} KiB | ${compromiseMs.toFixed(2)} |`
	);
	console.log(
		`| wink-nlp + wink-eng-lite-web-model | ${pct(winkRight)} | ${(winkSize / 1024).toFixed(0)} KiB | ${winkMs.toFixed(2)} |`
	);
	if (process.argv.includes('--misses')) for (const m of misses) console.log(m);
}

await main();
