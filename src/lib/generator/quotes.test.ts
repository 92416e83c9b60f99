import { describe, expect, it } from 'vitest';
import { buildPeople } from './people';
import { attributeQuotes, continuesAcrossCue, findQuotes, joinedQuote, leadsOf } from './quotes';
import { segment } from './segment';

function attribute(text: string) {
	const seg = segment(text);
	const people = buildPeople({ text, ...seg });
	return attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs)).map((a) => ({
		quote: text.slice(a.quote.start, a.quote.end),
		speaker: a.speaker === undefined ? undefined : people.entities[a.speaker]!.name,
		confidence: a.confidence
	}));
}

describe("attr70: an owner's possessive running straight into a person's name", () => {
	it('makes the named person the subject, whose words the quote after their act goes on with', () => {
		const got = attribute(
			'"We have the worst roads in the county," Mara Kell said in Dover.\n\nCampaigning in Leeds, the Green Party\'s Tom Abel lashed the council for failing to fix the roads. "Of course with Ms. Kell, we see no plan at all for the roads."\n\nThe Harbour Trust\'s Ada Roe said the ferry would run by spring. "We have the engines now."'
		);
		expect(got.find((a) => a.quote.startsWith('Of course'))?.speaker).toBe('Tom Abel');
		expect(got.find((a) => a.quote === 'We have the engines now.')).toMatchObject({
			speaker: 'Ada Roe',
			confidence: 'high'
		});
	});
});

describe('craft77: a nested quote closing on a full stop at the end of the outer quote', () => {
	it('keeps the nested closing mark, so the words shown close what they open', () => {
		const got = attribute(
			'"The nurse looked at the scan and said, \'You should stay the night.\' " said Hal Brennan, a neighbour of the family.\n\n"She asked me once, \'Are we nearly there?\'" Ada Quill said.'
		);
		expect(got.map((a) => a.quote)).toContain(
			"The nurse looked at the scan and said, 'You should stay the night.'"
		);
		expect(got.map((a) => a.quote)).toContain("She asked me once, 'Are we nearly there?'");
		expect(got.find((a) => a.quote.startsWith('The nurse'))?.speaker).toBe('Hal Brennan');
	});
});

describe('craft77: a case named in marks by its parties', () => {
	it("is nobody's words, neither the judge's who rules on it nor a party's", () => {
		const got = attribute(
			'Farmer Lena Ostrow sued the county in March.\n\nIn "Lena Ostrow v. Marlow County, et al.", Judge Ida Penn dismissed the claim on Friday. The state\'s appeal, filed as "State of Vermont v. Tarrant,", is pending. "We will appeal again," Ostrow said.'
		);
		expect(got.find((a) => a.quote.startsWith('Lena Ostrow v.'))).toMatchObject({
			speaker: undefined,
			confidence: 'low'
		});
		expect(got.find((a) => a.quote.startsWith('State of Vermont'))).toMatchObject({ confidence: 'low' });
		expect(got.find((a) => a.quote.startsWith('We will'))?.speaker).toBe('Lena Ostrow');
	});
});

describe('attr76: a name and a verb of speech after a quote that ended its own sentence, going on', () => {
	it('gives the words to the name when the verb goes on with what they were about or a participle', () => {
		const text =
			'The town opened its new pool on Monday.\n\n"We saved for ten years. We built it ourselves." Nora Bell said, speaking of the $2 million fund.\n\n' +
			'"It took a decade. Nobody helped us." Ivo Marsh said of the county.\n\n' +
			'"The pool is open. Come and swim." Lena Hart told the crowd, adding that entry is free.\n\n' +
			'"We open at six. We close at ten." Tim Fox, the manager of the pool, said, pointing to the sign.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Nora Bell', 'Ivo Marsh', 'Lena Hart', 'Tim Fox']);
	});

	it('not when the verb has a clause of its own before the participle', () => {
		const text =
			'The town opened its new pool on Monday.\n\n"Costs went up. We waited." Omar Reid said the county was slow, adding that it paid late.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('attr76: a quote after the reported speech of a person with a Portuguese double surname', () => {
	it('is that person’s, not the last speaker’s', () => {
		const text =
			'The harbour will close next week.\n\nTom Abel, the harbour master, said that the works "have not been reviewed."\n\nJoana de Castro e Melo, an official in the port office, said the harbour would reopen. "We are committed to it."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Abel', 'Joana de Castro e Melo']);
	});
});

describe('attr70: a he/she cue after a sentence bringing in an unnamed person', () => {
	it('gives the words to that person, described as the article describes them', () => {
		const got = attribute(
			'Kell Foods will shut its Dover mill in May.\n\nA spokesperson for Kell Foods defended the move. "We are regrettably closing the mill, and it is a sad step for us," he said.\n\nOne resident of the town of Dover said the mill had fed three generations. "My father worked there for forty years," she said.'
		);
		expect(got.find((a) => a.quote.startsWith('We are regrettably'))).toMatchObject({
			speaker: 'a spokesperson for Kell Foods',
			confidence: 'high'
		});
		expect(got.find((a) => a.quote.startsWith('My father'))?.speaker).toBe(
			'one resident of the town of Dover'
		);
	});

	it('leaves a definite description (someone named before) and a spokeswoman\'s "he" alone', () => {
		const got = attribute(
			'Shares in Kell Bank fell on Monday, Tom Abel said.\n\nThe analyst at Kell Bank believes the fall is over. "Yes, the banks fell, but not for long," he said.\n\nA spokeswoman for Kell Bank defended the move. "We will not cut jobs this year at all," he said.'
		);
		expect(got.find((a) => a.quote.startsWith('Yes, the banks'))?.speaker).not.toBe(
			'the analyst at Kell Bank'
		);
		expect(got.find((a) => a.quote.startsWith('We will not'))?.speaker).toBeUndefined();
	});
});

describe('attr70: a cue inside a relative clause closed before the marks', () => {
	it("is not the quote's cue: the main clause's verdict is", () => {
		const got = attribute(
			'Tom Abel spoke in Dover on Monday.\n\nAbel called the toll plan, which the council insists is vital to the town, "a threat to the very structure of our roads" and urged a vote.'
		);
		expect(got.find((a) => a.quote.startsWith('a threat'))?.speaker).toBe('Tom Abel');
	});
});

describe('attr71: a person the article only describes, with a role nobody named holds', () => {
	it('speaks as described, low (no question asks who)', () => {
		const got = attribute(
			'Storms closed the port of Tarvo on Monday.\n\nThe harbour\'s deputy director said, "We will reopen the north quay as soon as the wind drops."\n\n"Every ferry has been cancelled until Thursday at the earliest," said the duty spokesman for the port.'
		);
		expect(got.find((a) => a.quote.startsWith('We will reopen'))).toMatchObject({
			speaker: "the harbour's deputy director",
			confidence: 'low'
		});
		expect(got.find((a) => a.quote.startsWith('Every ferry'))).toMatchObject({
			speaker: 'the duty spokesman for the port',
			confidence: 'low'
		});
	});

	it('lead 71 (held-out test banks): leaves it when a named person holds another post, or the name closes it', () => {
		const got = attribute(
			'Ada Roe, the chairman of Velder Mining, spoke in Tarvo.\n\n"Prices will rise before they fall," the billionaire said.\n\nThe deputy mayor of Tarvo Tom Abel said, "The quay reopens on Monday, whatever the wind does."'
		);
		expect(got.find((a) => a.quote.startsWith('Prices will'))?.speaker).not.toBe('the billionaire');
		expect(got.find((a) => a.quote.startsWith('The quay'))?.speaker).not.toMatch(/^the deputy mayor/);
	});

	it('leaves the description when someone named could be it, or just spoke, or the words are a short term', () => {
		const got = attribute(
			'Ada Roe spoke in Tarvo on Monday.\n\nThe deputy director said, "We will reopen the north quay as soon as the wind drops."\n\n"The quay is closed," said Tom Abel, a ferry captain. "Nobody sails from here until the storm has passed," said the veteran skipper.\n\nThe harbour master said the port offered a "free berth" to stranded yachts.'
		);
		expect(got.find((a) => a.quote.startsWith('We will reopen'))?.speaker).not.toBe('the deputy director');
		expect(got.find((a) => a.quote.startsWith('Nobody sails'))?.speaker).not.toBe('the veteran skipper');
		expect(got.find((a) => a.quote === 'free berth')?.speaker).toBeUndefined();
	});
});

describe('craft69: a body named in capitals past its head word', () => {
	it('speaks as itself, not as the body of that kind quoted before ("The Board Of Deputies Of …")', () => {
		const got = attribute(
			'Support came from the Harbour Coalition, who said "the mayor was elected by thousands".\n\nThe Board Of Deputies Of Welsh Jews suggested that the mayor had been "the author of his own trouble".'
		);
		expect(got.find((a) => a.quote === 'the author of his own trouble')?.speaker).toBe(
			'the Board Of Deputies Of Welsh Jews'
		);
	});
});

describe('quotes', () => {
	it('attributes "X, a ROLE, told reporters" and "said X" and keeps nested quotes unattributed', () => {
		const got = attribute(
			'“Relax, ‘we are with you,’ and stay,” said Alexander Gabuev, a fellow at Carnegie. “It is clear,” John F. Kirby, a spokesman, told reporters.'
		);
		expect(got).toEqual([
			{ quote: 'Relax, ‘we are with you,’ and stay', speaker: 'Alexander Gabuev', confidence: 'high' },
			{ quote: 'we are with you', speaker: undefined, confidence: 'low' },
			{ quote: 'It is clear', speaker: 'John F. Kirby', confidence: 'high' }
		]);
	});

	it('issue 9 (dev-63 key): the post, its body, then its holder after an inverted cue; criticism "from" others', () => {
		expect(
			attribute(
				'“We want it simple for our customers,” said vice president of solutions, Dell Product Group, Rick Becker. “We want it simple,” said a spokesman, Acme Corp.'
			).map((q) => q.speaker)
		).toEqual(['Rick Becker', 'Acme Corp']);
		expect(
			attribute(
				'Tomorrow, Prime Minister Gordon Brown will give a speech, which has drawn criticism from other politicians for being “wholly inappropriate”. It drew criticism from Senator Ann Roe for being “divisive and cheap”.'
			).map((q) => [q.speaker, q.confidence])
		).toEqual([
			['other politicians', 'low'],
			['Ann Roe', 'high']
		]);
		expect(
			attribute(
				'“Now is a good time,” says the bank’s founder and 2006 Nobel Peace Prize winner Muhammad Yunus. Ian Paisley had threatened at the time of the decision that it “could be the spark which kindles a fire”.'
			).map((q) => q.speaker)
		).toEqual(['Muhammad Yunus', 'Ian Paisley']);
	});

	it('issue 9: a name the lexicon does not know, listed with a known full name, speaks under a misspelt surname', () => {
		const text =
			'Two shoppers, Zarelle Okonkwo and Bryan Holt, queued at the store. Okonkwa said Mrs. Dale never listens.\n\n“She only talks when cameras are there,” she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Zarelle Okonkwo']);
	});

	it('stop 59: a list of reactions signed item by item, "“…”: Name, role", is each signer\'s; a name in marks in the role is nobody\'s', () => {
		const text =
			'The court ruled on Monday.\n\n“We observe the decision”, Ana Ruiz, former mayor of Dunmore.\n\n“The court evaded the issue”: Ido Sand, presidential candidate.\n\n“Reelection is not good”: Tom Vell, from the NGO “Paz y Tierra”.\n\n“We agree”, Ada Roe, the mayor, told reporters.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Ana Ruiz',
			'Ido Sand',
			'Tom Vell',
			undefined,
			'Ada Roe'
		]);
	});

	it('stop 58: a capitalised role before "who" speaks, not the noun ending its relative clause', () => {
		const text =
			'Premier Ada Vell spoke on Monday.\n\nThe Kell Premier who supports the principles of the bill told ABC radio “I am not interested in a silly debate.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Vell']);
	});

	it('stop 58: a lone word set off after the university someone works at is its campus, not the speaker', () => {
		const text =
			'Professor PZ Abel, biology professor at the University of Kellshire, Madison, wrote that Lund is “exactly the person boards should consult.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});

	it('stop 58: a body told apart by capitalised words before its noun speaks under that name, not as another of its kind', () => {
		const text =
			'The Kell Ministry of Trade met on Monday.\n\nThe British government stated that the test was “unwelcome”. The French ministry of defence suggested that “these tests reinforce concerns”, and the German government described it as “regrettable”. The Kell ministry said it was “a mistake”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'the British government',
			'the French ministry of defence',
			'the German government',
			'the Kell Ministry of Trade'
		]);
	});

	it('stop 58: "with" and an unnamed phrase before a participle is its subject, not the main clause\'s', () => {
		const text =
			'Politicians from all sides have spoken out at the remarks, with Muslim leaders saying that it is “extremely divisive”. The Kell depot closed on Friday, with a company spokeswoman adding that “the deal has not worked out”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Muslim leaders', 'a company spokeswoman']);
	});

	it("stop 58: with no verb of speech, a named owner's claim that … gives the words to the owner", () => {
		const text =
			'Ben Hale spoke on Monday. “We are sure,” he said.\n\nHis comments follow Prime Minister Ada Vell’s claims this week that the plan is “utterly wrong”. Vice-president Tom Abel’s claim that the revolt was in its “last throes” was contradicted.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ben Hale', 'Ada Vell', 'Tom Abel']);
	});

	it('issue 9: takes a date or a number before a bare noun as part of the words describing the speaker', () => {
		const text =
			'“The rules are wrong,” said 9/11 widow Rhea Lund. “We will appeal,” said 2019 finalist Tom Abel.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Rhea Lund', 'Tom Abel']);
	});

	it('issue 9: a quote alone after a sentence of what others expect or believe of someone is not tied to them', () => {
		const text =
			"Mayor Ben Hale spoke on Monday.\n\nHale's office released the figures on Friday. Hale is expected to run again. “Nobody believes these numbers.”\n\nCritics met on Tuesday. Hale was believed to back the sale. “The depot was worth twice that.”\n\nHale said the sale was wise. “We got a fair price.”";
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, 'Ben Hale']);
	});

	it("issue 9: a long work title in marks after the work it names is nobody's words, not its author's", () => {
		const text =
			'Ben Hale, a banker, spoke at the fair. In his autobiography, “A Season for Honest Men” published in 2011, Hale described his youth.\n\nNora Pike, whose 2004 book “Tall Walls: The Story of a Builder in Town” drew a lawsuit, said little. “I stand by it,” Pike said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, 'Nora Pike']);
	});

	it('attr58p: a promise, a denunciation, a comparison or a term in marks is the subject’s, a pledge of money no speech', () => {
		const text =
			'Foreign Minister Ahmed Gheit pledged that everyone involved “handle the situation wisely”. ' +
			'A member of parliament, René Dosière, denounces the “opacity” of the budget. ' +
			'Deputy Solicitor General David Dreeben likened the shredding to “hiding its smoking guns.” ' +
			'Senator Kerry Nettle termed Fielding “Senator Sellout” in the debate.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Ahmed Gheit',
			'René Dosière',
			'David Dreeben',
			'Kerry Nettle'
		]);
		expect(attribute('The donors pledged $10 million to “the fund for peace”.')[0]!.speaker).toBeUndefined();
	});

	it('attr58p: a label in marks before its noun, owned by someone named or in a fronted phrase, is nobody’s', () => {
		const text =
			'Tom Ash denounced Vice President Cheney’s recent “stay the course” rhetoric. ' +
			'In denying the “security regime” allegations, President Emile Lahoud condemned the murder. ' +
			'Ada Roe said there was a “deep mourning” feeling. Troops will shift to an “overwatch” role, says Ben Hale.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, 'Ada Roe', 'Ben Hale']);
	});

	it('issue 9: takes no speaker from words opening on "what" before a verb of speech', () => {
		const text =
			'The mayor has asked whether the panel will be “fair” to her, engaging in what critics described as old tricks.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});

	it('issue 9: takes no indefinite pronoun and no words ending on an adverb for a speaker', () => {
		const text =
			'Ada Kell mocked the rule, saying anybody who complains about it “has lost the argument.” ' +
			'After a hastily called meeting, the board said it was “a clear breach.” ' +
			'He made a remark that bluntly described the plan as “a waste of money.”';
		const speakers = attribute(text).map((q) => q.speaker);
		expect(speakers).not.toContain('anybody');
		expect(speakers.some((s) => s !== undefined && /hastily|bluntly/.test(s))).toBe(false);
	});

	it('follows he-chains back to the main-clause subject, not the nearest name', () => {
		const text =
			'Mr Alexander Gabuev said the deal was a “fig leaf” for China. He added that Mr. Xi Jinping wanted more.\n\n“It is beneficial for China,” he said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Alexander Gabuev', 'Alexander Gabuev']);
	});

	it('attr61p: a he-chain link already resolved for its own quote carries its person to the next "he"', () => {
		const text =
			"Kell City Council's Executive Member for Access and Environment, Mark Bradshaw, commented on the issue in a video. He said that “no decisions have been made” on the path. He also said that Kell City Council was “committed to a full public consultation”.";
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Mark Bradshaw', 'Mark Bradshaw']);
	});

	it('attrk64: a he-chain with no quote of its own goes back to the one person the sentence before it names', () => {
		const text =
			'The rally ended with a speech from Paul Wren of the Peace Union. He suggested that the notion was false. “Iraq has never had such conflict. Never.” he said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Paul Wren']);
		// A name after "of" is what a thing is of, and a sentence with its own "he" sends the chain further back.
		const object =
			'Jean Spadaro had his bill cut. At the end of the week he read of the case of Eric Gernez. He then threatened Orange with the press. “The result was quick,” he said.';
		expect(attribute(object).map((q) => q.speaker)).not.toContain('Eric Gernez');
	});

	it('splits around "she said" and continues into the next paragraph', () => {
		const text =
			'"We will act," said Dana Reyes, a council member. "Nobody wants this," she said, "but it must be done.\n\n"We cannot wait."\n\nOthers disagreed.';
		expect(attribute(text).map((q) => [q.quote, q.speaker])).toEqual([
			['We will act', 'Dana Reyes'],
			['Nobody wants this', 'Dana Reyes'],
			['but it must be done.', 'Dana Reyes'],
			['We cannot wait.', 'Dana Reyes']
		]);
	});

	it('gives "it said" to the statement and an unnamed spokesman his own name', () => {
		const text =
			'The leaders issued a joint statement.\n\nThis year, the statement was measured.\n\n“Relations are strong,” it said. A Foreign Ministry spokesman responded by saying that Japan should “help calm the situation”.';
		const got = attribute(text);
		expect(got[0]?.speaker).toBe('the joint statement');
		expect(got[1]?.speaker).toBe('a Foreign Ministry spokesman');
	});

	it('does not let a quote with an unresolvable cue inherit the previous speaker', () => {
		const text = '“First,” said Dana Reyes, a council member.\n\n“Second,” they said.';
		expect(attribute(text)[1]?.speaker).not.toBe('Dana Reyes');
	});

	it('gives a quote after "but warned that" to the subject of the first verb', () => {
		const got = attribute(
			'The American Hospital Association said in a statement that it supported "transparency that helps patients" but warned that the data could be "misleading without context."'
		);
		expect(got.map((g) => g.speaker)).toEqual([
			'the American Hospital Association',
			'the American Hospital Association'
		]);
	});

	it('names an unnamed source by the whole phrase that introduced it', () => {
		const got = attribute(
			'A spokesperson for the secretary of state\'s office said officials needed a map. "Every week of delay makes it harder," the spokesperson said.'
		);
		expect(got[0]?.speaker).toBe("a spokesperson for the secretary of state's office");
	});
	it('gives a quote to an organisation whose name has "and" in it, written without its country code', () => {
		const text =
			'A mussel was found, the U.S. Fish and Wildlife Service said.\n\nThe Fish and Wildlife Service said in a statement that the find was "a reminder that no river is a lost cause."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the U.S. Fish and Wildlife Service']);
	});

	// issue 9: attribution patterns of real reporting (examples invented), one rule each.
	const speakers = (text: string) => attribute(text).map((q) => q.speaker);
	it.each([
		[
			'a speaker after the quote with an appositive and a channel',
			'"We will appeal," Jane Doe, chief executive of Acme, said after the vote.',
			['Jane Doe']
		],
		[
			'an inverted cue with the role first',
			'"We will appeal," said Acme\'s president, Jane Doe.',
			['Jane Doe']
		],
		[
			'a role set off before the name',
			'The chief executive of Acme, Tony Bates, said the outage was "regrettable".',
			['Tony Bates']
		],
		[
			'a partial quote in reported speech, however long the clause',
			'Maria Lopez, who represents the tenants at the housing board, says the plan was "rushed."',
			['Maria Lopez']
		],
		[
			'"Dr Surname" and "Mr Surname" for the person named in full',
			'Dr Amina Yusuf leads the study. "The results are clear," Dr Yusuf told reporters. Mr Grant disagreed.',
			['Amina Yusuf']
		],
		[
			'the full name after an honorific',
			'Ms. Park, 54, insisted: "I did nothing wrong." Jane Park had been in office since 2010.',
			['Jane Park']
		],
		[
			'a surname one letter off a known one',
			'Kathryn Waters runs the gallery. "It is a name everybody knows," Water said.',
			['Kathryn Waters']
		],
		[
			'a title run into the name: "Environment Minister Mark McGowan"',
			'"There is a process," Environment Minister Mark McGowan said.',
			['Mark McGowan']
		],
		[
			'"in the words of" the role, then the name',
			'In the words of the Crown prosecutor, Mark Tedeschi, QC, "the child suffered for months."',
			['Mark Tedeschi']
		],
		[
			'"X, quoting Y": Y is the source',
			'According to Yonhap news agency, quoting the Korean Central News Agency (KCNA), troops were told to prepare for a "quasi-state of war".',
			['the Korean Central News Agency']
		],
		[
			'an acronym in brackets is the organisation',
			'The Korean Central News Agency (KCNA) reported the exchange. "Provocation deserves punishment," said KCNA.',
			['the Korean Central News Agency']
		],
		[
			'a named source the table did not know',
			'By then, "her skin was weeping", according to the Sydney Morning Herald.',
			['the Sydney Morning Herald']
		],
		[
			'a document speaks for its issuer',
			'Acme Corp said in a statement that the plan was "unworkable." The statement added: "We regret the decision."',
			['Acme Corp', 'Acme Corp']
		],
		[
			'a document issued by someone named after it',
			'The report, written by Professor Alan Lee of Oxford University, warns that the river is "close to collapse."',
			['Alan Lee']
		],
		[
			'"wrote on Twitter" is speech',
			'Lila Moon, an actress, quit the show on Monday. "It is over," she wrote on Twitter.',
			['Lila Moon']
		],
		[
			'a pronoun later in the sentence is its subject',
			'Bates said he did not know the cause, but, speaking to the BBC, he said "all avenues" would be checked.',
			['Bates']
		],
		[
			'"the city" is the municipality the article named',
			'The request came from the Municipality of Livorno. The city reasoned, "schools that charge fees are businesses".',
			['the Municipality of Livorno']
		],
		[
			'quotes joined by "and" share a speaker',
			'Bishop Nunzio Galantino has called the ruling "dangerous" and "ideological".',
			['Nunzio Galantino', 'Nunzio Galantino']
		],
		[
			"a quote inside a fronted participle clause is the main subject's",
			'UN relief coordinator Jan Egeland toured the city. Outlining plans for a "major" relief operation, he called for calm, saying "we need access."',
			['Jan Egeland', 'Jan Egeland']
		],
		[
			'a fragment after a verb of thought',
			'UN relief coordinator Jan Egeland spoke on Friday. He expected the number of refugees to rise "dramatically".',
			['Jan Egeland']
		],
		[
			'the quote after a sentence of reported speech',
			'Kristen Wilkins said Warhol was also a businessperson. "He would make a blue Marilyn and a pink one."',
			['Kristen Wilkins']
		],
		[
			'a verb the registry does not list, beside a known name',
			'Anna Holt won the race. "It\'s a great day," beamed Anna Holt.',
			['Anna Holt']
		],
		[
			"a short quote right after its speaker's",
			'"We will not give up," vowed campaigner Sarah Moss. "Never."',
			['Sarah Moss', 'Sarah Moss']
		],
		[
			'the two halves of a quote around an inverted cue',
			'"We have time," said Berger, "and we have money."',
			['Berger', 'Berger']
		],
		[
			'a surname misspelt once, then misspelt again from the first slip',
			'The airline\'s owner, Udom Tantiprasongchai, blamed the weather. Mr Urdom said the pilots "followed every rule." Later, Urdon added: "We will cooperate."',
			['Udom Tantiprasongchai', 'Udom Tantiprasongchai']
		],
		[
			'a first name alone for the one person who has it',
			'Paul Grant and his brother Mark Grant founded the company. "We started in a garage," Paul said.',
			['Paul Grant']
		],
		[
			'an age and a home town between the name and the verb',
			'Tom Hill, 34, from Leeds, said: "I saw smoke everywhere."',
			['Tom Hill']
		],
		[
			'a document issued by an organisation the article does not name',
			'According to a press release from the ministry, the new rules are "effective immediately."',
			['the ministry']
		],
		[
			'"the union" the article never names is the union, with no question',
			'The union said in a statement: "Members have voted to strike."',
			['the union']
		],
		[
			'a plural subject with the plain verb, and quotes joined by "but"',
			'The company\'s press materials describe the film as "low budget" but "high energy".',
			["the company's press materials", "the company's press materials"]
		],
		[
			'"called" after a name and its role is speech, not a naming',
			'The prime minister, Jacinda Ardern, called the attack "an act of terror".',
			['Jacinda Ardern']
		],
		[
			'"he said" after a paragraph whose own sentences are inside the quote',
			'Tony Bates, the chief executive, apologised.\n\n"It is crashing. We are working hard to remedy the situation," he said.',
			['Tony Bates']
		]
	])('issue 9: %s', (_, text, expected) => {
		expect(speakers(text).slice(0, expected.length)).toEqual(expected);
	});

	it('issue 9: "he said" after "Wikinews asked Tom Smith …" is the answer of the person asked', () => {
		for (const text of [
			'Wikinews asked Tom Smith about the cost. "It will be paid by the city," he said.',
			'Reporters questioned Tom Smith on Monday. "I have work to do," he said.'
		])
			expect(attribute(text)[0]).toMatchObject({ speaker: 'Tom Smith', confidence: 'high' });
	});

	it('a line ending in a signed quote is the signer’s, each quote on it, the line before’s signer not carried on (dev review, stop 43)', () => {
		const said = attribute(
			'Readers wrote in.\n“It was a long night.” ― Ana Ruiz\n“I was angry. My aunt said ‘never again.” And we meant “it’.” ― Tom Ash\n“Nothing changes.”'
		);
		const speakerOf = (start: string) => said.find((a) => a.quote.startsWith(start))?.speaker;
		expect(speakerOf('It was a long')).toBe('Ana Ruiz');
		// Its marks do not pair up, so the signature follows a later quote of the line, not this one.
		expect(speakerOf('I was angry')).toBe('Tom Ash');
		expect(speakerOf('Nothing changes')).toBeUndefined();
	});

	it('issue 9: a quote signed "— Name, role", labelled "Name: “…”", or introduced by a paragraph ending in a colon', () => {
		expect(attribute('“We wanted the girls to look real.” — Sean McNamara, director')[0]).toMatchObject({
			speaker: 'Sean McNamara',
			confidence: 'high'
		});
		expect(attribute('Avi Arad: “Bratz is about friendship. It always was.”')[0]).toMatchObject({
			speaker: 'Avi Arad',
			confidence: 'high'
		});
		expect(
			attribute('Director Sean McNamara explained why:\n\n“We wanted the girls to look like teenagers.”')[0]
		).toMatchObject({ speaker: 'Sean McNamara', confidence: 'high' });
	});

	it('issue 9: roles before a name (a school year, an age) and a relative clause after it leave the name the speaker', () => {
		for (const text of [
			'“The movie was great,” said freshman Kayla Brooks.',
			'“The movie was great,” said 14-year-old Kayla Brooks.',
			'“It was cool,” said eighth-grader Kayla Brooks.',
			'Junior Kayla Brooks said the filming was “exciting.”',
			'Student Kayla Brooks, 16, said she was “so excited to be in a real movie.”',
			'Kayla Brooks, 16, who plays Yasmin in the film, said “it was like high school again.”',
			'Kayla Brooks, the club’s captain, was blunt. “We were terrible,” she said.'
		])
			expect(attribute(text)[0], text).toMatchObject({ speaker: 'Kayla Brooks', confidence: 'high' });
	});

	it('issue 9: a paragraph opening with a quote after someone spoke or was interviewed is theirs, less surely', () => {
		expect(
			attribute(
				'Wikinews interviewed Maria Lopez, a senior at the school.\n\n“It was really exciting to see the cast.”'
			)[0]
		).toMatchObject({ speaker: 'Maria Lopez', confidence: 'low' });
		expect(
			attribute(
				'Maria Lopez, a senior at the school, said the filming was fun. “It was really exciting to see the cast.”'
			)[0]
		).toMatchObject({ speaker: 'Maria Lopez', confidence: 'high' });
	});

	it('issue 9: "In Lopez\'s words,", "Lopez\'s response was simple:", "Lopez, on the other hand, thinks"', () => {
		for (const text of [
			'In Maria Lopez’s words, “the movie is harmless fun.”',
			'Maria Lopez’s response was simple: “The movie is harmless fun.”',
			'Maria Lopez, on the other hand, thinks “the movie is harmless fun.”',
			'Maria Lopez feels that the movie is “harmless fun.”'
		])
			expect(attribute(text)[0], text).toMatchObject({ speaker: 'Maria Lopez', confidence: 'high' });
	});

	it('issue 9: an anonymous source is described as such and named nobody', () => {
		const text =
			'"It was chaos," said one poster on the forum. "We were not told," an official who asked not to be named said.';
		const seg = segment(text);
		const people = buildPeople({ text, ...seg });
		const got = attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs));
		const named = got.map((a) => a.speaker !== undefined && people.entities[a.speaker]!.named);
		expect(got.map((a) => a.speaker !== undefined && people.entities[a.speaker]!.name)).toEqual([
			'one poster on the forum',
			'an official who asked not to be named'
		]);
		expect(named).toEqual([false, false]);
	});

	it('issue 9: an anonymous source with a place, a party or a name before its noun is described, not dropped', () => {
		const text =
			'Nell Tavish leads the count in Marrow County.\n\n"The gap is closing every week," said one Ohio Democrat. "We knocked on doors all summer," added another Vermont Republican.\n\n"Nobody here expected it," a Tavish campaign aide said. "It was a shock," said one Republican involved in the count.';
		const seg = segment(text);
		const people = buildPeople({ text, ...seg });
		const got = attributeQuotes(text, seg.sentences, people, findQuotes(text, seg.paragraphs));
		expect(got.map((a) => a.speaker !== undefined && people.entities[a.speaker]!.name)).toEqual([
			'one Ohio Democrat',
			'another Vermont Republican',
			'a Tavish campaign aide',
			'one Republican involved in the count'
		]);
		expect(got.map((a) => a.speaker !== undefined && people.entities[a.speaker]!.named)).toEqual([
			false,
			false,
			false,
			false
		]);
		// A party's member is not the party, though the article names it.
		const party =
			'The Republican Party met in Marrow County.\n\n"We will spend millions," said one Republican.';
		expect(attribute(party)[0]?.speaker).toBe('one Republican');
	});

	it('issue 9: "the Vermont senator said" names the subject just before when nothing rules the description out', () => {
		const cases: [string, string | undefined][] = [
			[
				'Governor Ines Marlow conceded on Wednesday. Sen. Orla Brenning toured the valley on Friday.\n\n“Nobody is taking this state for granted,” said the Vermont senator.',
				'Orla Brenning'
			],
			// Someone else the words could describe named in the same sentence: either.
			[
				'Tomas Vey came to the rally with his brother, Alan Vey.\n\n“He kept this town going for years,” the former mayor said.',
				undefined
			],
			// The subject of the description's own sentence is not the one it describes.
			[
				'Tomas Vey answered Ada Kerr on Sunday after the Labour candidate had said he was “out of touch with the valley.”',
				undefined
			],
			[
				'Tomas Vey spent the week in the valley. He told farmers that prices would hold.\n\n“We will keep the mills open,” the Republican nominee said.',
				'Tomas Vey'
			],
			// Another post: maybe the one named, maybe not (lead 71: a post given does not rule its holder out).
			[
				'Governor Ines Marlow toured the valley on Friday.\n\n“Nobody is taking this state for granted,” said the Vermont senator.',
				undefined
			],
			// A name inside the description, a "-woman" for a man: someone else (attr71: when nobody named could be
			// it, the description itself, low).
			[
				'Tomas Vey spent the week in the valley.\n\n“He will keep the mills open,” said the senior Vey adviser.',
				'the senior Vey adviser'
			],
			[
				'Tomas Vey spent the week in the valley.\n\n“We will keep the mills open,” said the local businesswoman.',
				'the local businesswoman'
			],
			// A bare "the senator" may be anyone's senator.
			[
				'Tomas Vey spent the week in the valley.\n\n“We will keep the mills open,” said the senator.',
				undefined
			]
		];
		for (const [text, speaker] of cases) expect(attribute(text)[0]?.speaker, text).toBe(speaker);
	});

	it('issue 9: a verb of speech in a new clause after a fragment ("until X said") is not the fragment\'s cue', () => {
		for (const text of [
			'Bram Osei says he was “sitting on the fence” until Ada Kerr said she would back the mayor.',
			'Bram Osei said he would make the old hall “shine like new,” for instance, and Ada Kerr vowed to rebuild the pier.'
		])
			expect(attribute(text)[0]?.speaker, text).toBe('Bram Osei');
	});

	it("issue 9: a name after a naming word is nobody's speech, and the quotes around it carry on", () => {
		const text =
			'"We built it in a garage," said team captain Ana Reyes. The team named their robot "Hope" and a print called "Cowboys and Indians" hung nearby. "It took months," Reyes said.';
		expect(speakers(text)).toEqual(['Ana Reyes', undefined, undefined, 'Ana Reyes']);
	});

	it("issue 9: scare quotes and titles the publication puts in marks are nobody's", () => {
		expect(
			speakers('The band\'s new album, "Summer Nights", went to number one. Its "unknowns" were famous.')
		).toEqual([undefined, undefined]);
	});

	it('issue 9: a sentence with a lead-in of its own does not inherit the last speaker', () => {
		const text =
			'"We had no choice," said Mayor Ana Ruiz. Microsoft`s General Counsel Brad Smith remonstrated "It was clearly important to comply with the law."';
		expect(speakers(text)).toEqual(['Ana Ruiz', undefined]);
	});

	it('issue 9: a straight mark opening a word inside a straight quote nests', () => {
		const text =
			'The paper reports: "While he stopped short, Mr Carpenter said it involved "massive benefit" for the state."';
		expect(attribute(text).map((q) => q.quote)).toEqual([
			'While he stopped short, Mr Carpenter said it involved "massive benefit" for the state.'
		]);
	});
});

