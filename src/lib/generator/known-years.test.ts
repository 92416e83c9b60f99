import { describe, expect, it } from 'vitest';
import { generateBank } from './generate';
import {
	KNOWN_YEARS,
	TERMS_OF_OFFICE,
	officeTerm,
	knownAnniversary,
	knownDay,
	knownElectionDay,
	knownEventDay,
	knownDecade,
	knownMonth,
	knownSeason,
	knownYear,
	misdatedEvent
} from './known-years';

describe('craft 31: a year a student knows without the article is no blank', () => {
	// One row per entry of the registry: a sentence of it, its year, and a year the sentence does not make known.
	const rows: [keyof typeof KNOWN_YEARS, string, number, number][] = [
		['presidentialElection', 'Her aunt knocked on doors for the losing nominee in 2012.', 2012, 2013],
		['worldWarOne', 'The bridge was shelled twice during the First World War, in 1914.', 1914, 1916],
		['worldWarTwo', 'Her grandfather left the port in 1945, when the Second World War ended.', 1945, 1947],
		['unitedNations', 'The clinic has had money from the United Nations since 1945.', 1945, 1946],
		['nato', 'The base has hosted NATO drills since the alliance was formed in 1949.', 1949, 1950],
		['kennedyAssassination', 'He was a boy in Dallas when Kennedy was shot in 1963.', 1963, 1962],
		['moonLanding', 'The mill shut for a day so workers could watch the moon landing in 1969.', 1969, 1968],
		['watergate', 'The reporter made her name covering Watergate in 1972.', 1972, 1973],
		['berlinWall', 'The choir sang at the Berlin Wall in 1989 as it opened.', 1989, 1990],
		['sovietCollapse', 'The factory closed in 1991, when the Soviet Union collapsed.', 1991, 1992],
		['septemberEleventh', 'Air travel changed after the attacks of September 11 in 2001.', 2001, 2002],
		['iraqWar', 'He opposed the invasion of Iraq in 2003 from the start.', 2003, 2004],
		['worldWarTwo', 'The school reopened after the end of Japanese rule in 1945.', 1945, 1946],
		['afghanWar', 'Nine soldiers have died in Afghanistan since 2001.', 2001, 2002],
		['hurricaneKatrina', 'The levee failed when Katrina struck in 2005.', 2005, 2006],
		['kyotoProtocol', 'The firm never met the targets of the 1997 Kyoto Protocol.', 1997, 1998],
		['londonBombings', 'The station was rebuilt after the 7/7 bombings in 2005.', 2005, 2006],
		['financialCrisis', 'The bakery nearly folded during the financial crisis of 2008.', 2008, 2009],
		['financialCrisis', 'Loans that in 2008 brought the economy to the edge of collapse.', 2008, 2007],
		['benghaziAttack', 'The hearing returned to the 2012 Benghazi attack.', 2012, 2013],
		['obamaFirstTerm', 'Prices were lower when Obama took office in 2009.', 2009, 2010],
		['clintonTerms', 'The former first lady ran the State Department from 2009 to 2013.', 2009, 2010],
		['binLaden', 'She praised the 2011 raid that killed Osama bin Laden.', 2011, 2012],
		['crimea', 'Sanctions followed after Russia seized Crimea in 2014.', 2014, 2015],
		['brexit', 'Exports fell after the Brexit vote in 2016.', 2016, 2017],
		['londonBombings', 'The chemical was used in the suicide bombings in London in 2005.', 2005, 2006],
		['bhuttoAssassination', 'Riots followed the assassination of Benazir Bhutto in 2007.', 2007, 2008],
		['indianOceanTsunami', 'The village was rebuilt after the Indian Ocean tsunami of 2004.', 2004, 2005],
		['madridBombings', 'The cell was linked to the Madrid train bombings in 2004.', 2004, 2003],
		['deepwaterHorizon', 'The Deepwater Horizon rig exploded in 2010.', 2010, 2011],
		// craft 55a: world-famous years of history.
		['koreanWar', 'Her father fought in the Korean War until 1953.', 1953, 1952],
		['cubanMissileCrisis', 'The base was on alert in the Cuban Missile Crisis of 1962.', 1962, 1961],
		['sixDayWar', 'In the 1967 Six-Day War the town changed hands.', 1967, 1966],
		['vietnamWar', 'The Vietnam War ended in 1975 with the fall of Saigon.', 1975, 1968],
		['oilShocks', 'Car sales collapsed during the 1973 oil crisis.', 1973, 1975],
		['iranianRevolution', 'The embassy closed after the Islamic Revolution of 1979.', 1979, 1978],
		['khmerRouge', 'The Khmer Rouge took power in 1975 and emptied the cities.', 1975, 1977],
		['falklandsWar', 'The ship served in the Falklands War in 1982.', 1982, 1983],
		['chernobyl', 'The village was evacuated after the Chernobyl disaster in 1986.', 1986, 1987],
		['tiananmen', 'He joined the protests in Tiananmen Square in 1989.', 1989, 1988],
		['gulfWar', 'The pilot flew in the 1991 Gulf War.', 1991, 1992],
		['apartheidEnd', 'She voted for the first time in 1994, after the end of apartheid.', 1994, 1993],
		// craft 60a: a span of Soviet rule ends with the Union; a run for the presidency is a campaign's words.
		[
			'sovietCollapse',
			'Gorbachev, leader of the Soviet Union from 1985 to 1991, spoke at the forum.',
			1991,
			1990
		],
		// craft70: the Union's end told as a noun before it.
		[
			'sovietCollapse',
			'Exports to the region shrank after the dissolution of the Soviet Union in 1991.',
			1991,
			1992
		],
		[
			'presidentialElection',
			'Each camp says its man is still deciding whether to run for president in 2008.',
			2008,
			2009
		],
		[
			'afghanWar',
			'He was head of state of the Islamic Emirate of Afghanistan from 1996 to 2001.',
			2001,
			1996
		],
		['rwandanGenocide', 'The 1994 Rwanda genocide killed some 800,000 people.', 1994, 1995],
		['srebrenica', 'The court heard of the killings at Srebrenica in 1995.', 1995, 1994],
		['hongKongHandover', 'The bank moved its office before Hong Kong returned to China in 1997.', 1997, 1998],
		['dianaDeath', 'The tunnel became a shrine after Princess Diana died there in 1997.', 1997, 1996],
		['baliBombings', 'Tourism fell after the 2002 Bali bombing.', 2002, 2003]
	];

	it.each(rows)('%s: "%s" makes %i known, not %i', (_, sentence, year, other) => {
		expect(knownYear(year, sentence)).toBe(true);
		expect(knownYear(other, sentence)).toBe(false);
	});

	it('reads an event\'s words across the dots of initials ("the U.S.-led invasion")', () => {
		expect(knownYear(2003, 'Four reporters have died in Iraq since the U.S.-led invasion in 2003.')).toBe(
			true
		);
		expect(knownYear(2004, 'Four reporters have died in Iraq since the U.S.-led invasion in 2003.')).toBe(
			false
		);
	});

	it('reads a term only as its span, not as a year of what happened in it', () => {
		expect(knownYear(2013, 'She served as secretary of state from 2009 to 2013.')).toBe(false);
		expect(knownYear(2013, 'Clinton was secretary of state from 2009-2013 when the memo was sent.')).toBe(
			true
		);
		expect(knownYear(2009, 'Clinton hosted a dinner in 2009, her first year as secretary of state.')).toBe(
			false
		);
		expect(knownYear(2012, 'Clinton, the secretary of state, flew to Oslo in 2012.')).toBe(false);
	});

	it('reads an election year only in a sentence of an election, and not of a state or city race', () => {
		expect(knownYear(2008, 'Turnout among young voters rose in 2008.')).toBe(true);
		expect(knownYear(2008, 'The harbour was dredged in 2008.')).toBe(false);
		expect(knownYear(2004, 'Mara Lind was elected to the state Senate in 2004.')).toBe(false);
		expect(knownYear(2012, 'The mayoral election in 2012 drew few voters.')).toBe(false);
	});

	it('asks no question on the year of a famous event or a presidential election, and keeps the others', () => {
		const text = [
			'Veterans group opens new hall',
			'The Corley Veterans Association opened its new hall in Ashford on Saturday, its chair, Dana Pell, said.',
			'The association was founded in 1919 by soldiers home from the trenches.',
			'Its oldest member served in Iraq after the invasion in 2003 and later ran for the school board.',
			'Members raised money for the hall in 2012, the year of the presidential election, with a raffle and a fair.',
			'A second hall is planned for 2029, Pell said.'
		].join('\n\n');
		const bank = generateBank({ text, date: '2027-05-10' });
		const dateFacts = bank.facts.filter((f) => f.kind === 'date').map((f) => ('text' in f ? f.text : ''));
		expect(dateFacts.join(' ')).toMatch(/2003/);
		expect(dateFacts.join(' ')).toMatch(/2012/);
		const blanked = bank.questions.filter((q) => q.prompt.includes('_____')).map((q) => q.answer);
		expect(blanked.filter((a) => /2003|2012/.test(a))).toEqual([]);
		expect(blanked.filter((a) => /1919/.test(a)).length).toBeGreaterThan(0);
	});
});

