import { describe, expect, it } from 'vitest';
import { clean, isFurniture, pageLabel, toOriginal } from './clean';
import { buildPeople } from './people';
import { attributeQuotes, findQuotes } from './quotes';
import { segment } from './segment';

describe('clean', () => {
	it('removes stray periods inside a sentence and keeps offsets to the original', () => {
		const raw = 'to isolate their countries. from the West. sanctions and, at least. , against it.';
		const c = clean(raw);
		expect(c.text).toBe('to isolate their countries from the West sanctions and, at least, against it.');
		const at = c.text.indexOf('sanctions');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 9)).toBe('sanctions');
		expect(toOriginal(c, c.text.length)).toBe(raw.length);
	});

	it("craft68: keeps a full stop before a verb with no subject (a link's name cut out), not a stray one", () => {
		expect(clean('Plants shut as the storm advances. shut down its refinery in Tolla.').text).toBe(
			'Plants shut as the storm advances. shut down its refinery in Tolla.'
		);
		expect(clean('Houses were bulldozed. is one of the oldest towns.').text).toBe(
			'Houses were bulldozed. is one of the oldest towns.'
		);
		expect(clean('The rally ended in Tolla. led to riots.').text).toBe(
			'The rally ended in Tolla. led to riots.'
		);
		expect(clean('to isolate their countries. from the West.').text).toBe(
			'to isolate their countries from the West.'
		);
		// A verb of speech keeps the old reading: the quote rules would take "Tolla." with its stop as the speaker.
		expect(clean('They fled from Tolla. said of the raid: "It went well."').text).toBe(
			'They fled from Tolla said of the raid: "It went well."'
		);
	});

	it('lead74 (W44 review): keeps a full stop before a lower-case label and its colon', () => {
		expect(
			clean('She would extend the housing plan. interview: Finally, the riding has three campuses.').text
		).toBe('She would extend the housing plan. interview: Finally, the riding has three campuses.');
	});

	it('keeps abbreviations and real sentence ends', () => {
		expect(clean('Mr. smith left. He said so, approx. five times.').text).toBe(
			'Mr. smith left. He said so, approx. five times.'
		);
	});

	it('capitalizes lowercase place names and reporters in the credits', () => {
		const c = clean(
			'He visited kyiv on Monday.\n\nvalerie hopkins reported from Moscow, and chris buckley from Taipei.'
		);
		expect(c.text).toContain('visited Kyiv');
		expect(c.text).toContain('Valerie Hopkins reported from Moscow, and Chris Buckley');
	});

	it('lead 72 (W39, held out): leaves a sentence that says something was reported as it is, no credits', () => {
		const told = [
			'The flaw was found and reported by Kell Security, Inc. The update was the second for the browser, which has grown in popularity.',
			'No injuries were reported from the blast, but two shops were closed, which angered traders.',
			'Targets included a depot, a police station, and a police patrol; one guard was reported from the scene as missing.'
		];
		for (const text of told) expect(clean(text).text).toBe(text);
		expect(clean('Reporting by ada roe; editing by tom ash.').text).toBe(
			'Reporting by Ada Roe; editing by Tom Ash.'
		);
	});

	it('leaves an adjective that names an airport lowercase (stop 47: "be lax" was made "be Lax")', () => {
		expect(clean('We cannot be silent or be lax when they insult us.').text).toBe(
			'We cannot be silent or be lax when they insult us.'
		);
	});

	it('shows one spelling of a place the article spells two ways, and keeps offsets', () => {
		const raw = 'Mr. Kishida visited kyiv on Tuesday. In his trip to Kiev, he announced aid.';
		const c = clean(raw);
		expect(c.text).toBe('Mr. Kishida visited Kyiv on Tuesday. In his trip to Kyiv, he announced aid.');
		const at = c.text.lastIndexOf('Kyiv');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 4)).toBe('Kiev');
		expect(clean('Odessa and Odessa, then Odesa.').text).toBe('Odessa and Odessa, then Odessa.');
		expect(clean('He flew to Kiev.').text).toBe('He flew to Kiev.');
	});

	it('reads a period between an ordinal day and its year as the comma it stands for (blind review r32a)', () => {
		const raw =
			'The ferry was first seen on March 3rd. 2009 off the cape. It sank on June 2nd. Divers came later.';
		const c = clean(raw);
		expect(c.text).toBe(
			'The ferry was first seen on March 3rd, 2009 off the cape. It sank on June 2nd. Divers came later.'
		);
		expect(toOriginal(c, c.text.length)).toBe(raw.length);
		expect(clean('Rooms 12th. 2009 guests.').text).toBe('Rooms 12th. 2009 guests.');
	});

	it('normalizes line endings and odd spaces', () => {
		expect(clean('a\r\nb\u00a0 c\u200b').text).toBe('a\nb c');
	});

	it('issue 9: reads doubled apostrophes and TeX backticks as double quotation marks, keeping offsets', () => {
		const raw = "''It works,'' said Ana Ruiz. ``Fine,'' he said. The players' kit and rock 'n' roll stay.";
		const c = clean(raw);
		expect(c.text).toBe(
			'"It works," said Ana Ruiz. "Fine," he said. The players\' kit and rock \'n\' roll stay.'
		);
		expect(c.origin).toHaveLength(c.text.length + 1);
		expect(c.origin.at(-1)).toBe(raw.length);
		expect(clean("The players'' kit").text).toBe("The players'' kit");
	});

	it('maps every character, and the end, to its place in the original through rewrites that shrink the text', () => {
		// "\r\n" becomes one "\n" (its first character's place), two spaces one, and the zero-width space goes.
		expect(clean('a\r\nb\u00a0 c\u200b').origin).toEqual([0, 1, 3, 4, 6, 8]);
		const raw = 'It rose. , then fell  again.\n\n\n\nNext';
		const c = clean(raw);
		expect(c.text).toBe('It rose, then fell again.\n\nNext');
		expect(c.origin).toHaveLength(c.text.length + 1);
		expect([...c.text].every((ch, i) => raw[c.origin[i]!] === ch)).toBe(true);
		expect(c.origin.at(-1)).toBe(raw.length);
	});

	it('decodes UTF-8 read as Latin-1 or Windows-1252, once or twice over, and keeps offsets', () => {
		// "Zoë Marín" garbled once, "Peña" twice, a curly apostrophe once through Windows-1252.
		const raw = 'Zoë MarÃ­n met PeÃƒÂ±a at the cafÃ©. It wasnâ€™t late.';
		const c = clean(raw);
		expect(c.text).toBe('Zoë Marín met Peña at the café. It wasn’t late.');
		const at = c.text.indexOf('met');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 3)).toBe('met');
	});

	it('decodes garbled text that was also decomposed ("Ã" as A and a tilde, "º" as "o", "¯" as a space and a macron)', () => {
		expect(clean('said Tomas de Jes\u0041\u0303\u0083\u0041\u0302os, an aide').text).toBe(
			'said Tomas de Jesús, an aide'
		);
		expect(clean('a na\u0041\u0303 \u0304ve hope').text).toBe('a naïve hope');
	});

	it('leaves genuine accented text alone, capitals before closing punctuation too', () => {
		const text = 'São Paulo, JOSÉ’s “CAFÉ”, Zoë, Ångström, Œuvre, naïve, 3½ miles, ÃO, SÃO TOMÉ—';
		expect(clean(text).text).toBe(text);
	});

	it('drops a Wingdings bullet pasted as a letter before a capitalised paragraph, and only that', () => {
		expect(clean('Facts:\n\nl Rather than wait, the council voted.\n\nn No permit was issued.').text).toBe(
			'Facts:\n\nRather than wait, the council voted.\n\nNo permit was issued.'
		);
		const words =
			"l'Aquila reopened.\n\nla Rioja voted.\n\nl-glutamine sold out.\n\nl.\n\nI Want It, the song";
		expect(clean(words).text).toBe(words);
	});
});