describe('issue 9: quotes in long reported-speech paragraphs', () => {
	const text =
		'Jane Doe is the principal of Ardmore High School. She banned the film last week after parents complained.\n\n' +
		'"Parents called the office all morning," she says. "Some were in tears."\n\n' +
		'The school board met on Thursday. Its chair, Omar Lutz, was blunt: "The principal acted within her rights." ' +
		'Lutz said the board would review the policy. "We will look at every film shown in class."\n\n' +
		'In a letter to parents, the teacher who showed the film, Rita Kahn, wrote that she regretted the decision. ' +
		'"I wanted the students to think about the story."\n\n' +
		'"I never meant to upset anyone."';
	const got = attribute(text);
	const of = (start: string) => got.find((q) => q.quote.startsWith(start));

	it('gives a quote after a colon to the named subject of its sentence ("Lutz was blunt: “…”")', () => {
		expect(of('The principal acted')).toMatchObject({ speaker: 'Omar Lutz', confidence: 'high' });
	});

	it('gives a quote right after someone’s reported speech to them, not to the last speaker', () => {
		expect(of('We will look')).toMatchObject({ speaker: 'Omar Lutz', confidence: 'high' });
	});

	it('reads the speaker of reported speech across a long appositive ("the teacher …, Rita Kahn, wrote")', () => {
		expect(of('I wanted the students')).toMatchObject({ speaker: 'Rita Kahn', confidence: 'high' });
		expect(of('I never meant')).toMatchObject({ speaker: 'Rita Kahn', confidence: 'high' });
	});

	it('keeps a paragraph of quotes with its speaker, named once at the top', () => {
		expect(of('Parents called')?.speaker).toBe('Jane Doe');
		expect(of('Some were in tears')?.speaker).toBe('Jane Doe');
	});
});

describe('issue 9: round 4, attribution shapes of news writing', () => {
	it('reads the subject across an age and a relative clause with verbs of its own', () => {
		for (const text of [
			'Tom Lee, 62, who has lived on the street for 30 years, said: "They never asked us."',
			'Tom Lee, 62, who has lived on the street for 30 years, said the plan was "rushed".'
		])
			expect(attribute(text)[0]).toMatchObject({ speaker: 'Tom Lee', confidence: 'high' });
	});

	it('gives every fragment of one reported-speech sentence to its speaker, and no further', () => {
		const speakers = (text: string) => attribute(text).map((q) => q.speaker);
		expect(
			speakers('Mark Lee, the health minister, said the ward was "overwhelmed" and the staff "exhausted."')
		).toEqual(['Mark Lee', 'Mark Lee']);
		expect(
			speakers('Tom Lee told reporters the plan was "dead" and that the minister should "step aside".')
		).toEqual(['Tom Lee', 'Tom Lee']);
		// Someone else, or a sentence of its own, between the fragments: not the first speaker's.
		expect(speakers('Jane Doe said the plan was "rushed", but Tom Roe called it "overdue".')).toEqual([
			'Jane Doe',
			'Tom Roe'
		]);
		expect(
			speakers('Jane Doe said the plan was "rushed". The council disagreed and called it "overdue".')[1]
		).not.toBe('Jane Doe');
	});

	it('gives a document’s words to its owner, and the words a paper quotes to the one it quotes', () => {
		expect(attribute('Acme’s statement read: "We will rebuild."')[0]?.speaker).toBe('Acme');
		expect(attribute('The letter, signed by Jane Doe, reads: "We demand action."')[0]?.speaker).toBe(
			'Jane Doe'
		);
		expect(
			attribute('The newspaper quoted Jane Doe as saying that "the firm will rebuild."')[0]?.speaker
		).toBe('Jane Doe');
		expect(attribute('Jane Doe went on to say that "the firm will rebuild."')[0]?.speaker).toBe('Jane Doe');
		expect(attribute('Jane Doe led the firm. "We will rebuild," she was quoted as saying.')[0]?.speaker).toBe(
			'Jane Doe'
		);
		// "read" before a title names what was read: no speaker.
		expect(attribute('Jane Doe read "The Raven" to the class.')[0]?.speaker).toBeUndefined();
	});

	it('names a person described, then set off by name after an inverted cue', () => {
		expect(attribute('"Nobody warned us," added her neighbour, Paul Smith.')[0]?.speaker).toBe('Paul Smith');
		expect(attribute('"Nobody warned us," said the victim’s mother, Ann Lee.')[0]?.speaker).toBe('Ann Lee');
	});

	it('gives a statement to the organisation it is from, and keeps "of" inside an organisation', () => {
		expect(
			attribute('According to a statement from the Red Cross, "the situation is dire."')[0]?.speaker
		).toBe('the Red Cross');
		expect(
			attribute('The ministry of health said in a press release that "the outbreak is contained".')[0]
				?.speaker
		).toBe('the ministry');
	});

	it('reads shouted, chanted and pleaded words as speech, and a person introduced in the next paragraph speaks', () => {
		expect(
			attribute('Police said Tom Lee, 34, was arrested after he shouted "I will kill you" at officers.')[0]
				?.speaker
		).toBe('Tom Lee');
		const text =
			'"The plan is dead," Jane Doe said.\n\nTom Lee, her deputy, was more hopeful. "It can still work."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Jane Doe', 'Tom Lee']);
	});

	it('keeps lowercase particles inside a speaker’s name', () => {
		expect(attribute('Maria de la Cruz said: "We will win."')[0]?.speaker).toBe('Maria de la Cruz');
		expect(attribute('"We will win," Bashar al-Assad told reporters.')[0]?.speaker).toBe('Bashar al-Assad');
		expect(attribute('"We will win," said Dirk van der Berg.')[0]?.speaker).toBe('Dirk van der Berg');
	});
});

describe('issue 9: round 6, attribution in published reporting', () => {
	it('follows he/she back over a sentence that names nobody, at high confidence', () => {
		const text =
			'Marta Ilves visited the flooded school on Monday. The roof of the gym had fallen in. "We will rebuild it," she added.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Marta Ilves', confidence: 'high' });
		// A sentence about someone else between them still makes the pronoun unsure.
		const other =
			'Marta Ilves visited the school on Monday. The roof fell on a car owned by Tom Roe. "We will rebuild it," she added.';
		expect(attribute(other)[0]?.confidence).toBe('low');
	});

	it('reads the speaker after a question in marks, a "what he called" clause and a longer age phrase', () => {
		const speakers = (text: string) => attribute(text).map((q) => q.speaker);
		expect(speakers('"Who will pay for it?" Petra Saar asked the council.')).toEqual(['Petra Saar']);
		expect(speakers('Tomas Roe rejected what he called "a witch hunt" by the council.')).toEqual([
			'Tomas Roe'
		]);
		// A group's words stay nobody's.
		expect(speakers('Tomas Roe rejected what critics called "a witch hunt".')).toEqual([undefined]);
		expect(
			speakers(
				'Rosa Kell, 42, lost her home. "We got out with nothing," the 42-year-old mother of three said.'
			)
		).toEqual(['Rosa Kell']);
		expect(speakers('"The port is not for sale," Tomas Roe is reported to have said.')).toEqual([
			'Tomas Roe'
		]);
		expect(speakers('Tomas Roe reportedly said that the port was "not for sale".')).toEqual(['Tomas Roe']);
	});

	it('gives an answer labelled with initials to the one person with those initials', () => {
		const text =
			'Tomas Roe founded the site in 2006.\n\n((WN)) Why did you start it?\n\nTR: I wanted a place to weigh "both sides of every question".';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tomas Roe', confidence: 'high' });
	});

	it("goes on with an answer's label over its unlabelled paragraphs, up to the next question", () => {
		const intro =
			'Tomas Roe founded the site in 2006.\n\n((WN)) Why did you start it?\n\nTR: I wanted a place to argue.';
		expect(attribute(`${intro}\n\nWe called it "the arena" for that.`)[0]?.speaker).toBe('Tomas Roe');
		expect(attribute(`${intro}\n\n((WN)) What is "the arena"?`)[0]?.speaker).toBeUndefined();
	});

	it('reads a source named after an inverted cue without the time that follows it', () => {
		expect(attribute('"The roads are clear," reported the Korvel Courier on Monday.')[0]?.speaker).toBe(
			'the Korvel Courier'
		);
	});

	it('reads a bare lowercase noun before a name as its description ("villager Amina Roe")', () => {
		expect(attribute('"The water changed our lives," villager Amina Roe told Korvel News.')[0]?.speaker).toBe(
			'Amina Roe'
		);
	});

	it('keeps the speaker for a second fragment after a verb that is no speech there ("called for")', () => {
		const text = 'Tomas Roe said the authority "has failed" and called for "a full inquiry".';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tomas Roe', 'Tomas Roe']);
	});

	it('reads "agreed because" as no cue, so the speaker of the reported clause speaks', () => {
		const text =
			'Rosa Kell, the head teacher, said the school had agreed because "the students will learn a lot".';
		expect(attribute(text)[0]?.speaker).toBe('Rosa Kell');
	});

	it("gives a quote in an interview's answer to the person its paragraph is labelled with", () => {
		const text =
			'Korvel News spoke to Marta Ilves.\n\nKorvel News: Why did you start it?\n\nMarta Ilves: My grandmother kept every letter. We called it "a museum of small things" for that.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Marta Ilves', confidence: 'high' });
		const question =
			'Korvel News spoke to Marta Ilves.\n\nKorvel News: You called it "a living thing". Why?\n\nMarta Ilves: It grows.';
		expect(attribute(question)[0]?.speaker).toBeUndefined();
	});
});

describe('issue 9: round 9, attribution across sentences and paragraphs (from the invented whole articles)', () => {
	const rows: { rule: string; text: string; quote: string; speaker: string | undefined }[] = [
		{
			rule: 'a name ending in -ing opening a sentence is its subject, not a fronted participle',
			text: 'Ruth Harling carves horses. “It is slow,” Harling said.\n\nHarling has carved 200 of them since 1989, after her mother retired. She was 30 then.\n\n“I knew nothing,” she said.',
			quote: 'I knew nothing',
			speaker: 'Ruth Harling'
		},
		{
			rule: 'a he-chain reaches back a paragraph from each of its links',
			text: 'Marta Ilves runs the ferry. “It is late again,” Ilves said.\n\nShe learned the trade, she said, from her uncle, who sailed it for 40 years.\n\n“The first winter, I sank twice,” she said, laughing.',
			quote: 'The first winter, I sank twice',
			speaker: 'Marta Ilves'
		},
		{
			rule: 'a bare surname keeps its first holder after a relative with that surname is named',
			text: 'Ruth Vell opened the shop in 1990. “It was a risk,” Vell said.\n\nHer son, Tom Vell, keeps the books. “She takes every job,” he said.\n\nVell does not plan to retire. Asked why, she pointed at the bench. “Who else would do it?” she said.',
			quote: 'Who else would do it?',
			speaker: 'Ruth Vell'
		},
		{
			rule: 'a surname opening a sentence spoken next by "she" makes an unknown full name a person',
			text: 'The old record was set by Halina Vorst in 1995. Vorst, now 58, presented the medals. “Records are there to be broken,” she said afterwards.',
			quote: 'Records are there to be broken',
			speaker: 'Halina Vorst'
		},
		{
			rule: 'a name inside the quote is someone the speaker talks about, not the speaker',
			text: 'Leah Brannick will face the world leader, Odile Fanchon, in August.\n\n“Odile is the standard,” she said.',
			quote: 'Odile is the standard',
			speaker: 'Leah Brannick'
		},
		{
			rule: '"the 29-year-old" with no age given before is the person the sentence before is about',
			text: 'Jonas Ekwall finished second. Ekwall, the silver medallist from Dunmere, took the defeat calmly. “He had one more gear,” the 29-year-old said.',
			quote: 'He had one more gear',
			speaker: 'Jonas Ekwall'
		},
		{
			rule: 'the subject of the last verb of speech before a partial quote, after a first one',
			text: 'Her coach, Dominic Flaherty, said he had told her before the final to “run the race, not the record”.',
			quote: 'run the race, not the record',
			speaker: 'Dominic Flaherty'
		},
		{
			rule: 'a second verb of speech after "and" shares a pronoun subject, resolved to its person',
			text: 'Meera Joshil, an analyst at Kavach Securities, praised the results. She raised her target price and said the stock remained “the cleanest play in the sector”.',
			quote: 'the cleanest play in the sector',
			speaker: 'Meera Joshil'
		},
		{
			rule: 'an unnamed company spokesperson is described with the company the article names',
			text: 'Korvel Foods Ltd reported a profit on Tuesday.\n\nA company spokesperson said the plant would open in May. “We are ready,” the spokesperson said.',
			quote: 'We are ready',
			speaker: 'a Korvel Foods Ltd spokesperson'
		}
	];
	it.each(rows)('$rule', ({ text, quote, speaker }) => {
		const got = attribute(text).find((q) => q.quote === quote);
		expect(got?.speaker).toBe(speaker);
		expect(got?.confidence).toBe('high');
	});
});

describe('round 11: attribution in the new invented articles (documents, bodies, relatives)', () => {
	const rows: { rule: string; text: string; quote: string; speaker: string; confidence: string }[] = [
		{
			rule: 'a policy is a document; a possessive before it stays whole ("the district\'s policy", not "the s policy")',
			text: 'The district\'s policy on filming, adopted in 2019, states that "no recording may be shown without consent".',
			quote: 'no recording may be shown without consent',
			speaker: "the district's policy",
			confidence: 'low'
		},
		{
			rule: '"records that" is a document speaking',
			text: 'The deed, dated 1974 and signed by the clerk, records that the land was given to the town "for the recreation of its people".',
			quote: 'for the recreation of its people',
			speaker: 'the deed',
			confidence: 'low'
		},
		{
			rule: '"the coalition said" is the coalition the article named',
			text: 'The Pellan Aid Coalition flew in 60 tonnes of supplies.\n\nThe coalition said it needed money to "cover the first ninety days".',
			quote: 'cover the first ninety days',
			speaker: 'the Pellan Aid Coalition',
			confidence: 'high'
		},
		{
			rule: '"a decision X defended as" is X\'s words, not the decision\'s',
			text: 'Corvo cut 300 staff, a decision Ilse Varga defended in a June interview as "making us faster".',
			quote: 'making us faster',
			speaker: 'Ilse Varga',
			confidence: 'high'
		}
	];
	it.each(rows)('$rule', ({ text, quote, speaker, confidence }) => {
		const got = attribute(text).find((q) => q.quote === quote);
		expect(got?.speaker).toBe(speaker);
		expect(got?.confidence).toBe(confidence);
	});
});

describe("round 11: a fragment inside a named subject's clause", () => {
	// attr73b: "called for" is a cue now, so the words are the caller's, as after "urged" or "demanded".
	it('is not inherited from the last speaker', () => {
		const text =
			'A council officer said staff had been told not to talk. "There was a lot of nervousness," the officer said.\n\nCouncillor Hamish Trewin called for an inquiry into how a deed could be "lost for half a century".';
		expect(attribute(text).find((q) => q.quote === 'lost for half a century')?.speaker).toBe('Hamish Trewin');
	});
});

describe("round 11: a document that is a sentence's subject speaks through its second verb", () => {
	it('"A 2024 audit by X found … and described … as “…”" is X\'s', () => {
		const text =
			'A 2024 audit by the Pellan Audit Office found that few levees had been built, and described the oversight as "largely ceremonial".';
		expect(attribute(text).find((q) => q.quote === 'largely ceremonial')?.speaker).toBe(
			'the Pellan Audit Office'
		);
	});
});

describe('round 11: an unnamed spokesperson and a one-word company', () => {
	it('"a spokesperson said the company “…”" is described with the company', () => {
		const text =
			'Korvel Foods Ltd reported a loss on Tuesday.\n\nA spokesperson said the company "will recover by spring".';
		expect(attribute(text).find((q) => q.quote === 'will recover by spring')?.speaker).toBe(
			'a Korvel Foods Ltd spokesperson'
		);
	});
	it('a one-word name set off by "the … service" is a company ("Pellstack, the note-taking service")', () => {
		const text =
			'Pellstack, the note-taking service with 38 million users, apologised on Tuesday. Pellstack cut staff in June. Pellstack’s status page went dark.\n\nA spokesperson said the company "does not believe staffing was a factor".';
		expect(attribute(text).find((q) => q.quote.startsWith('does not believe'))?.speaker).toBe(
			'a Pellstack spokesperson'
		);
	});
});

describe('round 11: a status page is a document its owner speaks through', () => {
	it('"X’s status page described the problem as “…”" is X\'s', () => {
		const text =
			'Korvel Foods Ltd apologised on Tuesday.\n\nKorvel Foods Ltd’s status page had described the problem only as "degraded performance".';
		expect(attribute(text).find((q) => q.quote === 'degraded performance')?.speaker).toBe('Korvel Foods Ltd');
	});
});

describe('round 11: a document keeps its issuer paragraphs later', () => {
	it('"X, …, wrote in a blog post … the post said … According to the post, “…”" is X\'s', () => {
		const text =
			'"We are sorry," the chief executive, Ilse Varga, wrote in a blog post.\n\nThe problems began on Sunday, the post said.\n\nAccording to the post, engineers took "far too long" to act.';
		expect(attribute(text).find((q) => q.quote === 'far too long')?.speaker).toBe('Ilse Varga');
	});
});

describe('round 8q: what a crowd, a sign or a record carries is nobody’s speech', () => {
	it.each([
		[
			'placards reading',
			'"We will win," said Mara Tolliver, the candidate. Outside, her supporters waved placards reading "Clean water is a right, not a bill".',
			'Clean water is a right, not a bill'
		],
		[
			'a banner that read',
			'"We will win," said Mara Tolliver, the candidate. Neighbours carried a banner that read "Our lake, our home".',
			'Our lake, our home'
		],
		[
			'chanted',
			'"We will win," said Mara Tolliver, the candidate. Her supporters chanted "Four more years!" as she left.',
			'Four more years!'
		],
		[
			'sang',
			'"We will win," said Mara Tolliver, the candidate. Some in the crowd sang "home before the tide" as the rain began.',
			'home before the tide'
		],
		[
			'a song set off by a comma',
			'"We will win," said Mara Tolliver, the candidate. A loudspeaker played her campaign song, "rise up, rise again".',
			'rise up, rise again'
		]
	])('%s', (_, text, quote) => {
		expect(attribute(text).find((q) => q.quote === quote)?.speaker).toBeUndefined();
	});
});