describe("craft 51: the ordinal of a famous event's anniversary is no blank", () => {
	it.each([
		[60, ' anniversary of the end of World War II, the mayor said.', '2005-05-08', true],
		[25, ' anniversary of the fall of the Berlin Wall.', '2014-11-09', true],
		// The town's own founding is the article's fact, and a wrong count of the war is no anniversary of it.
		[120, ' anniversary of the founding of Ashford.', '2027-05-10', false],
		[59, ' anniversary of the end of World War II.', '2005-05-08', false],
		[60, ' year of the alliance formed after World War II.', '2005-05-08', false]
	])('%i, “_____%s” (%s): %s', (n, after, date, expected) => {
		expect(knownAnniversary(n, after, `The town marks the ${n}th${after}`, date)).toBe(expected);
	});
});

describe('craft 32: the day of a presidential election is no blank', () => {
	it('reads the Tuesday after the first Monday of November of an election year, in a sentence of the election', () => {
		expect(knownDay('2028-11-07', 'Voters choose a president on Nov. 7.')).toBe(true);
		expect(knownDay('2032-11-02', 'The election falls on November 2.')).toBe(true);
		expect(knownDay('2028-11-14', 'Voters choose a president on Nov. 14.')).toBe(false);
		expect(knownDay('2026-11-03', 'The midterm election is on Nov. 3.')).toBe(false);
		expect(knownDay('2028-11-07', 'The ferry returns to service on Nov. 7.')).toBe(false);
		// craft 39: "the Nov. 7 election" in a spring article, its year read as the November before.
		const late = 'The count may not end by the time of the Nov. 7 election.';
		expect(knownDay('2027-11-07', late, 'Nov. 7')).toBe(true);
		expect(knownDay('2029-11-07', 'Voters choose a president on Nov. 7.', 'Nov. 7')).toBe(true);
		expect(
			knownDay('2027-11-08', 'The count may not end by the time of the Nov. 8 election.', 'Nov. 8')
		).toBe(false);
		// "on Sunday" the day before an election a year on names no election.
		expect(knownDay('2027-11-07', 'The presidential hopeful spoke on Sunday.', 'Sunday')).toBe(false);
		// stop 32 (lead), blind review r32a: "the _____ terrorist attacks" with Sept. 10–13 as choices.
		expect(knownDay('2029-09-11', 'The union praised her work after the Sept. 11 terrorist attacks.')).toBe(
			true
		);
		expect(knownDay('2029-09-11', 'She left the Sept. 11 memorial service early.')).toBe(true);
		// stop 51 (dev): "six years after the September 11 tragedy".
		expect(knownDay('2007-09-11', 'The plot was timed for six years after the September 11 tragedy.')).toBe(
			true
		);
		expect(knownDay('2029-09-11', 'The ferry returns to service on Sept. 11.')).toBe(false);
		expect(knownDay('2029-09-12', 'The union praised her work after the attacks of Sept. 12.')).toBe(false);
	});

	it('asks no question on election day and keeps the campaign’s other dates', () => {
		const text = [
			'Town hall hires extra staff for the vote',
			'Pellam County will hire 40 extra poll workers before the presidential election on Nov. 7, its clerk, Ruth Abara, said on Monday.',
			'Early voting at the library opens on Oct. 24 and runs for two weeks, Abara said.'
		].join('\n\n');
		const bank = generateBank({ text, date: '2028-10-11' });
		const blanked = bank.questions.filter((q) => q.prompt.includes('_____'));
		expect(blanked.filter((q) => /Nov\. 7/.test(q.answer))).toEqual([]);
		expect(blanked.some((q) => /Oct\. 24/.test(q.answer))).toBe(true);
	});
});