describe('craft 31: markup a feed left in the text', () => {
	it('drops the tags, keeps their words and the offsets to the original', () => {
		const raw =
			'The board met on Friday.\n\n<tweet id=’8841’ author=’@korvelharbour’>The quay opens in May.</tweet>\n\n' +
			'See <a href="http://example.org/quay">the plan</a> for details.<br/> Costs rose 4 < 5 > 3.';
		const c = clean(raw);
		expect(c.text).toBe(
			'The board met on Friday.\n\nThe quay opens in May.\n\nSee the plan for details. Costs rose 4 < 5 > 3.'
		);
		const at = c.text.indexOf('quay');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 4)).toBe('quay');
	});
});

describe('stop 53: wiki source pasted as text', () => {
	it('drops comments and turns a "== Heading ==" into a paragraph break, keeping the offsets', () => {
		const raw =
			'The ceasefire held on Monday.<!-- source: wire --> ==Reaction== Ann Lee said it "will last".\n\n' +
			'=== More protests expected ===\nSome 80 people marched. A 2 == 2 test and a=b stay.';
		const c = clean(raw);
		expect(c.text).toBe(
			'The ceasefire held on Monday.\n\nAnn Lee said it "will last".\n\nSome 80 people marched. A 2 == 2 test and a=b stay.'
		);
		const at = c.text.indexOf('Ann Lee');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 7)).toBe('Ann Lee');
	});
});

describe('craft70: a wiki list of links under its heading', () => {
	it('drops a "See also" or "Related news" list up to the next heading, and keeps a topic section', () => {
		const raw =
			'The council voted on Monday. == See also == * Council delays the vote for two weeks, March 3, 2009 * ' +
			'Mayor names a new treasurer January 9, 2009 ==Reaction== Ann Lee said it "will last". ' +
			'==Related news== * Harbour plan approved in 40 minutes';
		const c = clean(raw);
		expect(c.text).toBe('The council voted on Monday.\n\nAnn Lee said it "will last".');
		const at = c.text.indexOf('Ann Lee');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 7)).toBe('Ann Lee');
	});
});