describe('round 8q: an exchange of short quotes alternates', () => {
	it('gives a bare quote answering the last speaker to the one before', () => {
		const text =
			'The two candidates met on Monday.\n\n"You cut the bus service twice," Mara Tolliver said.\n\n"Once," Edwin Raske replied.\n\n"Twice. I have the timetables."\n\n"Then you have old timetables."';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Mara Tolliver',
			'Edwin Raske',
			'Mara Tolliver',
			'Edwin Raske'
		]);
	});

	it('keeps a speaker’s run when the paragraph before was theirs at length', () => {
		const text =
			'"You cut the bus service twice," Mara Tolliver said.\n\nEdwin Raske said the second cut had been forced on him by the regional budget, which fell by a third. "Once, and only once," he said.\n\n"I would do it again."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Mara Tolliver', 'Edwin Raske', 'Edwin Raske']);
	});
});

describe('round 8q: a speaker named in a clause about a document', () => {
	it('gives ", who told reporters" after an appositive to the name before the appositive', () => {
		const text =
			'The appeal is signed by Odile Marchetti-Rao, a lawyer for the growers, who told reporters that the growers had been "ignored for a decade".';
		expect(attribute(text)[0]?.speaker).toBe('Odile Marchetti-Rao');
	});

	it('carries "she said" on to the one person the sentence before gave a quote, its subject being a document', () => {
		const text =
			'The appeal is signed by Odile Marchetti-Rao, who said the growers had been "ignored for a decade". "They wrote letters. Nobody answered," she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Odile Marchetti-Rao', 'Odile Marchetti-Rao']);
	});
});

describe('round 8q: a fragment in a clause whose subject is a document', () => {
	it('is the document’s, not the last speaker’s', () => {
		const text =
			'"We were told the pier was safe," said Mara Tolliver, the harbour master.\n\nThe 2019 survey, carried out for the port by an outside firm, rated the pier in "good order, with yearly checks".';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Mara Tolliver', 'the survey']);
	});
});

describe('round 8q: "something he described as “…”" after a quote', () => {
	it('leaves the first quote to its own cue and gives the second to the pronoun’s person', () => {
		const text =
			'Tomas Harrowgate, the ferryman, said the crossing had been "the calmest in years", something he described as "a small miracle".';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tomas Harrowgate', 'Tomas Harrowgate']);
	});

	it('reads "which she would describe only as “…”" as hers', () => {
		const text =
			'Mara Tolliver, a novelist, said she was writing again. She is at work on a book, which she would describe only as "not about the sea".';
		expect(attribute(text)[0]?.speaker).toBe('Mara Tolliver');
	});
});

describe('round 8q: an unnamed aide and a verb of thought inside what someone said', () => {
	it('gives "X said the campaign had expected “…”" to X, not to the campaign', () => {
		const text = 'Mara Tolliver said the council had expected "a long night" and was ready.';
		expect(attribute(text)[0]?.speaker).toBe('Mara Tolliver');
	});

	it('describes "An aide to the governor" as the speaker, not the governor', () => {
		const text =
			'Edwin Raske, the governor, spoke last. An aide to the governor, who spoke on condition of anonymity, said the team had feared "a long night".';
		expect(attribute(text)[0]?.speaker).toBe('an aide to the governor');
	});
});

describe('round 8q: a verb of speech after a participle', () => {
	it('gives "…, saying he had described it as “…”" to the pronoun’s person', () => {
		const text =
			'Edwin Raske said his record "speaks for itself". Raske rejected her account, saying he had described the tram as "a goal, not a promise".';
		expect(attribute(text)[1]?.speaker).toBe('Edwin Raske');
	});
});

describe('round 8q: a document named with its owner opens the sentence', () => {
	it.each([
		[
			'an owner’s possessive and a prepositional phrase',
			'"It was safe," said Mara Tolliver. The regional Water Agency’s review of the spill, published in May, found that the level had been "far above the limit" for days.'
		],
		[
			'an owner’s name as a modifier',
			'"It was safe," said Mara Tolliver. The Water Agency review, published in May, found that the level had been "far above the limit" for days.'
		]
	])('%s: the fragment is the document’s, not the last speaker’s', (_, text) => {
		const got = attribute(text).find((q) => q.quote === 'far above the limit');
		expect(got?.speaker).toMatch(/review$/);
	});
});

describe('round 8q: "Its summary" after a document', () => {
	it('is that document, not a new one', () => {
		const text =
			'"It was safe," said Mara Tolliver. The review of the spill was published in May. Its summary calls the early statements "at odds with the data".';
		expect(attribute(text).find((q) => q.quote === 'at odds with the data')?.speaker).toBe('the review');
	});
});

describe('round 9q: a speaker set off after a body whose name holds a plural possessive', () => {
	it('reads "The chair of the Harbour Pilots’ Association, Fergus Dunlop, said" as Dunlop speaking', () => {
		const text =
			'The chair of the Harbour Pilots’ Association, Fergus Dunlop, said he had heard it at sea. “She should bring a sleeping bag,” he said.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Fergus Dunlop', confidence: 'high' });
	});
});

describe('round 9q: what "she said" taught about a name that tells no gender', () => {
	it('does not give a later "he said" to a woman a "she said" was resolved to', () => {
		const text =
			'Adaeze Okafor, the minister, defended the cut. “It is final,” she said.\n\nThe chair of the pilots, a man nobody named, said it was wrong. “She should bring a sleeping bag,” he said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Adaeze Okafor', undefined]);
	});
});

describe('round 9q: a quote inside what someone told reporters, of words a third person used', () => {
	it('gives "X told reporters at the count that Y had called the tram “…”" to Y', () => {
		const text =
			'Mayor Anna Bell lost to Tamsin Greer. Bell told reporters at the count that Greer had called the tram “a vanity project” during the campaign.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tamsin Greer', confidence: 'high' });
	});

	it('leaves a quote before ", and said …" to the words before it, not to the second verb', () => {
		const text =
			'Tamsin Greer thanked Clara Dunphy. Dunphy told reporters that Greer had called the tram “a vanity project” during the campaign, and said voters would regret it.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tamsin Greer', confidence: 'high' });
	});
});

describe('round 9q: a second "that" clause of the same verb of speech', () => {
	it('gives "…, and that Okafor had his “full confidence”" to the one who replied, not to the name inside', () => {
		const text =
			'Patrick Varga replied that he had read “several hundred”, and that Grace Okafor had his “full confidence”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Patrick Varga', 'Patrick Varga']);
	});

	it('still gives a fragment after "and that Okafor called it" to Okafor', () => {
		const text =
			'Patrick Varga replied that he had read “several hundred”, and that Grace Okafor called the letters “moving”.';
		expect(attribute(text)[1]?.speaker).toBe('Grace Okafor');
	});
});

describe('round 9q: two people who speak together', () => {
	it.each([
		['named in full', 'Ewa Lindqvist and Marek Hale said they would “judge the mayor on her record”.'],
		[
			'set off after a role',
			'Two councillors for the ward, Ewa Lindqvist and Marek Hale, said they would “judge the mayor on her record”.'
		],
		[
			'after an inverted cue',
			'“We will judge the mayor on her record,” said Ewa Lindqvist and Marek Hale, the ward’s two councillors.'
		]
	])('%s: both are the speaker, at high confidence', (_, text) => {
		expect(attribute(text)[0]).toMatchObject({
			speaker: 'Ewa Lindqvist and Marek Hale',
			confidence: 'high'
		});
	});

	it('reads a first name joined to a full name ("Jenna and Carys Penhale") as both', () => {
		const text =
			'Arlo Penhale died on Saturday. His daughters, Jenna and Carys Penhale, said in a joint statement that he was “the kindest man in Dunmore”.';
		expect(attribute(text)[0]?.speaker).toBe('Jenna and Carys Penhale');
	});

	it('issue 9 (blind review W42): reads a plural title before two surnames ("Drs. Roe and Abel explained") as both', () => {
		const text =
			'Ada Roe, a surgeon, and Tom Abel, a nurse, led the team. "We did five by-passes in all," Drs. Roe and Abel explained.';
		expect(attribute(text)[0]?.speaker).toBe('Drs. Roe and Abel');
	});

	it('does not join an object to the next clause’s subject ("Greer thanked Ewa Lindqvist and Marek Hale said")', () => {
		const text = 'Tamsin Greer thanked Ewa Lindqvist and Marek Hale said it was “a fair fight”.';
		expect(attribute(text)[0]?.speaker).toBe('Marek Hale');
	});
});

describe('round 9q: a quote standing alone, its speaker named in the next sentence', () => {
	it('gives it to the subject after "With those words,"', () => {
		const text =
			'“Somebody in this town knows what happened, and I am asking them to call.” With those words, Detective Inspector Maud Carrick opened a news conference in Dunmore.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Maud Carrick', confidence: 'high' });
	});

	it('gives it to nobody when the next sentence only goes on about someone', () => {
		const text =
			'“Somebody in this town knows what happened, and I am asking them to call.” Detective Inspector Maud Carrick opened a news conference in Dunmore.';
		expect(attribute(text)[0]?.confidence).toBe('low');
	});
});

describe('round 9q: a verb of speech in the passive', () => {
	it('gives the words to nobody when no agent is named ("Penhale was described as “…”")', () => {
		const text = 'Tom Roe spoke first. Arlo Penhale was described as “a legend of the harbour”.';
		expect(attribute(text)[0]).toMatchObject({ speaker: undefined, confidence: 'low' });
	});

	it.each([
		[
			'before the words',
			'Arlo Penhale was described by his neighbour, Tom Roe, as “a legend of the harbour”.'
		],
		['after the words', 'The plan was called “reckless and late” by Tom Roe, the union leader.']
	])('gives them to the agent after "by" (%s)', (_, text) => {
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tom Roe', confidence: 'high' });
	});

	it('leaves "was quoted as saying" to its subject', () => {
		const text = 'Tom Roe was quoted as saying the plan was “reckless and late”.';
		expect(attribute(text)[0]?.speaker).toBe('Tom Roe');
	});
});

describe('round 9q: a tribute that remembers someone in the speaker’s words', () => {
	it('gives "X remembered a man who “…”" to X, and "to be remembered as “…”" to nobody', () => {
		const text =
			'Olwen Price, who worked beside him for 19 years, remembered a man who “never once went home before the last boat was in”. He will be remembered as “the harbour’s father”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Olwen Price', undefined]);
	});
});

describe('round 9q: he/she with two people it fits at the head of the sentence before', () => {
	it.each([
		['two subjects', 'Tom Roe and Sam Ito met on Monday. “It will fail,” he said.'],
		['a source and a subject', 'According to Tom Roe, Sam Ito resigned on Monday. “It will fail,” he said.'],
		[
			'two subjects a paragraph back',
			'Tom Roe and Sam Ito both spoke at the meeting. The council approved the plan.\n\n“It will fail,” he said.'
		]
	])('%s: names neither', (_, text) => {
		expect(attribute(text)[0]).toMatchObject({ speaker: undefined, confidence: 'low' });
	});

	it('names the one the pronoun fits ("Tom Roe and Anna Ito met. … he said")', () => {
		const text = 'Tom Roe and Anna Ito met on Monday. “It will fail,” he said.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tom Roe', confidence: 'high' });
	});
});

describe('round 9q: a name set off by commas with an age or a bare noun before it', () => {
	it.each([
		[
			'an age',
			'Kira Vance spoke. Vance’s co-star, 17-year-old Nia Bell, said the film was “so much fun”.',
			'Nia Bell'
		],
		[
			'a bare noun',
			'Tom Roe spoke. His partner, lawyer Tom Eade, said the verdict was “plainly wrong”.',
			'Tom Eade'
		]
	])('%s: the name is the subject', (_, text, speaker) => {
		expect(attribute(text)[0]).toMatchObject({ speaker, confidence: 'high' });
	});
});

describe('round 9q: an answer after a sentence in which someone asked', () => {
	it('gives "she said" to nobody when the one asked is named only by a role', () => {
		const text =
			'Dana Whitcombe asked the minister whether the cut could be reversed. “It is final,” she said.';
		expect(attribute(text)[0]).toMatchObject({ speaker: undefined, confidence: 'low' });
	});

	it('gives a question in the marks to the one who asked, and an answer to a named person asked', () => {
		const asked = 'Dana Whitcombe asked whether the cut could be reversed. “Can it?” she said.';
		const named =
			'Dana Whitcombe asked Grace Okafor whether the cut could be reversed. “It is final,” she said.';
		expect(attribute(asked)[0]?.speaker).toBe('Dana Whitcombe');
		expect(attribute(named)[0]?.speaker).toBe('Grace Okafor');
	});
});

describe('round 10q: roles, written channels and sources named at the end', () => {
	it('gives "the union leader" to the one person holding a post in a union, the body read from her role', () => {
		const text =
			'The union’s general secretary, Rosa Lind, spoke to strikers. Tom Roe, a driver, said he was worried.\n\nThe company said its offer stood.\n\n“We walked out of an empty room,” the union leader added.';
		expect(attribute(text).at(-1)?.speaker).toBe('Rosa Lind');
	});

	it.each([
		[
			'two ministers, neither named as one',
			'The two foreign ministers, Ivo Sand of Norland and Eva Kell of Ostria, spoke separately. Kell said her country had moved. “We gave something,” the minister said.'
		],
		[
			'an actor the article never calls one',
			'The film stars Ana Holt. Tom Eade, who plays her brother, was cautious. The actor said he had been “relieved to be in it”.'
		]
	])('gives a bare role nobody named holds to no one: %s', (_, text) => {
		expect(attribute(text).at(-1)).toMatchObject({ speaker: undefined, confidence: 'low' });
	});

	it('takes the subject "The director" for the one director named just before, for the "she said" after it', () => {
		const text =
			'The film is by director Mira Kost. It stars Ana Holt, who has worked with Kost before.\n\nThe director said the delay was her own doing. “I held it back,” she said.';
		expect(attribute(text).at(-1)).toMatchObject({ speaker: 'Mira Kost', confidence: 'high' });
	});

	it('reads "who" after "X in the <paper>" as X, not the paper', () => {
		const text =
			'“A slow masterpiece,” wrote Teo Vask in the Corlan Evening Post, who called the lead “the best this decade”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Teo Vask', 'Teo Vask']);
	});

	it('gives a quote in the middle of a sentence to the source that ends it with "according to"', () => {
		const text =
			'Trade has fallen by “more than half” since the closure, according to the Norland Chamber of Commerce.';
		expect(attribute(text)[0]).toMatchObject({
			speaker: 'the Norland Chamber of Commerce',
			confidence: 'high'
		});
	});

	it('keeps a quote whose own verb of speech comes before "according to" with that verb’s subject', () => {
		const text =
			'“We grew fast,” Ilse Vand said in a letter to staff, according to a copy seen by the Norland Post.';
		expect(attribute(text)[0]?.speaker).toBe('Ilse Vand');
	});
});

describe('round 10q: a company that speaks only in writing', () => {
	it.each([
		[
			'a statement from the company',
			'Korvel Ferries cut sailings. A statement from the company read: “We regret the disruption.”'
		],
		[
			'a letter by a person',
			'Tom Roe wrote to the council. “We regret the disruption,” a letter by Tom Roe said.'
		]
	])('gives %s to the issuer the phrase names', (_, text) => {
		expect(attribute(text)[0]?.speaker).toMatch(/Korvel Ferries|Tom Roe/);
	});

	it('reads "its statement" as the body its own sentence opens on', () => {
		const text =
			'Korvel Ferries cut sailings. Tom Roe said most crews stayed away. The company did not dispute the figure, but its statement said sailings would “run for medical needs only”.';
		expect(attribute(text)[0]?.speaker).toBe('Korvel Ferries');
	});
});

describe('round 10q: an unnamed source opening its sentence with relative clauses', () => {
	it.each([
		'A Norland diplomat who was in the room, and who asked not to be named because the talks were secret, said the other side “came in with forty demands”.',
		'A diplomat who was in the room said the other side “came in with forty demands”.'
	])('names the source by the noun the clauses hang on: %s', (text) => {
		expect(attribute(text)[0]?.speaker).toMatch(/^a (?:Norland )?diplomat$/);
	});

	it('keeps a name set off after the clause as the speaker', () => {
		expect(attribute('A man who lives nearby, Tom Roe, said it was “loud”.')[0]?.speaker).toBe('Tom Roe');
	});
});

describe('round 10q: a relative pronoun right before the verb of speech', () => {
	it('leaves "which" out of the speaker ("a joint communiqué which said")', () => {
		const text = 'The two leaders signed a joint communiqué which said they would “restore free movement”.';
		expect(attribute(text)[0]?.speaker).not.toMatch(/which/);
	});
});

describe('round 10q: a bare role two people may hold', () => {
	it.each([
		[
			'two named with the role',
			'The mayor, Anna Holt, spoke first. Tom Reed, a mayor from the next town, spoke next. “It failed,” the mayor said.'
		],
		[
			'a former holder and an unnamed one',
			'Anna Holt spoke first. Tom Reed, a former mayor, spoke next. “It failed,” the mayor said.'
		],
		['a deputy for the post itself', 'The deputy mayor, Tom Reed, spoke. “It failed,” the mayor said.'],
		[
			'the opposition’s shadow for the post itself (lead 45)',
			'The Shadow Treasurer, Tom Reed, spoke. “It was agreed by the cabinet,” the Treasurer said.'
		]
	])('names nobody: %s', (_, text) => {
		expect(attribute(text)[0]).toMatchObject({ speaker: undefined, confidence: 'low' });
	});

	it('attrk64: a qualifier a word or two before the role\'s head makes no holder of the post ("Deputy Prime Minister")', () => {
		const text =
			'Leader Kim Bea and Shadow Foreign Affairs minister Kevin Rudd asked the questions.\n\nPrime Minister John Howard and Deputy Prime Minister Mark Vaile answered. The Prime Minister has stated that he “denies” it.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'John Howard', confidence: 'high' });
	});

	it('still names the one deputy for "the deputy mayor"', () => {
		const text = 'The deputy mayor, Tom Reed, spoke. “It failed,” the deputy mayor said.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tom Reed', confidence: 'high' });
	});
});

describe('stop 59: he/she after a sentence whose subject is a bare role the one person named before holds', () => {
	it('goes on with that holder, and not for a role with its own body', () => {
		const held =
			'President Ada Vell visited the port on Monday. Vell also called on the board to act.\n\nLater, the president addressed a crowd of workers at the docks.\n\n“The port will stay open,” she said.';
		expect(attribute(held).map((q) => q.speaker)).toEqual(['Ada Vell']);
		const other =
			'President Ada Vell visited the port on Monday. Vell also called on the board to act.\n\nLater, the president of the dockers’ club addressed a crowd of workers.\n\n“The port will stay open,” she said.';
		expect(attribute(other).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('round 10q: he/she after a sentence of reported speech signed at its end', () => {
	it('goes on with the source named in ", X said." rather than the person spoken of before', () => {
		const text =
			'Mirela Sand said her party would talk. The recount added 15 to her lead after a bundle was counted twice, Ewa Lind said. “The margin is secure,” she told reporters.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Ewa Lind', confidence: 'high' });
	});
});

describe('round 10q: words the one answering wrote, in a labelled answer', () => {
	it('gives a quote from "my field notes" in an answer to the answer’s label', () => {
		const text =
			'Hanne Solvik, a scientist at the Nordmark Polar Institute, led the survey.\n\nWikinews: Were you right?\n\nHanne Solvik: Yes. There is a line in my field notes from the second week that says only “the edge is not where the map says”.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Hanne Solvik' });
	});
});

describe('round 10q: a surname two people named before share', () => {
	it('gives "said Holt" to neither when nothing tells them apart', () => {
		const text = 'Anna Holt, the mayor, and Tom Holt, a builder, spoke. “It failed,” said Holt.';
		expect(attribute(text)[0]).toMatchObject({ speaker: undefined, confidence: 'low' });
	});
});

describe('round 10q: a collective noun with no plural "-s" as a source', () => {
	it('gives "according to police" its quote as a group: a speaker, but no one to ask about', () => {
		const text = 'According to police, the driver was “not wearing a seatbelt”.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'police', confidence: 'low' });
	});
});

describe('round 10q: an interpreter named as the one who said the words', () => {
	it('gives "said Mila Toren, interpreting for President Ivo Sand" to Ivo Sand', () => {
		const text =
			'President Ivo Sand spoke. “We are neighbours,” said Mila Toren, interpreting for President Ivo Sand.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Ivo Sand', confidence: 'high' });
	});

	it('gives the words of "the president’s interpreter, Mila Toren," to nobody when the president is not named', () => {
		const text = 'The president’s interpreter, Mila Toren, said: “We are neighbours.”';
		expect(attribute(text)[0]).toMatchObject({ speaker: undefined, confidence: 'low' });
	});
});

describe('round 11q: a role with its start date before a name set off by commas', () => {
	it('gives the quote after "The band’s drummer since 2009, Ana Kell, said …" to Ana Kell', () => {
		const text =
			'Tomas Vey, the founder, retired in May.\n\nThe band’s drummer since 2009, Ana Kell, said the tour would go on. “He taught us to listen.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ana Kell']);
	});
});

describe('round 11q: words someone else asked or said, inside reported speech', () => {
	it('gives "said his aunt, Rina Holm, had rung to ask whether she should “…”" to Rina Holm', () => {
		const text =
			'Tomas Vey, 16, reads the news.\n\nTomas Vey said his aunt, Rina Holm, had rung the studio to ask whether she should “bring an umbrella or a hat”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Rina Holm']);
	});

	it('keeps "said Rina Holm had been “…”" with the one who said it', () => {
		const text = 'Tomas Vey, 16, reads the news. Tomas Vey said Rina Holm had been “a brilliant teacher”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tomas Vey']);
	});
});

describe('round 11q: "It begins:" after a sentence naming a written work and its author', () => {
	it('gives the lines to the poem’s author, not to the last speaker', () => {
		const text =
			'“We play music,” said Tobin Marsh, 16.\n\nIn March the station read out a poem by Lia Brent, 13, about the pier. It begins: “The boards went first, then the rails.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tobin Marsh', 'Lia Brent']);
	});
});

describe('round 11q: a user quoted by the handle in marks', () => {
	it('gives the words to the handle after "posting as", "who posts as" and "a user called"', () => {
		const text =
			'Readers complained on the forum.\n\nOne reader, posting as “tidewatcher”, wrote: “It froze twice on the first day.”\n\nAnother, who posts as “fen_ro”, wrote that the update had “lost all my notes”.\n\n“I waited a year for this,” wrote a user called “moss_hen” on the forum.';
		const got = attribute(text).filter((q) => q.quote.split(' ').length > 1);
		expect(got.map((q) => q.speaker)).toEqual(['tidewatcher', 'fen_ro', 'moss_hen']);
	});
});

describe('round 11q: a short time phrase fronted with no comma', () => {
	it('reads "On Thursday night Vell tweeted" as Vell’s sentence for the "she wrote" after it', () => {
		const text =
			'Ines Vell runs the firm. “We will fix it,” Vell wrote.\n\nMara Quist, an analyst, said the week went well. “It is a good product,” she said.\n\nOn Thursday night Vell tweeted that a fix was ready. “So far, no freezes,” she wrote.';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([
			['Ines Vell', 'high'],
			['Mara Quist', 'high'],
			['Ines Vell', 'high']
		]);
	});
});

describe('round 11q: "his father" when the father is named with the same surname', () => {
	it('gives "his father had said … “…”" to the one named relative the kinship fits', () => {
		const text =
			'Pavel Vance, 52, denies fraud. The defendant’s son, Ilan Vance, 24, was called. He told the jury his father had said that the firm “would not last”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Pavel Vance']);
	});

	it('keeps "his father" described when two named men could be him', () => {
		const text =
			'Pavel Vance and Otto Vance run the firm. The defendant’s son, Ilan Vance, 24, was called. He told the jury his father had said that the firm “would not last”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['his father']);
	});
});

describe('round 11q: ", as he told …" after a quote', () => {
	it('gives the quote before ", as he told the Gazette" to him, and ", as Vell wrote" to Vell', () => {
		const text =
			'Tom Rowe, a coxswain, has died. He founded the choir “because the crew sang anyway”, as he told the Gazette in 2011.\n\nMina Vell ran the choir later. It was “a family with a piano”, as Vell wrote in her memoir.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Rowe', 'Mina Vell']);
	});
});

describe('round 11q: a fronted participle that does not end in "-ed"', () => {
	it('reads "Born in Tarne in 1942, Rowe went to sea" as Rowe’s sentence for a "he" chain after it', () => {
		const text =
			'Tom Rowe, a coxswain, has died.\n\nBorn in Tarne in 1942, Rowe went to sea at 15. He was coxswain for 19 years. “The sea was my school,” he said in 2011.';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([['Tom Rowe', 'high']]);
	});
});

describe('round 11q: "his family" as a source', () => {
	it('describes the family by the person "his" names', () => {
		const text =
			'Tom Rowe, a coxswain, has died aged 84.\n\nHis family said in a statement that he had died “with the radio on”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Rowe’s family']);
	});
});

describe('round 11q: he/she back to a surname two people share', () => {
	it('names nobody when the sentence it reaches opens on a surname both relatives hold', () => {
		const text =
			'Tom Holt, 60, runs the farm. His son, Sam Holt, 30, works there.\n\nHolt said the drought was the worst he had seen. “We lost half the herd,” he said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('round 11q: a quote after a sentence whose subject is a shared surname', () => {
	it('gives neither relative the quote after "Holt was blunt:" or "Holt said …."', () => {
		const family = 'Tom Holt, 60, runs the farm. His son, Sam Holt, 30, works there.\n\n';
		expect(attribute(family + 'Holt was blunt: “We lost half the herd.”')[0]?.speaker).toBeUndefined();
		expect(
			attribute(family + 'Holt said the drought was the worst yet. “We lost half the herd.”')[0]?.speaker
		).toBeUndefined();
	});
});

describe('round 11q: a first name two people go by', () => {
	it('gives "Paul said" after Paul Grant and Paul Ives to no one, not to a person or body called Paul', () => {
		const text =
			'Paul Grant, a farmer, lost his barn. Paul Ives, a neighbour, helped.\n\n“It was terrible,” Paul said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('round 11q: a message read out, written by someone the sentence names', () => {
	it('gives the message after "read out a text the prosecution says Tom Roe sent to a friend … :" to Tom Roe', () => {
		const text =
			'Tom Roe, 52, denies arson. Ms Ada Vask read out a text message the prosecution says Tom Roe sent to a friend at 9 p.m.: “Stay away tonight.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Roe']);
	});
});

describe('round 11q: a cue set off by commas inside the sentence before the quote', () => {
	it('gives "His first forecast, he recalls, promised “…”" to the one "he" names', () => {
		const text =
			'“We play music,” said Tobin Marsh, 16.\n\nMarsh says the hard part was talking to strangers. His first forecast, he recalls, promised “sun and rain at once”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tobin Marsh', 'Tobin Marsh']);
	});
});