describe('craft 33: a season the campaign calendar tells is no blank', () => {
	it.each([
		['the fall', 'The bridge will be repainted in the fall.', false],
		['the fall', 'Her aides think she can hold those voters in the fall.', true],
		['this fall', 'The party fears it will lose the White House this fall.', true],
		['the fall', 'He promised a strong showing in the fall debates.', true],
		['this summer', 'She hopes to have the delegates before the party convention this summer.', true],
		['this summer', 'The pool reopens this summer, the council said.', false],
		['the spring', 'Her volunteers have knocked on doors for voters since the spring.', false],
		['the fall', 'Voters elect a new parliament in the fall.', false]
	])('“%s” in “%s”: known %s', (core, sentence, known) => {
		expect(knownSeason(core, sentence)).toBe(known);
	});
});

describe('craft 38: November in a sentence of the election is no blank', () => {
	it.each([
		['November', 'Her aides say she can hold those voters in November.', true],
		['November', 'Party leaders hope Ames will win in November and name a judge.', true],
		['November', 'The bridge will be repainted in November.', false],
		['November 2027', 'Her aides say she can hold those voters in November 2027.', false],
		['October', 'Her aides say she can hold those voters in October.', false],
		['November', 'Voters elect a new parliament in November.', false],
		['November', 'In the county’s voting rights case, a trial was held in November.', false]
	])('“%s” in “%s”: known %s', (core, sentence, known) => {
		expect(knownMonth(core, sentence)).toBe(known);
	});
});