describe('attr60p: a heading that names the speaker of the quote under it', () => {
	it('keeps a name heading set right before a quote as a label, and cuts a topic heading or one before prose', () => {
		const raw =
			'Leaders spoke. === President Ada Roe of Kellia === "We are ready." ' +
			'=== Alternative energy === "Over 26 years, he voted no." == Sampling of Remarks == Some spoke.';
		const c = clean(raw);
		expect(c.text).toBe(
			'Leaders spoke.\n\nPresident Ada Roe of Kellia:\n\n"We are ready."\n\n"Over 26 years, he voted no."\n\nSome spoke.'
		);
		const at = c.text.indexOf('We are');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 6)).toBe('We are');
	});

	it('gives the quote under a name heading to the one it names', () => {
		const text = clean(
			'Leaders met in Bandung on Friday. === President Ada Roe of Kellia === "We are honoured to be here."'
		).text;
		const seg = segment(text);
		const people = buildPeople({ text, ...seg });
		const got = attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs));
		expect(got.map((a) => [people.entities[a.speaker ?? -1]?.name, a.confidence])).toEqual([
			['Ada Roe', 'high']
		]);
	});
});

describe('issue 9: an infobox template name left where the box stood', () => {
	it('drops "<name> infobox" between sentences or opening the text, keeping the offsets', () => {
		const raw =
			'United States infobox Ann Roe, a 93-year-old, said so. The charge was repeated to 13,000 supporters. ' +
			'Science and technology infobox The accusation centers on a report.\n\nTemplate:Middle East infobox Talks end. ' +
			'Saddam Hussein Infobox Sunnis marched.';
		const c = clean(raw);
		expect(c.text).not.toMatch(/[Ii]nfobox|Template:|United States|technology|Saddam/);
		expect(c.text).toMatch(
			/^Ann Roe, a 93-year-old, said so\. The charge was repeated to 13,000 supporters\.\n\nThe accusation/
		);
		const at = c.text.indexOf('Talks end');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 9)).toBe('Talks end');
	});

	it('keeps the word inside a sentence', () => {
		const raw =
			'The page has an infobox about the city. Its infobox lists 12 facts. Wiki infobox pages vary.';
		expect(clean(raw).text).toBe(raw);
	});
});

describe('craft63: a Wikinews review state left as text', () => {
	it('drops "publish Archive-unreviewed" opening the text or after its last sentence, keeping the offsets', () => {
		const raw =
			'Harwick ferry strike\n\npublish Archive-unreviewed Presidential candidate Ann Roe was arrested on Monday. ' +
			'She has French citizenship. publish Archive-unreviewed';
		const c = clean(raw);
		expect(c.text).toBe(
			'Harwick ferry strike\n\nPresidential candidate Ann Roe was arrested on Monday. She has French citizenship.'
		);
		const at = c.text.indexOf('Monday');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 6)).toBe('Monday');
	});

	it('keeps "publish" as a verb and an archive’s name', () => {
		const raw = 'The Archive will publish the letters. Archive-reviewed pages vary. We would publish.';
		expect(clean(raw).text).toBe(raw);
	});

	it('craft66: drops "publish" alone ending a paragraph, with or without a full stop before it', () => {
		expect(clean('The vote is set for Oct. 19, 2009. publish\n\nMore follows.').text).toBe(
			'The vote is set for Oct. 19, 2009.\n\nMore follows.'
		);
		expect(clean('The two nations have been allies for 26 years publish').text).toBe(
			'The two nations have been allies for 26 years'
		);
		expect(clean('It announced a $3 billion package. publish == External links ==').text.trimEnd()).toBe(
			'It announced a $3 billion package.'
		);
		expect(clean('It will expand in 2006." publish =\n\nIt ended the House\'s control. =').text).toBe(
			'It will expand in 2006."\n\nIt ended the House\'s control.'
		);
		expect(clean('Let x = 2 and y =\n\n3.').text).toBe('Let x = 2 and y =\n\n3.');
	});
});

describe("craft63b, craft64: a page's country or topic label before the lead, cut in one place", () => {
	it('drops a label from the lead under the headline, keeping the offsets', () => {
		const cases: [string, string][] = [
			[
				'Aviation The European Commission has approved the merger.',
				'The European Commission has approved the merger.'
			],
			['United Kingdom Yesterday, the court ruled.', 'Yesterday, the court ruled.'],
			['Apple A global supply manager was arrested.', 'A global supply manager was arrested.'],
			['Korvel A Harwick court sentenced him.', 'A Harwick court sentenced him.'],
			['Lebanon Over thirty people have died.', 'Over thirty people have died.'],
			['Aviation Three years after it was due, the jet flew.', 'Three years after it was due, the jet flew.'],
			[
				'Canada Former Beatle Sir Paul McCartney received a prize.',
				'Former Beatle Sir Paul McCartney received a prize.'
			],
			[
				'New Zealand <!----> In an NZ$41 million deal, Kordia sold it.',
				'In an NZ$41 million deal, Kordia sold it.'
			],
			['Nepal The, elected on April 10, voted to end it.', 'The, elected on April 10, voted to end it.'],
			[
				'UK British Prime Minister Ana Roe said the tolls rose.',
				'British Prime Minister Ana Roe said the tolls rose.'
			],
			[
				'Norway Ana Roe, the Prime Minister of Norway, said it.',
				'Ana Roe, the Prime Minister of Norway, said it.'
			],
			[
				'</small>\n\nHarwick Harbour Korvel conflict Since May, the port has been shut.',
				'Since May, the port has been shut.'
			]
		];
		for (const [lead, cut] of cases)
			expect(clean(`Harwick strike\n\n${lead}`).text).toBe(`Harwick strike\n\n${cut}`);
		const raw = 'Harwick strike\n\nSomalia On Sunday, suicide bombers killed 11 soldiers.';
		const c = clean(raw);
		const at = c.text.indexOf('Sunday');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 6)).toBe('Sunday');
	});

	it('keeps a lead opened by its own subject, an initial, a later sentence and the headline', () => {
		for (const raw of [
			'Harwick strike\n\nIn France, voting has traditionally been on paper.',
			'Harwick strike\n\nFormer East Timor Prime Minister Mari Alkatiri said it.',
			'Harwick strike\n\nJohn A Smith said it.',
			'Harwick strike\n\nUSA Today reported that 40 boats were sold.',
			'Harwick strike\n\nThe board met. Iraq The army left.',
			'Aviation The Board Meets\n\nThe board met.'
		])
			expect(clean(raw).text).toBe(raw);
	});
});