describe('round 11q: an aside cue with a person in its clause', () => {
	it('leaves "Vey, he said, had called it “…”" to the usual rules, not to "he"', () => {
		const text = 'Tom Roe, a farmer, spoke. David Vey, he said, had called the plan “a mess”.';
		expect(attribute(text).map((q) => q.speaker)).not.toEqual(['Tom Roe']);
	});
});

describe('round 11q: a boy called by his first name alone', () => {
	it('never takes "she said": the first name tells he is a boy', () => {
		const text =
			'Lena Fisk, a teacher, and her son Tom, 12, planted trees.\n\n“It was muddy,” said Tom. His mother laughed. “He loved it,” she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom', 'Lena Fisk']);
	});
});

describe('stop 26: "he said" after a sentence whose subject is no person', () => {
	it('goes to the one person that sentence names, unsure, not to a subject further back', () => {
		const text =
			'Orla Brant, a painter, died in 2004.\n\nThe bidders went quiet, and the auctioneer, Piers Aldridge, paused. “I have rarely heard a room so still,” he said afterwards.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Piers Aldridge', confidence: 'low' });
	});

	it('stop 53: goes to that person, sure, when the sentence names them as its subject behind a role or a fronted phrase', () => {
		const lead = 'Orla Brant, a painter, died in 2004.\n\n';
		for (const sentence of [
			'===Reaction=== Director Piers Aldridge has closed the gallery until May.',
			'At the end of the sale, the house’s auctioneer Piers Aldridge revealed the price.',
			'Former mayor of Kell Piers Aldridge welcomed the buyers.',
			'Auctioneer Piers Aldridge, 70, was charged with fraud.'
		])
			expect(attribute(`${lead}${sentence} “It was a fair sale,” he said.`)[0]).toMatchObject({
				speaker: 'Piers Aldridge',
				confidence: 'high'
			});
		// The one person named is the object of a preposition or a verb, not who acts: still unsure.
		expect(
			attribute(
				`${lead}A doctor treating Mr Piers Aldridge said he was stable. “It was a fair sale,” he said.`
			)[0]
		).toMatchObject({ confidence: 'low' });
		// attr70: one brought in unnamed to speak for him is who goes on.
		expect(
			attribute(
				`${lead}A spokesperson for Piers Aldridge defended the sale. “It was a fair sale,” he said.`
			)[0]
		).toMatchObject({ speaker: 'a spokesperson for Piers Aldridge' });
	});
});

describe('round 12q: a person named by a role nobody named holds', () => {
	it('gives "she said" after "the head teacher conceded" to no one, not to a woman named before', () => {
		const text =
			'Mara Quill, who chairs the panel, spoke first. Quill was unimpressed.\n\nAfter a pause, the head teacher conceded the point. “We were late,” she said.';
		expect(attribute(text).at(-1)).toMatchObject({ speaker: undefined });
	});
	it('still follows "she" past a sentence whose role its holder was named for', () => {
		const text =
			'The head teacher, Mara Quill, spoke first.\n\nAfter a pause, the head teacher conceded the point. “We were late,” she said.';
		expect(attribute(text).at(-1)).toMatchObject({ speaker: 'Mara Quill' });
	});
});

describe('round 12q: "His daughter" as the subject before "she said"', () => {
	it('is the relative set off after the kinship word when the two were named', () => {
		const text =
			'The coins were found by Tam Ordish and his daughter, Wren Ordish.\n\n“It buzzed,” Tam Ordish said.\n\nHis daughter, 22, a student, said she had not slept. “I held history,” she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tam Ordish', 'Wren Ordish']);
	});
	it('names no one when two daughters share the surname', () => {
		const text =
			'Tam Ordish came with his daughter, Wren Ordish, and his daughter, Ivy Ordish.\n\n“It buzzed,” Tam Ordish said.\n\nHis daughter, 22, said she had not slept. “I held history,” she said.';
		expect(attribute(text).at(-1)?.speaker).toBeUndefined();
	});
});

describe('round 12q: "the council said" and a building named for the council', () => {
	it('does not give the council’s words to "County Hall"', () => {
		const text =
			'Marchers gathered outside Kelby County Hall.\n\nIn a statement, the council said it faced “a gap of £9 million”.';
		expect(attribute(text)[0]?.speaker).not.toBe('Kelby County Hall');
	});
	it('still gives them to a council the article names', () => {
		const text = 'Kelby County Council met on Monday.\n\nThe council said it faced “a gap of £9 million”.';
		expect(attribute(text)[0]?.speaker).toBe('Kelby County Council');
	});
});

describe('round 12q: a university, a museum or a hospital speaks as a body', () => {
	it('gives "the university called the hoard “…”" to the university the article named', () => {
		const text =
			'Archaeologists from the University of Tarrow found the coins.\n\nIn a press release, the university called the hoard “a rare survival”.';
		expect(attribute(text)[0]?.speaker).toBe('the University of Tarrow');
	});
});

describe('round 12q: a document named at the end of a sentence with "according to"', () => {
	it('gives the listing’s words to "the screenshot"', () => {
		const text =
			'Vera Lund found the stolen records.\n\nThe listing offered “fresh data, 410k rows” for 3 bitcoin, according to the screenshot.';
		expect(attribute(text)[0]?.speaker).toBe('the screenshot');
	});
});

describe('round 12q: a quote paragraph after reported speech and a sentence naming no one', () => {
	it('goes, unsure, to the one who spoke in reported speech', () => {
		const text =
			'The dig’s director, Ines Varga, said the jar lay beside a wall. The youngest coins date from 1644.\n\n“Somebody buried this in a hurry.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Ines Varga', confidence: 'low' });
	});
	it('does not step past a sentence that names someone else', () => {
		const text =
			'The dig’s director, Ines Varga, said the jar lay beside a wall. Tom Hale found the first coin.\n\n“Somebody buried this in a hurry.';
		expect(attribute(text)[0]?.speaker).not.toBe('Ines Varga');
	});
});

describe('round 12q: a document read aloud before a colon', () => {
	it('gives the words read from "the council’s letter" to no reader', () => {
		const text = 'Ann Lee read out the council’s letter: “The routes carry few passengers.”';
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
	it('still gives "Ann Lee was blunt: “…”" to her', () => {
		expect(attribute('Ann Lee was blunt: “No.”')[0]?.speaker).toBe('Ann Lee');
	});
});

describe('round 12q: an object’s inscription told by a speaker', () => {
	it.each([
		['Ann Lee, the curator, said the ring is engraved “Love and live”.'],
		['Tom Hale said the sign at the gate reads “Keep out”.'],
		['Ann Lee said the stone was carved with the words “Here lies a farmer”.']
	])('gives %s no speaker', (text) => {
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
	it('still gives "said the ring “was a promise”" to the speaker', () => {
		expect(attribute('Tom Hale said the ring “was a promise”.')[0]?.speaker).toBe('Tom Hale');
	});
});

describe('round 12q: "Another asked:" after "one customer"', () => {
	it('is another unnamed speaker of that kind', () => {
		const text = 'Bills rose. “Why?” wrote one customer online. Another asked: “Who pays?”';
		expect(attribute(text)[1]?.speaker).toBe('another customer');
	});
	it('names no one when no "one …" of a person came before', () => {
		const text = 'Prices rose by one point. Another asked: “Who pays?”';
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
});

describe('round 12q: words quoted from someone else’s claim', () => {
	it('gives "denied Bob Roe’s claim that she had “…”" to Roe, unsure, not to the one who denies it', () => {
		const text = 'Ann Lee, the mayor, denied Bob Roe’s claim that she had “lied to voters”.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Bob Roe', confidence: 'low' });
	});
	it('gives words from an unnamed body’s claim to no one', () => {
		const text = 'Ann Lee, the mayor, denied the union’s claim that she had “lied to voters”.';
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
	it('still gives "denied the claim, calling it “…”" to the one who denies it', () => {
		const text = 'Ann Lee, the mayor, denied Bob Roe’s claim, calling it “nonsense”.';
		expect(attribute(text)[0]?.speaker).toBe('Ann Lee');
	});
});

describe('round 12q: a lede’s subject given by a role, named in the next paragraph', () => {
	const lede =
		'The head teacher of Orrin Academy told parents on Monday that the school had been “far too slow”.\n\n';
	it('gives the lede’s quote and a later "the head teacher … she said" to the person named next, unsure', () => {
		const text = `${lede}Mara Quill wrote to every family.\n\nTom Hale, a parent, was angry.\n\nAfter a pause, the head teacher conceded the point. “We were late,” she said.`;
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([
			['Mara Quill', 'low'],
			['Mara Quill', 'low']
		]);
	});
	it('names no one when the next paragraph opens on someone with a role of their own', () => {
		const text = `${lede}Mara Quill, a governor, wrote to every family.`;
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
});

describe('round 12q: a document a speaker reports or points to', () => {
	it('gives "said a council report described the route as “…”" to the report, not to the one who reports it', () => {
		const text = 'Ann Lee said a council report described the route as “unviable”.';
		expect(attribute(text)[0]?.speaker).not.toBe('Ann Lee');
	});
	it('gives "pointed to a line in the report: “…”" to no reader', () => {
		const text = 'Ann Lee pointed to a line in the report: “the route is unviable”.';
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
	it('still gives "said in a statement: “…”" to the one who issued it', () => {
		expect(attribute('Acme Corp said in a statement: “We are sorry.”')[0]?.speaker).toBe('Acme Corp');
	});
});

describe('round 12q: a quote in another language with its translation in brackets', () => {
	it('gives both the words and the translation to the speaker the cue after the brackets names', () => {
		const text = 'Mira Osk, 41, fled in March. “Nous avons faim” (“We are hungry”), Osk said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Mira Osk', 'Mira Osk']);
	});
});

describe('round 12q: "she" between a man’s quote and a bare quote', () => {
	it('does not carry his words on into the bare quote', () => {
		const text =
			'The committee chair, Ann Lee, asked about pay.\n\n“Nothing was paid,” Tom Ray replied.\n\nShe was not persuaded. “That is hard to believe.”';
		expect(attribute(text)[1]?.speaker).not.toBe('Tom Ray');
	});
	it('still carries them on past "he"', () => {
		const text =
			'The committee chair, Ann Lee, asked about pay.\n\n“Nothing was paid,” Tom Ray replied.\n\nHe paused. “Not one penny of it, then or since.”';
		expect(attribute(text)[1]?.speaker).toBe('Tom Ray');
	});
});

describe('issue 9: a rank with its service before the name, as US reporting writes it', () => {
	it.each([
		['said Army Maj. Ana Ruiz.', 'Army Maj.'],
		['said Air Force Col. Ana Ruiz.', 'Air Force Col.'],
		['said Adm. Ana Ruiz, who led the review.', 'Adm.']
	])('gives “…,” %s to Ana Ruiz, not to the rank', (after) => {
		const text = `The base held its review on Monday. “We need more radios at the front,” ${after}`;
		expect(attribute(text)[0]?.speaker).toBe('Ana Ruiz');
	});
});

describe('issue 9 (attr28p): words that are nobody’s, or somebody else’s', () => {
	it.each([
		'Asked whether Mayor Tove Brand “has a plan for the harbour,” 61 percent of Dunmore voters said yes.',
		'Asked if the council is “doing enough for the valley,” most residents of Kelby said no.',
		'To a question on the “closure of rural depots,” Councillor Ines Varga said the depots cost too much.'
	])('leaves a question’s wording to no one: %s', (text) => {
		expect(attribute(`The Kelby Courier ran its survey last week. ${text}`)[0]?.speaker).toBeUndefined();
	});
	it('keeps the answer’s own quote after the question’s clause', () => {
		const text =
			'The Courier asked the mayor about the depots. Asked whether they would close, Tove Brand said: “Not this year.”';
		expect(attribute(text)[0]?.speaker).toBe('Tove Brand');
	});
	it('gives no speaker to a clause before a verb that only looks like a cue', () => {
		const text =
			'Do not offer a “truce” on behalf of the rest of the league, lest you confuse people in border states whose votes count.';
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
	it('reads “a formula called the “…”” as a name, not a speech', () => {
		const text = 'Both oppose a pension formula called the “rolling index” that would cut payments.';
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});
	it('keeps an anonymous person who speaks', () => {
		const text = 'The depot closed on Friday. One driver called the decision “a slap in the face.”';
		expect(attribute(text)[0]?.speaker).toBe('One driver');
	});
	it.each([
		'he insisted that the bridge was safe - as Ivo Marsh has said - and that he can “promise” it will stand.',
		'he insisted that the bridge was safe (as Ivo Marsh has said) and that he can “promise” it will stand.'
	])('does not give a quote to the name in an aside closed before it: %s', (sentence) => {
		const text = `Mayor Tove Brand spoke for an hour. At the meeting, ${sentence}`;
		expect(attribute(text)[0]?.speaker).not.toBe('Ivo Marsh');
	});
	it('gives a participle after someone’s editorial to the document, not to the one it addresses', () => {
		const text =
			'Mayor Tove Brand went to Kelby at last.\n\nShe went only after the Kelby Courier’s editorial telling her to leave her “quiet lakeside cottage” behind.';
		expect(attribute(text)[0]?.speaker).not.toBe('Tove Brand');
	});
	it('gives a campaign’s email to the campaign, not to the candidate whose name qualifies it', () => {
		const text =
			'Senator Ivo Marsh spoke in Kelby on Monday.\n\nThe Marsh campaign sent a fundraising email on Tuesday.\n\n“Friend, we can win this,” the email read.';
		expect(attribute(text)[0]?.speaker).toBe('the Marsh campaign');
	});
	it('gives a participle right after a name, after a preposition, to that name, not to the sentence’s subject', () => {
		const text =
			'Senator Ivo Marsh spoke in Kelby on Monday. Marsh said the row was no different from Ada Roe calling the ferry plan “a sinking ship” in 2019.\n\n' +
			'Tom Abel reminds me of Nils Berg saying that “a harbour is only as good as its worst pier.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Nils Berg']);
	});
	it('gives a participle inside a fronted clause to that clause’s subject, never to the main clause’s', () => {
		const text =
			'Senator Ivo Marsh and Mayor Ada Roe met voters in Kelby.\n\n' +
			'When Marsh defended her remarks calling the ferry plan “a sinking ship” on Monday, Roe differed sharply.\n\n' +
			'After the board issued a notice describing the pier as “unsafe for anyone”, Roe closed it.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ivo Marsh', undefined]);
	});
	it('gives no words to a candidate whose name only qualifies the subject’s campaign or its official', () => {
		const text =
			'Senator Ivo Marsh spoke in Kelby on Monday.\n\nA Marsh campaign official later played down the remark, saying that Marsh “had no one rival in mind when she spoke.”\n\n' +
			'The Marsh campaign also denied the story, saying Ada Roe was only “a friend from the old days.”\n\n' +
			'Marsh campaign chairman Piet Amsel took questions on Tuesday. “We do not expect a recount,” he said.';
		// The campaign, subject of the participle, speaks as a body (attrb68's VOICED_BODIES), never the candidate.
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'a Marsh campaign official',
			'the Marsh campaign',
			'Piet Amsel'
		]);
	});
	it.each(['does not surprise', 'worries', 'has puzzled'])(
		'gives the words after a colon to the named person the clause %s',
		(verb) => {
			const text = `Support for the ferry plan rose in May.\n\nThe late swing ${verb} pollster Ada Frost: “Underdogs always gain after an early win.”`;
			expect(attribute(text)[0]?.speaker).toBe('Ada Frost');
		}
	);
	it('does not give the words after a colon to the one who is told', () => {
		const text = 'The board met on Monday. The chair told pollster Ada Frost: “Bring the figures next week.”';
		expect(attribute(text)[0]?.speaker).not.toBe('Ada Frost');
	});
});

describe('issue 9 (attr28p): speakers tagged with a rank or a party, a show title, a remark', () => {
	it('gives a quote and the next to a speaker with an ordinal rank', () => {
		const text =
			'The base held its review on Monday.\n\n“We need better radios at the front,” said Navy 2nd Lt. Ana Ruiz. “Nobody listened to us.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
	});
	it.each([
		'“Total madness!” Rep. Dan Ortega, D-N.M., said of the week.',
		'“Total madness,” Rep. Dan Ortega, R-Pa., said.'
	])('reads past a party and state tag: %s', (sentence) => {
		expect(attribute(`The week was long in Dunmore. ${sentence}`)[0]?.speaker).toBe('Dan Ortega');
	});
	it('takes a show’s title said “on” as no one’s words and keeps the speaker for the next quote', () => {
		const text =
			'“Roads, roads, roads,” Mayor Tove Lind said on “The Evening Hour With Ivo Marsh” last month when asked about her record. “Nobody built more of them than we did.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tove Lind', undefined, 'Tove Lind']);
	});
	it('gives the content of someone’s remark to its owner', () => {
		const text =
			'Mayor Tove Lind visited the mill on Monday.\n\nThe union is cool on her after her spring remark that, “We will close the old mill.”';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tove Lind', confidence: 'high' });
	});
	it('gives a named owner’s remark to that owner, not to the subject', () => {
		const text = 'Ivo Marsh spoke first. Ada Frost recalled Marsh’s comment that “the mill will stay open.”';
		expect(attribute(text)[0]?.speaker).not.toBe('Ada Frost');
	});
});

describe('issue 9 (attr28p): a question’s clause answered without a comma', () => {
	it('keeps the answer once a verb of speech follows the question', () => {
		const text =
			'Mayor Tove Lind took questions on Monday.\n\nAsked about the cost Tove Lind told reporters “We can pay for it.”';
		expect(attribute(text)[0]?.speaker).toBe('Tove Lind');
	});
});

describe('issue 9 (attr28p): a document named by its noun alone, after its writer', () => {
	it.each([
		[
			'The Kelby Courier turned on the council this week.\n\n“The council owes the valley an apology,” the leader column stated.',
			'the Kelby Courier'
		],
		[
			'The Harbour Trust wrote to members on Friday.\n\n“Dear member, we can win this,” the letter reads.',
			'the Harbour Trust'
		]
	])('gives the document’s words to the writer the sentence before names: %s', (text, writer) => {
		expect(attribute(text)[0]).toMatchObject({ speaker: writer, confidence: 'high' });
	});
	it.each([
		'Mayor Tove Lind said the council wrote to members.\n\n“Dear member, we can win this,” the letter reads.',
		'Mayor Tove Lind wrote to the council.\n\n“The valley is at risk,” the report said.'
	])('leaves it unsure when the writer is not the subject, or the document not hers: %s', (text) => {
		expect(attribute(text)[0]?.speaker).not.toBe('Tove Lind');
	});
});

describe('issue 9 (attr28k): a short fragment whose speaker is the subject of a non-speech predicate', () => {
	const lede = 'The council votes on the ferry plan on Friday.\n\n';
	it.each([
		['Senator Ada Vela opposes “blanket fare rises” for pupils.', 'blanket fare rises', 'Ada Vela'],
		['Ada Vela supports “fair fares,” opposes “blanket rises” and voted no.', 'blanket rises', 'Ada Vela'],
		[
			'First, Karl Brandt attacked Councillor Ines Moss for being a “failed mayor.”',
			'failed mayor.',
			'Karl Brandt'
		],
		['Ada Vela referred to the ferry plan as the “harbour tax.”', 'harbour tax.', 'Ada Vela'],
		['Ines Moss said Karl Brandt had mocked the plan as “a toy boat.”', 'a toy boat.', 'Karl Brandt'],
		['Ada Vela misjudged Tomas Reed, having referred to him as a “reformer.”', 'reformer.', 'Ada Vela'],
		['At one point, Ada Vela coached Reed to “breathe, breathe.”', 'breathe, breathe.', 'Ada Vela'],
		['Ada Vela called on the council to “act now.”', 'act now.', 'Ada Vela'],
		['Ada Vela threatened to “walk out” of the talks.', 'walk out', 'Ada Vela'],
		['Ada Vela blamed the council for “a mess.”', 'a mess.', 'Ada Vela'],
		['Ada Vela blamed the ferry loss on “lazy planning.”', 'lazy planning.', 'Ada Vela'],
		[
			'Karl Brandt -- as Vela noted -- praised Reed and taunted the board for “losing the ferry.”',
			'losing the ferry.',
			'Karl Brandt'
		],
		['Ada Vela introduced Reed as “a fighter for islanders.”', 'a fighter for islanders.', 'Ada Vela'],
		['Ada Vela has coined a new phrase, “ferry poverty.”', 'ferry poverty.', 'Ada Vela'],
		['Karl Brandt, who has in the past described Reed as “a clown,” spoke last.', 'a clown', 'Karl Brandt'],
		['Ada Vela advocates a “progressive fare” for pupils.', 'progressive fare', 'Ada Vela'],
		['Ada Vela lamented the “good old days” of the ferry.', 'good old days', 'Ada Vela'],
		[
			'Karl Brandt praised Reed and has taunted the Vela campaign for “losing to a ferryman.”',
			'losing to a ferryman.',
			'Karl Brandt'
		],
		// stop 59: a label given with "as", a fault found with "for", a charge with "of".
		['Ada Vela labelled a report that the ferry sank as “bizarre”.', 'bizarre', 'Ada Vela'],
		['Ada Vela criticised the council for “wasting the harbour.”', 'wasting the harbour.', 'Ada Vela'],
		['Ada Vela accused the board of failing to “act on the ferry.”', 'act on the ferry.', 'Ada Vela']
	])('gives the words in "%s" to the subject', (sentence, quote, speaker) => {
		const got = attribute(lede + sentence).find((q) => q.quote === quote);
		expect(got).toEqual({ quote, speaker, confidence: 'high' });
	});
	it.each([
		['Critics attacked the mayor for being “asleep.”', 'Critics'],
		['The council was attacked for its “secrecy.”', undefined],
		['Karl Brandt called Vela a fraud after she blamed the loss on “bad luck.”', undefined],
		['Karl Brandt said Vela attacked the board and blamed the loss on “bad luck.”', undefined],
		['Residents were ordered to “leave now.”', undefined],
		['The so-called “reform” passed.', undefined],
		['The ferry was branded “Big Tom” by islanders.', undefined]
	])('gives no named person the words in "%s"', (sentence, speaker) => {
		expect(attribute(lede + sentence)[0]?.speaker).toBe(speaker);
	});
	it('reads no stance as an inverted cue after a quote', () => {
		const got = attribute(`${lede}Ada Vela supports “fair fares,” opposes “blanket rises” and voted no.`);
		expect(got[0]?.speaker).toBe('Ada Vela');
	});
});

describe('issue 9 (attr28k): a jibe in marks before a person’s name', () => {
	const lede = 'The debate ran late on Thursday.\n\n';
	it('gives it to the clause’s subject, a name or a sure he/she', () => {
		const text = `${lede}First, Karl Brandt mocked “sleepy” Councillor Ines Moss. Then he turned to “little” Tomas Reed. Somewhere in there, he tossed in a “lying” Ada Vela.`;
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Karl Brandt', 'Karl Brandt', 'Karl Brandt']);
	});
	it('gives a nickname in capitals, or a jibe with no sure subject, to nobody', () => {
		expect(attribute(`${lede}Police arrested “Fast” Eddie Rowe.`)[0]?.speaker).toBeUndefined();
		expect(attribute(`${lede}The crowd booed “sleepy” Ines Moss.`)[0]?.speaker).toBeUndefined();
		expect(
			attribute(`${lede}Karl Brandt wanted voters to “recognize” Ines Moss.`)[0]?.speaker
		).toBeUndefined();
	});
});

describe('issue 9 (attr28k): a subject before its verb of speech', () => {
	const lede = 'The poll was taken last week.\n\n';
	it.each([
		[
			'Republican pollster Ines Marlow told the Courier that support had “collapsed overnight.”',
			'Ines Marlow'
		],
		['Mayor Ada Vela frequently stresses that she is a “proud local” who wants to help.', 'Ada Vela'],
		['Ida Lund however said she would welcome a “fair deal.”', 'Ida Lund'],
		['Veldish presidential hopeful Ida Lund said the plan was “dead.”', 'Ida Lund'],
		['Ida Lund has long argued that the deal is “a giveaway.”', 'Ida Lund'],
		['Ida Lund ran it. According to Lund, support had “collapsed overnight.”', 'Ida Lund']
	])('gives the fragment in "%s" to the subject', (sentence, speaker) => {
		expect(attribute(lede + sentence)[0]?.speaker).toBe(speaker);
	});
});

describe('issue 9 (attr28k): words a person’s speech noun owns', () => {
	const lede = 'The vote is on Friday.\n\n';
	it.each([
		['Mayor Ada Vela has consistently pushed her promise of “free buses” to win young voters.', 'Ada Vela'],
		['Ada Vela spoke first. Tom Reed mocked Vela’s pledge to “fix every road.”', 'Ada Vela']
	])('gives the words in "%s" to the owner', (sentence, speaker) => {
		expect(attribute(lede + sentence)[0]?.speaker).toBe(speaker);
	});
	it('gives them to nobody when "her" is unsure', () => {
		const text = `${lede}Ada Vela, a Karin Holm supporter, stirred anger over her remark that “nobody rides the ferry.”`;
		expect(attribute(text)[0]?.speaker).not.toBe('Karin Holm');
	});
	it('gives them to nobody when "his" points at no one', () => {
		expect(
			attribute(`${lede}The board rejected his claim that the fund was “empty.”`)[0]?.speaker
		).toBeUndefined();
	});
});

describe('issue 9 (attr28k): a second fragment of the same reported clause', () => {
	it('goes on with the speaker past an owner’s name, not past a name that may speak', () => {
		const lede = 'The inquiry ended on Monday.\n\n';
		const owned = attribute(
			`${lede}Tomas Reed said his team had no “direct evidence” that Ada Vela’s account had been “hacked.”`
		);
		expect(owned[1]?.speaker).toBe('Tomas Reed');
		const named = attribute(
			`${lede}Tomas Reed said his team had no “direct evidence” that Ada Vela had been “hacked.”`
		);
		expect(named[1]?.speaker).toBeUndefined();
		const words = attribute(
			`${lede}Tomas Reed said voters found it “hard to look past” Ada Vela’s self-description as a “radical.”`
		);
		expect(words[1]?.speaker).not.toBe('Tomas Reed');
	});
});

describe('issue 9 (attr29r): an inverted "said" closing the sentence after words of its own', () => {
	it('gives the quoted words before it to the one named after it', () => {
		const got = attribute(
			'Harbour fees would bring a “summer of pain” for the ferries, said Rui Tamm, the chief economist at Lisk Bank.\n\n"Growth has been remarkable," like the rise in fares, said Orla Vance, an adviser at Kelm Bank.'
		);
		expect(got.map((q) => [q.quote, q.speaker])).toEqual([
			['summer of pain', 'Rui Tamm'],
			['Growth has been remarkable', 'Orla Vance']
		]);
	});

	it('gives nothing when a verb before the quote has a speaker of its own, or "said" has no name after it', () => {
		const got = attribute(
			'Ivo Marek called the levy “a disgrace” on Monday, said Rui Tamm, the chief economist at Lisk Bank.\n\nThe plan would bring a “summer of pain” for the town, said of the ferries.'
		);
		expect(got.map((q) => q.speaker)).toEqual([undefined, undefined]);
	});

	it('attr34: reaches past a clause of its own after the quote ("“…” that the vote fails, said X"), not to the last speaker', () => {
		const got = attribute(
			'Nell Ostrow, who runs the campaign, told a radio host that the race was far from over.\n\n' +
				'“It is not impossible, but it looks very unlikely” that Ostrow’s man can win, said Piet Ravel, a pollster at Harlan College. ' +
				'Mix a heatwave with a “candidate who divides the town” and people stay home, said Ilse Brandt, a historian.'
		);
		expect(got.map((q) => [q.quote, q.speaker])).toEqual([
			['It is not impossible, but it looks very unlikely', 'Piet Ravel'],
			['candidate who divides the town', 'Ilse Brandt']
		]);
	});
});

describe('issue 9 (attr34): a source speaking to someone', () => {
	it('never gives the quote to the one spoken to', () => {
		const got = attribute(
			'Tomas Hale runs the port. A clerk talking to Lorne Radio said the ferry was “never safe to sail.” ' +
				'Another source speaking to Harbour Weekly said, “The pumps failed twice before the storm.”'
		);
		expect(got.map((q) => q.speaker)).toEqual(['a clerk', undefined]);
	});
});

describe('issue 9 (attr34): a mood before a name', () => {
	it('leaves the name the speaker ("A flabbergasted Ada Roe quipped")', () => {
		const got = attribute(
			'Tomas Hale gave his answer. A flabbergasted Ilse Brandt quipped, “That is a ferry with no hull at all.” ' +
				'“We will sail anyway,” a visibly furious Hale replied.'
		);
		expect(got.map((q) => q.speaker)).toEqual(['Ilse Brandt', 'Tomas Hale']);
	});
});

describe('attr51: a post and what it is of, before a name', () => {
	it('gives the quote to the name after "Then Secretary of State", "CEO of Kell Foods", "professor of botany"', () => {
		const got = attribute(
			'Then Treasurer of State Ilse Brandt said, “The fund is empty.” ' +
				'“We will sail anyway,” said CEO of Kell Ferries Tomas Hale. ' +
				'Professor of marine biology Ana Ruiz said the reef “will not recover this decade.”'
		);
		expect(got.map((q) => q.speaker)).toEqual(['Ilse Brandt', 'Tomas Hale', 'Ana Ruiz']);
	});

	it('never gives it to a name the post is of, nor to one after an unnamed holder of a post', () => {
		const got = attribute(
			'The son of Tomas Hale said, “The fund is empty.” ' +
				'The aide of Mayor Ilse Brandt said, “We will sail anyway.” ' +
				'A spokesman for Kell Ferries Ana Ruiz said the reef “will not recover this decade.” ' +
				'The head of the newly formed Harbour Council said, “Nobody will sail.”'
		);
		const speakers = got.map((q) => q.speaker);
		for (const wrong of ['Tomas Hale', 'Ilse Brandt', 'Ana Ruiz', 'Harbour Council'])
			expect(speakers).not.toContain(wrong);
	});
});

describe('attr51: the one given the floor', () => {
	it('gives "he responded" to the one a sentence allows to respond, not to who allowed it', () => {
		const got = attribute(
			'Senator Joe Dunn chaired the hearing.\n\nDunn then allowed Kell Tools President Don Markland to respond to the parents.\n\nHe responded, “I met with the council.”'
		);
		expect(got.map((q) => q.speaker)).toEqual(['Don Markland']);
	});
});

describe('attr51: a document some members of a body wrote', () => {
	it('is not the body\'s: "Democrats in the Kell Assembly sent a letter" gives the letter\'s words to no named body', () => {
		const letter = '\n\nThe letter says “we urge you to act now on the harbour”.';
		const members = attribute(
			`Democrats in the Kell State Assembly have sent a letter to the governor.${letter}`
		);
		const body = attribute(`The Kell State Assembly has sent a letter to the governor.${letter}`);
		expect(members.map((q) => [q.speaker, q.confidence])).toEqual([['the letter', 'low']]);
		expect(body.map((q) => [q.speaker, q.confidence])).toEqual([['the Kell State Assembly', 'high']]);
	});
});

describe('attr51: a speech says nothing itself', () => {
	it('never gives "a speech saying …" to the speech, whether or not the giver is found', () => {
		const got = attribute(
			'Tom Abel came to the port. At the harbour gala Abel gave a speech saying, “the board has failed the town.”\n\nA speech at the gala said “the ferries will stop.”'
		);
		expect(got.map((q) => q.speaker)).toEqual([undefined, undefined]);
	});
});

describe('issue 9 (attr29r): a fronted phrase holding an apposition set off by commas', () => {
	it('ends at the comma before the name that opens the main clause, so "he" goes on with that name', () => {
		const got = attribute(
			'Ivo Banner met the press in Lisk on Monday. Asked whether he feared that Tom Drury, the likely nominee, who once called the plan a sham, might become mayor, Banner demurred.\n\n"The rules are plain to all," he said.'
		);
		expect(got[0]).toEqual({
			quote: 'The rules are plain to all',
			speaker: 'Ivo Banner',
			confidence: 'high'
		});
	});

	it('ends at its first comma when a clause of its own follows it', () => {
		const got = attribute(
			'Ada Brook spoke to the radio. On Sunday, she said for the first time that once the storm passed, Tom Drury rang her again.\n\n"He called the office," she said.'
		);
		expect(got[0]?.speaker).toBe('Ada Brook');
	});
});

describe('issue 9 (attr29r): a fronted phrase ending on a title in marks, the comma inside the closing mark', () => {
	it('ends at that mark, so the name after it is the subject "he" goes on with', () => {
		const got = attribute(
			'Ben Corrin spoke on Sunday. Speaking on the radio show “Town Talk,” Corrin conceded that the name was wrong.\n\n“I wonder why they cannot find it,” he said.'
		);
		expect(got.at(-1)).toEqual({
			quote: 'I wonder why they cannot find it',
			speaker: 'Ben Corrin',
			confidence: 'high'
		});
	});
});

describe('issue 9 (attr29r): "as X puts it" in the present', () => {
	it('names the one who puts it, before the quote and after it', () => {
		const got = attribute(
			'As the Courier’s Mara Quist puts it, “The voters are tired.”\n\n“Nobody listens,” as Oskar Lund puts it.'
		);
		expect(got.map((q) => q.speaker)).toEqual(['Mara Quist', 'Oskar Lund']);
	});
});

describe('issue 9 (attr29r): a party and seat set off after the name, "Democrat of Dunmore"', () => {
	it('leaves the name the subject of the verb after it, and of the quote after that', () => {
		const got = attribute(
			'"Nobody listened," Representative Ivo Marek, Democrat of Dunmore, said of the vote. "We lost."'
		);
		expect(got.map((q) => q.speaker)).toEqual(['Ivo Marek', 'Ivo Marek']);
	});
});

describe('issue 9 (attr29r): reported speech with its he/she and verb set off by commas', () => {
	it('is a link of the he-chain, mid-sentence or at its end', () => {
		const got = attribute(
			'Lena Brandt spoke in Lisk. On the question of trade, Ms. Brandt has argued that banks must work together. She said at the conference that banks might do better by coordinating.\n\nOtherwise, she said, towns may only take trade from each other.\n\n"There is a risk of a slump," she told a room of scholars.\n\nAda Brook spoke in Lisk on Monday. She said the port had been neglected.\n\nNo town would stand for that, she said.\n\n"It is a scandal," she said.'
		);
		expect(got.map((q) => [q.speaker, q.confidence])).toEqual([
			['Lena Brandt', 'high'],
			['Ada Brook', 'high']
		]);
	});
});

describe('issue 9 (attr29r): an unnamed source after an inverted cue, described by a relative clause', () => {
	it('is the noun the clause describes, for the quote and the one that goes on', () => {
		const got = attribute(
			'"If I were a donor, I would want answers," said a prominent party member who supports Lund, asking for anonymity. "They pay five times more."\n\n"We will act," said a Talvaran official who was not cleared to talk about the matter.'
		);
		expect(got.map((q) => q.speaker)).toEqual([
			'a prominent party member',
			'a prominent party member',
			'a Talvaran official'
		]);
	});

	it('takes no relative clause for the speaker when its own verb follows the quote', () => {
		const got = attribute(
			'Ada Brook said she put the question “to build on his remarks,” after a question posed by Tom Wells, a Lisk supporter who has criticized Lund.'
		);
		expect(got[0]?.speaker).not.toBe('a Lisk supporter');
	});
});

describe('issue 9 (attr29r): a verb the registry does not list, after a question or an exclamation', () => {
	it('names the speaker after it, where the speaker is from left out', () => {
		const got = attribute(
			'The fair opened on Monday.\n\n“This is grand!” beamed Dorian Hart of Madison, Wexland, who came early.\n\n“Is the mayor hiding?” reacted Ada Brook.'
		);
		expect(got.map((q) => q.speaker)).toEqual(['Dorian Hart', 'Ada Brook']);
	});
});

describe('stop 29: a turn of an exchange told after the quote', () => {
	const lede = 'The hearing ran late.\n\n';
	it.each([
		['“We will appeal,” Tomas Brekke said. “Appeal?” Mira Holt repeated.', 'Mira Holt'],
		[
			'Tomas Brekke wrote that he needed a contact.\n\n“It is Ana Roe,” Ms. Holt answered, referring to Ana Roe, a port official.',
			'Ms. Holt'
		],
		[
			'Tomas Brekke spoke first.\n\n“Who is he talking about? Is he guessing?” reacted Mira Holt.',
			'Mira Holt'
		],
		[
			'Tomas Brekke opened the debate.\n\n“You have broken every promise,” Mira Holt charged in reply.',
			'Mira Holt'
		]
	])('gives the quote in "%s" to the one who answers', (sentence, speaker) => {
		const got = attribute(lede + sentence);
		expect(got[got.length - 1]?.speaker).toBe(speaker);
	});
});

describe('stop 29: a cue joined to the next quote speaks that one', () => {
	const lede = 'The interview aired on Sunday.\n\n';
	it('never gives the interviewer’s question to the one who answers it', () => {
		const got = attribute(
			`${lede}Former aide Tomas Brekke said he had “no idea” about the account.\n\nBrekke was asked, “Suppose you had been told, would you have warned her?” He answered, “I cannot say.”`
		);
		expect(got.find((a) => a.quote.startsWith('Suppose you had been told'))?.speaker).toBeUndefined();
		expect(got.find((a) => a.quote === 'I cannot say.')?.speaker).toBe('Tomas Brekke');
	});
	it('gives a fragment before “X said:” and a new quote to the subject of the fragment’s clause', () => {
		const got = attribute(
			`${lede}Mayor Ines Kolar spoke first.\n\nAfter Judge Ada Vela said that weak pupils might do better at “smaller schools,” Kolar said: “I do not like what she said.”`
		);
		expect(got.find((a) => a.quote === 'smaller schools')?.speaker).toBe('Ada Vela');
		expect(got.find((a) => a.quote.startsWith('I do not'))?.speaker).toBe('Ines Kolar');
	});
	it('keeps a quote split around its cue', () => {
		const got = attribute(`${lede}“Not yet,” Ines Kolar said, “but soon.”`);
		expect(got.map((a) => a.speaker)).toEqual(['Ines Kolar', 'Ines Kolar']);
	});
});

describe('stop 29: whom he/she goes on with after a sentence naming several people', () => {
	const lede =
		'Senator Greta Halvorsen and Governor Anton Brandt spoke in Dunmore on Monday.\n\nBrandt said the race was close.\n\n';
	it.each([
		[
			'River county delegate Tomas Eberly, wearing a Brandt cap covered in Halvorsen pins, said he liked the way the newcomer ran his campaign. “He is doing it the old way,” he said.',
			'Tomas Eberly'
		],
		[
			'The Halvorsen approach rests on money, said Petra Lindqvist, who runs the party’s outreach. Rivals are “having to be leaner,” she said.',
			'Petra Lindqvist'
		],
		[
			'Whether the Halvorsen or Brandt model works better will be argued for years, said Oskar Vidal, editor of the Dunmore Ledger. “One is slick and the other is a mess,” he said.',
			'Oskar Vidal'
		],
		[
			'Brandt’s pollster, Oskar Vidal, says his side can outspend the rest. “The mood will hold for now,” he says.',
			'Oskar Vidal'
		],
		[
			'A few months ago, harbour developer Tomas Eberly voiced dismay at the idea of Brandt as nominee. “I kept telling myself it would not happen,” he told the Ledger.',
			'Tomas Eberly'
		],
		[
			'Brandt won the crowds over with his speeches, Tomas Eberly said.\n\n“He was very articulate,” he said.',
			'Tomas Eberly'
		]
	])('gives the quote after "%s" to its source', (sentence, speaker) => {
		const got = attribute(lede + sentence);
		expect(got[got.length - 1]).toMatchObject({ speaker, confidence: 'high' });
	});
});

describe('stop 29: a title in marks after the kind of work it names', () => {
	const lede = 'The rally ended in a fight.\n\n';
	it.each([
		'“He had it coming,” the attacker, Tomas Eberly, told the television program “Evening Watch” after the fight.',
		'“The message is simple,” Ines Kolar said on Korvel TV’s “Sunday Desk with Ada Vela.”',
		'Later, Kolar posted a syllabus for a 2002 history class called “Borders” on her page.'
	])('gives no speaker to the title in "%s"', (sentence) => {
		const got = attribute(lede + sentence);
		const title = got.find((a) => /^(?:Evening Watch|Sunday Desk|Borders)/.test(a.quote));
		expect(title).toBeDefined();
		expect(title?.speaker).toBeUndefined();
	});
});

describe('stop 29: a participle after a source set off, and a fronted phrase of company', () => {
	const lede = 'The mosque reopened on Monday.\n\n';
	it('gives “adding, …” to the source set off before it, not the sentence’s subject', () => {
		const got = attribute(
			`${lede}Imam Adel Soria led the prayers. Tomas Eberly left soon after the service, Soria said, adding, “He seldom came to pray.”`
		);
		expect(got[0]?.speaker).toBe('Adel Soria');
	});
	it('reads no speaker into “Alongside X calls for action,”', () => {
		const got = attribute(
			`${lede}Alongside Dunmore Watch calls for action, even a senior party strategist said Ines Kolar will have to choose, saying, “At some point, she will have to come out.”`
		);
		expect(got[0]?.speaker).not.toBe('Alongside Dunmore Watch');
	});
});

describe('stop 29: an age, a town and its state set off after a name', () => {
	it('leaves the name the subject, not the state', () => {
		const got = attribute(
			'The poll of 1,000 voters was taken last week.\n\n“Both of them scare me,” Tomas Eberly, 30, of Marlow, N.D., who was in the sample, said when called back. “We need people who unite.”'
		);
		expect(got.map((a) => a.speaker)).toEqual(['Tomas Eberly', 'Tomas Eberly']);
	});
});

describe('stop 29: a quote with no cue that speaks of the last speaker by name', () => {
	it('is not given to that speaker', () => {
		const got = attribute(
			'From Oskar Vidal writing at the Dunmore Ledger:\n\n“The count could go to a second ballot.”\n\n“One flaw of Vidal’s otherwise careful piece is that it ignores the rule on delegates.”'
		);
		expect(got[got.length - 1]?.speaker).toBeUndefined();
	});
	it('keeps a name that modifies a noun (“the Vidal brand”) the speaker’s', () => {
		const got = attribute(
			'“It is like a new plane,” Oskar Vidal said in a film about it. “The plane is an extension of the Vidal brand.”'
		);
		expect(got.map((a) => a.speaker)).toEqual(['Oskar Vidal', 'Oskar Vidal']);
	});
});

describe('stop 29: a verb after a quote in brackets', () => {
	it('is the sentence’s own, and the name after it its object, not the speaker', () => {
		const got = attribute(
			'Senator Ines Kolar has courted church voters for months.\n\nOn Sunday, Pastor Tomas Eberly stood at his pulpit in Marlow and, citing Psalm 12 (“choose leaders who fear God”), endorsed Senator Ines Kolar of Dunmore, urging his flock to vote for her.'
		);
		expect(got[0]?.speaker).not.toBe('Ines Kolar');
	});
});

describe('stop 29: two subjects and a participle', () => {
	it('gives the words to the two together, neither alone', () => {
		const got = attribute(
			'Ada Vela and Speaker Tomas Moss met on Thursday.\n\nVela and Moss issued a statement calling the meeting a “real first stride toward unity.”'
		);
		expect(got[0]?.speaker).toBe('Vela and Moss');
	});
});

describe('issue 9: stop 32, who said what on real reporting', () => {
	it('gives a question that ends its sentence to no one whose next sentence only talks about it', () => {
		const text =
			'The club board met on Monday with Ines Varga in the chair.\n\n“Who would ever pay that much?” Oskar Brill cited it twice. ' +
			'Fees rose again.\n\nVarga said: “Why should members carry the cost?” Lene Moor repeated the line.\n\n' +
			'“Where were the auditors?” Brill asked the crowd.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, 'Ines Varga', 'Oskar Brill']);
	});

	it('takes a candidacy or a broadcaster’s post before a name as the speaker’s role', () => {
		const text =
			'“Turnout will fall,” former mayoral candidate Uli Danz said. ' +
			'“The count was fair,” Green nominee Perrin Soto said. ' +
			'“Nobody watched the count,” KVXR anchor Mona Teel said. ' +
			'“It rained all day,” TNB correspondent Ravi Koll told viewers.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Uli Danz',
			'Perrin Soto',
			'Mona Teel',
			'Ravi Koll'
		]);
	});

	it('takes a name after a quotation dash (―, —) at the end of the line as the signature of the quote before it', () => {
		const text =
			'Readers wrote in about the harbour plan.\n\n' +
			'“The new pier blocks the view from every café on the front.” ― Orla Venn\n' +
			'“Fishing boats will have nowhere to tie up in a storm.”― Bram Tulliver.\n' +
			'“I have waited twenty years for a proper pier.” — Sefa Imrie';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Orla Venn', 'Bram Tulliver', 'Sefa Imrie']);
	});

	it('keeps the name the subject across a mood or a linking phrase set off before its verb', () => {
		const text =
			'The depot board asked why the buses were late. Petra Lind, exasperated, famously replied: “What use is a timetable now?” ' +
			'Bruno Kask, visibly angry, said the drivers were “never asked about the new routes.” ' +
			'Kask, of course, said it would “only get worse.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Petra Lind', 'Bruno Kask', 'Bruno Kask']);
	});

	it('does not carry the last speaker into a paragraph whose sentence opens on someone else before the quote', () => {
		const text =
			'After the hearing, the council member Bea Hollis said that Aron Finck “never told the voters about the loan.”\n\n' +
			'Mr. Finck waved it away -- “That only shows I am careful” -- and left the room.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Bea Hollis', undefined]);
	});
});