describe('craftb 44: the day a presidential race ends, in a report of the race', () => {
	const race = 'Senator Ilse Varga leads the presidential race in the latest poll of likely voters.';
	it.each<[string, string | undefined, string, string, boolean]>([
		['Election Day', undefined, 'Volunteers will knock on doors until Election Day.', race, true],
		['on election day', undefined, 'Buses will run on election day.', race, true],
		['Election Day', undefined, 'Buses will run on Election Day.', 'The ferry timetable changes.', false],
		['Election Day', undefined, 'The mayoral Election Day is set.', race, false],
		// The sentence names no race; the article does.
		['Nov. 7', '2028-11-07', 'Most people have made up their minds about Nov. 7.', race, true],
		['Nov. 14', '2028-11-14', 'Most people have made up their minds about Nov. 14.', race, false],
		['Nov. 7', '2028-11-07', 'The ferry returns to service on Nov. 7.', 'The ferry timetable changes.', false]
	])('“%s” (%s) in “%s”: known %s', (core, value, sentence, article, known) => {
		expect(knownElectionDay(core, value, sentence, `${article} ${sentence}`)).toBe(known);
	});
});

describe('craft 53: the day or month of a one-day event the sentence names is no blank (knownEventDay)', () => {
	it.each([
		['2003-03-20', 'The Iraq War has been ongoing since March 20, 2003.', true],
		['2003-03', 'The US-led invasion of Iraq in March 2003 was opposed by France.', true],
		['2005-07', 'The peroxide was used in the suicide bombings in London in July of 2005.', true],
		['2007-12-27', 'Two weeks ago Benazir Bhutto was assassinated as she left a rally.', true],
		['2004-12-26', 'The Asian tsunami struck on December 26, 2004.', true],
		['2004-12-26', 'After the tragedy of the December 26, 2004 tsunami, they built a warning system.', true],
		['2010-04', 'Transocean managed the Deepwater Horizon; the April 2010 explosion killed eleven.', true],
		// Another day of a sentence that names the event is the article's fact.
		['2005-10-17', 'They were charged during their October 17, 2005 protest of the Iraq war.', false],
		['2008-02-18', 'The rioting after the Bhutto assassination put the elections off to February 18.', false],
		['2003-03-20', 'The harbour reopened on March 20, 2003.', false]
	])('%s in “%s”: %s', (value, sentence, expected) => {
		expect(knownEventDay(value, sentence)).toBe(expected);
		expect(knownDay(value, sentence)).toBe(expected);
	});
});