describe('attr 61: a wiki footnote pasted as text', () => {
	it('drops "<ref>…</ref>" with its citation and a stray "</ref>", so a subject meets its verb of speech', () => {
		const raw =
			'</ref> A fact sheet from the CRA <ref> </ref> states that "we cannot process returns". ' +
			'The Star <ref>{{cite web|title=Tax glitch}}</ref> reported it. A note<ref name="a"/> followed.';
		const c = clean(raw);
		expect(c.text.trimStart()).toBe(
			'A fact sheet from the CRA states that "we cannot process returns". The Star reported it. A note followed.'
		);
		const at = c.text.indexOf('states');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 6)).toBe('states');
	});
});

describe('attr 62: a wiki external link pasted as text', () => {
	it('keeps only the label of "[https://… Label]", so a name in a link is the subject of its verb of speech; not a label in lower case nor a list item\'s link', () => {
		const raw =
			'The editor [https://example.com/contact?fld=cat&exact=y Ada Roe] called it a "breach". A link [http://x.org/] stays.';
		const c = clean(raw);
		expect(c.text).toBe('The editor Ada Roe called it a "breach". A link [http://x.org/] stays.');
		const kept =
			'The daily [http://x.org/a expressed its support]. * [http://x.org/b Video Released on May 16] Watch.org';
		expect(clean(kept).text).toContain('[http://x.org/a expressed its support]');
		expect(clean(kept).text).toContain('[http://x.org/b Video Released on May 16]');
		const at = c.text.indexOf('Roe');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 3)).toBe('Roe');
	});
});

describe('craft 55: wiki tags and blocks pasted as text', () => {
	it('drops <noinclude> and <nowiki> tags (their words stay) and a <pre> or <DynamicPageList> block whole', () => {
		const raw =
			'<noinclude> Aeroflot has bought 22 jets. He said we <nowiki>[Americans]</nowiki> must help.\n\n' +
			'At least five races are close. <pre> As of Wed Nov 8 01:24 EST 2006 Senate Party 49 </pre>\n\n' +
			'<DynamicPageList> category=published count=6 </DynamicPageList>\n\nThe count ends today.';
		const c = clean(raw);
		expect(c.text).not.toMatch(/<|>|category=|EST 2006/);
		expect(c.text).toMatch(/^ ?Aeroflot has bought 22 jets\. He said we \[Americans\] must help\./);
		expect(c.text).toMatch(/At least five races are close\.\s*\n\n/);
		const at = c.text.indexOf('The count');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 9)).toBe('The count');
	});
});

describe('lead 56: a wiki table pasted as text', () => {
	it('drops the table whole, its cells and footnotes, and keeps the prose around it', () => {
		const raw =
			'Turnout was high in Harwick. == Results == {| border="2" |+ For Mayor (100%) |- | || Ana Roe || * Green || ' +
			'52.8% |- | || Ben Tull || Labour || 47.2% |- | colspan="3" | To be elected, a candidate needs 50%. |}\n\n' +
			'Roe said she would start on Monday.';
		const c = clean(raw);
		expect(c.text).not.toMatch(/\|\||52\.8%|To be elected/);
		expect(c.text).toMatch(/^Turnout was high in Harwick\./);
		const at = c.text.indexOf('Roe said');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 8)).toBe('Roe said');
	});
});

