import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givesAway, type ChoiceQuestion, type ClozeQuestion, type Question } from './bank';
import { generateBank } from './generate';
import { giveaways } from './giveaways';
import { parseFigure } from './numbers';
import type { Entity } from './people';
import {
	evidenceGroups,
	spanToType,
	inRangeOrder,
	onKeysSide,
	typedFigure,
	bareFigure,
	nextInSequence,
	withAlternative,
	leadStart,
	typedDate,
	bareDeictic,
	countedFromUnshown,
	countGivenAway,
	justOneApart,
	listedBefore,
	spanGiven,
	insideQuote,
	computable,
	inTitle,
	isDuration,
	keepsMainVerb,
	hasVerb,
	quotesClose,
	blankAt,
	agreesInNumber,
	boundedBefore,
	headlineCompoundDiffers,
	halfBeforeDeterminer,
	fractionInWords,
	dateBoundBefore,
	asInnerQuotes,
	displayQuote,
	fitsNumberNoun,
	fitsDirection,
	fitsPartOfWhole,
	indefiniteArticle,
	pairedMarks,
	pointsBackOnly,
	uncountedSpanOnly,
	pronounSubject,
	sharedTimeTold,
	describedSubject,
	lastSentenceBefore,
	namedIn,
	titleNamedIn,
	trailingTitle,
	namesCounted,
	namesSomeone,
	sentenceBefore,
	shorten,
	saidVerb,
	writtenCue,
	subjectless,
	clauseless,
	sidesApart,
	speaksFor,
	wellFormed,
	fragmentChoice,
	readsAlone,
	definitionQuoted,
	opensOnReferent,
	suchBefore,
	runsOn,
	garbled,
	echoedAround,
	PER_SENTENCE,
	varied,
	inIdiom,
	tallyBounds,
	notSpeech,
	wholeRole,
	namesTime,
	ofPublication,
	vaguePeriod,
	sumGiven,
	compoundCountNamed,
	equivalentBeside,
	narration,
	speakerless,
	danglingEnd,
	lastWord,
	splitsName,
	balanceDates,
	gradedFallback,
	DATE_SHARE,
	rangeEndTold,
	sharedYearCut,
	rangeSpanTold,
	dateRestated,
	betweenOwnPair,
	slashPaired,
	tenseTells,
	seasonTold,
	choiceShown,
	BODY_KINDS,
	fitsKind,
	selfKind,
	changeBounds,
	namedDayTold,
	namedJustBefore,
	planBounds,
	writtenLike,
	quotedInNarration,
	wholeSource,
	wholeSourceOnce,
	digitsBounds,
	ordinalBounds,
	shareBounds,
	agedNamesCounted,
	comingBudget,
	relativeYearTold,
	dashedListMiscounts,
	titleTellsApart,
	thresholdBounds,
	comparisonBounds,
	articleOfChoices,
	leadInShown,
	subjectInLeadIn,
	rankToldBefore,
	aloneInVoice,
	ownVoice,
	firstPerson,
	marginGiven,
	addressees,
	totalGiven,
	moreThanGiven,
	stepBeside,
	contrastedByOne,
	halfBounds,
	partsAddUp,
	splitsRange,
	listItem,
	pairedEnd,
	evenlySpaced,
	spelledByAcronym,
	opensCompound,
	opensMidway
} from './questions';

const text = readFileSync(
	new URL('../../../questions/articles/xi-putin-moscow-2023.txt', import.meta.url),
	'utf8'
);
const bank = generateBank({ text, date: '2023-03-21', authors: ['Valerie Hopkins', 'Chris Buckley'] });