describe('craft 55a: a decade a named event or era anchors is no blank (knownDecade)', () => {
	it.each([
		['the Khmer Rouge regime which terrorised Cambodia in the 1970s', 'the 1970s', true],
		['prices not seen since the 1970s oil shocks', 'the 1970s', true],
		['a club that opened when disco was king in the 1970s', 'the 1970s', true],
		['veterans who served in the Vietnam War in the 1960s', 'the 1960s', true],
		['the Chernobyl fallout of the mid-1980s', 'the mid-1980s', true],
		// The event tells another decade, or no event is named, or an election tells none.
		['families who fled the Khmer Rouge regime came to Lowell in the 1980s', 'the 1980s', false],
		['the mill was built in the 1970s', 'the 1970s', false],
		['campaign spending has risen since the 1990s, election after election', 'the 1990s', false],
		['the 1970s', '1970', false]
	])('“%s”, key “%s”: %s', (sentence, core, expected) => {
		expect(knownDecade(core, sentence)).toBe(expected);
	});

	it('asks no question on the decade of the Khmer Rouge and keeps a decade the article alone tells', () => {
		const b = generateBank({
			text: 'Harbour tolls\n\nTa Vell, a commander of the Khmer Rouge regime which terrorised Cambodia in the 1970s, died on Monday in a hospital in Phnom Penh.\n\nThe Harwick harbour board first raised its tolls in the 1980s to pay for a new breakwater.',
			date: '2031-05-08'
		});
		const dates = b.questions.filter((q) => q.type === 'date-choice' || q.type === 'date-typed');
		expect(dates.some((q) => q.answer.includes('1970s'))).toBe(false);
		expect(dates.some((q) => q.answer.includes('1980s'))).toBe(true);
	});
});