describe('lead75: a wiki table whose closing the copy lost', () => {
	it('drops its opening, style and first pipe, so no style value is read as a figure', () => {
		const c = clean(
			'Harwick school cuts staff\n\n{| Style="border:1px solid #b8ccb8; padding:2px; margin: 0 auto;" | The school has let 21 teachers go.'
		);
		expect(c.text).not.toMatch(/margin|\{\||border/);
		expect(c.text).toMatch(/The school has let 21 teachers go\.$/);
	});
});

describe('isFurniture', () => {
	it('tells page furniture from the story', () => {
		expect(isFurniture('.photo-box { width:100%; margin-bottom:30px; }.')).toBe(true);
		expect(isFurniture('Copyright © 2031 by Ida Marsh.')).toBe(true);
		expect(isFurniture('SIGN UP FOR OUR NEWSLETTER — Harwick Post, March 3, 2031.')).toBe(true);
		expect(isFurniture('Related: Harwick council spends $4 million on the quay')).toBe(true);
		expect(isFurniture('Correction: March 3, 2031, Monday.')).toBe(true);
		expect(
			isFurniture(
				'This article has been revised to reflect the following correction: the quay cost $4 million.'
			)
		).toBe(true);
		expect(isFurniture('The council asked 300 residents to sign up for the scheme in March.')).toBe(false);
		expect(isFurniture('The firm has held the copyright since 1998.')).toBe(false);
	});
	it.each([
		["Editor's Note: An article on Monday about Ida Marsh reported that she had “sold the quay.”", true],
		['Because of an editing error, an article on May 3 about the quay misstated its length.', true],
		['An article in some editions on Friday about Harwick ferries misidentified the pier.', true],
		['A picture caption on Tuesday with an article about the quay misspelled the name of its builder.', true],
		['This story has been updated.', true],
		['Follow Ida Marsh on Twitter: @idamarsh.', true],
		// The story's own words of a mistake are the story.
		['The mayor said the article misstated her plans for the quay.', false],
		['An article of faith for the council is that the quay will pay for itself.', false],
		['Residents follow the council on Twitter more than they read its minutes.', false],
		// A related story's link: its headline and the day it ran, no full stop.
		['London Mayor Ken Livingstone to appeal over suspension, Wikinews, February 27, 2006', true],
		['Uzbeks fleeing across border to seek refuge, May 15, 2005', true],
		['The treaty was signed on Tuesday, March 5, 2023.', false],
		['Friday, May 8, 2009', false]
	])('a note about the page itself is furniture: %s', (sentence, furniture) =>
		expect(isFurniture(sentence)).toBe(furniture)
	);
});

describe('craft 47: a footnote asterisk left after a sentence', () => {
	it('drops " *" ending a paragraph after a sentence, and keeps an asterisk inside words', () => {
		expect(clean('The ferry was back within 10 minutes. *\n\nIt sailed at noon.').text).toBe(
			'The ferry was back within 10 minutes.\n\nIt sailed at noon.'
		);
		expect(clean('Rated 5 * by guests and 4 *').text).toBe('Rated 5 * by guests and 4 *');
	});
});

describe('craft 58a: a wiki list flattened onto one line', () => {
	it.each([
		[
			'Resources include: *421 billion dollars worth of iron; *274 billion dollars worth of copper.',
			'Resources include:\n\n421 billion dollars worth of iron;\n\n274 billion dollars worth of copper.'
		],
		[
			'*Within NSW the highway runs 900 km. *Approximately 140 km was bypassed.',
			'Within NSW the highway runs 900 km.\n\nApproximately 140 km was bypassed.'
		],
		['Winners: *#ASUS Eee PC *#HTC Touch', 'Winners:\n\nASUS Eee PC\n\nHTC Touch'],
		['Workers are advised: **not to accept guests', 'Workers are advised:\n\nnot to accept guests'],
		[
			'The law covers: * A so-called "shoot to kill" policy',
			'The law covers:\n\nA so-called "shoot to kill" policy'
		],
		['balloons thrown by guards; * a note inside', 'balloons thrown by guards;\n\na note inside'],
		['Rated 5 * by guests, 3 *4 by critics', 'Rated 5 * by guests, 3 *4 by critics'],
		['The f*ck word and 2*3', 'The f*ck word and 2*3']
	])('each item is a paragraph of its own: %s', (raw, cleaned) => expect(clean(raw).text).toBe(cleaned));
});

describe('craft 62: a wiki link or template closed with its opening cut away', () => {
	it('drops a caption cut before "]]" under the headline, and elsewhere the stray marks, breaking the paragraph', () => {
		const raw =
			'Limousine unveiled\n\n, a limousine outside the Harwick Hotel.]] The Secret Service has released 12 photos.\n\n' +
			'* }} Global maker Lyon — the third-largest — has collapsed.\n\n' +
			'Sales fell 9.6% in February. }} Foreclosures made up 40% of sales.\n\n' +
			'Doe said: "Things are tough out there." ]] | | | | }} The union said 40 staff lost their jobs.\n\n' +
			'The report, by the PPw|US Geological Service}}, was released.';
		const c = clean(raw);
		expect(c.text).not.toMatch(/\]\]|\}\}|\*|\||Harwick Hotel|PPw/);
		expect(c.text).toMatch(
			/^Limousine unveiled\n\nThe Secret Service has released 12 photos\.\n\nGlobal maker Lyon/
		);
		expect(c.text).toMatch(/Sales fell 9\.6% in February\.\n\nForeclosures made up 40% of sales\./);
		expect(c.text).toMatch(/Doe said: "Things are tough out there\."\n\nThe union said 40 staff/);
		expect(c.text).toMatch(/The report, by the US Geological Service, was released\.$/);
		const at = c.text.indexOf('Foreclosures');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 12)).toBe('Foreclosures');
	});

	it('keeps a link or template whose opening marks stand before it', () => {
		const raw =
			'See [[Image:Jet.jpg|thumb|A jet.]] here. A {{w|US Geological Service}} team {{quote|Go}} left.';
		expect(clean(raw).text).toBe(raw);
	});
});