describe('questions', () => {
	it('makes every question type from the first article and two more', () => {
		const types = new Set(bank.questions.map((q) => q.type));
		const typedDate = generateBank({
			text: 'Harbour reopens\n\nThe harbour of the town of Ardmore reopened to fishing boats on January 30, 2021, after the storm.',
			date: '2021-02-02'
		});
		// The first article's one cloze ("confrontation with _____": "the United States" among "Japan" and
		// "Taiwan") was a giveaway by its "the" (stop 42); a quote naming a trade among trades makes one.
		const cloze = generateBank({
			text:
				'Plant Video\n\nThe plant employs a driver, a cashier, an engineer and an inspector, and a supervisor ' +
				'runs each shift.\n\n"The video that shocked the town was taken by an inspector who worked at our plant ' +
				'for years," said Mira Castell, the manager of the plant and a supervisor herself.',
			date: '2031-05-04'
		});
		// The first article's what-said offered phrases ("an aggression that shakes …") that nobody says alone, so it
		// is no longer asked (craft52b); four speakers' whole sentences make one.
		const whatSaid = generateBank({
			text:
				'Council debates the new bridge\n\n' +
				'"The bridge will open on time and under budget," said Mayor Dana Reyes, who chairs the council.\n\n' +
				'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner on Mill Street.\n\n' +
				'"The traffic on the old road has been a danger to everyone," said Ann Lee, a nurse at the hospital.\n\n' +
				'"Our members want the work finished before the winter comes," said Paul Smith, the union leader.',
			date: '2024-05-02'
		});
		for (const q of [...typedDate.questions, ...cloze.questions, ...whatSaid.questions]) types.add(q.type);
		for (const t of [
			'who-said',
			'what-said',
			'cloze',
			'true-false',
			'figure-choice',
			'figure-typed',
			'date-choice',
			'date-typed',
			'matching',
			'flashcard'
		])
			expect(types).toContain(t);
	});

	it('offers distinct speakers from the article and never a reporter', () => {
		const reporters =
			/hopkins|buckley|dooley|masuike|tabuchi|troyanovsky|nechepurenko|victoria|patil|ismay|baker/i;
		for (const q of bank.questions.filter((x): x is ChoiceQuestion => x.type === 'who-said')) {
			// Three when the quote sets a fourth speaker on another side ("pressure Russia to withdraw" is no choice
			// of Putin's).
			expect(q.choices.length).toBeGreaterThanOrEqual(3);
			expect(new Set(q.choices).size).toBe(q.choices.length);
			for (const c of q.choices ?? []) expect(c).not.toMatch(reporters);
		}
		expect(JSON.stringify(bank.people)).not.toMatch(reporters);
	});

	it('issue 9: asks nothing of words that only point back to a time ("By this time") unless they have a date', () => {
		const fact = (text: string, value?: string) => ({
			id: 'd',
			kind: 'date' as const,
			text,
			about: '',
			evidence: { start: 0, end: 1 },
			...(value ? { value } : {})
		});
		for (const [core, value, expected] of [
			['By this time', undefined, true],
			['at that point', undefined, true],
			['the same day', undefined, true],
			['the same day', '2023-03-21', false],
			['every time', undefined, false],
			['last year', undefined, false],
			// issue 9 (dev-63 diff): "by then" names no time of its own.
			['then', undefined, true]
		] as const)
			expect(pointsBackOnly(core, fact(core, value)), core).toBe(expected);
	});

	it('issue 9: a stretch before or after an event with no count of its own ("just days before") is not asked', () => {
		const article = [
			'Ferry row deepens',
			'',
			'The mayor of Port Ellin, Dana Whitlock, signed the ferry contract just days before the council vote.',
			'The harbour board met three days after the signing and asked for the papers.',
			'Weeks later, the board voted to review the deal, which cost the town $4.2 million.'
		].join('\n');
		const made = generateBank({ text: article, date: '2024-05-06' });
		const keys = made.questions.map((q) => ('answer' in q ? String(q.answer) : ''));
		expect(keys).not.toContainEqual(expect.stringMatching(/^(?:just )?days before$|^weeks later$/i));
		expect(keys).toContainEqual(expect.stringMatching(/^three days(?: after)?$/));
		for (const [core, value, expected] of [
			['just days before', undefined, true],
			['a few hours after', undefined, true],
			['Years ago', undefined, true],
			['three days after', undefined, false],
			['weeks later', '2024-05', false],
			// craft68: a bare unit, its preposition left outside the blank ("within _____" → "days").
			['days', undefined, true],
			['seconds', undefined, true],
			['past months', undefined, true],
			['the months', undefined, true],
			['the past year', undefined, false],
			['two weeks', undefined, false],
			['the months', '2024-05', true],
			// "Last years quota": the copy's possessive without its mark, a year the article counts.
			['Last years', '2023', false],
			['the months before', undefined, false],
			// dates77b: a stretch told as many or more than a count is no count.
			['a number of years ago', undefined, true],
			['five or more years ago', undefined, true],
			['many decades before', undefined, true],
			['a few minutes ago', '2024-05-06', true]
		] as const)
			expect(
				uncountedSpanOnly(core, {
					id: 'd',
					kind: 'date',
					text: core,
					about: '',
					evidence: { start: 0, end: 1 },
					...(value ? { value } : {})
				}),
				core
			).toBe(expected);
	});

	it('craft68: a bare unit with no count whose preposition stays outside the blank ("within _____" → "days") is not asked', () => {
		const article = [
			'Ferry chief to quit',
			'',
			'The chief of the Port Ellin ferry company, Dana Whitlock, said on Monday that she would step down within days.',
			'The harbour board said the new timetable would start within weeks, after the council vote of May 2.'
		].join('\n');
		const keys = generateBank({ text: article, date: '2024-05-06' }).questions.map((q) =>
			'answer' in q ? String(q.answer) : ''
		);
		expect(keys).not.toContainEqual(expect.stringMatching(/^(?:days|weeks)$/i));
		expect(keys).toContainEqual(expect.stringMatching(/^Monday$/));
	});

	it('issue 9: a sentence cut from inside a quote shows no quotation mark without its pair', () => {
		expect(pairedMarks('Which as we all know, has increased a thousand fold."')).toBe(
			'Which as we all know, has increased a thousand fold.'
		);
		expect(pairedMarks('It works,” he said, “and more.”')).toBe('“It works,” he said, “and more.”');
		expect(pairedMarks('He called it "a farce" and left.')).toBe('He called it "a farce" and left.');
		expect(pairedMarks('“It was rushed, he said')).toBe('It was rushed, he said');
	});

	it('issue 9: a sentence cut from a quote of several sentences never runs the attribution into the quote', () => {
		expect(pairedMarks('Nine boats sank near piers 12 and 14", said the coastguard.')).toBe(
			'"Nine boats sank near piers 12 and 14", said the coastguard.'
		);
		expect(
			asInnerQuotes('… the ferry is late, and we are sorry,” the firm wrote. Ten ferries run daily.')
		).toBe('‘… the ferry is late, and we are sorry,’ the firm wrote. Ten ferries run daily.');
		expect(pairedMarks('In a letter, the council wrote that, “we are sorry for the delay every week.')).toBe(
			'In a letter, the council wrote that, “we are sorry for the delay every week.”'
		);
		const article =
			'Harbour closed\n\nThe coastguard gave its account. "Storms hit the bay on Sunday. Nine boats sank near piers 12 and 14 at dawn", said the coastguard. Crews searched the water.';
		const made = generateBank({ text: article, date: '2024-05-06' });
		const shown = made.questions
			.filter((q) => q.type !== 'who-said' && q.prompt.includes('piers'))
			.map((q) => q.prompt);
		expect(shown.length).toBeGreaterThan(0);
		for (const prompt of shown) expect(prompt).toMatch(/[’"], said the coastguard/);
	});

	it('issue 9: "a" or "an" as a figure is said, so the article before a blank gives nothing away', () => {
		for (const [word, article] of [
			['11-year', 'an'],
			['9-year', 'a'],
			['80-day', 'an'],
			['8', 'an'],
			['18,000', 'an'],
			['1.1 million', 'a'],
			['one-year', 'a'],
			['eleven', 'an'],
			['hour', 'an'],
			['European', 'a'],
			['100', 'a'],
			['$8 million', 'an'],
			['€11', 'an'],
			['$5 million', 'a'],
			['US$5 million', 'a'],
			['A$80,000', 'an'],
			['NZ$3', 'an'],
			['UN-backed', 'a'],
			['FBI', 'an'],
			['Ultra', 'an']
		] as const)
			expect(indefiniteArticle(word), word).toBe(article);
		const korea = generateBank({
			text: 'Loudspeakers\n\nSouth Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull, officials in Seoul said on Monday.'
		});
		// A fact keeps a choice blank or a true-or-false with a recall: other sentences show each way once.
		const banks = ['lull', 'pause', 'silence', 'break'].map((rest) =>
			generateBank({ text: `Loudspeakers\n\n${korea.article.text.replace('lull', rest)}` })
		);
		const blanks = banks.flatMap((b) =>
			b.questions.filter((q) => q.factId.startsWith('fig-') && q.prompt.includes('_____'))
		);
		const tfs = banks.flatMap((b) => b.questions.filter((q) => q.type === 'true-false'));
		expect(blanks.length).toBeGreaterThan(0);
		expect(tfs.length).toBeGreaterThan(0);
		// A flashcard, graded by its reader, reads as the article did.
		for (const q of blanks)
			expect(q.prompt).toMatch(
				q.type === 'flashcard'
					? /after an _____ (?:lull|pause|silence|break)/
					: /after a\(n\) _____ (?:lull|pause|silence|break)/
			);
		for (const q of tfs) {
			const [, article, years] = /after (an?) (\d+)-year/.exec(q.prompt) ?? [];
			expect(article, q.prompt).toBe(indefiniteArticle(`${years}-year`));
		}
	});

	it('issue 9: a short sentence is shown after the one before it, so "the service" is named', () => {
		const text = 'Skype has apologised for the outage. 20 million people use the service every day.';
		expect(sentenceBefore(text, text.indexOf('20 million'))).toBe('Skype has apologised for the outage. ');
		expect(sentenceBefore('First.\n\nSecond one here.', 8)).toBe('');
		// Craft 51: a sentence opening inside a quote begun before it is no lead ("Among other things, it would …").
		const quoted =
			'The board said "the line suits us. It would make the Group stronger". The line has 51 ferries.';
		expect(sentenceBefore(quoted, quoted.indexOf('The line has'))).toBe('');
		const closed =
			'The board said "the line suits us." It would make the Group stronger. The line has 51 ferries.';
		expect(sentenceBefore(closed, closed.indexOf('The line has'))).toBe('It would make the Group stronger. ');
		// Stop 39: a title's full stop ends no sentence, so the lead keeps its subject.
		const titled = 'Ed Doe said he did not back Mr. Roe, the favourite. The difference, he said, is small.';
		expect(sentenceBefore(titled, titled.indexOf('The difference'))).toBe(
			'Ed Doe said he did not back Mr. Roe, the favourite. '
		);
		const bank = generateBank({ text: `Outage\n\n${text}` });
		const blank = bank.questions.find((q) => q.prompt.includes('_____'));
		expect(blank?.prompt).toMatch(
			/(?:^|[:?] )“Skype has apologised for the outage\. _____ people use the service every day\.”$/
		);
	});

	it('issue 9: a multiplier choice against the direction the sentence tells gives itself away', () => {
		const rose = 'The mayor ruled out an increase in fares before the vote, only to double them after it.';
		const fell = 'The council cut the routes, and the timetable was halved.';
		for (const [choice, sentence, expected] of [
			['halve', rose, false],
			['triple', rose, true],
			['tripled', fell, false],
			['doubled', fell, false],
			['halved', fell, true],
			['halve', 'The fares were doubled in May.', true],
			['halve', 'Fares rose, then were cut, and at last doubled.', true]
		] as const)
			expect(fitsDirection(choice, sentence), `${choice}: ${sentence}`).toBe(expected);
		const bank = generateBank({
			text: `Fares in Korvel\n\nMarta Ilves, the mayor of Korvel, ruled out an increase in bus fares before the election, only to double them after it.`,
			date: '2024-05-01'
		});
		for (const q of bank.questions) if (q.type === 'figure-choice') expect(q.choices).not.toContain('halve');
	});

	it('issue 9: a wrong part is never more than its whole, a wrong whole never less than its part', () => {
		for (const [choice, before, after, expected] of [
			['seven', 'they have won ', ' of their last six matches.', false],
			['three', 'they have won ', ' of their last six matches.', true],
			['six', 'they have won ', ' of their last six matches.', true],
			['four', 'they have won five of their last ', ' matches.', false],
			['eight', 'they have won five of their last ', ' matches.', true],
			['30', 'polls show ', ' of the vote', true],
			['12', 'only ', ' out of 10 members', false],
			['10', 'pupils cross ', ' gang areas on the way, 18 of which have members at the school.', false],
			['60', 'pupils cross ', ' gang areas on the way, 18 of which have members at the school.', true],
			['70', 'pupils cross 50 gang areas on the way, ', ' of which have members at the school.', false],
			['20', 'pupils cross 50 gang areas on the way, ', ' of which have members at the school.', true],
			// Lead 42 (dev blind review): an amount's part of an amount, in one currency.
			['$6', 'About ', ' of every $5 worth of fish that Orla sells goes to Vesk.', false],
			['$3', 'About ', ' of every $5 worth of fish that Orla sells goes to Vesk.', true],
			['$7 billion', 'Only ', ' of the $5 billion fund was spent.', false],
			['$3 billion', 'Only ', ' of the $5 billion fund was spent.', true],
			['40 percent', 'The party won ', ' of the 12 seats.', true]
		] as const)
			expect(fitsPartOfWhole(choice, before, after), `${before}${choice}${after}`).toBe(expected);
	});

	it('a wrong part or whole keeps the part on the key’s side of half (“won 143 of _____ seats”)', () => {
		for (const [choice, key, before, after, expected] of [
			['100', '120', 'The alliance has won 70 of ', ' seats.', true],
			['150', '120', 'The alliance has won 70 of ', ' seats.', false],
			['130', '120', 'The alliance has won 70 of ', ' seats.', true],
			['40', '70', 'The alliance has won ', ' of 120 seats.', false],
			['90', '70', 'The alliance has won ', ' of 120 seats.', true],
			['60', '70', 'The alliance has won ', ' of 120 seats.', false],
			['$3 billion', '$4 billion', 'The fund won ', ' of the $5 billion sought.', true],
			['$2 billion', '$4 billion', 'The fund won ', ' of the $5 billion sought.', false],
			['40 percent', '30 percent', 'The party won ', ' of the 12 seats.', true],
			['150', '120', 'The agency inspected 70 of its ', ' reactors.', true],
			['30', '20', 'As many as 55 were hurt, ', ' of them children.', true],
			['5', '4', 'The side won 2 of ', ' games.', true]
		] as const)
			expect(fitsPartOfWhole(choice, before, after, key), `${before}${choice}${after}`).toBe(expected);
	});

	it('issue 9: a figure after a bound ("exceeded", "passed", "more than") is a bound: another value could be true', () => {
		for (const [before, expected] of [
			['Sales exceeded ', true],
			['the number of displaced people passed ', true],
			['with more than US$', true],
			['nearly ', true],
			['The company hired ', false],
			['a loss of $', false],
			['It has been over ', true],
			['Lovers of ', false]
		] as const)
			expect(boundedBefore(before), before).toBe(expected);
		const b = generateBank({
			text:
				'Refugees in the Valley\n\nThe number of people who fled the valley passed 500,000 on Friday, the relief ' +
				'agency said in its weekly report. The agency hired 45 drivers for its trucks in the northern districts.',
			date: '2031-05-04'
		});
		const asked = b.questions.filter((q) => q.type === 'true-false' || q.type === 'figure-choice');
		expect(asked.some((q) => q.prompt.includes('45') || q.prompt.includes('drivers'))).toBe(true);
		// "The agency hired …" is shown after the sentence naming the agency: its "passed 500,000" is no question.
		expect(
			asked.filter((q) => /passed (?:_____|[\d,]+ on)/.test(q.prompt) && !q.prompt.includes('drivers'))
		).toEqual([]);
	});

	it('a wrong count of one never keeps its siblings\' plural noun: no "one times" among "three times"', () => {
		for (const [choice, answer, after, expected] of [
			['one times', 'three times', ' in March', false],
			['one times', 'three times', '', false],
			['two times', 'three times', ' in March', true],
			['one time', 'three times', ' in March', true]
		] as const)
			expect(agreesInNumber(choice, answer, after), `${choice} for ${answer}${after}`).toBe(expected);
	});

	it('issue 9: a wrong count agrees with its noun: no "one shells", no "two shell"', () => {
		for (const [choice, answer, after, expected] of [
			['One', 'Six', ' shells of them hit', false],
			['Eight', 'Six', ' shells of them hit', true],
			['two', 'one', ' shell landed', false],
			['one', 'one', ' shell landed', true],
			['1', '36', ' people', false],
			['1 million', '3 million', ' people', true],
			['one', 'two', ', said', true],
			['1', '2', ' Boeing 747s', false],
			['1', '2', ' of Boeing 747s', false],
			['one', 'two', ' of the planes', true],
			['3', '2', ' Boeing 747s', true]
		] as const)
			expect(agreesInNumber(choice, answer, after), `${choice} for ${answer}${after}`).toBe(expected);
	});

	it('issue 9: asks nothing about a count of one before a singular noun, which only "one" can fill', () => {
		const made = generateBank({
			text: 'Border clash\n\nThe patrol fired one flare over the river after at least 1 boat crossed the line, and later fired four flares over the dam.',
			date: '2020-06-02'
		});
		const ones = made.facts.filter((f) => f.kind === 'figure' && f.value === 1).map((f) => f.id);
		expect(ones).toHaveLength(2);
		expect(made.questions.filter((q) => 'factId' in q && ones.includes(q.factId))).toEqual([]);
		expect(made.questions.some((q) => q.prompt.includes('_____ flares'))).toBe(true);
	});

	it('asks nothing about a count of one before a proper adjective and a singular noun ("one U.S. soldier was")', () => {
		const made = generateBank({
			text: 'Quay fire\n\nCoastguards said at least one Dutch trawler was lost in the fire, and that three Norwegian ferries were damaged at the quay.',
			date: '2020-06-02'
		});
		const one = made.facts.find((f) => f.kind === 'figure' && f.value === 1);
		expect(one).toBeDefined();
		expect(made.questions.filter((q) => 'factId' in q && q.factId === one!.id)).toEqual([]);
		expect(made.questions.some((q) => q.prompt.includes('_____ Norwegian ferries'))).toBe(true);
	});

	it('never gives the answer away or offers it twice', () => {
		for (const q of bank.questions) {
			if ('choices' in q && q.choices)
				expect(new Set(q.choices.map((c) => c.toLowerCase())).size).toBe(q.choices.length);
			if (!['true-false', 'flashcard', 'matching'].includes(q.type))
				expect(givesAway(q.prompt, q.answer)).toBe(false);
		}
	});

	it('issue 3: a matching explanation gives each speaker their own sentence', () => {
		const matching = bank.questions.filter((q) => q.type === 'matching');
		expect(matching.length).toBeGreaterThan(0);
		for (const q of matching) {
			const speakers = q.pairs?.length ?? 0;
			expect(q.explanation.split(/” ?\. /).length).toBe(speakers);
		}
	});

	it('issue 9: a fragment in a matching set is shown with the words leading into it', () => {
		const pairs = bank.questions.flatMap((q) => (q.type === 'matching' ? q.pairs : []));
		const fragments = pairs.filter((p) => /“\p{Ll}/u.test(p.left));
		expect(fragments.length).toBeGreaterThan(0);
		for (const p of fragments) expect(p.left).toMatch(/^\p{L}[^“]* “/u);
	});

	it('asks who-said only about high-confidence quotes by named people', () => {
		const facts = new Map(bank.facts.map((f) => [f.id, f]));
		for (const q of bank.questions.filter((x) => x.type === 'who-said')) {
			const f = facts.get(q.factId);
			expect(f?.kind === 'quote' && f.confidence).toBe('high');
		}
	});

	it('keeps ids when an unrelated paragraph changes, and is byte-identical for the same seed', () => {
		const edited = text.replace(
			'This year, the statement was more measured.',
			'This year, the statement was, by all accounts, more measured.'
		);
		const other = generateBank({
			text: edited,
			date: '2023-03-21',
			authors: ['Valerie Hopkins', 'Chris Buckley']
		});
		const ids = new Set(other.questions.map((q) => q.id));
		const kept = bank.questions.filter((q) => ids.has(q.id)).length;
		expect(kept / bank.questions.length).toBeGreaterThan(0.9);
		const again = generateBank({ text, date: '2023-03-21', authors: ['Valerie Hopkins', 'Chris Buckley'] });
		expect(JSON.stringify(again)).toBe(JSON.stringify(bank));
		const reseeded = generateBank({ text, date: '2023-03-21', seed: 7 });
		expect(reseeded.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
	});

	it('cuts long quotes at a word boundary', () => {
		const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
		expect(shorten(long, 10)).toMatch(/^word0 .* word9 …$/);
	});

	it('ends every quote of a choice set alike, so no choice stands out by its punctuation', () => {
		expect(displayQuote('an aggression that shakes the foundations of the international order.')).toBe(
			'an aggression that shakes the foundations of the international order'
		);
		expect(displayQuote('relax; we are with you,’')).toBe('relax; we are with you’');
		expect(displayQuote('Six minutes, when there were no injuries?')).toBe(
			'Six minutes, when there were no injuries?'
		);
		for (const q of bank.questions.filter(
			(x): x is ChoiceQuestion => x.type === 'what-said' || x.type === 'who-said'
		))
			for (const c of [q.prompt, ...(q.choices ?? [])]) expect(c).not.toMatch(/[.,;:]’?”/);
	});

	it('marks the second half of a quote split around "she said" as a fragment', () => {
		expect(displayQuote('and full prices leave no room for mistakes.')).toBe(
			'… and full prices leave no room for mistakes'
		);
		expect(displayQuote('andante is a tempo,')).toBe('andante is a tempo');
	});

	it('shows a date value the way a reader says it', () => {
		// issue 9: "after Beijing last month published …" tells "last" by its tense: asked as the month it stands for.
		const lastMonth = bank.questions.find((q) => q.prompt.includes('does “last month” mean'));
		expect(lastMonth?.answer).toBe('February 2023');
		expect(lastMonth?.explanation).toMatch(
			/\(February 2023, counting from the article’s date, March 21, 2023\)$/
		);
		for (const q of bank.questions) expect(q.explanation).not.toMatch(/\(\d{4}-\d\d/);
		const march = generateBank({
			text: 'Exhibit opens\n\nThe exhibit at the city gallery is to run from January 23 through March 9.',
			date: '2014-01-27'
		}).questions.find((q) => q.answer.startsWith('March'));
		expect(march?.type === 'flashcard' ? march.answer : march?.explanation).toMatch(/March 9, 2014/);
	});

	it('issue 9: a date worked out from the article’s date says so, and a weekday is never typed as a date', () => {
		const made = generateBank({
			text: 'Ferry strike ends\n\nThe ferry strike, which began on Tuesday, ended after talks that lasted nine hours in the port of Ardmore.',
			date: '2019-04-12'
		});
		const tuesday = made.questions.filter((q) => q.answer.startsWith('Tuesday'));
		expect(tuesday).toHaveLength(1);
		expect(['date-choice', 'flashcard']).toContain(tuesday[0]!.type);
		const today = generateBank({
			text: 'Ferry strike ends\n\nThe ferry strike, which began last week, ended on Friday after talks that lasted nine hours in the port of Ardmore.',
			date: '2019-04-12'
		}).questions.find((q) => q.answer === 'Friday');
		expect(today?.explanation).toMatch(/\(April 12, 2019, the article’s date\)$/);
		// "At that time" takes its date from the sentence before, not from the article's date; blanked, its words are
		// nothing to recall, so the card asks the date they point to (issue 9).
		const thenDeck = generateBank({
			text: 'Ferry strike ends\n\nThe ferry strike began on March 3, 2019 in the port of Ardmore. At that time, the union said the crews would stay out for a month.',
			date: '2019-04-12'
		}).questions;
		expect(thenDeck.filter((q) => /that time/.test(q.answer))).toEqual([]);
		// Craft 62: shown alone, "At that time, the union said …" does not say what time it shares, so no card asks
		// it; words that name what they share ("At the time that the strike began") do.
		expect(thenDeck.filter((q) => /mean here/.test(q.prompt))).toEqual([]);
		const sharedDeck = generateBank({
			text: 'Ferry strike ends\n\nThe ferry strike began on March 3, 2019 in the port of Ardmore. At the time that the crews walked out, the union said they would stay out for a month.',
			date: '2019-04-12'
		}).questions;
		const then = sharedDeck.find((q) => q.prompt.startsWith('Which date does “the time” mean here?'));
		expect(then?.answer).toBe('March 3, 2019');
		expect(then?.prompt).toContain('“At the time that the crews walked out, the union said');
		for (const q of tuesday) {
			expect(q.answer).toBe('Tuesday');
			expect(q.explanation).toMatch(/\(April 9, 2019, counting from the article’s date, April 12, 2019\)$/);
		}
	});

	it("issue 9: a clock time's note adds the day it fell on, not the time the words already tell", () => {
		const made = generateBank({
			text: 'Ferry service halted\n\nThe harbour board halted the Ardmore ferry on Thursday. In a statement issued at 6:15 p.m., the board said the crossing would stay closed for repairs to its ramp.',
			date: '2026-05-07'
		});
		const told = made.questions.filter((q) => q.answer.startsWith('6:15 p.m.'));
		expect(told.length).toBeGreaterThan(0);
		// A choice's key is the article's words, and its explanation carries the note.
		for (const q of told)
			expect('choices' in q ? `6:15 p.m. ${/\([^()]*\)$/.exec(q.explanation ?? '')?.[0]}` : q.answer).toBe(
				'6:15 p.m. (May 7, 2026)'
			);
	});

	it('issue 9: a date that says how often is asked "How often?", not "When?"', () => {
		const made = ['Ardmore', 'Inchcolm', 'Skerry', 'Rathlin', 'Lundy', 'Sark'].flatMap(
			(island) =>
				generateBank({
					text: `Ferry timetable\n\nThe ferry to the island of ${island} sails every three weeks from the old harbour, and the last one left on March 3, 2019.`,
					date: '2019-04-12'
				}).questions
		);
		const often = made.filter((q) => q.type === 'date-choice' && q.answer === 'every three weeks');
		expect(often.length).toBeGreaterThan(0);
		for (const q of often) expect(q.prompt).toMatch(/^How often\? Complete the sentence:/);
		const when = made.filter((q) => q.type.startsWith('date-') && q.answer.startsWith('March 3'));
		expect(when.length).toBeGreaterThan(0);
		for (const q of when)
			expect(q.prompt).toMatch(/^(?:When\? Complete the sentence|Type the missing date):/);
	});

	it('issue 9: a figure that opens its sentence reads in lower case in a true-false explanation ("it was six")', () => {
		const falses = ['boats', 'yachts', 'barges', 'ferries', 'trawlers', 'dinghies'].flatMap((boats) =>
			generateBank({
				text: `Harbour storm\n\nThe storm hit the bay at dawn. Six ${boats} sank near the old pier before the crews could reach them.`,
				date: '2020-06-02'
			}).questions.filter((q) => q.type === 'true-false' && q.answer === 'False')
		);
		expect(falses.length).toBeGreaterThan(0);
		for (const q of falses) expect(q.explanation).toMatch(/^False: it was six, not [a-z]/);
	});

	it('issue 9: a fraction opening its sentence reads in lower case too ("it was half, not a tenth")', () => {
		const falses = [
			'teachers',
			'nurses',
			'drivers',
			'guards',
			'cooks',
			'clerks',
			'porters',
			'pilots'
		].flatMap((staff) =>
			generateBank({
				text: `School staff\n\nThe school in Ardmore opened in 2005. Half of the ${staff}, as of March 2006, were in their first year at the school.`,
				date: '2007-08-01'
			}).questions.filter((q) => q.type === 'true-false' && q.answer === 'False')
		);
		expect(falses.length).toBeGreaterThan(0);
		for (const q of falses) expect(q.explanation).toMatch(/^False: it was half, not [a-z]/);
	});

	it('issue 9: a figure opening its sentence with a lead word and digits reads in lower case ("it was another 19 percent")', () => {
		const falses = [
			'voters',
			'farmers',
			'parents',
			'drivers',
			'tenants',
			'nurses',
			'grocers',
			'bakers'
		].flatMap((asked) =>
			generateBank({
				text: `Bridge vote\n\nThe council asked the town about the new bridge in May. Another 19 percent of the ${asked} said they would back neither plan.`,
				date: '2011-06-01'
			}).questions.filter((q) => q.type === 'true-false' && q.answer === 'False')
		);
		expect(falses.length).toBeGreaterThan(0);
		for (const q of falses)
			expect(q.explanation).toMatch(/^False: it was another 19 percent, not another \d+ percent\./);
	});

	it('nests the quotes of a sentence shown inside quotation marks', () => {
		expect(asInnerQuotes('"Six minutes?" he said.')).toBe('‘Six minutes?’ he said.');
		expect(asInnerQuotes('He said “no” twice.')).toBe('He said ‘no’ twice.');
	});

	it('issue 9: a cloze offers four of one kind: names for a name, no number word, no common word for a name', () => {
		// A name keeps the "the" the article writes it with ("the United States" among "Japan", "Taiwan").
		const name = (s: string) => s.replace(/^the /, '');
		for (const q of bank.questions.filter((x): x is ClozeQuestion => x.type === 'cloze')) {
			const capital = /^\p{Lu}/u.test(name(q.answer));
			for (const c of q.choices ?? []) {
				expect(/^\p{Lu}/u.test(name(c))).toBe(capital);
				expect(c).not.toMatch(/^(?:one|two|three|four|five|ten)$/);
			}
		}
	});

	it('asks nothing about a figure or date whose sentence is too short to place it', () => {
		const short = generateBank({
			text: 'Rovers Win\n\nNobody is laughing tonight. The club won its first cup final on Sunday in front of a record crowd.',
			date: '2025-05-18'
		});
		expect(short.questions.some((q) => q.prompt.includes('Nobody is laughing'))).toBe(false);
		// issue 9: the blank covers just the date; "on" stays in the sentence.
		expect(short.questions.some((q) => q.answer === 'Sunday' && q.prompt.includes('on _____'))).toBe(true);
	});
});

describe('issue 9: the right choice stands in no particular place', () => {
	const folder = (name: string) => new URL(`../../../questions/${name}/`, import.meta.url);
	const articles = ['articles', 'test-articles', 'real'].flatMap((name) =>
		readdirSync(folder(name))
			.filter((f) => f.endsWith('.txt') && !f.endsWith('.source.txt'))
			.map((f) => ({
				text: readFileSync(new URL(f, folder(name)), 'utf8'),
				date: (
					JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.json'), folder(name)), 'utf8')) as {
						date?: string;
					}
				).date
			}))
	);
	/** Pearson's chi-square against four equal cells; 16.27 is its 0.1% critical value with 3 degrees of freedom. */
	const chiSquare = (counts: number[]) => {
		const expected = counts.reduce((a, b) => a + b, 0) / counts.length;
		return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
	};

	// Made once for both tests: three seeds over every article of the project (a deck asks a sentence at most three
	// times, so two seeds give too few choices for the test to tell a bias).
	const banks = [1, 2, 3].map((seed) => articles.map(({ text, date }) => generateBank({ text, date, seed })));

	it('puts the key in each of the four places about as often, whatever the seed', () => {
		const positions = [0, 0, 0, 0];
		for (const q of banks.flat().flatMap((b) => b.questions))
			if ('choices' in q && q.choices?.length === 4) positions[q.choices.indexOf(q.answer)]!++;
		expect(positions.reduce((a, b) => a + b, 0)).toBeGreaterThan(500);
		expect(chiSquare(positions)).toBeLessThan(16.27);
	});

	it('ranks a number key smallest, largest or in between about as often', () => {
		const ranks = [0, 0, 0, 0];
		for (const q of banks.flat().flatMap((b) => b.questions)) {
			if (q.type !== 'figure-choice') continue;
			const values = q.choices.map((c) => parseFigure(c)?.value ?? NaN);
			if (values.some((v) => Number.isNaN(v))) continue;
			const key = parseFigure(q.answer)!.value;
			ranks[values.filter((v) => v < key).length]!++;
		}
		expect(ranks.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
		expect(chiSquare(ranks)).toBeLessThan(16.27);
	});
});

describe('dr51 (stop 51): a choice worth another figure of the prompt', () => {
	it('never offers the other figure of the sentence, written another way, as a wrong choice', () => {
		const article =
			'Carmaker Posts Surprise Profit\n\nThe carmaker’s profits equate to 44 cents per share, a large difference ' +
			'to the 20 cent per share lost that had been expected by most analysts.\n\nIts shares rose 9% in early ' +
			'trading on Friday.';
		const asked = [];
		for (let seed = 1; seed <= 30; seed++)
			for (const q of generateBank({ text: article, date: '2026-04-02', seed }).questions)
				if (q.type === 'figure-choice' && q.answer === '44 cents') asked.push(q);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.choices.map((c) => parseFigure(c)?.value)).not.toContain(20);
	});
});

describe('issue 9: choices of the same kind as the key', () => {
	it('never offers a party or a ministry as the answer to “who said” a person’s words', () => {
		const article =
			'Harbour Plan Splits Council\n\n' +
			'The Green Alliance and the Tarvonian Ministry of Ports opposed the plan. The Green Alliance met on ' +
			'Friday, and the Tarvonian Ministry of Ports wrote to the council.\n\n' +
			'"We were never asked about the dredging or the noise," Mira Castell, a harbour pilot, said on Monday.\n\n' +
			'"The new quay will bring jobs to the whole of the eastern shore," said Dorin Vasko, the mayor.\n\n' +
			'"Nobody has shown us a single study of the tides," Lena Orvik, a fisher, said.';
		const b = generateBank({ text: article, date: '2031-05-04' });
		const whoSaid = b.questions.filter((x): x is ChoiceQuestion => x.type === 'who-said');
		for (const q of whoSaid) for (const c of q.choices ?? []) expect(c).not.toMatch(/Alliance|Ministry/);
		// Three people speak: a fourth choice would have to be an organisation, so each offers the three speakers.
		expect(whoSaid.length).toBeGreaterThan(0);
		for (const q of whoSaid) expect(q.choices).toHaveLength(3);
	});

	it('offers as wrong speakers only people who speak in the article, never one who is only mentioned', () => {
		const article =
			'Statue Unveiled in Harbour Square\n\n' +
			'A bronze statue of Admiral Tomas Brell, who founded the harbour in 1790, was unveiled on Saturday. ' +
			'The actor Pavel Dunmore plays Brell in a new film about the harbour, and the sailor Ines Varga drowned ' +
			'near the square last year.\n\n' +
			'"We wanted the square to remember the people who built this town," Mira Castell, the mayor, said.\n\n' +
			'"The statue took two years to cast and polish by hand," said Dorin Vasko, the sculptor.\n\n' +
			'"Nobody asked the fishers what they wanted in their square," Lena Orvik, a fisher, said.';
		const b = generateBank({ text: article, date: '2031-05-04' });
		const whoSaid = b.questions.filter((x): x is ChoiceQuestion => x.type === 'who-said');
		expect(whoSaid.length).toBeGreaterThan(0);
		for (const q of whoSaid) for (const c of q.choices) expect(c).not.toMatch(/Brell|Dunmore|Varga/);
	});
});

/** A named person of the people table, by name alone. */
const speakerEntity = (name: string): Entity => ({
	id: name,
	kind: 'person',
	name,
	role: '',
	named: true,
	tokens: name.split(' '),
	mentions: []
});

describe('a who-said offers nobody the quote is about', () => {
	it.each([
		[
			'craft 14: someone the quote calls by their first name',
			'Harbour Mourns Its Pilot\n\n' +
				'"Arvo Penn never once went home before the last boat was tied up," said Mira Castell, the mayor.\n\n' +
				'"We will keep the harbour office open every night this week, as Arvo would have wanted," said Lena Orvik, a fisher.\n\n' +
				'"The pier lights will stay on until the funeral on Friday," said Dorin Vasko, the engineer.\n\n' +
				'"Somebody will have to steer the boats, which is not the same thing," said Owen Riis, the harbour clerk.\n\n' +
				'"I kept the log the way my own father taught me, one line for every boat," Arvo Penn said in an interview in 2019.',
			'as Arvo would have wanted',
			'Arvo Penn'
		],
		[
			'issue 9: the woman the article is most about, for a quote about "her promises"',
			'Mayor Courts the Harbour Vote\n\n' +
				'Mayor Helen Varga toured the harbour on Monday. Varga promised new cranes, and Varga met the dock crews. ' +
				'"We will build the cranes before the winter storms arrive," Helen Varga said.\n\n' +
				'"The council has voted for the plan twice and the money is already set aside," said Nora Petit, the treasurer.\n\n' +
				'"The crews want contracts that last longer than a single season on the quay," said Owen Riis, a docker.\n\n' +
				'"A lot of her promises to the harbour come across as pandering to the crews," said Tomas Brel, a trader.',
			'come across as pandering',
			'Helen Varga'
		],
		[
			'dev review (stop 49): the man the headline names, for a quote about "his regret", however often another is named',
			'Kell apologizes for joke about bowlers\n\n' +
				'Peter Kell told a talk show host on Thursday that he had bowled a 129. Kell later called the league to apologize.\n\n' +
				'"It was like a beginners\' league or something," Peter Kell said.\n\n' +
				'"He expressed his regret, and he apologized in a way that was very moving," said David Roe, the league chairman.\n\n' +
				'"Bowlers with disabilities train harder than anyone in this sport," Roe added. Roe runs the league.\n\n' +
				'"I bowl a 300 every month and I could beat that score easily," said Mark Lund, a bowler.\n\n' +
				'"He would be welcome at our lanes any night of the week," said Owen Riis, the league treasurer.',
			'He expressed his regret',
			'Peter Kell'
		]
	])('%s', (_, article, quoted, excluded) => {
		const b = generateBank({ text: article, date: '2031-05-04' });
		const whoSaid = b.questions.filter(
			(x): x is ChoiceQuestion => x.type === 'who-said' && x.prompt.includes(quoted)
		);
		expect(whoSaid).toHaveLength(1);
		expect(whoSaid[0]!.choices).not.toContain(excluded);
	});
});

describe('issue 9: a what-said or a statement offers no words about the speaker asked of', () => {
	it.each<[string, string, boolean]>([
		['Helen Varga', 'Varga has broken every promise she ever made to the docks', true],
		['Helen Varga', 'Nobody listens to Helen on the quay', true],
		['Helen Varga', 'The vargas of the valley grow well', false],
		['Tom Ek', 'Ek said nothing', true],
		['Helen Varga', 'We will build the cranes before the storms', false]
	])('%s in “%s”: %s', (name, quote, expected) => expect(namedIn(speakerEntity(name), quote)).toBe(expected));
});

describe('issue 9: an interview with one speaker', () => {
	it('issue 9: a lone speaker among other people named is asked “who said it” once, as a flashcard', () => {
		const story = (quotes: string) =>
			generateBank({
				text:
					'Banker found guilty\n\nMarta Ilves, the former head of Korvel Bank, was found guilty of fraud on Friday by a jury in ' +
					'Riverton. Tomas Roe, her deputy, testified against Ilves after admitting fraud himself.\n\n' +
					quotes,
				date: '2031-07-14'
			}).questions.filter((q) => q.type === 'flashcard' && q.prompt.startsWith('Who '));
		const asked = story(
			'"This is a sad day for the bank," said Anna Saar, a spokeswoman for Korvel Bank. "We will rebuild the trust we lost."'
		);
		expect(asked.map((q) => q.answer)).toEqual(['Anna Saar, a spokeswoman for Korvel Bank']);
		// Mostly her words: the article is her statement, and the answer is known before the question is read.
		const statement = story(
			'"This is a sad day for the bank, and for everyone who trusted it with their savings over many years," said Anna Saar, a spokeswoman for Korvel Bank. ' +
				'"We will rebuild the trust we lost, one customer at a time, and we will open every account to the auditors in the coming months. ' +
				'Nobody who did nothing wrong will lose a single cent, and the board will answer every question put to it by the regulator."'
		);
		expect(statement).toEqual([]);
	});

	it('asks nobody “who said it”, since only one answer is possible whatever the student read', () => {
		const article =
			'Orchard Keeper Talks About the Frost\n\n' +
			'Mira Castell has kept the Ardmore orchard for thirty years. We asked her about the spring frost.\n\n' +
			'"We lost nearly every blossom on the lower slope in a single night," Castell said.\n\n' +
			'"The old trees on the ridge came through, because the cold air drains past them," she said.\n\n' +
			'"Next year we will plant the late varieties on the low ground and keep the early ones high," Castell added.';
		const b = generateBank({ text: article, date: '2031-05-04' });
		expect(b.facts.filter((f) => f.kind === 'quote').length).toBeGreaterThanOrEqual(3);
		const aboutSpeaker = b.questions.filter(
			(q) =>
				q.type === 'who-said' ||
				(q.type === 'flashcard' && q.prompt.startsWith('Who ')) ||
				(q.type === 'true-false' && /^True or false: Mira Castell\b/.test(q.prompt))
		);
		expect(aboutSpeaker).toEqual([]);
	});
});

describe('issue 9: a deck not padded with the same fact asked again', () => {
	it('issue 9: asks a fact once by recognition and once by recall, never the same blank twice', () => {
		const harbour = generateBank({
			text:
				'Harbour Budget\n\nThe harbour board of the town of Ardmore spent $4.5 million on the new quay last year. ' +
				'The old pier, which opened in 1911, carried 80 boats a day and 2,500 passengers a week at its busiest.',
			date: '2031-05-04'
		});
		const recognition = ['figure-choice', 'date-choice', 'true-false', 'who-said', 'what-said'];
		const recall = ['figure-typed', 'date-typed', 'flashcard'];
		for (const b of [bank, harbour]) {
			const byFact = new Map<string, string[]>();
			for (const q of b.questions) byFact.set(q.factId, [...(byFact.get(q.factId) ?? []), q.type]);
			for (const [fact, types] of byFact) {
				expect(types.filter((t) => recognition.includes(t)).length, fact).toBeLessThanOrEqual(1);
				expect(types.filter((t) => recall.includes(t)).length, fact).toBeLessThanOrEqual(1);
				// A choice blank and a typed answer or flashcard of it show one sentence with one gap.
				if (types.some((t) => t.endsWith('-choice')))
					expect(
						types.filter((t) => recall.includes(t)),
						fact
					).toEqual([]);
				if (types.includes('who-said')) expect(types, fact).not.toContain('flashcard');
			}
		}
	});

	it('asks “Who said this?” with choices or as a flashcard, not both', () => {
		const withChoices = new Set(bank.questions.filter((q) => q.type === 'who-said').map((q) => q.factId));
		expect(withChoices.size).toBeGreaterThan(0);
		for (const q of bank.questions) if (q.type === 'flashcard') expect(withChoices.has(q.factId)).toBe(false);
	});

	it('asks a figure’s blank once (chosen or typed, not both) and a sentence at most three times', () => {
		const b = generateBank({
			text:
				'Harbour Budget\n\nThe harbour board of the town of Ardmore spent $4.5 million on the new quay last year. ' +
				'The board hired 45 divers, 12 engineers, 300 labourers and 7 surveyors for the eastern pier, which ' +
				'took 19 months to build.',
			date: '2031-05-04'
		});
		const byFact = new Map<string, string[]>();
		for (const q of b.questions) byFact.set(q.factId, [...(byFact.get(q.factId) ?? []), q.type]);
		for (const types of byFact.values())
			expect(types.filter((t) => /-(?:choice|typed)$/.test(t)).length).toBeLessThanOrEqual(1);
		const bySentence = new Map<number, number>();
		for (const q of b.questions)
			if (q.evidence) bySentence.set(q.evidence.start, (bySentence.get(q.evidence.start) ?? 0) + 1);
		expect(Math.max(...bySentence.values())).toBeLessThanOrEqual(PER_SENTENCE);
		// Every figure of the crowded sentence is still asked once before any is asked twice.
		const crowded = b.facts.filter(
			(f) => f.kind === 'figure' && b.article.text.indexOf('45 divers') <= f.evidence.start
		);
		const asked = crowded.filter((f) => b.questions.some((q) => q.factId === f.id));
		expect(asked.length).toBeGreaterThanOrEqual(Math.min(5, crowded.length));
	});
});

describe('issue 9: no fact or sentence asked the same way twice', () => {
	const b = generateBank({
		text:
			'Harbour Budget\n\nThe harbour board of the town of Ardmore spent $4.5 million on the new quay last year. ' +
			'The harbour board hired 45 divers, 12 engineers, 300 labourers and 7 surveyors for the eastern pier, which ' +
			'took 19 months to build. The old pier, which opened in 1911, carried 80 boats a day and 2,500 passengers a week at its busiest.',
		date: '2031-05-04'
	});
	it('asks no flashcard of a fact whose blank is typed: it would show the same sentence again', () => {
		const typed = new Set(b.questions.filter((q) => q.type.endsWith('-typed')).map((q) => q.factId));
		expect(typed.size).toBeGreaterThan(0);
		for (const q of b.questions) if (q.type === 'flashcard') expect(typed.has(q.factId)).toBe(false);
	});
	it('issue 9: asks at most one true-or-false of a sentence, and of a crowded sentence only as many facts as it keeps questions', () => {
		const tf = b.questions.filter((q) => q.type === 'true-false');
		expect(new Set(tf.map((q) => q.evidence?.start)).size).toBe(tf.length);
		const bySentence = new Map<number, string[]>();
		for (const f of b.facts)
			bySentence.set(f.evidence.start, [...(bySentence.get(f.evidence.start) ?? []), f.id]);
		for (const facts of bySentence.values()) {
			const asked = facts.filter((id) => b.questions.some((q) => q.factId === id));
			expect(asked.length).toBe(Math.min(PER_SENTENCE, facts.length));
		}
		expect(giveaways(b.questions, b.article.text, b.facts)).toEqual([]);
		// Five figures in one sentence: the student answers three questions, each on another figure.
		expect(Math.max(...[...bySentence.values()].map((facts) => facts.length))).toBeGreaterThan(PER_SENTENCE);
	});
});

describe('issue 9: round 4, what-said choices', () => {
	it('sets a named person’s words only against other named people’s, never a document’s or an anonymous source’s', () => {
		const text =
			'Council debates the new bridge\n\n' +
			'"The bridge will open on time and under budget," said Mayor Dana Reyes, who chairs the council.\n\n' +
			'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner on Mill Street.\n\n' +
			'"The traffic on the old road has been a danger to everyone," said Ann Lee, a nurse at the hospital.\n\n' +
			'"Our members want the work finished before the winter comes," said Paul Smith, the union leader.\n\n' +
			'The council issued a statement. "The council regrets every delay caused to residents so far," the statement said.\n\n' +
			'"Nobody asked the people who live next to the bridge what they wanted," said one resident, who asked not to be named.';
		const bank = generateBank({ text, id: 'what-said', date: '2024-05-02' });
		const whatSaid = bank.questions.filter((q) => q.type === 'what-said') as ChoiceQuestion[];
		expect(whatSaid.length).toBeGreaterThan(0);
		for (const q of whatSaid) {
			expect(q.choices.join(' ')).not.toMatch(/regrets|Nobody asked/);
		}
	});
});

describe('craft54b: lower-case words asked who said them with no lead-in read alone as speech', () => {
	it.each([
		['to deal with criminals in the streets with weapons', false],
		['in the face of continued reports about killings and reprisals', false],
		['whether 18:1...equals a fair application of the rules', false],
		['when conditions were right', false],
		['that the iPod is only for those who want their music on the run', false],
		['stand firm on drugs to protect its citizens from the scourge', false],
		['never hesitate to use military force', false],
		['premature to predict the death of the iPod just yet', false],
		['painful and difficult, but historic day', false],
		['an important partner in the non-proliferation regime', false],
		['basically, a giant Ponzi scheme (since at least 2005)', false],
		['currently in the process of notifying these companies', false],
		["he's their problem and good riddance", true],
		['the person froze to death indoors', true],
		["again, it doesn't make up for the fall in CD sales", true],
		["if they [the TWU] don't accept it, we will go to binding arbitration", true],
		['unlike George W. Bush, [Obama] wants to do this in cooperation with others', true],
		['the Syrian border with Iraq has been troublesome for some time', true],
		// craft 57b: an opening ellipsis is left out, and a coordinator joins the words to a clause not shown.
		['… but there was a cow in the skewer', false],
		['...and next year government will consult with industry about new regulations', false],
		['…that the benefits of access outweighed our discomfort', false],
		['[...]all companies in London must play by the rules', true],
		['...the oil for food program has been shamefully rorted', true],
		// craft 61b: a verb after a relative word or subordinator is its inner clause's; a past form before "by" is a
		// participle; words after a comma read alone only with their subject.
		['something that we have to work on', false],
		['the same as we all are', false],
		['a free, representative government [in Iraq] that is an ally in the war on terror', false],
		['no evidence to substantiate allegations made by these former employees', false],
		['in every aspect, needs to be fundamentally rebuilt', false],
		['every day that passes brings us closer to an operation in Gaza', true],
		['people who live here are happy', true],
		['there is growing evidence that the long term use of cannabis can cause mental illness', true]
	])('“%s” reads alone: %s', (quote, alone) => {
		expect(readsAlone(quote, true)).toBe(alone);
	});

	it('asks no who-said, flashcard or true-or-false of a fragment cut from the reporter’s sentence', () => {
		const text =
			'Mayor defends bridge plan\n\n' +
			'Mayor Dana Reyes defended the plan. It was chosen "in the face of repeated warnings from engineers about the old deck," Reyes said.\n\n' +
			'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner on Mill Street.\n\n' +
			'"The traffic on the old road has been a danger to everyone," said Ann Lee, a nurse at the hospital.\n\n' +
			'Mayor Dana Reyes rejected the criticism. "It was the right choice," Reyes said.';
		const bank = generateBank({ text, date: '2024-05-02' });
		const asked = bank.questions.filter((q) => q.prompt.includes('in the face of'));
		expect(asked).toEqual([]);
	});
});

describe('craft54b: matching offers each speaker’s own words', () => {
	it('takes a whole sentence before a fragment with its lead-in, and no lead-in whose quoted words are no sentence', () => {
		const text =
			'Bridge plan splits council\n\n' +
			'"The bridge will open on time and under budget," said Mayor Dana Reyes, who chairs the council.\n\n' +
			'Tom Hart, a shop owner on Mill Street, called the plan "unwelcome but unsurprising" for traders.\n\n' +
			'Ann Lee, a nurse at the hospital, described the old bridge as "a disgrace to a modern city like ours" in her letter.\n\n' +
			'"The traffic on the old road has been a danger to everyone," Lee said.\n\n' +
			'"Our members want the work finished by the end of the year," said Paul Smith, the union leader.\n\n' +
			'"Nobody in the village was asked what kind of crossing they wanted," said Ida Marsh, a teacher.\n\n' +
			'"The ferry will keep running until the new road is finished," said Omar Berg, the ferry captain.';
		const bank = generateBank({ text, date: '2024-05-02' });
		const pairs = bank.questions.flatMap((q) => (q.type === 'matching' ? q.pairs : []));
		expect(pairs.length).toBeGreaterThan(0);
		for (const p of pairs) expect(p.left).toMatch(/^“\p{Lu}/u);
	});
});

describe('craft54b: what-said choices open alike, none in lower case among capitals', () => {
	it('offers no quote cut from inside a reporter’s sentence beside whole ones, as key or wrong choice', () => {
		const text =
			'Council debates the new bridge\n\n' +
			'"The bridge will open on time and under budget," said Mayor Dana Reyes, who chairs the council.\n\n' +
			'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner on Mill Street.\n\n' +
			'"The traffic on the old road has been a danger to everyone," said Ann Lee, a nurse at the hospital.\n\n' +
			'"Our members want the work finished before the winter comes," said Paul Smith, the union leader.\n\n' +
			'Engineer Rosa Diaz said the steel had been tested and that "the deck will carry twice the load of the old bridge."\n\n' +
			'"We checked every weld on the span twice before the inspection," said Rosa Diaz.';
		const bank = generateBank({ text, id: 'what-said-case', date: '2024-05-02' });
		const whatSaid = bank.questions.filter((q) => q.type === 'what-said') as ChoiceQuestion[];
		expect(whatSaid.length).toBeGreaterThan(0);
		for (const q of whatSaid) {
			const lower = q.choices.map((c) => /^“\p{Ll}/u.test(c));
			expect(new Set(lower).size).toBe(1);
		}
	});
});

describe('craft52b (W8 review): a what-said choice cut from inside a sentence with no clause of its own', () => {
	it('is no choice: a noun phrase, or an object and its complement', () => {
		expect(fragmentChoice('false hope that the pier would reopen before the summer')).toBe(true);
		expect(fragmentChoice('it [the pier] a safer place for the families who fish there')).toBe(true);
		expect(fragmentChoice('the council should have listened to the fishermen long ago')).toBe(false);
		expect(fragmentChoice('we will not let the pier close without a fight')).toBe(false);
		expect(fragmentChoice('The pier is a danger to everyone who walks on it')).toBe(false);
	});
});

describe('craft52b (dev review): a quote whose sentence runs on past its closing mark', () => {
	it('is not asked without the words around it', () => {
		const text =
			'Ferry late again\n\n' +
			'Harbour master Ida Marsh said, "The new ferry came into service two weeks later" than the council had promised.\n\n' +
			'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner on Mill Street.\n\n' +
			'"The traffic on the old road has been a danger to everyone," said Ann Lee, a nurse at the hospital.\n\n' +
			'"Our members want the work finished before the winter comes," said Paul Smith, the union leader.';
		const bank = generateBank({ text, date: '2024-05-02' });
		const asked = bank.questions.filter((q) =>
			`${q.prompt} ${'choices' in q ? (q.choices ?? []).join(' ') : ''}`.includes('two weeks later')
		);
		expect(asked).toEqual([]);
		expect(runsOn('Marsh said, "It came two weeks later" than promised.', 36)).toBe(true);
		expect(runsOn('"It came two weeks later," Marsh said.', 24)).toBe(false);
		expect(runsOn('"It came two weeks later" the harbour master said.', 24)).toBe(false);
		expect(runsOn('Marsh said "It was a great day for the harbour" with the pier reopened.', 46)).toBe(false);
	});
});

describe('a what-said or cloze quote that opens on its verb, its subject left outside the quotation marks', () => {
	it('reads a quote opening on a verb as no sentence, and one opening on its subject as one', () => {
		expect(subjectless('is a perfect example of what the harbour needs')).toBe(true);
		expect(subjectless('has quietly rebuilt the ferry service for a decade')).toBe(true);
		expect(subjectless('build new berths so the fishing fleet can come home')).toBe(true);
		expect(subjectless('outfoxed the board at every turn')).toBe(true);
		expect(subjectless('focused on the herring season and nothing else')).toBe(true);
		expect(subjectless('to keep pressing the board for a deeper channel')).toBe(true);
		expect(subjectless('to the harbour board, the quay is a lost cause')).toBe(false);
		expect(subjectless('our berths are full every summer')).toBe(false);
		expect(subjectless('many skippers will not wait another year')).toBe(false);
		expect(subjectless('if the tide allows, we sail at dawn')).toBe(false);
		expect(subjectless('like I said, the quay is too short')).toBe(false);
		expect(subjectless('The quay is too short')).toBe(false);
		expect(subjectless('states were short of money that winter')).toBe(false);
		expect(subjectless('do have a point about the quay')).toBe(true);
		// craft52b (W8 elmwood): an adverb before the verb ("still plans to …") leaves the subject as far outside.
		expect(subjectless('still plans to represent all the ferry owners')).toBe(true);
		expect(subjectless('also wants the quay rebuilt before winter')).toBe(true);
		expect(subjectless('still, the quay is too short')).toBe(false);
		// craft53b (dev carter-meets): a sentence adverb of two words before the verb, as much as "still".
		expect(subjectless('in effect is undermining a policy held by many others')).toBe(true);
		expect(subjectless('in fact the quay is too short')).toBe(false);
		// Craft 51: an infinitive whose verb the lexicon does not know, and a quote opening on the editor's "[does]".
		expect(subjectless('to overwhelm the quay with sandbags')).toBe(true);
		expect(subjectless('[does] not think the quay is too short')).toBe(true);
	});
	it('offers no such quote as a what-said choice, nor asks it as a what-said', () => {
		const text =
			'Council debates the new bridge\n\n' +
			'"The bridge will open on time and under budget," said Mayor Dana Reyes, who chairs the council.\n\n' +
			'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner on Mill Street.\n\n' +
			'The engineer "is a careful woman who has checked every bolt on the span twice," said Ann Lee, a nurse.\n\n' +
			'"Our members want the work finished before the winter comes," said Paul Smith, the union leader.\n\n' +
			'"The old road has been a danger to every child who walks to school," said Ruth Cole, a teacher.';
		const bank = generateBank({ text, id: 'subjectless', date: '2024-05-02' });
		const whatSaid = bank.questions.filter((q) => q.type === 'what-said') as ChoiceQuestion[];
		expect(whatSaid.length).toBeGreaterThan(0);
		for (const q of whatSaid) expect(q.choices.join(' ')).not.toMatch(/careful woman/);
	});
});

describe('stop 44 (attr): a quote whose subject stayed outside the marks is asked who said it only with its lead-in', () => {
	it('asks no "Who said this?", flashcard or true-or-false of the verb alone', () => {
		const text =
			'Council debates the new bridge\n\n' +
			'"The bridge will open on time and under budget," said Mayor Dana Reyes, who chairs the council.\n\n' +
			'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner on Mill Street.\n\n' +
			'That "has been the most careful piece of work this town has seen in years," said Ann Lee, a nurse.\n\n' +
			'"Our members want the work finished before the winter comes," said Paul Smith, the union leader.\n\n' +
			'"The old road has been a danger to every child who walks to school," said Ruth Cole, a teacher.';
		const bank = generateBank({ text, id: 'subjectless-who', date: '2024-05-02' });
		const careful = bank.facts.find(
			(f) => f.kind === 'quote' && f.quote.startsWith('has been the most careful')
		);
		expect(careful).toBeDefined();
		for (const q of bank.questions) expect(q.factId).not.toBe(careful!.id);
		expect(bank.questions.some((q) => q.type === 'who-said')).toBe(true);
	});
});

describe('stop 44 (attr): "was quoted" only before a participle', () => {
	it('says "said" before a preposition in -ing or a gerund that is the quote\'s subject', () => {
		expect(saidVerb('calling the storm wall', 'a disgrace to the town')).toBe('was quoted');
		// attr64: "Who went on to speculate whether …", never "Who said went on to speculate …".
		expect(saidVerb('went on to speculate whether the party had', 'rolled over')).toBe('');
		expect(saidVerb('following a vote in May that he had', 'grave doubts about the wall')).toBe('said');
		// Stop 52: a gerund that is its clause's subject ("building the wall won't") is not what he did.
		expect(saidVerb("building the wall won't", 'come cheap, whatever the council says')).toBe('said');
		expect(saidVerb('building the wall is', 'a waste of money')).toBe('said');
		expect(saidVerb('saying the storm wall would', 'be a disgrace to the town')).toBe('was quoted');
		expect(saidVerb('remarking that she is', 'looking for a new team')).toBe('was quoted');
		expect(saidVerb('remarking that while there are', 'still doubts about the wall')).toBe('was quoted');
		expect(saidVerb('during the meeting that the wall', 'would not hold')).toBe('said');
		expect(saidVerb('raising the harbour fees', 'is a mistake we will regret')).toBe('said');
	});
});

describe('stop 44 (attr): words the article says were written are asked as written', () => {
	it('reads a verb of writing outside the marks, and no verb of speech, as a written cue', () => {
		expect(writtenCue('Mara Quill wrote in a letter to the council')).toBe(true);
		expect(writtenCue('the harbour master tweeted that')).toBe(true);
		expect(writtenCue('said Ilse Brandt, a skipper')).toBe(false);
		expect(writtenCue('Quill said in a post she wrote later')).toBe(false);
		expect(writtenCue('“We wrote to the council twice,” said Oda Renn')).toBe(false);
		// Craft 60b: the letter or cable named holds the words, whatever the verb ("Who said" a cable is wrong).
		expect(writtenCue("In Roe's draft, he states:")).toBe(true);
		expect(writtenCue('Kell said in the memo that')).toBe(true);
		expect(writtenCue('in a letter written to the committee on Wednesday, Luskin said that Rove is')).toBe(
			true
		);
		expect(writtenCue('The cable read:')).toBe(true);
		expect(writtenCue('Quill said in a statement that')).toBe(false);
		expect(writtenCue('Quill, who sent a letter last week, said')).toBe(false);
	});
	it('asks "Who wrote this?" and explains "… wrote it."', () => {
		const bank = generateBank({
			text:
				'Harbour vote\n\n“The wall will not hold another winter, and the council knows it,” Mara Quill wrote in a letter to the council.\n\n' +
				'“We have asked for a survey three times and heard nothing back from anyone,” said Ilse Brandt, a skipper.\n\n' +
				'“Nobody on this quay trusts the engineers any more, not after last year,” said Oda Renn, a trader.',
			id: 'written',
			date: '2024-05-02'
		});
		const wall = bank.questions.filter((q) => q.prompt.includes('another winter') && q.type === 'who-said');
		expect(wall.length).toBe(1);
		expect(wall[0]!.prompt).toMatch(/^Who wrote this\?/);
		expect(wall[0]!.explanation).toMatch(/wrote it\.$/);
		const survey = bank.questions.find(
			(q) => q.prompt.includes('a survey three times') && q.type === 'who-said'
		);
		expect(survey?.prompt).toMatch(/^Who said this\?/);
	});
	it('reads no verb of writing from the next sentence', () => {
		const bank = generateBank({
			text:
				'Harbour vote\n\nMara Quill said the council “has ignored the wall for far too long, and the town knows it.” A neighbour wrote to the paper.\n\n' +
				'“We have asked for a survey three times and heard nothing back from anyone,” said Ilse Brandt, a skipper.\n\n' +
				'“Nobody on this quay trusts the engineers any more, not after last year,” said Oda Renn, a trader.',
			id: 'written-next',
			date: '2024-05-02'
		});
		expect(bank.questions.length).toBeGreaterThan(0);
		for (const q of bank.questions) expect(`${q.prompt} ${q.explanation}`).not.toMatch(/\bwr(?:ote|ite)\b/);
	});
});

describe('issue 9: round 4, counts given away by the names after them', () => {
	it('asks no figure question on a count followed by as many names, even after a description', () => {
		const text =
			'Jury convicts former executives\n\n' +
			'A jury in Chicago convicted Conrad Hill on Friday. The jury also convicted his three co-defendants, former executives Mark S. Kane, Peter Holt and John Boyle, of fraud.\n\n' +
			'The trial lasted four months and heard 20 witnesses.';
		const bank = generateBank({ text, id: 'list', date: '2024-05-02' });
		const asked = bank.questions.map((q) => q.factId);
		const three = bank.facts.find((f) => f.kind === 'figure' && f.text === 'three');
		expect(three).toBeDefined();
		expect(asked).not.toContain(three!.id);
		const months = bank.facts.find((f) => f.kind === 'figure' && f.text === 'four months');
		expect(asked).toContain(months!.id);
	});
});

describe('issue 9: a long sentence shown from its start', () => {
	const long =
		'Quill, who has led the harbour board of the town for many years and who once ran the old ferry company on the ' +
		'far side of the bay before it was sold to a larger rival from the mainland, argued that the quay had cost the ' +
		'town a great deal of money and would need another two years of work before any boat could use it safely.';
	it('cuts a long sentence at its end, so the subject and who speaks stay in the prompt', () => {
		const at = long.indexOf('a great deal');
		const shown = blankAt(long, at, 'a great deal'.length);
		expect(shown.startsWith('Quill, who has led')).toBe(true);
		expect(shown).toContain('_____ of money');
	});
	it('keeps the subject set off by a comma when the start must be cut too', () => {
		const at = long.indexOf('another two years');
		const shown = blankAt(long, at, 'another two years'.length, 30);
		expect(shown).toMatch(/^Quill, … .*_____ of work/);
	});
});

describe('issue 9: "Who said …?" only of a named speaker', () => {
	it('asks no flashcard whose answer is an unnamed source ("A Chinese Foreign Ministry spokesman", "One user")', () => {
		const unnamed = new Set((bank.people ?? []).filter((p) => !p.named).map((p) => p.name.toLowerCase()));
		expect(unnamed.size).toBeGreaterThan(0);
		for (const q of bank.questions)
			if (q.type === 'flashcard' && q.prompt.startsWith('Who '))
				expect(unnamed.has(q.answer.toLowerCase())).toBe(false);
	});
});

describe('issue 9: a figure given away by its conversion', () => {
	it('asks nothing of a figure inside the brackets that convert the one before it', () => {
		const b = generateBank({
			text:
				'Aid corridor\n\nThe navy opened a 50-mile-long and five-mile-wide (80-kilometre by eight-kilometre) safe ' +
				'passage to the port for ships carrying food and medicine to the city.',
			date: '2031-05-04'
		});
		for (const q of b.questions) expect(q.answer).not.toMatch(/eight-kilometre/);
	});
});

describe('issue 9: round 4, date choices for one end of a range', () => {
	it.each([
		['the early 2010s', 'resurfaced in ', ' to late 1990s.', false],
		['the early 1980s', 'resurfaced in ', ' to late 1990s.', true],
		['late 1980s', 'resurfaced in the early 1990s to ', '.', false],
		['late 2000s', 'resurfaced in the early 1990s to ', '.', true],
		['Monday', 'from ', ' to Friday', true],
		['early 1970s', 'from the late 1970s to ', '.', false],
		['mid-1970s', 'from the late 1970s to the ', '.', false],
		['early 1980s', 'from the late 1970s to ', '.', true],
		['the late 1980s', 'from ', ' to the early 1980s', false],
		['the early 1980s', 'from ', ' to the late 1980s', true],
		['the 1970s', 'from ', ' to the late 1970s', true]
	])('%s in “%s_____%s” keeps the range forwards: %s', (choice, before, after, ok) => {
		expect(inRangeOrder(choice, before, after)).toBe(ok);
	});
});

describe('craft64: a form of address opening the lead points back to no one', () => {
	it.each([
		['Her Majesty Queen Ana II, Queen of Korvel, announced today that she had approved it.', false],
		['His Excellency Jo Doe opened the port.', false],
		['Her decision was announced today.', true],
		['His ferry sank on Monday.', true]
	])('“%s”: %s', (sentence, expected) => expect(pronounSubject(sentence)).toBe(expected));
});

describe("craft64: a range's blanked end gets choices on the key's side of the end shown", () => {
	it.each([
		['8 p.m.', '6:30 p.m.', 'open from about ', ' to 7:30 p.m.', false],
		['5 p.m.', '6:30 p.m.', 'open from about ', ' to 7:30 p.m.', true],
		['9 a.m.', '11 a.m.', 'open between 10 a.m. and ', '.', false],
		['noon', '11 a.m.', 'open between 10 a.m. and ', '.', true],
		['January 20', 'February 1', 'polled between January 24 and ', '.', false],
		['January 31', 'February 1', 'polled between January 24 and ', '.', true],
		['20 May', '2 June', 'held from 22 May to ', '.', false],
		['3 p.m.', '4 p.m.', 'open from ', ' to 2 a.m.', true],
		['14%', '18%', 'plans to raise the tax from 16% to ', '.', false],
		['22%', '18%', 'plans to raise the tax from 16% to ', '.', true],
		['80%', '22%', 'rates ranged from ', ' to 76% with the highest in Maine.', false],
		['1,400', '2,300', 'cut its troops from 3,300 to ', '.', true],
		['4,000', '2,300', 'cut its troops from 3,300 to ', '.', false],
		['6 months', '3 months', 'terms run from ', ' to 1 year.', true],
		['May', 'June', 'fell in the period from April to ', '.', true]
	])('%s for key %s in “%s_____%s”: %s', (choice, key, before, after, ok) => {
		expect(onKeysSide(key, before, after)(choice)).toBe(ok);
	});
});

describe('no blank splits a range or a measure joined by a dash', () => {
	it.each([
		['The survey of 800 pilots was carried out ', '-19, by phone.', true],
		['The survey of 800 pilots was carried out Sept. 16-', ', by phone.', true],
		['The fair ran from Dec. 3 – ', '.', true],
		['The goalkeeper is tall, ', '-4, and quick.', true],
		['In May 2031 - ', ' after the mayor left - the city sold it.', false],
		['The survey was carried out on ', ', by phone.', false],
		// dates77: a month joined to a month.
		['The harvest ran from October-', ' 2012.', true],
		['Its ', '-March sales fell.', true],
		['A long-', ' plan was made.', false]
	])('“%s_____%s”: %s', (before, after, split) => {
		expect(splitsRange(before, after)).toBe(split);
	});
});

describe('craft 58a: no figure asked in a list item cut from its lead-in', () => {
	it.each([
		['46% -- feared that unemployment would worsen under the constitution', true],
		['$220,000 fine and/or 10 years gaol for growing 5-49 hydroponic plants (same as present)', true],
		['5 years jail for revealing information about an ASIO detention', true],
		['12% -- followed certain political leaders who asked them to vote no.', false],
		['400 Australian soldiers have been farewelled at a parade in Darwin.', false],
		['Total budget will be 862.36 billion euros, equaling to 1.045% of the GDP', false]
	])('%s: %s', (sentence, item) => expect(listItem(sentence)).toBe(item));
});

describe('speed76: the word before the blank read first, then the pair before it', () => {
	it.each([
		['The quake killed 40 or possibly ', '50', ' villagers.', true],
		['The quake killed 40 OR PERHAPS ', '50', ' villagers.', true],
		['The quake killed 40 or\n', '50', ' villagers.', true],
		['The quake killed 40 or even\u00a0', '50', ' villagers.', true],
		['The quake killed 40 of the ', '50', ' villagers.', false],
		['The quake killed 40 ', '50', ' villagers.', false]
	] as const)('“%s[%s]%s”: %s', (before, written, after, paired) => {
		expect(pairedEnd(before, written, after, 'figure')).toBe(paired);
	});
});

describe('no blank on one end of a rough pair, or a day paired with the next', () => {
	it.each([
		['When 40 or ', '50', ' of the pilots were grounded, the others struck.', 'figure', true],
		['The crowd grew to ', '200', ' or 300 people by noon.', 'figure', true],
		['Shoppers bought hundreds or ', 'thousands', ' of the lamps.', 'figure', true],
		['The repair takes two or maybe ', 'three weeks', '.', 'figure', true],
		['The council met on ', 'May 11', ' and 12 to settle the budget.', 'date', true],
		['The council met on ', 'May 11', ' or 12 to settle the budget.', 'date', true],
		['The council met on May ', '11', ' and 12 members voted.', 'figure', false],
		['The town hired ', '20', ' or more guards.', 'figure', false],
		['Either the mayor or ', 'two', ' councillors must sign.', 'figure', false],
		['The council met on ', 'May 11', ', and 12 members voted.', 'date', false],
		['The plant cut about 500, or ', '9%', ' of its staff.', 'figure', false],
		['The port spent ', '$45bn', ' or 47% of the budget.', 'figure', false],
		['The fine is $20,000 or ', 'two years', ' in jail.', 'figure', false],
		['Support has risen 8 points since ', 'October', ' and 12 points since June.', 'date', false]
	] as const)('“%s[%s]%s” (%s): %s', (before, written, after, kind, paired) => {
		expect(pairedEnd(before, written, after, kind)).toBe(paired);
	});
});

describe('no blank on a number an evenly stepping list tells', () => {
	it.each([
		['The fair ran in 2031, ', '2033', ', 2035 and 2037.', true],
		['The fair ran in 2031, 2033, 2035 and ', '2037', '.', true],
		['The fair ran in ', '2031', ', 2033 and 2035.', true],
		['The fair ran ', 'in 2031', ', 2033 and 2035.', true],
		['The fair ran in 2031, ', '2034', ', 2035 and 2037.', false],
		['The fair ran in 2031 and ', '2040', '.', false],
		['Votes were 12, ', '15', ' and 30.', false]
	] as const)('“%s[%s]%s”: %s', (before, written, after, told) => {
		expect(evenlySpaced(written, before, after)).toBe(told);
	});
});

describe('no blank on a number word an acronym after it spells', () => {
	it.each([
		['nine-member', ' council (NMC) met.', true],
		['nine-member', ' council met.', false],
		['nine-member', ' council (Harbor Board) met.', false],
		['nine-member', ' council (TMC) met.', false],
		['9', ' council (NMC) met.', false]
	] as const)('“%s%s”: %s', (written, after, spelled) => {
		expect(spelledByAcronym(written, after)).toBe(spelled);
	});
});

describe('issue 9: a cloze after "a" or "an" puts the article into each choice', () => {
	it('offers "an inspector", "a driver", never "a(n) _____"', () => {
		const b = generateBank({
			text:
				'Plant Video\n\nThe plant employs a driver, a cashier, an engineer and an inspector, and a supervisor ' +
				'runs each shift.\n\n"The video that shocked the town was taken by an inspector who worked at our plant ' +
				'for years," said Mira Castell, the manager of the plant and a supervisor herself.',
			date: '2031-05-04'
		});
		const cloze = b.questions.filter((q): q is ClozeQuestion => q.type === 'cloze');
		expect(cloze).toHaveLength(1);
		expect(cloze[0]!.prompt).not.toContain('a(n)');
		expect(cloze[0]!.prompt).toContain('taken by _____ who');
		expect(cloze[0]!.answer).toBe('an inspector');
		for (const c of cloze[0]!.choices ?? []) expect(c).toMatch(/^(?:a [^aeiou]|an [aeiou])/);
	});
});

describe('issue 9: a date explanation adds no range to a decade and no date to a habit', () => {
	const bankOf = (sentence: string) =>
		generateBank({
			text: `Harbour Notes\n\nThe harbour board of the town of Ardmore met on Monday. ${sentence}`,
			date: '2031-05-04'
		});

	it('shows "1980s" without "(1980–1989)"', () => {
		const b = bankOf(
			'The old ferry pier of the town was built by the harbour board in the 1980s with stone.'
		);
		const decade = b.questions.filter((q) => q.answer.includes('1980s'));
		expect(decade.length).toBeGreaterThan(0);
		for (const q of decade) {
			expect(q.answer).not.toMatch(/1980–1989/);
			expect(q.explanation ?? '').not.toMatch(/1980–1989/);
		}
	});

	it('counts no date for "during the summer" in a sentence about every year', () => {
		const b = bankOf(
			'The fishing boats of the town usually leave the old harbour during the summer for the open sea.'
		);
		const summer = b.questions.filter((q) => q.answer.toLowerCase().includes('summer'));
		expect(summer.length).toBeGreaterThan(0);
		for (const q of summer) expect(q.explanation ?? '').not.toMatch(/20\d\d/);
	});
});

describe('issue 9: no completion prompt from a broken sentence', () => {
	it('craft68: a sentence ending on a verb and a colon, its quote or list in the next paragraph, is no prompt', () => {
		for (const [sentence, expected] of [
			['In a speech in Tolla on Wednesday, Ana Roe discussed the trade deficit, saying:', false],
			['The only two tunnels that are longer than the Kell tunnel are:', false],
			['The harbour master said:', false],
			['The three most important issues include:', false],
			['The manifesto focuses on five key areas:', true],
			['The board met on Wednesday and said it would close the quay.', true]
		] as const)
			expect(wellFormed(sentence), sentence).toBe(expected);
	});
	it('reads a doubled word or an unclosed bracket as broken, ordinary prose as whole', () => {
		for (const [sentence, expected] of [
			['The council said the the bus was routed past 12 schools.', false],
			['The plant (which opened in 1990 employs 300 people.', false],
			['He said that that plan cost $4 million.', true],
			['They were in the middle of calls and in the middle of a fix.', true]
		] as const)
			expect(wellFormed(sentence), sentence).toBe(expected);
		const b = generateBank({
			text: 'Bus Route\n\nThe children rode the the bus to school for 12 years before the council moved the stop.',
			date: '2031-05-04'
		});
		expect(b.questions.filter((q) => q.prompt.includes('_____'))).toEqual([]);
	});
});

describe('issue 9: round 5, question craft from the blind review', () => {
	const asked = (text: string, date = '2024-05-14') => generateBank({ text, date }).questions;

	it('no blank for a count of spans its sentence lists ("_____ periods of war, from 1955 to 1972, and from 1983 to 2005")', () => {
		const after = (rest: string) => ' periods of drought' + rest;
		expect(countGivenAway(2, '', after(', from 1961 to 1964, and from 1990 to this year.'))).toBe(true);
		expect(countGivenAway(2, '', after(', between May and July and between 1990 and 1992.'))).toBe(true);
		expect(countGivenAway(3, '', after(', from 1961 to 1964, and from 1990 to this year.'))).toBe(false);
		expect(countGivenAway(2, '', after(', from 1961 to 1964, the worst in a century.'))).toBe(false);
	});

	it('craft 55a: no blank for a single unit that "just" sets before a time counted to another', () => {
		expect(justOneApart('The ad was pulled just ', 'one day', ' after the chair defended it.')).toBe(true);
		expect(justOneApart('It closed only ', 'a week', ' later.')).toBe(true);
		// More than one, or no "just", is the article's fact.
		expect(justOneApart('The ad was pulled just ', 'three days', ' after the chair defended it.')).toBe(
			false
		);
		expect(justOneApart('The ad was pulled ', 'one day', ' after the chair defended it.')).toBe(false);
	});

	it('craft 55a: no blank for a count set off after the list it counts', () => {
		expect(listedBefore(3, 'Ana Roe, Ben Tull and Cal Vey, the ')).toBe(true);
		expect(listedBefore(2, 'pressure from the Harwick and Korvel councils, ')).toBe(true);
		expect(listedBefore(3, 'pressure from the Harwick and Korvel councils, ')).toBe(false);
		// A list that is no subject of the count: a verb stands between.
		expect(listedBefore(2, 'Ana Roe and Ben Tull hired ')).toBe(false);
	});

	it('craft 55a: no blank for a count its "including" or "namely" list names in full', () => {
		const factors = ' critical factors including design, quality, and price.';
		expect(countGivenAway(3, `_____${factors}`, factors)).toBe(true);
		const counts = ' counts of fraud, namely wire fraud, bribery and tax evasion.';
		expect(countGivenAway(3, `_____${counts}`, counts)).toBe(true);
		// A few of many, or a list that runs into another clause, tells no count.
		expect(countGivenAway(5, `_____${factors}`, factors)).toBe(false);
		const crimes = ' crimes, including attempted theft, but the hearing was put off.';
		expect(countGivenAway(2, `_____${crimes}`, crimes)).toBe(false);
	});

	it('craft 54: no blank for a count its members set off by commas name one by one, however long its noun phrase', () => {
		const after = ' Norwegians from the vessel KV Orton, an officer and a crew member, were still on board.';
		expect(countGivenAway(2, `_____${after}`, after)).toBe(true);
		expect(countGivenAway(3, `_____${after}`, after)).toBe(false);
		const list = ' people died in the fire at the mill, the worst in a decade.';
		expect(countGivenAway(2, `_____${list}`, list)).toBe(false);
	});

	it('lead 56: no blank for a count the names after it count out, each with a short aside in brackets', () => {
		const after =
			' seats they needed, including the seats of incumbents Ana Roe (Penn.), Ben Tull (R.I.), and Cal Vey (Ohio).';
		expect(countGivenAway(3, `_____${after}`, after)).toBe(true);
		expect(countGivenAway(4, `_____${after}`, after)).toBe(false);
		const aside = ' members (all of them elected in the spring vote) met on Monday.';
		expect(countGivenAway(2, `_____${aside}`, aside)).toBe(false);
		const months =
			' after the election, the Social Democrats (SPD) and the Christian Democrats (CDU) agreed.';
		expect(countGivenAway(2, `Nearly _____${months}`, months)).toBe(false);
	});

	it('craft 54: no blank for a count a numbered list after it counts out: "at least _____ functions: (1) … (2) …"', () => {
		const after = ' important functions: (1) to settle disputes, (2) to watch trade.';
		expect(countGivenAway(2, `It serves at least _____${after}`, after)).toBe(true);
		expect(countGivenAway(3, `It serves at least _____${after}`, after)).toBe(false);
		expect(countGivenAway(2, '', ' rules: (a) no fees and (b) no queues.')).toBe(true);
		expect(countGivenAway(2, '', ' rules under Article 263 (1) and Article 9.')).toBe(false);
	});

	it('issue 9: no blank for a count the rest of its sentence tells (both, a colon list, as many names)', () => {
		expect(
			countGivenAway(2, 'She turned down the offer _____ times, both times by letter.', ' times, both')
		).toBe(true);
		expect(
			countGivenAway(2, 'The plan rests on _____ things: cost and speed.', ' things: cost and speed.')
		).toBe(true);
		// craft 38, blind review: a list past a "!" or "Jr.", or set apart by semicolons, is counted too.
		expect(
			countGivenAway(
				3,
				'She mocked _____ rivals: Zap!, Ana Lee, and Bo Cruz.',
				' rivals: Zap!, Ana Lee, and Bo Cruz.'
			)
		).toBe(true);
		expect(
			countGivenAway(
				4,
				'He has _____ children: Tom Reyes Jr., 30; Ana, 28; Eli, 21; and Bo, 9.',
				' children: Tom Reyes Jr., 30; Ana, 28; Eli, 21; and Bo, 9.'
			)
		).toBe(true);
		expect(
			countGivenAway(
				3,
				'He has _____ children: Tom Reyes Jr., 30; Ana, 28; Eli, 21; and Bo, 9.',
				' children: Tom Reyes Jr., 30; Ana, 28; Eli, 21; and Bo, 9.'
			)
		).toBe(false);
		expect(
			countGivenAway(
				3,
				'a _____-nation tour of Peru, Chile and Ecuador',
				'-nation tour of Peru, Chile and Ecuador'
			)
		).toBe(true);
		expect(
			countGivenAway(
				4,
				'a _____-nation tour of Peru, Chile and Ecuador',
				'-nation tour of Peru, Chile and Ecuador'
			)
		).toBe(false);
		expect(
			countGivenAway(3, 'The plan rests on _____ things, the minister said.', ' things, the minister said.')
		).toBe(false);
		expect(
			countGivenAway(2, 'made _____ donations, in 2007 and a second recently', ' donations, in 2007')
		).toBe(true);
		expect(insideQuote('“It is as strong _____ as it was,” she said.', 17)).toBe(true);
		expect(insideQuote('The port opened _____, the mayor said.', 16)).toBe(false);
		const made = asked(
			'Minister tours\n\nThe trade minister of Ardmore set off on a three-nation tour of Peru, Chile and Ecuador on Monday to sell the island’s wool.\n\n' +
				'The company was set to launch three new products: Harbour Cloud, Quay Mail and Pier Chat at its spring event in the old town hall.'
		);
		for (const q of made) expect(q.answer.toLowerCase()).not.toMatch(/^three/);
	});

	it('issue 9: no question keyed on "today", "this week" or "now"; of "yesterday" only the date it stands for is asked', () => {
		for (const [core, expected] of [
			['today', true],
			['this week', true],
			['yesterday', true],
			['recently', true],
			['now', true],
			['This year', true],
			['This past week', true],
			// issue 9: never "Today [Saturday]" as a wrong choice for the speaker's "Today [Friday]".
			['Today [Friday]', true],
			['last month', false],
			['on Tuesday', false],
			['in 2004', false]
		] as const)
			expect(bareDeictic(core), core).toBe(expected);
		const made = asked(
			'Harbour opens\n\nThe new harbour of the town of Ardmore opened to fishing boats today after two years of building work.\n\n' +
				'The harbour master said the boats had been waiting in the bay this week for the tide to turn.'
		);
		// The article's own day and week, shown with every card: nothing to learn.
		expect(made.filter((q) => q.factId.startsWith('date-'))).toEqual([]);
		const before = asked(
			'Harbour opens\n\nThe new harbour of the town of Ardmore opened to fishing boats yesterday after two years of building work.'
		).filter((q) => q.factId.startsWith('date-'));
		expect(before.length).toBeGreaterThan(0);
		for (const q of before) {
			expect(q.answer).not.toMatch(/^yesterday$/i);
			expect(q.prompt).toMatch(/^Counting from the article’s date, which day does “yesterday” mean here\?/);
		}
	});

	it('issue 9: a relative week gets no card (its days are a convention), and no card puts the article’s date in its prompt', () => {
		const made = asked(
			'Harbour opens\n\nThe new harbour of the town of Ardmore had been closed to fishing boats until last week, when the works ended. ' +
				'The harbour master said the boats had waited since last month.'
		).filter((q) => q.factId.startsWith('date-'));
		expect(made.some((q) => q.prompt.includes('“last week” mean'))).toBe(false);
		const month = made.find((q) => q.prompt.includes('“last month” mean'));
		expect(month?.prompt).toMatch(
			/^Counting from the article’s date, which month does “last month” mean here\?/
		);
		for (const q of made) expect(q.prompt).not.toContain('2024');
	});

	it('issue 9: no question keyed on a vague span from the article\'s day ("the past few days", "in recent weeks")', () => {
		for (const [core, expected] of [
			['the past few days', true],
			['the next few weeks', true],
			['over the past several months', true],
			['in recent weeks', true],
			['the coming days', true],
			['the past 10 days', false],
			['into its second week', false],
			['the next five years', false]
		] as const)
			expect(bareDeictic(core), core).toBe(expected);
		const made = asked(
			'Harbour repairs\n\nIn the past few days the harbour of the town of Ardmore has been closed to fishing boats after a storm broke its wall.\n\n' +
				'The harbour master said repairs would take place over the next few weeks, when the tide is low.'
		);
		expect(made.filter((q) => q.factId.startsWith('date-'))).toEqual([]);
	});

	it('issue 9: a number written as a noun taking "of" ("a pair of jets") is never swapped for a plain number', () => {
		for (const [choice, key, after, expected] of [
			['3', 'a pair', ' of cargo jets', false],
			['eight', 'a pair', ' of cargo jets', false],
			['a dozen', 'a pair', ' of cargo jets', true],
			['3', 'two', ' cargo jets', true],
			['3', 'a pair', ', the airline said', true]
		] as const)
			expect(fitsNumberNoun(choice, key, after), `${choice} for ${key}${after}`).toBe(expected);
		for (const seed of [1, 2, 3, 4]) {
			const made = generateBank({
				text: 'Korvel news\n\nKorvel Air opened a freight arm with a pair of cargo jets bought from a carrier in Ostrava, where it also keeps its spare engines.',
				seed
			}).questions;
			for (const q of made)
				expect(q.prompt).not.toMatch(/\b(?:\d+|one|three|four|five|six|seven|eight) of cargo jets/);
			expect(made.some((q) => q.answer === 'a pair')).toBe(true);
		}
	});

	it('issue 9: the headline shown with every card gives no blank its key', () => {
		expect(inTitle('Afghan', "Afghan girls' robotics team denied US visas")).toBe(true);
		expect(inTitle('$1.35 billion', 'EU fines Microsoft $1.35 billion for non-compliance')).toBe(true);
		expect(inTitle('€899 million', 'EU fines Microsoft $1.35 billion for non-compliance')).toBe(false);
		expect(inTitle('the robotics', 'Robotics team wins')).toBe(true);
		expect(inTitle('Andy Warhol', "Warhol's photo legacy spread by university exhibits")).toBe(true);
		expect(inTitle('$2 billion', 'EU fines Microsoft $1.35 billion')).toBe(false);
		expect(inTitle('the second day of Xi’s visit', 'Xi and Putin meet')).toBe(false);
		const made = asked(
			'Ardmore harbour gets $4.5 million\n\nThe harbour board of the town of Ardmore spent $4.5 million on the new quay, the board said on Friday.'
		);
		for (const q of made) if (q.prompt.includes('_____')) expect(q.answer).not.toBe('$4.5 million');
	});

	it("issue 9: a headline amount without its dollar's country gives the amount away, blanked or swapped", () => {
		expect(inTitle('US$2.4 million', "Painter's letters sold for $2.4 million")).toBe(true);
		expect(inTitle('A$300,000', 'Council fined $300,000 over spill')).toBe(true);
		expect(inTitle('US$3 million', "Painter's letters sold for $2.4 million")).toBe(false);
		const made = asked(
			"Painter's letters sold for $2.4 million\n\nLetters written by the painter Ilse Varda were sold for US$2.4 million at an auction in Oslo, the auction house said. The opening bid was $15,000."
		);
		expect(made.filter((q) => q.answer === 'US$2.4 million' && q.prompt.includes('_____'))).toEqual([]);
		expect(made.filter((q) => q.type === 'true-false' && !q.prompt.includes('opening bid'))).toEqual([]);
		expect(made.some((q) => q.answer === '$15,000')).toBe(true);
	});

	it('craft 46: the headline gives a key away written in words or digits, and tells a figure’s statement', () => {
		expect(inTitle('11', 'Eleven hurt in Korvel ferry fire')).toBe(true);
		expect(inTitle('five days', 'Korvel mayor to leave within 5 days')).toBe(true);
		expect(inTitle('12', 'Eleven hurt in Korvel ferry fire')).toBe(false);
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const made = generateBank({
				text: 'Korvel mayor to leave within 5 days\n\nAda Roe, the mayor of Korvel since the last election, will leave her office within 5 days, the town council said on Friday.',
				seed
			}).questions;
			expect(made.filter((q) => q.type === 'true-false' && /\bdays\b/.test(q.prompt))).toEqual([]);
		}
	});

	it('issue 9: "When?" only of a time: a duration is asked "How long?"', () => {
		expect(isDuration('for six years')).toBe(true);
		expect(isDuration('over the next five years')).toBe(true);
		expect(isDuration('three months')).toBe(true);
		expect(isDuration('six years ago')).toBe(false);
		expect(isDuration('in 2004')).toBe(false);
		expect(isDuration('last year')).toBe(false);
	});

	it('dev review (stop 49): half a sentence, a "while" clause with no main clause, gets no blank', () => {
		expect(wellFormed('While the harbour valuation of $15 million is a figure expected to grow.')).toBe(
			false
		);
		expect(wellFormed('While the harbour is worth $15 million, the board expects it to grow.')).toBe(true);
		expect(
			wellFormed(
				'Although the pier was renamed in 1989--a change few accepted--crews still use its old name.'
			)
		).toBe(true);
	});

	it('craft52b (W8 review): a sentence cut off by its copy ("charges of being.") gets no blank', () => {
		expect(wellFormed('Four ferry crew members will face charges of being.')).toBe(false);
		expect(wellFormed('The council signed a $4 million deal with the.')).toBe(false);
		expect(wellFormed('The ferry that sank in 1911 was not his.')).toBe(true);
		expect(wellFormed('Four crew members were charged with being drunk on duty.')).toBe(true);
		expect(wellFormed('The pier is what 40 residents complained of.')).toBe(true);
		// issue 9 (dev review dr63): a preposition never left at a clause's end.
		expect(wellFormed('The $4 million raised in the last three months placed him third among.')).toBe(false);
		expect(wellFormed('The 12 crew members were split between.')).toBe(false);
	});

	it('craft52b (W8 review): a sentence cut off by its copy is no lead shown before a short one', () => {
		const text =
			'Ferry crew charged\n\nFour Harwick ferry crew members will face charges of being. Two deckhands were also charged.';
		const made = generateBank({ text, date: '2031-05-06' }).questions;
		expect(made.filter((q) => q.prompt.includes('charges of being'))).toEqual([]);
	});

	it('issue 9: a garbled sentence (run-on "said.The", capitals, a caption, an unclosed quote) gets no blank', () => {
		expect(wellFormed('The mayor said.The council agreed to spend $4 million on roads.')).toBe(false);
		expect(wellFormed('FIRE CREWS BATTLE BLAZE AT ARDMORE DOCKS FOR 12 HOURS')).toBe(false);
		expect(wellFormed('Image: The old pier in 1911, before the storm.')).toBe(false);
		expect(wellFormed('The mayor (pictured) opened the $4 million road in May.')).toBe(false);
		expect(wellFormed('The mayor said the U.S. firm spent $4 million on roads.')).toBe(true);
		const text =
			'The mayor said “we will spend $4 million on roads and the council agreed.\n\nNext paragraph.';
		expect(quotesClose(text, 5)).toBe(false);
		expect(quotesClose('He said: “We will fight.\n\n“We will win,” he added.', 3)).toBe(true);
		expect(quotesClose('He said “we will fight” on Monday.', 3)).toBe(true);
	});

	it('issue 9: a figure quoted from an unsure speaker is not said to be "a person quoted in the article"', () => {
		const made = asked(
			'Harbour works\n\n"We have spent $4.5 million on the new quay and the work is nearly done," one of the crew said, as crews left.\n\nThe harbour board of Ardmore met on Friday.'
		);
		expect(made.some((q) => q.factId.startsWith('fig-'))).toBe(true);
		for (const q of made) expect(q.prompt).not.toMatch(/a person quoted/);
	});
});

describe('issue 9: a prompt whose subject is a bare pronoun', () => {
	it('issue 9: reads "He estimated …" as pointing back, "It is expected …" and "This year …" as not', () => {
		for (const [sentence, expected] of [
			['He estimated that $80 million is needed.', true],
			['On Monday, they said the vote was close.', true],
			['It was the highest fine ever charged.', true],
			['This is the second time the fund was cut.', true],
			['It is expected that 300 people will come.', false],
			['This year the fund grew by 3%.', false],
			// Dev blind review, stop 41: the lead-in shown for a cleft was a photo caption from the paragraph before.
			['However, it was within the last 50 years that the port tripled its trade.', false],
			['It is only after the vote that 12 members left.', false],
			['It was in the red for 12 years.', true],
			['It is on taxes that they lean left: 42% say so.', true],
			['These figures were published in May.', false],
			['The union said the vote was close.', false],
			['"They were paid $5 million," Doe said.', false]
		] as const)
			expect(pronounSubject(sentence), sentence).toBe(expected);
		const text = 'Doe visited Kyiv on Monday.\n\nIt was a change for Japan.';
		expect(lastSentenceBefore(text, text.indexOf('It was'))).toBe('Doe visited Kyiv on Monday.\n\n');
		expect(lastSentenceBefore(text, text.indexOf('Kyiv'))).toBe('');
		expect(namesSomeone('“So far Israel is not giving us access.” ')).toBe(false);
		expect(namesSomeone('The UN relief coordinator Jan Egeland spoke to reporters. ')).toBe(true);
	});

	it('issue 9 (blind reviews W21, W22, dr63): a lone quantifier, a reported "he", a fronted phrase with no comma and "It will be able to" point back', () => {
		for (const [sentence, expected] of [
			['Many refused, and the militia had to resort to force.', true],
			['Others were arrested at the gate.', true],
			['Many people refused to leave the square.', false],
			['Most of the 30 staff stayed.', false],
			['The sources said he was among one of three known senior members present.', true],
			['The sources said Abu Omar was among three senior members present.', false],
			['It will be able to hold a population of 50,000 people.', true],
			['It has been completed at a cost of $2 billion.', true],
			// issue 9 (blind review W40): an adverb before the participle
			['It has been regularly used by the fire brigade since 2004.', true],
			['It has been widely reported that 12 people died.', false],
			['It will be difficult to raise $2 billion.', false],
			['It has been reported that 12 people died.', false],
			['It will be the first city of its kind.', false],
			['It had been intended to float the company in 2005.', false],
			[
				'Ever since the launch of the original iPhone two years ago, it has been praised by 12 critics.',
				false
			],
			['Egyptian newspapers reported that he was accused of driving a princess to addiction.', true],
			['Police said he was arrested at 5 pm.', true],
			['Jones said he was arrested at 5 pm.', false],
			[
				'Two years after the Supreme Court of the United States overturned the commissions he was charged again.',
				true
			],
			['In a 2007 debate he supported the view.', true],
			['After Doe resigned in 2007 he was charged again.', false],
			['In the year that he was elected, 12 people died.', false],
			['The minister said the plan would cost $3 million.', false]
		] as const)
			expect(pronounSubject(sentence), sentence).toBe(expected);
	});

	it('issue 9 (dev review dr62): a bound after the figure ("£5, or even more") is never offered other amounts', () => {
		const made = generateBank({
			text: 'Climate plan\n\nThe report by Nicholas Stern was published on Monday in London.\n\nSpending £1 now could save £5, or even more, in the future, the report found after two years of work.',
			id: 'or-beyond',
			date: '2006-10-30'
		}).questions;
		expect(made.some((q) => q.answer === '£5')).toBe(true);
		// "£8" as a choice or a false statement would be true too: the figure is only typed.
		for (const q of made.filter((q) => q.answer === '£5')) expect(q.type).toBe('figure-typed');
		expect(made.filter((q) => q.type === 'true-false' && /save £/.test(q.prompt))).toEqual([]);
	});

	it('issue 9 (dev review dr62): the text shown after answering holds the answer when the blank is past the 60th word', () => {
		const long =
			'We did not push it too strongly, because there are a lot of challenges in moving to an online census and ' +
			'running it beside the paper census, and I think both countries were very pleased with the level of ' +
			'response, and the feedback from the community here was that those who completed their forms online ' +
			'thought that it was a very positive experience, and so I think we have positioned ourselves well for ' +
			'2011 to try and encourage more people to complete the census online.';
		const made = generateBank({
			text: `Census interview\n\nThe statistician Brian Pink spoke to reporters in Canberra on Monday about the count.\n\n"${long}" Pink said.`,
			id: 'long-blank',
			date: '2008-01-14'
		}).questions;
		const asked = made.filter((q) => q.answer === '2011');
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.explanation).toContain('2011');
	});

	it('issue 9: a pronoun whose antecedent is in the clause fronted before it points at nothing earlier', () => {
		for (const [sentence, expected] of [
			['When the project is completed in 2008, it will have added 25 pumps.', false],
			['When Lee Park arrived in 2009, he found 30 staff at the plant.', false],
			['After the vote, he said 12 members had left.', true],
			['When Monday came, he said 12 members had left.', true],
			['On Monday, he estimated that 40 homes were lost.', true]
		] as const)
			expect(pronounSubject(sentence), sentence).toBe(expected);
	});

	it('craft 62: a pronoun after a long fronted phrase with commas of its own points back too', () => {
		for (const [sentence, expected] of [
			[
				'With the exceptions of the storms of 2004 and the floods of 2008 in the north, it is the lowest daily total since 1990.',
				true
			],
			[
				'In a press release on the Harwick news page from August 29, 2008, they have provided links to 800 MB of data.',
				true
			],
			[
				'Despite the fact that the measure had caused the Government to be defeated in the last session, he wanted 28 days.',
				true
			],
			[
				'Pointing out that Doe had promised in 2004 to end prison terms for the press, it called the sentence harsh.',
				true
			],
			['In 2005, the company said that, if prices rose by a third or more, it would cut 40 jobs.', false],
			[
				'After Lee Park met with senior officials, including the mayor of the town, he was refused access.',
				false
			],
			// A clause opened inside the long phrase names someone for "he", something for "it".
			[
				'Despite the fact that Park’s term in office was set to end in 2010, he said he would quit on May 17.',
				false
			],
			[
				'At the same time as the harbour board is expressing its sorrow for the loss, it has begun to sell 40 boats.',
				false
			],
			[
				'Despite the fact that the measure had caused the board to be defeated in its last session, he wanted 28 days.',
				true
			],
			[
				'According to a 2005 report written by Jo Doe for the harbour board, it is claimed that 40 boats sank.',
				false
			],
			['It is alleged to have paid for 40 boats in 2000.', true],
			[
				'While this amount falls far short of the $3.4 billion that Antigua was seeking, it is far higher than $500,000.',
				false
			]
		] as const)
			expect(pronounSubject(sentence), sentence).toBe(expected);
	});

	it('craft 33 (blind review r32a): a contracted pronoun after a fronted aside points back too', () => {
		for (const [sentence, expected] of [
			['For most critics of the plan, though, it’s a step too far for the town.', true],
			['To the old crew, they’re the real owners of the mill.', true],
			['In May, he’d told the board about the loss.', true],
			['It’s expected that 300 people will come.', false],
			['It’s worth noting that 300 people came.', false],
			['For most critics of the plan, the levy is a step too far.', false]
		] as const)
			expect(pronounSubject(sentence), sentence).toBe(expected);
	});

	it('issue 9 (blind review r37): "That’s", a possessive, "Among them" and a bracketed aside lean on the sentence before', () => {
		for (const [sentence, expected] of [
			['That’s twice as many votes as in the last race.', true],
			['That was the largest fine the board has set.', true],
			['That year the fund grew by 3%.', false],
			['Its rival, the Harbor Party, had spent just $4 million at that point.', true],
			['Her lawyers asked for a delay of 30 days.', true],
			['Among them, Ardmore has the largest share of renters: 41 percent.', true],
			['Of those, 12 were closed by the end of May.', true],
			// Dev review dr62c: "Around half of these did not have the money refunded".
			['Around half of these did not have the money refunded by the bank.', true],
			['Three of them were released on Monday.', true],
			['Around half of the victims did not have the money refunded.', false],
			['Nine percent of those polled had not yet decided.', false],
			['(The board has since taken back $2 million of his pay.)', true],
			['The latter had raised $9 million by June.', true],
			['The former governor had raised $9 million by June.', false],
			['Harbor Party officials had spent $4 million by June.', false],
			['Among the towns, Ardmore has the largest share of renters.', false]
		] as const)
			expect(pronounSubject(sentence), sentence).toBe(expected);
		const made = generateBank({
			text: 'Harbour board spending\n\nThe Harbour Party’s fund spent $30 million on advertising in the race.\n\nIts counterpart in the Coast Party had spent just $14 million at that point.',
			id: 'leans-back'
		}).questions;
		expect(made.some((q) => q.answer === '$30 million')).toBe(true);
		for (const q of made) expect(q.prompt).not.toMatch(/“Its counterpart/);
	});

	it('craftb 43: a subject that only describes someone named before ("The former governor said") leans back', () => {
		for (const [sentence, expected] of [
			['The former governor said crime had fallen 20 percent.', true],
			['Since then, the company has cut 40 jobs.', true],
			['The real estate mogul listed the farm as worth $5 million.', true],
			['The former governor, Ada Quell, said crime had fallen 20 percent.', false],
			['The company of actors has 40 members.', false],
			['The poll has a margin of error of 3 points.', false],
			['The release said the company had paid $4 million.', false]
		] as const)
			expect(describedSubject(sentence), sentence).toBe(expected);
		const made = generateBank({
			text: 'Ferry talks\n\nJudge Ada Quell of Ardmore met the ferry union on Tuesday.\n\nThe judge said the crews would get a raise of 4 percent over two years.',
			date: '2019-04-12'
		}).questions.filter((q) => / 4 percent|_____ over two years/.test(`${q.prompt} ${q.answer}`));
		expect(made.length).toBeGreaterThan(0);
		for (const q of made) expect(q.prompt).toMatch(/Ada Quell/);
	});

	it('lead70 (W32): people counted, then named one by one each with a role, give the count away', () => {
		for (const [value, after, expected] of [
			[
				2,
				' aides of the Ostrel campaign committee, Ana Lee, its research director, and her deputy, Beth Cole are accused of fraud.',
				true
			],
			[2, ' clergymen, parish priest Father Tom Reid and former Ostrel bishop Rev. Hal Good, saw it.', true],
			[3, ' aides, Ana Lee and Beth Cole, were suspended.', false],
			[2, ' weeks after Ana Lee and Beth Cole met in Varn.', false],
			[2, ' people died, police said, including Ana Lee and Beth Cole.', false]
		] as const)
			expect(namesCounted(value, after), after).toBe(expected);
	});

	it('issue 9: a lead that is a quote cut before its speaker is not shown; the prompt opening on "It" is not asked', () => {
		const made = generateBank({
			text:
				'Pumps for the villages\n\n' +
				'“We could not do this alone, so we work with the Ministry of Agriculture and the regional water board to dig wells and build tanks,” said Ann Cole, the agency’s director.\n\n' +
				'It will cost about $4 million to finish the wells in the northern villages.',
			date: '2024-05-14'
		}).questions;
		for (const q of made) expect(q.prompt, q.prompt).not.toMatch(/We could not do this alone[^”"]*…/);
	});

	it('issue 9 (stop 33): a lead cut inside a clause it opens ("But even after … agreed …") is not spliced to a prompt on "he"', () => {
		const made = generateBank({
			text:
				'Debates fight goes on\n\n' +
				'But even after Ruiz, answering a surging Kemp, dropped her reluctance to debate and agreed to take part in a total of ten debates, Kemp went on to call her evasive.\n\n' +
				'Friday, he told the Riverton Daily that Ruiz was not "willing to debate the issues that matter" and that her aides were "dragging their feet."',
			date: '2016-04-05'
		}).questions;
		expect(made.length).toBeGreaterThan(0);
		for (const q of made) expect(q.prompt, q.prompt).not.toMatch(/agreed … _____/);
	});

	it('issue 9: shows the sentence naming "he" before a prompt that opens on "He", or asks nothing', () => {
		const made = generateBank({
			text:
				'Aid for the valley\n\nThe UN relief coordinator Jan Egeland spoke to reporters in Geneva about the floods in the valley. ' +
				'He estimated that US $80 million is urgently needed to help the people of the valley this winter.\n\n' +
				'He said that 4,000 homes had been lost to the water in the lower valley since the rains began.',
			date: '2024-05-14'
		}).questions;
		const figures = made.filter((q) => q.factId.startsWith('fig-'));
		expect(figures.length).toBeGreaterThan(0);
		for (const q of figures) {
			expect(q.prompt).toMatch(/Jan Egeland spoke to reporters/);
			expect(q.prompt).not.toMatch(/4,000|_____ homes/);
		}
	});
});

describe('issue 9: a statement cut before its verb', () => {
	it('issue 9: reads whether a cut prompt keeps a verb of its main clause', () => {
		expect(keepsMainVerb('The agency, which had earlier said it would spend _____ on roads …')).toBe(false);
		expect(keepsMainVerb('The agency (which had said so) _____ …')).toBe(false);
		expect(keepsMainVerb('The agency, which had earlier said so, spent _____ on roads …')).toBe(true);
		expect(keepsMainVerb('The agency will spend _____ on roads …')).toBe(true);
	});

	it('issue 9: shows more of a long sentence rather than cut it before its main verb', () => {
		const clause = Array.from(
			{ length: 4 },
			(_, i) => `the ${['north', 'south', 'east', 'west', 'upper', 'lower'][i]} road and its bridges`
		).join(', ');
		const made = generateBank({
			text:
				'Roads\n\nThe roads agency of the island of Ardmore, which had earlier said it would spend $5 million on ' +
				`${clause}, ${clause}, and the old harbour road by the quay, announced on Monday that the work would wait.`,
			date: '2024-05-14'
		}).questions.filter((q) => q.factId.startsWith('fig-'));
		expect(made.length).toBeGreaterThan(0);
		for (const q of made) expect(q.prompt).toMatch(/announced/);
	});
});

describe('issue 9: a value the sentence lets a student work out', () => {
	it('issue 9: no blank for a year or an anniversary computed from the other numbers of its sentence', () => {
		const rest = 'the _____ starting date coincided with the 20th anniversary of his death in 1987.';
		expect(computable(2007, rest)).toBe(true);
		expect(
			computable(1987, 'the 2007 starting date coincided with the 20th anniversary of his death in _____.')
		).toBe(true);
		expect(
			computable(20, 'the 2007 starting date coincided with the _____ anniversary of his death in 1987.')
		).toBe(true);
		expect(computable(2008, rest)).toBe(false);
		expect(computable(20, 'In 2007 the firm hired _____ engineers.')).toBe(false);
		// The span's unit is in the blanked words, not in the rest.
		expect(
			computable(
				3,
				'In spring 2011, _____ before the 2014 games, the club had raised $2 million.',
				'three years'
			)
		).toBe(true);
		expect(
			computable(
				3,
				'In spring 2011, _____ before the 2014 games, the club had raised $2 million.',
				'three teams'
			)
		).toBe(false);
		const made = generateBank({
			text: 'Gallery gift\n\nThe 2007 start of the gift program coincided with the 20th anniversary of the painter’s death in 1987, the gallery director said.',
			date: '2014-01-27'
		}).questions;
		for (const q of made) expect(q.prompt).not.toMatch(/_____/);
	});
});

describe('issue 9: a duration whose two ends the sentence gives', () => {
	it('issue 9: reads "between June 21, 2006 and October 21, 2007" as both ends of a span', () => {
		expect(
			spanGiven('for the period of _____ between June 21, 2006 and October 21, 2007 are the cause')
		).toBe(true);
		expect(spanGiven('the strike ran from 2019 to 2021, _____ in all')).toBe(true);
		expect(spanGiven('the strike lasted _____ in 2019')).toBe(false);
		const made = generateBank({
			text: 'Fines\n\nThe fees, which were deemed too high for the period of 15 months between June 21, 2006 and October 21, 2007, are the cause of the fine.',
			date: '2008-02-27'
		}).questions;
		for (const q of made) expect(q.answer).not.toMatch(/15 months/);
	});
});

describe('issue 9: one sentence asked a few times, whatever kind of fact', () => {
	const text =
		'Harbour council approves new quay\n\n' +
		'"The new quay will cost $12 million and employ 340 workers from the town of Ardmore when it opens," said Mayor Dana Reyes, who chairs the harbour council.\n\n' +
		'"We have waited far too long for a quay like this one in our town," said Tom Hart, a fisherman on Mill Street.\n\n' +
		'"The traffic of lorries on the old road has been a danger to every family," said Ann Lee, a nurse at the hospital.\n\n' +
		'"Our members want the work finished before the winter storms come to the coast," said Paul Smith, the union leader.\n\n' +
		'Reyes called the old quay "a disgrace". "It is a disgrace that the boats of this harbour still unload on a pier built by our grandparents," she said.';
	const b = generateBank({ text, date: '2031-05-04' });
	const single = b.questions.filter((q) => q.type !== 'matching');

	it('issue 9: a quoted sentence with figures in it gives at most PER_SENTENCE questions in all', () => {
		const bySentence = new Map<number, number>();
		for (const q of single)
			if (q.evidence) bySentence.set(q.evidence.start, (bySentence.get(q.evidence.start) ?? 0) + 1);
		expect(Math.max(...bySentence.values())).toBeLessThanOrEqual(PER_SENTENCE);
	});

	it('issue 9: a quote is asked once among choices (who said it, what was said, its cloze) and once as a flashcard', () => {
		const recognition = ['who-said', 'what-said', 'cloze', 'true-false'];
		for (const factId of ['quote-a', 'quote-b', 'quote-c', 'quote-d']) {
			const made = (['who-said', 'what-said', 'cloze', 'true-false', 'flashcard'] as const).map(
				(type) => ({ id: `${type}-${factId}`, factId, type, prompt: type, answer: 'x' }) as Question
			);
			const types = varied(made).map((q) => q.type);
			expect(
				types.filter((t) => recognition.includes(t)),
				factId
			).toHaveLength(1);
			expect(types.filter((t) => t === 'flashcard').length, factId).toBeLessThanOrEqual(1);
		}
	});

	it('issue 9: the speaker of one passage is asked for once ("a disgrace" and the quote holding it)', () => {
		const asksReyes = single.filter(
			(q) =>
				q.factId.startsWith('quote-') &&
				['who-said', 'true-false', 'flashcard'].includes(q.type) &&
				/disgrace/.test(q.prompt)
		);
		expect(asksReyes.length).toBe(1);
	});
});

describe('issue 9: counts the sentence tells by its list or a word for the number', () => {
	it.each([
		[2, 'The board sent _____ inspectors, one from the capital and one from the north.', true],
		[2, 'The board sent _____ inspectors to the north.', false],
		[3, 'It formed a _____-party coalition of Labour, the Greens and the Liberals.', true],
		[2, 'It formed a _____-party coalition of Labour, the Greens and the Liberals.', false],
		[2, 'The _____ skaters, a pair from Ardmore, won gold.', true],
		[3, 'The _____ skaters, a pair from Ardmore, won gold.', false],
		[3, 'The _____ singers, a trio from Ardmore, won the prize.', true],
		[2, 'She bought _____ boats, a trawler and a ferry, at the auction.', true],
		[3, 'She bought _____ boats, a trawler and a ferry, at the auction.', false],
		[2, 'The _____ towers of the twin bridge stand on the shore.', true],
		[2, 'He spent _____ weeks there a couple of years ago.', true]
	])('issue 9: a count of %i in "%s" given away: %s', (value, sentence, expected) => {
		const at = sentence.indexOf('_____');
		expect(countGivenAway(value, sentence, sentence.slice(at + 5))).toBe(expected);
	});
});

describe('issue 9: no blank on a number inside a fixed phrase', () => {
	it.each([
		['The council met for the _____ time since the storm.', 'first', true],
		['The ferry should never have been sold in the _____ place.', 'first', true],
		['At _____ the fishermen refused the quota.', 'first', true],
		['Ardmore is _____ of the oldest harbours on the coast.', 'one', true],
		['_____ day the old pier will fall into the sea.', 'One', true],
		['The new quay was _____ to none on the coast.', 'second', true],
		['Herring was their number _____ catch.', 'one', true],
		['She had told the board _____ that the pier was unsafe.', 'a million times', true],
		['The board agreed at _____ to close the pier.', 'once', true],
		['The crew unloaded the catch in _____ go.', 'one', true],
		['The harbour sold _____ boats last year.', 'one', false],
		['The quay opened in the _____ week of May.', 'first', false],
		['The new engine is _____ more powerful.', 'a thousand times', false],
		['Shares touched a _____ high of Rs 1,512 in early trade.', '52-week', true],
		['The company ran a _____ trial of the new looms.', '52-week', false],
		['Growth will be more than cut in _____ by the strike.', 'half', true],
		['The storm split the old pier in _____.', 'two', true],
		['The storm split the fleet in _____ of the harbours.', 'two', false],
		['The board cut its spending by _____.', 'half', false],
		['In _____ of the harbours the fees rose.', 'half', false],
		["The party's _____ preferred vote rose to 55 percent.", 'two-party', true],
		['The talks sought a _____ solution for the island.', 'two-state', true],
		['A _____ coalition took office in May.', 'three-party', false]
	])('issue 9: "%s" with %s is an idiom: %s', (sentence, core, expected) => {
		const at = sentence.indexOf('_____');
		expect(inIdiom(sentence.slice(0, at), core, sentence.slice(at + 5))).toBe(expected);
	});

	it('issue 9: asks nothing of "for the first time" or "a million times" in an article', () => {
		const made = generateBank({
			text:
				'Ardmore harbour\n\nThe council of Ardmore met in the town hall for the first time since the storm of the winter, the mayor said. ' +
				'The mayor said she had told the board a million times that the old pier of Ardmore was no longer safe.',
			date: '2031-05-04'
		}).questions;
		expect(made.filter((q) => /^(?:first|a million times)$/i.test(q.answer))).toEqual([]);
	});
});

describe("issue 9: words in quotation marks that are no one's speech", () => {
	it.each([
		['Heroes Happen Here', undefined, true],
		['The Silent Harbour', 'published the novel', true],
		["Ardmore's Ark", undefined, true],
		['a disgrace', undefined, true],
		['quite simply rubbish', undefined, true],
		['reasonable and proportionate', 'stated the fine was', false],
		['high-ranking official', 'a former', true],
		['freedom', 'Uzbekistan and Vietnam for rolling back earlier', true],
		['deeply concerned', 'the government was', false],
		['unbearable', 'described the suffering as', false],
		['a scare campaign', 'calling the stance', false],
		['exiderdome', 'Nice to visit', true],
		['at a time where we are asking', 'in an interview that', false],
		['against promoting the tax', 'most voters support the bill', false],
		['focus on improving political processes', 'the programs receiving the money', false],
		['demonstrate[d] a lack of corporate responsibility', 'the firm', false],
		['I smacked them around.', undefined, false],
		['We knew it was pending', undefined, false],
		// craft58b: the clause "that" or "until" opens has its verb after the marks.
		['dozens', 'the firm has found that the accounts of', true],
		['all aggression', 'he will keep silent towards Korvel until', true],
		['no complications', 'that there were', false],
		['no such thing', 'he would do', false],
		['rubbish', 'described that as', false],
		['hasty', 'a report saying that Korvel was too', false],
		['The pier is no longer safe for any boat.', undefined, false],
		// craft59b: a case's name is a title, however long.
		['Cort Halvik v. Susan Marrow, Korvel Secretary of State', undefined, true],
		['Harbour Trust vs. Ferry Workers Union', 'in the case of', true],
		['We will take Marrow v. Halvik to the High Court', undefined, false]
	])('issue 9: “%s” (lead-in %s) is not speech: %s', (quote, leadIn, expected) => {
		expect(notSpeech(quote, leadIn)).toBe(expected);
	});

	it("issue 9: asks no who-said, what-said or cloze of an event's name in quotation marks", () => {
		const text =
			'Harbour festival opens\n\n' +
			'"The festival will bring thousands of visitors to the town this summer," said Mayor Dana Reyes, who chairs the council.\n\n' +
			'"We have waited far too long for a festival like this one in our town," said Tom Hart, a fisherman on Mill Street.\n\n' +
			'"The traffic of lorries on the old road has been a danger to every family," said Ann Lee, a nurse at the hospital.\n\n' +
			'"Boats Come Home," Reyes said, naming the parade that opens the festival.';
		const made = generateBank({ text, date: '2031-05-04' }).questions;
		expect(made.filter((q) => q.factId.startsWith('quote-') && /Boats Come Home/.test(q.prompt))).toEqual([]);
	});
});

describe("issue 9: a speaker's role shown whole or not at all", () => {
	it.each([
		['chief executive of Acme', true],
		['chief executive of', false],
		['a spokesman for the', false],
		['head of the Harbour Board (Ardmore', false],
		["Ardmore's", false],
		['mayor of Ardmore', true],
		['President, Westland Meat Co. and Hallmark Meat Packing', true],
		// Blind review r37: a role of years before is no role for words said now.
		['a well-known harbour builder at the time', false],
		['then the mayor of Ardmore', false],
		['then-governor of Ostria', false],
		['former mayor of Ardmore', true],
		// Craftb 45: a role run on into the saying.
		['a harbour pilot to reporters at a press conference on Monday in Ardmore', false],
		['a ferry captain yesterday', false],
		// "a ferry captain today who was a deckhand then": what the person is now.
		['a ferry captain today', true],
		['host of Today on Radio Ardmore', true]
	])('issue 9: "%s" is a whole role: %s', (role, expected) => {
		expect(wholeRole(role)).toBe(expected);
	});

	it('issue 9: a flashcard names the speaker without a role cut short', () => {
		const text =
			'Harbour council approves new quay\n\n' +
			'"We have waited far too long for a quay like this one in our town," said Tom Hart, a fisherman on Mill Street.\n\n' +
			'"The traffic of lorries on the old road has been a danger to every family," said Ann Lee, a nurse at the hospital.\n\n' +
			'"The new quay will be finished before the storms of the winter," said Dana Reyes, chief executive of.';
		for (const q of generateBank({ text, date: '2031-05-04' }).questions) {
			expect(q.answer).not.toMatch(/\bof,?$/);
			expect(q.explanation ?? '').not.toMatch(/\bof,? said/);
		}
	});
});

describe('issue 9: a date question says what the article says', () => {
	it('issue 9: "during the summer" is shown without a month range the article does not give', () => {
		const made = generateBank({
			text: 'Harbour works\n\nThe harbour board of the town of Ardmore will close the old pier during the summer while the engineers rebuild its eastern wall, the board said.',
			date: '2031-05-04'
		}).questions;
		expect(made.length).toBeGreaterThan(0);
		for (const q of made) expect(`${q.answer} ${q.explanation ?? ''}`).not.toMatch(/June|August/);
	});

	it.each([
		['the summer', true],
		['the holidays', true],
		['next season', true],
		['June 2031', false],
		['last Tuesday', false],
		['two decades ago', true],
		['some 30 years ago', true],
		['a dozen years earlier', true],
		['about a year ago', true],
		['four years ago', false],
		['three days earlier', false]
	])('issue 9, craftb 43: "%s" is a vague period: %s', (text, expected) => {
		expect(vaguePeriod(text)).toBe(expected);
	});

	it('craftb 43: a round count back shows no year the article does not give', () => {
		const made = generateBank({
			text: 'Pier reopens\n\nThe Ardmore pier, which the council closed some two decades ago, reopened on Friday after a repair that cost the town $4 million.',
			date: '2016-03-18'
		}).questions.filter((q) => /decades/.test(q.answer) || /decades/.test(q.prompt));
		expect(made.length).toBeGreaterThan(0);
		for (const q of made) expect(`${q.answer} ${q.explanation ?? ''}`).not.toMatch(/199\d/);
	});

	it.each([
		['May 4, 2031', true],
		['last Tuesday', true],
		['two days later', true],
		['the 1990s', true],
		['the vote', false],
		['Ardmore', false],
		['the harbour festival', false],
		['their first year of teaching', false],
		['her second week in the job', false]
	])('issue 9: "%s" names a time, so "When?" may ask it: %s', (core, expected) => {
		expect(namesTime(core)).toBe(expected);
	});
});

describe('issue 9: one date written twice in its sentence', () => {
	it('issue 9: asks "last Thursday (May 1st)" once, not once per wording', () => {
		const b = generateBank({
			text: 'Harbour plans\n\nThe harbour board of the town of Ardmore announced the plans for the new quay last Thursday (May 1st) at a meeting in the town hall.',
			date: '2031-05-06'
		});
		const dated = new Set(b.questions.filter((q) => q.factId.startsWith('date-')).map((q) => q.factId));
		expect(dated.size).toBe(1);
	});
});

describe('issue 9: a figure its sentence adds up', () => {
	it.each([
		[1.2, 'rates fell to _____ (0.7% and 0.5% for the two licences)', true],
		[0.7, 'rates fell to 1.2% (_____ and 0.5% for the two licences)', true],
		[0.5, 'rates fell to 1.2% (0.7% and _____ for the two licences)', true],
		[6.5, 'fees of _____ (3.87% for the patent and 2.98% for the rest)', false],
		[3, 'a fee of $_____ on top of $4 and $7', true]
	])('issue 9: %d in "%s" is added up: %s', (value, rest, expected) => {
		expect(sumGiven(value, rest.includes('%'), rest)).toBe(expected);
	});

	it('issue 9: asks none of three percentages when one is the sum of the other two', () => {
		const made = generateBank({
			text: 'Harbour fees\n\nThe harbour board of the town of Ardmore cut its landing fee to 1.2% of the value of every catch, changing the fees for fish and for shellfish to 0.7% and 0.5%, respectively, at the new quay.',
			date: '2031-05-06'
		}).questions;
		expect(made.filter((q) => /%$/.test(q.answer))).toEqual([]);
	});
});

describe('issue 9: round 7, question craft from the blind review', () => {
	it.each([
		['at ', ' local time (1600 UTC)', true],
		['The bridge is ', ' (8 km) long', true],
		['It cost ', ' (€8 million) to build', true],
		// stop 50: the equivalent's currency written as its code.
		['The fare rises to GBP ', ' (EUR 7.80) a ride', true],
		['The fare rises to ', ' (AGE 7) a ride', false],
		['Temperatures reached ', ' (104F) in the town', true],
		['left at 2:45 p.m. (', ' UTC)', true],
		['The bridge is 5 miles (', ') long', true],
		['The ferry left at ', ' on Monday (see the map).', false],
		['The ferry left at ', ' local time, the port said.', false],
		['It cost ', ' to build (the council paid half).', false],
		// stop 51: the bracket converts a size or a range whose other side follows the blank.
		['The debris lay in a ', ' by 300 metres (1,640 feet by 984 feet) field', true],
		['The wreck rests at ', ' to 900 metres (2,620 to 2,950 feet) down', true],
		['The pool is ', ' by 10 metres, the council said (see plans).', false],
		// The other end of a bracketed range, however long the bracket runs before it.
		['It lies at 900 and 950 metres (490 to 520 fathoms or 2,953 feet and ', ').', true],
		['The 5 km bridge (which the council said it would open in ', ') is shut.', false],
		// craft 53: the bracket opens on an abbreviated, capitalised hedge.
		['The scheme covers the first ', ' (Approx £16,300 / $28,720) of savings', true],
		['The scheme covers the first ', ' (approx. £16,300) of savings', true],
		// Dev review dr62b: the bracket writes its amount in a word.
		['He said he lost ', ' pints (one litre) of blood', true],
		['He said he lost ', ' pints (one of the worst cases) of blood', false]
	])('issue 9: a value beside its own equivalent, “%s_____%s”: %s', (before, after, expected) => {
		expect(equivalentBeside(before, after)).toBe(expected);
	});

	it.each([
		[3, 'three-nation', ' exercise with Korvel and Astrania in the north sea.', '', true],
		[3, 'three-nation', ' exercise with Korvel, Astrania and Brell in the north sea.', '', true],
		[2, 'two-party', ' coalition of the Greens and Labour.', '', true],
		[4, 'four-way', ' race between Anna Kell, Ben Orrin, Cora Vale and Dev Mott.', '', true],
		[3, 'three', '-nation exercise with Korvel and Astrania.', '', true],
		[3, 'three-nation', ' exercise begins on Monday.', 'Korvel, Astrania and Brell sent ships.', true],
		[3, 'three-nation', ' exercise with Korvel in the north sea.', '', false],
		[3, 'three-nation', ' exercise begins on Monday.', 'Korvel and Astrania sent ships.', false],
		[3, 'three', ' ships sailed with Korvel and Astrania.', '', false],
		[2, 'second-highest', ' ranking officer at the bank, testified against Ilves and Saar.', '', false],
		[3, 'third', '-largest port after Korvel and Astrania.', '', false]
	])(
		'issue 9: a count of %i in “%s%s” told by its named members: %s',
		(value, core, after, previous, expected) => {
			expect(compoundCountNamed(value, core, after, previous)).toBe(expected);
		}
	);

	it('issue 9: a count adjective whose members the sentence names gets no blank', () => {
		const b = generateBank({
			text:
				'Sea drill\n\nArdmore’s navy joined a three-nation exercise with Korvel and Astrania in the northern sea ' +
				'on Tuesday, the defence ministry of Ardmore said in its weekly report.',
			date: '2031-05-09'
		});
		for (const q of b.questions) expect(q.answer).not.toMatch(/three/);
	});

	it('issue 9: a statement cut with “…” is not asked as true or false', () => {
		const made = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap(
			(i) =>
				generateBank({
					text:
						`Harbour deal ${i}\n\nThe harbour board of Ardmore, which had argued for years with the fishermen, the ` +
						'ferry company and the council about who should pay for the old quay, the new breakwater, the cranes, ' +
						'the ice plant and the car park that the town had been promising since the last storm, finally agreed ' +
						`to spend $${i}.5 million on the works, to be paid over a period that none of the parties had yet ` +
						'agreed, after a meeting that ran late.',
					date: '2031-05-09'
				}).questions
		);
		const cut = made.filter((q) => q.factId.startsWith('fig-') && q.prompt.includes('…'));
		expect(cut.length).toBeGreaterThanOrEqual(12);
		for (const q of made.filter((q) => q.type === 'true-false')) expect(q.prompt).not.toContain('…');
	});

	it('issue 9: a question or a line that introduces a list is not asked as true or false', () => {
		const made = ['ferries', 'barges', 'trawlers', 'yachts', 'dinghies', 'tugs'].flatMap(
			(boats) =>
				generateBank({
					text:
						`Harbour plans\n\nThe council of Ardmore met on Monday. Who will pay for the 14 ${boats} the town wants? ` +
						`Here are 3 reasons the ${boats} will be late: ` +
						`The yard is full. The steel is dear. The crews are gone. The board spent $4 million on the quay last year.`,
					date: '2031-05-09'
				}).questions
		);
		const onFigures = made.filter(
			(q) => q.type.startsWith('figure-') && /\b(?:14|3)\b|_____ (?:ferries|reasons)/.test(q.prompt)
		);
		expect(made.some((q) => q.type === 'true-false' && q.prompt.includes('quay'))).toBe(true);
		expect(onFigures.length).toBeGreaterThan(0);
		const judged = made.filter((q) => q.type === 'true-false' && q.factId.startsWith('fig-'));
		for (const q of judged) expect(q.prompt).not.toMatch(/[?:]”$/);
	});

	it('issue 9: a time beside its UTC equivalent gets no blank', () => {
		const b = generateBank({
			text:
				'Ferry late\n\nThe ferry left Ardmore at 2:45 p.m. (1845 UTC) on Monday and reached the island of Korvel at ' +
				'4:00 p.m. local time (2000 UTC), the port authority said.',
			date: '2031-05-09'
		});
		for (const q of b.questions) expect(q.answer).not.toMatch(/p\.m\.|UTC|1845|2000/);
	});

	it('issue 9: the words outside quotation marks are read from the paragraph’s start', () => {
		const text = 'Head\n\n“We waited. But the costs will double.” The town agreed.\n\nNext.';
		const from = text.indexOf('But');
		expect(narration(text, from, text.indexOf('.”') + 2)).toBe('');
		expect(narration(text, text.indexOf('The town'), text.indexOf('agreed.') + 7)).toBe('The town agreed.');
		expect(speakerless(text, from, text.indexOf('double'), text.indexOf('.”') + 2, '')).toBe(true);
		expect(speakerless(text, from, text.indexOf('double'), text.indexOf('.”') + 2, 'Marta Ilves')).toBe(
			false
		);
		const said = 'Head\n\n"We waited. Nine boats sank", said the coastguard.';
		const nine = said.indexOf('Nine');
		expect(speakerless(said, nine, nine, said.length, '')).toBe(false);
	});

	it('issue 9: a quote whose only attribution is a pronoun ("…,” he said.") never says whose words they are', () => {
		for (const [told, expected] of [
			['"That is putting $900 extra into every budget," he said.', true],
			['"That is putting $900 extra into every budget," she told reporters on Monday.', true],
			// W21: "Voice of America" heard the words; it did not say them.
			[
				'"Would $900 not be better spent on every budget?" he said in a recent interview with Voice of America.',
				true
			],
			['"That is putting $900 extra into every budget," he told Reuters.', true],
			['"That is putting $900 extra into every budget," according to the treasurer.', false],
			['"That is putting $900 extra into every budget," said the treasurer.', false],
			['"That is putting $900 extra into every budget," Ilves said.', false]
		] as const) {
			const text = `Head\n\n${told}`;
			const at = text.indexOf('$900');
			expect(speakerless(text, text.indexOf('"'), at, text.length, ''), told).toBe(expected);
			expect(speakerless(text, text.indexOf('"'), at, text.length, 'Marta Ilves'), told).toBe(false);
		}
	});

	it('lead70 (W32): a quote whose only attribution is "the statement" or "the report" never says whose words they are', () => {
		for (const [told, expected] of [
			['"Four ports are under review," added the statement.', true],
			['"Four ports are under review," the report said.', true],
			['"Four ports are under review," said the harbour board.', false],
			['"Four ports are under review," the Port Authority said in a statement.', false]
		] as const) {
			const text = `Head\n\n${told}`;
			const at = text.indexOf('Four');
			expect(speakerless(text, text.indexOf('"'), at, text.length, ''), told).toBe(expected);
			expect(speakerless(text, text.indexOf('"'), at, text.length, 'the Port Authority'), told).toBe(false);
		}
	});

	it('issue 9: a sentence continuing a quote is blanked only with its speaker', () => {
		const unsure = generateBank({
			text:
				'Harbour costs\n\nMarta Ilves, the mayor of Ardmore, spoke to reporters at the harbour about the new terminal.' +
				'\n\n"But the costs, if every town does this, will double within three years. Nobody in the council has asked ' +
				'the 40 fishermen what they want."\n\nThe council voted on the plan in March.',
			date: '2031-05-09'
		});
		for (const q of unsure.questions) expect(q.prompt).not.toMatch(/within _____|the _____ fishermen/);
		const sure = generateBank({
			text:
				'Harbour costs\n\nMarta Ilves, the mayor of Ardmore, said the harbour would reopen. "We have waited for ' +
				'this for years," she said. "The fishermen have lost everything."\n\n"But the costs, if every town does ' +
				'this, will double within three years. Nobody in the council has asked the fishermen what they want."',
			date: '2031-05-09'
		});
		const within = sure.questions.filter((q) => /within _____/.test(q.prompt));
		expect(within.length).toBeGreaterThan(0);
		for (const q of within) expect(q.prompt).toMatch(/Marta Ilves/);
	});
});

describe('issue 9: a prompt never ends mid-clause', () => {
	it.each([
		['The plan was opposed by critics of', true],
		['The plan, which the', true],
		['the mayor said that the', true],
		['the mayor said that', true],
		['the fishermen voted on the town’s', true],
		['and the council asked for …', true],
		['the harbour was closed to ships and', true],
		['the plan which', true],
		['in the twenty years before', false],
		['the mayor said the harbour would reopen …', false],
		['we told them all', false],
		['the harbour was closed', false],
		['“the costs will double,”', false]
	])('issue 9: “%s” ends dangling: %s', (text, expected) => {
		expect(danglingEnd(text)).toBe(expected);
	});

	it.each([
		'the fishermen voted on the town’s',
		'the harbour was closed to ships and …',
		'“the costs will double,”',
		'the councillors’',
		'Ærø’s ferries, 𝐀𝐁𝐂 …',
		'no letters: 12, 40 …',
		'’',
		''
	])('lastWord reads back from the end what the end-anchored expression found: “%s”', (text) => {
		const byExpression = /([\p{L}'’]+)[^\p{L}]*$/u.exec(text.trim())?.[1] ?? '';
		expect(lastWord(text)).toBe(/\p{L}/u.test(text) ? byExpression : '');
	});

	it('issue 9: a long quote is cut after a whole clause or a word that closes one, never “… critics of …”', () => {
		const quote =
			'We have spent the last eleven years listening to the fishermen and to the families of the town and we ' +
			'have heard every complaint there is about the quay and the ferry and the council and its critics of the ' +
			'plan and of the port';
		for (const max of [20, 25, 30, 33, 36, 40]) {
			const cut = shorten(quote, max);
			expect(cut.endsWith(' …')).toBe(true);
			expect(danglingEnd(cut.slice(0, -2))).toBe(false);
		}
	});

	it('issue 9: a blank’s sentence cut short ends on a word that closes its clause', () => {
		const sentence =
			'The council of Ardmore voted on Monday to spend 12 million euros on the harbour, which the fishermen of ' +
			'the town had asked for since the storm of the winter before last destroyed the old quay and the boats.';
		const at = sentence.indexOf('12 million euros');
		const cut = blankAt(sentence, at, '12 million euros'.length, 22);
		expect(cut).toMatch(/ …$/);
		expect(danglingEnd(cut.slice(0, -2))).toBe(false);
	});
});

describe('issue 9: a deck is not dull with one kind', () => {
	const q = (factId: string, type: Question['type']) => ({ factId, type }) as Question;

	it('issue 9: over a third of the deck on dates, each date is asked once and weekdays only as far as the rest allows', () => {
		const dates = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
		const byFact = new Map<string, Question[]>([
			...dates.map((d): [string, Question[]] => [
				d,
				[q(`date-${d}`, 'true-false'), q(`date-${d}`, 'flashcard')]
			]),
			['fig-a', [q('fig-a', 'figure-choice')]],
			['fig-b', [q('fig-b', 'figure-choice')]],
			['quote-c', [q('quote-c', 'who-said'), q('quote-c', 'flashcard')]],
			['quote-d', [q('quote-d', 'what-said'), q('quote-d', 'flashcard')]]
		]);
		balanceDates(byFact, dates, () => true);
		const all = [...byFact.values()].flat();
		const onDates = all.filter((x) => x.factId.startsWith('date-'));
		expect(onDates.length).toBeLessThanOrEqual(all.length * DATE_SHARE);
		expect(onDates.every((x) => x.type === 'true-false')).toBe(true);
		expect([...byFact.keys()].filter((k) => dates.includes(k))).toEqual(['Mon', 'Tue', 'Wed']);
		expect(all.length - onDates.length).toBe(6);
	});

	it('issue 9: a deck of one speaker’s cards keeps every weekday it asks by a choice, or its quiz is one question', () => {
		const quotes = ['quote-a', 'quote-b', 'quote-c', 'quote-d'];
		const weekdays = ['Mon', 'Tue', 'Wed'];
		const byFact = new Map<string, Question[]>([
			...quotes.map((f): [string, Question[]] => [f, [q(f, 'flashcard')]]),
			...weekdays.map((d): [string, Question[]] => [d, [q(`date-${d}`, 'date-choice')]])
		]);
		balanceDates(byFact, weekdays, () => true);
		expect([...byFact.keys()].filter((k) => weekdays.includes(k))).toEqual(weekdays);
	});

	it('issue 9: a deck of dates alone keeps them all', () => {
		const byFact = new Map<string, Question[]>([
			['Mon', [q('date-Mon', 'date-choice')]],
			['Tue', [q('date-Tue', 'date-choice')]]
		]);
		balanceDates(byFact, ['Mon', 'Tue'], () => true);
		expect(byFact.size).toBe(2);
	});

	it('issue 9: an article of many dated events asks a weekday in at most a third of its questions', () => {
		const events = [
			'The first storm reached the coast of Ardmore on Monday, the weather office said.',
			'The harbour of Ardmore was closed to all ferries on Tuesday after waves broke over the old quay.',
			'Fishermen from Korvel moved their boats to the river mouth on Wednesday as the wind rose again.',
			'The council of Ardmore met in an emergency session on Thursday to plan the repairs to the quay.',
			'Engineers from the port authority inspected the damaged sea wall on Friday with the mayor of the town.',
			'The ferry company of Korvel cancelled its sailings to the island on Saturday because of the high seas.',
			'The storm damaged 40 houses and 12 boats in the town, the council said in its report.',
			'Repairs to the quay will cost about 3 million euros, according to the engineers of the port authority.',
			'About 200 people left their homes near the river, the fire service of Ardmore said in a statement.'
		];
		const b = generateBank({ text: `A week of storms\n\n${events.join('\n\n')}`, date: '2031-05-11' });
		const weekday = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
		const asking = b.questions.filter(
			(x) => x.factId.startsWith('date-') && (weekday.test(x.answer) || weekday.test(x.prompt))
		);
		expect(asking.length).toBeGreaterThan(0);
		expect(asking.length).toBeLessThanOrEqual(b.questions.length / 3);
		for (const figure of ['40', '3 million euros', '200'])
			expect(b.questions.some((x) => x.answer === figure || x.prompt.includes(figure))).toBe(true);
	});
});

describe('issue 9: a date blank the sentence’s own words answer', () => {
	it.each<[string, string, string, boolean]>([
		['The town hosted it from the late 1980s to ', 'the early 1990s', ', and again later.', true],
		['The town hosted it from ', 'the late 1980s', ' to the early 1990s.', true],
		['Gates open between 9 a.m. and ', '5 p.m.', ' each day.', true],
		['Gates open between ', '9 a.m.', ' and 5 p.m. each day.', true],
		['The mill ran from 2008 to ', '2009', '.', true],
		['It ran in the 2008–', '09', ' season.', true],
		// Two decades joined by "to" are a range without "from".
		['She led the board in the late 1980s to ', 'early 1990s', '.', true],
		['She led the board of ', 'the late 1980s', ' to early 1990s.', true],
		// Not a conventional step: the other end does not tell the key.
		['The mill ran from 1961 to ', '1994', '.', false],
		['The rates were unfair between June 21, 2006 and ', 'June 20, 2007', '.', false],
		['The mill ran from the 1960s to ', 'the 1990s', '.', false],
		['She led the board in the 1960s to ', 'the 1990s', '.', false],
		['Prices rose by 5 to ', '10 percent', '.', false],
		// Not a range: two years listed, or a date alone.
		['The club won in 2008 and ', '2009', '.', false],
		['The mill opened in ', '2009', '.', false]
	])('rangeEndTold: before “%s”, key “%s”, after “%s” → %s', (before, key, after, expected) => {
		expect(rangeEndTold(before, key, after)).toBe(expected);
	});

	it.each<[number, string, boolean]>([
		[6, '_____ aides joined the mayor — a lawyer, two clerks and three drivers.', true],
		[10, 'The board sent a letter to a dozen firms - two banks and _____ insurers.', true],
		[4, 'Nine bids came in: three from Korvel, _____ from Astrania and two from abroad.', true],
		// A part named without a count is one, or a name and its role two.
		[3, 'Seven people (Ana Ruiz, the clerk, _____ guards and two cooks) stayed behind.', true],
		[3, 'Five rivals — Ruiz, Lee and _____ others — entered.', true],
		[2, 'Five bidders — including the No. 2 bank, _____ funds and two firms — lost.', true],
		// The parts do not add up to the whole, or no list opens after the count.
		[3, '_____ aides joined the mayor — a lawyer, two clerks and three drivers.', false],
		[40, 'About 300 people came — _____ students and many parents.', false],
		[2, 'Raising _____ sons at once is dear (the fees rise and the bills grow).', false],
		[2, 'At the gate, _____ of men stood waiting - old sailors, I thought.', false],
		[3, 'As a judge - and as a _____ candidate for mayor - Ruiz, 61, has changed and grown.', false],
		[2, 'The council hired 12 guards after _____ thefts and one fire.', false],
		[5, 'Turnout was 40 percent — _____ points above 2019 and the highest since 1990.', false],
		// The blank inside a part's words, or after the list has closed, is another thing's number.
		[4, 'She named three aims — lower rents, the deaths of _____ workers and new parks.', false],
		[9, 'Two aides - Ana Ruiz and Bo Lee - joined the board and _____ state panels.', false]
	])('partsAddUp: %s in “%s” → %s', (value, rest, expected) => {
		expect(partsAddUp(value, rest)).toBe(expected);
	});

	it.each<[number, string, string, boolean]>([
		[4, 'Go back a year, when the mayor was polling at 3, ', ' percent.', true],
		[6, 'The ferry stopped running five, maybe ', ' years ago.', true],
		[3, 'The council wants a two- or ', '-week pause.', true],
		[5, 'The strike has lasted over four-and-a-half, ', ' months.', true],
		[2, 'Repairs will take ', ' to three years.', true],
		[2, 'The bridge opens in one to ', ' years.', true],
		// A score or a poll's second share is no step up a series, nor a number a unit follows.
		[49, 'Kell beat Amos 50 to ', ' in the vote.', false],
		[4, 'Marta Ilves won 3 percent, and ', ' percent went to Ruiz.', false],
		[7, 'The ferry stopped running five, maybe ', ' years ago.', false],
		[3, 'Ann won 2.', ' seats went to Ruiz.', false],
		[25, 'Just over ', ', 26 percent, said no.', false]
	])('stepBeside: %s after “%s” and before “%s” → %s', (value, before, after, expected) => {
		expect(stepBeside(value, before, after)).toBe(expected);
	});

	it.each<[string, string, boolean]>([
		['Next year', "Next year's festival will open in Korvel.", true],
		['last week', 'The council voted last week.', true],
		['last month', 'Prices have been high since last month.', false],
		['next year', 'The festival opened next year, the archive shows.', false],
		['this year', 'The festival will open this year.', false]
	])('tenseTells: %s in “%s” → %s', (core, sentence, expected) => {
		expect(tenseTells(core, sentence)).toBe(expected);
	});

	it.each<[string, string, boolean]>([
		['the summer', 'The pool is repainted during , while the schools are on holiday.', true],
		['the winter', 'The road closes in , when snow blocks the pass.', true],
		['the summer', 'The pool was repainted in , the council said.', false],
		['2019', 'The pool was repainted in 2019, while the schools were on holiday.', false]
	])('seasonTold: %s in “%s” → %s', (core, rest, expected) => {
		expect(seasonTold(core, rest)).toBe(expected);
	});

	it('keeps a possessive on its blank (“_____’s festival”, never “_____ ’s”)', () => {
		expect(blankAt("Next year's festival will open in Korvel.", 0, 'Next year'.length)).toBe(
			"_____'s festival will open in Korvel."
		);
	});

	it('asks none of these blanks in an invented article, and asks “next year” as the date it stands for', () => {
		const made = generateBank({
			text: [
				'Korvel festival plans',
				'',
				"Next year's festival will open in Korvel on a new site, the organisers said on Tuesday.",
				'',
				'The town hosted the event from the late 1980s to the early 1990s, and again during the 2008–09 season. Gates will open between 9 a.m. and 5 p.m. each day.',
				'',
				'The pool is repainted during the summer, while the schools are on holiday.'
			].join('\n'),
			date: '2031-06-14'
		});
		const prompts = made.questions.map((q) => q.prompt);
		for (const p of prompts) {
			expect(p).not.toMatch(/_____ ['’]s/);
			expect(p).not.toMatch(
				/from _____ to the early|late 1980s to _____|between 9 a\.m\. and _____|between _____ and 5/
			);
			expect(p).not.toMatch(/during _____, while the schools/);
			expect(p).not.toMatch(/_____['’]s festival will open/);
		}
		expect(
			made.questions.some((q) => /which year does “Next year” mean/.test(q.prompt) && q.answer === '2032')
		).toBe(true);
		for (const q of made.questions)
			if (q.type === 'date-choice') expect(q.choices.join(' ')).not.toMatch(/2009–09|2010–09/);
	});
});
describe('dr51 (stop 51): a date blanked in a slashed pair', () => {
	it.each([
		['The cells were found in January/', '', true],
		['The ', '/2006 season opened late.', true],
		['Profits rose 4/', ' last year.', false],
		['The team met in ', ', a year later.', false]
	])('slashPaired: before “%s”, after “%s” → %s', (before, after, expected) => {
		expect(slashPaired(before, after)).toBe(expected);
	});
});

describe('craft round 8: no choice the prompt shows', () => {
	it('refuses a choice already in the prompt, as whole words, in any case, with or without its "the"', () => {
		const prompt =
			'Complete the quote from a spokesman for the Harbour Trust: “The _____ will reopen the pier”';
		expect(choiceShown(prompt, ['Ferry Guild', 'the Harbour Trust', 'Port Board'])).toBe(true);
		expect(choiceShown(prompt, ['Ferry Guild', 'harbour trust'])).toBe(true);
		expect(choiceShown(prompt, ['Ferry Guild', 'Port Board', 'Harbour'])).toBe(true);
		expect(choiceShown(prompt, ['Ferry Guild', 'Port Board', 'Harbours'])).toBe(false);
		expect(
			choiceShown('Which figure completes the sentence? “Tom Reed, _____, and his wife, 36, …”', ['36', '41'])
		).toBe(true);
	});

	it('leaves out of "Who …?" a wrong speaker the words leading into the quote name', () => {
		const bank = generateBank({
			text:
				'Ferry pier\n\n' +
				'"The pier will reopen in June after the repairs," said Anna Brisk, who runs the harbour.\n\n' +
				'"The ferries will wait for the tide and the new deck," said Otto Frey, the chairman of the ferry guild.\n\n' +
				'"We want the boats back before the summer visitors arrive," said Lena Moss, a shop owner.\n\n' +
				'Kai Dunn, a fisherman, called the plan by Otto Frey "a waste of good money and time".',
			date: '2027-05-04'
		});
		const who = bank.questions.filter((q) => q.type === 'who-said') as ChoiceQuestion[];
		expect(who.length).toBeGreaterThan(0);
		for (const q of who) expect(choiceShown(q.prompt, q.choices), q.prompt).toBe(false);
	});
});

describe('issue 9 (craft round 9): a sentence damaged by its copy is shown in no prompt', () => {
	it.each([
		['The harbour plan.The council agreed to spend $4 million on it.', true],
		['The mayor said " the road cost $4 million to build.', true],
		['The council leader told reporters on Friday that “.', true],
		['By Ilse Marr, Staff Writer', true],
		['By Ilse Marr | Korvel Post', true],
		['The new quay opened on Friday. Korvel Press Photo/Ana Vell', true],
		// Well-formed prose, names and spans of speech stay.
		['By Tuesday the crews had left the harbour.', false],
		['By Ilse Marr’s count, 40 boats were lost.', false],
		// Craft round 29: a common word twice in capitals is the copy's slip; a name twice is the name.
		['The Royal Royal guards stood at the quay gate all night.', true],
		['The band Tolla Tolla played to 4,000 people.', false],
		['“We will rebuild the quay.', false],
		['It will take years,” she said.', false],
		['The mayor said the U.S. firm spent $4 million on roads.', false],
		// lead 48: a full stop and a comma after a word: the words between were cut out.
		['Two million people follow the plan., the doctor who wrote it, died in May.', true],
		['The board named Korvel Ferry Co., the harbour firm, and Tolla Inc., its rival.', false],
		['Crews left at 9 a.m., two hours late, with nets, ropes, etc., on board.', false],
		// craft56b: an article before a word that opens no noun phrase: a link's name was cut out.
		['Talks will commence between the and Korvel on Monday.', true],
		['The storm was blamed for the that claimed eleven lives.', true],
		['The council could choose a an old plan for the quay.', true],
		['Korvel became a have-not province in 2030.', false],
		['The placement of the for sale sign was a ploy.', false],
		['Ofcom told the channel to broadcast an for its handling of the row.', true],
		['The Who played to 4,000 people in the harbour.', false],
		// craft60b: a question word or a subordinator after an article: the link's name before it was cut out.
		['A committee will discuss the how the second stage will run.', true],
		['The council might retract from the if pressure grows.', true],
		['It renewed the debate on the whether ferries help the port.', true],
		['The how-to guide for skippers sold well.', false],
		// craft58b: a name cut out before a comma leaves a gap where it was.
		['The, a new Korvel party, won 4 seats.', true],
		['Mayor Ilse Marr and the President of the, Otto Frey, met on Friday.', true],
		['The fire began in a mine in, West Korvel.', true],
		// issue 9 (blind review W22): "was at, where" is a place the copy cut out.
		['The biggest toll was at, where 17 people were injured.', true],
		['It depends on what mood you are in, or who you ask.', false],
		['Forty men were moved from the camp to, Tolla.', true],
		['According to, the ferry will sail on Friday.', true],
		['It cost at least, probably far in excess of, 500,000 dollars.', false],
		['Shells killed 19 people due to, what the army called, a fault.', false],
		['Ana Vell cut in, “We want the quay back.”', false],
		['Stage A, the main stage, opened at 9 a.m.', false],
		['The quay I worked in, I think, was the oldest.', false],
		// issue 9 (blind review W24): a link with a suffix typed after it took the name with it.
		['The gift came from a -based charity on Friday.', true],
		['The gift came from a Tolla-based charity on Friday.', false],
		// issue 9 (blind review W25): an article before a preposition or a stop is a cut-out name's.
		['Roe noted in the on a interview on Thursday that he would stay.', true],
		['In 1990 the Kell Congress passed the.', true],
		['The annual protests, organized by the, were held on the eve.', true],
		['The Liberals will not contest the by election.', false],
		['The vote went to the in-laws.', false],
		// craft67: a verb or a comma right after an article or a place's possessive: the link's name was cut out.
		['The prohibits Mr. Roe from running for a third term in March.', true],
		['The opposes the idea, saying the quay is too small.', true],
		['The suspects were trained in Korvel.', false],
		['The blasts went off shortly before noon.', false],
		['Some analysts believe that offering the group an amnesty might help.', false],
		["The regulator ruled that Korea's has broken television rules.", true],
		["Ilse Marr, President of Peru's, which has investigated the killings, was threatened.", true],
		["The refugees, who were fleeing Rwanda's, were forced to move.", true],
		["Mrs. Marr's ratings stayed above 80%, even as Canada's have dropped below 50%.", false],
		["The Korvel economy is smaller than Canada's, which grew by 3% last year.", false],
		["McDonald's has agreed with the regulator about the advertisement.", false],
		["Korvel's government is consistent with Canada's, the minister said.", false],
		// craft67 (seeded sample): a preposition or "said" after an article, an abbreviation in brackets standing for
		// its noun, or a bracket opened on a hyphen: the link's name was cut out.
		['Roe said that he believes the between the two parties had served him well.', true],
		['The harbour board announced a against the ferry firm on Monday.', true],
		['Ana Vell, leader of the said that only 2,000 letters came.', true],
		['The said four men and two infants were taken to Tolla.', true],
		// Lead 67 (wn3 test after the merge): a lawyer's "the said decision" is prose.
		['“The said decision was dated July 15 but was not promulgated until now,” Roe added.', false],
		['The crew spoke during the after-party on the quay.', false],
		['The (KLF), a rebel group in Korvel, agreed to a ceasefire.', true],
		['The main parties of the left, the (KLP) and (SP) won 58 seats.', true],
		['During the (1979–1989), Korvel sold missiles to the rebels.', true],
		['It was a strong tie between the new government and the (U.S.) administration.', false],
		['The row began during the (federal) election.', false],
		['Representative Ana Roe (-PA), a veteran, called for the withdrawal.', true],
		['Korvel firms were rated in the A range (-A to AAA), up from 58.', false],
		// craft68 (seeded sample): a full stop, then a verb with no subject: the next sentence's subject (a link's
		// name) was cut out, after a word or after a quote closed on a full stop.
		['Plants have shut down as the storm advances. shut down its largest refinery in Tolla.', true],
		['Many existing houses have been bulldozed. is one of the oldest settlements on the coast.', true],
		['The rally was held in Tolla, Korvel. led to a state of emergency being declared.', true],
		['“You speak for nobody but your stupid selves.” published portions of four messages.', true],
		['However, the former Sec. Def. does not recommend any particular strategy.', false],
		['A store owner in Greenwich, Conn. raised the issue of the treaty.', false],
		['“It is in the system.” said the longtime champion Ana Roe.', false],
		['“GRAB HER NOW!!!” had a picture of a dog in a basket.', false],
		['The account ends on thousand.” followed by a plea for help.', false],
		['The harbour closed. the ferries stayed in port.', false]
	])('issue 9: “%s” is garbled: %s', (sentence, expected) => {
		expect(garbled(sentence)).toBe(expected);
	});

	it('issue 9: a garbled quote keeps its fact and gets no question', () => {
		const text =
			'Harbour vote\n\n' +
			'"The quay is finished. We open it in May," said Ilse Marr, the harbour master.\n\n' +
			'"The vote was close.It was the right call for the town," said Bram Tolliver, the mayor.\n\n' +
			'"We will fish from the new quay every day of the year," said Wen Aldous, a fisherman.\n\n' +
			'"Nobody asked the families on the hill about the road," said Oda Renn, a teacher.';
		const b = generateBank({ text, date: '2031-05-04' });
		const broken = b.facts.find((f) => f.kind === 'quote' && f.quote.includes('close.It'));
		expect(broken).toBeDefined();
		expect(b.questions.some((q) => q.factId === broken!.id)).toBe(false);
		for (const q of b.questions) expect(q.prompt).not.toContain('close.It');
		expect(b.questions.some((q) => q.prompt.includes('Nobody asked the families'))).toBe(true);
	});
});

describe('craft round 13: choices a reader rules out without knowing the answer', () => {
	const clinics =
		'Clinics to open in the Tarrow valley\n\n' +
		'Dana Pell, a spokeswoman for the Harrow Relief Agency, said the first clinics would open in May.\n\n' +
		'“Together with the Marden Trust, we will set up clinics in the valley before the rains come,” Pell said.\n\n' +
		'The Corvel Water Board has promised clean water for the clinics. The Oster Medical Council will send ' +
		'nurses, and the Linden Aid Fund has paid for two lorries.\n\n' +
		'Tom Haskett, director of the Oster Medical Council, said: “Our nurses are ready to travel as soon as the ' +
		'roads are open again.”\n\n' +
		'Ruth Anand, who chairs the Corvel Water Board, said: “The pipes were laid last year and the pumps are ' +
		'working well now.”';

	it('offers in a cloze neither the body its speaker speaks for nor one body under two names', () => {
		let clozes = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const b = generateBank({ text: clinics, date: '2026-04-02', seed });
			for (const q of b.questions) {
				if (q.type !== 'cloze' || !q.prompt.includes('Dana Pell')) continue;
				clozes++;
				for (const c of q.choices ?? []) expect(c).not.toMatch(/Harrow|Relief/);
				const bodies = (q.choices ?? []).map((c) => c.replace(/^the /, ''));
				for (const c of bodies) expect(bodies.filter((o) => o !== c && o.endsWith(` ${c}`))).toEqual([]);
			}
		}
		expect(clozes).toBe(10);
	});

	it('offers no count of those on board below those who died, nor a toll above those on board', () => {
		const text =
			'Ferry sinks off Tolland Point\n\n' +
			'The Dunmere ferry was carrying 120 passengers when it sank off Tolland Point on Sunday night, the ' +
			'coastguard said. Rescuers said 90 people died after the ferry sank in heavy seas. Another 14 people ' +
			'were still missing on Monday.\n\n' +
			'The coastguard sent three lifeboats and two helicopters to the scene.';
		let asked = 0;
		for (let seed = 1; seed <= 8; seed++) {
			const b = generateBank({ text, date: '2026-04-06', seed });
			for (const q of b.questions) {
				if (q.type !== 'figure-choice') continue;
				const values = q.choices.map((c) => parseFigure(c)!.value);
				if (q.answer === '120') for (const v of values) expect(v).toBeGreaterThanOrEqual(90);
				if (q.answer === '90') for (const v of values) expect(v).toBeLessThanOrEqual(120);
				asked++;
			}
		}
		expect(asked).toBeGreaterThanOrEqual(8);
	});

	// One row per kind of body: a quote speaking as one, a role of that kind, a role of none.
	const kinds: [keyof typeof BODY_KINDS, string, string, string][] = [
		[
			'airline',
			'Our airline will fly again on Monday.',
			"Larkfield Air's chief executive",
			'transport minister'
		],
		['union', 'We at the union will not sign this deal.', "the union's general secretary", 'a shop owner'],
		['club', "As the club's captain, I take the blame for that.", 'captain', 'a season-ticket holder'],
		['party', 'My party will vote against the budget.', 'Greens senator', 'a political scientist'],
		[
			'hospital',
			'Our hospital has never turned a mother away.',
			'a midwife at the Orrin Vale unit',
			'a parent'
		],
		[
			'police',
			'Our officers were on the scene in minutes.',
			'Detective Sergeant of Westshire Police',
			'a witness'
		],
		['company', 'Our company will keep every job in Tarrow.', 'chief executive', 'a customer']
	];

	it.each(kinds)('%s: “%s” speaks as one; “%s” is of that kind, “%s” not', (kind, quote, role, other) => {
		expect(selfKind(quote)).toBe(kind);
		expect(fitsKind(role, kind)).toBe(true);
		expect(fitsKind(other, kind)).toBe(false);
	});

	it('has a row for every kind of body', () => {
		expect(kinds.map(([k]) => k).sort()).toEqual(Object.keys(BODY_KINDS).sort());
	});

	it('reads only a first-person self-reference, not a body the quote mentions', () => {
		expect(selfKind('The airline must pay every passenger back.')).toBeUndefined();
		expect(selfKind('They told the union nothing, and the club said less.')).toBeUndefined();
		expect(selfKind('Our passengers deserve better.')).toBeUndefined();
	});

	const airline = (more: string) =>
		'Larkfield Air to resume flights\n\n' +
		'Larkfield Air will resume flights from Osterby on Monday after a two-week grounding, the airline said.\n\n' +
		'“Our airline will fly again on Monday, and every passenger will be rebooked at no cost,” said Petra ' +
		"Lindholm, Larkfield Air's chief executive.\n\n" +
		'Transport minister Aldo Reyes said the grounding had been necessary. “The inspectors did their work and the ' +
		'aircraft are safe to fly now,” Reyes said.\n\n' +
		'Mira Castell, a teacher who flies the route each week, said: “I missed two lessons in Osterby and nobody ' +
		'told me anything for days.”\n\n' +
		'Jonah Pike, a shop owner at Osterby airport, said: “The terminal was empty for two weeks and I sold almost ' +
		'nothing in that time.”' +
		more;
	const shows = (q: Question) =>
		[
			q.prompt,
			...('choices' in q ? (q.choices ?? []) : []),
			...('pairs' in q ? q.pairs.map((p) => p.left) : [])
		].join(' ');

	it('asks no one who speaks as the airline when no one else in the article holds an airline role', () => {
		for (let seed = 1; seed <= 4; seed++) {
			const b = generateBank({ text: airline(''), date: '2026-05-02', seed });
			for (const q of b.questions) if (q.type !== 'cloze') expect(shows(q)).not.toMatch(/Our airline/);
		}
	});

	it('offers as who said “our airline …” only people with airline roles', () => {
		const more =
			"\n\nOlaf Brenner, Larkfield Air's head of operations, said: “The engines have all been checked twice and " +
			'the crews are ready.”\n\n' +
			'Ines Ruud, a Larkfield Air pilot, said: “I have flown this route for nine years and I trust these ' +
			'aircraft completely.”';
		let asked = 0;
		for (let seed = 1; seed <= 6; seed++) {
			const b = generateBank({ text: airline(more), date: '2026-05-02', seed });
			for (const q of b.questions) {
				if (q.type !== 'who-said' || !q.prompt.includes('Our airline')) continue;
				asked++;
				expect([...q.choices].sort()).toEqual(['Ines Ruud', 'Olaf Brenner', 'Petra Lindholm']);
			}
		}
		expect(asked).toBeGreaterThan(0);
	});

	it.each([
		['The Tarn party fell from ', ' to 19 seats.', { above: 19 }],
		['Membership rose from ', ' to 4,000 last year.', { below: 4000 }],
		['Membership rose from 2,500 to ', ' last year.', { above: 2500 }],
		['Sales fell from $4 million to ', '.', { below: 4e6 }],
		['Fares dropped to ', ' from $12 in March.', { below: 12 }],
		['The Greens won ', ' seats, up from four, while Labour lost.', { above: 4 }],
		['Postal votes made up ', ' of the total, about one in three, up from 24% in 2022.', { above: 24 }],
		['Turnout was ', ', down from 61% in 2022.', { below: 61 }],
		['Exports made up 64 per cent of revenue, up from ', ' a year ago.', { below: 64 }],
		['Debt was £40m at the end of March, down from ', ' a year earlier.', { above: 40e6 }],
		// Craft round 29: a few words between the verb and "from", a possessive and a unit's words, a noun for the change.
		['Support for the levy fell in May from 62 percent to ', ', the survey found.', { below: 62 }],
		['The gap narrowed from April’s 18-point margin to ', ' points.', { below: 18 }],
		['Some 64 percent of members backed the deal in the ballot, a drop from ', ' in June.', { above: 64 }],
		['About 30 percent said so on Monday, an increase from ', ' in March.', { below: 30 }],
		// Craft 42: a time between the blank and "to".
		['Support for the levy rose from ', ' in April to 19 percent in August.', { below: 19 }],
		['Its revenue increased from ', ' in 2030 to $557 million in 2031.', { below: 557e6 }],
		// Stop 47 (Wikinews dev review): a verb's base form or noun, a hedge before either end.
		[
			'Trade will be increased from the equivalent of $13.6 billion last year to ',
			' by 2030.',
			{ above: 13.6e9 }
		],
		['The staff will increase from 480,000 to around ', ' by 2030.', { above: 480000 }],
		['Output is expected to rise from 4 million to ', ' next year.', { above: 4e6 }],
		['Fares will fall from $40 to ', ' in June.', { below: 40 }],
		['The plan foresees an increase from 12 to ', ' stations.', { above: 12 }],
		// craft56a: a possessive or a hedge before the figure a change started from.
		["Stockmann's increase to ", " from KappAhl's 102 kroner per share was fair.", { above: 102 }],
		['Fares will fall to ', ' from about $40 in June.', { below: 40 }],
		["Stockmann's increase to ", " kroner from KappAhl's 102 kroner per share was fair.", { above: 102 }],
		['The force will grow to ', ' troops from 12 countries.', {}],
		["Stockmann's increase to 116 kroner from KappAhl's ", ' kroner per share was fair.', { below: 116 }],
		['Fares fell to $30 from ', ' in June.', { above: 30 }],
		// dr53: the thing that changed named between the verb and "from".
		[
			'This will increase the number of eligible voters from approximately 139,000 to approximately ',
			', out of a population of 960,000.',
			{ above: 139000 }
		],
		// Dev review dr62c: what the old figure was named before it ("its current level of around 145 euros").
		[
			'They called for the minimum wage to be increased from its current level of around 145 euros to ',
			' per month in 2010.',
			{ above: 145 }
		],
		// craft73: the old figure named ("the earlier estimate of"), the change's size after "up" or "down", a time after
		// the old figure, and the next step of a change told in steps.
		[
			'Sales are now forecast at ',
			', down twelve percent from the earlier estimate of $4.1 billion.',
			{ below: 4.1e9 }
		],
		[
			'Sales are now forecast at $3.6 billion, down twelve percent from the earlier estimate of ',
			'.',
			{ above: 3.6e9 }
		],
		['Average pay rose by 3.1%, a rise from the previous figure of ', ' in May.', { below: 3.1 }],
		['Turnover was up from $120 million in the 2019 financial year to ', ' this year.', { above: 120e6 }],
		['The toll will rise from $2 to $2.50 in 2027 and to ', ' in 2030.', { above: 2.5 }],
		['Sales were ', ', down from what analysts had hoped.', {}],
		// No change told of the blank: no bound.
		['Costs fell in March to ', '.', {}],
		['The Greens won ', ' seats in 2024 and were up from 4 in 2020.', {}],
		['It was up to ', ' people.', {}]
	] as [string, string, { above?: number; below?: number }][])(
		'craft round 13: “%s_____%s” bounds its choices %o',
		(before, after, { above, below }) => {
			const b = changeBounds(before, after);
			expect(b.least !== undefined).toBe(above !== undefined);
			expect(b.most !== undefined).toBe(below !== undefined);
			if (above !== undefined) {
				expect(b.least!).toBeGreaterThan(above);
				expect(b.least!).toBeLessThan(above * 1.001);
			}
			if (below !== undefined) {
				expect(b.most!).toBeLessThan(below);
				expect(b.most!).toBeGreaterThan(below * 0.999);
			}
		}
	);

	it.each([
		['Shops will close for Kellish Independence Day on ', ' next year.', true],
		['The embassy will shut on ', ', Founders Day, as every year.', true],
		['The rally was held on ', ', Ada Roe’s birthday, in the square.', true],
		['Offices will be closed on ', ' in recognition of the Kellish Founders Day.', true],
		['The parade is on ', ' to mark Unity Day in Kell.', true],
		['The office will be closed on ', ' for repairs.', false],
		['The council met on ', ' to set the budget.', false],
		['Election results came on ', ' after a long day.', false]
	] as const)('dr52: “%s_____%s” names the day by its holiday: %s', (before, after, told) => {
		expect(namedDayTold(before, after)).toBe(told);
	});

	it.each([
		['The army has sent 1,000 of a planned ', ' troops to the border.', { above: 1000 }],
		['So far $40 million of a promised ', ' has been paid.', { above: 40e6 }],
		['Crews have cleared 12 of a total of ', ' wells.', { above: 12 }],
		['The army has sent ', ' of a planned 1,500 troops.', { below: 1500 }],
		// No plan told: no bound.
		['The army has sent 1,000 troops and plans ', ' more.', {}],
		['Of the ', ' troops, 1,000 were sent.', {}]
	] as [string, string, { above?: number; below?: number }][])(
		'stop 52: “%s_____%s” keeps a plan above what is done of it (%o)',
		(before, after, { above, below }) => {
			const b = planBounds(before, after);
			expect(b.least !== undefined).toBe(above !== undefined);
			expect(b.most !== undefined).toBe(below !== undefined);
			if (above !== undefined) expect(b.least! > above && b.least! < above * 1.001).toBe(true);
			if (below !== undefined) expect(b.most! < below && b.most! > below * 0.999).toBe(true);
		}
	);

	it.each([
		['Her lead stayed in double digits but narrowed to 13 points.', 13, { least: 10, most: 99.99 }],
		['A double-digit lead of 24 points.', 24, { least: 10, most: 99.99 }],
		['Inflation stayed in single digits at 4 percent.', 4, { most: 9.99 }],
		// The key does not fit the digits the sentence names: they speak of another figure, no bound.
		['A double-digit lead in Varn, but only 6 points in Oster.', 6, {}],
		['The lead was 13 points.', 13, {}]
	] as [string, number, { least?: number; most?: number }][])(
		'craft round 29: “%s” keeps the choices of %d in its digits (%o)',
		(sentence, value, bounds) => {
			expect(digitsBounds(sentence, value)).toEqual(bounds);
		}
	);

	it.each([
		[' quarter of the year, the mill said.', 3, { most: 4 }],
		['-quarter profit rose at Ostrel Mills.', 2, { most: 4 }],
		[' half, the Rovers scored twice.', 1, { most: 2 }],
		[' win in the last nine contests.', 8, { most: 9 }],
		[' of three debates in Varn.', 2, { most: 3 }],
		// A stretch of time bounds no count of events, and a key past the count reads another whole.
		[' time in three years.', 2, {}],
		[' of 2 million visitors.', 5, {}],
		[' place in the race.', 3, {}]
	] as [string, number, { most?: number }][])(
		'craft 42: an ordinal before “%s” (key %d) ranks only as far as its whole goes (%o)',
		(after, value, bounds) => {
			expect(ordinalBounds(after, value)).toEqual(bounds);
		}
	);

	it.each([
		['In the Ravel poll, 52 percent backed Ames, versus ', ' for Bell.', 37, { most: 48 }],
		['Some 68 percent agreed, compared with only ', ' who disagreed.', 27, { most: 32 }],
		['The Ravel poll gave Ames a lead with ', ' to Bell’s 44 percent.', 49, { least: 44, most: 56 }],
		['Ames won the county by 63 percent to ', ' for Bell.', 35, { most: 37 }],
		['Ames lost the district 68%-', ' in the primary.', 31, { most: 32 }],
		['Ames won the ward ', '-41% over Bell.', 57, { most: 59 }],
		// stop 51 (W7): stakes listed side by side.
		['The Varn treasury owns ', ' and the port board 21.5%.', 60.2, { most: 78.5 }],
		['The fund holds 30%, the bank ', ' of the shares.', 45, { most: 70 }],
		// A change, a range, no word setting them against each other, or no whole they fit in: no bound.
		['Support fell from 64 percent to ', ' in May.', 50, {}],
		['Between 40 percent and ', ' of voters said so.', 45, {}],
		['Some 51 percent backed Ames, and ', ' backed the levy.', 60, {}],
		['Costs rose 80 percent, compared with ', ' in Oster.', 50, {}],
		['Fares rose 10%-', ' in May.', 15, {}]
	] as [string, string, number, { least?: number; most?: number }][])(
		'craft round 29: “%s_____%s” (key %d) keeps two shares of one whole within it: %o',
		(before, after, value, { least, most }) => {
			const b = shareBounds(before, after, value);
			expect(b.least !== undefined).toBe(least !== undefined);
			expect(b.most !== undefined).toBe(most !== undefined);
			if (least !== undefined) expect(b.least!).toBeCloseTo(least, 6);
			if (most !== undefined) expect(b.most!).toBeCloseTo(most, 6);
		}
	);

	it('asks no choice of a count whose change the sentence tells on the wrong side of it', () => {
		const text =
			'Greens gain in Keswater\n\n' +
			'Across Keswater, the Greens won 11 seats, up from four, while the Labour Union fell from 24 to 19 and ' +
			'lost its overall majority for the first time since 2010.\n\n' +
			'The new assembly meets for the first time on May 19, the elections office said.';
		for (let seed = 1; seed <= 6; seed++) {
			const b = generateBank({ text, date: '2026-05-08', seed });
			for (const q of b.questions) {
				if (q.type !== 'figure-choice') continue;
				const values = q.choices.map((c) => parseFigure(c)!.value);
				if (q.answer === '24') for (const v of values) expect(v).toBeGreaterThan(19);
				if (q.answer === '11') for (const v of values) expect(v).toBeGreaterThan(4);
				if (q.answer === '19') for (const v of values) expect(v).toBeLessThan(24);
			}
		}
	});

	it.each([
		['Postal votes made up ', '31%', ' of the total, about one in three, up from 24% in 2022.'],
		['Postal votes made up 31% of the total, about ', 'one in three', ', up from 24% in 2022.'],
		['The party took ', '48 percent', ' (nearly half) of the vote.'],
		['Exports fell by ', '26%', ', or roughly a quarter, last year.']
	])(
		'craft round 13: a percentage beside its share in words is not blanked: “%s[%s]%s”',
		(before, key, after) => {
			expect(equivalentBeside(before, after, key)).toBe(true);
		}
	);

	it.each([
		['Repairs are expected to top £80m, ', '€115m', '.'],
		['Repairs are expected to top ', '£80m', ', €115m.'],
		['The small one costs $149/', '£99', ', the large one more.'],
		['The small one costs ', '$149', '/£99, the large one more.'],
		['Police froze £20 million / ', '€29 million', ' of assets.'],
		['Police froze ', '29 million euros', ', £20 million, of assets.']
	])(
		'lead 48: an amount beside itself in another currency is not blanked: “%s[%s]%s”',
		(before, key, after) => {
			expect(equivalentBeside(before, after, key)).toBe(true);
		}
	);

	it('lead 48: amounts in one currency side by side are amounts of their own', () => {
		expect(equivalentBeside('Tickets cost $5, ', ' and $20.', '$10')).toBe(false);
		expect(equivalentBeside('Fares rose to £3, ', ' minutes after the rise.', '40')).toBe(false);
	});

	it('still blanks a percentage beside another figure', () => {
		expect(equivalentBeside('Postal votes made up ', ' of the total, up from 24% in 2022.', '31%')).toBe(
			false
		);
		expect(equivalentBeside('Turnout was ', ', and one in three voters was under 30.', '58%')).toBe(false);
		// An amount beside a percentage is no share of it: "pays 31%, or roughly _____" (€440m).
		expect(equivalentBeside('Corvant pays 31%, or roughly ', ' over its life.', '€440m')).toBe(false);
	});
});

describe('evidenceGroups', () => {
	interface F {
		start: number;
		end: number;
		quote?: string;
	}
	const groupsOf = (facts: F[]) =>
		evidenceGroups(
			facts,
			(f) => f,
			(f) => f.quote?.toLowerCase()
		).map((g) => g.map((f) => f.start));

	it('groups facts whose evidence overlaps, and a partial quote with the longer quote holding it', () => {
		const facts: F[] = [
			{ start: 0, end: 40, quote: 'We will not budge on the harbour fees' },
			{ start: 10, end: 30 },
			{ start: 50, end: 90 },
			{ start: 100, end: 140, quote: 'not budge' },
			{ start: 150, end: 190, quote: 'The ferry sails at dawn' },
			{ start: 200, end: 240, quote: 'the ferry sails at dawn, rain or shine' }
		];
		expect(groupsOf(facts)).toEqual([[0, 10, 100], [50], [150, 200]]);
	});

	it('merges a group with every later group its grown list holds a quote of', () => {
		const facts: F[] = [
			{ start: 0, end: 10, quote: 'Marta Ilves will sail' },
			{ start: 20, end: 30, quote: 'the dock opens in May' },
			{ start: 40, end: 50, quote: 'the dock opens in May and the ferry runs weekly' },
			{ start: 60, end: 70, quote: 'will sail' }
		];
		expect(groupsOf(facts)).toEqual([
			[0, 60],
			[20, 40]
		]);
	});
});

describe('craft 29: who-said choices written like the key and agreeing with its pronoun', () => {
	it('writes the others by surname beside a key known by one word, and leaves out who has no sure surname', () => {
		expect(writtenLike('Tallis', speakerEntity('Mary Holt'))).toBe('Holt');
		expect(writtenLike('Tallis', speakerEntity('the Harbour Trust'))).toBeUndefined();
		expect(writtenLike('June Tallis', speakerEntity('Mary Holt'))).toBe('Mary Holt');
		// "Mr. Tallis" among plain full names stands out as much as a bare one.
		expect(writtenLike('Mr. Tallis', speakerEntity('Mary Holt'))).toBeUndefined();
		expect(writtenLike('June Tallis', speakerEntity('Mayor Holt'))).toBeUndefined();
		expect(writtenLike('Mr. Tallis', speakerEntity('Mayor Holt'))).toBe('Mayor Holt');
	});

	it('offers beside “Who said he …?” only men, and in its true-or-false shows no woman', () => {
		const article =
			'Bridge Plan Splits Council\n\n' +
			'David Orme said he was sure the council would "find the money for the new bridge before the winter comes".\n\n' +
			'"We have waited eleven years for a safe crossing and we can wait no longer," said Mary Holt, a teacher.\n\n' +
			'"The river has flooded the old road three times since the spring of last year," said Sarah Penn, an engineer.\n\n' +
			'"Nobody on the east bank has been asked what they want from the plan," said Laura Vick, a shop owner.\n\n' +
			'"The cost has doubled since the first drawings were made public," said Peter Lund, the treasurer.\n\n' +
			'"The ferry will keep running every hour until the bridge is finished," said John Marsh, the harbour master.';
		const b = generateBank({ text: article, date: '2031-05-04' });
		const women = ['Mary Holt', 'Sarah Penn', 'Laura Vick'];
		const asked = b.questions.filter(
			(x) => (x.type === 'who-said' || x.type === 'true-false') && x.prompt.includes(' he was sure')
		);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			if (q.type === 'who-said') for (const c of q.choices) expect(women).not.toContain(c);
			for (const w of women) expect(q.prompt).not.toContain(w);
		}
	});
});

describe('craft 29: a blank framed as its speaker’s only where the sentence is theirs', () => {
	const at = (sentence: string) => sentence.indexOf('_____');
	it('frames no sentence whose own words lead into the quote holding the blank', () => {
		const narrated = 'Her finest line came when she said, “Next _____, we choose who runs the port.”';
		expect(quotedInNarration(narrated, at(narrated))).toBe(true);
		const straight = 'The letter said, "Work starts in _____ and ends in May."';
		expect(quotedInNarration(straight, at(straight))).toBe(true);
		// The speaker's own sentence, tag and all; a blank outside the marks; a quote closed before the blank.
		const tagged = '“We lost,” he said, adding: “The repairs cost _____.”';
		expect(quotedInNarration(tagged, at(tagged))).toBe(false);
		const outside = 'The mayor called it “a good start” on _____.';
		expect(quotedInNarration(outside, at(outside))).toBe(false);
		const whole = 'Work will start in _____, the mayor said.';
		expect(quotedInNarration(whole, at(whole))).toBe(false);
	});

	it('gives a source phrase back the number the people table cut from it, and no count', () => {
		const text = 'They were met by a volunteer at a polling station in ward 12 on the east side.';
		expect(wholeSource('a volunteer at a polling station in ward', text)).toBe(
			'a volunteer at a polling station in ward 12'
		);
		expect(wholeSource('a volunteer', 'A volunteer 20 years ago said so.')).toBe('a volunteer');
		expect(wholeSource('Mary Holt', text)).toBe('Mary Holt');
		expect(wholeSource('', text)).toBe('');
	});

	it('reads a source’s whole name once per article, and anew in another article', () => {
		const first = 'Fans were waved through by a steward at gate 4, who counted them.';
		const second = 'The queue was long, according to a steward at gate 9.';
		expect(wholeSourceOnce('a steward at gate', first)).toBe('a steward at gate 4');
		expect(wholeSourceOnce('a steward at gate', first)).toBe('a steward at gate 4');
		expect(wholeSourceOnce('a steward at gate', second)).toBe('a steward at gate 9');
	});
});

describe('craft 31: what a web page wraps round its report is shown in no prompt', () => {
	it.each([
		['Editor’s note: Ilse Marr is a paid adviser to the 40 boat owners named here.', true],
		['[Update: The council met again on Friday and cut the budget to $3 million.]', true],
		['The quay opens in May https://t.co/x4Yq2 — Harbour Board (@harbourboard) March 3, 2031.', true],
		['Boats queued for hours pic.twitter.com/Qz81 and the gates stayed shut.', true],
		['Follow Ilse Marr on Twitter @ilsemarr.', true],
		['To get the harbour report each week, click here and enter your email.', true],
		['Bram Tolliver speaks at the quay. Ana Vell via Getty Images.', true],
		['[Video: Mayor Ilse Marr opens the quay (3/6/31) Watch on YouTube.]', true],
		['The harbour levy was raised twice that year. [Korvel Gazette, 6/4/29.]', true],
		// craft 55a: a page's markup run into its text.
		['Mayor Ilse Marr in 2029</font></td></tr> </table> The quay opened on May 3.', true],
		['The quay opened on May 3.<br clear="all"> Boats queued.', true],
		['Tolls fell where 3 < 5 boats docked.', false],
		// craftb 44: brackets an editor puts inside the words stay.
		['“We will open [the quay] by May 3,” the mayor said.', false],
		// A post quoted for its words, and prose that only mentions a site, stay.
		['“Thank you Korvel! #QuayDay” the mayor wrote on Friday.', false],
		['The update to the harbour plan was agreed on Friday.', false],
		['She said visitors could sign the book at the gate.', false]
	])('“%s” is a web remnant: %s', (sentence, expected) => {
		expect(garbled(sentence)).toBe(expected);
	});

	it('asks nothing of an editor’s note or an embedded post’s date line, and still asks the report', () => {
		const text =
			'Harbour reopens\n\n' +
			'The harbour at Korvel reopened on Friday after 14 months of repairs costing $38 million, the board said.\n\n' +
			'Editor’s note: Ilse Marr, who chairs the board, has advised 23 of the boat owners quoted in our reports.\n\n' +
			'Boats queued at the gate https://t.co/x4Yq2 — Korvel Harbour (@korvelharbour) March 3, 2031.';
		const b = generateBank({ text, date: '2031-03-04' });
		for (const q of b.questions) {
			expect(q.prompt).not.toMatch(/Editor’s note|https:|@korvelharbour/);
			expect(q.answer).not.toMatch(/^23$|March 3/);
		}
		expect(b.questions.some((q) => q.answer === '$38 million')).toBe(true);
	});
});

describe('craft 31: an item of a list whose lead-in holds its subject is no statement', () => {
	const letter = [
		'Picture the candidate',
		'Suppose a rival of yours had done what he has. Imagine that he:',
		'Owns nine boats and rents them out to tourists who never see a life jacket.',
		'Sold 40 acres of the marsh to a builder last year, and kept the money.',
		'Keeps saying he saved the harbour, when the board paid for it.',
		'Would you vote for him? The board spent $38 million on the harbour in the end.'
	].join('\n\n');

	it.each([
		['Owns nine boats', true],
		['Sold 40 acres', true],
		['Keeps saying', true],
		['Would you vote', false],
		['The board spent', false],
		['Suppose a rival', false]
	])('“%s …” has lost its subject to the lead-in: %s', (words, expected) => {
		expect(subjectInLeadIn(letter, letter.indexOf(words))).toBe(expected);
	});

	it('reads no greeting, order or question after a colon as a subjectless item', () => {
		const toasts = 'The toasts this year:\n\nCheers, Ms. Vell. She raised rates 3 times.\n\n';
		expect(subjectInLeadIn(toasts, toasts.indexOf('Cheers'))).toBe(false);
		const plan = 'The plan fits in 20 words:\n\nSave a quarter of the cost over 18 years.\n\n';
		expect(subjectInLeadIn(plan, plan.indexOf('Save'))).toBe(false);
		const asked = 'One question remains:\n\nIs the harbour worth $38 million?\n\n';
		expect(subjectInLeadIn(asked, asked.indexOf('Is the'))).toBe(false);
	});

	it('asks nothing of such an item, and still asks the sentences that name their subject', () => {
		const b = generateBank({ text: letter, date: '2031-03-04' });
		for (const q of b.questions)
			expect(q.prompt).not.toMatch(/Sold (?:40|_____) acres|Owns (?:nine|_____) boats/);
		expect(b.questions.some((q) => q.answer === '$38 million')).toBe(true);
	});
});

describe('craft 31: a deck of quotes by a few people still gives a practice quiz', () => {
	const debate = [
		'Harbour debate',
		'“The harbour needs a new quay before the winter storms,” said Ilse Marr, the harbour master.',
		'“We cannot pay for a quay while the school roof leaks,” said Bram Tolliver, the council leader.',
		'“Every boat that leaves for another port takes its catch and its crew with it,” Marr said.',
		'“The fishermen have had promise after promise from this council and not one quay,” Marr said.',
		'“I will not ask the town to borrow for something the boat owners could pay for themselves,” Tolliver said.',
		'“Nobody on this council has ever walked the quay at low tide,” Marr said.'
	].join('\n\n');

	it('asks the speakers by true-or-false, which a quiz can grade, where flashcards would leave it empty', () => {
		const bank = generateBank({ text: debate, date: '2031-03-04' });
		// A practice quiz draws graded questions only, one per fact.
		const graded = bank.questions.filter((q) => q.type !== 'flashcard');
		expect(new Set(graded.map((q) => q.factId)).size).toBeGreaterThanOrEqual(5);
		const statements = graded.filter((q) =>
			/^True or false: (?:Ilse Marr|Bram Tolliver) said “/.test(q.prompt)
		);
		expect(statements.length).toBeGreaterThanOrEqual(4);
	});

	it('issue 9: ends a false speaker statement with one full stop after a suffix ("not Bram Tolliver Jr.")', () => {
		const juniors = [1, 2].flatMap((seed) =>
			generateBank({
				text: debate.replace('Bram Tolliver,', 'Bram Tolliver Jr.,'),
				date: '2031-03-04',
				seed
			}).questions.filter(
				(q) => q.answer === 'False' && q.prompt.startsWith('True or false: Bram Tolliver Jr. said')
			)
		);
		expect(juniors.length).toBeGreaterThan(0);
		for (const q of juniors) expect(q.explanation).toMatch(/, not Bram Tolliver Jr\.$/);
	});

	it('keeps the flashcards of a deck with enough else to grade', () => {
		const facts = [
			'The quay was built in 1931 for £4,000 and rebuilt in 1978 for £90,000.',
			'The council spent £2.4 million on roads last year and £1.1 million on schools.',
			'Some 140 boats used the harbour in 1990; 38 use it now.'
		];
		const bank = generateBank({ text: [debate, ...facts].join('\n\n'), date: '2031-03-04' });
		expect(bank.questions.some((q) => q.type === 'flashcard' && q.prompt.startsWith('Who said'))).toBe(true);
	});
});

describe('craft 31: what-said choices are never scraps', () => {
	it('offers no quote cut to fewer than four words (“It is up …”)', () => {
		const text = [
			'Harbour debate',
			'“The quay is the heart of our old town,” said Ilse Marr, the harbour master.',
			'“It is up to the council,” said Bram Tolliver, the council leader.',
			'“Every boat that leaves takes its whole crew,” said Oda Renn, a fisherman.',
			'“Nobody asked us about the new ferry timetable,” said Wen Aldous, a ferry captain.'
		].join('\n\n');
		for (let seed = 0; seed < 4; seed++)
			for (const q of generateBank({ text, date: '2031-03-04', seed }).questions)
				if (q.type === 'what-said')
					for (const c of q.choices)
						expect(c.replace(/[“”…]/g, '').trim().split(/\s+/).length).toBeGreaterThanOrEqual(4);
	});
});

describe('a deck with little to grade asks its figures and dates by their graded questions', () => {
	const q = (factId: string, type: Question['type']) => ({ factId, type }) as Question;
	const sentence = (f: string) => Number(f.split('@')[1]);

	it('a date asked only by its recall card is asked by its choice; one lost is asked again where its sentence has room', () => {
		const byFact = new Map<string, Question[]>([
			['date-a@1', [q('date-a', 'flashcard')]],
			['fig-b@2', [q('fig-b', 'flashcard')]],
			['quote-c@3', [q('quote-c', 'flashcard')]]
		]);
		const made = new Map<string, Question[]>([
			['date-a@1', [q('date-a', 'date-choice'), q('date-a', 'flashcard')]],
			['fig-b@2', [q('fig-b', 'true-false'), q('fig-b', 'figure-typed'), q('fig-b', 'flashcard')]],
			['date-d@4', [q('date-d', 'date-typed'), q('date-d', 'flashcard')]],
			['date-e@5', [q('date-e', 'date-choice')]]
		]);
		byFact.set('fig-f@5', [q('fig-f', 'figure-choice'), q('fig-f', 'true-false'), q('fig-f', 'flashcard')]);
		gradedFallback(byFact, made, sentence);
		expect(byFact.get('date-a@1')!.map((x) => x.type)).toEqual(['date-choice']);
		expect(byFact.get('fig-b@2')!.map((x) => x.type)).toEqual(['figure-typed']);
		expect(byFact.get('date-d@4')!.map((x) => x.type)).toEqual(['date-typed']);
		expect(byFact.has('date-e@5')).toBe(false);
		expect(byFact.get('quote-c@3')!.map((x) => x.type)).toEqual(['flashcard']);
	});

	it('a choice whose sentence gives away two other keys is not asked in place of its card', () => {
		const byFact = new Map<string, Question[]>([
			['date-a@1', [q('date-a', 'flashcard')]],
			['fig-b@1', [q('fig-b', 'figure-typed')]],
			['fig-c@1', [q('fig-c', 'figure-typed')]]
		]);
		const giveaway = (m: Map<string, Question[]>) => {
			if (m.get('date-a@1')?.[0]?.type === 'date-choice') {
				m.delete('fig-b@1');
				m.delete('fig-c@1');
			}
		};
		gradedFallback(byFact, new Map([['date-a@1', [q('date-a', 'date-choice')]]]), sentence, giveaway);
		expect([...byFact.values()].flat().map((x) => x.type)).toEqual([
			'flashcard',
			'figure-typed',
			'figure-typed'
		]);
	});

	it('a deck with enough to grade keeps its cards', () => {
		const byFact = new Map<string, Question[]>([
			...['a', 'b', 'c', 'd', 'e'].map((k, i): [string, Question[]] => [
				`fig-${k}@${i}`,
				[q(`fig-${k}`, 'figure-choice')]
			]),
			['date-z@9', [q('date-z', 'flashcard')]]
		]);
		gradedFallback(
			byFact,
			new Map([['date-z@9', [q('date-z', 'date-choice'), q('date-z', 'flashcard')]]]),
			sentence
		);
		expect(byFact.get('date-z@9')!.map((x) => x.type)).toEqual(['flashcard']);
	});

	it("one grower's quotes and a few dated events give a practice quiz of five, no blank asked twice", () => {
		const text = [
			'Orchard owner says the frost cost her the whole harvest',
			'Imelda Varga, who grows apples in the Talvik valley, said the late frost had ruined her crop.',
			'"I have never seen the blossom turn black in a single night like that," Varga said. "We lit fires between the rows until four in the morning, and it was not enough."',
			'The frost came on April 14, 2031, two weeks after the trees had flowered, the regional weather service said.',
			'"The bank will wait for us this year, but it cannot wait forever," she said. "If the frost comes again next spring, I will sell the land to the vineyard next door."',
			"The valley's last killing frost came in 2009, the weather service said.",
			"Varga's grandfather planted the first trees on the farm in 1961.",
			'The cooperative, founded in 1987, has 42 members. She said it would meet in June to decide whether to buy frost fans for every member.',
			'"A fan costs less than one lost harvest, and everyone in the valley knows it now," Varga said.'
		].join('\n\n');
		const b = generateBank({ text, date: '2031-05-06' });
		const graded = b.questions.filter((x) => x.type !== 'flashcard');
		expect(graded.length).toBeGreaterThanOrEqual(5);
		for (const x of graded.filter((g) => g.type.endsWith('-choice') || g.type.endsWith('-typed')))
			expect(
				b.questions.filter((y) => y.factId === x.factId && y.type === 'flashcard'),
				x.prompt
			).toEqual([]);
	});
});

describe('craft 32: "only _____" gives no rank away', () => {
	it('reads the least of the choices after "only", "just", "a mere", the most after "as high as", "a whopping"', () => {
		expect(rankToldBefore('Turnout was only ')).toBe(0);
		expect(rankToldBefore('It costs a mere $')).toBe(0);
		expect(rankToldBefore('The rate can go as high as ')).toBe(3);
		expect(rankToldBefore('the deal brought a whopping ')).toBe(3);
		expect(rankToldBefore('Turnout was ')).toBeUndefined();
		expect(rankToldBefore('The only ')).toBe(0);
	});

	it('never makes the key of a figure after "only" the least of its choices', () => {
		const text = [
			'Harbour town counts the cost of a quiet summer',
			'The Marrow Bay ferry carried only 1,900 visitors in July, the port authority said on Monday.',
			'The town hired only 16 lifeguards for its three beaches, its mayor, Hal Venn, said.',
			'The new clinic has only 230 beds for a county of farms and villages, Venn said.',
			'The school district has just 75 teachers left after the cuts, a spokeswoman for the district said.',
			'A mere 340 homes have signed up for the fibre network so far, the network operator said.',
			'The bus company now runs only 48 buses, down from the days when it ran a fleet across the county.',
			'The council received only 620 letters about the plan to close the library, Venn said.'
		].join('\n\n');
		const bank = generateBank({ text, date: '2027-06-07' });
		const afterOnly = bank.questions.filter(
			(q): q is ChoiceQuestion => q.type === 'figure-choice' && /\b(?:only|just|mere) _____/i.test(q.prompt)
		);
		expect(afterOnly.length).toBeGreaterThan(2);
		for (const q of afterOnly) {
			const values = q.choices.map((c) => parseFigure(c)!.value);
			expect(parseFigure(q.answer)!.value).toBeGreaterThan(Math.min(...values));
		}
	});
});

describe('craft 32: a what-said key is not the only choice in its voice', () => {
	it('reads "I", "we", "my", "us" as the speaker’s own voice, and not "US" or "Iowa"', () => {
		expect(firstPerson('“I walked the quay …”')).toBe(true);
		expect(firstPerson('“The crews kept us dry …”')).toBe(true);
		expect(firstPerson('“We’ve asked twice …”')).toBe(true);
		expect(firstPerson('“US exports to Iowa fell …”')).toBe(false);
		expect(firstPerson('“The drains are older than the bridge …”')).toBe(false);
	});

	it('finds the key alone in its voice either way, and not when another choice shares it', () => {
		const third = ['“The drains are older than the bridge …”', '“The pumps failed at dawn …”'];
		expect(aloneInVoice('“My ovens are ruined …”', third)).toBe(true);
		expect(aloneInVoice('“The water rose fast …”', ['“I asked twice …”', '“We spent it …”'])).toBe(true);
		expect(aloneInVoice('“My ovens are ruined …”', [...third, '“We spent it …”'])).toBe(false);
	});
});

describe('craft 32: numbers that are names or bywords are no figure', () => {
	it.each([
		['something a ', '911', ' caller told police'],
		['more about ', '529', ' college savings plans'],
		['money in a ', '401', '(k) account'],
		['the top ', '1 percent', ' of earners'],
		['less than half of ', '1 percent', ' of arrivals'],
		['the mayor promised to call me back within ', '24 hours', '.'],
		['the clinic will answer in the next ', 'twenty-four hours', ', its nurse said'],
		['the pumps now run ', '24 hours', ' a day'],
		['the shops were looted within the past ', '24 hours', ', police said'],
		['the trawlers can reach the banks in ', '24 hours', ''],
		// craft 53: "a 24-hour news channel": round the clock as the stock phrase has it.
		['to launch a digital ', '24 hour', ' news channel'],
		['the port will have ', '24-hour', ' surveillance']
	])('"%s_____%s"', (before, core, after) => {
		expect(inIdiom(before, core, after)).toBe(true);
		expect(inIdiom(before, '12', after)).toBe(false);
	});
});

describe('craft 32: a poll’s share or lead worked out from the rest of the sentence is no blank', () => {
	it('reads a share less or more a lead, and a lead between two shares', () => {
		expect(marginGiven(39, 'Ruiz leads by 12 points, 51 percent to _____.')).toBe(true);
		expect(marginGiven(12, 'Ruiz is up _____ at 51 percent to 39 percent.', true)).toBe(true);
		expect(marginGiven(12, 'Ruiz has 51 percent, Vell 39 percent and Ober _____.')).toBe(false);
		expect(marginGiven(33, 'Turnout was _____, 4 percentage points shy of the 37% record.')).toBe(true);
		expect(marginGiven(30, 'Ruiz leads by 12 points, 51 percent to _____.')).toBe(false);
	});

	it('asks no figure of a poll sentence whose numbers give each other, and keeps the poll’s other figures', () => {
		const text = [
			'Mayor widens lead in harbour town poll',
			'Mayor Ines Ruiz leads her challenger by 12 points, 51 percent to 39 percent, among likely voters in Marrow Bay, a poll by the Coastal Courier found on Monday.',
			'The poll of 640 voters was taken over five days and has a margin of error of 4 points, the Courier said.'
		].join('\n\n');
		const bank = generateBank({ text, date: '2027-09-13' });
		const blanked = bank.questions.filter((q) => q.prompt.includes('_____') && q.prompt.includes('to '));
		expect(blanked.filter((q) => /^(?:12 points|51 percent|39 percent)$/.test(q.answer))).toEqual([]);
		expect(bank.questions.some((q) => q.prompt.includes('_____') && q.answer === '640')).toBe(true);
	});
});

describe('stop 32 (lead): a second what-said on one speaker offers other quotes (blind review r32a)', () => {
	it('does not offer again the quotes a first what-said on that speaker showed they did not say', () => {
		const lines = [
			['Nora Lind', 'the harbour master', 'The new quay will take the largest ferries by the autumn'],
			['Otto Brandvik', 'a fisherman', 'Nobody on the boats was asked about the new quay at all'],
			[
				'Nora Lind',
				'the harbour master',
				'The harbour has spent three years planning every part of the works'
			],
			['Pia Sund', 'a shop owner', 'The customers cannot reach the market while the road is closed'],
			['Karl Vesti', 'a councillor', 'The council will pay for the road repairs out of its reserves'],
			['Nora Lind', 'the harbour master', 'The old pier will stay open to walkers through the winter months'],
			['Eli Moor', 'a ferry captain', 'The crews will need new training before the larger boats arrive'],
			['Rune Dahl', 'a teacher', 'The children walk past the building site every single morning'],
			['Sara Holt', 'a nurse', 'The clinic has had more visitors since the car park was moved'],
			['Ida Berg', 'a baker', 'The lorries wake the whole street long before the sun is up'],
			['Nora Lind', 'the harbour master', 'The dredging of the channel is finished and the buoys are back'],
			['Lars Ek', 'a sailor', 'The wind off the point makes the new entrance hard to steer through'],
			['Nora Lind', 'the harbour master', 'The cranes go back to the mainland as soon as the quay is done'],
			['Tove Aas', 'a student', 'The bus to the college now stops two streets further away'],
			[
				'Nora Lind',
				'the harbour master',
				'The fish market moves into the new hall on the east side next year'
			]
		];
		const text = [
			'Harbour works split the town',
			...lines.map(([name, role, quote]) => `“${quote},” said ${name}, ${role}.`)
		].join('\n\n');
		let asked = 0;
		for (let seed = 0; seed < 4; seed++) {
			const linds = generateBank({ text, date: '2031-03-04', seed }).questions.filter(
				(q) => q.type === 'what-said' && q.prompt.includes('Nora Lind')
			);
			if (linds.length < 2) continue;
			asked++;
			const wrong = linds.map(
				(q) => new Set(q.type === 'what-said' ? q.choices.filter((c) => c !== q.answer) : [])
			);
			expect([...wrong[0]!].filter((c) => wrong[1]!.has(c))).toEqual([]);
		}
		expect(asked).toBeGreaterThan(0);
	});
});

describe('craft 33: choices the sentence itself rules out (blind review r32a)', () => {
	it.each([
		['Ames is the only other member with a rating above 50 percent, coming in at ', '.', 57, { least: 50 }],
		['The levy won ', ', short of the 60 percent it needed.', 54, { most: 60 }],
		// The key on the other side: the threshold is another figure's.
		['Bell polls above 20 percent, while Ames has ', '.', 15, {}],
		['Turnout was ', ', up from 40 percent.', 52, {}]
	] as [string, string, number, { least?: number; most?: number }][])(
		'“%s_____%s” (key %d): %o',
		(before, after, value, { least, most }) => {
			const b = thresholdBounds(before, after, value);
			expect(b.least !== undefined).toBe(least !== undefined);
			expect(b.most !== undefined).toBe(most !== undefined);
			if (least !== undefined) expect(b.least!).toBeCloseTo(least, 6);
			if (most !== undefined) expect(b.most!).toBeCloseTo(most, 6);
		}
	);

	it('offers no choice below the share the sentence says the key passes', () => {
		const text = [
			'Council poll finds deep doubts',
			'The Harlow Gazette poll of 900 residents found that 61 percent think the council is doing a poor job.',
			'Mayor Ines Ruiz is the only other official with a disapproval rating above 50 percent, coming in at 57 percent.',
			'Councillor Tom Bale had the best rating, at 35 percent, the Gazette said on Monday.'
		].join('\n\n');
		for (let seed = 0; seed < 6; seed++) {
			const asked = generateBank({ text, date: '2027-09-13', seed }).questions.filter(
				(x) => x.answer === '57 percent' && x.prompt.includes('_____')
			);
			expect(asked.length).toBeGreaterThan(0);
			for (const q of asked)
				if (q.type === 'figure-choice')
					for (const c of q.choices) expect(parseFigure(c)!.value).toBeGreaterThan(50);
		}
	});

	it('offers no speaker whom the lead-in speaks of as the one who said it', () => {
		const lines = [
			'Back then, Ada Varn said, she found Ms. Quell “very calm, very exact and very hard to please in every way.”',
			'“The work was hard but the team was kind,” said Mira Quell, the former chief engineer.',
			'“We never missed a deadline in those years,” said Otto Brandvik, a welder.',
			'“The yard was the heart of the whole town,” said Pia Sund, a shop owner.',
			'“Nobody expected the yard to close so soon,” said Karl Vesti, a councillor.'
		];
		const text = ['Shipyard workers remember', ...lines].join('\n\n');
		for (let seed = 0; seed < 4; seed++) {
			const asked = generateBank({ text, date: '2027-09-13', seed }).questions.filter((x) =>
				x.prompt.includes('Ms. Quell')
			);
			expect(asked.length).toBeGreaterThan(0);
			for (const q of asked) if (q.type === 'who-said') expect(q.choices).not.toContain('Mira Quell');
		}
	});
});

describe('craft 33: "a(n)" only where the article would tell the choices apart (blind review r32a)', () => {
	const choice = (choices: string[]): Question => ({
		id: 'q',
		factId: 'f',
		type: 'date-choice',
		prompt: 'When? Complete the sentence: “A(n) _____ storm flooded the quay.”',
		choices,
		answer: choices[0]!,
		explanation: '',
		evidence: { start: 0, end: 1 },
		difficulty: 2
	});
	it('writes the one article every choice takes', () => {
		expect(articleOfChoices(choice(['2012', '2010', '2013', '2014'])).prompt).toContain('“A _____ storm');
		expect(articleOfChoices(choice(['8 a.m.', '11 a.m.', '18-hour', '80-day'])).prompt).toContain(
			'“An _____ storm'
		);
	});
	it('keeps "a(n)" when the choices take different articles', () => {
		expect(articleOfChoices(choice(['2012', '8 a.m.', '2010', '2013'])).prompt).toContain('A(n) _____');
	});
	it('writes the article of its answer on a flashcard, graded by its reader (craftb41)', () => {
		const card = (answer: string): Question => ({
			id: 'q',
			factId: 'f',
			type: 'flashcard',
			prompt: '“Ferries ran a(n) _____ service.”',
			answer,
			explanation: '',
			evidence: { start: 0, end: 1 },
			difficulty: 1
		});
		expect(articleOfChoices(card('eight-hour')).prompt).toBe('“Ferries ran an _____ service.”');
		expect(articleOfChoices(card('two-hour')).prompt).toBe('“Ferries ran a _____ service.”');
	});
});

describe('craft 33: a lead-in keeps its title’s capital (blind review r32a: "Who said mr. …")', () => {
	it.each([
		['mr. Lind is “the only one who can do it”', 'Mr. Lind is “the only one who can do it”'],
		['ms. Quell had been “rocked”', 'Ms. Quell had been “rocked”'],
		['dr. Varn found it “very odd”', 'Dr. Varn found it “very odd”'],
		['the plan was “rushed”', 'the plan was “rushed”'],
		['A fare rise would “hurt commuters”', 'a fare rise would “hurt commuters”'],
		['A. Lind called it “a mess”', 'A. Lind called it “a mess”'],
		['mr. and Mrs. Lind were', 'mr. and Mrs. Lind were']
	])('%s', (leadIn, shown) => expect(leadInShown(leadIn)).toBe(shown));
});

describe('craft 35: no what-said in a deck is answered by crossing out what another shows', () => {
	// One speaker says most of it: her what-saids can only offer the others' few quotes, again and again.
	const lines = [
		['Nora Lind', 'the harbour master', 'The new quay will take the largest ferries by the autumn'],
		['Otto Brandvik', 'a fisherman', 'Nobody on the boats was asked about the new quay at all'],
		['Nora Lind', 'the harbour master', 'The harbour has spent three years planning every part of the works'],
		['Pia Sund', 'a shop owner', 'The customers cannot reach the market while the road is closed'],
		['Nora Lind', 'the harbour master', 'The old pier will stay open to walkers through the winter months'],
		['Otto Brandvik', 'a fisherman', 'The crews will need new training before the larger boats arrive'],
		['Nora Lind', 'the harbour master', 'The dredging of the channel is finished and the buoys are back'],
		['Pia Sund', 'a shop owner', 'The wind off the point makes the new entrance hard to steer through'],
		['Nora Lind', 'the harbour master', 'The cranes go back to the mainland as soon as the quay is done'],
		['Nora Lind', 'the harbour master', 'The fish market moves into the new hall on the east side next year']
	];
	const text = [
		'Harbour works split the town',
		...lines.map(([name, role, quote]) => `“${quote},” said ${name}, ${role}.`)
	].join('\n\n');
	const fold = (s: string) =>
		s
			.toLowerCase()
			.replace(/[^\p{L}\d]+/gu, ' ')
			.trim();

	it.each([0, 1, 2, 3])('seed %d: at most one wrong choice another what-said rules out', (seed) => {
		const bank = generateBank({ text, date: '2031-03-04', seed });
		const quotes = bank.facts.filter((f) => f.kind === 'quote');
		const quoteOf = (choice: string) => quotes.find((f) => fold(f.quote).startsWith(fold(choice)))?.id;
		const whatSaids = bank.questions.flatMap((q) =>
			q.type === 'what-said' ? [{ q, wrong: q.choices.filter((c) => c !== q.answer).map(quoteOf) }] : []
		);
		expect(whatSaids.length).toBeGreaterThan(0);
		for (const a of whatSaids) {
			// Another speaker's what-said shows its key is theirs; one on the same speaker shows its wrong choices
			// are not hers.
			const ruledOut = a.wrong.filter((id) =>
				whatSaids.some(
					(b) => b !== a && (b.q.prompt === a.q.prompt ? b.wrong.includes(id) : b.q.factId === id)
				)
			);
			expect(ruledOut.length, a.q.prompt).toBeLessThanOrEqual(1);
		}
		// A what-said given up leaves its quote asked another way.
		for (const quote of quotes)
			expect(bank.questions.some((q) => q.factId === quote.id && q.type !== 'flashcard')).toBe(true);
	});
});

describe('craft 37: a true-or-false never names as the speaker the one its lead-in speaks of', () => {
	it('offers no "Brandt suggested Brandt was …" in any seed', () => {
		const article = [
			'Ferry fares split the council',
			'',
			'Councillor Ona Vela suggested Brandt was “soft on ferry fares and blind to the harbour’s debts” at the meeting on Monday.',
			'“We cannot keep raising fares every spring while the boats sit idle,” Councillor Jon Brandt said.',
			'“The harbour needs a plan that the islanders can trust for the whole decade,” Mayor Ilse Kord said.'
		].join('\n');
		let asked = 0;
		for (let seed = 1; seed <= 40; seed++) {
			const made = generateBank({ text: article, date: '2024-05-06', seed });
			for (const q of made.questions.filter(
				(x) => x.type === 'true-false' && x.prompt.includes('soft on ferry')
			)) {
				asked++;
				expect(q.prompt).not.toMatch(/^True or false: Jon Brandt/);
			}
		}
		expect(asked).toBeGreaterThan(0);
	});
});

describe('craft 37: the one a quote was said to is no choice for who said it', () => {
	it.each([
		['“The fares must fall,” Vela told Brandt on Monday.', 'Brandt', true],
		['“The fares must fall,” Vela said in an interview with radio host Jon Brandt.', 'Brandt', true],
		['“The fares must fall,” Vela told Harbour Radio’s Jon Brandt.', 'Brandt', true],
		['Vela was asked by Brandt whether “the fares must fall.”', 'Brandt', true],
		['“The fares must fall,” Vela told reporters that Brandt had said.', 'Brandt', false],
		['“The fares must fall,” Vela said, and Brandt agreed.', 'Brandt', false]
	])('%s: %s spoken to, %s', (sentence, name, expected) => {
		const at = sentence.indexOf(name);
		const e = { ...speakerEntity(`Jon ${name}`), mentions: [{ start: at, end: at + name.length }] };
		const found = addressees(sentence, { start: 0, end: sentence.length }, [e]);
		expect(found.has(e)).toBe(expected);
	});

	it('offers Brandt for none of the words Vela told him, in any seed', () => {
		const article = [
			'Ferry fares split the council',
			'',
			'“We cannot keep raising fares every spring while the boats sit idle,” Councillor Ona Vela told Councillor Jon Brandt at the meeting.',
			'“I have heard that promise before, and the fares went up anyway,” Brandt said.',
			'“The harbour needs a plan that the islanders can trust for the whole decade,” Mayor Ilse Kord said.',
			'“Nobody on the islands wants a fare rise before the summer season begins,” said Piet Sarn, who runs the ferry line.'
		].join('\n');
		let asked = 0;
		for (let seed = 1; seed <= 20; seed++) {
			const made = generateBank({ text: article, date: '2024-05-06', seed });
			for (const q of made.questions.filter((x) => x.prompt.includes('boats sit idle'))) {
				if (q.type !== 'who-said' && q.type !== 'true-false') continue;
				asked++;
				expect(q.type === 'who-said' ? q.choices : [q.prompt]).not.toContainEqual(
					expect.stringMatching(/Brandt/)
				);
			}
		}
		expect(asked).toBeGreaterThan(0);
	});
});

describe('craft 37: a figure the sentence’s own arithmetic gives is no blank', () => {
	it('reads a lead between a pair of shares written as one ("50 to 48 percent", "34-27")', () => {
		expect(marginGiven(2, 'Ames is ahead of Vell by just _____, 50 to 48 percent.', true)).toBe(true);
		expect(
			marginGiven(4, 'The edge shrinks to 34-27, with Ober’s 23 percent only _____ points below Vell.', true)
		).toBe(true);
		expect(marginGiven(5, 'Ames is ahead of Vell by just _____, 50 to 48 percent.', true)).toBe(false);
	});

	it('reads a count the sentence adds up ("for a total of")', () => {
		const rest =
			'The count gives Ames 1,280 pledged delegates and _____ superdelegates for a total of 1,749.';
		expect(totalGiven(469, rest)).toBe(true);
		expect(
			totalGiven(1749, 'Ames has 1,280 pledged delegates and 469 superdelegates, a total of _____.')
		).toBe(true);
		expect(totalGiven(470, rest)).toBe(false);
		expect(totalGiven(469, 'Ames has 1,280 pledged delegates and _____ superdelegates, Vell 1,749.')).toBe(
			false
		);
	});

	it('reads a count another leaves of a third ("of whom", "lacks"): craft 61a', () => {
		const rest = 'They want amphi 750 changed to 650 because it lacks _____ seats.';
		expect(totalGiven(100, rest)).toBe(true);
		expect(totalGiven(650, 'They want amphi 750 changed to _____ because it lacks 100 seats.')).toBe(true);
		expect(totalGiven(6, 'Of 15 who were hurt, of whom _____ died, 9 survived.')).toBe(true);
		expect(totalGiven(7, rest)).toBe(false);
	});

	it('reads a count told as another more or fewer than a third', () => {
		expect(moreThanGiven(332, 'Ames won _____ electoral votes, 62 more than the 270 needed to win.')).toBe(
			true
		);
		expect(moreThanGiven(62, 'Ames won 332 electoral votes, _____ more than the 270 needed to win.')).toBe(
			true
		);
		expect(moreThanGiven(270, 'Ames won 332 electoral votes, 62 more than the _____ needed to win.')).toBe(
			true
		);
		expect(moreThanGiven(37, 'The party won _____ seats, 4 fewer than the 41 it held.')).toBe(true);
		expect(moreThanGiven(331, 'Ames won _____ electoral votes, 62 more than the 270 needed to win.')).toBe(
			false
		);
		expect(moreThanGiven(12, 'Ames won _____ states and 62 more people than last year.')).toBe(false);
	});

	it('asks nothing of a lead in points the two shares after it give', () => {
		const made = generateBank({
			text: 'Poll in Dunmore\n\nA poll released on Wednesday found Ames leading Vell by 15 points among likely voters in Dunmore, 52 percent to 37 percent. The poll surveyed 800 voters across the county.',
			date: '2024-05-06'
		});
		const leads = made.questions.filter((q) => q.prompt.includes('by _____ points'));
		expect(leads).toEqual([]);
	});
});

describe('craft 37: a figure its sentence gives away is asked no way', () => {
	it('makes no true-or-false of a share restated in words or a count completed by its pair', () => {
		const made = generateBank({
			text: [
				'Ferry poll',
				'',
				'Among island voters, nearly four in 10 — 38 percent — said they could change their minds about the ferry plan.',
				'Many islanders now work two or three jobs to pay the ferry fares, the survey found.',
				'The survey of 640 residents was taken in March by the Dunmore Institute.'
			].join('\n'),
			date: '2024-05-06'
		});
		const shares = made.questions.filter((q) => /four in 10 — (?:_____|\d+ percent)/.test(q.prompt));
		const jobs = made.questions.filter((q) => /two or (?:_____|\w+) jobs/.test(q.prompt));
		expect([...shares, ...jobs].map((q) => q.prompt)).toEqual([]);
	});
});

describe('craft 37: a time counted from another is asked only with what it counts from', () => {
	it.each([
		[
			'Hours later',
			', the mayor returned the compliment to the harbour board.',
			'_____, the mayor returned the compliment.',
			true
		],
		[
			'The day before',
			', a lorry had struck the ferry ramp.',
			'_____, a lorry had struck the ferry ramp.',
			true
		],
		['the next day', '.', 'The council met again _____.', true],
		['four years later', '.', 'Lund won the seat in 2008 but lost it _____.', false],
		['a week later', '.', 'The quay closed on Tuesday and reopened _____.', false],
		['days before', ' the harbour vote.', 'The row broke out just _____ the harbour vote.', false],
		['three years ago', '.', 'The pier was sold _____.', false],
		['next year', '.', 'The pier will be sold _____.', false],
		['an hour earlier', ' than planned.', 'The ferry left _____ than planned.', false]
	])('"%s"', (core, after, shown, expected) => {
		expect(countedFromUnshown(core, after, shown)).toBe(expected);
	});

	it('asks no "When?" of "Two months later" with nothing to count from', () => {
		const text =
			'Ferry strike ends\n\nThe ferry crews of Tarnby walked out over pay and the harbour board refused to meet them for weeks.\n\nTwo months later, the crews returned to work after the board agreed to a new contract with the union.';
		const bank = generateBank({ text, id: 'ferry', date: '2024-05-10' });
		expect(bank.questions.filter((q) => q.answer === 'Two months later')).toEqual([]);
	});
});

describe('typedFigure', () => {
	it('keys a typed age on its number, leaving "-year-old" in the sentence', () => {
		expect(typedFigure('53-year-old', 'Ida Marsh, a(n) _____ baker from Ostry, reopened the shop.')).toEqual({
			answer: '53',
			context: 'Ida Marsh, a(n) _____-year-old baker from Ostry, reopened the shop.'
		});
		expect(typedFigure('fifty-three-year-old', 'A(n) _____ baker reopened the shop.')).toEqual({
			answer: 'fifty-three',
			context: 'A(n) _____-year-old baker reopened the shop.'
		});
		expect(typedFigure('14', 'She hired _____ staff.')).toEqual({
			answer: '14',
			context: 'She hired _____ staff.'
		});
	});
});

describe('craft 53: a typed span whose blank holds its unit names the unit (spanToType)', () => {
	it.each([
		['days', 'one day', 'days'],
		['years', '30 years', 'years'],
		['decades', 'four decades', 'decades'],
		['hours', 'a(n) hour', 'hours']
	] as const)('%s: "%s" is typed in %s', (unit, answer, shown) => {
		expect(spanToType(unit, answer)).toBe(shown);
	});
	it('names none when the unit stays in the sentence or the figure is no span', () => {
		expect(spanToType('years', '40')).toBeUndefined();
		expect(spanToType('count', '14')).toBeUndefined();
		expect(spanToType('miles', '5 miles')).toBeUndefined();
	});
	it('asks the span in its unit, the number alone the answer', () => {
		const text =
			'Harbour strike ends\n\nThe dockers of Orlo ended their strike on Monday. The union had held out for one day before the port owners gave in.';
		const { questions } = generateBank({ text, date: '2024-05-08' });
		// craft 55a: "just one day after" is no blank (`justOneApart`), so this one day is a span held.
		const typed = questions.find((q) => q.type === 'figure-typed' && q.answer === 'one day');
		expect(typed?.prompt).toMatch(/^Type the missing figure \(in days\): “.*held out for _____ before/);
	});
});

describe('craft 46: a typed figure written into a compound adjective', () => {
	it.each([
		['30-second', 'The _____ advert ran twice.', '30', 'The _____-second advert ran twice.'],
		['ten-point', 'She held a(n) _____ lead.', 'ten', 'She held a(n) _____-point lead.'],
		['90-plus', 'It ran _____ minutes.', '90', 'It ran _____-plus minutes.'],
		[
			'sixty-one year',
			'It ends the club’s _____ history.',
			'sixty-one',
			'It ends the club’s _____ year history.'
		],
		[
			'4.5 billion dollar',
			'They made a(n) _____ offer.',
			'4.5 billion',
			'They made a(n) _____ dollar offer.'
		],
		['Another 12 percent', '_____ had no view.', '12 percent', 'Another _____ had no view.'],
		['an additional 40', 'The port hired _____ staff.', '40', 'The port hired an additional _____ staff.']
	])('keys "%s" on its number, the compound’s words left in the sentence', (answer, context, key, shown) => {
		expect(typedFigure(answer, context)).toEqual({ answer: key, context: shown });
	});

	it('keeps a unit that is no adjective: "one year", "five years", "90 per cent", a stray "three-years"', () => {
		for (const answer of ['one year', 'five years', '90 per cent', '12 yen', 'three-years'])
			expect(typedFigure(answer, 'It took _____.').answer).toBe(answer);
	});

	it('keeps a fraction whole: "three-quarters" is not three', () => {
		expect(typedFigure('three-quarters', 'About _____ of the pupils passed.')).toEqual({
			answer: 'three-quarters',
			context: 'About _____ of the pupils passed.'
		});
	});
});

describe('craft 46: a typed date is keyed on its calendar words alone', () => {
	it.each([
		[
			'April of this year',
			'2024-04',
			'It opened in _____.',
			'April',
			'It opened in _____ of this year.',
			'2024-04'
		],
		['last October', '2023-10', 'Rates rose _____.', 'October', 'Rates rose last _____.', '2023-10'],
		[
			'Wednesday, May 18',
			'2022-05-18',
			'It sails on _____.',
			'May 18',
			'It sails on Wednesday, _____.',
			'2022-05-18'
		],
		['the end of 2006', '2006-12', 'Work ends by _____.', '2006', 'Work ends by the end of _____.', '2006'],
		[
			'Thursday 4th May',
			'2023-05-04',
			'It met on _____.',
			'4th May',
			'It met on Thursday _____.',
			'2023-05-04'
		],
		['March 9, 2014', '2014-03-09', 'It met on _____.', 'March 9, 2014', 'It met on _____.', '2014-03-09'],
		['11', '2005-05-11', 'From May 10 to _____.', '11', 'From May 10 to _____.', '2005-05-11']
	])('"%s" is typed as its calendar words', (answer, value, context, key, shown, accepted) => {
		expect(typedDate(answer, context, value)).toEqual({ answer: key, context: shown, value: accepted });
	});

	it('asks no typed date of words with no calendar date: "60 years ago", "may" the verb', () => {
		expect(typedDate('60 years ago', 'It was founded _____.', '1964')).toBeNull();
		expect(typedDate('may', 'The vote _____ fail.', '2006-05')).toBeNull();
		expect(typedDate('third may', 'A(n) _____ fail.', '2006-05-03')).toBeNull();
	});

	it('asks no typed date whose key names a finer period than its value', () => {
		expect(typedDate('May 18', 'It met on _____.', '2022-05')).toBeNull();
	});
});

describe('craft 46: a lead shown before a sentence opening on a pronoun is not cut mid-clause', () => {
	const lead =
		'The strike at the Korvel docks began last week after the port authority abruptly cut the pay of its crane drivers by 12 percent, the union said.';
	it('shows the whole lead when it fits beside its sentence', () => {
		expect(leadStart(lead, 40)).toBe(`${lead} `);
	});

	it('cuts a lead too long at the end of a clause, not after a fixed count of words', () => {
		const long =
			'Ada Roe told the council that if the ferry is to run at all, then the harbour board must find the money to mend it before the storms of the winter come.';
		expect(leadStart(long, 10)).toBe('Ada Roe told the council that if the ferry is to run at all … ');
	});

	it('never cuts a lead to the fronted clause before its main one ("When the two leaders met …")', () => {
		const fronted =
			'When the two mayors met on Tuesday, the Korvel harbour master Ada Roe sailed to Ostry in a show of support for the ferry crews on strike there since May.';
		expect(leadStart(fronted, 10)).toBe(
			'When the two mayors met on Tuesday, the Korvel harbour master Ada Roe sailed to Ostry … '
		);
	});
});

describe('craft 45: a count of times said in an adverb is no figure to blank', () => {
	it('asks no one for "twice" in "The ferry failed its inspection twice"', () => {
		const text =
			'Korvel ferry fails again\n\nThe Korvel ferry failed its safety inspection twice this spring, the harbour board said on Monday. The board will meet again in June to decide whether the ferry can sail.';
		const bank = generateBank({ text, id: 'ferry-twice', date: '2024-05-10' });
		expect(bank.facts.some((f) => f.kind === 'figure' && f.text === 'twice')).toBe(true);
		expect(bank.questions.filter((q) => q.answer === 'twice')).toEqual([]);
	});
});

describe('craft 38: a choice that makes the sentence’s own comparison false', () => {
	it.each([
		[
			'The town’s jobless rate is 3.8 percent, below the state average of ',
			'.',
			'4.2 percent',
			{ least: 3.8 }
		],
		[
			'Harlow Mills earned $6.15 a share, well above the ',
			' that traders expected.',
			'$5.90',
			{ most: 6.15 }
		],
		['More residents call the plan fair (', ') than unfair (29%).', '44%', { least: 29 }],
		['Fewer back the levy (', ') than oppose it (52%).', '31%', { most: 52 }],
		[
			'The town’s jobless rate is ',
			', below the state average of 4.7 percent.',
			'3.8 percent',
			{ most: 4.7 }
		],
		// craft 39: the stress on each side of a contrast ("a full … while only").
		[
			'A full ',
			' of the nurses back the rota, while only 41 percent of the porters do.',
			'72 percent',
			{ least: 41 }
		],
		['Only ', ' of the tenants paid, whereas a full 80 percent of owners did.', '35 percent', { most: 80 }],
		// Another unit, or the key on the other side, or stress on one side only, sets nothing.
		['A full ', ' of the nurses back it, while 41 percent of the porters do.', '72 percent', {}],
		['The fund lost 4 percent over the last ', '.', 'two years', {}],
		['The show drew ', ' viewers, less than half of the 30 million for the final.', '12 million', {}],
		['The rate is 3.8 percent, below the average of ', '.', '3.1 percent', {}]
	] as [string, string, string, { least?: number; most?: number }][])(
		'“%s_____%s” (key %s): %o',
		(before, after, key, { least, most }) => {
			const b = comparisonBounds(before, after, key);
			expect(b.least !== undefined).toBe(least !== undefined);
			expect(b.most !== undefined).toBe(most !== undefined);
			if (least !== undefined) expect(b.least!).toBeCloseTo(least, 6);
			if (most !== undefined) expect(b.most!).toBeCloseTo(most, 6);
		}
	);

	it('makes no false statement on the wrong side of the figure the blank is compared with', () => {
		const text = [
			'Harlow jobs report',
			'The Harlow council said on Monday that 1,200 people found work at the new depot this year.',
			'The town’s jobless rate is 3.8 percent, below the state average of 4.7 percent, the council said.',
			'Depot wages start at $14 an hour, the council said.'
		].join('\n\n');
		let asked = 0;
		for (let seed = 0; seed < 8; seed++)
			for (const q of generateBank({ text, date: '2027-09-13', seed }).questions) {
				const shown = /jobless rate is ([\d.]+ percent), below/.exec(q.prompt)?.[1];
				if (q.type !== 'true-false' || shown === undefined) continue;
				asked++;
				expect(parseFigure(shown)!.value).toBeLessThan(4.7);
			}
		expect(asked).toBeGreaterThan(0);
	});
});

describe('craftb 40 (blind review): a figure asked from a sentence that points back to the one before', () => {
	const article = (body: string) =>
		generateBank({ text: `Harwick ferry poll\n\n${body}`, date: '2031-05-06' }).questions.filter((q) =>
			/fig-/.test(q.factId)
		);
	it('shows the sentence that says which poll, or asks nothing', () => {
		const shown = article(
			'A survey of 900 Harwick residents by the Quay Institute found broad support for the new ferry line. In the same poll, 43 percent of residents said they would take the ferry to work every week.'
		).filter((q) => q.prompt.includes('43 percent') || q.answer === '43 percent');
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(q.prompt).toContain('Quay Institute');
		const alone = article(
			'In the same poll, 43 percent of Harwick residents said they would take the new ferry to work every week.'
		).filter((q) => q.prompt.includes('43 percent') || q.answer === '43 percent');
		expect(alone).toEqual([]);
	});
	it('reads "that number" after a figure in the same sentence as that figure', () => {
		const asked = article(
			'Ferry riders are worried about fares. Mayor Ida Marsh is distrusted by 62 percent of riders, but that number has stayed the same since the fare rise.'
		);
		expect(asked.some((q) => q.answer === '62 percent' || q.prompt.includes('62 percent'))).toBe(true);
	});
});

describe('W24 review: a lead that speaks of the same "she" before naming anyone names nobody for her', () => {
	const asked = (body: string) =>
		generateBank({ text: `Harwick visit\n\n${body}`, date: '2031-05-06' }).questions.filter(
			(q) => q.prompt.includes('tactical errors') || q.answer === 'thousands'
		);
	it('asks nothing when the only name in the lead is someone else', () => {
		const body =
			"Ana Roe and Ilse Marr arrived in Tolla. The visit comes after her brief trip to Otto Frey's constituency of Harwick, where she faced protests. At one speech, she admitted that the port had made thousands of tactical errors in the war.";
		expect(asked(body)).toEqual([]);
	});
	it('still asks when the lead names her before "she"', () => {
		const body =
			'Ana Roe and Otto Frey arrived in Tolla. Ana Roe went to Harwick, where she faced protests. At one speech, she admitted that the port had made thousands of tactical errors in the war.';
		expect(asked(body).length).toBeGreaterThan(0);
		const opening =
			'Ana Roe and Otto Frey arrived in Tolla. Roe went to Harwick, where she faced protests. At one speech, she admitted that the port had made thousands of tactical errors in the war.';
		expect(asked(opening).length).toBeGreaterThan(0);
	});
});

describe('craft63: a bare "The <noun>" subject the sentence before introduced', () => {
	it('reads the noun in the sentence before, in either number', () => {
		const before = 'The festival welcomes the New Year of the Samvat calendar. ';
		expect(namedJustBefore('The calendar is 56.7 years ahead of the Gregorian one.', before)).toBe(true);
		expect(namedJustBefore('The comments were made a week later.', 'Roe made a comment. ')).toBe(true);
		expect(namedJustBefore('The storm hit the coast in 2004.', before)).toBe(false);
		expect(namedJustBefore('The new calendar is 56.7 years ahead.', before)).toBe(false);
		expect(namedJustBefore('The news was 56.7 years old.', 'A new year began. ')).toBe(false);
		expect(namedJustBefore('The calendar is 56.7 years ahead.', '')).toBe(false);
		expect(namedJustBefore('The owners were fined £250 each.', 'The owners had been warned twice. ')).toBe(
			false
		);
		expect(
			namedJustBefore('The listing offered 410k rows for 3 bitcoin.', 'Roe said she reported the listing. ')
		).toBe(false);
		expect(
			namedJustBefore('The recall includes 13,000 cars.', 'In the same poll, Toyota issued a recall. ')
		).toBe(false);
	});
	it('shows the sentence that says which calendar, or asks nothing', () => {
		const asked = (body: string) =>
			generateBank({ text: `Harwick festival\n\n${body}`, date: '2031-05-06' }).questions.filter(
				(q) => /fig-/.test(q.factId) && q.prompt.includes('calendar is')
			);
		const shown = asked(
			'The Harwick festival is held every year to welcome the New Year of the old Harbour calendar. The calendar is 56.7 years ahead of the Gregorian calendar used elsewhere in town.'
		);
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(q.prompt).toContain('Harbour calendar');
	});
});

describe('craft63: a span of time "the same" as one the sentence before told', () => {
	const asked = (body: string) =>
		generateBank({ text: `Harwick ferry figures\n\n${body}`, date: '2031-05-06' }).questions.filter(
			(q) => /fig-/.test(q.factId) && q.prompt.includes('same quarter')
		);
	it('is shown after the sentence that says which quarter, or not asked', () => {
		const shown = asked(
			'Harwick ferry traffic fell 4.2% in the first quarter of 2031, the port authority said. In comparison, traffic at the Ardmore terminal fell 1.5% in the same quarter.'
		);
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(q.prompt).toContain('first quarter of 2031');
		expect(
			asked(
				'In comparison, traffic at the Ardmore ferry terminal fell 1.5% in the same quarter, the port said.'
			)
		).toEqual([]);
	});
	it('reads a time the sentence tells before it as the one meant', () => {
		const shown = asked(
			'Harwick ferry traffic rose. Traffic at the Ardmore terminal fell 1.5% in the fourth quarter of 2030, against 2.5% in the same quarter a year before.'
		);
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(q.prompt).not.toContain('Harwick ferry traffic rose');
	});
});

describe('craft52b (W8 review): a sentence whose subject is "this" or "these" before a noun', () => {
	const asked = (body: string) =>
		generateBank({ text: `Harwick ferry appeal\n\n${body}`, date: '2031-05-06' }).questions.filter((q) =>
			/date-|fig-/.test(q.factId)
		);
	it('is shown after the sentence that says which ruling, or not asked', () => {
		const shown = asked(
			'The Harwick county court heard the ferry company’s appeal against the new fare cap on Monday. This ruling is expected in September, after the summer recess of the court.'
		).filter((q) => q.prompt.includes('is expected in'));
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(q.prompt).toContain('fare cap');
		const alone = asked(
			'This ruling is expected in September, after the summer recess of the Harwick county court.'
		).filter((q) => q.prompt.includes('is expected in'));
		expect(alone).toEqual([]);
	});
	it('still asks a sentence opening on a time ("This year")', () => {
		const shown = asked(
			'This year is expected to bring 40 new ferry crossings to the Harwick harbour, the port authority said.'
		);
		expect(shown.some((q) => q.answer === '40' || /\b40\b/.test(q.prompt))).toBe(true);
		const those = asked(
			'Those who are picked will ride the Harwick ferry free for the following five days, the port authority said.'
		);
		expect(those.some((q) => q.answer === 'five days' || /five days/.test(q.prompt))).toBe(true);
	});
});

describe('craftb 40 (blind review): a lead cut short right before the blank', () => {
	it('shows the lead whole, never "… _____"', () => {
		const made = generateBank({
			text: 'Harwick ferry\n\nThe Harwick Ferry Company mostly relies on its riders to report broken gates. If a gate is reported broken twice, the Harwick Ferry Company will close the pier as well as others nearby on the same line.\n\nOn May 2, it went a step further and closed the whole line for two weeks of repairs.',
			date: '2031-05-06'
		});
		const asked = made.questions.filter((q) => q.prompt.includes('On _____, it went'));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			expect(q.prompt).not.toMatch(/…\s*_____/);
			expect(q.prompt).toContain('as well as others nearby');
		}
	});
});

describe('lead 42 (dev blind review): what the sentence itself tells', () => {
	const figureQuestions = (body: string) =>
		generateBank({ text: `Harwick ferry\n\n${body}`, date: '2031-05-06' }).questions.filter((q) =>
			q.factId.startsWith('fig-')
		);

	it.each<[number, string, string, boolean]>([
		[9, 'The appeal will be heard by 8 judges rather than ', ' because Judge Ola Berg stepped aside.', true],
		[7, 'The appeal will be heard by 8 judges rather than ', ' because Judge Ola Berg stepped aside.', true],
		[9, 'The board met with ', ' members instead of 10 after one seat fell vacant.', true],
		// A wider gap is the article's to tell, and a range or a change is no contrast.
		[12, 'The appeal will be heard by 8 judges rather than ', ' because two panels merged.', false],
		[9, 'The board grew from 8 members to ', ' this year.', false]
	])('contrastedByOne: %s after “%s” and before “%s” → %s', (value, before, after, expected) => {
		expect(contrastedByOne(value, before, after)).toBe(expected);
	});

	it('asks nothing of a count one off the count it is set against', () => {
		const asked = figureQuestions(
			'The ferry appeal will be heard by 8 judges rather than 9 because Judge Ola Berg has stepped aside from the case.'
		);
		expect(asked.filter((q) => q.answer === '9' || (q.type === 'flashcard' && q.answer === '9'))).toEqual([]);
	});

	it.each<[string, string, number, { least?: number; most?: number }]>([
		['A majority of riders expect the ferry to win, ', ' to 31 percent.', 56, { least: 50 }],
		// The article's word and figure disagree: the wrong choices keep the key's side, never the word's.
		['A majority of riders expect the ferry to win, ', ' to 31 percent.', 44, { most: 50 }],
		['Fewer than half of riders, ', ', pay full fare.', 38, { most: 50 }],
		// No share: a leader's title and a group's name.
		['Senate majority leader Ada Holm won ', ' of the vote.', 44, {}],
		['The survey found ', ' of minority riders use the ferry daily.', 62, {}]
	])('halfBounds: “%s_____%s” (key %d): %o', (before, after, value, { least, most }) => {
		const b = halfBounds(before, after, value);
		expect(b.least !== undefined).toBe(least !== undefined);
		expect(b.most !== undefined).toBe(most !== undefined);
		if (least !== undefined) expect(b.least!).toBeCloseTo(least, 6);
		if (most !== undefined) expect(b.most!).toBeCloseTo(most, 6);
	});

	it('never offers a share the sentence calls a majority on the other side of half', () => {
		for (let seed = 0; seed < 6; seed++) {
			const asked = generateBank({
				text: "Ferry poll\n\nThe Quay Institute polled 900 riders last week. A majority of riders expect Ada Holm to win Monday's ferry board vote, the first since the strike, at the Harwick town hall -- 44 percent to Tom Bale's 34 percent.",
				date: '2031-05-06',
				seed
			}).questions.filter((q) => q.answer === '44 percent' || /hall -- \d+ percent to/.test(q.prompt));
			expect(asked.length).toBeGreaterThan(0);
			for (const q of asked) {
				const shown =
					q.type === 'true-false'
						? [/hall -- (\d+ percent) to/.exec(q.prompt)![1]!]
						: 'choices' in q && q.choices
							? q.choices
							: [];
				for (const value of shown) expect(parseFigure(value)!.value).toBeLessThan(50);
			}
		}
	});

	it('never offers a part of every $5 above $5, nor a whole below its part', () => {
		let asked = 0;
		for (let seed = 0; seed < 6; seed++)
			for (const q of generateBank({
				text: 'Fish trade\n\nAbout $4 of every $5 worth of fish that Orla sells goes to Vesk, the trade office said on Monday.',
				date: '2031-05-06',
				seed
			}).questions) {
				const amounts = (s: string) => /About \$(\d+) of every \$(\d+)/.exec(s)?.slice(1).map(Number);
				const shown =
					q.type === 'true-false'
						? [amounts(q.prompt)!]
						: q.type === 'figure-choice'
							? q.choices.map((c) => amounts(q.prompt.replace('_____', c))!)
							: [];
				for (const [part, whole] of shown) {
					asked++;
					expect(part!).toBeLessThanOrEqual(whole!);
				}
			}
		expect(asked).toBeGreaterThan(0);
	});

	it('shows the sentence that says what "the share" is a share of', () => {
		const asked = figureQuestions(
			'Nearly 12 percent of the people of Orla and Vesk are Danish American, the census office said. In Harwick the share is 8 percent, the highest in the region.'
		).filter((q) => q.prompt.includes('In Harwick the share'));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.prompt).toContain('Danish American');
	});
});
describe('stop 42: a question shows no dateline', () => {
	it('shows the first sentence of a wire story without the place it was filed from', () => {
		const b = generateBank({
			text: 'Harbour tolls\n\nPORT ELLERY, N.S. (AP) — The harbour board raised its tolls by 12 percent on Tuesday to pay for a new breakwater.\n\nFishing crews said the rise would cost each boat about $4,000 a year.',
			date: '2031-05-08'
		});
		const shown = b.questions.filter((q) => q.evidence.start === 0);
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(`${q.prompt} ${q.explanation}`).not.toMatch(/PORT ELLERY|\(AP\)/);
	});
});

describe('craft57a: a count whose parts follow it after a comma', () => {
	it.each([
		['_____ councillors, seven Greens and two Liberals, did not vote.', 9, true],
		['Nine councillors, _____ Greens and two Liberals, did not vote.', 7, true],
		['_____ soldiers, two Britons and an American, were killed.', 3, true],
		['_____ councillors, seven of them Greens, did not vote.', 9, false],
		['_____ boats left, and two ferries sailed at noon.', 2, false]
	])('“%s” (key %d) adds up: %s', (rest, value, expected) => {
		expect(partsAddUp(value, rest)).toBe(expected);
	});
});

describe('craft57a: the two sides of one vote keep their order', () => {
	it.each([
		['The vote had 237 representatives in favor and ', ' opposed.', 192, { most: 237 }],
		['The vote had ', ' representatives in favor and 192 opposed.', 237, { least: 192 }],
		['The board voted, ', ' votes for and 3 against.', 9, { least: 3 }],
		['The house sold ', ' homes for cash and 40 for credit.', 12, {}]
	])('“%s_____%s” (key %d) bounds its choices %o', (before, after, value, bounds) => {
		const got = tallyBounds(before, after, value);
		expect(Object.keys(got)).toEqual(Object.keys(bounds));
		for (const [k, v] of Object.entries(bounds)) expect(got[k as 'least']).toBeCloseTo(v as number);
	});
});

describe('craft 59a: a figure’s or date’s sentence that opens mid-sentence is no prompt', () => {
	it.each([
		['various regulatory actions including an indictment against 15 traders this month.', true],
		["a 'two-word obscenity' written inside the cover of a book.", true],
		[
			'Was not included in the sale — in early October 2031 it was announced that the unit would close.',
			true
		],
		['Has also been fined $40,000 by the board.', true],
		['eBay sold 40 boats in May.', false],
		['de Villepin said 40 boats sank.', false],
		['Was the sale worth $40,000?', false],
		['The board sold 40 boats in May.', false],
		// Lead 66 (wn3 test after the merge): an interview answer split from its question answers nothing shown.
		['Yes, from 1967 through 1984 I campaigned for congressmen.', true],
		['No. The city claims that 40% of its budget goes to the province.', true],
		['Nobody sold 40 boats in May.', false]
	])('“%s” opens mid-sentence: %s', (sentence, expected) => {
		expect(opensMidway(sentence)).toBe(expected);
	});
});

describe('craft 62: a body’s quoted definition is asked as it stands', () => {
	it.each([
		[
			'Class II, which the USDA describes as "',
			'a health hazard situation where there is a remote risk',
			true
		],
		['a term the board defines as “', 'the share of boats that were sold', true],
		['The levy, described by Doe as “', 'a tax that hurts the poor', false],
		['Doe said it was "', 'a plan that we have to work on', false],
		['which the USDA describes as "', 'something that we have to work on', false]
	])('before “%s”, “%s”: %s', (before, quote, expected) => {
		expect(definitionQuoted(before, quote)).toBe(expected);
	});

	it('keeps the who-said card of a definition whose relative clause holds its only verb', () => {
		const made = generateBank({
			text:
				'Harbour recall\n\nThe Harwick Harbour Board recalled 40 boats on Monday. The recall has been designated as Class II, which the board describes as "a hazard where there is a remote probability of harm from the use of the boat."\n\n' +
				'"We continue to look into whether any rules were broken," said board chair Ana Roe. "We found the fault on May 3," said inspector Jo Doe.',
			date: '2031-05-08'
		}).questions;
		expect(made.some((q) => q.prompt.includes('“a hazard where there is a remote probability'))).toBe(true);
	});
});

describe('craft 62: "the same day" asked only with what it shares, and only as one day', () => {
	it.each([
		['the same day', '2005-03-30', ' by a vote of 25-10.', false],
		['the time', '2006-11-23', ', with pictures of Roe in hospital.', false],
		['that time', '2007-10', ' his staff denied the reports.', false],
		['the same day', '2005-08-29/2005-09-04', '.', false],
		['the same day', '2005-08-29/2005-09-04', ' that the conference opens.', false],
		['the same day', '2008-04-06', ' that troops fired on protesters, killing 8.', true],
		['the time', '2019-03-03', ' that the crews walked out, the union said so.', true]
	] as const)('“%s” (%s) before “%s”: %s', (answer, value, after, expected) => {
		expect(sharedTimeTold(answer, value, after)).toBe(expected);
	});
});

describe('craftb 45: a question shows no page label', () => {
	it('asks the first sentence of a page without its category label', () => {
		const b = generateBank({
			text: 'Harbour tolls rise\n\nEconomy and business The Harwick harbour board raised its tolls by 12 percent on Tuesday to pay for a new breakwater.\n\nFishing crews said the rise would cost each boat about $4,000 a year.',
			date: '2031-05-08'
		});
		const shown = b.questions.filter((q) => q.evidence.start === 0 && q.type !== 'flashcard');
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(`${q.prompt} ${q.explanation}`).not.toMatch(/business/);
	});

	it('shows no dateline that opens on its date', () => {
		const b = generateBank({
			text: 'Harbour tolls rise\n\nMay 6, 2031 PORT ELLERY - The harbour board raised its tolls by 12 percent to pay for a new breakwater.\n\nFishing crews said the rise would cost each boat about $4,000 a year.',
			date: '2031-05-08'
		});
		const shown = b.questions.filter((q) => q.evidence.start === 0);
		expect(shown.length).toBeGreaterThan(0);
		for (const q of shown) expect(`${q.prompt} ${q.explanation}`).not.toMatch(/PORT ELLERY|May 6/);
	});
});

describe('craftb 45: a cut never splits a name', () => {
	it.each<[string, string | undefined, boolean]>([
		['Mike', 'Doran', true],
		['United', 'Kingdom', true],
		['Sport', '&', true],
		['&', 'Recreation', true],
		['Ardmore,', 'Harwick', false],
		['Ardmore.', 'The', false],
		['harbour', 'Board', false],
		['Ardmore', 'council', false],
		['Ardmore', undefined, false]
	])('“%s | %s”: %s', (last, next, split) => expect(splitsName(last, next)).toBe(split));

	it('cuts a long quote before the name it would split', () => {
		const quote =
			'We have waited eleven years for the new quay and the families of the town were promised again and again ' +
			'by the harbour board that the Ardmore Harbour Trust would pay for it';
		const cut = shorten(quote, 28);
		expect(cut).toMatch(/ …$/);
		expect(cut).not.toMatch(/(?:Ardmore|Harbour|Trust) …$/);
	});

	it('cuts a blank’s sentence before the name it would split', () => {
		const sentence =
			'The harbour board raised its tolls by 12 percent on Tuesday, and the rise was approved at a meeting chaired by Harbour Master Jo Doran of Ardmore.';
		const at = sentence.indexOf('12 percent');
		const cut = blankAt(sentence, at, '12 percent'.length, 22);
		expect(cut).toMatch(/ …$/);
		expect(cut).not.toMatch(/(?:Harbour|Master|Jo) …$/);
	});
});

describe('stop 42: no blank opens a word joined by a hyphen', () => {
	it.each([
		['-era cinema on the square.', true],
		['-an-hour wage for cleaners.', true],
		['-long stay in Lisbon.', true],
		['-Mayor Jo Doe said.', true],
		['-year-old baker from Harwick.', false],
		[' -- a record for the club.', false],
		[' on Tuesday.', false]
	])('“_____%s”: %s', (after, compound) => expect(opensCompound(after)).toBe(compound));
});

describe('craftb 44: the month or year the article came out is no fact to learn', () => {
	it.each<[string, string, string, boolean]>([
		['2016-10', 'October', '2016-10-12', true],
		['2016-10', 'October 2016', '2016-10-12', true],
		['2016', '2016', '2016-10-12', true],
		['2016-10', 'late October', '2016-10-12', false],
		['2016-10-03', 'October 3', '2016-10-12', false],
		['2016-09', 'September', '2016-10-12', false],
		['2015', '2015', '2016-10-12', false],
		['2016-06/2016-08', 'the summer', '2016-10-12', false]
	])('%s (“%s”) in an article of %s: %s', (value, core, articleDate, known) => {
		expect(ofPublication(value, articleDate, core)).toBe(known);
	});

	it('asks the dates of a report but not its month of publication', () => {
		const made = generateBank({
			text: 'Harbour dredging delayed\n\nThe Port of Ardmore said in October that its dredging contract had been delayed. The harbour board first approved the contract on March 3, 2015, after a long dispute with the fishing fleet.',
			date: '2016-10-12'
		}).questions;
		expect(made.filter((q) => /October/.test(q.answer))).toEqual([]);
		expect(made.some((q) => q.answer.startsWith('March 3'))).toBe(true);
	});
});

describe('craft 47: a typed figure shows the bare number a student types as accepted', () => {
	it.each([
		['six', 6, '6'],
		['$68', 68, '68'],
		['68 per cent', 68, '68'],
		['$1.2 million', 1.2e6, '1.2 million'],
		['twelve thousand', 12000, '12,000']
	])('"%s" is also taken as "%s"', (answer, value, bare) => {
		expect(bareFigure(answer, value)).toBe(bare);
	});

	it('adds none when the bare number is another amount ("55 cents" is 0.55 dollars)', () => {
		expect(bareFigure('55 cents', 0.55)).toBeUndefined();
	});

	it.each([
		['half', 50, '50%'],
		['three-quarters', 75, '75%'],
		['a third', 33.3, '1/3'],
		['two-thirds', 66.67, '2/3']
	])(
		'dev review (stop 49): a fraction "%s" is also taken as the share in figures, "%s"',
		(answer, value, form) => {
			expect(bareFigure(answer, value)).toBe(form);
		}
	);

	it('writes an accepted form only when it differs from the key: no "also accepted 1990" for "1990"', () => {
		expect(withAlternative('1990', '1990')).toEqual({});
		expect(withAlternative(undefined, 'six')).toEqual({});
		expect(withAlternative('1990-03', 'March 1990')).toEqual({ alternatives: ['1990-03'] });
	});
});

describe('craft 47: no typed year told by the year joined to it', () => {
	it.each([
		['She chaired the board in ', ' and 2011.', '2010', true],
		['The pier was shut from 1998 to ', '.', '1999', true],
		['It ran in 2004, ', ' and 2006.', '2005', true],
		['She chaired the board in ', ' and 2014.', '2010', false],
		['The pier was shut in ', '.', '1999', false]
	])('“%s_____%s” keyed %s: %s', (before, after, answer, expected) => {
		expect(nextInSequence(before, after, answer)).toBe(expected);
	});
});

it('lead 48: a vague amount ("hundreds of monitors") gets no choice of magnitudes, and keeps its flashcard', () => {
	const made = generateBank({
		text:
			'Harbour vote\n\nHundreds of monitors from nine countries watched the harbour vote in Ardmore on Sunday, the council said.\n\n' +
			'The council said millions of dollars had been spent on the new harbour wall since the storm.',
		date: '2024-05-14'
	}).questions;
	const vague = made.filter((q) => /^(?:Hundreds|millions of dollars)$/.test(q.answer));
	expect(vague.map((q) => q.type)).toContain('flashcard');
	expect(vague.filter((q) => q.type === 'figure-choice')).toEqual([]);
});

it('lead 48: a question’s figure or date is not asked: it asserts nothing ("Are these the top three issues?")', () => {
	const made = generateBank({
		text:
			'Harbour interview\n\nThe harbour master of Ardmore answered readers’ questions on the new sea wall this week.\n\n' +
			'Are these the same three issues that mattered to Ardmore’s people in 2019?: The sea wall still comes first, and it will cost $4 million.',
		date: '2024-05-14'
	}).questions;
	expect(made.filter((q) => /three|2019/.test(q.answer))).toEqual([]);
	expect(made.some((q) => q.answer === '$4 million')).toBe(true);
	const told = generateBank({
		text:
			'Harbour debate\n\nDuring Monday’s debate, the moderator asked the four candidates one question: Who will pay for the harbour wall?\n\n' +
			'The harbour master of Ardmore said the new sea wall would take two years to build and cost $4 million.',
		date: '2024-05-14'
	}).questions;
	expect(told.some((q) => /four|Monday/.test(q.answer))).toBe(true);
});

describe('dev review dr50: a figure whose number the sentence writes again in another unit', () => {
	it('blanks no "0.002 cents" beside "0.002 dollars", still the same figure where it stands alone', () => {
		const text =
			'Clerks confuse dollars and cents\n\n' +
			'Ada Quill of Harwick was billed 71 dollars for data she was told would cost 0.002 cents a kilobyte. ' +
			'When she phoned the Kell help desk, she said she also learned that several Kell agents believe 0.002 cents ' +
			'is equal to 0.002 dollars.\n\nKell said it would look into the matter.';
		const bank = generateBank({ text, id: 'units', date: '2024-05-02' });
		const blanked = bank.questions.filter((q) => q.prompt.includes('_____'));
		expect(blanked.some((q) => q.prompt.includes('cost _____ a kilobyte'))).toBe(true);
		expect(blanked.filter((q) => q.prompt.includes('equal to 0.002 dollars'))).toEqual([]);
	});
});

describe('stop 50: a date the words before its blank make a bound', () => {
	it('stop 50: "less than _____" before a date blank gets no choice question, "over the weekend" does', () => {
		expect(dateBoundBefore('The pair settled, less than ')).toBe(true);
		expect(dateBoundBefore('The repairs must be done within ')).toBe(true);
		expect(dateBoundBefore('The talks went on over ')).toBe(false);
		expect(dateBoundBefore('Campaigns raced in the lead up to ')).toBe(false);
		expect(dateBoundBefore('The bridge reopened on ')).toBe(false);
		const made = generateBank({
			text: 'Harbour dispute\n\nThe ferry company and the dock workers reached a settlement on Tuesday, less than an hour before the strike was to begin at the port of Valmere.',
			date: '2014-03-06'
		}).questions;
		expect(made.filter((q) => q.type === 'date-choice' && /less than _____/.test(q.prompt))).toEqual([]);
	});
});

describe('craft71: a bound reaches its figure past a comma, a spaced currency or a bracket', () => {
	it('craft71: "at least, probably far in excess of, _____", "over US $_____", "less than a dime (US$_____)" are bounds', () => {
		for (const [before, expected] of [
			['there would have been at least, probably far in excess of, ', true],
			['he had failed to pay over US $', true],
			['he had failed to pay over US ', true],
			['each call costs less than a dime (US$', true],
			['the prize was worth over ten million yen ($', true],
			['the paintings were sold over the $', false],
			['When the vote was held, ', false],
			['the deal was worth a dime (US$', false]
		] as const)
			expect(boundedBefore(before), before).toBe(expected);
		const made = generateBank({
			text: 'Harwick budget\n\n"The council reckons that there would have been at least, probably far in excess of, 4,000 more jobs lost in the town had it not stepped in," the mayor of Harwick, Ada Roe, said.',
			date: '2031-05-04'
		}).questions;
		expect(made.filter((q) => q.type === 'true-false' && q.answer === 'False')).toEqual([]);
		expect(made.filter((q) => q.type === 'figure-choice')).toEqual([]);
	});
});

describe('craft71: "over" before a count of time back is a bound', () => {
	it('craft71: "over _____" for "three months ago" gets no choice question; "over the weekend" and "just over" stay dates', () => {
		expect(dateBoundBefore('The strike has gone on since the vote over ', 'three months ago')).toBe(true);
		expect(dateBoundBefore('The mill was built under ', 'a century ago')).toBe(true);
		expect(dateBoundBefore('The talks went on over ', 'the weekend')).toBe(false);
		expect(dateBoundBefore('The talks went on over ', 'Easter')).toBe(false);
		expect(dateBoundBefore('Doe turned himself in just over ', 'two weeks ago')).toBe(false);
		const made = generateBank({
			text: 'Valmere strike\n\nThe dock strike at the port of Valmere has gone on since the workers voted to walk out over three months ago, and no talks are planned.',
			date: '2014-03-06'
		}).questions;
		expect(made.filter((q) => q.type === 'date-choice' && /over _____/.test(q.prompt))).toEqual([]);
	});
});

describe('stop 50: "half" before a determiner', () => {
	it('stop 50: "half" before a determiner is no blank: the grammar answers it', () => {
		expect(halfBeforeDeterminer('half', ' the island, the rebels said.')).toBe(true);
		expect(halfBeforeDeterminer('nearly half', ' its members voted.')).toBe(true);
		expect(halfBeforeDeterminer('half', ' of the island.')).toBe(false);
		expect(halfBeforeDeterminer('a third', ' the island.')).toBe(false);
		const made = generateBank({
			text: 'Island talks\n\nThe rebels now hold half the island of Korvel, a spokesman for the army of Astrania said on Monday.',
			date: '2014-03-06'
		}).questions;
		expect(made.filter((q) => /_____ the island/.test(q.prompt))).toEqual([]);
	});
});

describe('stop 50: a share in words', () => {
	it('stop 50: a share in words gets no typed question', () => {
		expect(fractionInWords('half')).toBe(true);
		expect(fractionInWords('nearly a third')).toBe(true);
		expect(fractionInWords('two-thirds')).toBe(true);
		expect(fractionInWords('30 percent')).toBe(false);
		expect(fractionInWords('three')).toBe(false);
		const made = generateBank({
			text: 'Youth poll\n\nNearly half of the students surveyed by the Korvel institute said that they would not vote in the coming election.',
			date: '2014-03-06'
		}).questions;
		expect(made.filter((q) => q.type === 'figure-typed')).toEqual([]);
	});
});

describe('stop 50: a headline that puts another number in the compound', () => {
	it('stop 50: no blank in "a _____-year low" under a headline of a "30-year low"', () => {
		const title = 'Korvel jobless rate at 30-year low';
		expect(headlineCompoundDiffers(title, 28, '28', '-year low at 4 per cent.')).toBe(true);
		// The unit written on the blanked figure itself.
		expect(headlineCompoundDiffers(title, 28, '28-year', ' low at 4 per cent.')).toBe(true);
		expect(headlineCompoundDiffers(title, 30, '30-year', ' low at 4 per cent.')).toBe(false);
		expect(headlineCompoundDiffers('Korvel jobless rate at new low', 28, '28-year', ' low.')).toBe(false);
		expect(headlineCompoundDiffers(title, 28, '28', ' years after the war.')).toBe(false);
	});
});

describe('stop 51: figure and date questions a teacher would reject (W7)', () => {
	it.each([
		['2031', ['2029', '2030', '2031', '2032'], 'Varn to open new ferry line in 2031', true],
		['May 3', ['May 1', 'May 2', 'May 3', 'May 4'], 'Varn ferry line opens May 3', true],
		// Words every choice shares tell nothing; a headline without the key's own word does not either.
		['May 3', ['May 1', 'May 2', 'May 3', 'May 4'], 'Varn ferry line opens in May', false],
		['2031', ['2029', '2030', '2031', '2032'], 'Varn to open new ferry line', false]
	])(
		'a date choice whose key %s the headline tells apart from %o (“%s”): %s',
		(answer, choices, title, expected) => {
			expect(titleTellsApart(answer, choices, title)).toBe(expected);
		}
	);

	it('asks nothing of "every time", which opens a clause as "whenever" does', () => {
		const text =
			'Ferry row\n\n“Imagine if I filed a complaint every time my town was mocked,” the Varn mayor, Ada Roe, said on Monday.\n\nThe ferry will sail again on May 3, the board said.';
		const made = generateBank({ text, date: '2031-04-12' }).questions;
		expect(made.filter((q) => /every time/i.test(q.answer))).toEqual([]);
		expect(made.some((q) => /May 3/.test(q.answer))).toBe(true);
	});

	it.each([
		[2031, 'The assembly will vote on the state budget for ', ' today.', true],
		[2031, 'Critics said the ', ' budget cuts school funds.', true],
		// Another year, or no budget: the article's fact.
		[2033, 'Critics said the ', ' budget cuts school funds.', false],
		[2031, 'The ferry will sail again in ', ', the board said.', false]
	])('a budget for the year after the article’s (%i), “%s_____%s”: %s', (year, before, after, expected) => {
		expect(comingBudget(year, '2030-12-06', before, after)).toBe(expected);
	});

	it.each([
		[' towns-Beit Hanoun, Beit Lahiya, Jabaliya and Rafah had been targeted.', true],
		[' towns — Varn, Ostry and Pell — voted no.', true],
		[' rivals: Ana Lee and Ben Cole.', true],
		// A list opened by a word names only some; a hyphenated word is no dash; one name is no list.
		[' towns, including Varn and Ostry, voted no.', false],
		[' anti-Varn protests hit Ostry and Pell.', false],
		[' towns — Varn among them — voted no.', false]
	])(
		'issue 9 (W20): names set off after a count’s noun count it, whatever the count, “_____%s”: %s',
		(after, expected) => {
			expect(dashedListMiscounts(after)).toBe(expected);
		}
	);

	it.each([
		[
			'2029-10',
			'October 2029',
			'Sales are down from last year, when the first days of ',
			' brought 272.',
			true
		],
		['2029', '2029', 'Next year will be harder than ', ', the mayor said.', false],
		['2032', '2032', 'Work starts next year and ends in ', '.', false],
		['2031', '2031', 'The line opens next year, in ', '.', true],
		// A day or a month in that year is more than the sum; a year the words do not count is the article's fact.
		['2029-10-03', 'October 3', 'The same day last year, ', ', saw 272.', false],
		['2031-02', 'February', 'The House sits again ', ', next year.', false],
		['2027', '2027', 'Unlike last year, the ', ' season was dry.', false],
		// lead 72 (W37, held out): a span of years counted from the article's year gives the key too.
		['1933', '1933', 'The ferry has sailed for 97 years, beginning in ', '.', true],
		['2015', '2015', 'The pact was signed fifteen years ago, in ', '.', true],
		['2040', '2040', 'The ten-year plan ends in ', '.', false],
		['2015-06', 'June 2015', 'The pact was signed fifteen years ago, in ', '.', false],
		['1990', '1990', 'The ferry has sailed for 97 years; its hull was rebuilt in ', '.', false],
		['2028', '2028', 'A one-year contract was signed in ', '.', false]
	])(
		'issue 9 (W20): a year the sentence counts from the article’s (2030) is a sum, %s (“%s”) in “%s_____%s”: %s',
		(value, core, before, after, expected) => {
			expect(relativeYearTold(value, '2030-12-06', core, before, after)).toBe(expected);
		}
	);

	it.each([
		[' children Mara, 14, and Tom, 9, at the fair.', 2, true],
		[' grandsons Ned Ash, 20, Lee, 17, and Bo, 12.', 3, true],
		[' children Mara, 14, and Tom, 9, at the fair.', 3, false],
		[' children in Varn and Ostry, the council said.', 2, false]
	])(
		'a count the names after its noun give with their ages, “_____%s” (%i): %s',
		(after, value, expected) => {
			expect(agedNamesCounted(value, after)).toBe(expected);
		}
	);

	it('offers no choice for a change and its new level read as a range ("fell $1.85 to US$51.86")', () => {
		const text =
			'Ferry fuel falls\n\nFerry fuel has been close to record levels recently, but Varn diesel fell $2.35 to US$48.62 on Tuesday, after the port board issued a forecast that fees would slow demand.\n\n' +
			'Fuel had cost between $40 and $45 a barrel in the spring, the board said in its report on the harbour.';
		for (let seed = 1; seed <= 4; seed++) {
			const choices = generateBank({ text, date: '2031-04-12', seed }).questions.filter(
				(q) => q.type === 'figure-choice'
			);
			expect(choices.filter((q) => /48\.62/.test(q.answer))).toEqual([]);
		}
	});
});

describe('craft 51: words in lower case with no clause of their own are stated as someone’s only with their lead-in', () => {
	it.each([
		['most honest in a long time', true],
		['something that we have to work on', true],
		['an important partner in the harbour trade', true],
		['a quay as long as the old one', true],
		['the plan suits the town. Our pledge as a council is plain', false],
		['painful and difficult, but historic day', true],
		['all these repairs are clearly being made on the cheap', false],
		['it posed and possibly still poses risks to the pier', false],
		["the harbour board can't pay for the dredging", false],
		['while the mayor dithered, the pier collapsed', false],
		['the current plan works well if the tide is low', false],
		['the losses of skippers in the long winter', true]
	])('%s → %s', (quote, expected) => {
		expect(clauseless(quote)).toBe(expected);
	});

	it('states no phrase shown alone as someone’s in a true-or-false', () => {
		const text =
			'Harbour vote\n\n' +
			'Mayor Dana Reyes called the new pier plan the "most honest in a long time and the cheapest one too" at the meeting. ' +
			'"We have waited far too long for a crossing like this one," said Tom Hart, a shop owner. ' +
			'"The old road has been a danger to every child who walks to school," said Ruth Cole, a teacher. ' +
			'"Our members want the work finished before the winter comes," said Paul Smith, the union leader.';
		const bank = generateBank({ text, id: 'clauseless', date: '2024-05-02' });
		for (const q of bank.questions)
			if (q.type === 'true-false') expect(q.prompt).not.toMatch(/said “most honest/);
	});
});

describe('craft 51: a spokesman and the one he speaks for are never set against each other', () => {
	const entity = (name: string, role = ''): Entity => ({ ...speakerEntity(name), role });

	it('reads "a spokesman for Avner" as speaking for Eli Avner, and for nobody else', () => {
		const rafi = entity('Rafi Dov', 'a spokesman for Avner');
		expect(speaksFor(rafi, entity('Eli Avner', 'the president'))).toBe(true);
		expect(speaksFor(entity('Eli Avner'), rafi)).toBe(true);
		expect(speaksFor(rafi, entity('Ona Lusk', 'the prime minister'))).toBe(false);
		expect(speaksFor(entity('Ona Lusk', 'an adviser to Avner'), entity('Eli Avner'))).toBe(false);
		expect(speaksFor(entity('Ona Lusk', 'Avner’s communications director'), entity('Eli Avner'))).toBe(true);
	});

	it('offers no principal beside his spokesman in a who-said or a true-or-false', () => {
		const text =
			'Talks halted\n\n' +
			'President Eli Avner met his cabinet on Monday. "The talks are suspended, as are all contacts on all levels, ' +
			'because such talks have no meaning now," said Rafi Dov, a spokesman for Avner. ' +
			'"Halting the talks is a mistake that helps nobody in the region," said Ona Lusk, the prime minister. ' +
			'"Nothing will stop us from protecting the border towns this winter," said Ivo Marsh, the defence minister. ' +
			'"We urge both sides to return to the table within a week," said Elin Sato, an envoy. ' +
			'"Our people have suffered enough in this long war," said Eli Avner at a rally.';
		const bank = generateBank({ text, id: 'spokes', date: '2024-05-02' });
		const pair = ['Eli Avner', 'Rafi Dov'];
		const asked = bank.questions.filter((q) => q.type === 'who-said' && pair.includes(q.answer));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked)
			if (q.type === 'who-said') expect(q.choices.filter((c) => pair.includes(c))).toEqual([q.answer]);
		for (const q of bank.questions)
			if (q.type === 'true-false' && q.factId.startsWith('quote'))
				expect(q.prompt).not.toMatch(
					/^True or false: (?:Eli Avner said “The talks|Rafi Dov said “Our people)/
				);
	});
});

describe('craft 51: a prompt cut at its end leaves no quote opened on its last words', () => {
	it('cuts before a quote it could show only a word or two of ("… knowing the figure ‘would …’")', () => {
		const sentence =
			'Ann Lee said the new pier cost $4 million and that the board, when asked about it, claimed that knowing ' +
			'the figure "would breach the secrecy rules".';
		const at = sentence.indexOf('$4 million');
		const cut = blankAt(sentence, at, '$4 million'.length, 22);
		expect(cut).toMatch(/knowing the figure …$/);
		expect(blankAt(sentence, at, '$4 million'.length, 30)).toMatch(/‘would breach the secrecy rules’\.$/);
	});
});

describe('craft 55: a who-said offers no speaker the quote sets on another side', () => {
	const entity = (name: string, role = ''): Entity => ({ ...speakerEntity(name), role });
	const abbas = entity('Omar Haddad', 'Palestinian President');
	const sharon = entity('Avi Levin', 'Israeli Prime Minister');

	it.each([
		['We tell the Israeli people, you have chosen the right path', abbas, sharon, true],
		['the future of the state of Israel is at stake', sharon, abbas, true],
		[
			'Russia has treacherously broken its word',
			entity('Ana Gelovani', 'Georgian envoy'),
			entity('Ivan Orlov', 'Russian Foreign Minister'),
			true
		],
		[
			'the main target is the US',
			entity('Li Wen', 'professor at a university in China'),
			entity('Sam Cole', 'U.S. spokesman'),
			true
		],
		[
			'The European Union has a consistent stand',
			entity('Erik Lind', 'Finnish minister and President of the European Union'),
			entity('Ali Sabah', 'Iraqi adviser'),
			true
		],
		// Both on the side the quote names, or one whose role names no side: nothing to tell them apart.
		['Israel and Lebanon must talk', sharon, entity('Nabih Aoun', 'Lebanese Speaker'), false],
		[
			'We tell the Israeli people, you have chosen the right path',
			abbas,
			entity('Dan Golan', 'Defence Minister'),
			false
		],
		// A city lies inside a country, and a continent holds many: "a new Europe" is any European leader's.
		[
			'The Republic of France is about the security of all',
			entity('Paul Roux', 'former mayor of Toulouse'),
			entity('Jean Morel', 'Interior Minister of France'),
			false
		],
		[
			'From this old continent, a new Europe is born',
			entity('José Lima', 'European Commission President'),
			entity('Marc Duval', 'French President'),
			false
		],
		['It hurts nobody in particular', abbas, sharon, false]
	])('“%s”', (quote, key, other, apart) => expect(sidesApart(quote, key, other)).toBe(apart));

	it('leaves to its flashcard a quote only one side could say, in a who-said or a what-said', () => {
		const text =
			'Pullout begins\n\n' +
			'"We tell the Israeli people: you have chosen the right path, and we will not accept clashes," said ' +
			'Palestinian President Omar Haddad. ' +
			'"The evacuation is going ahead faster than we planned for this week," said Israeli Prime Minister Avi Levin. ' +
			'"Our soldiers have been told to show restraint at every one of the settlements," said Israeli army chief ' +
			'Dan Harel. ' +
			'"The settlers will be moved out of the towns by the end of the month," said Israeli Defence Minister Eli Mor.';
		const bank = generateBank({ text, id: 'sides', date: '2024-05-02' });
		const asked = bank.questions.filter((q) => q.type === 'who-said');
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.some((q) => q.answer === 'Omar Haddad')).toBe(false);
		expect(bank.questions.some((q) => q.type === 'what-said' && q.prompt.includes('Omar Haddad'))).toBe(
			false
		);
		expect(bank.questions.some((q) => q.type === 'flashcard' && q.answer.startsWith('Omar Haddad'))).toBe(
			true
		);
	});
});

describe('craft 57b: the sides a lead-in names count as the quoted words’ do', () => {
	it('offers no one of the other side for a statement whose lead-in names one side only', () => {
		const text =
			'Talks stall\n\n' +
			'Palestinian President Omar Haddad said Israel was dragging its feet "to buy time for more building". ' +
			'"The evacuation is going ahead faster than we planned for this week," said Israeli Prime Minister Avi Levin. ' +
			'"Our soldiers have been told to show restraint at every one of the settlements," said Israeli army chief ' +
			'Dan Harel. ' +
			'"The settlers will be moved out of the towns by the end of the month," said Israeli Defence Minister Eli Mor.';
		const bank = generateBank({ text, id: 'sides-lead-in', date: '2024-05-02' });
		const asked = bank.questions.filter((q) => q.prompt.includes('dragging its feet'));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			expect(q.type).not.toBe('who-said');
			if (q.type === 'true-false') expect(q.prompt).toMatch(/^True or false: Omar Haddad/);
		}
	});
});

describe('craft 55: a transcript line with a speaker label is copied into no prompt', () => {
	it.each([
		['WN: I thought we might look at what happened during the past year.', true],
		[
			'MAYOR NAGIN: My biggest mistake is having a fundamental assumption about the $18 billion budget.',
			true
		],
		["'''Brock:''' As of the press conference on May 3, some exhibitors remarked on it.", true],
		["And it came from that.::'Mario:' I always do that, ever since 2006.", true],
		["How did you two meet? thumb::'Isabel:' We met back in high school.", true],
		// The forms quotes.ts reads as a transcript's label too (one definition, `WIKI_SPEAKER_LABEL`).
		["We never said that.: 'Mr. Burns:' Then who did, on March 4?", true],
		["The well was capped.:'BP': We capped it on July 15.", true],
		// A colon after the sentence's own words, or a clock time, is no label.
		['The sign read: For Sale, 5 commercial parcels.', false],
		['The council met at 10:30 on Tuesday and voted 5 to 2.', false],
		['Police said the driver, 42, was not hurt.', false]
	])('%s', (sentence, label) => expect(garbled(sentence)).toBe(label));
});

describe('craft59b: a bracket opened or closed on a comma is a name the copy cut out', () => {
	it.each([
		['Ann Cole (Labor,) was removed for calling Bo Diaz (Liberal,) an "idiot".', true],
		['Harbour minister Cy Evans (,) told the House the pier would reopen.', true],
		['Ann Cole (Labor, Harlow) was removed from the House on Tuesday.', false]
	])('%s', (sentence, label) => expect(garbled(sentence)).toBe(label));
});

describe('craft 55: a capital the text writes in lower case too is no cloze key', () => {
	it('blanks no "Energy" opening a quote among company names', () => {
		const text =
			'Clean power\n\n' +
			'Polaris Ventures invested in GreenFuel Technologies, said the International Energy Association. ' +
			'Pacific Ethanol Inc plans a plant for the clean energy market. ' +
			'According to a poll conducted by CBS News, Americans see gas prices as a top concern. ' +
			'Draper Fisher Jurvetson also invested in GreenFuel Technologies Corporation of Cambridge. ' +
			'"Energy has got to be one of the top five problems the world faces, and now it is time for the ' +
			'entrepreneurs to try," said Bob Metcalfe, a founder of Polaris Ventures. ' +
			'"We will build the new plant in California within two years of the deal," said Ana Ruiz of Pacific Ethanol Inc.';
		const bank = generateBank({ text, id: 'energy', date: '2024-05-02' });
		for (const q of bank.questions) if (q.type === 'cloze') expect(q.answer).not.toBe('Energy');
	});
});

describe('craft 55: no lead-in that names its own speaker', () => {
	it('asks nothing of “… its shutdown “is a one-off event”” read after "According to the University of Kell"', () => {
		const text =
			'Services close\n\n' +
			'Schools and offices shut across the state on Monday as the storm hit the coast. ' +
			'According to the University of Kell its shutdown "is, at this stage, a one-off event." ' +
			'"We will reopen every campus as soon as the roads are safe again," said Ana Ruiz, a dean at the university. ' +
			'"The storm is the worst this coast has seen in thirty years of records," said Tom Hart, a forecaster.';
		const bank = generateBank({ text, id: 'lead-in-names', date: '2024-05-02' });
		for (const q of bank.questions) expect(q.prompt).not.toMatch(/Who said the University of Kell/);
	});
});

describe('craft 57b: a statement in someone’s own voice is not true or false “according to the article”', () => {
	it.each([
		['I had to give them shelter and keep away the bad people for two and a half months.', true],
		['The talks, as I understand it, concern some 80,000 rifles.', true],
		['Yet we would only need an additional 0.2% to be eligible for six seats.', true],
		['Thousands of Irish came here to our soil.', true],
		["I'm told 40 people died.", true],
		['Seven & I is the owner of the 7-Eleven chain.', false],
		['Police Chief I Made Pastika said three men were held.', false],
		['Judge Walton sentenced I. Lewis ‘Scooter’ Libby to 30 months in prison.', false],
		['In 2002, 59,566 votes were cast for the CDU in Dresden I and caused them to lose the seat.', false],
		['Officials said “we will pay $5 million” to the families.', false],
		['US exports to Iowa fell 4 percent.', false]
	])('%s → %s', (statement, expected) => {
		expect(ownVoice(statement)).toBe(expected);
	});

	it('asks a first-person sentence of the text by its choice, never as a true-or-false of the article', () => {
		const made = generateBank({
			text:
				'Harbour keeper tells of the flood\n\nMarta Ilves kept the harbour open through the storm.\n\n' +
				'I had to keep the pumps running for 14 days while the water stood in the lower town.\n\n' +
				'The town council met on Tuesday to count the cost.',
			date: '2024-05-06'
		});
		const asked = made.questions.filter((q) => q.prompt.includes('keep the pumps running'));
		expect(asked.map((q) => q.type)).toContain('figure-choice');
		expect(asked.some((q) => q.type === 'true-false')).toBe(false);
	});
});

describe('craft58b: no cloze key the quote’s own words name', () => {
	it.each([
		['the Korvel Federation', 'under Korvelian law, a citizen of  cannot be handed over', true],
		['Korvel', 'Shame on ! I am not drinking any Korvelian beer!', true],
		['the United States', 'the United Nations and  will talk', false],
		['Tolla', 'under Korvelian law, a citizen of  cannot be handed over', false],
		['the Russian Federation', 'under Russian law, a citizen of  cannot be handed over', true],
		// craft59b: a country and its people written apart before the fifth letter.
		['China', 'the wrong attitude the Chinese people saw  take', true],
		['Iraq', 'Iraqi forces will hold  together', true],
		['Turkey', 'the Turkish army entered  last week', true],
		['Cuba', 'a Cuban delegation visited  and Peru', true],
		['Chad', 'Chadwick flew to  on Monday', false],
		['Iran', 'Ireland and  signed the deal', false]
	])('%s around “%s”: %s', (key, around, expected) => {
		expect(echoedAround(key, around)).toBe(expected);
	});
});

describe('craft58b: a lead-in damaged by its copy is shown in no prompt', () => {
	it('asks nothing of a quote whose lead-in holds a link or a name cut out', () => {
		const bank = generateBank({
			text:
				'Harbour plan\n\n' +
				'"The pier will reopen in June after the repairs," said Anna Brisk, who runs the harbour.\n\n' +
				'"The ferries will wait for the tide and the new deck," said Otto Frey, the chairman of the ferry guild.\n\n' +
				'Lena Moss said the was sent to the harbour to "show the town that the pier is safe for every boat".\n\n' +
				'Kai Dunn said [http://www.korvel.example/news Ilse Marr] called the plan "a waste of good money and time".',
			date: '2027-05-04'
		});
		for (const q of bank.questions) expect(q.prompt).not.toMatch(/\bthe was\b|http/);
	});
});

describe('craft 60a: "between our _____ countries" counts a pair', () => {
	it.each([
		['normal relations between our ', ' countries', true],
		['a long bond between their ', ' families', true],
		['a gap between the ', ' countries', false],
		['between our ', ', and', false]
	])('betweenOwnPair: “%s_____%s” → %s', (before, after, expected) => {
		expect(betweenOwnPair(before, after)).toBe(expected);
	});
});

describe('craft 60a: a date the sentence counts to or restates beside it', () => {
	it.each([
		['a three day general strike from Wednesday to ', ', though life went on.', true],
		['The project runs 4 years, from January 2031 to ', '.', true],
		['from ', ' to Friday, a five-day strike', true],
		['The fair was held in Harwick from 2019 to ', '.', false],
		['The 40-year-old pier was shut from May to ', '.', false],
		['He spent three days in Harwick in ', ' and left.', false],
		['Troops will leave from ', ' and will spend about two years there.', false]
	])('rangeSpanTold: “%s_____%s” → %s', (before, after, expected) => {
		expect(rangeSpanTold(before, after)).toBe(expected);
	});

	it.each([
		['Ann Lee will be operated on ', 'next Monday', ' (July 3) for an injury.', true],
		['', 'Tuesday', ' (March 22) the minister arrived in Harwick.', true],
		['The fair was held ', 'yesterday', ', on December 22nd.', true],
		['The fair was held yesterday, on ', 'December 22nd', '.', true],
		['The dock was finished only ', 'two months ago', ' on February 27 at a cost of $4m.', true],
		['The dock was finished on ', 'March 22', ' (Tuesday), a week late.', false],
		['The dock was finished two months ago on ', 'February 27', ' at a cost of $4m.', false],
		['The text is out after ', '5pm AEDT', ' (UTC+11) today.', false],
		['The dock opened ', 'last year', ' in Harwick.', false]
	])('dateRestated: “%s[%s]%s” → %s', (before, core, after, expected) => {
		expect(dateRestated(before, core, after)).toBe(expected);
	});
});

describe('craft61b: lower-case words opening on a pronoun the reporter named before the marks', () => {
	it.each([
		['it posed and possibly still poses unknown environmental and quarantine risks', true],
		['it was an ongoing $50 billion swindle; our complaint alleges a stunning fraud', true],
		['he is a longstanding leader in the financial-services industry', true],
		['this is a major blow to confidence that is already shattered', true],
		["that's not what he said", true],
		['they will not stop a bombing occurring in Australia', true],
		// an editor's bracket names the referent; an "it" standing for the clause after it points nowhere
		['he [Bush] feels terrible about any disruption he may have caused', false],
		["it's time for our business to flourish under new ownership", false],
		['it would be up to international bodies to determine whether crimes were committed', false],
		["it's Dow's policy not to comment on speculation", false],
		// a demonstrative before its noun, a "that" clause, a capital
		['these missile tests can only reinforce the concerns of the international community', false],
		['that Obama was born in Kenya, not Hawaii', false],
		['It posed and possibly still poses unknown risks', false],
		['the prime minister is in danger', false]
	])('opensOnReferent(“%s”) → %s', (quote, expected) => {
		expect(opensOnReferent(quote)).toBe(expected);
	});

	it('asks no who-said, flashcard or true-or-false of such words alone', () => {
		const text =
			'Ghost ship towed to port\n\n' +
			'The fishing boat was found drifting off the coast last week. Officials said "it posed and possibly still poses unknown environmental and quarantine risks to the coast."\n\n' +
			'"We have waited far too long for the navy to act on this," said Tom Hart, a fisherman in the port.\n\n' +
			'"The crew must have left the boat weeks before it was found," said Ann Lee, a navy officer.\n\n' +
			'Minister Dana Reyes said "it posed no danger to anyone on shore at any time," on Friday.';
		const bank = generateBank({ text, date: '2024-05-02' });
		expect(bank.questions.filter((q) => q.prompt.includes('“it posed'))).toEqual([]);
	});
});

describe('craft61b: "such" before a noun near the start of the words shown points back', () => {
	it.each([
		['he was', 'fully committed to not taking such measures', true],
		['responded to journalists that he would do', 'no such thing', true],
		[undefined, 'Nobody has conveyed such invitations. [Both] are rejected before they arrive', true],
		[undefined, 'Such action would support growth and would be undertaken in the national interest', true],
		[undefined, "it's upsetting to hear such comments, especially when you consider the facts", true],
		// "such as", "such a", "such … that", a typo's "such at", and one far into a long sentence
		[undefined, 'We will fund projects such as schools and hospitals', false],
		[undefined, 'It was such a shock to all of us', false],
		[undefined, 'The storm caused such damage that the town was closed', false],
		[undefined, 'To have the leaders of our nation, such at the Prime Minister, making comments', false],
		[
			undefined,
			'Never again, never again should Wall Street greed bring such suffering to our country',
			false
		]
	])('suchBefore(%s, “%s”) → %s', (leadIn, quote, expected) => {
		expect(suchBefore(leadIn, quote)).toBe(expected);
	});
});

describe('craft63b: a year two joined months share', () => {
	it('blanks the second month alone and keeps the year both months share in the sentence', () => {
		const typed = generateBank({
			text:
				'Report leaked\n\nPortions of the report included still-classified information on weapons capability ' +
				'leaked in June and July 2003, the inquiry found on Tuesday.',
			date: '2005-10-20'
		}).questions.filter((q) => q.type.startsWith('date-') && q.prompt.includes('June and _____'));
		expect(typed.length).toBeGreaterThan(0);
		for (const q of typed) {
			expect(q.answer).toBe('July');
			expect(q.prompt).toContain('June and _____ 2003');
		}
	});

	it('keeps a month with its own year, and a month after one with a year of its own', () => {
		expect(sharedYearCut('leaked in June and ', 'July 2003')).toBe('July');
		expect(sharedYearCut('shown from October to ', 'November 2010')).toBe('November');
		expect(sharedYearCut('leaked in June 2002 and ', 'July 2003')).toBe('July 2003');
		expect(sharedYearCut('leaked in ', 'July 2003')).toBe('July 2003');
		expect(sharedYearCut('leaked in June and ', 'July 4, 2003')).toBe('July 4, 2003');
	});
});

describe('craft65: a list item with no verb is no sentence to blank', () => {
	it('asks nothing of a schedule’s items, and keeps a sentence with a verb of any form', () => {
		const questions = generateBank({
			text:
				'Harl strike\n\nThe union held meetings across the country in support of the strikers.\n\n' +
				'September 17th, 2007 - 7am - In front of the Harl courthouse, Istanbul.\n\n' +
				'September 18th, 2007 - 5pm - In front of the Harl pier, Istanbul.\n\n' +
				'The strike began on September 26th, 2006, when 80 women walked out of the factory.',
			date: '2007-09-10'
		}).questions;
		expect(questions.some((q) => /In front of/.test(q.prompt))).toBe(false);
		expect(questions.some((q) => /walked out/.test(q.prompt))).toBe(true);
		expect(hasVerb('Crowd: 205,000 at Hyde Park, London.')).toBe(false);
		expect(hasVerb('Operation Harl currently comprises about 1320 personnel.')).toBe(true);
		expect(hasVerb('The first concert only drew 10,000 spectators.')).toBe(true);
		expect(hasVerb('About 200 joined a march Sunday along Fifth Avenue.')).toBe(true);
		expect(hasVerb('Followed by the Harl drug programme by 2011.')).toBe(true);
		expect(hasVerb('Roe lambasted the plan in 2004.')).toBe(true);
	});
});

describe('issue 9 (blind review W25): "this" or "that" doing something is the thing the sentence before told', () => {
	it.each([
		['This assisted in lowering infant mortality from 23% to 15%.', true],
		['That led to a fall of 12% in fares.', true],
		['That said, fares fell 12% in May.', false],
		['This year fares fell 12%.', false]
	])('“%s”: %s', (sentence, expected) => expect(pronounSubject(sentence)).toBe(expected));
});

describe('W28: a sentence that only says someone said, the words following in a quote of their own, is no prompt', () => {
	it.each([
		['Ada Roe also said in a statement Wednesday in Kell.', false],
		['Jo Ash, 27, of Marram, Nova Scotia said to the Kell Press.', false],
		['Roe said in a speech on Monday.', false],
		['The plant will close in June, a spokesman said.', true],
		['Kell officials said Friday the council approved the plan on Thursday.', true],
		['A new bomb detonated on Monday near the market in Kell police said.', true],
		['Voters have two votes, one for a candidate and one for a party in one of the sixteen states.', true]
	])('%s → %s', (sentence, expected) => {
		expect(wellFormed(sentence)).toBe(expected);
	});
});

describe('W28, W29: a single mark alone between spaces, or before a comma, where a link’s name was lost garbles its sentence', () => {
	it.each([
		["A hacker associated with internet group ' managed to enter the account.", true],
		["Ada Roe told Kell radio 4's ' program that the plan was wrong.", true],
		["Roe stated in ', the party's newspaper, that the wage would rise.", true],
		["Marram is among the United States ', and the largest, coal miners.", false],
		["Marram is the United States ' fourth-largest coal miner.", false],
		["Staff were told not to use the word 'mate ' when writing to members.", false]
	])('%s → %s', (sentence, expected) => {
		expect(garbled(sentence)).toBe(expected);
	});
});

describe('dates76: no question keyed on a time told only as near or later', () => {
	it.each<[string, boolean]>([
		['the near future', true],
		['the immediate future', true],
		['a later date', true],
		['at a future date', true],
		['Not long ago', true],
		['the future of the port', false],
		['a later edition', false]
	])('"%s" is only deictic: %s', (core, expected) => expect(bareDeictic(core)).toBe(expected));
});

describe('craft76: a what-said about another speaker is not set among that speaker’s own lines', () => {
	it('offers a critic’s words about the mayor among no line of the mayor’s', () => {
		const text =
			'Mayor Unveils Harbour Plan\n\n' +
			'Mayor Ilse Brant announced a plan on Tuesday to rebuild the north quay of Ardmore harbour.\n\n' +
			'"We will rebuild the north quay within two years, and every fishing family will have a berth of its own," Brant said.\n\n' +
			'"The harbour has waited long enough for this investment, and the town is ready to pay its fair share," she added.\n\n' +
			'"Nobody will lose a mooring while the work goes on, and the harbour fees will stay as they are now," Brant said.\n\n' +
			'Port engineer Karl Osk said, "The new breakwater will protect the inner basin from the winter storms that damaged it badly."\n\n' +
			'"The plan uses the same grey stone as the old wall, so the cost stays within the budget set last spring," Osk said.\n\n' +
			'Jon Hale, a fisherman, said, "Boats have tied up two deep at the old pier for ten years, so any new quay is better than none."\n\n' +
			'Councillor Tove Lind, who opposes the plan, said: "Mayor Brant wants a quay the town cannot pay for, and the town will carry the debt for decades."';
		const bank = generateBank({ text, id: 'harbour-critic', date: '2031-05-04' });
		const brant = bank.facts
			.filter((f) => f.kind === 'quote' && f.speaker.name === 'Ilse Brant')
			.map((f) => (f.kind === 'quote' ? f.quote.split(' ').slice(0, 4).join(' ') : ''));
		expect(brant.length).toBe(3);
		const lind = bank.questions.filter(
			(q): q is ChoiceQuestion => q.type === 'what-said' && q.prompt.includes('Tove Lind')
		);
		for (const q of lind)
			for (const choice of q.choices) expect(brant.some((b) => choice.includes(b))).toBe(false);
		expect(bank.questions.some((q) => q.prompt.includes('Mayor Brant wants a quay'))).toBe(true);
	});
});

describe('craft76: a quote naming someone by the title their role ends in speaks of them', () => {
	it.each<[string, string, boolean]>([
		['Ruritanian President', 'The President has created an office with more money and fewer rules', true],
		['Ruritanian Prime Minister', 'He said the Prime Minister would not listen', true],
		['Ruritanian President', 'Presidents come and go, but the port stays', false],
		['the harbour board', 'The board met on Monday', false]
	])('%s in “%s”: %s', (role, quote, expected) => expect(titleNamedIn(role, quote)).toBe(expected));
});

describe('speed76b: the title a role ends in, read back from its end', () => {
	const expression = (role: string) =>
		/(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*\s*$/u.exec(role.trim())?.[0].trim().split(/\s+/) ?? [];
	it.each([
		['former Israeli Prime Minister ', ['Israeli', 'Prime', 'Minister']],
		['head of the Harbour Board of Kettleby', ['Kettleby']],
		['the mayor of São Lourenço Novo', ['São', 'Lourenço', 'Novo']],
		['head of eSport Trust', ['Sport', 'Trust']],
		['U.S. Deputy Trade Envoy', ['Deputy', 'Trade', 'Envoy']],
		['Vice-Chancellor  of  Orlen  Hall', ['Orlen', 'Hall']],
		['chief executive', []],
		['3 Rivers', ['Rivers']],
		['', []],
		['keeper of the 𝐀 Ledger', expression('keeper of the 𝐀 Ledger')]
	])('“%s” → %j, as the end-anchored expression reads it', (role, title) => {
		expect(trailingTitle(role)).toEqual(title);
		expect(trailingTitle(role)).toEqual(expression(role));
	});
});

describe('lead76: an owner’s possessive owns the whole of a part as “its” does', () => {
	it.each<[string, string, string, boolean]>([
		['ten', 'reported in ', ' of Ruritania’s nine provinces.', false],
		['five', 'reported in ', ' of Ruritania’s nine provinces.', true],
		['twelve', 'reported in ', " of the country's nine provinces.", false],
		['six', 'reported in seven of the country’s ', ' provinces.', false],
		['eleven', 'reported in seven of New Ruritania’s ', ' provinces.', true]
	])('“%s” in “%s_____%s”: %s', (choice, before, after, fits) =>
		expect(fitsPartOfWhole(choice, before, after)).toBe(fits)
	);
});

describe('craft77: a lead-in telling what someone believes makes no true/false statement', () => {
	const text = [
		'Two presidents meet in Ardmore',
		'President Ilse Brant of Norland met President Karl Osk of Vesta in Ardmore on Tuesday.',
		'Brant said she had talked with Osk about the fishing treaty. She added that she believes Vesta is "a country that keeps its promises to its neighbours and its fishermen."',
		'Osk said the talks had gone well. He thinks the treaty is "the best chance in twenty years to end the quarrel over the northern banks."',
		'"We will sign the treaty before the winter season opens, and both fleets will share the banks," Osk said.',
		'"Our fishermen have waited a long time for an agreement that they can trust," Brant said.'
	].join('\n\n');

	it('asks who said the words, but states no belief true or false of anyone', () => {
		const banks = [1, 2, 3, 4].map((seed) => generateBank({ text, date: '2031-03-04', seed }));
		const statements = banks.flatMap((b) => b.questions.filter((q) => q.type === 'true-false'));
		expect(statements.some((q) => / said “/.test(q.prompt))).toBe(true);
		for (const q of statements) expect(q.prompt).not.toMatch(/\b(?:believes|thinks)\b/);
	});
});