describe('craft 61a: the term of a head of state or government the sentence names (officeTerm)', () => {
	// One row per entry: a sentence naming the person, a year of the term and the term, and a year outside it.
	const rows: [keyof typeof TERMS_OF_OFFICE, string, number, number, number][] = [
		['kennedy', 'The plan went ahead under President Kennedy in that year.', 1961, 1963, 1960],
		['lyndonJohnson', 'The plan went ahead under Lyndon Johnson in that year.', 1963, 1969, 1962],
		['nixon', 'The plan went ahead under the Nixon administration in that year.', 1969, 1974, 1968],
		['carter', 'The plan went ahead under President Carter in that year.', 1977, 1981, 1976],
		['reagan', 'The plan went ahead under the Reagan administration in that year.', 1981, 1989, 1980],
		['bush', 'The plan went ahead under President Bush in that year.', 1989, 1993, 1988],
		['billClinton', 'The plan went ahead under Bill Clinton in that year.', 1993, 2001, 1992],
		['obama', 'The plan went ahead under the Obama White House in that year.', 2009, 2017, 2008],
		['trump', 'The plan went ahead under Donald Trump in that year.', 2017, 2021, 2016],
		['thatcher', 'The plan went ahead under Margaret Thatcher in that year.', 1979, 1990, 1978],
		['johnMajor', 'The plan went ahead under the Major government in that year.', 1990, 1997, 1989],
		['blair', 'The plan went ahead under Prime Minister Tony Blair in that year.', 1997, 2007, 1996],
		['gordonBrown', 'The plan went ahead under Gordon Brown in that year.', 2007, 2010, 2006],
		['cameron', 'The plan went ahead under David Cameron in that year.', 2010, 2016, 2009],
		['gorbachev', 'The plan went ahead under Gorbachev in that year.', 1985, 1991, 1984],
		['yeltsin', 'The plan went ahead under Boris Yeltsin in that year.', 1991, 1999, 1990],
		['putin', 'The plan went ahead under Putin in that year.', 1999, 9999, 1998],
		['medvedev', 'The plan went ahead under President Medvedev in that year.', 2008, 2020, 2007],
		['mitterrand', 'The plan went ahead under François Mitterrand in that year.', 1981, 1995, 1980],
		['chirac', 'The plan went ahead under President Jacques Chirac in that year.', 1995, 2007, 1994],
		['sarkozy', 'The plan went ahead under Sarkozy in that year.', 2007, 2012, 2006],
		['kohl', 'The plan went ahead under Chancellor Kohl in that year.', 1982, 1998, 1981],
		['schroeder', 'The plan went ahead under Gerhard Schröder in that year.', 1998, 2005, 1997],
		['merkel', 'The plan went ahead under Angela Merkel in that year.', 2005, 2021, 2004],
		['koizumi', 'The plan went ahead under Koizumi in that year.', 2001, 2006, 2000],
		['johnHoward', 'The plan went ahead under the Howard government in that year.', 1996, 2007, 1995],
		['rudd', 'The plan went ahead under Kevin Rudd in that year.', 2007, 2010, 2006],
		['gillard', 'The plan went ahead under Julia Gillard in that year.', 2010, 2013, 2009],
		['chretien', 'The plan went ahead under Jean Chrétien in that year.', 1993, 2003, 1992],
		['harper', 'The plan went ahead under Prime Minister Stephen Harper in that year.', 2006, 2015, 2005],
		['huJintao', 'The plan went ahead under Hu Jintao in that year.', 2002, 2013, 2001],
		['jiangZemin', 'The plan went ahead under Jiang Zemin in that year.', 1989, 2003, 1988],
		['annan', 'The plan went ahead under Kofi Annan in that year.', 1997, 2006, 1996],
		['banKiMoon', 'The plan went ahead under Ban Ki-moon in that year.', 2007, 2016, 2006],
		['johnPaulII', 'The plan went ahead under Pope John Paul II in that year.', 1978, 2005, 1977],
		['benedictXVI', 'The plan went ahead under Pope Benedict XVI in that year.', 2005, 2013, 2004],
		['mbeki', 'The plan went ahead under Thabo Mbeki in that year.', 1999, 2008, 1998],
		['kimDaeJung', 'The plan went ahead under President Kim Dae-jung in that year.', 1998, 2003, 1997],
		['saddam', 'The plan went ahead under the Saddam Hussein regime in that year.', 1979, 2003, 1978],
		['mubarak', 'The plan went ahead under Hosni Mubarak in that year.', 1981, 2011, 1980],
		['chavez', 'The plan went ahead under President Hugo Chávez in that year.', 1999, 2013, 1998],
		['musharraf', 'The plan went ahead under Pervez Musharraf in that year.', 1999, 2008, 1998],
		['karzai', 'The plan went ahead under President Karzai in that year.', 2001, 2014, 2000],
		['ahmadinejad', 'The plan went ahead under Mahmoud Ahmadinejad in that year.', 2005, 2013, 2004]
	];
	it.each(rows)('%s: “%s”', (_, sentence, from, to, outside) => {
		expect(officeTerm(from, sentence)).toEqual([from, to]);
		expect(officeTerm(outside, sentence)).toBeUndefined();
	});

	it('has a row for every entry', () => {
		expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(Object.keys(TERMS_OF_OFFICE)));
	});

	it('reads a surname others bear only with a post or a first name', () => {
		expect(officeTerm(2004, 'Mr Howard of the Conservatives spoke in 2004.')).toBeUndefined();
		expect(officeTerm(2004, 'John Howard spoke in 2004.')).toEqual([1996, 2007]);
		expect(officeTerm(2003, 'A George W. Bush speech of 2003.')).toEqual([2001, 2009]);
	});
});

describe('dates76: a year set before an event known to be of another year', () => {
	it.each<[number, string, boolean]>([
		[2003, ' 9/11 attack.', true],
		[2001, ' 9/11 attacks, he said.', false],
		[2003, ' budget talks.', false],
		[2005, ' election, he said.', false]
	])('%s before "%s": misdated %s', (year, after, misdated) =>
		expect(misdatedEvent(year, after)).toBe(misdated)
	);
});