describe('people63b: a minister’s title typed with a letter dropped', () => {
	it('writes "Prime Minster" as "Prime Minister", keeping the offsets', () => {
		const raw =
			'It was suspended by Prime Minster Ada Roe. The Prime Minster said “no”. Her deputy prime minster agreed.';
		const c = clean(raw);
		expect(c.text).toBe(
			'It was suspended by Prime Minister Ada Roe. The Prime Minister said “no”. Her deputy prime minister agreed.'
		);
		const at = c.text.indexOf('said');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 4)).toBe('said');
	});

	it('keeps a minster, a church, after any other word', () => {
		const raw = 'York Minster was shut. The Dean of Beverley Minster spoke. Minsterley is a village.';
		expect(clean(raw).text).toBe(raw);
	});
});

describe('people64: an infobox template name joined to its page’s name by underscores', () => {
	it('drops "<page_name>_Infobox" opening a paragraph, keeping the offsets', () => {
		const raw =
			'Kell talks end\n\nKell_Summit_July_2005_Infobox Lornish Prime Minister Ada Roe announced the results.';
		const c = clean(raw);
		expect(c.text).toBe('Kell talks end\n\nLornish Prime Minister Ada Roe announced the results.');
		const at = c.text.indexOf('Lornish');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 7)).toBe('Lornish');
	});

	it('keeps a name joined by underscores that no infobox word ends', () => {
		const raw =
			'Kell talks end\n\nKell_Summit_July_2005 Lornish Prime Minister Ada Roe announced the results.';
		expect(clean(raw).text).toBe(raw);
	});
});

describe('people64: a demonym split from its place by a flattened wiki link', () => {
	it('joins "Australia n", "Israel i", "Iran ian", "Chile an" into the demonym, keeping the offsets', () => {
		const raw =
			'In the Chile an capital, the Australia n envoy and Israel i troops met the Iran ian President.';
		const c = clean(raw);
		expect(c.text).toBe(
			'In the Chilean capital, the Australian envoy and Israeli troops met the Iranian President.'
		);
		const at = c.text.indexOf('troops');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 6)).toBe('troops');
	});

	it('keeps a verb, or the article "an" before a vowel or an acronym', () => {
		const raw = 'It gave Europe an edge. Israel is a state. Kell named Europe an MP. Denmark an opt-out.';
		expect(clean(raw).text).toBe(raw);
	});
});

describe('W24 review: a suffix split from its wiki link ("a Chicago -based firm", "bitcoin s")', () => {
	it('joins a hyphened suffix and a plural "s" to the word before, keeping the offsets', () => {
		const raw = 'The Chicago -based firm sold cluster bomb s and paid 60 euro s to NGO s in June.';
		const c = clean(raw);
		expect(c.text).toBe('The Chicago-based firm sold cluster bombs and paid 60 euros to NGOs in June.');
		const at = c.text.indexOf('June');
		expect(raw.slice(toOriginal(c, at), toOriginal(c, at) + 4)).toBe('June');
	});

	it('keeps a dash, with or without a space after it, and a possessive that lost its apostrophe', () => {
		const raw = 'It rose - slowly - again. Some 400 had HIV -over 50 died. He read The Guardian s website.';
		expect(clean(raw).text).toBe(raw);
	});
});

describe('craft57a: a question shows no wiki label of a topic or a lowercase layout word', () => {
	it.each([
		['2031-32 financial crisis According to the board, tolls rose.', 'According to'],
		['Harbour war The board raised its tolls.', 'The board'],
		['right Harwick council voted to close the pool.', 'Harwick council'],
		['publish Archive-unreviewed The board raised its tolls.', 'The board'],
		['disasters and accidents Over 40 boats sank.', 'Over 40'],
		['Korvel This Tuesday, the board met.', 'This Tuesday'],
		['USA Sunday, a fire destroyed the pier.', 'Sunday, a fire'],
		["'April 5, 2031' A bomb struck the harbour office.", 'A bomb'],
		['Police arrested The Harwick Herald’s editor.', 'Police arrested'],
		['Readers of The Harwick Herald counted 40 boats.', 'Readers of'],
		['de Villepin said the tolls would rise.', 'de Villepin'],
		['eBay Inc. said its sales rose.', 'eBay Inc.'],
		['This Tuesday the board met.', 'This Tuesday'],
		// craft 59a: a year's event named as the page's category, and a country's name before a count.
		['2031 Harwick Election Harwick council voted to close the pool.', 'Harwick council'],
		['2030-31 financial crisis Official figures show that 40 boats sank.', 'Official figures'],
		['2031 Korvel-Norvel conflict Seven boats sank.', 'Seven boats'],
		['2031 tolls rose by 4 percent, the board said.', '2031 tolls'],
		['2031 presidential hopefuls met in Harwick.', '2031 presidential'],
		// craft 60a: the event's noun and what it was of; a capitalised function word opens the sentence.
		['2031 Korvel seizure of Harwick Navy crews Korvel state radio aired a video.', 'Korvel state'],
		['2031 Korvel seizure of Harwick Navy crews The board met.', 'The board'],
		['Norway Six men were charged with the attack.', 'Six men'],
		['New Zealand Two New Zealand men were convicted.', 'Two New Zealand'],
		// craft 58a: a country's name before a full name, its own demonym, or a subject "in" it again.
		['Norway Nick Berg has won the race for the board.', 'Nick Berg'],
		['Chile Chilean officials say the tolls rose.', 'Chilean officials'],
		['Peru Officials in Peru have confirmed that 40 boats sank.', 'Officials in Peru'],
		['Norway Yesterday, the board raised its tolls.', 'Yesterday, the board'],
		['Pakistan President Ali Khan said the tolls rose.', 'Pakistan President'],
		['Singapore Airlines flew 40 boats to Singapore.', 'Singapore Airlines'],
		['Chad Johnson scored twice in Chad.', 'Chad Johnson']
	])('“%s” is shown from “%s”', (sentence, shown) => {
		expect(sentence.slice(pageLabel(sentence)).startsWith(shown)).toBe(true);
	});
});

