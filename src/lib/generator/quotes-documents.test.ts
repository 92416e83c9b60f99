import { describe, expect, it } from 'vitest';
import { speakerKinds } from './test-fixtures';

describe('attrd65: a bill or resolution speaks for itself, not for its sponsor (measureItself)', () => {
	it('is the resolution when a person owns it ("Roe\'s resolution charges Kell with “…”")', () => {
		expect(
			speakerKinds(
				'Ada Roe of Illinois has introduced a resolution. Roe\'s resolution charges Tom Kell with "leaking classified national secrets."'
			)
		).toEqual(['document:the resolution:low']);
	});
	it('is the resolution when it speaks after a person introduced it ("The resolution says “…”")', () => {
		expect(
			speakerKinds(
				'Ada Roe introduced a resolution last Tuesday in the Kell House. The resolution says "Tom Kell has committed high crimes."'
			)
		).toEqual(['document:the resolution:low']);
	});
	it("leaves a person's statement theirs", () => {
		expect(
			speakerKinds(
				'Ada Roe issued a statement on Tuesday. The statement says "Tom Kell has committed high crimes."'
			)
		).toEqual(['person:Ada Roe:high']);
	});
});

describe('attrd65: words a banner, sign or placard shows (signText)', () => {
	it('are the carriers\' when the article names them, and "read another" is the next sign\'s', () => {
		expect(
			speakerKinds(
				'Crowds gathered in Cairo. "1,500 lashes is unprecedented," read one banner carried by protesters. "Who is responsible for this?" read another.'
			)
		).toEqual(['group:protesters:low', 'group:protesters:low']);
	});
	it('are the sign\'s when nobody is said to carry it, never a body named "Banners"', () => {
		expect(
			speakerKinds(
				'Students in Rennes wore garbage bags with signs declaring: "I am disposable." Banners declared "No to throw-away youths for ever."'
			)
		).toEqual(['document:the sign:low', 'document:the banner:low']);
	});
	it('leave a person who holds a sign and speaks the speaker', () => {
		expect(speakerKinds('Ada Roe held a banner and said "We will win this fight."')).toEqual([
			'person:Ada Roe:high'
		]);
	});
});

describe('attrd65: "according to" a source whose sentence goes on after the name (SHARED_SUBJECT_AFTER_NAME)', () => {
	it('ends the source at the name before "and" with an auxiliary', () => {
		expect(
			speakerKinds(
				'Officials confirmed it. The document "reflects the broad interagency effort under way in Iraq" according to an NSC spokesman Frederick Jones and had received major contributions from the State Department.'
			)
		).toEqual(['person:Frederick Jones:high']);
	});
});

describe('attrd65: a document and how it came out (documentBeforeParticiple)', () => {
	it('is the document, not an unnamed person "a statement issued"', () => {
		expect(
			speakerKinds(
				'Kell Motors recalled the cars. Following the fire, the firm "launched an extensive investigation," according to a statement issued today.'
			)
		).toEqual(['document:the statement:low']);
		expect(
			speakerKinds(
				'Troops crossed the border. "The armed forces respect the border," said a statement posted on the army\'s website.'
			)
		).toEqual(['document:the statement:low']);
	});
	it('leaves the issuer "by" names the speaker', () => {
		expect(
			speakerKinds(
				'A helicopter crashed. "A helicopter went down," said a statement issued by the Kell Ministry.'
			)
		).toEqual(['organisation:the Kell Ministry:high']);
	});
});

describe('a sign after the quote with no carriers named (wn3 test: "said a banner that was posted by …" threw)', () => {
	it('gives the words to the banner and throws nothing', () => {
		expect(
			speakerKinds(
				'A tape was released. "The testament of the martyr, presented by his sheik," said a banner that was posted on a website.'
			)
		).toEqual(['document:the banner:low']);
	});
});

describe('a person whose surname is a sign\'s noun (wn3 test: "David Banner said “…”" went to "the banner")', () => {
	it('keeps the person', () => {
		expect(speakerKinds('The row grew. David Banner said "Ana Roe can wait."')).toEqual([
			'person:David Banner:high'
		]);
	});
});

describe('a body named after "the management of" (wn3 test: a letter from the management of Afflecks Palace lost its issuer)', () => {
	it('gives the letter to the body that runs it', () => {
		expect(
			speakerKinds(
				'Stall holders feared the worst. A letter from the management of Kell Docks told them that "no new lease has been offered".'
			)
		).toEqual([expect.stringMatching(/:Kell Docks:high$/)]);
	});
});

describe('"according to" before a name and a verb (wn3 test: "according to analyst Dennis DesRosier believes … “likely”" lost him)', () => {
	it('keeps the source named after "according to"', () => {
		expect(
			speakerKinds(
				'Ford will invest in the plant. On the contrary, according to Automotive analyst Ada Roe believes that the plant is still "likely" to close.'
			)
		).toEqual([expect.stringMatching(/:Ada Roe:high$/)]);
	});
});
