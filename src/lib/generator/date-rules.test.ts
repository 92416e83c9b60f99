import { describe, expect, it } from 'vitest';
import { DATE_RULES, seasonBeside } from './date-rules';
import { extractDates } from './dates';

/** Dates of one sentence in an article dated Friday 2017-07-21 (or `date`): [text, value]. */
const dates = (s: string, date = '2017-07-21') =>
	extractDates(s, [{ start: 0, end: s.length, paragraph: 0 }], date).map((f) => [f.text, f.value]);

describe('issue 9: the date rules', () => {
	// One row per rule: a sentence it reads and one date it gives (no value: undefined).
	const rows: [keyof typeof DATE_RULES, string, [string, string | undefined]][] = [
		['period', 'Prices doubled over the past 13 months.', ['over the past 13 months', undefined]],
		['vaguePeriod', 'Aid will arrive in the next few days.', ['in the next few days', undefined]],
		['vagueTime', 'The depot will close in the near future.', ['in the near future', undefined]],
		['vagueAgo', 'The pipe burst several hours ago.', ['several hours ago', undefined]],
		['pastWeek', 'This past week marked the opening.', ['This past week', '2017-07-14/2017-07-20']],
		['week', 'The bill passed last week.', ['last week', '2017-07-10/2017-07-16']],
		['weekend', 'Police arrested him over the weekend.', ['over the weekend', '2017-07-15/2017-07-16']],
		['relativeDay', 'He resigned two days later.', ['two days later', undefined]],
		['fromNow', 'We will know two weeks from now.', ['two weeks from now', undefined]],
		['season', 'Crowds packed the beaches last summer.', ['last summer', '2016-06/2016-08']],
		['year', 'The schools owe taxes for the period from 2004 to 2009.', ['2009', '2009']],
		['bareYear', 'It failed to comply with the 2004 antitrust order.', ['2004', '2004']],
		['decade', 'Warhol was close to the touchstones of the 1960s.', ['the 1960s', '1960/1969']],
		['century', 'He was the centre of the 20th century.', ['the 20th century', '1900/1999']],
		['frequency', 'Millions rely on the service every day.', ['every day', undefined]],
		[
			'anaphoric',
			'The inquiry began on February 8. At that time, the hold was extended.',
			['At that time', '2017-02-08']
		],
		['ago', 'The town flooded twenty years ago.', ['twenty years ago', '1997']],
		['edgeOf', 'The work will be finished by the end of the year.', ['by the end of the year', '2017-12-31']],
		[
			'relativeToEvent',
			'Users still had problems more than twelve hours after the outage.',
			['more than twelve hours after', undefined]
		],
		['ordinalOf', 'The conflict continues into its second week.', ['into its second week', undefined]],
		['dayPart', 'The council met last night.', ['last night', '2017-07-20']],
		[
			'partOfYear',
			'Sales rose in the first three months of the year.',
			['in the first three months of the year', '2017-01/2017-03']
		],
		['seasonOfPlay', 'The club hopes to win this season.', ['this season', undefined]],
		[
			'partOfNarratedDay',
			'The roads were clear by the end of the day.',
			['by the end of the day', undefined]
		],
		['eventDay', 'Queues formed on opening night.', ['on opening night', undefined]],
		['dayNumber', 'On day three of the hearing, the judge spoke.', ['On day three', undefined]],
		['namedSeason', 'Hotels fill up during the monsoon season.', ['during the monsoon season', undefined]],
		[
			'quarter',
			'Revenue rose in the third quarter of 2016.',
			['in the third quarter of 2016', '2016-07/2016-09']
		],
		['fiscal', 'Profit fell in fiscal 2016.', ['fiscal 2016', '2016']],
		['partOfRelativeYear', 'The plant closed late last year.', ['late last year', '2016-09/2016-12']],
		['holiday', 'The shops will open by Christmas.', ['by Christmas', '2017-12-25']],
		['earlier', 'Profit rose from a year earlier.', ['a year earlier', undefined]],
		['splitSeason', 'He scored 20 goals in the 2006–07 season.', ['in the 2006–07 season', '2006/2007']],
		['shortYear', 'He joined the club in ’07.', ['in ’07', '2007']],
		['splitYear', 'The state spent more on roads in 2015-16 than ever.', ['in 2015-16', '2015/2016']],
		['shortDecade', 'The club was at its best in the ’90s.', ['the ’90s', '1990/1999']],
		[
			'turnOfCentury',
			'The pier was built at the turn of the century.',
			['at the turn of the century', undefined]
		],
		['dayOfMonth', 'The vote was held on the 3rd, police said.', ['on the 3rd', '2017-07-03']],
		['clockWord', 'The attack began at midnight.', ['at midnight', undefined]],
		['relativeMonth', 'The bridge opens next March.', ['next March', '2018-03']],
		['monthBeforeNoun', 'She defended it in a June interview.', ['June', '2017-06']],
		[
			'someDayOfMonth',
			'She was carving on a Tuesday morning in July.',
			['on a Tuesday morning in July', '2017-07']
		],
		[
			'dayOfRelativeMonth',
			'The film opens on the 6th of next month.',
			['the 6th of next month', '2017-08-06']
		],
		['overnight', 'The river burst its banks overnight.', ['overnight', undefined]],
		['within', 'Within hours, editors had changed the page.', ['Within hours', undefined]],
		['eveOf', 'Protesters gathered on the eve of the summit.', ['on the eve of', undefined]],
		['monthOfRelativeYear', 'He was released in June last year.', ['in June last year', '2016-06']],
		[
			'followingPeriod',
			'The plan passed in May 2016 and work began the following month.',
			['the following month', '2016-06']
		],
		['later', 'The law passed in 2004 and was amended two years later.', ['two years later', '2006']],
		['partOfMonth', 'The first flowers appeared in mid-March.', ['mid-March', '2017-03']],
		['raceTime', 'The relay team won in 3:31.07 on Monday.', ['on Monday', '2017-07-17']],
		['monthSpan', 'Profit rose 38 per cent in the April-June quarter.', ['April-June', '2017-04/2017-06']],
		['financialYear', 'Profit rose in the first half of FY17.', ['the first half of FY17', undefined]],
		[
			'relativeWeekday',
			'The final is on Saturday, July 29, and the replay the following Tuesday.',
			['the following Tuesday', '2017-08-01']
		],
		['periodTo', 'Turnover rose in the year to May 2017.', ['in the year to May 2017', '2016-06/2017-05']],
		['spanSince', 'It snowed on Monday for the first time in 30 years.', ['on Monday', '2017-07-17']],
		['clockUtc', 'The ferry sank on Monday at 3:40 a.m. (0140 UTC).', ['0140 UTC', '2017-07-17T01:40']],
		['superlativeMonth', 'It was the wettest June on record.', ['June', '2017-06']],
		[
			'hourInWords',
			'On July 3 the water came in at four in the morning.',
			['four in the morning', '2017-07-03T04:00']
		],
		[
			'followingSeason',
			'An inquiry in 1927 found fault, and the owners were fined the following spring.',
			['the following spring', '1928-03/1928-05']
		],
		['yearsOn', 'The garden opened in May 1976. Two decades on, it was sold.', ['Two decades on', '1996']],
		['weekTo', 'Cases rose in the week to 14 July.', ['in the week to 14 July', '2017-07-08/2017-07-14']],
		[
			'halfOfMonth',
			'The count should peak in the first half of August.',
			['in the first half of August', '2017-08-01/2017-08-15']
		],
		['yearOnYear', 'Sales in June were up 6 per cent year on year.', ['year on year', '2016-06']],
		['superlativeSeason', 'It was the driest spring since records began.', ['spring', '2017-03/2017-05']],
		[
			'thatYear',
			'The sale was proposed in February 2015 and approved in the autumn of that year.',
			['in the autumn of that year', '2015-09/2015-11']
		],
		['monthPair', 'Rainfall was light during April and May.', ['May', '2017-05']],
		['yearSpan', 'The 1998-2004 plan was dropped.', ['2004', '2004']]
	];

	it.each(rows)('%s: %s', (_, sentence, want) => {
		expect(dates(sentence)).toContainEqual(want);
	});

	it('a long event an ordinal day counts from is cut where a phrase starts, never mid-name', () => {
		expect(
			dates(
				'This past week marked the opening night of a Tomas Vell exhibit at the University of North Ardmore.'
			)
		).toContainEqual(['the opening night of a Tomas Vell exhibit', undefined]);
		expect(
			dates('Crowds waited on the first day of a visit by the prime minister of the Skerry Islands.')
		).toContainEqual(['on the first day of a visit', undefined]);
	});

	it('has a row above for every rule', () => {
		expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(DATE_RULES).sort());
	});
});