describe('craft 62: a category label a subject names again, a topic before a company, "Former" after a label', () => {
	it.each([
		['Chile President Ana Roe of Chile gave up her post in 2031.', 'President Ana Roe'],
		['Israel Ana Roe, the current Prime Minister of Israel, said 40 boats sank.', 'Ana Roe'],
		['Australia Senior Editor for Australia’s Harbour News Jo Doe quit on Monday.', 'Senior Editor'],
		['Pakistan President Ali Khan said 40 boats sank off Pakistan.', 'Pakistan President'],
		['Singapore Airlines flew 40 boats to Singapore.', 'Singapore Airlines'],
		['Israel Defense Forces officers said Israel’s navy lost 40 boats.', 'Israel Defense'],
		['Internet Google announced on Monday that 40 boats were sold.', 'Google announced'],
		['Aviation Boeing’s newest aircraft made its first flight on Tuesday.', 'Boeing’s newest'],
		['Internet Zappos.com, one of the largest shops, sold 40 boats.', 'Zappos.com'],
		['Internet Explorer 7 was released on Tuesday.', 'Internet Explorer'],
		['Health Canada said 40 boats sank.', 'Health Canada'],
		['Canada Former Beatle Jo Doe received a hostile reception.', 'Former Beatle'],
		['Korvel war Harwick forces have handed the port to the police.', 'Harwick forces'],
		['Korvel/Norvel conflict Korvel launched air strikes on Monday.', 'Korvel launched'],
		['Korvel war veterans marched on Monday.', 'Korvel war veterans'],
		['HARBEX2031 20,000 workers marched on Monday.', '20,000 workers'],
		['HarbourShow2031 Harbour Show opens on Monday.', 'Harbour Show opens'],
		// craft66: a series' title and year, set off by a comma.
		['Korvel harbour legislation, 2031 Ana Roe has promised to scrap the tolls.', 'Ana Roe'],
		['Korvel harbour legislation, 2031 The new harbour bill passed on Monday.', 'The new'],
		['In Korvel, 2031 The board met.', 'In Korvel'],
		['Korvel, 2031 tolls rose.', 'Korvel, 2031']
	])('“%s” is shown from “%s”', (sentence, shown) => {
		expect(sentence.slice(pageLabel(sentence)).startsWith(shown)).toBe(true);
	});
});

describe('craftb 45: a question shows no page label', () => {
	it.each([
		['USA The harbour board raised its tolls.', 'The harbour board'],
		['Economy and business Sales of boats fell by 4 percent.', 'Sales of boats'],
		['Maritime news On Tuesday the board met.', 'On Tuesday'],
		['__NOTOC__ Harwick council voted to close the pool.', 'Harwick council'],
		['== Tolls rise == The board raised its tolls.', 'The board'],
		['<noinclude> Harwick council voted to close the pool.', 'Harwick council'],
		['<noinclude> __NOTOC__ The board raised its tolls.', 'The board'],
		['<p></p> The board raised its tolls.', 'The board'],
		['<!-- Read the guide first. --> These are short notes.', 'These are'],
		['<p>Maritime news </p><p></p><p>The board raised its tolls.', 'The board'],
		['Korvel Korvel’s harbour board raised its tolls.', 'Korvel’s harbour'],
		['Reporters for The Harwick Herald counted 40 boats.', 'Reporters for'],
		['Harbour Master Jo Doe said the tolls would rise.', 'Harbour Master'],
		['USA Today reported that 40 boats were sold.', 'USA Today'],
		['April 5, 2031 A bomb struck the harbour office on Monday.', 'A bomb'],
		['April 5, 2031 was the day the harbour office closed.', 'April 5']
	])('“%s” is shown from “%s”', (sentence, shown) => {
		expect(sentence.slice(pageLabel(sentence)).startsWith(shown)).toBe(true);
	});
});