describe('issue 9, stop 33 (lead): a participle right after a quote and its source', () => {
	it('gives the participle’s quote to the source after the first quote, not to a name the sentence opened with', () => {
		const text =
			'Donors look to the Senate.\n\nMarta Quell, who runs the fund, spoke on Monday.\n\n' +
			'After the wins of Ann Rowe in Ohio, Jane Pike in Iowa and Tom Hale in Utah, “there is a sense that we must hold on,” ' +
			'Quell said, noting that donors feel “we need a hedge against everything else going wrong.”';
		expect(attribute(text).map((a) => a.speaker)).toEqual(['Marta Quell', 'Marta Quell']);
	});
});

describe('issue 9: stop 33, who said what on real reporting', () => {
	it('gives a surname two people share to the one the sentences just before are about, else to no one', () => {
		const text =
			'Former mayor Tom Brisco campaigned on Monday for his wife, Lena Brisco, in Hallam.\n\n' +
			'At the rally, the former mayor said the tram fares were too high.\n\n' +
			'“Nobody in this town can pay that,” Brisco said.\n\n' +
			'Lena Brisco later met the transport board.\n\n' +
			'“We asked for a freeze,” Brisco told reporters.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Brisco', 'Lena Brisco']);
		const unsure =
			'Tom Brisco and Lena Brisco run the bakery on Mill Lane. The ovens are old. Flour costs more.\n\n' +
			'“We may close by spring,” Brisco said.';
		expect(attribute(unsure).map((q) => q.speaker)).toEqual([undefined]);
	});

	it('reads a shared surname after a verb the registry does not list the same way, never as the wrong one', () => {
		const text =
			'Nadia Ferrow coaches the under-12s.\n\n' +
			'Aldo Ferrow, who chairs the club, opened the meeting by thanking his daughter Nadia Ferrow.\n\n' +
			'“Nobody here wants the pitch sold,” Ferrow thundered.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Aldo Ferrow']);
	});

	it('takes a name before a bare noun or two as whose aide the next name is', () => {
		const text =
			'“We never saw the figures,” said Vasko ally Helen Dunn.\n\n' +
			'“The count is not over,” Vasko campaign Chairman Piet Amsel told the Lisk Courier.\n\n' +
			'“He wanted the line cut,” former Edda Lorne speechwriter Colm Varga wrote.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Helen Dunn', 'Piet Amsel', 'Colm Varga']);
	});

	it('takes "The landowner, Ada Roe," as the sentence’s subject, so a "she" after it is surely her', () => {
		const got = attribute('The landowner, Ada Roe, 68, spoke first. “We never sold a field,” she said.');
		expect(got).toEqual([{ quote: 'We never sold a field', speaker: 'Ada Roe', confidence: 'high' }]);
	});

	it('reads a verb the registry does not list before when the words were said', () => {
		const text =
			'Ines Marlow chairs the harbour panel.\n\n' +
			'“If they had meant it, they would have called,” Marlow fumed on Tuesday.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ines Marlow']);
	});
});

describe('stop 37 (attr37): a lead-in of its own handing the quote to another source', () => {
	it('takes neither the last speaker nor an answer label for a source named by a verb that is no cue, or as owner', () => {
		const text =
			'Ada Vela, a nurse from Dunmore, said she wanted “fewer forms and more staff on the wards.” In 2021, Pell Research found that “two in three nurses had thought of leaving the job.”\n\n' +
			'Tom Reyes, a farmer, said the river was “lower than anyone remembers.” The council, in Ora Lind’s words, “has slept through three dry summers in a row.”\n\n' +
			'Aides say Lind will campaign for Reyes. From Lind’s Facebook post: “We must stand together for the valley and its farms this year.”\n\n' +
			'Sam Ortiz said the wells were “dry as bone.” He found that “most of the old wells had been dry for a decade.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Ada Vela',
			undefined,
			'Tom Reyes',
			undefined,
			undefined,
			'Sam Ortiz',
			'Sam Ortiz'
		]);
	});
});

describe("stop 37 (attr37): someone in a relative clause on the object of a named speaker's verb", () => {
	it('is spoken to, not the speaker, when their own verb has its words before the quote', () => {
		const text =
			'At the hall, Ada Vela told a young man who complained about the fares that “nobody rides for free in this town.”\n\n' +
			'Tom Reyes wrote back at a rival who promised deep cuts: “You cut the buses last time and the town paid for it.”\n\n' +
			'Nora Pike met a farmer who said “the river has never been this low.”\n\n' +
			'Pike rejected remarks made by a volunteer who said drivers should “stay home all week.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, 'a farmer', 'a volunteer']);
	});
});

describe('stop 37 (attr37): a name after "for" hanging on a plural before a verb of speech', () => {
	it('is whom the unread subject works for, not the speaker', () => {
		const text =
			'Tom Lutz resigned in May. But even as Ada Roe claimed on Tuesday that “he got away with far worse,” one of the former prosecutors for Tom Lutz said the two cases were quite different.\n\n' +
			'“The deal was fair,” said a lawyer for Tom Lutz.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, 'a lawyer for Tom Lutz']);
	});
});

describe('stop 37 (attr37): a quote put to the subject of a passive "asked"', () => {
	it("is nobody's, though the next sentence opens on the subject and a verb of speech", () => {
		const text =
			'Ada Roe spoke on Monday. At the hall, Roe was asked, “Will you run again next year?” Roe joked that she would not, but went on to say, “Never say never.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, 'Ada Roe']);
	});
});

describe('issue 9: stop 36, who said what on real reporting', () => {
	it("an interviewer's follow-up question after the quote is the interviewer's, not the last answer's speaker", () => {
		const text =
			'Ben Hale gave an interview on Monday. “I will stay,” Hale said.\n\n“Would you cut the budget?” Nora Pike pressed.\n\n“I would say this,” Hale answered.\n\n“Will he run again?” an aide in the room wondered.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Ben Hale',
			'Nora Pike',
			'Ben Hale',
			'an aide in the room'
		]);
	});

	it('a transcript label with a post before the name, or a digest heading and a dash, names the speaker; a name after "with" mid-paragraph is no label', () => {
		const text =
			'Rep. Ada Roe (D-Ohio):“Nobody has ever shown me that figure. Who gave it to you?”\n\nFormer mayor of Dunmore Ben Hale:“We learned it from the council and its own study of the books.”\n\nTURNOUT WAS HIGH - Nora Pike: “The biggest lesson was a simple one: keep calling voters late.”\n\nPike spoke on Monday. Pike contrasted the rival, whom she called “reckless,” with Ada Roe: “What I have seen of Roe is calm.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Ada Roe',
			'Ben Hale',
			'Nora Pike',
			'Nora Pike',
			'Nora Pike'
		]);
	});

	it('a name the quote hangs on by a preposition after a verb of thanks is its object, never its speaker', () => {
		const text =
			'Ada Roe, star of the film “Long Night,” thanked Ben Hale for “keeping all of us safe.” A critic of the book “Tall Tides,” praised Hale as “the best mayor we have had.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('takes no junk for a speaker: a fronted "Like X," or a bare word before a plural noun that looks like a cue', () => {
		const text =
			'Like Ben Hale, Senator Ada Roe rejected the rule, arguing that there is “room for the council” in the plan, chiefly for urgent and humane reasons.\n\nLike Hale, the lawyer Nora Pike will not fight again. “I am tired of it,” she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Nora Pike']);
	});

	it('takes no speaker from a cue inside a hyphenated word or from a share of a party, and finds the real one', () => {
		const text =
			'The Tidewater Trust filed a public-records request with the council for “every letter sent by the mayor.” In a May poll, 64 percent of Republicans said “most mayors” cannot be trusted. Ada Roe called the self-described reform group “a front for developers.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, 'Ada Roe']);
	});

	it('a digest label on a line of its own signs the excerpt, not the speaker of the line before', () => {
		const text =
			'Voters went out early.\n\nRURAL TOWNS FAVOR HALE - Nora Pike: “The towns are made for him….Then there is the polling: most polls showed him ahead by 2 to 9 points.” [Gazette] \nThe rural vote mattered more this time - Ada Roe: “Two weeks ago the south was his strongest ground.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Nora Pike', 'Ada Roe']);
	});
});

