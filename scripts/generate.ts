/**
 * npm run --silent generate -- <article.txt> [--out <bank.json>] [--seed N]
 * Reads the article (headline on line 1) and its optional sidecar <article>.json; writes the bank JSON to --out
 * or stdout. Bad input exits 1 with one line on stderr saying what was wrong.
 */
import { writeFileSync } from 'node:fs';
import { GeneratorInputError, generateBank } from '../src/lib/generator/generate.ts';
import { ArticleError, articleName, readArticle, readSidecar, serialize } from './articles.ts';

function main(args: string[]): number {
	let input: string | undefined;
	let out: string | undefined;
	let seed: number | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--out') out = args[++i];
		else if (arg === '--seed') seed = Number(args[++i]);
		else if (arg.startsWith('--')) return fail(`unknown option ${arg}`);
		else if (input === undefined) input = arg;
		else return fail(`one article at a time (got ${input} and ${arg})`);
	}
	if (!input) return fail('usage: npm run --silent generate -- <article.txt> [--out <bank.json>] [--seed N]');
	if (out === undefined && args.includes('--out')) return fail('--out needs a file name');
	if (seed !== undefined && !Number.isInteger(seed)) return fail('--seed needs an integer');
	try {
		const sidecar = readSidecar(input);
		const bank = generateBank({
			text: readArticle(input),
			id: articleName(input),
			...sidecar,
			...(seed !== undefined ? { seed } : {})
		});
		if (out) writeFileSync(out, serialize(bank));
		else {
			// A reader that stops early (`| head`) closes the pipe: that is not a failure to report.
			process.stdout.on('error', (error: NodeJS.ErrnoException) => {
				if (error.code === 'EPIPE') process.exit(0);
				throw error;
			});
			process.stdout.write(serialize(bank));
		}
		return 0;
	} catch (e) {
		if (e instanceof ArticleError || e instanceof GeneratorInputError) return fail(e.message);
		throw e;
	}
}

function fail(message: string): number {
	process.stderr.write(`generate: ${message}\n`);
	return 1;
}

process.exitCode = main(process.argv.slice(2));
