/**
 * npx tsx scripts/validate-qti.ts <schema-folder>
 *
 * Validates the QTI packages Byline exports against the IMS XML schemas with xmllint (Debian's libxml2-utils).
 * The schemas are not redistributable from npm or Debian, so they stay outside the repository: the folder must
 * hold a `catalog.xml` (an OASIS XML catalog) that maps the schemas' official addresses to local copies, namely
 *   http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd          QTI 1.2 (Canvas package)
 *   http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd   QTI 2.1 (items and test)
 *   http://www.imsglobal.org/xsd/imscp_v1p1.xsd                IMS Content Packaging 1.1.4
 *   http://www.imsglobal.org/xsd/imscp_v1p2.xsd                IMS Content Packaging 1.2
 * and whatever those import. xmllint runs with --nonet: nothing is fetched.
 *
 * Packages are made from every question type, from the same questions with hostile text in every field, and
 * from each shipped bank. Prints one line per schema and exits 1 on any error.
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Question } from '../src/lib/generator/bank.ts';
import { qtiZip } from '../src/lib/share/export/packages.ts';
import { hostileQuestionSets } from '../src/lib/share/export/test-corpus.ts';
import { QUESTIONS } from '../src/lib/share/test-fixtures.ts';

const SCHEMA = {
	qti12: 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd',
	qti21: 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
	cp11: 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd',
	cp12: 'http://www.imsglobal.org/xsd/imscp_v1p2.xsd'
} as const;

function samples(): { name: string; title: string; questions: Question[] }[] {
	const banks = readdirSync('questions/banks')
		.filter((file) => file.endsWith('.json'))
		.map((file) => {
			const bank = JSON.parse(readFileSync(join('questions/banks', file), 'utf8')) as {
				title: string;
				questions: Question[];
			};
			return { name: `bank ${file}`, title: bank.title, questions: bank.questions };
		});
	return [
		{ name: 'every type', title: 'Putin & Xi: “no limits”', questions: QUESTIONS },
		...hostileQuestionSets().map(({ text, questions }, i) => ({
			name: `hostile ${i + 1}`,
			title: text,
			questions
		})),
		...banks
	];
}

/** Unzips a package into a folder of its own; returns the folder and its file paths. */
function unpack(zip: Uint8Array, into: string): string[] {
	const files = unzipSync(zip);
	for (const [path, bytes] of Object.entries(files)) {
		mkdirSync(dirname(join(into, path)), { recursive: true });
		writeFileSync(join(into, path), bytes);
	}
	return Object.keys(files);
}

function xmllint(catalog: string, schema: string, files: string[]): { errors: string[] } {
	try {
		execFileSync('xmllint', ['--nonet', '--noout', '--schema', schema, ...files], {
			env: { ...process.env, XML_CATALOG_FILES: catalog },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		return { errors: [] };
	} catch (error) {
		const output = String((error as { stderr?: Buffer }).stderr ?? error);
		return { errors: output.split('\n').filter((line) => line && !line.endsWith(' validates')) };
	}
}

async function main(args: string[]): Promise<number> {
	const folder = args[0];
	if (!folder) {
		console.error('usage: npx tsx scripts/validate-qti.ts <schema-folder>   (the folder holds catalog.xml)');
		return 2;
	}
	const catalog = resolve(folder, 'catalog.xml');
	if (!existsSync(catalog)) {
		console.error(`No catalog.xml in ${folder}: it maps the schemas' addresses to local copies.`);
		return 2;
	}
	const work = mkdtempSync(join(tmpdir(), 'byline-qti-'));
	const bySchema = new Map<string, string[]>(Object.values(SCHEMA).map((schema) => [schema, []]));
	const wellFormedOnly: string[] = [];
	try {
		for (const [n, sample] of samples().entries()) {
			for (const format of ['canvas-qti', 'qti21'] as const) {
				const dir = join(work, `${n}-${format}`);
				const { bytes: zip } = qtiZip(format, sample.questions, sample.title);
				for (const path of unpack(zip, dir)) {
					const file = join(dir, path);
					if (path === 'imsmanifest.xml') {
						bySchema.get(SCHEMA.cp11)!.push(file);
						bySchema.get(SCHEMA.cp12)!.push(file);
					} else if (path.endsWith('assessment_meta.xml')) wellFormedOnly.push(file);
					else bySchema.get(format === 'canvas-qti' ? SCHEMA.qti12 : SCHEMA.qti21)!.push(file);
				}
			}
		}
		let failed = 0;
		for (const [schema, files] of bySchema) {
			const { errors } = xmllint(catalog, schema, files);
			failed += errors.length;
			// A control: the same schema must reject a file with an element it does not define.
			const broken = join(work, `control-${failed}-${files.length}.xml`);
			writeFileSync(broken, readFileSync(files[0]!, 'utf8').replace('\n  <', '\n  <unknownElement/>\n  <'));
			const rejected = xmllint(catalog, schema, [broken]).errors.length > 0;
			if (!rejected) failed += 1;
			console.log(
				`${schema}: ${files.length} files, errors: ${errors.length}; a broken copy rejected: ${rejected ? 'yes' : 'NO'}`
			);
			for (const line of errors.slice(0, 20)) console.log(`  ${line}`);
		}
		// Canvas's quiz settings file has no schema xmllint can compile; it is checked for well-formedness.
		try {
			execFileSync('xmllint', ['--nonet', '--noout', ...wellFormedOnly], {
				stdio: ['ignore', 'pipe', 'pipe']
			});
			console.log(
				`assessment_meta.xml (Canvas, well-formed only): ${wellFormedOnly.length} files, errors: 0`
			);
		} catch (error) {
			failed += 1;
			console.log(`assessment_meta.xml: ${String((error as { stderr?: Buffer }).stderr)}`);
		}
		console.log(failed === 0 ? 'All packages valid.' : `${failed} errors.`);
		return failed === 0 ? 0 : 1;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	process.exitCode = await main(process.argv.slice(2));
