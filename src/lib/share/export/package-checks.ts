/**
 * Test support only: what an importer checks in a QTI package before it reads a question, written as checks
 * that return the problems they find (an empty list means the package passed). The IMS schemas cannot ship with
 * Byline, so `scripts/validate-qti.ts` validates against them where they are available; these checks run in
 * every `npm test` and cover what the schemas do not: references between files and between elements.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export function readZip(bytes: Uint8Array): Record<string, string> {
	return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** Parses strictly: any well-formedness error or warning throws, naming the file. */
export function parseXml(text: string, name = 'file'): Document {
	const parser = new DOMParser({
		onError: (level, message) => {
			throw new Error(`${name}: XML ${level}: ${message}`);
		}
	});
	return parser.parseFromString(text, 'application/xml');
}

/**
 * libxml2's verdict on every file (Debian's libxml2-utils, which CI installs): the parser most LMS importers
 * are built on. Returns xmllint's complaints, one per line.
 */
export function xmllintProblems(files: Record<string, string>): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'byline-xml-'));
	try {
		const paths = Object.entries(files).map(([path, text], i) => {
			const file = join(dir, `${i}-${path.replace(/[^a-z0-9.]+/gi, '_')}`);
			writeFileSync(file, text);
			return file;
		});
		execFileSync('xmllint', ['--nonet', '--noout', ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
		return [];
	} catch (error) {
		const failure = error as { code?: string; stderr?: Buffer };
		if (failure.code === 'ENOENT')
			throw new Error('xmllint is missing: apt-get install -y libxml2-utils (.ci/run installs it)', {
				cause: error
			});
		return String(failure.stderr).split('\n').filter(Boolean);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export const all = (root: Document | Element, name: string): Element[] =>
	Array.from(root.getElementsByTagName(name));

const attr = (element: Element, name: string) => element.getAttribute(name) ?? '';

function duplicates(values: string[]): string[] {
	const seen = new Set<string>();
	return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/**
 * The manifest against the zip: every file it lists is in the zip and every file in the zip is listed, resource
 * identifiers are unique, each dependency names a resource, and a resource's href is one of its files.
 */
export function manifestProblems(files: Record<string, string>): string[] {
	const manifestText = files['imsmanifest.xml'];
	if (!manifestText) return ['no imsmanifest.xml at the top of the zip'];
	const manifest = parseXml(manifestText, 'imsmanifest.xml');
	const problems: string[] = [];
	const resources = all(manifest, 'resource');
	const listed = resources.flatMap((resource) => all(resource, 'file').map((file) => attr(file, 'href')));
	const inZip = Object.keys(files).filter((path) => path !== 'imsmanifest.xml');
	for (const path of listed) if (!(path in files)) problems.push(`listed but not in the zip: ${path}`);
	for (const path of inZip) if (!listed.includes(path)) problems.push(`in the zip but not listed: ${path}`);
	const ids = [manifest.documentElement!, ...resources].map((element) => attr(element, 'identifier'));
	for (const id of duplicates(ids)) problems.push(`identifier used twice in the manifest: ${id}`);
	for (const dependency of all(manifest, 'dependency')) {
		const ref = attr(dependency, 'identifierref');
		if (!resources.some((resource) => attr(resource, 'identifier') === ref))
			problems.push(`dependency on a missing resource: ${ref}`);
	}
	for (const resource of resources) {
		const href = resource.getAttribute('href');
		if (href !== null && !all(resource, 'file').some((file) => attr(file, 'href') === href))
			problems.push(`resource ${attr(resource, 'identifier')}: href ${href} is not one of its files`);
	}
	return problems;
}

/**
 * QTI 1.2 references inside the assessment: idents unique, every condition's respident names a response of its
 * item, every value tested against a choice response is one of its labels, every feedback shown exists; and
 * Canvas's rule that the quiz settings sit at `<assessment ident>/assessment_meta.xml` under the same identifier.
 */
export function qti12Problems(files: Record<string, string>): string[] {
	const problems: string[] = [];
	const assessmentPath = Object.keys(files).find(
		(path) => path !== 'imsmanifest.xml' && !path.endsWith('assessment_meta.xml')
	);
	if (!assessmentPath) return ['no assessment file'];
	const doc = parseXml(files[assessmentPath]!, assessmentPath);
	const assessment = all(doc, 'assessment')[0]!;
	const assessmentId = attr(assessment, 'ident');
	const metaPath = `${assessmentId}/assessment_meta.xml`;
	if (!files[metaPath]) problems.push(`Canvas looks for ${metaPath}; it is not there`);
	else if (attr(parseXml(files[metaPath], metaPath).documentElement!, 'identifier') !== assessmentId)
		problems.push('assessment_meta.xml names another assessment');
	const idents = [assessment, ...all(doc, 'item')].map((element) => attr(element, 'ident'));
	for (const id of duplicates(idents)) problems.push(`ident used twice: ${id}`);
	for (const item of all(doc, 'item')) {
		const name = attr(item, 'ident');
		const responses = [...all(item, 'response_lid'), ...all(item, 'response_str')];
		for (const id of duplicates(responses.map((response) => attr(response, 'ident'))))
			problems.push(`${name}: response ident used twice: ${id}`);
		const labels = new Map(
			all(item, 'response_lid').map((lid) => [
				attr(lid, 'ident'),
				all(lid, 'response_label').map((label) => attr(label, 'ident'))
			])
		);
		for (const test of ['varequal', 'vargte', 'varlte'].flatMap((tag) => all(item, tag))) {
			const respident = attr(test, 'respident');
			if (!responses.some((response) => attr(response, 'ident') === respident))
				problems.push(`${name}: a condition tests a missing response ${respident}`);
			const choices = labels.get(respident);
			if (choices && !choices.includes(test.textContent ?? ''))
				problems.push(`${name}: ${respident} is tested against ${test.textContent}, not one of its choices`);
		}
		const feedback = all(item, 'itemfeedback').map((element) => attr(element, 'ident'));
		for (const shown of all(item, 'displayfeedback'))
			if (!feedback.includes(attr(shown, 'linkrefid')))
				problems.push(`${name}: shows missing feedback ${attr(shown, 'linkrefid')}`);
		const scored = all(item, 'setvar').length > 0;
		const type = all(item, 'fieldentry')[0]?.textContent;
		if (!scored && type !== 'essay_question') problems.push(`${name}: nothing scores it`);
	}
	return problems;
}

const TEMPLATES = [
	'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct',
	'http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response'
];

/**
 * QTI 2.1 references: the test's item refs point at files in the zip whose identifier they carry, identifiers
 * are unique, every interaction answers a declared response, every correct value and mapping key is one of the
 * interaction's choices (or pairs of them), and every scored item uses a standard template whose needs it meets.
 */
export function qti21Problems(files: Record<string, string>): string[] {
	const problems: string[] = [];
	const manifest = parseXml(files['imsmanifest.xml']!, 'imsmanifest.xml');
	const testResource = all(manifest, 'resource').find((r) => attr(r, 'type') === 'imsqti_test_xmlv2p1');
	if (!testResource) return ['the manifest names no assessmentTest'];
	const testPath = attr(testResource, 'href');
	const test = parseXml(files[testPath] ?? '<missing/>', testPath);
	const refs = all(test, 'assessmentItemRef');
	if (refs.length === 0) problems.push('the test lists no items');
	const identifiers = [attr(test.documentElement!, 'identifier')];
	for (const ref of refs) {
		const href = attr(ref, 'href');
		const text = files[href];
		if (!text) {
			problems.push(`the test refers to a missing file ${href}`);
			continue;
		}
		const item = parseXml(text, href).documentElement!;
		const id = attr(item, 'identifier');
		identifiers.push(id);
		if (id !== attr(ref, 'identifier'))
			problems.push(`${href}: identifier ${id} is not the test's ${attr(ref, 'identifier')}`);
		problems.push(...itemProblems(item, href));
	}
	for (const id of duplicates(identifiers)) problems.push(`identifier used twice: ${id}`);
	return problems;
}

function itemProblems(item: Element, name: string): string[] {
	const problems: string[] = [];
	const declared = all(item, 'responseDeclaration').map((d) => attr(d, 'identifier'));
	const interactions = Array.from(item.getElementsByTagName('*')).filter((e) =>
		e.localName?.endsWith('Interaction')
	);
	if (interactions.length !== 1) problems.push(`${name}: ${interactions.length} interactions`);
	for (const interaction of interactions)
		if (!declared.includes(attr(interaction, 'responseIdentifier')))
			problems.push(`${name}: ${interaction.localName} answers an undeclared response`);
	const choiceIds = [...all(item, 'simpleChoice'), ...all(item, 'simpleAssociableChoice')].map((c) =>
		attr(c, 'identifier')
	);
	for (const id of duplicates(choiceIds)) problems.push(`${name}: choice identifier used twice: ${id}`);
	const declaration = all(item, 'responseDeclaration')[0];
	const baseType = declaration ? attr(declaration, 'baseType') : '';
	const values = all(item, 'correctResponse').flatMap((c) => all(c, 'value').map((v) => v.textContent ?? ''));
	const sets = all(item, 'simpleMatchSet').map((set) =>
		all(set, 'simpleAssociableChoice').map((c) => attr(c, 'identifier'))
	);
	for (const value of values) {
		if (baseType === 'identifier' && !choiceIds.includes(value))
			problems.push(`${name}: the correct response ${value} is not a choice`);
		if (baseType === 'directedPair') {
			const [left, right] = value.split(' ');
			if (!sets[0]?.includes(left!) || !sets[1]?.includes(right!))
				problems.push(`${name}: the correct pair ${value} does not join a left choice to a right one`);
		}
		if (baseType === 'float' && !Number.isFinite(Number(value)))
			problems.push(`${name}: the correct number ${value} is not a number`);
	}
	const processing = all(item, 'responseProcessing')[0];
	const template = processing ? attr(processing, 'template') : undefined;
	const scored = interactions.some((i) => i.localName !== 'extendedTextInteraction');
	if (scored && !TEMPLATES.includes(template ?? ''))
		problems.push(`${name}: scored without a standard template`);
	if (template?.endsWith('match_correct') && values.length === 0)
		problems.push(`${name}: match_correct with no correct response`);
	if (template?.endsWith('map_response') && all(item, 'mapEntry').length === 0)
		problems.push(`${name}: map_response with no mapping`);
	if (!all(item, 'outcomeDeclaration').some((o) => attr(o, 'identifier') === 'SCORE'))
		problems.push(`${name}: no SCORE outcome for the template to set`);
	return problems;
}