/** Recall on real reporting (stop 37): the speakers a careful reader is sure of, which went to nobody before. */
function sureSpeakers(text: string) {
	return attribute(text).map((a) => (a.confidence === 'high' ? a.speaker : undefined));
}

describe('issue 9, stop 37: quotes given to nobody', () => {
	it('a surname that spells an auxiliary or a verb of speech names its holder before the cue', () => {
		const text =
			'Columnist Marta Will and Harlow chief executive Ian Read spoke on Monday.\n\n' +
			'“The race is wide open,” Will wrote.\n\n' +
			'“We looked at every rule,” Read said.\n\n' +
			'Read said the merger was “a good deal for everyone.”';
		expect(sureSpeakers(text)).toEqual(['Marta Will', 'Ian Read', 'Ian Read']);
	});

	it('still skips a lower-case auxiliary between the name and the cue, and keeps a first name its holder', () => {
		const text =
			'Ada Moss and Will Tarrant met on Monday.\n\n“We are closed,” Ada Moss will say on Friday.\n\n“So are we,” Will Tarrant said.';
		expect(sureSpeakers(text)).toEqual(['Ada Moss', 'Will Tarrant']);
	});

	it('a fragment in the clause of a pledge, promise, vow or threat is the words of its subject', () => {
		const text =
			'Senator Dale Pike and Ana Ruiz campaigned in Ohio on Monday.\n\n' +
			'Pike pledged Saturday to rid the county of “this barbarous racket” but said little about how.\n\n' +
			'The two have used harsh words, with Ruiz recently promising to “sweep them all out of office.”\n\n' +
			'Pike vowed to answer every voter who called him “a quitter.”\n\n' +
			'Ruiz threatened to sue the paper over its report that she was “a liar.”';
		const got = sureSpeakers(text);
		expect(got.slice(0, 2)).toEqual(['Dale Pike', 'Ana Ruiz']);
		// Words after a relative or a possessive may be someone else's: the critics', the paper's.
		expect(got[2]).not.toBe('Dale Pike');
		expect(got[3]).toBeUndefined();
	});

	it('a quote opening its sentence with its comma left out, then only a name and a verb of speech, is that person’s', () => {
		const text =
			'Ada Lund, an Ohio organiser, spoke on Monday.\n\n' +
			'“The caucus is a battle of niches” Lund said. “Fuel is a strong niche here.”\n\n' +
			'He wore a cap reading “Keep Ohio Working” Lund said.\n\n' +
			'“Keep Ohio Working” Lund believes.';
		expect(sureSpeakers(text)).toEqual(['Ada Lund', 'Ada Lund', undefined, undefined]);
	});

	it('a party tag in brackets after the name leaves it the subject of the appositive and verb after it', () => {
		const text =
			'The panel met in Dayton on Monday.\n\n' +
			'Rep. Ana Ruiz (D-Ohio), chair of the Platform Committee, said that it was “committed to an open process.”\n\n' +
			'Tom Kell (R-Ohio), a member of the panel, said the plan was “dead on arrival.”';
		expect(sureSpeakers(text)).toEqual(['Ana Ruiz', 'Tom Kell']);
	});

	it('an opening mark glued to the word before it and followed by a space closes the quote, as a mistyped closing mark', () => {
		const text =
			'Senator Ted Marsh, a hopeful, called the group “abhorrent“ in a post on Sunday.\n\n' +
			'Jo Reyes was shocked. “Do you want to be linked to that?“ she asked.';
		const seg = segment(text);
		const quotes = findQuotes(text, seg.paragraphs).map((q) => text.slice(q.start, q.end));
		expect(quotes).toEqual(['abhorrent', 'Do you want to be linked to that?']);
		expect(sureSpeakers(text)).toEqual(['Ted Marsh', 'Jo Reyes']);
	});
});

describe('attr38: who said what', () => {
	it('reads a cue word after a preposition behind the quote as a noun, not as a verb with a subject', () => {
		const text =
			'A Norvan envoy warned Lisbet “not to meddle” in the strait, while Oslo weighed in on the Dutch and Danish comments. ' +
			'The panel rated 30% of Green claims “mostly false,” compared to 12% of Labour claims.';
		// The envoy who warned is the first quote's speaker; "the Dutch and Danish" never is.
		expect(attribute(text).map((q) => q.speaker)).toEqual(['a Norvan envoy', undefined]);
	});

	it('gives the words of a document obtained by a paper to the document, never to the paper', () => {
		const text =
			'The Harbor Guild wrote to the mayor twice. A March 3 letter from the Harbor Guild obtained by The Coastal Ledger warns that “any further use will go to our lawyers.” A 2019 memo seen by the Ledger said the port was “broke.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the Harbor Guild', 'the memo']);
	});

	it('gives no speaker from the main clause to words inside an "as X went on about" clause before it', () => {
		const text =
			'Ana nodded, and as Dov Lund went on about “fair rents” and “our own streets,” Mira said yes again. “Fair rents now,” Mira said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, 'Mira']);
	});

	it('gives words with a cue before them to that speaker, not to the paper that reported them after', () => {
		const text =
			'Asked about the port, Ada Roe said: “There will be no sale,” the Coastal Ledger reported. Mayor Ben Hale called it “a fair deal,” the Ledger reported. “We are broke,” the Ledger reported.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Ben Hale', 'the Ledger']);
	});

	it('reads the subject after a fronted "Minutes later," for a participle cue, not the document it sent', () => {
		const text =
			'Ada Roe wrote to the mayor. The emails show that Ben Hale asked the clerk to call him so she could get orders. Minutes later, she sent an email saying, “done.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('takes no subject for a verb of speech after "to" behind the quote', () => {
		const text =
			'Tom Abel is a veteran pollster. Rhea Lund boasted that, thanks to her “Lund Method,” she was the only pollster to correctly predict the race.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});

	it('reads no speaker from the last noun of a list of plain nouns', () => {
		const text =
			'A group of 40 Norvan painters, poets, actors and doctors this week published a letter and called on people to “remember the old campaigns.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('issue 9, stop 38: quotes given to nobody', () => {
	it('a paragraph opening on a quote after a paragraph closed by a named person’s reported speech is theirs', () => {
		const text =
			'The ferry to Orrin Island stopped in May.\n\n' +
			'Rhea Lund, who runs the harbour, said the boat would sail again by spring.\n\n' +
			'“We have the engines and we have the crews.”\n\n' +
			'Tom Abel said the island had waited long enough.\n\n' +
			'“Is that a promise?” Nell Ory started.';
		expect(sureSpeakers(text)).toEqual(['Rhea Lund', undefined]);
	});
});

describe('issue 9, stop 38: a post with a place before it', () => {
	it('gives "the Vermont senator" to the one named with Vermont, not to the senator of another state named nearby', () => {
		const text =
			'Vermont Senator Dana Kello opened the fair on Monday.\n\n' +
			'Ohio Senator Tom Abel spoke later. Abel left early.\n\n' +
			'“We will win the state,” the Vermont senator said.';
		expect(sureSpeakers(text)).toEqual(['Dana Kello']);
	});

	it('never takes "the Vermont senator" for the one senator named, when the article places him in another state', () => {
		const text =
			'Ohio Sen. Tom Abel spoke at the fair on Monday. Abel left early.\n\n' +
			'“We will win the state this year,” the Vermont senator said.\n\n' +
			'Sen. Dana Kello spoke at the fair on Tuesday.\n\n' +
			'“We will win it back,” the Vermont senator said.';
		expect(sureSpeakers(text)).toEqual([undefined, 'Dana Kello']);
	});

	it('describes the one person the article named with that place and post, however far back', () => {
		const text =
			'Vermont Sen. Dana Kello and Ohio Sen. Tom Abel spoke at the fair on Monday.\n\n' +
			'The crowd was large. Abel left early.\n\n' +
			'“We will win the state,” the Vermont senator said.\n\n' +
			'“Not this year,” the Ohio governor said.\n\n' +
			'Former Utah Gov. Ann Ruiz came too.\n\n' +
			'The band played late. “It is close,” the Utah governor said.';
		expect(sureSpeakers(text)).toEqual(['Dana Kello', undefined, undefined]);
	});
});

describe('stop 40: who said it in reported speech', () => {
	it('keeps whom an unnamed source is close to in its description, and never gives the words to them', () => {
		const text =
			'The count ended late. “The drop is down to the emails,” said a person close to the Okafors.\n\n' +
			'A person close to the Marlow campaign said the plan was “dead on arrival.”\n\n' +
			'One aide familiar with the talks said the deal was “almost done.”';
		expect(attribute(text)).toEqual([
			{
				quote: 'The drop is down to the emails',
				speaker: 'a person close to the Okafors',
				confidence: 'high'
			},
			{ quote: 'dead on arrival.', speaker: 'a person close to the Marlow campaign', confidence: 'high' },
			{ quote: 'almost done.', speaker: 'one aide familiar with the talks', confidence: 'high' }
		]);
	});
	it('steps over an aside set off by dashes after a name to the name, and takes a role aside as the role', () => {
		const text =
			'Will the vote move? Jason Rudd — a teacher from Marlow — says the endorsement was “a big deal.”\n\n' +
			'Peter Lund spoke first. Lund — after a long pause — told the hall he felt “a calm I never expected.”\n\n' +
			'Tom Abel — and Rita Vos, his rival — said the count was “a mess.”';
		expect(attribute(text)).toEqual([
			{ quote: 'a big deal.', speaker: 'Jason Rudd', confidence: 'high' },
			{ quote: 'a calm I never expected.', speaker: 'Peter Lund', confidence: 'high' },
			{ quote: 'a mess.', speaker: undefined, confidence: 'low' }
		]);
		const seg = segment(text);
		const rudd = buildPeople({ text, ...seg }).entities.find((e) => e.name === 'Jason Rudd');
		expect(rudd?.role).toBe('a teacher from Marlow');
	});
	it('stop 41: an earlier unnamed description ends where its noun phrase ends, before a verb or a preposition', () => {
		const designer =
			'As Mara Quill spoke on stage, a costume designer for the Hallow Textile Group watched from her home in Leeds and sighed. “It is hard to come back to work,” said the designer, who now works elsewhere.';
		expect(attribute(designer).map((q) => q.speaker)).toEqual([
			'a costume designer for the Hallow Textile Group'
		]);
		const organizer =
			'Volunteers were met by an organizer at a field office in precinct 12 on the west side of Ames. “You will be the best messengers,” the organizer told them.';
		expect(attribute(organizer).map((q) => q.speaker)).toEqual(['an organizer at a field office']);
	});
	it('stop 41: "she" goes on with a widow whose first name is usually a man’s', () => {
		const text =
			'“The veto is wrong,” said 9/11 widow Terry Vane.\n\nVane said the families were tired of waiting.\n\n“We will not wait another day,” she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Terry Vane', 'Terry Vane']);
	});
	it('stop 41: "she" goes on with a woman whose first name is usually a man’s once the text calls her "She"', () => {
		const text =
			'“Both parties have members on each side,” said Marty Kell, chair of the parents council.\n\nKell takes a calmer line. She said she would rather see the money spent on schools.\n\n“They are trying to stop the children,” she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Marty Kell', 'Marty Kell']);
	});
	it('stop 41: a name after an inverted cue ends before a relative clause with no comma', () => {
		const text =
			'“He waved the bankruptcy away,” said Sen. Tom Farrow who represents Port Ellis and served as its mayor for many years.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Farrow']);
	});
});

describe('stop 42: curt turns after a quote', () => {
	it('gives a quote to the name before "barked", "snapped" or "elaborated"', () => {
		const text =
			'Nell Ory spoke to the board on Monday. “Sit down,” Ory barked at a trustee.\n\nTom Abel disagreed. “Not now,” Abel snapped.\n\nAda Roe was asked about the plan. “The way I see it,” Roe elaborated, “the plan is late.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Nell Ory', 'Tom Abel', 'Ada Roe', 'Ada Roe']);
	});
});

describe('stop 42: words a speech noun owns through its complement', () => {
	it("gives them to the owner over the sentence's verb of speech, and the sentence's next quote to its speaker", () => {
		const text =
			'Mayor Ada Roe and council leader Tom Abel met on Monday.\n\n' +
			'Abel said that Roe’s call earlier in the week to “fix every road” was empty. ' +
			'In a statement, Abel called Roe’s claim of a “clear mandate” over the budget “odd and wrong.”\n\n' +
			'Abel also criticised Roe’s pledge to be “fair to all” on the roads.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Ada Roe', 'Tom Abel', 'Ada Roe']);
	});

	it('reads no owner when no complement joins the words to the speech noun', () => {
		const text =
			'Mayor Ada Roe spoke on Monday. Council leader Tom Abel called Roe’s remarks a “new low” and said Roe’s comments “insult everyone.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Abel', 'Tom Abel']);
	});
});

describe('stop 42: a run of quoted paragraphs copied from another report', () => {
	it('gives no paragraph that names the speaker in the third person to the speaker of the cue ending the run', () => {
		const text =
			'The paper reported the briefing at length:\n\n' +
			'“The city is still reluctant to call the fire arson, citing the inquiry.\n\n' +
			'“At the town hall today, reporters questioned spokesman Tom Abel about the fire and the depot.\n\n' +
			'“I do not want to talk about the fire because there is still an inquiry,” Abel said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, 'Tom Abel']);
	});
});

describe('stop 42: a pull-quote repeating the body', () => {
	it('gives the repeat to nobody, never to whoever spoke last before it', () => {
		const text =
			'“The depot was a mistake from the start,” said Tom Abel, a council member.\n\n' +
			'“The minute the plan was signed, the town was going to pay for it, and I never hid that.”\n\n' +
			'Mayor Ada Roe saw it coming. “The minute the plan was signed, the town was going to pay for it, and I never hid that,” Roe said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Abel', undefined, 'Ada Roe']);
	});
});

describe('attr 43: the halves of a quote split by its cue', () => {
	const halves = (text: string) => {
		const { paragraphs } = segment(text);
		const [first, second] = findQuotes(text, paragraphs);
		return continuesAcrossCue(text, first!, second!);
	};
	it('goes on across a cue set off by commas into a second half in lower case', () => {
		expect(halves('“The plan,” Roe said, “is dead.”')).toBe(true);
		expect(halves('“The plan,” said Mayor Ada Roe on Monday, “is dead.”')).toBe(true);
		expect(halves('“The plan —” she added, “is dead.”')).toBe(true);
	});
	it('does not go on after a full stop, before a capital, or across words that are no cue', () => {
		expect(halves('“The plan is over,” Roe said. “It is dead.”')).toBe(false);
		expect(halves('“The plan is over,” Roe said, “Nobody wants it.”')).toBe(false);
		expect(halves('“The plan” and “the wall” are dead.')).toBe(false);
		expect(halves('“The plan,” the mayor, “is dead.”')).toBe(false);
		expect(halves('Roe called him “Tom” and told him, “you are the best of us.”')).toBe(false);
	});
	it('joins the halves with the comma or dash the first ended on, and no comma before its verb', () => {
		const joined = (text: string) => {
			const { paragraphs } = segment(text);
			const [first, second] = findQuotes(text, paragraphs);
			return joinedQuote(text, first!, second!);
		};
		expect(joined('“If we lose,” Roe said, “we go home.”')).toBe('If we lose, we go home.');
		expect(joined('“The plan,” Roe said, “is dead.”')).toBe('The plan is dead.');
		expect(joined('“The plan —” she added, “is dead.”')).toBe('The plan — is dead.');
		expect(joined('“That,” Roe said, “proves the point.”')).toBe('That proves the point.');
	});
});

describe('attr 43: a quote signed by the paragraph after it', () => {
	it('gives a paragraph that is only a quote to the name a dash signs it with below', () => {
		const text =
			'The debate ran long and the candidates traded blows over the harbour.\n\n' +
			'“The wall will cost twice what we were promised, and the town will pay for it.”\n\n' +
			'- Ada Roe.\n\n' +
			'“Nobody promised a wall that cheap.”\n\n' +
			'-Tom Abel, at the town hall.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Tom Abel']);
	});
	it('reads no signature under a quote that shares its paragraph, nor a dash before words that are no name', () => {
		const text =
			'Ada Roe spoke first. Then a voter stood up. “The wall will cost twice what we were promised.”\n\n' +
			'- Ada Roe.\n\n' +
			'“Nobody promised a wall that cheap.”\n\n' +
			'– A voter himself –.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined]);
	});
});

describe('attr 43: a quote that speaks to someone by name', () => {
	it('is never theirs, though a cue after it names them', () => {
		const text =
			'“Many argue the wall costs too much for a town this size,” the moderator said. “As you know, Mr. Abel, ' +
			'the harbour chief says it will cost twice what you promised. How do you pay for it?” Abel acknowledged ' +
			'that the cost had risen.';
		// attr71: the moderator, never named, speaks as described.
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the moderator', undefined]);
	});
	it('stays theirs when they name themselves or speak to someone else', () => {
		const text =
			'Mayor Ada Roe spoke on Monday. “Tom, you know the wall will be built,” Roe said. ' +
			'“They say Ada Roe should give up, and you will see I will not,” she said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Ada Roe']);
	});
});

describe('subjects of a cue in loosely punctuated copy', () => {
	it('attr 45: a body someone is from, set off with its article or the words saying what it is, leaves the name the subject', () => {
		const text =
			'Savers were pleased. Mary Hollis, of the Savers Club, said: "The higher limit is welcome news for savers." Nina Brandt, of price comparison website Pricefox.com, said, "Few people will be able to use it." Tom Lee, of course, said "It is a start."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Mary Hollis', 'Nina Brandt', 'Tom Lee']);
	});

	it('attr 45: a relative clause run on after the name that opens the clause is hers, its object no speaker', () => {
		const text =
			'The vote was close. Rep. Dana Korr who represents a coastal district said "We will not stand for this at all." Later, the wife of Tom Lee who lives in Leeds said "Nobody asked the town what it wanted."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Dana Korr', undefined]);
	});

	it('attr 45: a time between the comma closing a role and the verb leaves the name before the role the subject', () => {
		const text =
			'The plan drew fire. Olek Brann, general coordinator of the Farmers Mission, on Monday told reporters, "We will be raising the level of protest next week." Nina Sorel, a tenant, yesterday said "The rent went up twice this year."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Olek Brann', 'Nina Sorel']);
	});

	it('issue 9: a role set off after the name with its closing comma left out leaves the name the subject', () => {
		const text =
			'The branch line will shut. Lena Fosse, the managing director of Vale Trains said, "We were given no warning at all about the closure." Ivo Brandt, chairman of Local 12, Northern Rail union said "There is a lot of anger here today."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Lena Fosse', 'Ivo Brandt']);
	});

	it('issue 9: an unclosed role without an article, after a place possessive or naming a place of two words keeps the name', () => {
		const text =
			'The pier will close. Tomas Reyd, deputy harbour master of the Port of Long Harbor said "We had no notice of it." Anna Venn, Norway’s transport minister said "The line runs until May at the latest." Pia Moor, coordinator of the Road Safety Research Unit at the University of North Kell said "Fewer people cycle here than ever."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tomas Reyd', 'Anna Venn', 'Pia Moor']);
	});

	it('issue 9: a party tag in brackets opening an unclosed role leaves the name the subject', () => {
		const text =
			'The bill passed. Sen. Peter Lund, (D-Kell) chairman of the Senate Budget Committee argued "This will cost more than it saves in the first year."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Peter Lund']);
	});

	it('issue 9: a role with an organisation named in it is no second subject, nor its tail the speaker', () => {
		const text =
			'Shares fell. Tomas Ekberg, president of hedge fund Harlow Peak Capital said that "this is a major blow to confidence in the market."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tomas Ekberg']);
	});

	it('issue 9: a phrase run into the subject without a comma leaves the name and its titles the subject', () => {
		const text =
			'The war went on. In a May 2005 interview Deputy Minister Rolf Anker said "I think the fighting is in its last weeks." After talks, leading rebel figure Omar Haddad told reporters, "We support a truce, but the army must support it too."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Rolf Anker', 'Omar Haddad']);
	});

	it('issue 9: a name inside the object of the verb before a quote is not the subject of the cue', () => {
		const text =
			'Mara Voss smiled and recalled the famous story Peter Olsen told about his father who wired, "Dear Peter, do not buy a single vote more than you need."';
		expect(attribute(text).map((q) => q.speaker)).not.toContain('Peter Olsen');
	});

	it('issue 9: a clause run on after the name of an inverted cue is not part of the name', () => {
		const text =
			'Talks went on. "We should not make too much of a threat of this kind," said Minister Oskar Lindqvist also adding that the Baltic States will wait. "Fewer tickets were sold," said Vela ally Tomas Berg. "We changed our blazers," said Harlow marketing director Ina Roe.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Oskar Lindqvist', 'Tomas Berg', 'Ina Roe']);
	});

	it('issue 9: a name after a participle is its object, not the subject of the cue', () => {
		const text =
			'Voters spoke. Rural Ohio embracing Dana Pike announced "a new era, that is the best way to put it."';
		expect(attribute(text).map((q) => q.speaker)).not.toContain('Dana Pike');
	});
});

describe('lead 45 (Wikinews attribution audit): "he said" after a sentence ending "according to X"', () => {
	it.each([
		[
			'The mayor of Dunmore, Tomas Eberly, has been arrested at his home, according to the regional police chief Oskar Vidal.\n\n“Today Eberly has been detained,” he said on Thursday.',
			'Oskar Vidal'
		],
		[
			'The harbour of Dunmore will close for a year, according to Petra Lind.\n\n“We have no other choice,” she said.',
			'Petra Lind'
		]
	])('%s → %s', (text, speaker) => {
		const got = attribute(`Harbour news\n\n${text}`);
		expect(got.at(-1)?.speaker).toBe(speaker);
	});

	it('names no one when the closing source names two people', () => {
		const got = attribute(
			'Harbour news\n\nThe mayor, Tomas Eberly, has been arrested, according to Oskar Vidal and Sven Berg.\n\n“He was detained today,” he said.'
		);
		expect(got.at(-1)?.speaker).not.toBe('Tomas Eberly');
	});
});

describe('lead 45 (Wikinews attribution audit): "he said" after an unnamed person spoke', () => {
	// attr70: the unnamed person is who speaks, described as the article brings them in, when nothing stands between.
	it.each([
		[
			'A witness, who was walking near the runway, said the plane was on fire. “As it came in to land it was leaning to one side,” he said.',
			''
		],
		['A passenger said the cabin filled with smoke. “We could not see the exits,” she said.', 'a passenger']
	])('names no one named: %s', (sentence, speaker) => {
		const got = attribute(
			`Crash news\n\nInspector Sam Ito and Ada Roe said the police were alerted at 3 pm.\n\n${sentence}`
		);
		expect(got.at(-1)?.speaker ?? '').toBe(speaker);
	});

	it('still goes on with a named speaker after an unnamed one is only mentioned', () => {
		const got = attribute(
			'Crash news\n\nInspector Sam Ito said a witness had called the police. “We were there in minutes,” he said.'
		);
		expect(got.at(-1)?.speaker).toBe('Sam Ito');
	});
});

describe('attr46: who said it on Wikinews reporting', () => {
	it.each([
		[
			'The plan was challenged by Treasurer Ada Roe who said, "These are the people who paid for it, will you tax them?"',
			'Ada Roe'
		],
		[
			'One of the hecklers was local resident Ada Roe, 31 who said, "all these attacks are made on the farmers."',
			'Ada Roe'
		],
		[
			'"We will not sell the port," said Tom Vale who also stated that the town "is ready to help."',
			'Tom Vale'
		]
	])('a "who" with its comma left out after a named person is that person: %s', (text, speaker) => {
		expect(attribute(text).at(-1)?.speaker).toBe(speaker);
	});

	it('passes over a name a noun hangs on by "of" before the "who"', () => {
		const got = attribute(
			'The plan was challenged by the lawyer of Ada Roe who said, "These people paid for it, will you tax them?"'
		);
		expect(got.at(-1)?.speaker).not.toBe('Ada Roe');
	});

	it.each([
		[
			'"One man died and nine were hurt in the fire," said a statement issued by the Harbour Authority.',
			'the Harbour Authority'
		],
		[
			'The union met. "Ninety pupils passed the test this year," according to a statement released by Ada Roe.',
			'Ada Roe'
		],
		['"We regret the arrest of the crew," said the statement published by the Kell Union.', 'the Kell Union']
	])('a statement issued by someone speaks for its issuer: %s', (text, speaker) => {
		expect(attribute(text).at(-1)?.speaker).toBe(speaker);
	});

	it.each([
		[
			'The Kell Embassy in Dunmore, Norland has warned citizens that "armed gangs may be planning a series of thefts."',
			'the Kell Embassy'
		],
		['Ada Roe of Dunmore, Texas said that "armed gangs may be planning a series of thefts."', 'Ada Roe'],
		['Asked her view, Ada Roe, a teacher in Tyler, Texas told reporters, "It is getting better."', 'Ada Roe']
	])(
		'a place set off after "in/of" a place, its closing comma left out, is not the subject: %s',
		(text, speaker) => {
			expect(attribute(text).at(-1)?.speaker).toBe(speaker);
		}
	);

	it('keeps a name after a fronted phrase that ends on a time', () => {
		const got = attribute(
			'In a statement announcing the book in March, Greywater Press called it "a novel of salt and debt".'
		);
		expect(got.at(-1)?.speaker).toBe('Greywater Press');
	});

	it.each([
		'A passenger on board the Kell Star said that "It felt just like hitting a pothole in the road."',
		'A passenger aboard the Kell Star said that "It felt just like hitting a pothole in the road."'
	])('a ship or plane a passenger is aboard is not the speaker: %s', (text) => {
		expect(attribute(text).at(-1)?.speaker).not.toBe('the Kell Star');
	});

	it.each([
		['Officials said that they would "hold ourselves accountable to the people".', 'Officials'],
		[
			'Fans gathered early. Unionists described the remarks as "plainly inflammatory and wrong". One unionist left.',
			'Unionists'
		]
	])('a plural common noun opening a sentence is a group, never a named body: %s', (text, group) => {
		expect(attribute(text)).toEqual([expect.objectContaining({ speaker: group, confidence: 'low' })]);
	});

	it('keeps a one-word body the article never writes in lower case as its speaker', () => {
		const text = 'Korvans described the remarks as "plainly inflammatory and wrong".';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Korvans', confidence: 'high' });
	});

	it.each([
		'Doctors described his condition as "critical but stable for now".',
		'The blast was grim, according to medics who said a man arrived in "a very bad state indeed".'
	])('several people a plural role names are a group, not one unnamed speaker: %s', (text) => {
		expect(attribute(text)[0]?.confidence).toBe('low');
	});

	it.each([
		['“We will ship it by June,” said Kell Chairman and CEO Ada Roe.', 'Ada Roe'],
		['“We will ship it by June,” said President and Chief Executive Tom Ash.', 'Tom Ash']
	])('a post joined by "and" to the title before a name is one speaker, not two: %s', (text, speaker) => {
		expect(attribute(text)[0]).toMatchObject({ speaker, confidence: 'high' });
	});

	it('still names no one for a joint source of a described person and a named one', () => {
		expect(attribute('“We will ship it by June,” said the mayor and Ada Roe.')[0]?.speaker).toBeUndefined();
	});

	it("steps over a party and state in brackets after the comma that follows a legislator's name", () => {
		const text = 'Rep. Tom Ash, (R-Colo) said, "If the leader stepped aside now it would help."';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tom Ash', confidence: 'high' });
	});

	it('gives an inverted quote to the name set off after a role whose word ends its phrase past a place', () => {
		const text = '“The ships are ready to sail,” said Kell navy in Norland spokesman, Rear Admiral Tom Ash.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Tom Ash', confidence: 'high' });
	});
});