describe('craft65: wiki indents, list items, magic words and a lone comment mark run on into the text', () => {
	it.each([
		[
			'The school ended her job with immediate effect:: "The administration of Harl School regrets it."',
			'The school ended her job with immediate effect: "The administration of Harl School regrets it."'
		],
		[
			'Wikinews How did you two meet? thumb::We met at school.::It is true. [laughter]::No, it is not.',
			'Wikinews How did you two meet? We met at school. It is true. [laughter] No, it is not.'
		],
		[
			'The three issues are::# The $10/hr living wage:# Good jobs:# Lower rents.',
			'The three issues are:\n\nThe $10/hr living wage\n\nGood jobs\n\nLower rents.'
		],
		[
			'May 10, 2005 __NOTOC__ With a poor debate, the party lost.',
			'May 10, 2005\n\nWith a poor debate, the party lost.'
		],
		[
			'They joined NATO in 2004. <!-- The fighter was one of five.',
			'They joined NATO in 2004.\n\nThe fighter was one of five.'
		],
		[
			'It ended on 4 August.:The two options were::(a) A slow build-up.',
			'It ended on 4 August. The two options were: (a) A slow build-up.'
		]
	])('%s', (lead, cleaned) => {
		const c = clean(`Harl strike\n\n${lead}`);
		expect(c.text).toBe(`Harl strike\n\n${cleaned}`);
		const at = c.text.lastIndexOf('.') - 3;
		expect(`Harl strike\n\n${lead}`.charAt(toOriginal(c, at))).toBe(c.text.charAt(at));
	});

	it('leaves the marks before a transcript’s turn label, whose turns run on as the copy had them', () => {
		const raw =
			'Harl strike\n\nWN: Why run?:Mr. Roe: I am running.::Ada Roe: So am I. Did you meet? thumb::Ada: Yes.';
		expect(clean(raw).text).toBe(raw);
	});

	it('keeps a colon of prose, a clock time, a programming name and a colon leading to a quote’s speaker', () => {
		const raw =
			'Harl strike\n\nCall std::vector at 10:30 a.m. He said: "No." They called it "bad": the board agreed. ' +
			'"We fear it may last.": Ada Roe, a former judge. He lives in Washington D.C.: A city.';
		expect(clean(raw).text).toBe(raw);
	});
});

describe('W28: a name, a topic’s or a layout’s lowercase words, then the same name as subject, is a page label', () => {
	it.each([
		['Kell nuclear program Kell has agreed to shut its reactor.', 'Kell nuclear program '],
		['United Kell infobox United Kell President Ada Roe said on Tuesday that …', 'United Kell infobox '],
		['New Kell left New Kell state-owned enterprise Kordia published its report.', 'New Kell left ']
	])('%s', (sentence, label) => {
		expect(sentence.slice(0, pageLabel(sentence))).toBe(label);
	});

	it('keeps a sentence whose lowercase words hold a verb: “Kell voters gave Kell …”', () => {
		expect(pageLabel('Kell voters gave Kell Governor Ada Roe a second term.')).toBe(0);
	});
});

describe('W30: a place set before a sentence that opens on a participle is a page label', () => {
	it.each([
		['Peru Marking the start of the season, the port of Kell has opened a new pier.', 'Peru '],
		['Portugal Having lost the vote, Ada Roe said she would resign.', 'Portugal '],
		['Chile Seeking to cut costs, the airline will close two routes.', 'Chile ']
	])('%s', (sentence, label) => {
		expect(sentence.slice(0, pageLabel(sentence))).toBe(label);
	});

	it('keeps a place run on into a name that is a participle: “Berkshire Reading Borough Council …”', () => {
		expect(pageLabel('Berkshire Reading Borough Council has approved the plan.')).toBe(0);
	});
});

describe('craft77b: a place before a name of two words or more and its appositive is a page label', () => {
	it.each([
		['Norway Fjord Kell Line, a Norwegian ferry firm, has said it will sell two boats.', 'Norway '],
		['Peru Anselmo Ruiz Tapa, the Peruvian transport minister, resigned on Monday.', 'Peru ']
	])('%s', (sentence, label) => {
		expect(sentence.slice(0, pageLabel(sentence))).toBe(label);
	});

	it.each([
		'Texas Instruments, a chipmaker, has cut 300 jobs.',
		'Pakistan President Ada Roe, a former general, said the talks would go on.',
		'Hong Kong Disneyland Resort, the city’s theme park, has closed for a week.'
	])('keeps “%s”', (sentence) => {
		expect(pageLabel(sentence)).toBe(0);
	});
});

describe('craft77b: a topic category before a people’s adjective is a page label', () => {
	it('cuts “Aviation ” before “Peruvian”, keeps “Internet Explorer”', () => {
		const sentence = 'Aviation Peruvian state-owned airline Aerokell has bought four jets.';
		expect(sentence.slice(0, pageLabel(sentence))).toBe('Aviation ');
		expect(pageLabel('Internet Explorer users were told to update.')).toBe(0);
	});
});