describe('issue 9: round 9, dates of the invented whole articles', () => {
	it.each<[string, [string, string | undefined][]]>([
		// A race time is a figure: no clock time is read from it.
		['The relay team won in 3:31.07.', []],
		['A confiscation hearing is expected in March.', [['March', '2018-03']]],
		['Tickets go on sale in March.', [['March', '2018-03']]],
		[
			"Next year's meeting, on June 12, sold out fast.",
			[
				['Next year', '2018'],
				['June 12', '2018-06-12']
			]
		],
		['The two now work side by side six days a week.', [['six days a week', undefined]]],
		['About 40,000 people will use the line every weekday.', [['every weekday', undefined]]],
		['It forecast a deficit next financial year.', [['next financial year', undefined]]],
		['The Treasurer hit back within the hour.', [['within the hour', undefined]]],
		['She became chief executive the year after the fraud was uncovered.', [['the year after', undefined]]],
		[
			'The meeting is on August 12 and 13.',
			[
				['August 12', '2017-08-12'],
				['13', '2017-08-13']
			]
		],
		[
			'The talks were held on 3 and 4 March.',
			[
				['3', '2017-03-03'],
				['4 March', '2017-03-04']
			]
		],
		// issue 9 (dev-63 diff): the first day keeps its ordinal's letters, or its blank leaves "_____ th".
		[
			'A survey was conducted between the 8th and 27th March.',
			[
				['8th', '2017-03-08'],
				['27th March', '2017-03-27']
			]
		],
		// Stop 26: a day beside a month of a year named relative to now is that day, not the month.
		['The yard burned on the night of 14 March last year.', [['14 March last year', '2016-03-14']]],
		['It opens on March 3rd next year.', [['on March 3rd next year', '2018-03-03']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('issue 9: dates of real reporting', () => {
	it.each<[string, [string, string | undefined][]]>([
		['The meeting starts at 5:00 p.m. on Tuesday.', [['at 5:00 p.m. on Tuesday', '2017-07-18T17:00']]],
		['Police arrived at 5:00 p.m. and left.', [['at 5:00 p.m.', undefined]]],
		['Protests happen almost weekly.', [['almost weekly', undefined]]],
		['Samples are tested on a daily basis.', [['on a daily basis', undefined]]],
		[
			'It rained on Monday. He resigned the same day.',
			[
				['on Monday', '2017-07-17'],
				['the same day', '2017-07-17']
			]
		],
		['The strike began just days after the vote.', [['just days after', undefined]]],
		['Shares rose to US$7.36 on Monday.', [['on Monday', '2017-07-17']]],
		['The law took effect on 1 January.', [['on 1 January', '2017-01-01']]],
		[
			'The exhibit runs from January 23 through March 9.',
			[
				['January 23', '2017-01-23'],
				['March 9', '2017-03-09']
			]
		],
		['"Today [Friday], the District Attorney filed charges," he said.', [['Today [Friday]', '2017-07-21']]],
		// Past tense in its own clause: the latest August 10, though the sentence goes on in the future.
		[
			'The broadcasts began on August 10 and the South says they will continue.',
			[['August 10', '2016-08-10']]
		],
		['The exhibit must be shown every ten years.', [['every ten years', undefined]]],
		['Over the past few years it has grown.', []],
		['Every week of delay makes the spring schedule harder.', []],
		// "early", "late" and "mid" are kept: the whole decade would say more than the article does.
		['The mill opened in the late 1970s.', [['in the late 1970s', undefined]]],
		['It was sold in the early 1980s to a rival.', [['in the early 1980s', undefined]]],
		['Its best years were the mid-1990s.', [['the mid-1990s', undefined]]],
		['The late eighties were hard.', [['The late eighties', undefined]]],
		['The owners left in the 2000s.', [['in the 2000s', '2000/2009']]],
		// craft 54: an apostrophe before the "s" still makes a decade, never its first year alone.
		["Sit-down strikes began in the 1930's.", [["in the 1930's", '1930/1939']]],
		['Treaties were signed in the 1970’s, they said.', [['in the 1970’s', '1970/1979']]],
		// craft 54: "of" after a month belongs to the words after it when no year follows.
		['Libby was convicted in March of perjury.', [['March', '2017-03']]],
		// A name is no date: a day word inside one, joined to one, or cut short with no full stop.
		['The story ran in the Harbour Sun-Times first.', []],
		['The mayor told Ardmore Today that she would stay.', []],
		['Editors at the Sunday Courier refused.', []],
		['Today the mayor resigned.', [['Today', '2017-07-21']]],
		['On Monday Mayor Doe resigned.', [['On Monday', '2017-07-17']]],
		['The pair wed in a small chapel.', []],
		// issue 9 (blind review W22): a year between "the" and a body's noun is the body's name.
		['This reading is contested by The 1990 Trust.', []],
		['The trust was set up in 1990.', [['in 1990', '1990']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});

	it('resolves nothing without the article\'s date: "Last year" gets no year', () => {
		const s = 'Last year the plant closed. It had opened in 1999.';
		const undated = extractDates(s, [{ start: 0, end: s.length, paragraph: 0 }]).map((f) => [
			f.text,
			f.value
		]);
		expect(undated).toEqual([
			['Last year', undefined],
			['in 1999', '1999']
		]);
	});
});

describe('issue 9: round 4, dates as news writing varies them', () => {
	it.each([
		['The 1998 team played in ’97 and ’98.', ['and ’98', '1998']],
		['The talks will resume on the 14th.', ['on the 14th', '2017-08-14']],
		['The deal was signed on the 28th.', ['on the 28th', '2017-06-28']],
		['The firm was founded in the 1800s.', ['in the 1800s', '1800/1899']],
		['Most houses here date from the 1900s.', ['from the 1900s', '1900/1999']],
		['The market grew in the 2000s.', ['in the 2000s', '2000/2009']],
		['More cuts will come in the coming weeks.', ['in the coming weeks', undefined]],
		['Prices will rise in the months ahead.', ['in the months ahead', undefined]],
		['The vote will be held in two weeks’ time.', ['in two weeks’ time', undefined]],
		// The article is dated Friday 2017-07-21: "next Friday" is a week on, "last Friday" a week back.
		['The deadline is next Friday.', ['next Friday', '2017-07-28']],
		['The vote was held last Friday.', ['last Friday', '2017-07-14']],
		['He was last seen a fortnight ago.', ['a fortnight ago', '2017-07-07']],
		['The hospital opened almost a century ago.', ['a century ago', '1917']],
		// A speaker's "tonight" is the day they spoke when the sentence names it.
		['On Wednesday, Doe said the vote would take place tonight.', ['tonight', '2017-07-19']],
		['Doe said on Wednesday that she had met him yesterday.', ['yesterday', '2017-07-18']],
		['Doe said the vote would take place tonight.', ['tonight', '2017-07-21']],
		['The group has met monthly since 2010.', ['monthly', undefined]],
		['The report is published annually by the UN.', ['annually', undefined]],
		['The strike lasted from Monday to Wednesday.', ['Wednesday', '2017-07-19']],
		['The festival will run from Monday to Wednesday.', ['Monday', '2017-07-24']]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toContainEqual(want);
	});

	it.each([
		'The daily newspaper closed.',
		'Weekly meetings were held.',
		// Issue 9: a capitalised frequency word after a capitalised word ends a name, a newspaper's or a show's.
		'As one reader told the Harbour Town Weekly, the pier was closed.',
		'He spoke on Radio Norland Daily about the vote.',
		// A duration is a figure, not a date.
		'He has lived there for the past 40 years.',
		// Issue 9: "every single day" is emphasis ("all the time"), not a schedule a student could be asked.
		'The pundits talk about her health every single day.',
		'We have fought for this town every single year.'
	])('finds no frequency in: %s', (sentence) => {
		expect(dates(sentence)).toEqual([]);
	});

	it.each(['He lives on the 14th floor.', 'It was the 14th time he had won.', 'She said ’08 was a blur.'])(
		'finds no day of the month in: %s',
		(sentence) => {
			expect(dates(sentence).map(([text]) => text)).not.toContainEqual(expect.stringMatching(/14th|08/));
		}
	);
});

describe('issue 9: round 6, dates of published reporting', () => {
	it.each([
		// A time after an event with no count before it.
		['The storm hit on Monday. Hours later, the power failed.', ['Hours later', undefined]],
		['Weeks later, the mayor resigned.', ['Weeks later', undefined]],
		['Months later, the site closed.', ['Months later', undefined]],
		// The night, evening or morning of the day the paragraph named.
		['The storm hit on Monday. Police arrived that night.', ['that night', '2017-07-17']],
		['The vote was on March 3. That evening, the mayor spoke.', ['That evening', '2017-03-03']],
		// "last"/"next" with a month: its latest occurrence before the article's month, or its next one after.
		['The mine closed last April.', ['last April', '2017-04']],
		['The mine closed last September.', ['last September', '2016-09']],
		['This June was the wettest on record.', ['This June', '2017-06']],
		// One day, night or week on from an event, the text stopping before the event.
		['The day after the verdict, he spoke.', ['The day after', undefined]],
		['The night before the storm, they left.', ['The night before', undefined]],
		// "in the months since" is a vague stretch, not a month.
		['In the months since, the site has grown.', ['In the months since', undefined]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toContainEqual(want);
	});

	it.each([
		'They took an overnight train to the coast.',
		'The overnight stay cost $90.',
		// A habit of every day, not a part of the day the story tells.
		'Traffic is heavier during the morning rush.'
	])('finds no date in: %s', (sentence) => {
		expect(dates(sentence)).toEqual([]);
	});
});

describe('round 11: a day of a month placed by "next month" or "last year"', () => {
	it.each<[string, [string, string | undefined][]]>([
		[
			'Contracts were exchanged on the 12th of November last year.',
			[['the 12th of November last year', '2016-11-12']]
		],
		['Rent rose on the 3rd of this month.', [['the 3rd of this month', '2017-07-03']]],
		['The fair ends on the 31st of next month.', [['the 31st of next month', '2017-08-31']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('round 11: more frequencies and months', () => {
	it.each<[string, [string, string | undefined][]]>([
		['Backups are taken every 6 hours.', [['every 6 hours', undefined]]],
		['The service issues forecasts every six hours.', [['every six hours', undefined]]],
		['The March budget cut rail funding.', [['March', '2017-03']]],
		['The May Fair opens today.', [['today', '2017-07-21']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('round 12: a day of the month something was due on', () => {
	it.each<[string, [string, string | undefined][]]>([
		// Friday 21 July: the 28th is a week ahead, the 28th of June more than three weeks back.
		['The harvest was due on the 28th, he said.', [['on the 28th', '2017-07-28']]],
		// The 3rd of this month is nearer than the 3rd of the next.
		['The rent was due on the 3rd, she said.', [['on the 3rd', '2017-07-03']]],
		// Without "due", a day past in the month's count is last month's.
		['The harvest began on the 28th, he said.', [['on the 28th', '2017-06-28']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('round 12: dates of figure-dense reporting', () => {
	it.each<[string, [string, string | undefined][]]>([
		// "for the first time in 30 years" is how long since (a figure), not a date 30 years ahead.
		['It snowed on Monday for the first time in 30 years.', [['on Monday', '2017-07-17']]],
		// The hyphenated adjective names the quarter; the quarter the story reported, a year back.
		[
			'Third-quarter profit fell, against the same quarter a year earlier.',
			[
				['Third-quarter', '2017-07/2017-09'],
				['a year earlier', '2016-07/2016-09']
			]
		],
		['Rovers equalised 22 minutes later.', [['22 minutes later', undefined]]],
		[
			'Attendance has risen every season since 2014.',
			[
				['every season', undefined],
				['since 2014', '2014']
			]
		],
		// A plan reported in the past is still ahead: this September, not last.
		['He said the works were due to begin in September.', [['September', '2017-09']]],
		// A participle clause of "set" tells the past: last December, not the next.
		['Demand was 9% above the previous peak, set in December.', [['December', '2016-12']]],
		[
			'Profit for the three months to June 30 was £4m.',
			[['for the three months to June 30', '2017-04/2017-06']]
		]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('round 10d: a season beside a time the paragraph named', () => {
	it.each<[string, string, 1 | -1, string]>([
		['1927', 'spring', 1, '1928-03/1928-05'],
		['2019-05', 'winter', 1, '2019-12/2020-02'],
		['2020-10', 'summer', -1, '2020-06/2020-08'],
		['2020-02-10', 'winter', -1, '2018-12/2019-02'],
		['2020-04', 'winter', -1, '2019-12/2020-02']
	])('%s, %s, %i → %s', (value, season, step, want) => {
		expect(seasonBeside(value, season, step)).toBe(want);
	});
});

describe('craftb 44: a "would" in a clause opened after the time is not the time’s tense', () => {
	it.each<[string, [string, string | undefined][]]>([
		[
			'Mayor Dane Orvik voiced hope over the weekend that the new ferry would ease the queues.',
			[['over the weekend', '2017-07-15/2017-07-16']]
		],
		[
			'Residents rejected a councillor who suggested over the winter that the pool should close.',
			[['over the winter', '2016-12/2017-02']]
		],
		['The council would meet over the weekend.', [['over the weekend', '2017-07-22/2017-07-23']]],
		[
			'The harbour board would reopen the pier on the 28th, which pleased the traders.',
			[['on the 28th', '2017-07-28']]
		]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('stop 47: a span counted back from a superlative or an ordinal is no date ahead', () => {
	it.each<[string, [string, string | undefined][]]>([
		// Wikinews: "the first bus in 50 years" had been dated fifty years after the article.
		['It was the first ferry in 50 years to cross the strait.', []],
		['Sales were the highest in 34 years, the report said.', []],
		['The walkout will be the first national strike in 21 years.', []],
		['Prices saw their steepest drop in five decades.', []],
		['The mayor retired in 2003 after 22 years in office.', [['in 2003', '2003']]],
		['Hundreds have died in four years of fighting.', []],
		// Looking ahead, the span is a date to come; "the protest" is no superlative.
		['The first stage will open in 5 years.', [['in 5 years', '2022']]],
		['The protest will end in 3 months.', [['in 3 months', '2017-10']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('stop 47: a month of "the same year" is in the year the paragraph named', () => {
	it.each<[string, [string, string | undefined][]]>([
		// Wikinews: "sworn in in December of the same year" (1979) had been read "December of", this year's.
		[
			'The coup came on October 26, 1979. He was sworn in in December of the same year.',
			[
				['October 26, 1979', '1979-10-26'],
				['in December of the same year', '1979-12']
			]
		],
		[
			'The law was drafted in 2001 and passed later that same year.',
			[
				['in 2001', '2001'],
				['later that same year', '2001']
			]
		]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('lead 48: the weekend an article dated on a weekend speaks of', () => {
	it.each<[string, string, string]>([
		[
			'Crowds marched this weekend to press a law that they say will cut pay.',
			'2017-07-23',
			'2017-07-22/2017-07-23'
		],
		[
			'Crowds marched this weekend to press a law that they say will cut pay.',
			'2017-07-22',
			'2017-07-22/2017-07-23'
		],
		['Crowds will march next weekend.', '2017-07-23', '2017-07-29/2017-07-30'],
		['Crowds marched last weekend.', '2017-07-23', '2017-07-15/2017-07-16'],
		['Crowds marched last weekend.', '2017-07-22', '2017-07-15/2017-07-16'],
		['Crowds marched last weekend.', '2017-07-24', '2017-07-22/2017-07-23']
	])('%s (dated %s) → %s', (sentence, date, want) => {
		expect(dates(sentence, date)[0]?.[1]).toBe(want);
	});
});

describe('craft56a: “the fall” is a drop unless a word of time leads it or a year follows', () => {
	it.each<[string, [string, string | undefined][]]>([
		['Streaming may be a culprit in the fall in music sales.', []],
		['Downloads failed to make up for the fall in CD sales.', []],
		['He gave his reason for the fall.', []],
		['She will teach the class in the fall.', [['in the fall', '2017-09/2017-11']]],
		['The album is due out in the fall of 2018.', [['in the fall of 2018', '2018-09/2018-11']]],
		['Sales rose last fall.', [['last fall', '2016-09/2016-11']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('craft 61a: words that point back to no date of the paragraph are not read as it', () => {
	it.each<[string, [string, string | undefined][]]>([
		// "the time of his collapse" is the time of what follows.
		['He fell ill on May 17. At the time of his collapse, he sat beside Kerry.', [['May 17', '2017-05-17']]],
		// Still read: "at the time" and "at that time" alone.
		[
			'He fell ill on May 17. At the time, he sat beside Kerry.',
			[
				['May 17', '2017-05-17'],
				['At the time', '2017-05-17']
			]
		]
	])('“%s”', (text, want) => {
		const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({
			start: m.index,
			end: m.index + m[0].length,
			paragraph: 0
		}));
		expect(extractDates(text, sentences, '2017-07-21').map((f) => [f.text, f.value])).toEqual(want);
	});
});

describe('dates77: months told in pairs, a year a determiner leads, a span of years', () => {
	it.each<[string, [string, string | undefined][]]>([
		// Both months of a pair joined by a word, each with its own year.
		[
			'Rainfall was light during April and May.',
			[
				['April', '2017-04'],
				['May', '2017-05']
			]
		],
		// A hyphen between two months is a span, not a name; a year after the second holds both.
		[
			'The levy was collected in October-November 2011.',
			[
				['October', '2011-10'],
				['November 2011', '2011-11']
			]
		],
		// The second month follows the first across the new year.
		[
			'The tolls were raised in November or February.',
			[
				['November', '2016-11'],
				['February', '2017-02']
			]
		],
		// Months of any year (a habit): one entry, no value.
		[
			'Ferries stop every year during the January-March storms.',
			[
				['every year', undefined],
				['January-March', undefined]
			]
		],
		// A month ahead of the article's in a sentence told in the past is the one gone.
		[
			'The mill reported that its September-May output fell.',
			[
				['September', '2016-09'],
				['May', '2017-05']
			]
		],
		// A year after "the" or a possessive, or setting a level, before a noun in -s.
		['The riots followed the 2009 elections in the capital.', [['2009', '2009']]],
		['Output must fall below 1995 levels.', [['1995', '1995']]],
		// Still a count: people after "the".
		['The 2000 workers went home.', []],
		// A span of years with no lead word: its two ends.
		[
			'The council agreed the 2012-2016 budget.',
			[
				['2012', '2012'],
				['2016', '2016']
			]
		]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('lead77: a pair of months after a part of the first keeps the part', () => {
	it.each<[string, [string, string | undefined][]]>([
		['The bars will close at the end of August or September.', [['end of August', '2017-08-31']]],
		['Crops failed in early May and June.', [['early May', '2017-05']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});

describe('lead77: a participle before "by" tells no past', () => {
	it('keeps a pair of months ahead in their year when the only "-ed" word is "followed by"', () => {
		expect(dates('Talks are likely to be held in October or November, followed by a vote.')).toEqual([
			['October', '2017-10'],
			['November', '2017-11']
		]);
	});
});

describe('dates77b: a time gone by an untold stretch is a date without value', () => {
	it.each<[string, [string, string | undefined][]]>([
		['Only a few weeks ago the mill reopened.', [['a few weeks ago', undefined]]],
		['It was built many years ago.', [['many years ago', undefined]]],
		['Mere days ago, the ferry sank.', [['days ago', undefined]]],
		['A few minutes ago the ferry docked.', [['A few minutes ago', '2017-07-21']]],
		['The letter was written six or more years ago.', [['six or more years ago', undefined]]],
		// A counted stretch keeps its value.
		['The mill reopened three weeks ago.', [['three weeks ago', '2017-06-30']]],
		['The ferry sank some 14 months ago.', [['14 months ago', '2016-05']]]
	])('%s', (sentence, want) => {
		expect(dates(sentence)).toEqual(want);
	});
});