describe('attr48: who said it on Wikinews reporting', () => {
	it('does not take a person whose words were questioned for the one asked, whom "he" would go on with', () => {
		const text =
			'Tom Roe questioned Mr. Kell’s account of the vote. He said, "The count was done twice and it was fair."';
		expect(attribute(text)[0]?.speaker).not.toBe('Mr. Kell');
	});
	it('keeps the speaker a cue before the quote names when a verb after "to" follows the quote', () => {
		const text =
			'Mayor Ada Roe said "This is a fine day for the harbour and its people" with the port expected to add jobs.';
		expect(attribute(text)[0]).toMatchObject({ speaker: 'Ada Roe', confidence: 'high' });
	});

	it('still gives a term no speaker when someone else’s words stand between the cue and the quote', () => {
		const text =
			'The union claimed that the council’s wide reading of "lawful protest" left members no right to argue.';
		expect(attribute(text)[0]?.speaker).toBeUndefined();
	});

	it.each([
		[
			'"Two men died when the depot burned down," said a statement issued by the Norland military.',
			'the Norland military'
		],
		[
			'A statement issued by the Kell embassy reached the press. "Travellers should keep away from the port," the statement said.',
			'the Kell embassy'
		]
	])(
		'a statement issued by a state’s service told apart by a name speaks for that service: %s',
		(text, speaker) => {
			expect(attribute(text).at(-1)).toMatchObject({ speaker, confidence: 'high' });
		}
	);

	it.each([
		[
			'A Norland government statement said, "nine people were hurt in the clashes on Friday."',
			'the Norland government'
		],
		[
			'The Kell Union met on Monday. According to a Kell Union statement, the plans "focus on the pay of the lowest paid staff".',
			'the Kell Union'
		]
	])('a name before a document’s noun is its issuer, who speaks for it: %s', (text, speaker) => {
		expect(attribute(text).at(-1)).toMatchObject({ speaker, confidence: 'high' });
	});
	it.each([
		'A military statement said the raid would "weaken the group for many months".',
		'Troops went in under the Kell Charter, which states that the council "shall act to keep the peace".'
	])('names no issuer from an article or from a text a body only holds to: %s', (text) => {
		expect(attribute(text)[0]?.confidence).toBe('low');
	});
});

describe('attr48: a statement goes on speaking for its issuer', () => {
	it('keeps the issuer a statement spoke for paragraphs before', () => {
		const text =
			'The Kell Water Board issued a statement on Monday.\n\n"Pipes in the old town will be replaced in the coming days," said the statement.\n\nResidents were calm on Monday. Shops stayed open.\n\nHotels were full for the festival.\n\nThe statement also warns all residents to "boil tap water before drinking it".';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the Kell Water Board', 'the Kell Water Board']);
	});

	it('gives a statement brought in since then no issuer of the one before', () => {
		const text =
			'The Kell Water Board issued a statement on Monday.\n\n"Pipes in the old town will be replaced in the coming days," said the statement.\n\nResidents were calm on Monday. Shops stayed open.\n\nHotels were full and a statement came later from the owners.\n\nThe statement warns all guests to "keep the doors locked at night".';
		expect(attribute(text).at(-1)?.speaker).toBe('the statement');
	});
});

describe('lead 48: the name "from" gives a document is the one right after it', () => {
	it('takes no issuer from a name further on: "a summary from Leakbox which was sent to United States military leaders"', () => {
		const text =
			'Leak\n\nReporters have obtained an intelligence summary from Leakbox which was sent to United States military leaders inside Varo, stating that a police general was involved.\n\n' +
			'The summary states that the general was "receiving direct support from the militia and its leaders."';
		expect(attribute(text).map((q) => q.speaker)).not.toContain('United States');
	});

	it('still takes the issuer right after "from": "a statement from Kell Water"', () => {
		const text =
			'Residents received a statement from Kell Water on Monday.\n\n' +
			'"Boil all tap water until further notice," stated the statement.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Kell Water']);
	});
});

describe('attr 49: who said it on Wikinews reporting', () => {
	it('gives a participle after "with" and a name to that name, not the sentence’s subject', () => {
		const text =
			'The Opposition has replied to the plan, with Opposition Leader Tom Arkle stating that the cabinet runs "from the tired to the careless".';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Arkle']);
	});

	it('gives "the Gazette reported him as saying" to the one "him" stands for, not the paper', () => {
		const text =
			'Tom Arkle flew home on Monday.\n\n"We must settle our differences and move on," the Gazette has reported him as saying.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Arkle']);
	});

	it('reads "quoted X, a role, as saying" past the role set off after the name', () => {
		const text =
			'"Prices will rise again before the spring," the agency quoted Nina Kell, an economist at Vell Bank, as saying.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Nina Kell']);
	});

	it('steps over an aside opening on "currently" between the name and its verb', () => {
		const text =
			'Finance Minister Tom Arkle, currently on a visit to Kell, told reporters: "Our savers have nothing to fear."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Arkle']);
	});

	it('reads "has since stated" as the verb of the name before it', () => {
		const text =
			'Ada Roe, a spokeswoman for the union, has since stated, "Nobody was hurt during the march."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('steps over an aside of how the name spoke when its closing comma is left out', () => {
		const text = 'Ada Roe, in an email to her staff had said "The office will close for a week in March."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('gives a sentence opening on "Said" to the name right after the verb', () => {
		const text = 'Said Kell estate agent Nina Vose, "Buyers have simply stopped coming to viewings."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Nina Vose']);
	});

	it('gives no speaker the headline a paper ran after someone’s quote', () => {
		const text =
			'Tom Arkle told reporters: "We are proud of our record on fairness." The Kell Daily ran the headline "Arkle Defends The Record".';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Arkle', undefined]);
	});

	it('gives "“…”, was the reaction of X" to X', () => {
		const text =
			'Tom Arkle spoke first. "This is the real face of the league," was the reaction of film director Ada Roe.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('gives a statement a spokesman for someone issued not to that someone', () => {
		const text =
			'A spokesman for Governor Tom Arkle issued a statement on Monday, "the hard thing is to get the balance right".';
		expect(attribute(text).map((q) => q.speaker)).not.toContain('Tom Arkle');
	});

	it('reads "according to an account of the talks by X" as X’s document, not an unnamed person', () => {
		const text =
			'According to an account of the talks by the Vell News Agency, "The two leaders agreed to meet again in May."';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the Vell News Agency']);
	});

	it('gives "“…,” reads a cable by X" to X, and "read a Kell statement" to the body its name gives', () => {
		const text =
			'The archive opened its files.\n\n"The army is rounding up farmers near the border," reads a 1985 cable by Wendell T. Orsk. ' +
			'"We ask our members to stay calm tonight," read a Tarvosi statement on a website the group uses.';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([
			['Wendell T. Orsk', 'high'],
			['Tarvosi', 'high']
		]);
	});

	it('gives the words of a person’s office to the office, not to the person', () => {
		const text =
			'Premier Odile Varga spoke to the mayor on Monday. Varga’s office said the call was “warm and open to all sides”. ' +
			'"Nobody has asked the premier to resign today," said a statement from Varga’s office.';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([
			['Odile Varga’s office', 'high'],
			['Odile Varga’s office', 'high']
		]);
	});
});

describe('stop 54: attribution shapes', () => {
	it('a name led by its post after "the" and a modifier or an owner speaks; a name after a preposition does not', () => {
		const text =
			'“We are ready,” said the new British Prime Minister Tom Harker on Tuesday. The state’s Republican Party Chairman Jon Barrow said, “Go home.” “We wait,” said the wife of Prime Minister Ada Lund.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Harker', 'Jon Barrow', undefined]);
	});

	it('a body whose name opens on a figure is part of the post before the name', () => {
		const text =
			'“A strategic fit,” said 7-Eleven Inc. President and Chief Executive Joseph DePinto. “We grow,” said 3-Star President Ada Lund.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Joseph DePinto', 'Ada Lund']);
	});
});

describe('stop 54: participles, passives and sources run on', () => {
	it('"with" and a post in lower case before a name and a participle: the name speaks, not the subject', () => {
		const text =
			'Air Force officials said the contract was fair, with Kell analyst David Strand saying “The key was the fuel.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['David Strand']);
	});

	it('"“…”, X is quoted by a paper as saying": the subject of the passive is quoted, not the paper', () => {
		const text =
			'“Some of them are killed,” army spokesman Adolphe Manirakiza is quoted by Reuters as saying.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Adolphe Manirakiza']);
	});

	it('"According to Ms Roe the new law “…”": a determiner after the source opens the clause it vouches for', () => {
		const text =
			'Ada Roe spoke on Monday. According to Ms Roe the new system “balances the interests of all.” According to the University of Kell its shutdown “is, at this stage, a one-off event.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'the University of Kell']);
	});

	it('a comma after a bracketed aside closes it: "Ada Roe (Lund’s counterpart), had noted that “…”"', () => {
		const text =
			'The manager of business, Ada Roe (Lund’s opposition counterpart), had noted that “more than 20 members are going to be silenced by this motion”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('a fronted place with a relative "where" clause is stepped over: the name after it is the subject "he" refers to', () => {
		const text =
			'Tom Boyd died on Friday. In Kell, where a 25-year-old Australian was hanged just hours before Boyd’s execution, Sinapan Samydorai, president of the Think Centre, said there was no justice.\n\n“The US is supposed to be a champion of human rights,” he said.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Sinapan Samydorai']);
	});

	it('a paragraph opening on a quote after "X disagrees, saying that …" is X’s; a verb of thought or a question is not speech', () => {
		const said =
			'Others agree. Phillip Bowring disagrees, saying that the purpose is a warning to the US.\n\n“The exercises are a symptom of overstretch.”';
		const thought =
			'Others agree. Phillip Bowring disagrees, thinking that the purpose is a warning.\n\n“The exercises are a symptom of overstretch.”';
		expect(attribute(said).map((q) => q.speaker)).toEqual(['Phillip Bowring']);
		expect(attribute(thought).map((q) => q.speaker)).toEqual([undefined]);
		const asked =
			'Tom Lehr then turned to Ada Roe, asking her to present her ideas.\n\n“We have to cut spending.”';
		expect(attribute(asked).map((q) => q.speaker)).not.toContain('Tom Lehr');
	});

	it('stop 55: a sentence of only a name and a verb of speech after a quote that ends its own sentence is its cue', () => {
		const text =
			'Farmers met on Monday.\n\n“I am here.” Ada Roe said the sale was wise.\n\n“We know every cow by name.” Jackie Maxwell noted. Jackie and her husband farm in Kell.\n\n' +
			'“The border is closed.” Gen. Amin Suleyman said.\n\n' +
			'“Democracy has its price.” Thomas Peng said. “A leader should listen.” Ron Hung (Editor of the Kell Post) remarked at the seminar.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			undefined,
			'Jackie Maxwell',
			'Amin Suleyman',
			'Thomas Peng',
			'Ron Hung'
		]);
	});

	it('stop 55: "X quotes Y saying “…”" gives the words to the one quoted, as "quoted Y as saying" does', () => {
		const text =
			'Reporter Ben Hale, who attended the dinner, quotes council president Ada Roe saying, “Any one of them would be a disqualifier.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('stop 55: a command to say words ("Don\'t say “…”", "Please say “…”") names nobody who said them', () => {
		const text =
			"We were homeless for a while. Don't say “homeless”, say “destitute”.\n\nAda Roe spoke. “We were happy.” Please say “thank you” to them.";
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, undefined, undefined]);
	});

	it("stop 55: marks paired across a transcript's speaker label (\"::'Mario:'\") hold two speakers' words: nobody's", () => {
		const text =
			"Isabel spoke.::'Isabel:' Whether or not we have other places saying, \"Hey we want you...\"::'Mario:' To do this. if you do this.\"::'Mario and Isabel:' No.::'Mario:' We're a Christian group. Even if someone was like, \"Hey, here's a thousand dollars.\" I'll still say it.::'Mario:' I will also disclose upfront, \"Hey, they gave me money for this.\"::'Isabel:' \"So please be wary.\"::'Mario:' If that ever happens.";
		// attr57: the closing mark after "if you do this." has no quote open, so no marks pair across a label now.
		const labelled = attribute(text).filter((q) => q.quote.includes("'Mario:'"));
		expect(labelled.map((q) => q.speaker)).toEqual([]);
	});

	it('stop 56: a full name, then the body it works for after "of", then the cue ("Akiko Takada of Forum 90 said")', () => {
		const text =
			'Japan hanged two men on Friday. Akiko Takada of Forum 90 said “we are shocked by the hanging”. Joop Atsma of the ruling Christian Democratic Party had said “It is a crazy idea.” Royal Bank of Canada said “rates will rise”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Akiko Takada',
			'Joop Atsma',
			'Royal Bank of Canada'
		]);
	});

	it('stop 56: a participle after a clause joined by "but" or a semicolon is that clause\'s subject\'s', () => {
		const text =
			'Tom Ash promised to withdraw, but the Kell Ministry is calling the promise “insufficient”. Ivo Sand objected, but Ada Roe had defended it, stating that Sand “misreads the law”. Ivo Sand doubted it, but notes that the ban holds, saying it “will stay”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the Kell Ministry', 'Ada Roe', 'Ivo Sand']);
	});

	it("stop 56: another person doing something in a quote's own sentence stops the last speaker's words going on", () => {
		const text =
			'Ada Roe said “a spending freeze is wise” and Tom Ash went on, “We ought to consider it for every office.”\n\nThe Kell Group said gaps would be “assessed against guidelines”. It was weaker than a plan proposed by Treasury Secretary Ivo Sand, which would keep gaps “below a specified share of output”.\n\nAda Roe had noted that “the motion gags debate”, and when Tom Ash moved to put the question, “here we go, a gag on a gag.”';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([
			['Ada Roe', 'high'],
			['Tom Ash', 'low'],
			['the Kell Group', 'high'],
			['Ivo Sand', 'low'],
			['Ada Roe', 'high'],
			['Ada Roe', 'high']
		]);
	});

	it('stop 56: a plural that names no people nor a body of them ("such rallies", "he always") is no group speaker', () => {
		const text =
			'Rallies were held. Such rallies were banned, citing “security reasons.” In addition, the vandals wrote “murderer and traitor may not rest here” on a stone. He always says this, with, “What if this would happen?”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, 'the vandals', undefined]);
	});

	it('stop 56: "According to him, “…”": a source in the object\'s form is whom "he" or "she" would be', () => {
		const text =
			'“This is integration in reverse,” said Ivo Sand, the party spokesman. According to him, “the best gift would be learning the language.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ivo Sand', 'Ivo Sand']);
	});
});

describe('people55: a body’s possessive before a role run on into a name', () => {
	it('leaves the name the subject: "Kell International’s climate coordinator Ada Roe talked …: “…”"', () => {
		const text =
			'Prime Minister Tom Ash welcomed the move, saying that “the presence is an expression of momentum”.\n\nKell International’s political climate coordinator Ada Roe also talked about the change: “After an outcry, the president has listened to the people.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Tom Ash', 'Ada Roe']);
	});
});

describe('people55: honours written after a speaker’s name', () => {
	it('name the person the table knows, never a second one: "Helen Askew KC said"', () => {
		const text = 'Helen Askew KC said “the ruling is wrong”. “It will be appealed,” said Helen Askew KC.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Helen Askew', 'Helen Askew']);
	});
});

describe('attr57: a closing mark with no quote open', () => {
	it('closes the quote the paragraph before left open: "“No one is above the law. [¶] No one …,” said X."', () => {
		const text =
			'The two men were sentenced on Wednesday.\n\n"No one is above the law.\n\nNo one gets to write his own rules," said Justice Mary Lou Benotto. "Fraud such as this hurts investors."';
		const seg = segment(text);
		const quotes = findQuotes(text, seg.paragraphs).map((q) => text.slice(q.start, q.end));
		expect(quotes).toEqual([
			'No one is above the law.',
			'No one gets to write his own rules',
			'Fraud such as this hurts investors.'
		]);
		expect(attribute(text).map((q) => q.speaker)).toEqual([
			'Mary Lou Benotto',
			'Mary Lou Benotto',
			'Mary Lou Benotto'
		]);
	});

	it('is a stray, never the opening of a quote running into the next one: "… looking." "Well," Cheney responded', () => {
		const text =
			'Dick Cheney took questions. "From our view, we see few gains," Cpl. Bradley Warren told Cheney. I was wondering how it looks." "Well, it is looking good," Cheney responded.';
		const seg = segment(text);
		const quotes = findQuotes(text, seg.paragraphs).map((q) => text.slice(q.start, q.end));
		expect(quotes).toEqual(['From our view, we see few gains', 'Well, it is looking good']);
	});
});

describe('attr57: a title in marks is no speech', () => {
	it('when listed after another title, or after "called the": nobody said "CE Summit" or "Great Go Away Giveaway"', () => {
		const text =
			'The Trade Council held seminars like "Taiwan Design Center Forum", "CE Summit" and "Green IT Forum" at the centre. Aloha Airlines announced a plan, called the "Great Go Away Giveaway," to give away vouchers.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined, undefined, undefined]);
	});
});

describe('attr57g: "who" after a name and the body it works for', () => {
	it('gives "said X of the office, who also added that … “…”" to X, not to the office', () => {
		const text =
			'“We had calls,” said Ada Lund of the city’s administrative office, who also added that people are “calling all city departments.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Lund', 'Ada Lund']);
	});

	it('leaves "X with mental-health experts, who said" alone: "who" may be the experts', () => {
		const text =
			'The decision followed a visit by former minister Tom Abel with mental-health experts, who said that “urgent care is needed.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('attr59b: a body known by the first word of its company name, speaking through a medium set off by commas', () => {
	it('gives "Kellco, in a statement posted on its website, said “…”" to Kellco Motor Company', () => {
		const text =
			'Regulators fined Kellco Motor Company on Monday. Kellco, in a statement posted on its website, said that “we have taken steps.” The statement added, “We are sorry.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Kellco Motor Company', 'Kellco Motor Company']);
	});

	it('leaves the name before an aside of another kind to the usual rules: "Ada Roe, in an interview with the Kell Times, said"', () => {
		const text = 'Ada Roe, in an interview with the Kell Times, said “we will appeal.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});
});

describe('attr59b: "with" right after a verb is its complement, not an absolute clause', () => {
	it('never gives "bargaining with the kidnappers saying “…”" to the kidnappers', () => {
		const text = 'Officials are bargaining with the kidnappers saying “we will not pay any ransom.”';
		expect(attribute(text).map((q) => q.speaker)).not.toContain('the kidnappers');
	});

	it('keeps a set-off absolute clause: ", with Muslim leaders saying “…”" is the leaders\'', () => {
		const text = 'Politicians have spoken out, with Muslim leaders saying that it is “a disgrace.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Muslim leaders']);
	});
});

describe('attr59b: a body named inside an unclosed appositive role is its employer, not a second subject', () => {
	it('gives "Ralph Crosby, the Kellco chief and former Tom Ford executive commented “…”" to Ralph Crosby', () => {
		const text =
			'Tom Ford spoke. Ralph Crosby, the Kellco chief and former Tom Ford executive commented the business has “committed our full resources”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ralph Crosby']);
	});
});

describe("attr59b: a document right after the verb that issued it speaks for that verb's subject", () => {
	it('gives "Kell\'s Prime Minister issued a statement saying that he had “…”" to the subject, never "the statement"', () => {
		const text =
			'Russia called for talks, and Kell’s Prime Minister issued a statement saying that he had “no desire for conflict”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Kell’s Prime Minister']);
	});

	it('leaves the words to nobody when the subject is no speaker the table can name', () => {
		const text =
			'The army neither confirmed nor denied it and issued a statement saying; “All the attacks were timed to reduce harm.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('attr60p: a described source set off before a name', () => {
	it('gives "said one of the guides who …, Name." to the name, and a description alone to nobody named', () => {
		const text =
			'Tourists were shocked.\n\n“They are alarmed,” said one of the 43 guides who volunteer at the memorial, Donna Glessner.\n\n“It is over,” said a party official who was not cleared to speak.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Donna Glessner', 'a party official']);
	});
});

describe("attr65: who said it, from the dev-64 key's misses", () => {
	it('gives "The president concluded …: “…”" to the one person named by title and surname alone ("President Bush")', () => {
		const text =
			'President Bush today confirmed that the CIA held up to 100 suspects.\n\nThe announcements coincide with a renewed focus on terrorism by Bush’s administration.\n\nThe president concluded that the program had helped: “Were it not for this program, we would have been attacked.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['President Bush']);
		// Two presidents named nearby: either may be "the president", so neither.
		const two =
			'President Bush today confirmed that the CIA held up to 100 suspects. President Chirac disagreed.\n\nThe president concluded that the program had helped: “Were it not for this program, we would have been attacked.”';
		expect(attribute(two).map((q) => q.speaker)).toEqual([undefined]);
		// "the General Staff" is a body, though the table took it for a person: no second holder of "the General".
		const body =
			'General Sir Richard Dannatt, Chief of the General Staff, spoke out. The Scotsman highlights the General saying - “The planning was poor.”';
		expect(attribute(body).map((q) => q.speaker)).toEqual(['Richard Dannatt']);
	});

	it('reads "NASDAQ CEO Bob Greifeld, said, “…”" past the comma slipped between the name and its verb', () => {
		const text =
			'The deal was announced on Friday. NASDAQ president and CEO Bob Greifeld, said, “This transaction will allow NASDAQ to compete.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Bob Greifeld']);
		// A phrase set off by two commas is an apposition, not a slip: its name is no subject.
		const apposed = 'One analyst, from Kaufman Brothers, said, “The suit is a warning.”';
		expect(attribute(apposed).map((q) => q.speaker)).not.toContain('Kaufman Brothers');
		// So before a verdict's verb: "Prime Minister Ada Roe, denounced the king as a “…”".
		const verdict =
			'The cabinet was dismissed. Prime Minister Ada Roe, denounced the king as a “national betrayer”.';
		expect(attribute(verdict).map((q) => q.speaker)).toEqual(['Ada Roe']);
		// A name after a preposition is no subject: "in a letter to Richard Notebaert, wrote" is Citron's.
		const letter =
			'Vonage CEO Jeffrey Citron in a recent letter to Qwest CEO Richard Notebaert, wrote “I applaud you.”';
		expect(attribute(letter).map((q) => q.speaker)).not.toContain('Richard Notebaert');
	});
});

describe('attrp65: a description set off after a name, its closing comma left out, is that person', () => {
	it('gives "President Ivo Sand of Kell, a longtime Corvel ally said he “…”" to Ivo Sand, never the ally', () => {
		const text =
			'Talks went on. President Ivo Sand of Kell, a longtime Corvel ally said he “backed the plan,” and left.\n\nTroops arrived, and Rear Adm. Tom Lund, a navy spokesman states that “the ships are ready.”';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([
			['Ivo Sand', 'high'],
			['Tom Lund', 'high']
		]);
	});

	it('gives the words to both of two named people joined by "and", never the last alone or the description (dev-66)', () => {
		const text =
			'Ada Roe, head of sales, and Tom Lund, an engineering director at Kellco said the phone was “a fresh start.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe and Tom Lund']);
	});
});

describe("attrp65: the words of a post between a gerund's preposition and a name", () => {
	it('gives "an answer from the Kell Treasurer Ada Roe describing it as a “…”" to Ada Roe, not the subject', () => {
		const text =
			'Ivo Sand was removed after members had shouted at an answer from the Kell Treasurer Ada Roe describing the plan as a “scare campaign”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});
});

describe("attrp65: a short phrase the article puts in marks again, once as nobody's words, is a term", () => {
	it("gives none of the uses of “unlimited” to a speaker once one is the article's own", () => {
		const text =
			'A doctor was billed for an “unlimited” plan.\n\nIvo Sand claims Kellco never explained that the “unlimited” plan had a cap.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined]);
	});

	it('keeps the word as the words of the one who named it first, whoever echoes it', () => {
		const text =
			'Aldo Dunmore called the report “fiction”. By Tuesday the word “fiction” was printed on shirts across Korvel.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Aldo Dunmore', undefined]);
	});

	it('keeps a short quote given only to speakers', () => {
		const text = 'Ivo Sand called the plan “a disgrace”. Ada Roe also called it “a disgrace”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ivo Sand', 'Ada Roe']);
	});
});

describe("attrp65: a name right after a preposition is that preposition's object, never the cue's subject", () => {
	it('gives "Several reports coming out of Kellia today suggest that …" and "in an interview with Kell Radio said" to no one named there', () => {
		const text =
			'Kellia is a country. Several reports coming out of Kellia today suggest that the monks will “be sent away”.\n\nKell Radio broadcast it. Ada Roe of the Kell Fund in an interview with Kell Radio said “I think many people see this as a mistake.”';
		const got = attribute(text).map((q) => q.speaker);
		expect(got).not.toContain('Kellia');
		expect(got).not.toContain('Kell Radio');
	});

	it('keeps where a text comes from: "An article in The Kell Times states that …"', () => {
		const text = 'An article in The Kell Times states that taxpayers “can wait for the service to return”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['the Kell Times']);
	});
});

describe('Lead 66 (dev-66): an absolute "with" clause whose named subject is set off by a description', () => {
	it('gives "…, with Ada Roe, project director for the sale, saying that “…”" to Ada Roe, not the main subject', () => {
		const text =
			'In a statement, Kellco said it would sell the unit, with Ada Roe, project director for the sale, saying that “the buyer offered a good deal”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('leaves "with" that is the verb\'s own complement to the main subject', () => {
		const text = 'Ivo Sand met with Ada Roe, the director, saying that “the deal is good”.';
		expect(attribute(text).map((q) => q.speaker)).not.toEqual(['Ada Roe']);
	});
});

describe('Lead 66 (dev-66): a clause opened after the quote by a contrast', () => {
	it('gives "… told Kellans to “shut down Kell” in a strike, however witnesses said life was normal" to no witnesses', () => {
		const text =
			'Ada Roe, denounced the king as a “national betrayer” and told Kellans to “shut down Kell” in a three day strike, however witnesses in the capital said life was going on as normal.';
		expect(attribute(text).map((q) => q.speaker)).not.toContain('however witnesses in the capital');
		expect(attribute(text).map((q) => q.speaker)).not.toContain('witnesses in the capital');
	});

	it('goes on with "he" after "but": "Mr Roe was firmly in the “open” camp, but he warned that …"', () => {
		const text =
			'Ada Roe spoke in Kell. Ms Roe was firmly in the “open” camp, but she warned that poverty must be tackled. “Protection is flowing back.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Ada Roe']);
	});
});

describe('attr66: who said it, named persons the rules lost (dev-64 misses)', () => {
	it('goes on with the one person a sentence names when its "he" comes after the name ("taken Bush to Israel, where he sought")', () => {
		const text =
			'The speech came midway through a trip that has taken President Bush to Israel, where he sought to encourage talks.\n\nHe said he came away encouraged.\n\n“We will encourage reconciliation,” he said.';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([['President Bush', 'low']]);
		// A "he" before the name is someone named further back: "he read of the case of Eric Gernez".
		const object =
			'Jean Spadaro had his bill cut. At the end of the week he read of the case of Eric Gernez. He then threatened Orange with the press. “The result was quick,” he said.';
		expect(attribute(object).map((q) => q.speaker)).not.toContain('Eric Gernez');
	});

	it('goes on with one who "asked for" something, a request, not a question someone else answers', () => {
		const text =
			'Prosecutor Kevin Chenail asked for the maximum sentence. He told the panel that, “Today in this courtroom, we are on the front lines.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Kevin Chenail']);
		// The one who asked a question does not give the answer.
		const asked = 'Ada Roe asked the minister whether the cut could be reversed. “It is final,” she said.';
		expect(attribute(asked).map((q) => q.speaker)).toEqual([undefined]);
	});

	it('reads "despite repeated assurances" after a quote as a noun phrase, no cue that takes the words from the speaker', () => {
		const text =
			'Oil spilled again. Charles Perrow, a professor at Yale University, said the oil industry “is ill prepared” to deal with another spill, despite repeated assurances from the industry.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Charles Perrow']);
		// A verb of speech after its subject still attributes: "“…,” the spokesman repeated."
		const cue = 'Oil spilled again. “We are ready,” the company spokesman Ada Roe repeated.';
		expect(attribute(cue).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('goes on with the source a sentence opens on ("According to Major Tom Roe, …. “…”")', () => {
		const text =
			'Two men were detained. According to Major Charlie Burbridge, a British forces spokesman, the operation had worked. “We have been pleased with the outcome.”\n\nAccording to analyst Hazem Nuaeimi, the militias are a thorn in the side of other groups. “There is a need to draw the lines,” he said.';
		expect(attribute(text).map((q) => [q.speaker, q.confidence])).toEqual([
			['Charlie Burbridge', 'high'],
			['Hazem Nuaeimi', 'high']
		]);
		// A person the report is about may go on as well: neither.
		const two =
			'Two men were detained. According to Major Charlie Burbridge, Sam Ito resigned. “We have been pleased with the outcome.”';
		expect(attribute(two).map((q) => q.speaker)).toEqual([undefined]);
		// A word in marks the writer explains is nobody's: "“Uhuru” is a Swahili word".
		const term =
			'The protesters were from the Uhuru Movement, according to Jon Weisman. “Uhuru” is a Swahili word for freedom.';
		expect(attribute(term).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('Lead 66 (wn3 test after the merge): two words joined after a determiner describe a noun', () => {
	it('gives "the company failed to deliver the expected and announced purchase of Kellweb - a business offering “…”" to nobody', () => {
		const text =
			'Kellco, Inc. posted its results.\n\nOn the downside, the company failed to deliver on the expected and announced purchase of Kellweb - a business offering “easy and affordable websites”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});

	it('still gives "Ada Roe condemned the violence and stated “…”" to Ada Roe', () => {
		const text = 'Kell mayor Ada Roe condemned the violence and stated “There is no excuse for it.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});
});

describe('Lead 67: a body after a participle’s "by" is no speaker', () => {
	it('gives "The hecklers equipped by the Kell Gazette shouted “…”" to nobody, not the paper', () => {
		const text =
			'The Kell Gazette made a film.\n\nThe hecklers equipped by the Kell Gazette shouted “Ada Roe is a liar” and “Vote Tom Ash”.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, undefined]);
	});

	it('still gives a person hired by a body their own words', () => {
		expect(
			attribute('Ada Roe, who was hired by the council, said the roads were “a disgrace”.').map(
				(q) => q.speaker
			)
		).toEqual(['Ada Roe']);
	});
});

describe('attr67: who said it, named persons the rules lose', () => {
	it('gives a quote to the person opening its sentence when the only verb of speech comes after an aside naming bodies', () => {
		const speaker = (text: string) => attribute(text).map((q) => q.speaker);
		expect(
			speaker(
				'Ada Roe, of the Centre for Civic Rights which represents about 300 detainees, said “I think people despair.”'
			)
		).toEqual(['Ada Roe']);
		expect(
			speaker(
				'Tomas Reddy, 37, who was released in 2005 after two years at the camp told the Kell Gazette: “We all expected it.”'
			)
		).toEqual(['Tomas Reddy']);
		// Another person named before the quote may be whom the aside is about or who speaks: precision first, none.
		expect(
			speaker(
				'Ada Roe, of the Centre for Civic Rights which Tomas Reddy founded in 1990, said “I think people despair.”'
			)
		).toEqual([undefined]);
		// "charges" may be a noun: a word quoted after it is no one's words.
		expect(
			speaker('Ada Roe resigned. Ada Roe had been indicted over charges stemming from the “fodder scam”.')
		).not.toContain('Ada Roe');
	});
});

describe('Lead 67 (wn3 test after the merge): a participle going on a relative clause', () => {
	it('gives "…, particularly Ada Roe who commented on Tom Ash’s visit stating, “…”" to Roe, not the subject', () => {
		const text =
			'Tom Ash has been criticized by many politicians, particularly candidate Ada Roe who commented on Ash’s visit stating, “We must not negotiate with them.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});

	it('still gives "Roe thanked the nurses who cared for her, saying “…”" to Roe', () => {
		const text = 'Ada Roe thanked the nurses who cared for her, saying “They were wonderful.”';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe']);
	});
});

describe('Lead 67 (dev-66 key): "as stated by" names the speaker; a portfolio tells posts apart', () => {
	it('gives "Kellpress reports, “…,” as stated by Ada Roe" to Roe, and the quote joined to it by "and" too', () => {
		const text =
			'Ada Roe leads the ministry.\n\nKellpress reports however, “It is not true at all,” and, “Korvel only builds farms,” as stated by Roe.';
		expect(attribute(text).map((q) => q.speaker)).toEqual(['Ada Roe', 'Ada Roe']);
	});

	it('gives "the Korvel Information Minister" to nobody when the one minister named is the Prime Minister', () => {
		const text =
			'Prime Minister Tom Ash moved troops north. Kellpress reports, “It is not true at all,” as stated by the Korvel Information Minister.';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined]);
	});
});

describe('attr68: who said it, named persons the rules lose', () => {
	it('gives a paragraph that is only a quote to the person whose act closes the paragraph before, once they spoke there', () => {
		const speaker = (text: string) => attribute(text).map((q) => [q.speaker, q.confidence]);
		expect(
			speaker(
				'Mayor Ada Roe spoke out against the ruling, saying it had “been blown out of all proportion”. She also attacked the newspaper group that owns the Kell Standard.\n\n“It is the Kell group that has a long history of this.”'
			)
		).toEqual([
			['Ada Roe', 'high'],
			['Ada Roe', 'low']
		]);
		expect(
			speaker(
				'At the debate, Tom Ash stated, “We will close the mine.” But yesterday he softened that stance.\n\n“We have to weaken the company so much that it cannot function.”'
			)
		).toEqual([
			['Tom Ash', 'high'],
			['Tom Ash', 'low']
		]);
		expect(
			speaker(
				'Tom Ash runs the firm. But yesterday he defended the product saying it is safe.\n\n“I can understand the parents.”'
			)
		).toEqual([['Tom Ash', 'low']]);
		// No speech of theirs before: the words may be anyone's.
		expect(
			speaker(
				'Ada Roe died on Tuesday at her home in Kell.\n\n“She was a great teacher and a friend to all.”'
			)
		).toEqual([[undefined, 'low']]);
	});
});

describe('Lead 69: who said it, from the held-out review W30', () => {
	it('W30: gives "Ada R. says" to the Ada Roe named before, never to a second person', () => {
		const speaker = (text: string) => attribute(text).map((q) => [q.speaker, q.confidence]);
		expect(
			speaker(
				'Ada Roe and Tom Ash began a campaign for a day of fasting. “We keep it simple,” Ada R. says. “Anyone can join,” said Tom A.'
			)
		).toEqual([
			['Ada Roe', 'high'],
			['Tom Ash', 'high']
		]);
		// Two known people of that first name and initial: the short form tells neither.
		expect(
			speaker('Ada Roe and Ada Ross began a campaign. “We keep it simple,” Ada R. says.').map(([who]) => who)
		).not.toContain('Ada Roe');
	});
});

describe('Lead 69: who said it, in the merged round', () => {
	it('gives the words to a person set off with her hometown, not to the place last before the verb', () => {
		const speaker = (text: string) => attribute(text).map((q) => [q.speaker, q.confidence]);
		expect(
			speaker('“It is hard for me,” Cpl. Ada Roe, 38, of Kellby, Nova Scotia said to reporters.')
		).toEqual([['Ada Roe', 'high']]);
		expect(speaker('“It is hard for me,” Ada Roe, 38, of Kellby, Ontario, told reporters.')).toEqual([
			['Ada Roe', 'high']
		]);
	});

	it('keeps a described speaker written without an article ("said local farmer")', () => {
		const speaker = (text: string) => attribute(text).map((q) => q.confidence);
		expect(speaker('“I saw smoke coming out of the tail,” said local farmer.')).toEqual(['high']);
		expect(speaker('“We will hold our ground,” said spokesman for the regiment.')).toEqual(['high']);
	});
});

describe('attr69: who said it, named persons the rules lose', () => {
	it('reads a name right before the verb as the subject after a fronted phrase with no comma', () => {
		const speaker = (text: string) => attribute(text).map((q) => [q.speaker, q.confidence]);
		const met = 'Foreign Secretary Tom Ash met the ambassador, Omer Kell, on Monday. ';
		expect(
			speaker(`${met}During the 45 minute meeting Mr Ash expressed “in the strongest terms” his dismay.`)
		).toEqual([['Tom Ash', 'high']]);
		expect(speaker(`${met}At the two-hour hearing Kell said the verdict was “final”.`)).toEqual([
			['Omer Kell', 'high']
		]);
		// A fronted clause with a verb of its own is left to the rules that read it.
		expect(speaker(`${met}After the talks collapsed Kell said the verdict was “final”.`)).toEqual([
			[undefined, 'low']
		]);
	});

	it('reads the name set off after a body\'s capitalised post as the subject a "she said" goes back to', () => {
		const speaker = (text: string) => attribute(text).map((q) => [q.speaker, q.confidence]);
		const book = 'Former press secretary Scott Ash wrote a book about his years at the White House. ';
		expect(
			speaker(
				`${book}The current White House Press Secretary, Dana Kell, said, when asked about it today, that it is not clear what Ash means. “The President has not lied,” she said.`
			)
		).toEqual([['Dana Kell', 'high']]);
	});

	it('leaves a post named by whose it is, with no holder, to nobody rather than to the last speaker', () => {
		const speaker = (text: string) => attribute(text).map((q) => [q.speaker, q.confidence]);
		const talks =
			'President Ada Roe of Kell said she “backed the plan.” “We support the plan,” Roe said at a news conference with Lund President Tom Ash.\n\nAsh also said the two countries needed to “coordinate their positions.”\n\n';
		expect(
			speaker(
				`${talks}Also on Thursday, Russia's Foreign Minister called for “a cautious approach to the crisis.”`
			)
		).toEqual([
			['Ada Roe', 'high'],
			['Ada Roe', 'high'],
			['Tom Ash', 'high'],
			// attr73b: "called for" is a cue now; the post speaks as the article gives it.
			["Russia's Foreign Minister", 'high']
		]);
		expect(
			speaker(`${talks}The company's spokesman said it was “a cautious approach to the crisis.”`).at(-1)
		).toEqual([undefined, 'low']);
	});
});

describe('prec69: who said it, wrong speakers', () => {
	it('gives a participle after a clause joined by "and" to that clause’s named subject, not the sentence’s', () => {
		const speakers = (text: string) => attribute(text).map((q) => q.speaker);
		expect(
			speakers(
				'Mayor Ada Roe said that the closure was “a blow to the town” and Tom Ash joined in by saying that it was a “cause of grave concern”.'
			)
		).toEqual(['Ada Roe', 'Tom Ash']);
		expect(
			speakers(
				'Ada Roe said the plan had failed and Kellia agreed, saying that it was a “cause of grave concern”.'
			)
		).toEqual(['Kellia']);
		// Two names joined, or a name as the object, leave the participle to the sentence's subject.
		expect(
			speakers('Ada Roe said Tom Ash and Ben Lund agreed, adding that it was a “cause of grave concern”.')
		).toEqual(['Ada Roe']);
		expect(
			speakers('Ada Roe said she and Ben Lund would appeal, adding that it was a “cause of grave concern”.')
		).toEqual(['Ada Roe']);
		expect(
			speakers('Ada Roe criticised the plan and Tom Ash, saying that it was a “cause of grave concern”.')
		).toEqual(['Ada Roe']);
	});

	it('gives no one the words before a singular noun with no determiner, which modifies the noun after it', () => {
		const speakers = (text: string) => attribute(text).map((q) => q.speaker);
		expect(
			speakers('Roe spoke on Monday. Of “old EU” member states, only Kellia and Ostria now keep the ban.')
		).toEqual([undefined]);
		expect(speakers('“We will appeal,” one member said.')).toEqual(['one member']);
	});

	it('gives no one a participle whose only noun before it is a preposition’s object', () => {
		const speakers = (text: string) => attribute(text).map((q) => q.speaker);
		expect(
			speakers(
				'The minister spoke at length about the recent conflict with Ostria saying that Kell had been too “hasty” in its decisions.'
			)
		).toEqual([undefined]);
		// The noun right before the participle speaks once the object before it is passed over; a "by" names the agent.
		expect(
			speakers(
				'According to the Kell Post, an aide did confirm that a meeting with Ada Roe occurred, and reported this quote by a Kell Radio source saying “the gesture was an expression of manners.”'
			)
		).toEqual(['a Kell Radio source']);
	});

	it('gives the words to the name before a post-nominal set off by commas, never to the honour', () => {
		expect(
			attribute(
				'Mr Tom Ashby, QC, who heads the legal team, recently told the high commissioner that the “regime” would have to change.'
			).map((q) => q.speaker)
		).toEqual(['Tom Ashby']);
	});
});

describe('craft71: "—as Roe put it—" after a quote between dashes', () => {
	it('craft71: gives each quote to whoever the dash-set "as" names, not the next quote to the one before', () => {
		const text =
			'Mina Vell met Tom Rowe in Tarne.\n\nThe two agreed on the need to build "a fairer harbour board"—as Vell put it—and to end "the rule of the ferry lords"—as Rowe couched it.';
		expect(attribute(text).map((q) => [q.quote, q.speaker])).toEqual([
			['a fairer harbour board', 'Mina Vell'],
			['the rule of the ferry lords', 'Tom Rowe']
		]);
	});
});

describe('attr73: a quote standing alone before "He added, “…”" is the one who added', () => {
	it('gives the lone quote to the speaker of the cue after it, but not a quote after a colon naming someone else', () => {
		const got = attribute(
			'Tom Abel spoke in Leeds on Monday. He criticised the council and suggested the mayor is using the floods to gain power.\n\n"Is Leeds in more danger now than when we faced the great flood?" He added, "Once broken, the rule of law is in danger."\n\nThe vote is on Friday. On the ballot paper for Tom Abel: "Vote for change." Ada Roe added, "We will march again."'
		);
		expect(got.find((a) => a.quote.startsWith('Is Leeds'))).toMatchObject({
			speaker: 'Tom Abel',
			confidence: 'high'
		});
		expect(got.find((a) => a.quote === 'Vote for change.')?.speaker).toBeUndefined();
	});
});

describe('prec73b: a he/she after a main clause about a name the table does not know', () => {
	it('asks no question of the one named further back, but a sentence about a place or a known person keeps the chain', () => {
		const got = attribute(
			'Council member Ada Roe spoke first. "We need more buses," she said.\n\nSpared the attacks of both rivals, Quennell was free to criticise them. "The plan is a shambles," she said.\n\nAda Roe left for a summit. By nightfall, Paris was quiet. "I have a train," she said.'
		);
		expect(got.find((a) => a.quote.startsWith('The plan'))?.confidence).not.toBe('high');
		expect(got.find((a) => a.quote.startsWith('I have'))).toMatchObject({
			speaker: 'Ada Roe',
			confidence: 'high'
		});
	});
});

describe('attr73b: words quoted in what a speaker calls for', () => {
	it('are the caller\'s ("called for a “general strike”", "calling for an end to “…”"), a fragment only', () => {
		const got = attribute(
			'On Monday, Tom Abel called for a peaceful "general strike" and workers stayed home. Ada Roe, the mayor of Kell, has offered talks, calling for an end to "anger and blame" on both sides.'
		);
		expect(got.find((a) => a.quote === 'general strike')).toMatchObject({
			speaker: 'Tom Abel',
			confidence: 'high'
		});
		expect(got.find((a) => a.quote === 'anger and blame')?.speaker).toBe('Ada Roe');
	});
});

describe('attr74: a he/she after a sentence naming one man (one woman) outside its subject', () => {
	it('is asked as his (hers) when no one else the pronoun could mean is named, else not', () => {
		const got = attribute(
			'The plan was announced at the town hall by Tom Abel, a spokesman for the union.\n\nHe said that "the strike is over and we go back on Monday."'
		);
		expect(got.find((a) => a.quote.startsWith('the strike'))).toMatchObject({
			speaker: 'Tom Abel',
			confidence: 'high'
		});
		const rival = attribute(
			'Jack Roe chaired the meeting.\n\nThe plan was announced at the town hall by Tom Abel, a spokesman for the union.\n\nHe said that "the strike is over and we go back on Monday."'
		);
		expect(rival.find((a) => a.quote.startsWith('the strike'))?.confidence).not.toBe('high');
	});
});

describe('prec74: a coined name that is the tail of a longer phrase', () => {
	it('after "from" or "in", or joined by "and" to a capitalised word, asks no question; after "a statement from" it speaks', () => {
		const got = attribute(
			'The rebels are thought to be hiding in the hills after they were driven from Sudan said of the arrest: "This is a great day for the region."\n\nAda Roe from the Kell Academy School of Music in, Kent, a lecturer in the Programme on Folk Song and the Open Sea (PFOS), explained it as follows: "Ports will close first."\n\nA statement from Sudan said: "We deny every charge."'
		);
		expect(got.find((a) => a.quote.startsWith('This is'))?.confidence).not.toBe('high');
		expect(got.find((a) => a.quote.startsWith('Ports'))?.confidence).not.toBe('high');
		expect(got.find((a) => a.quote.startsWith('We deny'))?.confidence).toBe('high');
	});
});

describe('prec74: a he/she going on from a speaker who was only a guess', () => {
	it('is no surer than the guess, when the quote before opens its sentence', () => {
		const got = attribute(
			'Senator Tom Abel and Senator Ben Hart met on Friday. The moderator was Jim Roe.\n\nRoe asked the two to come back to his question, first turning to Senator Abel.\n\n"We have not seen the plan yet," Abel began, speaking to Roe and not Hart. "And I do think there is good work being done," he said.'
		);
		expect(got.find((a) => a.quote.startsWith('And I do'))?.confidence).not.toBe('high');
	});
	it('is no surer than the guess, when the sentence before gave its quote to someone', () => {
		const got = attribute(
			'Kell Air grounded its fleet on Sunday.\n\nKell Air executive Tom Abel told the hearing that the strikes had cost them around A$68m, and claimed rival airlines "have access to cheaper labour". According to the Kell Times, he went on to say that bookings had taken a big hit: "It makes sense. They are less likely to book with us."\n\nMeanwhile, the Kell Pilots Association have spoken to the Times to condemn the move, with vice president Ben Hart labelling it "premeditated, unnecessary and grossly irresponsible". He claims the airline "has locked out pilots who are not even involved in any action at all," and that all his union has done is wear red ties.'
		);
		expect(got.find((a) => a.quote.startsWith('It makes sense'))).toMatchObject({
			speaker: 'Tom Abel',
			confidence: 'high'
		});
		expect(got.find((a) => a.quote.startsWith('has locked out'))?.confidence).not.toBe('high');
	});
});

describe('prec75: a he/she after a passive that ends on its agent, a role named by "the" alone', () => {
	it('goes on with that role, so no one named further back is asked about; a holder named nearby speaks', () => {
		const got = attribute(
			'Anna Kell won the vote with 200 votes. Her rival, Omar Petts, received only 70 votes.\n\nThe result was read out by, the outgoing chairman. "Anna Kell is elected to the chair," he said, as members clapped.'
		);
		expect(got.find((a) => a.quote.startsWith('Anna Kell is'))?.speaker).toBeUndefined();
		const held = attribute(
			'Tom Roe, the mayor of Kell, opened the fair on Sunday. The ribbon was cut by the mayor. "We will be back next year," he said.'
		);
		expect(held.find((a) => a.quote.startsWith('We will'))).toMatchObject({
			speaker: 'Tom Roe',
			confidence: 'high'
		});
	});
});

describe('prec75: a he/she after someone unnamed who speaks behind a fronted place', () => {
	it('goes on with that unnamed person ("In Kell, Dorset, one witness reported …"), so the governor is not asked about', () => {
		const lead =
			"Tom Roe, the region's governor, vowed to step down if things got worse.\n\nThe protests have since spread to nearby towns. ";
		const quote = ' "Earlier today, the whole town was full of police," he said.';
		for (const fronted of [
			'In Kell, Dorset, one witness reported 17 deaths.',
			'In Kell, a witness said 17 people died.'
		])
			expect(
				attribute(lead + fronted + quote).find((a) => a.quote.startsWith('Earlier'))?.speaker
			).toBeUndefined();
		const named = attribute(lead + 'In Kell, Dorset, the governor said 17 people died.' + quote);
		expect(named.find((a) => a.quote.startsWith('Earlier'))?.speaker).toBe('Tom Roe');
	});
});

describe('attr75: "they" for a body named just before', () => {
	it('is the body that was the subject of the sentence before, unless a plural of people could be meant', () => {
		const got = attribute(
			'The Kell Labour Party backed the new trade deal on Monday. "Any future deal must wait for the treaty," they said in a press release.\n\nThe Kell Council backed the ruling.\n\nThey continued, "Nobody should be fined for a name."'
		);
		expect(got.find((a) => a.quote.startsWith('Any future'))).toMatchObject({
			speaker: 'the Kell Labour Party',
			confidence: 'high'
		});
		expect(got.find((a) => a.quote.startsWith('Nobody'))).toMatchObject({
			speaker: 'the Kell Council',
			confidence: 'high'
		});
		const members = attribute(
			'The Kell Union said its members were angry about the cuts. "We will not go back," they said.'
		);
		expect(members.find((a) => a.quote.startsWith('We will'))?.speaker).toBeUndefined();
		const charged = attribute(
			'Two men were held on Monday. The Kell Police Service charged the pair with theft. "We are innocent," they said.\n\nThe Greens backed the bill. "It is a fair deal," they said.'
		);
		expect(charged.every((a) => a.speaker === undefined)).toBe(true);
		const aside = attribute(
			'Kell Features, they wrote back to us, and they said, "this is good, but you should publish it yourself."'
		);
		expect(aside.find((a) => a.quote.startsWith('this is'))?.speaker).toBeUndefined();
	});
});

describe("frag75: a document by an owner's body", () => {
	it("is never the owner's, whose name only says whose the issuer is", () => {
		const got = attribute(
			'Kell Foods will shut its mill.\n\nThe report by the Kell Government\'s Roadwise committee said that the online repair scheme was "unsafe".\n\nA statement from Ada Roe\'s office said the talks were "going well".'
		);
		expect(got.find((a) => a.quote === 'unsafe')?.speaker).not.toBe('the Kell Government');
		expect(got.find((a) => a.quote === 'going well')?.speaker).toBe('Ada Roe’s office');
	});
});

describe('speed76: a document head and the words before it, tried only where the head is written', () => {
	const everyMatch = (text: string, head: string) =>
		[
			...text.matchAll(
				new RegExp(`\\b((?:(?<![\\p{L}\\d-])[\\p{Ll}-]+(?:['’]s)?\\s+){0,2})${head}\\b`, 'giu')
			)
		].map((m) => [m.index, m[0], m[1]]);
	const found = (text: string, head: string) => leadsOf(text, head).map((m) => [m.index, m[0], m[1]]);

	it('finds what a search of the whole text finds', () => {
		const texts = [
			'The ministry released a joint statement on Monday. The statement said the port would close.',
			"The union's annual report, a 40-page report, reported nothing; reports of the report's reporter differ.",
			'In its (draft) Report the board wrote:\nreport\u00a0report. REPORT report-report report’s close.',
			'An op-ed ran beside the op-eds; the paper’s op-ed page, and a 😀 report  report  report.',
			'the  big   bad report\n\nreport'
		];
		for (const text of texts)
			for (const head of ['statement', 'report', 'op-ed', 'page'])
				expect(found(text, head)).toEqual(everyMatch(text, head));
	});
});

describe('attr77: a passive "said to be" before words that describe its subject', () => {
	it('gives the words to no one: whoever said so is not named', () => {
		const text =
			'The crew left the hall early.\n\nAccording to the complaint, Ada Moss, the events editor, was said to be "aghast" at the crew.\n\nTom Abel said the evening was "a farce from start to end".';
		expect(attribute(text).map((q) => q.speaker)).toEqual([undefined, 'Tom Abel']);
	});
});

describe('attr77: a participle after an outlet with "the" set off mid-sentence by its cue', () => {
	it('is the outlet’s, not the sentence subject’s', () => {
		const text =
			'Dover Mayor Ivo Brandt will spend a billion dollars on a bid, the Harbour Ledger reports, citing his friends and "close associates".';
		expect(attribute(text)).toMatchObject([{ speaker: 'the Harbour Ledger', confidence: 'high' }]);
	});
});
