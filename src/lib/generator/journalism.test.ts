/**
 * issue 9: a battery of invented sentences written the way wire and newspaper reports are written, each with the
 * facts a reader takes from it. It checks general coverage (attribution, figures, dates) on text no rule was tuned
 * on; the real corpus (`npm run eval`) checks the same on published articles.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from './generate';
import type { Bank } from './bank';

/** Thursday; relative dates count from it. */
const ARTICLE_DATE = '2024-03-14';

interface QuoteRow {
	quote: string;
	/** The full name a who-said question must give, or null: nobody named, so no who-said question. */
	speaker: string | null;
	/** The role shown with the speaker, when the row checks it. */
	role?: string;
	/** No question at all is built on the quote (a document nobody is named as issuing). */
	unasked?: boolean;
}
interface FigureRow {
	text: string;
	/** Absent for a vague amount ("hundreds"), whose value is the generator's estimate. */
	value?: number;
	unit?: string;
}
interface DateRow {
	text: string;
	value?: string;
}
interface Row {
	name: string;
	text: string;
	quotes?: QuoteRow[];
	figures?: FigureRow[];
	dates?: DateRow[];
}

const norm = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

function quoteProblems(bank: Bank, rows: QuoteRow[]): string[] {
	const problems: string[] = [];
	for (const row of rows) {
		const fact = bank.facts.find((f) => f.kind === 'quote' && norm(f.quote).includes(row.quote));
		const asked = bank.questions.filter((q) => q.type === 'who-said' && q.factId === fact?.id);
		if (row.unasked && bank.questions.some((q) => q.factId === fact?.id))
			problems.push(`a question asks about "${row.quote}"`);
		if (row.speaker === null) {
			if (asked.length)
				problems.push(`who-said asked of "${row.quote}" (${fact?.kind === 'quote' && fact.speaker.name})`);
			continue;
		}
		if (!fact || fact.kind !== 'quote') problems.push(`quote not found: "${row.quote}"`);
		else if (fact.speaker.name.replace(/^the /, '') !== row.speaker)
			problems.push(`"${row.quote}" given to "${fact.speaker.name}", not ${row.speaker}`);
		else if (fact.confidence !== 'high')
			problems.push(`"${row.quote}" to ${row.speaker} only with low confidence`);
		else if (row.role !== undefined && fact.speaker.role !== row.role)
			problems.push(`${row.speaker}'s role is "${fact.speaker.role}", not "${row.role}"`);
	}
	return problems;
}

function figureProblems(bank: Bank, rows: FigureRow[]): string[] {
	return rows
		.filter(
			(row) =>
				!bank.facts.some(
					(f) =>
						f.kind === 'figure' &&
						norm(f.text).includes(row.text) &&
						(row.value === undefined || Math.abs(f.value - row.value) < 1e-6) &&
						(!row.unit || f.unit === row.unit)
				)
		)
		.map(
			(row) =>
				`figure "${row.text}" = ${row.value} ${row.unit ?? ''} not found (have ${bank.facts
					.filter((f) => f.kind === 'figure')
					.map((f) => f.kind === 'figure' && `${f.text}=${f.value} ${f.unit}`)
					.join('; ')})`
		);
}

function dateProblems(bank: Bank, rows: DateRow[]): string[] {
	const dates = bank.facts.filter((f) => f.kind === 'date');
	return rows
		.filter(
			(row) =>
				!dates.some(
					(f) =>
						f.kind === 'date' &&
						norm(f.text).toLowerCase().includes(row.text.toLowerCase()) &&
						(!('value' in row) || f.value === row.value)
				)
		)
		.map(
			(row) =>
				`date "${row.text}"${'value' in row ? ` = ${row.value}` : ''} not found (have ${dates
					.map((f) => f.kind === 'date' && `${f.text}=${f.value ?? '-'}`)
					.join('; ')})`
		);
}

const BATTERY: Row[] = [
	// Attribution
	{
		name: 'pronoun speaker: the person named in the sentence before',
		text: 'Maria Lopez, the mayor of Harlow, met reporters at the town hall. "We will rebuild the bridge before winter," she said.',
		quotes: [{ quote: 'We will rebuild the bridge', speaker: 'Maria Lopez' }]
	},
	{
		name: 'pronoun speaker: the person named in the paragraph before',
		text: 'Tom Becker has run the largest shelter in the city for a decade.\n\n"Every bed we have is full again," he said.',
		quotes: [{ quote: 'Every bed we have is full again', speaker: 'Tom Becker' }]
	},
	{
		name: 'said X, the Y of Z',
		text: 'The council approved the plan on Monday. "The budget is fair to every district," said Anna Field, the treasurer of Harlow County.',
		quotes: [{ quote: 'The budget is fair', speaker: 'Anna Field' }]
	},
	{
		name: 'X, who …, told Reuters: a quote after a colon',
		text: 'Peter Novak, who has led the dockers\' union since 2010, told Reuters: "We will strike if the port is sold."',
		quotes: [{ quote: 'We will strike if the port is sold', speaker: 'Peter Novak' }]
	},
	{
		name: 'quote, X, who …, told the BBC',
		text: '"The market will recover within a year," Peter Novak, who has led the dockers\' union since 2010, told the BBC.',
		quotes: [{ quote: 'The market will recover', speaker: 'Peter Novak' }]
	},
	{
		name: 'according to X, with a partial quote',
		text: 'According to Helen Marsh, a housing researcher at Leeds University, the scheme is "too little, too late."',
		quotes: [{ quote: 'too little, too late', speaker: 'Helen Marsh' }]
	},
	{
		name: 'a quote split around its cue: both halves',
		text: 'Rosa Diaz lost her home in the flood. "We lost everything," she said. "Nobody came to help us for three days."',
		quotes: [
			{ quote: 'We lost everything', speaker: 'Rosa Diaz' },
			{ quote: 'Nobody came to help us', speaker: 'Rosa Diaz' }
		]
	},
	{
		name: 'a quote that runs on into the next paragraph without a new cue',
		text: '"We have tried for years to fix the drains," said John Park, the city engineer. "Nothing worked.\n\n"Now we finally have a plan that will work, and the money to pay for it."',
		quotes: [
			{ quote: 'We have tried for years', speaker: 'John Park' },
			{ quote: 'Now we finally have a plan', speaker: 'John Park' }
		]
	},
	{
		name: 'a quote introduced by a colon after a named subject',
		text: 'The health minister, Karen Holt, was blunt: "This law is dead and it will stay dead."',
		quotes: [{ quote: 'This law is dead', speaker: 'Karen Holt' }]
	},
	{
		name: 'a partial quote in reported speech after a long relative clause',
		text: 'Jane Doe is a lawyer in Harlow. Doe, who has represented the tenants of the estate since the fire, says the plan was "rushed."',
		quotes: [{ quote: 'rushed', speaker: 'Jane Doe' }]
	},
	{
		name: 'an organisation said in a statement',
		text: 'Acme Corp closed its plant in Leeds. "We regret the delay and the trouble it caused," Acme Corp said in a statement.',
		quotes: [{ quote: 'We regret the delay', speaker: 'Acme Corp' }]
	},
	{
		name: 'X said in an interview',
		text: '"We are still reviewing the footage from that night," Chief Constable Mark Reed said in an interview.',
		quotes: [{ quote: 'We are still reviewing the footage', speaker: 'Mark Reed' }]
	},
	{
		name: 'X wrote on Twitter',
		text: '"This is a great day for the people of Ohio," Senator Lisa Grant wrote on Twitter.',
		quotes: [{ quote: 'This is a great day', speaker: 'Lisa Grant' }]
	},
	{
		name: 'a named spokesperson for an organisation',
		text: '"The company will cooperate fully with the inquiry," said Dan Ortiz, a spokesman for Acme Corp.',
		quotes: [{ quote: 'The company will cooperate fully', speaker: 'Dan Ortiz' }]
	},
	{
		name: 'an unnamed spokesperson: no who-said question',
		text: 'Dan Ortiz runs Acme Corp. "The company will cooperate fully with the inquiry," a spokesman for the company said.',
		quotes: [{ quote: 'The company will cooperate fully', speaker: null }]
	},
	{
		name: 'a report with no named author: no question on it',
		text: 'Lisa Grant is the environment minister. "Emissions must fall by half before the end of the decade," the report said.',
		quotes: [{ quote: 'Emissions must fall by half', speaker: null, unasked: true }]
	},
	{
		name: 'a letter with no named author: no who-said question',
		text: 'Mark Reed chairs the committee. "The project is over budget and behind schedule," the letter says.',
		quotes: [{ quote: 'The project is over budget', speaker: null }]
	},
	{
		name: 'an anonymous resident: no who-said question',
		text: 'Mark Reed visited the estate on Monday. "I was terrified when the water came in," said one resident, who asked not to be named.',
		quotes: [{ quote: 'I was terrified', speaker: null }]
	},
	{
		name: 'one user on a forum: no who-said question',
		text: 'Lisa Grant posted the video on Monday. "It is a disgrace and a lie from start to finish," one user wrote on the forum.',
		quotes: [{ quote: 'It is a disgrace', speaker: null }]
	},
	{
		name: 'an official who asked not to be named: no who-said question',
		text: 'Mark Reed leads the inquiry. "The talks have failed," an official who asked not to be named told reporters.',
		quotes: [{ quote: 'The talks have failed', speaker: null }]
	},
	{
		name: 'scare quotes: nobody said them',
		text: 'Mark Reed leads the inquiry. Both sides rejected the so-called "peace plan" on Monday.',
		quotes: [{ quote: 'peace plan', speaker: null }]
	},
	{
		name: 'a title in marks: nobody said it',
		text: 'Lisa Grant wrote the book. Her film "Night Harbour" opened in cinemas in March.',
		quotes: [{ quote: 'Night Harbour', speaker: null }]
	},
	{
		name: 'a surname alone names the person named in full before',
		text: 'John Smith coaches the team. "We will win on Saturday," Smith said.',
		quotes: [{ quote: 'We will win on Saturday', speaker: 'John Smith' }]
	},
	{
		name: 'Ms Surname with a partial quote',
		text: 'Senator Lisa Grant spoke in the debate. Ms Grant said the vote was "a turning point for the state".',
		quotes: [{ quote: 'a turning point', speaker: 'Lisa Grant' }]
	},
	{
		name: 'said Mr. Surname',
		text: 'Chief Constable Mark Reed took questions. "It is over now," said Mr. Reed.',
		quotes: [{ quote: 'It is over now', speaker: 'Mark Reed' }]
	},
	{
		name: 'title and name, said, colon',
		text: 'Prime Minister Anna Berg said: "We will not back down on this."',
		quotes: [{ quote: 'We will not back down', speaker: 'Anna Berg' }]
	},
	{
		name: "the group's leader, X, told reporters",
		text: '"We are not afraid of them," the group\'s leader, Omar Haddad, told reporters.',
		quotes: [{ quote: 'We are not afraid', speaker: 'Omar Haddad' }]
	},
	{
		name: "said Acme's chief executive, X",
		text: '"Prices will rise again next year," said Acme\'s chief executive, Jane Doe.',
		quotes: [{ quote: 'Prices will rise again', speaker: 'Jane Doe' }]
	},
	{
		name: 'a cue verb other than said, before the name',
		text: '"Prices will rise again before the summer," warned Jane Doe, an economist.',
		quotes: [{ quote: 'Prices will rise again', speaker: 'Jane Doe' }]
	},
	{
		name: 'claimed, title and name, then a weekday',
		text: '"The vote was rigged from the start," claimed opposition leader Sam Cole on Tuesday.',
		quotes: [{ quote: 'The vote was rigged', speaker: 'Sam Cole' }],
		dates: [{ text: 'Tuesday', value: '2024-03-12' }]
	},
	{
		name: 'a partial quote after said on a day that',
		text: 'Police chief Ray Mills said on Friday that the suspect was "armed and dangerous".',
		quotes: [{ quote: 'armed and dangerous', speaker: 'Ray Mills' }]
	},
	{
		name: 'X added with the surname, after a full name',
		text: 'Police chief Ray Mills spoke on Friday. "Nobody expected this to happen here," Mills added.',
		quotes: [{ quote: 'Nobody expected this', speaker: 'Ray Mills' }]
	},
	{
		name: 'a pronoun speaker after another person is named as an object',
		text: 'Governor Paula Hines met union leaders in Albany on Monday. "We agreed on a plan for the schools," she said.',
		quotes: [{ quote: 'We agreed on a plan', speaker: 'Paula Hines' }]
	},
	{
		name: 'said X in a statement, X named after the cue',
		text: '"The ruling protects every worker in the state," said Attorney General Maya Ross in a statement.',
		quotes: [{ quote: 'The ruling protects', speaker: 'Maya Ross' }]
	},
	{
		name: 'the statement is issued by a named person',
		text: 'Lawyer Maya Ross issued a statement on Monday. "The ruling protects every worker in the state," the statement said.',
		quotes: [{ quote: 'The ruling protects', speaker: 'Maya Ross' }]
	},
	// Figures
	{
		name: 'almost half: a proportion',
		text: 'Almost half of the voters stayed at home on election day.',
		figures: [{ text: 'half', value: 50, unit: 'percent' }]
	},
	{
		name: 'two-thirds: a fraction',
		text: 'Two-thirds of the staff were laid off after the merger.',
		figures: [{ text: 'wo-thirds', value: 66.7, unit: 'percent' }]
	},
	{
		name: 'one in three: a proportion',
		text: 'One in three children in the region is underweight, the agency said.',
		figures: [{ text: 'ne in three', value: 33.3, unit: 'percent' }]
	},
	{
		name: 'the fourth largest: a rank',
		text: 'Kenya is the fourth largest producer of tea in the world.',
		figures: [{ text: 'fourth', value: 4, unit: 'ordinal' }]
	},
	{
		name: 'the 30th anniversary: an ordinal',
		text: 'The band celebrated its 30th anniversary with a free concert.',
		figures: [{ text: '30th', value: 30, unit: 'ordinal' }]
	},
	{
		name: 'a range with a currency',
		text: 'Tickets for the concert will cost US$20-25 each.',
		figures: [{ text: 'US$20-25', value: 20, unit: 'USD' }]
	},
	{
		name: 'a range of years with an en dash',
		text: 'The two men face sentences of 8–10 years in prison.',
		figures: [{ text: '8–10 years', value: 8, unit: 'years' }]
	},
	{
		name: 'a price with decimals',
		text: 'The price of a gallon of petrol rose to US$7.36.',
		figures: [{ text: 'US$7.36', value: 7.36, unit: 'USD' }]
	},
	{
		name: 'per cent in words',
		text: 'Unemployment fell to 5.2 per cent in the last quarter.',
		figures: [{ text: '5.2 per cent', value: 5.2, unit: 'percent' }]
	},
	{
		name: 'three times: a multiplier',
		text: 'Sales of electric cars were three times higher than a year ago.',
		figures: [{ text: 'three times', value: 3, unit: 'multiplier' }]
	},
	{
		name: 'doubled: a multiplier',
		text: 'The number of students at the college has doubled since the new campus opened.',
		figures: [{ text: 'doubled', value: 2, unit: 'multiplier' }]
	},
	{
		name: 'two dozen: a count in words',
		text: 'Police arrested two dozen protesters outside the embassy.',
		figures: [{ text: 'two dozen', value: 24, unit: 'count' }]
	},
	{
		name: 'hundreds of: a vague count',
		text: 'Hundreds of people gathered outside the court.',
		figures: [{ text: 'undreds', unit: 'count' }]
	},
	{
		name: 'aged 45: an age',
		text: 'The driver, aged 45, was taken to hospital with minor injuries.',
		figures: [{ text: '45', value: 45, unit: 'years' }]
	},
	{
		name: 'a 45-year-old: an age',
		text: 'A 45-year-old man was arrested at the scene.',
		figures: [{ text: '45-year-old', value: 45, unit: 'years' }]
	},
	{
		name: 'kilograms',
		text: 'The fish caught off the pier weighed 12 kilograms.',
		figures: [{ text: '12 kilograms', value: 12, unit: 'kilograms' }]
	},
	{
		name: 'metres with decimals',
		text: 'The new flood wall is 3.5 metres high.',
		figures: [{ text: '3.5 metres', value: 3.5, unit: 'metres' }]
	},
	{
		name: 'degrees Celsius',
		text: 'Temperatures in the capital reached 40 degrees Celsius on Monday.',
		figures: [{ text: '40 degrees', value: 40 }]
	},
	{
		name: 'tonnes of a good',
		text: 'The ship was carrying 2,000 tonnes of grain when it ran aground.',
		figures: [{ text: '2,000 tonnes', value: 2000, unit: 'tonnes' }]
	},
	{
		name: 'a count with its noun and a qualifier',
		text: 'More than 300 homes were destroyed by the fire.',
		figures: [{ text: '300', value: 300, unit: 'count' }]
	},
	{
		name: 'a percentage with a sign',
		text: 'Turnout was 62% in the capital, officials said.',
		figures: [{ text: '62%', value: 62, unit: 'percent' }]
	},
	{
		name: 'millions of a currency in words',
		text: 'The city will spend £4.5 million on new buses.',
		figures: [{ text: '£4.5 million', value: 4500000, unit: 'GBP' }]
	},
	{
		name: 'a quarter: a fraction',
		text: 'A quarter of the farms in the valley have closed.',
		figures: [{ text: 'quarter', value: 25, unit: 'percent' }]
	},
	{
		name: 'tripled: a multiplier',
		text: 'The cost of the project has tripled.',
		figures: [{ text: 'tripled', value: 3, unit: 'multiplier' }]
	},
	{
		name: 'a measurement in miles',
		text: 'The fire spread across 15 miles of forest.',
		figures: [{ text: '15 miles', value: 15, unit: 'miles' }]
	},
	// Dates
	{
		name: 'a clock time with p.m. and a weekday',
		text: 'The meeting began at 5:00 p.m. on Tuesday. It ended late.',
		dates: [{ text: '5:00 p.m. on Tuesday', value: '2024-03-12T17:00' }]
	},
	{
		name: 'next week: a week',
		text: 'Talks between the two sides will resume next week.',
		dates: [{ text: 'next week', value: '2024-03-18/2024-03-24' }]
	},
	{
		name: 'last month: a month',
		text: 'Sales of new homes fell sharply last month.',
		dates: [{ text: 'last month', value: '2024-02' }]
	},
	{
		name: 'earlier this year',
		text: 'Earlier this year, the firm cut 200 jobs.',
		dates: [{ text: 'this year', value: '2024' }]
	},
	{
		name: 'a season of a year',
		text: 'The bridge will reopen in the spring of 2025.',
		dates: [{ text: 'spring of 2025' }]
	},
	{
		name: 'a decade',
		text: 'In the 1990s, the town grew quickly.',
		dates: [{ text: '1990s', value: '1990/1999' }]
	},
	{
		name: 'since a year',
		text: 'The rule has applied since 2001.',
		dates: [{ text: '2001', value: '2001' }]
	},
	{
		name: 'annually: a frequency',
		text: 'The festival is held annually in the old harbour.',
		dates: [{ text: 'annually' }]
	},
	{
		name: 'every year: a frequency',
		text: 'The river floods the valley every year.',
		dates: [{ text: 'every year' }]
	},
	{
		name: 'a range of years: two dates',
		text: 'Jane Doe ran the company from 2003 to 2006.',
		dates: [
			{ text: '2003', value: '2003' },
			{ text: '2006', value: '2006' }
		]
	},
	{
		name: "issue 9: 'tonight' counts from the day the sentence says the speaker spoke",
		text: 'Mayor Tom Becker said on Wednesday that the council would vote on the plan tonight.',
		dates: [
			{ text: 'Wednesday', value: '2024-03-13' },
			{ text: 'tonight', value: '2024-03-13' }
		]
	},
	{
		name: 'yesterday: the day before the article',
		text: 'The minister resigned yesterday after a week of pressure.',
		dates: [{ text: 'yesterday', value: '2024-03-13' }]
	},
	{
		name: 'twenty years ago',
		text: 'Twenty years ago, the last mine in the valley closed.',
		dates: [{ text: 'wenty years ago', value: '2004' }]
	},
	{
		name: 'by the end of the year',
		text: 'The new line will open by the end of the year.',
		dates: [{ text: 'the end of the year', value: '2024-12-31' }]
	},
	{
		name: 'just days after an event',
		text: 'The mayor resigned just days after the election.',
		dates: [{ text: 'days after' }]
	},
	{
		name: 'a full date',
		text: 'The treaty was signed on March 3, 2022, in Geneva.',
		dates: [{ text: 'March 3, 2022', value: '2022-03-03' }]
	},
	{
		name: 'a month and year',
		text: 'The factory closed in September 2019.',
		dates: [{ text: 'September 2019', value: '2019-09' }]
	},
	{
		name: 'the same day',
		text: 'The minister resigned on Monday. The prime minister named a successor the same day.',
		dates: [{ text: 'Monday', value: '2024-03-11' }, { text: 'the same day' }]
	},
	{
		name: 'a clock time with am',
		text: 'The fire broke out at 3 am on Sunday.',
		dates: [{ text: '3 am' }]
	},
	{
		name: 'a weekday with a part of the day',
		text: 'The storm hit the coast on Monday night.',
		dates: [{ text: 'Monday night' }]
	},
	{
		name: 'last year',
		text: 'The company lost money last year.',
		dates: [{ text: 'last year', value: '2023' }]
	},
	{
		name: 'a price next to a weekday is not the date',
		text: 'Shares of Acme rose to US$7.36 on Monday.',
		figures: [{ text: 'US$7.36', value: 7.36, unit: 'USD' }],
		dates: [{ text: 'Monday', value: '2024-03-11' }]
	},
	{
		name: 'earlier this month',
		text: 'The strike began earlier this month.',
		dates: [{ text: 'this month', value: '2024-03' }]
	},
	{
		name: 'in mid-year',
		text: 'The plant is due to open in mid-2025.',
		dates: [{ text: '2025' }]
	},
	{
		name: 'on a daily basis: a frequency',
		text: 'Nurses check the water on a daily basis.',
		dates: [{ text: 'daily' }]
	},
	{
		name: 'the following month',
		text: 'The plan was approved in May 2020 and work began the following month.',
		dates: [
			{ text: 'May 2020', value: '2020-05' },
			{ text: 'the following month', value: '2020-06' }
		]
	},
	{
		name: 'a winter of a year',
		text: 'The mine closed in the winter of 2019.',
		dates: [{ text: 'winter of 2019' }]
	},
	// Harder attribution
	{
		name: 'the role noun stands for the person named before it',
		text: 'Acme spokeswoman Kate Lin confirmed the closure on Monday. "It is a sad day for everyone who worked here," the spokeswoman said.',
		quotes: [{ quote: 'It is a sad day', speaker: 'Kate Lin' }]
	},
	{
		name: 'the minister: the minister named before',
		text: 'Health Minister Karen Holt visited the hospital. "The staff here have done remarkable work," the minister said.',
		quotes: [{ quote: 'The staff here have done', speaker: 'Karen Holt' }]
	},
	{
		name: 'the 52-year-old: the person of that age named before',
		text: 'Rosa Diaz, 52, has lived on the street all her life. "I have never seen anything like it," the 52-year-old said.',
		quotes: [{ quote: 'I have never seen anything', speaker: 'Rosa Diaz' }]
	},
	{
		name: 'asked X, a question in marks',
		text: '"Why did nobody warn us about the water?" asked Tom Becker, who lives by the river.',
		quotes: [{ quote: 'Why did nobody warn us', speaker: 'Tom Becker' }]
	},
	{
		name: 'X, speaking at a press conference, said: a colon quote',
		text: 'Omar Haddad, speaking at a press conference in Beirut, said: "The border must open today."',
		quotes: [{ quote: 'The border must open today', speaker: 'Omar Haddad' }]
	},
	{
		name: 'in an interview with a paper, X said the plan was a partial quote',
		text: 'In an interview with The Guardian, Helen Marsh said the scheme was "a disaster waiting to happen".',
		quotes: [{ quote: 'a disaster waiting to happen', speaker: 'Helen Marsh' }]
	},
	{
		name: 'a second partial quote after adding that',
		text: '"We did everything we could," said Dr Ana Costa, adding that the hospital was "simply overwhelmed".',
		quotes: [
			{ quote: 'We did everything we could', speaker: 'Ana Costa' },
			{ quote: 'simply overwhelmed', speaker: 'Ana Costa' }
		]
	},
	{
		name: 'X told CNN: quote. He added: quote',
		text: 'Sam Cole told CNN: "The count was fair." He added: "We accept the result and we will move on."',
		quotes: [
			{ quote: 'The count was fair', speaker: 'Sam Cole' },
			{ quote: 'We accept the result', speaker: 'Sam Cole' }
		]
	},
	{
		name: 'a paragraph that opens with a quote continues the speaker of the paragraph before',
		text: '"The plant will close in May," said Jane Doe, the chief executive of Acme.\n\n"We looked at every other option first, and none of them worked."',
		quotes: [{ quote: 'We looked at every other option', speaker: 'Jane Doe' }]
	},
	{
		name: 'a quote nested in a quote belongs to the outer speaker',
		text: '"They just told us \'go home and wait\', and then nobody called," said Rosa Diaz.',
		quotes: [{ quote: 'They just told us', speaker: 'Rosa Diaz' }]
	},
	{
		name: 'accented and hyphenated names',
		text: '"The harvest is the worst in forty years," said José Ruiz-Pérez, a farmer in Murcia.',
		quotes: [{ quote: 'The harvest is the worst', speaker: 'José Ruiz-Pérez' }]
	},
	{
		name: 'an agency in capitals speaks',
		text: '"The launch window opens in June," NASA said in a statement.',
		quotes: [{ quote: 'The launch window opens', speaker: 'NASA' }]
	},
	{
		name: 'wrote X in a blog post',
		text: '"We made a mistake and we are sorry," wrote Kate Lin in a blog post on the company\'s website.',
		quotes: [{ quote: 'We made a mistake', speaker: 'Kate Lin' }]
	},
	{
		name: 'X posted on Facebook: a colon quote',
		text: 'Mayor Tom Becker posted on Facebook: "The roads are closed until further notice."',
		quotes: [{ quote: 'The roads are closed', speaker: 'Tom Becker' }]
	},
	{
		name: 'X said Tuesday, AP style',
		text: '"We will appeal the ruling," defence lawyer Maya Ross said Tuesday.',
		quotes: [{ quote: 'We will appeal the ruling', speaker: 'Maya Ross' }],
		dates: [{ text: 'Tuesday', value: '2024-03-12' }]
	},
	{
		name: 'said X, who chairs …, in a statement',
		text: '"The inquiry will report by June," said Mark Reed, who chairs the committee, in a statement.',
		quotes: [{ quote: 'The inquiry will report by June', speaker: 'Mark Reed' }]
	},
	{
		name: 'the researchers wrote: a group, no who-said question',
		text: 'Professor Alan Young led the study. "Crop yields could fall by a tenth," the researchers wrote.',
		quotes: [{ quote: 'Crop yields could fall', speaker: null }]
	},
	{
		name: 'X said of the decision, after the quote',
		text: '"It is the right call, and it is long overdue," Lisa Grant said of the decision.',
		quotes: [{ quote: 'It is the right call', speaker: 'Lisa Grant' }]
	},
	{
		name: 'X told Y that … partial quote',
		text: 'Coach John Smith told the Associated Press that his players were "exhausted but proud".',
		quotes: [{ quote: 'exhausted but proud', speaker: 'John Smith' }]
	},
	{
		name: 'X, the Y, said the Z was … across a long clause',
		text: 'Jane Doe, the chief executive of Acme, which makes parts for the car industry in three countries, said the deal was "a new start".',
		quotes: [{ quote: 'a new start', speaker: 'Jane Doe' }]
	},
	{
		name: 'a quote and its speaker after an age and a town',
		text: '"The water has never been this high," said Tom Becker, 67, of Harlow.',
		quotes: [{ quote: 'The water has never been this high', speaker: 'Tom Becker' }]
	},
	{
		name: 'a later quote in the same paragraph, with he, after an intervening name',
		text: 'Sam Cole, who leads the opposition, criticised Prime Minister Anna Berg. "She has failed the country," he said.',
		quotes: [{ quote: 'She has failed the country', speaker: 'Sam Cole' }]
	},
	{
		name: 'according to a statement from a named organisation',
		text: 'The move was "necessary to protect public health", according to a statement from the World Health Organization.',
		quotes: [{ quote: 'necessary to protect public health', speaker: 'World Health Organization' }]
	},
	{
		name: 'X explained, X insisted: cue verbs after the name',
		text: '"We have the money and the staff," Maya Ross insisted. "What we lack is time," Ross explained.',
		quotes: [
			{ quote: 'We have the money', speaker: 'Maya Ross' },
			{ quote: 'What we lack is time', speaker: 'Maya Ross' }
		]
	},
	{
		name: 'the report of a newspaper, itself quoting others: no question on it',
		text: 'USA Today said on Monday that users had edited the page.\n\nThe report said the burger was "a cancer-causing product full of rat meat".',
		quotes: [{ quote: 'a cancer-causing product', speaker: null, unasked: true }]
	},
	{
		name: 'a report whose author is named: the author',
		text: 'The report, written by Professor Alan Young, was published on Monday. "Crop yields will fall by a tenth before the end of the decade," the report said.',
		quotes: [{ quote: 'Crop yields will fall', speaker: 'Alan Young' }]
	},
	{
		name: 'the statement continued: the organisation that gave the statement',
		text: 'Acme Corp closed the plant on Monday. "We had no choice," Acme Corp said in a statement. "Demand has collapsed," the statement continued.',
		quotes: [{ quote: 'Demand has collapsed', speaker: 'Acme Corp' }]
	},
	{
		name: 'the company: the company named before, by the ending of its name',
		text: 'Acme Corp closed its last plant in Leeds on Monday. "We had no choice," the company said.',
		quotes: [{ quote: 'We had no choice', speaker: 'Acme Corp' }]
	},
	{
		name: 'X was quoted by a paper as saying: the subject speaks, not the paper',
		text: 'Maya Ross was quoted by the BBC as saying "the game is up".',
		quotes: [{ quote: 'the game is up', speaker: 'Maya Ross' }]
	},
	{
		name: 'a partial quote after dismissed the claims as: "claims" is a noun there',
		text: 'Mark Reed dismissed the claims as "nonsense" on Monday.',
		quotes: [{ quote: 'nonsense', speaker: 'Mark Reed' }]
	},
	{
		name: 'X, in a letter to Y, wrote that: the set-off channel leaves X the subject',
		text: 'Lisa Grant, in a letter to the council, wrote that the plan was "deeply flawed".',
		quotes: [{ quote: 'deeply flawed', speaker: 'Lisa Grant' }]
	},
	{
		name: "a fronted participle phrase is not the speaker's role",
		text: 'Speaking to reporters in Rome, Maya Ross said that the talks had been "frank and useful".',
		quotes: [{ quote: 'frank and useful', speaker: 'Maya Ross', role: '' }]
	},
	{
		name: "condemned and hailed: verdicts in the speaker's words",
		text: 'Sam Cole condemned the budget as "a con". Anna Berg hailed it as "historic".',
		quotes: [
			{ quote: 'a con', speaker: 'Sam Cole' },
			{ quote: 'historic', speaker: 'Anna Berg' }
		]
	},
	// Harder figures
	{
		name: 'a third: a fraction',
		text: 'A third of the students failed the test.',
		figures: [{ text: 'third', value: 33.3, unit: 'percent' }]
	},
	{
		name: 'three quarters: a fraction',
		text: 'Three quarters of the houses have no running water.',
		figures: [{ text: 'hree quarters', value: 75, unit: 'percent' }]
	},
	{
		name: 'nine out of ten: a proportion',
		text: 'Nine out of ten doctors backed the new rules.',
		figures: [{ text: 'ine out of ten', value: 90, unit: 'percent' }]
	},
	{
		name: 'bn: billions of a currency, abbreviated',
		text: 'The deal is worth $1.2bn, the company said.',
		figures: [{ text: '$1.2bn', value: 1200000000, unit: 'USD' }]
	},
	{
		name: 'm: millions of a currency, abbreviated',
		text: 'The club paid €3m for the striker.',
		figures: [{ text: '€3m', value: 3000000, unit: 'EUR' }]
	},
	{
		name: 'second-highest: a rank',
		text: 'It was the second-highest score in the history of the tournament.',
		figures: [{ text: 'second', value: 2, unit: 'ordinal' }]
	},
	{
		name: 'a speed in km/h',
		text: 'The storm brought winds of up to 120 km/h to the coast.',
		figures: [{ text: '120 km/h', value: 120 }]
	},
	{
		name: 'a three-year contract: a duration',
		text: 'The striker signed a three-year contract with the club.',
		figures: [{ text: 'three-year', value: 3, unit: 'years' }]
	},
	{
		name: 'tens of thousands: a vague count',
		text: 'Tens of thousands of people marched through the capital.',
		figures: [{ text: 'ens of thousands', unit: 'count' }]
	},
	{
		name: 'between 40 and 50 people: a range of a count',
		text: 'Between 40 and 50 people were trapped in the building.',
		figures: [{ text: '40', value: 40, unit: 'count' }]
	},
	{
		name: 'a range of prices with the currency twice',
		text: 'Seats cost between $5 and $10.',
		figures: [{ text: '$5', value: 5, unit: 'USD' }]
	},
	{
		name: 'a 20-minute drive: a duration',
		text: 'The airport is a 20-minute drive from the centre.',
		figures: [{ text: '20-minute', value: 20, unit: 'minutes' }]
	},
	{
		name: 'a 5 per cent rise',
		text: 'Workers were offered a 5 per cent rise.',
		figures: [{ text: '5 per cent', value: 5, unit: 'percent' }]
	},
	{
		name: 'tenfold: a multiplier',
		text: 'The number of cases rose tenfold in a month.',
		figures: [{ text: 'tenfold', value: 10, unit: 'multiplier' }]
	},
	{
		name: 'barrels a day',
		text: 'The field produces 1.5 million barrels a day.',
		figures: [{ text: '1.5 million barrels', value: 1500000, unit: 'barrels' }]
	},
	{
		name: 'a count of people in words',
		text: 'Seven people died and twelve were injured in the crash.',
		figures: [
			{ text: 'Seven', value: 7, unit: 'count' },
			{ text: 'twelve', value: 12, unit: 'count' }
		]
	},
	{
		name: 'a percentage point change',
		text: 'The bank raised its rate by 0.25 percentage points.',
		figures: [{ text: '0.25 percentage points', value: 0.25, unit: 'percentage points' }]
	},
	{
		name: 'a distance in kilometres with a comma',
		text: 'The pipeline runs for 1,500 kilometres across the desert.',
		figures: [{ text: '1,500 kilometres', value: 1500, unit: 'kilometres' }]
	},
	{
		name: 'a fifth: a fraction',
		text: 'A fifth of the budget goes on defence.',
		figures: [{ text: 'fifth', value: 20, unit: 'percent' }]
	},
	{
		name: 'halved: a multiplier',
		text: 'The price of the drug has halved since 2020.',
		figures: [{ text: 'halved', value: 0.5, unit: 'multiplier' }]
	},
	{
		name: 'ages in a range',
		text: 'The team is made up of girls aged 14 to 17.',
		figures: [{ text: '14 to 17', value: 14, unit: 'years' }]
	},
	{
		name: 'and a half: a whole number and a half',
		text: 'The judge sentenced him to six and a half years in prison.',
		figures: [{ text: 'six and a half years', value: 6.5, unit: 'years' }]
	},
	{
		name: 'a range of Australian dollars written AU$',
		text: 'The project will cost between AU$30 billion and AU$50 billion.',
		figures: [{ text: 'AU$30 billion', value: 30e9, unit: 'AUD' }]
	},
	{
		name: 'pounds after weighs are a weight, not money',
		text: 'The robot weighs about 50 pounds.',
		figures: [{ text: '50 pounds', value: 50, unit: 'pounds' }]
	},
	{
		name: 'pounds alone are money',
		text: 'The fine was 50 pounds.',
		figures: [{ text: '50 pounds', value: 50, unit: 'GBP' }]
	},
	{
		name: 'seconds: a duration',
		text: 'The advert ran for 15 seconds on national television.',
		figures: [{ text: '15 seconds', value: 15, unit: 'seconds' }]
	},
	// Harder dates
	{
		name: 'a clock time with local time',
		text: 'The quake struck at 10:30 a.m. local time on Sunday.',
		dates: [{ text: '10:30 a.m.' }]
	},
	{
		name: 'last Friday',
		text: 'The deal was signed last Friday in Paris.',
		dates: [{ text: 'last Friday', value: '2024-03-08' }]
	},
	{
		name: 'this week: a week',
		text: 'The committee will meet this week to discuss the plan.',
		dates: [{ text: 'this week', value: '2024-03-11/2024-03-17' }]
	},
	{
		name: 'two weeks ago',
		text: 'The bridge closed two weeks ago after a lorry hit it.',
		dates: [{ text: 'two weeks ago', value: '2024-02-29' }]
	},
	{
		name: 'between two years: two dates',
		text: 'Prices doubled between 2010 and 2015.',
		dates: [
			{ text: '2010', value: '2010' },
			{ text: '2015', value: '2015' }
		]
	},
	{
		name: 'a century',
		text: 'The church was built in the 19th century.',
		dates: [{ text: '19th century' }]
	},
	{
		name: 'the late 1990s',
		text: 'The company was founded in the late 1990s.',
		dates: [{ text: 'late 1990s' }]
	},
	{
		name: 'mid-March',
		text: 'The first flowers appeared in mid-March.',
		dates: [{ text: 'mid-March' }]
	},
	{
		name: 'the next day',
		text: 'The minister resigned on Monday. His deputy followed the next day.',
		dates: [{ text: 'the next day' }]
	},
	{
		name: 'over the weekend',
		text: 'Police made six arrests over the weekend.',
		dates: [{ text: 'weekend' }]
	},
	{
		name: 'this summer',
		text: 'The new stadium will open this summer.',
		dates: [{ text: 'this summer' }]
	},
	{
		name: 'the first quarter of a year',
		text: 'Profits rose in the first quarter of 2023.',
		dates: [{ text: 'first quarter of 2023' }]
	},
	{
		name: 'an abbreviated month',
		text: 'The trial will start on Dec. 5, 2024.',
		dates: [{ text: 'Dec. 5, 2024', value: '2024-12-05' }]
	},
	{
		name: 'a British day-month-year',
		text: 'The ship sank on 5 December 2023 off the coast of Wales.',
		dates: [{ text: '5 December 2023', value: '2023-12-05' }]
	},
	{
		name: 'twice a year: a frequency',
		text: 'The committee meets twice a year.',
		dates: [{ text: 'twice a year' }]
	},
	{
		name: 'every two weeks: a frequency',
		text: 'The bins are collected every two weeks.',
		dates: [{ text: 'every two weeks' }]
	},
	{
		name: 'at noon on a weekday',
		text: 'The polls close at noon on Friday.',
		dates: [{ text: 'noon' }]
	},
	{
		name: 'later this month',
		text: 'The report will be published later this month.',
		dates: [{ text: 'this month', value: '2024-03' }]
	},
	{
		name: 'in the coming weeks',
		text: 'A decision is expected in the coming weeks.',
		dates: [{ text: 'coming weeks' }]
	},
	{
		name: 'four days later',
		text: 'The fire started on June 2, 2021. It was put out four days later.',
		dates: [{ text: 'four days later' }]
	},
	{
		name: 'in the early hours of a weekday',
		text: 'The building collapsed in the early hours of Sunday.',
		dates: [{ text: 'Sunday', value: '2024-03-10' }]
	},
	{
		name: 'a possessive weekday',
		text: "Tuesday's vote was the closest in years.",
		dates: [{ text: 'Tuesday', value: '2024-03-12' }]
	},
	{
		name: 'a day and month with no year',
		text: 'The school will reopen on 3 April.',
		dates: [{ text: '3 April', value: '2024-04-03' }]
	},
	{
		name: 'earlier in the day',
		text: 'Earlier in the day, the president met the king.',
		dates: [{ text: 'arlier in the day' }]
	},
	{
		name: 'late in a month with its year',
		text: 'The strike began in early December 2019 and ended in late May.',
		dates: [
			{ text: 'early December 2019', value: '2019-12' },
			{ text: 'late May', value: '2023-05' }
		]
	},
	{
		name: 'later that day: the day the paragraph named',
		text: 'The talks began on June 3, 2021. Later that day, the envoy left.',
		dates: [{ text: 'Later that day', value: '2021-06-03' }]
	},
	{
		name: 'two years later: counted on from the year named',
		text: 'The law was passed in 2004 and amended two years later.',
		dates: [{ text: 'two years later', value: '2006' }]
	},
	{
		name: 'every August: a frequency',
		text: 'The shop closes for two weeks every August.',
		dates: [{ text: 'every August' }]
	},
	{
		name: 'at midnight',
		text: 'The ceasefire begins at midnight.',
		dates: [{ text: 'midnight' }]
	},
	// Round 6 (extract4): more shapes of published reporting, all invented
	{
		name: 'as X told a paper, a bare quote after the fronted clause',
		text: 'As Marta Ilves told the Korvel Courier last week, "Nobody in this town wanted the quarry to close."',
		quotes: [{ quote: 'Nobody in this town wanted', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a sentence interrupted by its cue, going on in lower case',
		text: 'Marta Ilves, the mayor of Korvel, opened the meeting. "The quarry gave us work for forty years," Ilves said, "and now it gives us nothing but dust."',
		quotes: [
			{ quote: 'The quarry gave us work', speaker: 'Marta Ilves' },
			{ quote: 'and now it gives us nothing', speaker: 'Marta Ilves' }
		]
	},
	{
		name: 'she added, her name two sentences back',
		text: 'Marta Ilves visited the flooded school on Monday. The roof of the gym had fallen in. "We will rebuild it before the autumn term," she added.',
		quotes: [{ quote: 'We will rebuild it', speaker: 'Marta Ilves' }]
	},
	{
		name: 'the mayor, after a name with a bare role in apposition',
		text: 'Marta Ilves, mayor of Korvel, toured the harbour on Monday. "The walls held, but only just," the mayor said.',
		quotes: [{ quote: 'The walls held', speaker: 'Marta Ilves' }]
	},
	{
		name: 'in a statement, a named ministry said … a partial quote',
		text: 'In a statement, the Korvel Transport Ministry said the closure was "regrettable but unavoidable".',
		quotes: [{ quote: 'regrettable but unavoidable', speaker: 'Korvel Transport Ministry' }]
	},
	{
		name: 'X said through a spokesman',
		text: '"I deny every charge and I will clear my name," Aldo Dunmore said through a spokesman.',
		quotes: [{ quote: 'I deny every charge', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'a paper quoted X as saying: X speaks',
		text: 'The Korvel Courier quoted Marta Ilves as saying that the harbour would "never be the same again".',
		quotes: [{ quote: 'never be the same again', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X wrote on social media that … a partial quote',
		text: 'Aldo Dunmore wrote on social media that the verdict was "a victory for common sense".',
		quotes: [{ quote: 'a victory for common sense', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X said in remarks to a paper',
		text: '"The league has let the fans down," Petra Saar said in remarks to the Korvel Courier.',
		quotes: [{ quote: 'The league has let the fans down', speaker: 'Petra Saar' }]
	},
	{
		name: 'X, with a long relative clause, says: a colon quote',
		text: 'Petra Saar, who has coached the youth team since it was formed and who played for the club herself for twelve seasons, says: "These girls train harder than anyone I have ever coached."',
		quotes: [{ quote: 'These girls train harder', speaker: 'Petra Saar' }]
	},
	{
		name: 'X said, comma, a quote',
		text: 'Aldo Dunmore said, "We never saw the letter and we never signed it."',
		quotes: [{ quote: 'We never saw the letter', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X had a message for Y: a colon quote',
		text: 'Marta Ilves had a simple message for the protesters: "Go home and let the council do its work."',
		quotes: [{ quote: 'Go home and let the council', speaker: 'Marta Ilves' }]
	},
	{
		name: 'asked whether …, X said: a colon quote',
		text: 'Asked whether she would resign, Petra Saar said: "Not while the club still needs me."',
		quotes: [{ quote: 'Not while the club still needs me', speaker: 'Petra Saar' }]
	},
	{
		name: 'asked about …, X replied: a colon quote',
		text: 'Asked about the cost of the new stadium, Aldo Dunmore replied: "Every cent will come from private money."',
		quotes: [{ quote: 'Every cent will come', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'a quote, then according to X with a role',
		text: '"The water is safe to drink," according to Lena Voss, the chief engineer of the Korvel waterworks.',
		quotes: [{ quote: 'The water is safe to drink', speaker: 'Lena Voss' }]
	},
	{
		name: 'X said: a quote over two paragraphs, the first left open',
		text: 'Lena Voss, the chief engineer, said: "The pipes are older than anyone in this room.\n\n"We need to replace every one of them, street by street."',
		quotes: [
			{ quote: 'The pipes are older', speaker: 'Lena Voss' },
			{ quote: 'We need to replace every one', speaker: 'Lena Voss' }
		]
	},
	{
		name: 'an interview: the answer paragraph labelled with the interviewee speaks',
		text: 'Korvel News spoke to the archivist Marta Ilves.\n\nKorvel News: Why did you start the archive?\n\nMarta Ilves: My grandmother kept every letter. We called it "a museum of small things" because anyone can add to it.',
		quotes: [{ quote: 'a museum of small things', speaker: 'Marta Ilves' }]
	},
	{
		name: "an interview: the interviewer's question is nobody's quote",
		text: 'Korvel News spoke to the archivist Marta Ilves.\n\nKorvel News: You have called the archive "a living thing". What did you mean?\n\nMarta Ilves: It grows every week.',
		quotes: [{ quote: 'a living thing', speaker: null }]
	},
	{
		name: 'critics called it …: unnamed critics, no who-said question',
		text: 'Marta Ilves unveiled the harbour plan on Monday. Critics called the plan "reckless".',
		quotes: [{ quote: 'reckless', speaker: null }]
	},
	{
		name: 'a nickname in marks inside a name: nobody said it',
		text: 'Jonas "the Anchor" Reim played his last match for Korvel on Sunday.',
		quotes: [{ quote: 'the Anchor', speaker: null }]
	},
	{
		name: 'a slogan chanted by a crowd: no who-said question',
		text: 'Petra Saar watched as protesters chanted "Save our harbour" outside the town hall.',
		quotes: [{ quote: 'Save our harbour', speaker: null }]
	},
	{
		name: 'known locally as: a name in marks',
		text: 'Marta Ilves approved the plan, known locally as "the big dig", on Monday.',
		quotes: [{ quote: 'the big dig', speaker: null }]
	},
	{
		name: 'the reporter echoes a word someone called it',
		text: 'Aldo Dunmore called the report "fiction". By Tuesday the word "fiction" was printed on shirts across Korvel.',
		quotes: [
			{ quote: 'fiction', speaker: 'Aldo Dunmore' },
			{ quote: 'fiction" was printed', speaker: null }
		]
	},
	{
		name: 'residents told a paper: a group, no who-said question',
		text: 'Marta Ilves visited the camp on Monday. "We have nowhere else to go," residents told the Korvel Courier.',
		quotes: [{ quote: 'We have nowhere else to go', speaker: null }]
	},
	{
		name: 'a banner read: no who-said question',
		text: 'Marta Ilves arrived at noon. A banner on the gate read "No entry without a permit".',
		quotes: [{ quote: 'No entry without a permit', speaker: null }]
	},
	{
		name: 'dubbed by newspapers: a name in marks',
		text: 'Lena Voss tracked the storm, which newspapers dubbed "the Beast of Korvel", for a week.',
		quotes: [{ quote: 'the Beast of Korvel', speaker: null }]
	},
	{
		name: 'half a million: a count',
		text: 'Half a million people live in the Korvel valley.',
		figures: [{ text: 'alf a million', value: 500000 }]
	},
	{
		name: 'twice as many: a multiplier',
		text: 'Twice as many ships docked in Korvel this year.',
		figures: [{ text: 'wice', value: 2, unit: 'multiplier' }]
	},
	{
		name: 'bn after pounds',
		text: 'The new rail line will cost £3bn.',
		figures: [{ text: '£3bn', value: 3e9, unit: 'GBP' }]
	},
	{
		name: 'm after a count of people',
		text: 'The festival drew 1.2m visitors last summer.',
		figures: [{ text: '1.2m', value: 1.2e6 }]
	},
	{
		name: 'the 42-year-old: an age',
		text: 'Police said the 42-year-old had been driving for ten hours.',
		figures: [{ text: '42-year-old', value: 42, unit: 'years' }]
	},
	{
		name: 'a vote of 52 to 48',
		text: 'The bill passed by 52 votes to 48.',
		figures: [
			{ text: '52', value: 52 },
			{ text: '48', value: 48 }
		]
	},
	{
		name: 'a compound number in words with a hyphen',
		text: 'Twenty-five boats were lost in the storm.',
		figures: [{ text: 'wenty-five', value: 25 }]
	},
	{
		name: 'a hundred and twenty in words',
		text: 'One hundred and twenty families were moved from the valley.',
		figures: [{ text: 'ne hundred and twenty', value: 120 }]
	},
	{
		name: 'ranked 14th: a rank',
		text: 'Korvel was ranked 14th among the cities in the survey.',
		figures: [{ text: '14th', value: 14, unit: 'ordinal' }]
	},
	{
		name: 'some 200: a count with a qualifier',
		text: 'Some 200 people attended the funeral.',
		figures: [{ text: '200', value: 200, unit: 'count' }]
	},
	{
		name: 'a 12-member panel: a count',
		text: 'A 12-member panel will choose the winner.',
		figures: [{ text: '12', value: 12 }]
	},
	{
		name: 'a two-hour meeting: a duration',
		text: 'The two leaders held a two-hour meeting in Korvel.',
		figures: [{ text: 'two-hour', value: 2, unit: 'hours' }]
	},
	{
		name: 'one-fifth hyphenated: a fraction',
		text: 'One-fifth of the harbour was closed.',
		figures: [{ text: 'ne-fifth', value: 20, unit: 'percent' }]
	},
	{
		name: 'a range of percentages',
		text: 'Prices rose by between 10% and 15% in the valley.',
		figures: [{ text: '10% and 15%', value: 10, unit: 'percent' }]
	},
	{
		name: 'New Zealand dollars written NZ$',
		text: 'The council spent NZ$40 million on the harbour.',
		figures: [{ text: 'NZ$40 million', value: 4e7, unit: 'NZD' }]
	},
	{
		name: 'a 5,000-strong crowd',
		text: 'A 5,000-strong crowd marched to the harbour.',
		figures: [{ text: '5,000', value: 5000 }]
	},
	{
		name: 'hectares',
		text: 'The fire burned 300 hectares of pine forest.',
		figures: [{ text: '300 hectares', value: 300 }]
	},
	{
		name: 'acres',
		text: 'The farm covers 40 acres.',
		figures: [{ text: '40 acres', value: 40 }]
	},
	{
		name: 'mph without a space',
		text: 'Winds of 70mph hit the coast.',
		figures: [{ text: '70mph', value: 70 }]
	},
	{
		name: 'km without a space',
		text: 'The new road is 50km long.',
		figures: [{ text: '50km', value: 50 }]
	},
	{
		name: 'megawatts',
		text: 'The plant will produce 450 megawatts of power.',
		figures: [{ text: '450 megawatts', value: 450 }]
	},
	{
		name: 'a million: a count',
		text: 'A million people watched the final.',
		figures: [{ text: 'million', value: 1e6 }]
	},
	{
		name: 'a dozen: a count',
		text: 'A dozen boats were damaged in the storm.',
		figures: [{ text: 'dozen', value: 12 }]
	},
	{
		name: 'ten times as many: a multiplier',
		text: 'Ten times as many people applied this year.',
		figures: [{ text: 'en times', value: 10, unit: 'multiplier' }]
	},
	{
		name: 'a sixth consecutive: an ordinal',
		text: 'Korvel won the league for a sixth consecutive season.',
		figures: [{ text: 'sixth', value: 6, unit: 'ordinal' }]
	},
	{
		name: 'a currency and its conversion in brackets',
		text: 'The fine was €1.2 billion ($1.6 billion).',
		figures: [
			{ text: '€1.2 billion', value: 1.2e9, unit: 'EUR' },
			{ text: '$1.6 billion', value: 1.6e9, unit: 'USD' }
		]
	},
	{
		name: 'a range of percentages in words',
		text: 'Water use fell by 30 to 40 percent.',
		figures: [{ text: '30 to 40 percent', value: 30, unit: 'percent' }]
	},
	{
		name: 'a price in pounds and pence',
		text: 'A ticket now costs £2.50.',
		figures: [{ text: '£2.50', value: 2.5, unit: 'GBP' }]
	},
	{
		name: 'a fourfold increase',
		text: 'The report found a fourfold increase in cases.',
		figures: [{ text: 'fourfold', value: 4, unit: 'multiplier' }]
	},
	{
		name: 'two and a half times: a multiplier',
		text: 'Rents are two and a half times higher than in 2010.',
		figures: [{ text: 'two and a half times', value: 2.5, unit: 'multiplier' }]
	},
	{
		name: 'for more than a decade: a duration',
		text: 'Lena Voss has run the waterworks for more than a decade.',
		figures: [{ text: 'a decade', value: 1, unit: 'decades' }]
	},
	{
		name: 'a six-month sentence: a duration',
		text: 'The judge gave him a six-month sentence.',
		figures: [{ text: 'six-month', value: 6, unit: 'months' }]
	},
	{
		name: 'on the 17th: a day of the month named before',
		text: 'The council met on March 3. It meets again on the 17th.',
		dates: [{ text: '17th' }]
	},
	{
		name: 'March 4th: a day with an ordinal ending',
		text: 'The results were announced on March 4th.',
		dates: [{ text: 'March 4th', value: '2024-03-04' }]
	},
	{
		name: 'overnight',
		text: 'The river burst its banks overnight.',
		dates: [{ text: 'overnight' }]
	},
	{
		name: 'early Tuesday: a weekday with a part of the day',
		text: 'The fire broke out early Tuesday in the old mill.',
		dates: [{ text: 'Tuesday', value: '2024-03-12' }]
	},
	{
		name: 'fiscal 2008',
		text: 'The company lost money in fiscal 2008.',
		dates: [{ text: '2008' }]
	},
	{
		name: 'a season written with two years',
		text: 'Petra Saar joined the club for the 2006–07 season.',
		dates: [{ text: '2006–07' }]
	},
	{
		name: 'last summer',
		text: 'The harbour flooded last summer.',
		dates: [{ text: 'last summer' }]
	},
	{
		name: 'at the end of last year',
		text: 'The quarry closed at the end of last year.',
		dates: [{ text: 'end of last year' }]
	},
	{
		name: 'a week earlier, after a dated event',
		text: 'The bridge reopened on March 1. A week earlier, divers had found a crack.',
		dates: [{ text: 'week earlier' }]
	},
	{
		name: 'on Christmas Day',
		text: 'The ferry sank on Christmas Day.',
		dates: [{ text: 'Christmas Day' }]
	},
	{
		name: 'in recent weeks',
		text: 'Prices have risen sharply in recent weeks.',
		dates: [{ text: 'recent weeks' }]
	},
	{
		name: 'the previous day',
		text: 'Lena Voss resigned on Friday. The board had met the previous day.',
		dates: [{ text: 'previous day' }]
	},
	{
		name: 'late last year',
		text: 'The plan was first put forward late last year.',
		dates: [{ text: 'late last year', value: '2023-09/2023-12' }]
	},
	{
		name: 'early next year',
		text: 'The new ferry will enter service early next year.',
		dates: [{ text: 'early next year', value: '2025-01/2025-04' }]
	},
	{
		name: 'an AP month abbreviation without a year',
		text: 'The strike began on Jan. 5.',
		dates: [{ text: 'Jan. 5', value: '2024-01-05' }]
	},
	{
		name: 'Sept. with a year',
		text: 'The mill closed on Sept. 12, 2008.',
		dates: [{ text: 'Sept. 12, 2008', value: '2008-09-12' }]
	},
	{
		name: 'a clock time on the 24-hour clock with GMT',
		text: 'The polls closed at 17:00 GMT.',
		dates: [{ text: '17:00' }]
	},
	{
		name: 'a weekday and a date',
		text: 'The vote will be held on Monday, March 18.',
		dates: [{ text: 'March 18', value: '2024-03-18' }]
	},
	{
		name: 'in late 2007',
		text: 'Work on the dam began in late 2007.',
		dates: [{ text: '2007' }]
	},
	{
		name: 'three decades ago',
		text: 'The last whale was seen in the bay three decades ago.',
		dates: [{ text: 'three decades ago', value: '1994' }]
	},
	{
		name: 'last April: the month of the year before',
		text: 'The mine closed last April.',
		dates: [{ text: 'last April', value: '2023-04' }]
	},
	{
		name: 'next March: the month of the year after',
		text: 'The new bridge opens next March.',
		dates: [{ text: 'next March', value: '2025-03' }]
	},
	{
		name: 'in the first half of a year',
		text: 'Sales fell in the first half of 2009.',
		dates: [{ text: '2009' }]
	},
	{
		name: 'the summer of a year',
		text: 'The festival began in the summer of 1969.',
		dates: [{ text: 'summer of 1969' }]
	},
	{
		name: 'hours later, after a dated event',
		text: 'The storm reached Korvel on Monday. Hours later, the power failed.',
		dates: [{ text: 'ours later' }]
	},
	{
		name: 'this morning',
		text: 'The minister resigned this morning.',
		dates: [{ text: 'this morning', value: '2024-03-14' }]
	},
	{
		name: 'a British weekday, day and month',
		text: 'The harbour reopens on Monday 18 March.',
		dates: [{ text: '18 March', value: '2024-03-18' }]
	},
	{
		name: 'the night of a date',
		text: 'The fire started on the night of 3 March.',
		dates: [{ text: '3 March', value: '2024-03-03' }]
	},
	{
		name: 'the following year, after a year',
		text: 'The mill closed in 2019 and was demolished the following year.',
		dates: [{ text: 'the following year', value: '2020' }]
	},
	{
		name: 'by the end of the month',
		text: 'The report is due by the end of the month.',
		dates: [{ text: 'end of the month' }]
	},
	{
		name: 'every Sunday: a frequency',
		text: 'The market is held every Sunday in the square.',
		dates: [{ text: 'every Sunday' }]
	},
	{
		name: 'monthly: a frequency',
		text: 'The council publishes the figures monthly.',
		dates: [{ text: 'monthly' }]
	},
	{
		name: 'once a month: a frequency',
		text: 'The ferry calls at the island once a month.',
		dates: [{ text: 'once a month' }]
	},
	{
		name: 'the mid-2000s: part of a decade',
		text: 'The mill was busiest in the mid-2000s.',
		dates: [{ text: '2000s' }]
	},
	{
		name: 'on New Year’s Day',
		text: "The new law takes effect on New Year's Day.",
		dates: [{ text: "New Year's Day" }]
	},
	{
		name: 'a time with a zone in brackets',
		text: 'The quake struck at 8 pm local time (1900 GMT) on Sunday.',
		dates: [{ text: '8 pm' }]
	},
	{
		name: 'at dawn on a weekday',
		text: 'Troops crossed the river at dawn on Sunday.',
		dates: [{ text: 'Sunday', value: '2024-03-10' }]
	},
	// Round 6, second batch (extract4): attribution as wire copy and interviews write it, all invented
	{
		name: 'she told a news site, after her name in the sentence before',
		text: 'Marta Ilves runs the harbour archive. "It is a labour of love," she told Korvel News.',
		quotes: [{ quote: 'It is a labour of love', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X told a site that … a partial quote',
		text: 'Marta Ilves told Korvel News that the archive was "a labour of love".',
		quotes: [{ quote: 'a labour of love', speaker: 'Marta Ilves' }]
	},
	{
		name: 'speaking to a site, X said: a colon quote',
		text: 'Speaking to Korvel News, Marta Ilves said: "We open every Sunday."',
		quotes: [{ quote: 'We open every Sunday', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X, in an email to a site, said a partial quote',
		text: 'Marta Ilves, in an email to Korvel News, said the plan was "far from finished".',
		quotes: [{ quote: 'far from finished', speaker: 'Marta Ilves' }]
	},
	{
		name: 'wrote X in an email',
		text: '"We never asked for the money," wrote Aldo Dunmore in an email to Korvel News.',
		quotes: [{ quote: 'We never asked for the money', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'a statement signed by X reads: a colon quote',
		text: 'The statement, signed by Lena Voss, reads: "The waterworks will stay in public hands."',
		quotes: [{ quote: 'The waterworks will stay', speaker: 'Lena Voss' }]
	},
	{
		name: 'a judge told the court: a colon quote',
		text: 'Judge Aron Pikk told the court: "The defendant showed no remorse at any stage."',
		quotes: [{ quote: 'The defendant showed no remorse', speaker: 'Aron Pikk' }]
	},
	{
		name: 'in his ruling, X wrote: a colon quote',
		text: 'In his ruling, Judge Aron Pikk wrote: "The law is clear on this point."',
		quotes: [{ quote: 'The law is clear', speaker: 'Aron Pikk' }]
	},
	{
		name: 'in a written statement, X said: a colon quote',
		text: 'In a written statement, Aldo Dunmore said: "I have done nothing wrong."',
		quotes: [{ quote: 'I have done nothing wrong', speaker: 'Aldo Dunmore' }]
	},
	{
		name: "X's lawyer, Y, said: the lawyer speaks",
		text: 'Aldo Dunmore\'s lawyer, Tomas Roe, said: "My client will appeal."',
		quotes: [{ quote: 'My client will appeal', speaker: 'Tomas Roe' }]
	},
	{
		name: "X's spokesman Y said, no commas",
		text: 'Aldo Dunmore\'s spokesman Tomas Roe said the claims were "baseless".',
		quotes: [{ quote: 'baseless', speaker: 'Tomas Roe' }]
	},
	{
		name: 'X reportedly said: an adverb between the name and the cue',
		text: 'Aldo Dunmore reportedly said that the port was "not for sale".',
		quotes: [{ quote: 'not for sale', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X is reported to have said, after the quote',
		text: '"The port is not for sale," Aldo Dunmore is reported to have said.',
		quotes: [{ quote: 'The port is not for sale', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X responded: a colon quote',
		text: 'Petra Saar responded: "The club has never been stronger."',
		quotes: [{ quote: 'The club has never been stronger', speaker: 'Petra Saar' }]
	},
	{
		name: 'when asked about …, X said a bare quote',
		text: 'When asked about the cuts, Petra Saar said "we will manage, as we always have".',
		quotes: [{ quote: 'we will manage', speaker: 'Petra Saar' }]
	},
	{
		name: 'says X, with the comma outside the marks',
		text: '"It is over", says Petra Saar.',
		quotes: [{ quote: 'It is over', speaker: 'Petra Saar' }]
	},
	{
		name: 'said X with no comma after the quote',
		text: '"It is over" said Petra Saar on Monday.',
		quotes: [{ quote: 'It is over', speaker: 'Petra Saar' }]
	},
	{
		name: 'X said with no comma after a question in marks',
		text: '"Who will pay for it?" Petra Saar asked the council.',
		quotes: [{ quote: 'Who will pay for it?', speaker: 'Petra Saar' }]
	},
	{
		name: 'said X of an organisation',
		text: '"We row in every weather," said Tomas Roe of the Korvel Rowing Club.',
		quotes: [{ quote: 'We row in every weather', speaker: 'Tomas Roe' }]
	},
	{
		name: 'said one of the organisers, X',
		text: '"We expected a few hundred people," said one of the organisers, Tomas Roe.',
		quotes: [{ quote: 'We expected a few hundred', speaker: 'Tomas Roe' }]
	},
	{
		name: 'he said the plan was …, after his name in the sentence before',
		text: 'Tomas Roe has fished the bay for forty years. He said the new quotas were "a death sentence".',
		quotes: [{ quote: 'a death sentence', speaker: 'Tomas Roe' }]
	},
	{
		name: 'a quote of two sentences before the cue',
		text: '"The bay is empty. There is nothing left to catch," Tomas Roe said.',
		quotes: [{ quote: 'The bay is empty', speaker: 'Tomas Roe' }]
	},
	{
		name: 'X later told a news conference: a colon quote',
		text: 'Lena Voss later told a news conference: "The water is safe."',
		quotes: [{ quote: 'The water is safe', speaker: 'Lena Voss' }]
	},
	{
		name: 'what X called … : the subject of called',
		text: 'Tomas Roe rejected what he called "a witch hunt" by the council.',
		quotes: [{ quote: 'a witch hunt', speaker: 'Tomas Roe' }]
	},
	{
		name: 'the couple said: a pair, no who-said question',
		text: 'Tomas and Rosa Roe lost their boat in the storm. "We have nothing left," the couple said.',
		quotes: [{ quote: 'We have nothing left', speaker: null }]
	},
	{
		name: "a novel's title after its author: nobody said it",
		text: 'Tomas Roe\'s novel "The Long Harbour" won the prize on Monday.',
		quotes: [{ quote: 'The Long Harbour', speaker: null }]
	},
	{
		name: 'under the headline: nobody said it',
		text: 'Lena Voss was on the front page under the headline "Water Queen".',
		quotes: [{ quote: 'Water Queen', speaker: null }]
	},
	{
		name: 'a sign reading: nobody said it',
		text: 'Petra Saar held a sign reading "Save our club" outside the stadium.',
		quotes: [{ quote: 'Save our club', speaker: null }]
	},
	{
		name: 'a report titled: nobody said it',
		text: 'Lena Voss published a report titled "Water for Everyone" on Monday.',
		quotes: [{ quote: 'Water for Everyone', speaker: null }]
	},
	{
		name: 'an operation named in marks',
		text: 'Police chief Aron Pikk led Operation "Clean Harbour" in March.',
		quotes: [{ quote: 'Clean Harbour', speaker: null }]
	},
	{
		name: 'the 42-year-old mother of three said',
		text: 'Rosa Kell, 42, lost her home in the fire. "We got out with nothing," the 42-year-old mother of three said.',
		quotes: [{ quote: 'We got out with nothing', speaker: 'Rosa Kell' }]
	},
	{
		name: 'a label after the quote: the speaker in brackets',
		text: 'Rosa Kell was at the meeting. "It was chaos," Kell (pictured) said.',
		quotes: [{ quote: 'It was chaos', speaker: 'Rosa Kell' }]
	},
	{
		name: 'an interview answer labelled with initials',
		text: 'Tomas Roe founded the debating site in 2006.\n\n((WN)) Why did you start the site?\n\nTR: I wanted a place where people could weigh "both sides of every question" calmly.',
		quotes: [{ quote: 'both sides of every question', speaker: 'Tomas Roe' }]
	},
	{
		name: 'said the school had agreed because … a partial quote',
		text: 'Rosa Kell, the head teacher, said the school had agreed because "the students will learn a lot from the crew".',
		quotes: [{ quote: 'the students will learn a lot', speaker: 'Rosa Kell' }]
	},
	{
		name: 'points scored: a count',
		text: 'Korvel scored 45 points in the final.',
		figures: [{ text: '45', value: 45, unit: 'count' }]
	},
	{
		name: 'between the ages of: an age range',
		text: 'The team is made up of girls between the ages of 14 and 17.',
		figures: [{ text: '14 and 17', value: 14, unit: 'years' }]
	},
	{
		name: 'within hours: a time after an event',
		text: 'The advert aired on Wednesday. Within hours, editors had changed the page.',
		dates: [{ text: 'Within hours' }]
	},
	{
		name: 'a bare lowercase description before the name after the quote',
		text: '"The water has changed our lives," villager Amina Roe told Korvel News.',
		quotes: [{ quote: 'The water has changed our lives', speaker: 'Amina Roe' }]
	},
	{
		name: 'said … a partial quote and called for a second one',
		text: 'Tomas Roe said the water authority "has failed" and called for "a full inquiry".',
		quotes: [
			{ quote: 'has failed', speaker: 'Tomas Roe' },
			{ quote: 'a full inquiry', speaker: 'Tomas Roe' }
		]
	},
	{
		name: 'the day after an event',
		text: 'The jury returned its verdict on Friday. The day after the verdict, Tomas Roe resigned.',
		dates: [{ text: 'The day after' }]
	},
	{
		name: 'in the months since: no month',
		text: 'In the months since, the site has grown.',
		dates: [{ text: 'In the months since' }]
	},
	{
		name: 'several hundred: a vague count with a number word',
		text: 'Several hundred people gathered outside the town hall.',
		figures: [{ text: 'everal hundred', unit: 'count' }]
	},
	{
		name: 'that night: the night of the day named before',
		text: 'The storm reached Korvel on Monday. Police closed the harbour that night.',
		dates: [{ text: 'that night', value: '2024-03-11' }]
	},
	{
		name: 'months later, after a dated event',
		text: 'The site opened in May 2006. Months later, it had a million readers.',
		dates: [{ text: 'Months later' }]
	},
	{
		name: 'an interview answer running on over a paragraph with no label',
		text: 'Tomas Roe founded the debating site in 2006.\n\n((WN)) Why did you start the site?\n\nTR: I wanted a place to argue calmly.\n\nWe called it "the arena" for that reason.',
		quotes: [{ quote: 'the arena', speaker: 'Tomas Roe' }]
	},
	// Round 7 (extract5): feature, court, sports, science, obituary and press-release shapes, British, Australian,
	// Indian and American house styles; all names and words invented
	{
		name: 'a quote interrupted by its cue, the second part a new sentence',
		text: '"First we mend the roof," Marta Ilves said. "Then we open the doors again."',
		quotes: [
			{ quote: 'First we mend the roof', speaker: 'Marta Ilves' },
			{ quote: 'Then we open the doors again.', speaker: 'Marta Ilves' }
		]
	},
	{
		name: 'said X, the Y, in the middle of one quoted sentence',
		text: '"The roof comes first," said Marta Ilves, the mayor of Korvel, "and the doors come second."',
		quotes: [
			{ quote: 'The roof comes first', speaker: 'Marta Ilves' },
			{ quote: 'and the doors come second.', speaker: 'Marta Ilves' }
		]
	},
	{
		name: 'the cue after the second sentence, a third sentence after it',
		text: '"We tried everything. We wrote to every minister," Marta Ilves said. "Nobody answered."',
		quotes: [
			{ quote: 'We tried everything.', speaker: 'Marta Ilves' },
			{ quote: 'Nobody answered.', speaker: 'Marta Ilves' }
		]
	},
	{
		name: 'a quote over two paragraphs, the cue in the second',
		text: 'Marta Ilves spoke after the vote.\n\n"We have cut where we could. Every department has given something.\n\n"Next year will be harder still," she said.',
		quotes: [
			{ quote: 'We have cut where we could.', speaker: 'Marta Ilves' },
			{ quote: 'Next year will be harder still', speaker: 'Marta Ilves' }
		]
	},
	{
		name: 'typographic marks mixed with a straight closing mark',
		text: '“We will not back down," said Marta Ilves.',
		quotes: [{ quote: 'We will not back down', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a quote with single marks nested inside, the speaker after',
		text: '"When the doctor said \'rest\', I listened for once," Petra Saar said.',
		quotes: [{ quote: 'I listened for once', speaker: 'Petra Saar' }]
	},
	{
		name: 'says Dr X, who leads …: the verb first, a long relative clause',
		text: '"The marsh is drying out faster than anyone expected," says Dr Marta Ilves, who leads the salt marsh survey at the University of Korvel.',
		quotes: [{ quote: 'The marsh is drying out', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a partial quote, then according to X after it',
		text: 'The plan is "a step too far", according to Aldo Dunmore.',
		quotes: [{ quote: 'a step too far', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'the mayor: the role of the person named in full before',
		text: 'Marta Ilves, the mayor of Korvel, opened the bridge on Monday.\n\n"It took us ten years," the mayor said.',
		quotes: [{ quote: 'It took us ten years', speaker: 'Marta Ilves' }]
	},
	{
		name: 'the coach: the role of the person named in full before',
		text: 'Aldo Dunmore, the Korvel coach, was pleased with the win. "The boys played for each other," the coach said.',
		quotes: [{ quote: 'The boys played for each other', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X told the paper: a colon, the quote in the next paragraph',
		text: 'Marta Ilves told the Korvel Herald:\n\n"We will not sell the port to anyone."',
		quotes: [{ quote: 'We will not sell the port', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X wrote in her blog: a colon quote',
		text: 'Marta Ilves wrote in her blog: "The port belongs to everyone who works in it."',
		quotes: [{ quote: 'The port belongs to everyone', speaker: 'Marta Ilves' }]
	},
	{
		name: 'in a letter to staff, X said … a partial quote',
		text: 'In a letter to staff, Aldo Dunmore said the cuts were "painful but necessary".',
		quotes: [{ quote: 'painful but necessary', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'asked whether …, X replied: a colon quote',
		text: 'Asked whether she would resign, Marta Ilves replied: "Not today, and not tomorrow."',
		quotes: [{ quote: 'Not today, and not tomorrow.', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a spokesperson for X, Y, said',
		text: 'A spokesperson for Marta Ilves, Tomas Roe, said the mayor "will not comment on rumours".',
		quotes: [{ quote: 'will not comment on rumours', speaker: 'Tomas Roe' }]
	},
	{
		name: 'X admitted, after the quote',
		text: '"We made mistakes along the way," Marta Ilves admitted.',
		quotes: [{ quote: 'We made mistakes along the way', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X has said, after the quote',
		text: '"It was never about the money," Aldo Dunmore has said.',
		quotes: [{ quote: 'It was never about the money', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X had told … that … a partial quote',
		text: 'Marta Ilves had told the council in January that the plan was "simply unworkable".',
		quotes: [{ quote: 'simply unworkable', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X would later say, the surname after the full name',
		text: 'Petra Saar left the club in 1998. "I would do it all again," Saar would later say.',
		quotes: [{ quote: 'I would do it all again', speaker: 'Petra Saar' }]
	},
	{
		name: 'X is quoted as saying … a partial quote',
		text: 'Aldo Dunmore is quoted as saying the deal was "a disgrace to the town".',
		quotes: [{ quote: 'a disgrace to the town', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X went on to say that … a partial quote',
		text: 'Aldo Dunmore went on to say that "nobody in this town is above the law".',
		quotes: [{ quote: 'nobody in this town is above the law', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'Judge X concluded, after the quote',
		text: '"The case against you is overwhelming," Judge Aron Pikk concluded.',
		quotes: [{ quote: 'The case against you is overwhelming', speaker: 'Aron Pikk' }]
	},
	{
		name: 'X conceded, after the quote',
		text: '"It is a fair deal for both sides," Marta Ilves conceded.',
		quotes: [{ quote: 'It is a fair deal for both sides', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X joked, after the quote',
		text: '"I am far too old for this," Petra Saar joked.',
		quotes: [{ quote: 'I am far too old for this', speaker: 'Petra Saar' }]
	},
	{
		name: 'X recalled, after the quote',
		text: '"We had no shoes and no pitch," Petra Saar recalled of her first season.',
		quotes: [{ quote: 'We had no shoes and no pitch', speaker: 'Petra Saar' }]
	},
	{
		name: 'X pointed out that … a partial quote',
		text: 'Petra Saar pointed out that the club "has not lost at home since the spring".',
		quotes: [{ quote: 'has not lost at home since the spring', speaker: 'Petra Saar' }]
	},
	{
		name: 'X urged residents, after the quote',
		text: '"Please stay indoors until the wind drops," Marta Ilves urged residents.',
		quotes: [{ quote: 'Please stay indoors until the wind drops', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X confirmed …, saying: a colon quote',
		text: 'Marta Ilves confirmed the closure, saying: "The bridge will reopen in May."',
		quotes: [{ quote: 'The bridge will reopen in May', speaker: 'Marta Ilves' }]
	},
	{
		name: 'she continued, the speaker named two sentences before',
		text: 'Marta Ilves presented the accounts on Monday. The deficit has grown. "The figures speak for themselves," she continued.',
		quotes: [{ quote: 'The figures speak for themselves', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X acknowledged on a weekday, after the quote',
		text: '"We got the timing wrong," Aldo Dunmore acknowledged on Tuesday.',
		quotes: [{ quote: 'We got the timing wrong', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X announced, after the quote',
		text: '"The doors open at nine tomorrow," Marta Ilves announced.',
		quotes: [{ quote: 'The doors open at nine tomorrow', speaker: 'Marta Ilves' }]
	},
	{
		name: 'two people quoted in turn, one paragraph each',
		text: '"The plan is sound," said Marta Ilves.\n\n"The plan is a disaster," said Aldo Dunmore.',
		quotes: [
			{ quote: 'The plan is sound', speaker: 'Marta Ilves' },
			{ quote: 'The plan is a disaster', speaker: 'Aldo Dunmore' }
		]
	},
	{
		name: 'X praised Y: the one who praises speaks',
		text: 'Marta Ilves praised Aldo Dunmore: "He never once gave up on this town," she said.',
		quotes: [{ quote: 'He never once gave up on this town', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a tribute: the one who pays it speaks, not the one who died',
		text: 'Rosa Kell paid tribute to Aldo Dunmore, who died on Monday aged 88. "He was the heart of this harbour," she said.',
		quotes: [{ quote: 'He was the heart of this harbour', speaker: 'Rosa Kell' }]
	},
	{
		name: 'a name inside the quote is not the speaker',
		text: '"Aldo Dunmore was the best coach I ever had," said Petra Saar.',
		quotes: [{ quote: 'Aldo Dunmore was the best coach', speaker: 'Petra Saar' }]
	},
	{
		name: 'a judge told the defendant as he sentenced him: the judge speaks',
		text: '"You have shown no remorse," Judge Aron Pikk told Aldo Dunmore as he sentenced him.',
		quotes: [{ quote: 'You have shown no remorse', speaker: 'Aron Pikk' }]
	},
	{
		name: 'a club manager told reporters after the match',
		text: '"We were not good enough today," Korvel manager Aldo Dunmore told reporters after the match.',
		quotes: [{ quote: 'We were not good enough today', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'an obituary: his daughter, Y, said: a colon quote',
		text: 'His daughter, Rosa Kell, said: "He loved the sea more than anything."',
		quotes: [{ quote: 'He loved the sea more than anything', speaker: 'Rosa Kell' }]
	},
	{
		name: "science news: said Dr X, a …, and the study's lead author",
		text: '"This changes how we think about salt marshes," said Dr Marta Ilves, a marine biologist at the University of Korvel and the study\'s lead author.',
		quotes: [{ quote: 'This changes how we think about salt marshes', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a press release: said X, chief executive of Y, in a press release',
		text: '"We are delighted to welcome Petra to the team," said Aldo Dunmore, chief executive of Korvel Ferries, in a press release.',
		quotes: [{ quote: 'We are delighted to welcome Petra', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X, 54, said: an age after the surname',
		text: 'Marta Ilves has lived on the island all her life. "It is a great day for us," Ilves, 54, said.',
		quotes: [{ quote: 'It is a great day for us', speaker: 'Marta Ilves' }]
	},
	{
		name: 'the mayor, X, said: the role before the name',
		text: '"The water is safe to drink," the mayor, Marta Ilves, said.',
		quotes: [{ quote: 'The water is safe to drink', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X, who has led …, and was …, said on a weekday: a long clause',
		text: '"The port is safe," Marta Ilves, who has led the harbour board since 2015 and was re-elected last year, said on Monday.',
		quotes: [{ quote: 'The port is safe', speaker: 'Marta Ilves' }]
	},
	{
		name: 'Indian style: speaking to media persons, X said, comma, a quote',
		text: 'Speaking to media persons, Marta Ilves said, "The project will be completed by December."',
		quotes: [{ quote: 'The project will be completed by December', speaker: 'Marta Ilves' }]
	},
	{
		name: 'Australian style: Ms X said … a partial quote, after the full name',
		text: 'Marta Ilves runs the bakery on Main Street. Ms Ilves said the decision was "a kick in the guts".',
		quotes: [{ quote: 'a kick in the guts', speaker: 'Marta Ilves' }]
	},
	{
		name: 'American style: said X, 54, a retired teacher',
		text: '"We are not going anywhere," said Marta Ilves, 54, a retired teacher.',
		quotes: [{ quote: 'We are not going anywhere', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X said in a televised address: a colon quote',
		text: 'Marta Ilves said in a televised address: "Korvel will recover."',
		quotes: [{ quote: 'Korvel will recover', speaker: 'Marta Ilves' }]
	},
	{
		name: '…, she told a paper, adding: a second quote',
		text: 'Marta Ilves runs the bakery. "Bread is up again," she told the Korvel Herald, adding: "Flour costs twice what it did."',
		quotes: [
			{ quote: 'Bread is up again', speaker: 'Marta Ilves' },
			{ quote: 'Flour costs twice what it did', speaker: 'Marta Ilves' }
		]
	},
	{
		name: 'X, speaking at the launch, said: a colon quote',
		text: 'Aldo Dunmore, speaking at the launch, said: "This ferry will change the island."',
		quotes: [{ quote: 'This ferry will change the island', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'a paragraph of quotes after one colon attribution',
		text: 'Marta Ilves was blunt:\n\n"The bridge is unsafe. Nobody should cross it until we say so."',
		quotes: [{ quote: 'The bridge is unsafe.', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X, however, said … a partial quote',
		text: 'Marta Ilves, however, said the plan was "doomed from the start".',
		quotes: [{ quote: 'doomed from the start', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X told reporters that … and that … two partial quotes',
		text: 'Marta Ilves told reporters on Monday that she was "deeply disappointed" and that the club would "look at every option".',
		quotes: [
			{ quote: 'deeply disappointed', speaker: 'Marta Ilves' },
			{ quote: 'look at every option', speaker: 'Marta Ilves' }
		]
	},
	{
		name: 'a middle initial in the name after the quote',
		text: '"The tide waits for nobody," said Marta K. Ilves.',
		quotes: [{ quote: 'The tide waits for nobody', speaker: 'Marta K. Ilves' }]
	},
	{
		name: 'a Dutch particle in the name',
		text: '"The dike will hold," said Jan van der Berg, the chief engineer.',
		quotes: [{ quote: 'The dike will hold', speaker: 'Jan van der Berg' }]
	},
	{
		name: 'an Arabic article in the name',
		text: '"The border is open again," said Omar al-Rashid, a customs officer.',
		quotes: [{ quote: 'The border is open again', speaker: 'Omar al-Rashid' }]
	},
	{
		name: "an Irish O' name",
		text: '"The pitch was heavy," Sean O\'Hare said after the game.',
		quotes: [{ quote: 'The pitch was heavy', speaker: "Sean O'Hare" }]
	},
	{
		name: 'a Vietnamese name of three words',
		text: '"The rice harvest was the worst in years," said Nguyen Thi Lan, a farmer.',
		quotes: [{ quote: 'The rice harvest was the worst', speaker: 'Nguyen Thi Lan' }]
	},
	{
		name: 'a Ghanaian name',
		text: '"We need more teachers," Kwame Mensah told the meeting.',
		quotes: [{ quote: 'We need more teachers', speaker: 'Kwame Mensah' }]
	},
	{
		name: 'an Indian name with a long surname',
		text: '"The monsoon came late this year," said Priya Raghunathan, a weather scientist.',
		quotes: [{ quote: 'The monsoon came late', speaker: 'Priya Raghunathan' }]
	},
	{
		name: 'said Sir X',
		text: '"The museum must stay free," said Sir Aldo Dunmore.',
		quotes: [{ quote: 'The museum must stay free', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'said Professor X',
		text: '"The data are clear," said Professor Marta Ilves of the University of Korvel.',
		quotes: [{ quote: 'The data are clear', speaker: 'Marta Ilves' }]
	},
	{
		name: 'said Sen. X, an abbreviated title',
		text: '"This bill is a mistake," said Sen. Marta Ilves.',
		quotes: [{ quote: 'This bill is a mistake', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a police rank before the name',
		text: '"We are keeping an open mind," Detective Inspector Tomas Roe said.',
		quotes: [{ quote: 'We are keeping an open mind', speaker: 'Tomas Roe' }]
	},
	{
		name: 'a question and its asker after it',
		text: '"How could they do this to us?" asked Rosa Kell, who has lived in the street for 40 years.',
		quotes: [{ quote: 'How could they do this to us?', speaker: 'Rosa Kell' }]
	},
	{
		name: 'as X put it: a quote after a colon',
		text: 'As Marta Ilves put it: "A town without a harbour is just a village."',
		quotes: [{ quote: 'A town without a harbour', speaker: 'Marta Ilves' }]
	},
	{
		name: 'in the words of X, a quote',
		text: 'In the words of Marta Ilves, "a town without a harbour is just a village".',
		quotes: [{ quote: 'a town without a harbour', speaker: 'Marta Ilves' }]
	},
	{
		name: "X's message was clear: a colon quote",
		text: 'Marta Ilves\'s message was clear: "Stay away from the cliffs."',
		quotes: [{ quote: 'Stay away from the cliffs', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X says in the documentary, after the quote',
		text: '"I never wanted to be famous," Petra Saar says in the documentary.',
		quotes: [{ quote: 'I never wanted to be famous', speaker: 'Petra Saar' }]
	},
	{
		name: 'the statement quoted X as saying',
		text: '"We acted within the rules," the statement quoted Aldo Dunmore as saying.',
		quotes: [{ quote: 'We acted within the rules', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X, a …, tells the paper: present tense',
		text: '"Every winter is harder," Rosa Kell, a Korvel native, tells the Herald.',
		quotes: [{ quote: 'Every winter is harder', speaker: 'Rosa Kell' }]
	},
	{
		name: 'X posted on a site, after the quote',
		text: '"See you all next season," Petra Saar posted on Korvel Social.',
		quotes: [{ quote: 'See you all next season', speaker: 'Petra Saar' }]
	},
	{
		name: 'X described the scene as … a partial quote',
		text: 'Rosa Kell described the scene as "utter chaos".',
		quotes: [{ quote: 'utter chaos', speaker: 'Rosa Kell' }]
	},
	{
		name: 'X warned of … a partial quote',
		text: 'Marta Ilves warned of "dire consequences" if the dam failed.',
		quotes: [{ quote: 'dire consequences', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X vowed to … a partial quote',
		text: 'Aldo Dunmore vowed to "fight on until the last day".',
		quotes: [{ quote: 'fight on until the last day', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'X thanked fans for their … a partial quote',
		text: 'Petra Saar thanked fans for their "incredible support" over the years.',
		quotes: [{ quote: 'incredible support', speaker: 'Petra Saar' }]
	},
	{
		name: 'X hit back at critics, saying: a colon quote',
		text: 'Aldo Dunmore hit back at his critics, saying: "They have never run a club."',
		quotes: [{ quote: 'They have never run a club', speaker: 'Aldo Dunmore' }]
	},
	{
		name: '…, X said, before adding: a second quote',
		text: '"We were unlucky," Aldo Dunmore said, before adding: "But we were also poor."',
		quotes: [
			{ quote: 'We were unlucky', speaker: 'Aldo Dunmore' },
			{ quote: 'But we were also poor', speaker: 'Aldo Dunmore' }
		]
	},
	{
		name: 'two speakers in one paragraph, each after the quote',
		text: '"Yes," said Marta Ilves when asked if she would stand again. "Not a chance," said Aldo Dunmore.',
		quotes: [{ quote: 'Not a chance', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'a newspaper reported that … a partial quote',
		text: 'The Korvel Herald reported that the plan was "dead in the water".',
		quotes: [{ quote: 'dead in the water', speaker: 'Korvel Herald' }]
	},
	{
		name: 'one fan, X, said: a colon quote',
		text: 'One fan, Tomas Roe, said: "I have waited thirty years for this."',
		quotes: [{ quote: 'I have waited thirty years', speaker: 'Tomas Roe' }]
	},
	{
		name: 'among those who spoke was X, who said: a colon quote',
		text: 'Among those who spoke was Marta Ilves, who said: "This hall belongs to all of us."',
		quotes: [{ quote: 'This hall belongs to all of us', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X, in tears, said: a colon quote',
		text: 'Rosa Kell, in tears, said: "They took everything we had."',
		quotes: [{ quote: 'They took everything we had', speaker: 'Rosa Kell' }]
	},
	{
		name: 'asked about …, the mayor said: the mayor named before',
		text: 'Marta Ilves, the mayor of Korvel, toured the site on Monday. Asked about the delays, the mayor said: "We are doing all we can."',
		quotes: [{ quote: 'We are doing all we can', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a nested quote with single marks in the middle',
		text: '"He looked at me and said, \'Go home,\' and so I did," Rosa Kell said.',
		quotes: [{ quote: 'He looked at me and said', speaker: 'Rosa Kell' }]
	},
	{
		name: 'X says, present tense, after a name and a long role',
		text: '"Nobody reads the small print," says Aldo Dunmore, a consumer lawyer who has taken on the banks for two decades.',
		quotes: [{ quote: 'Nobody reads the small print', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'the quote in the sentence after the name, with he says',
		text: 'Aldo Dunmore has seen it all before. "Every few years, someone promises a new bridge," he says. "Nothing happens."',
		quotes: [
			{ quote: 'Every few years, someone promises a new bridge', speaker: 'Aldo Dunmore' },
			{ quote: 'Nothing happens.', speaker: 'Aldo Dunmore' }
		]
	},
	{
		name: 'X said in a speech: a colon quote after a date',
		text: 'On Monday, Marta Ilves said in a speech to the council: "The harbour will be dredged this year."',
		quotes: [{ quote: 'The harbour will be dredged', speaker: 'Marta Ilves' }]
	},
	{
		name: 'a quote, then X, the former …, said: a former role',
		text: '"It is the end of an era," Aldo Dunmore, the former captain, said.',
		quotes: [{ quote: 'It is the end of an era', speaker: 'Aldo Dunmore' }]
	},
	{
		name: 'the speaker named by surname only after the full name, verb first',
		text: 'Petra Saar coached the team for a decade. "They were like my own children," said Saar.',
		quotes: [{ quote: 'They were like my own children', speaker: 'Petra Saar' }]
	},
	{
		name: 'a quote that opens with a lowercase word after a colon',
		text: 'Aldo Dunmore said the vote was a turning point: "not just for us, but for the whole region."',
		quotes: [{ quote: 'not just for us', speaker: 'Aldo Dunmore' }]
	},
	{
		name: "a plural organisation's website states: a colon quote",
		text: 'Korvel Ferries\' website states: "Tickets are not refundable."',
		quotes: [{ quote: 'Tickets are not refundable', speaker: 'Korvel Ferries' }]
	},
	{
		name: 'an unfamiliar name, however, said … a partial quote',
		text: 'Oyelaran Adebayo, however, said the plan was "a disaster for farmers".',
		quotes: [{ quote: 'a disaster for farmers', speaker: 'Oyelaran Adebayo' }]
	},
	{
		name: 'an unfamiliar name, for his part, said … a partial quote',
		text: 'Oyelaran Adebayo, for his part, said the plan was "a disaster for farmers".',
		quotes: [{ quote: 'a disaster for farmers', speaker: 'Oyelaran Adebayo' }]
	},
	{
		name: 'an unfamiliar name, last week told … a partial quote',
		text: 'Oyelaran Adebayo last week told the council that the plan was "a disaster for farmers".',
		quotes: [{ quote: 'a disaster for farmers', speaker: 'Oyelaran Adebayo' }]
	},
	{
		name: 'X yesterday said: a time between the name and the cue',
		text: 'Marta Ilves yesterday said the plan was "a disaster for farmers".',
		quotes: [{ quote: 'a disaster for farmers', speaker: 'Marta Ilves' }]
	},
	{
		name: 'an unfamiliar name on a weekday said',
		text: 'Oyelaran Adebayo on Monday said the plan was "a disaster for farmers".',
		quotes: [{ quote: 'a disaster for farmers', speaker: 'Oyelaran Adebayo' }]
	},
	{
		name: 'an unfamiliar name as the subject, then he said in the next sentence',
		text: 'Bogdan Wrzesniak has baked bread in Korvel for thirty years. "Flour has never cost this much," he said.',
		quotes: [{ quote: 'Flour has never cost this much', speaker: 'Bogdan Wrzesniak' }]
	},
	{
		name: 'an unfamiliar name spoke of … a partial quote',
		text: 'Bogdan Wrzesniak spoke of his "utter shock" at the verdict.',
		quotes: [{ quote: 'utter shock', speaker: 'Bogdan Wrzesniak' }]
	},
	{
		name: 'X apologised for … a partial quote',
		text: 'Marta Ilves apologised for the "distress and delay" the closure had caused.',
		quotes: [{ quote: 'distress and delay', speaker: 'Marta Ilves' }]
	},
	{
		name: 'X welcomed the … a partial quote',
		text: 'Marta Ilves welcomed the "long overdue" ruling.',
		quotes: [{ quote: 'long overdue', speaker: 'Marta Ilves' }]
	},
	{
		name: "the writer's question about someone, then a quote alone: their answer",
		text: 'Rosa Kell, a second-year student, skipped a lecture to be there. Why did she want to come so badly? "It is the best show in years. Nobody should miss it."',
		quotes: [{ quote: 'It is the best show in years.', speaker: 'Rosa Kell' }]
	},
	{
		name: 'a time of year named by what happens in it',
		text: 'Hotels on the island are full during the summer tourist season.',
		dates: [{ text: 'the summer tourist season' }]
	},
	{
		name: 'her teammate X added: an owner and a bare noun before the name',
		text: 'Farzana Rahimi led the team. Her teammate Soraya Nazari added: "We never gave up."',
		quotes: [{ quote: 'We never gave up', speaker: 'Soraya Nazari' }]
	},
	{
		name: "X's neighbour Y said: the neighbour speaks",
		text: 'Marta Ilves\'s neighbour Tomas Roe said the fence was "an eyesore".',
		quotes: [{ quote: 'an eyesore', speaker: 'Tomas Roe' }]
	},
	{
		name: 'a court report: the judge sentenced him, saying … a partial quote',
		text: 'Radek Ostrowski was convicted on Friday. Judge Amadou Sissoko sentenced him to six years, saying his crimes were "deliberate and sustained".',
		quotes: [{ quote: 'deliberate and sustained', speaker: 'Amadou Sissoko' }],
		figures: [{ text: 'six years', value: 6, unit: 'years' }]
	},
	{
		name: 'said 15-year-old X: an age before the name',
		text: '"We built it from spare parts," said 15-year-old Farzana Rahimi.',
		quotes: [{ quote: 'We built it from spare parts', speaker: 'Farzana Rahimi' }]
	},
	{
		name: 'a school grade as a title before the name',
		text: 'Senior Jasmine Okafor said the shoot was "totally surreal".',
		quotes: [{ quote: 'totally surreal', speaker: 'Jasmine Okafor' }]
	},
	{
		name: "the newspaper said: the paper named before, by its name's last word",
		text: 'The Korvel Herald broke the story on Monday. The newspaper said the mayor had been "furious".',
		quotes: [{ quote: 'furious', speaker: 'Korvel Herald' }]
	},
	{
		name: 'an interview in Q: and A: labels: the answers are the interviewee',
		text: 'Korvel News spoke to Tomas Roe, who founded the debating site in 2006.\n\nQ: Why did you start the site?\n\nA: I wanted a place where people could weigh "both sides of every question" calmly.',
		quotes: [{ quote: 'both sides of every question', speaker: 'Tomas Roe' }]
	},
	{
		name: "an interview in Q: and A: labels: the interviewer's quote is nobody's",
		text: 'Korvel News spoke to Tomas Roe, who founded the debating site in 2006.\n\nQ: Is the site "fair" to everyone?\n\nA: We try to be.',
		quotes: [{ quote: 'fair', speaker: null }]
	},
	// Figures (court, sports, science, British and Indian house styles)
	{
		name: 'jailed for six years: a duration',
		text: 'Aldo Dunmore was jailed for six years on Friday.',
		figures: [{ text: 'six years', value: 6, unit: 'years' }]
	},
	{
		name: 'sentenced to 18 months: a duration',
		text: 'Aldo Dunmore was sentenced to 18 months in prison.',
		figures: [{ text: '18 months', value: 18, unit: 'months' }]
	},
	{
		name: 'a 10-point lead: points',
		text: 'Korvel opened up a 10-point lead before half-time.',
		figures: [{ text: '10-point', value: 10 }]
	},
	{
		name: 'a time in seconds with decimals',
		text: 'Petra Saar won the final in 11.42 seconds.',
		figures: [{ text: '11.42 seconds', value: 11.42, unit: 'seconds' }]
	},
	{
		name: 'Indian style: crore rupees',
		text: 'The council set aside Rs 50 crore for the new bridge.',
		figures: [{ text: 'Rs 50 crore', value: 5e8, unit: 'INR' }]
	},
	{
		name: 'Indian style: lakh of a count',
		text: 'About 2 lakh people visited the fair.',
		figures: [{ text: '2 lakh', value: 2e5, unit: 'count' }]
	},
	{
		name: 'British style: £1.5bn',
		text: 'The scheme will cost £1.5bn.',
		figures: [{ text: '£1.5bn', value: 1.5e9, unit: 'GBP' }]
	},
	{
		name: 'fined and ordered to pay costs: two amounts',
		text: 'Aldo Dunmore was fined £5,000 and ordered to pay £1,200 in costs.',
		figures: [
			{ text: '£5,000', value: 5000, unit: 'GBP' },
			{ text: '£1,200', value: 1200, unit: 'GBP' }
		]
	},
	{
		name: 'hours of community service',
		text: 'Aldo Dunmore was ordered to do 200 hours of community service.',
		figures: [{ text: '200 hours', value: 200, unit: 'hours' }]
	},
	{
		name: 'nine of the 12 jurors: a count',
		text: 'Nine of the 12 jurors found him guilty.',
		figures: [{ text: '12', value: 12, unit: 'count' }]
	},
	{
		name: 'square kilometres',
		text: 'The reserve covers 120 square kilometres of marsh.',
		figures: [{ text: '120 square kilometres', value: 120 }]
	},
	{
		name: 'an area with a superscript unit (W21: "173 km²" asked as "173 km" with a stray "²")',
		text: 'The canton has an area of 173 km² and a population of 15,000.',
		figures: [{ text: '173 km²', value: 173, unit: 'square kilometres' }]
	},
	{
		name: 'a margin of votes',
		text: 'Marta Ilves won by a margin of 312 votes.',
		figures: [{ text: '312', value: 312, unit: 'count' }]
	},
	{
		name: 'three in 10: a proportion with a digit',
		text: 'Three in 10 residents said they would leave.',
		figures: [{ text: 'Three in 10', value: 30 }]
	},
	{
		name: 'in his 80s: an age decade',
		text: 'A man in his 80s was rescued from the water.',
		figures: [{ text: '80s', value: 80 }]
	},
	// Dates
	{
		name: 'the previous week',
		text: 'The ferry sank on Friday. The crew had reported a leak the previous week.',
		dates: [{ text: 'previous week' }]
	},
	{
		name: 'the following morning',
		text: 'The storm struck on Monday night. Divers found the wreck the following morning.',
		dates: [{ text: 'following morning' }]
	},
	{
		name: 'a decade ago',
		text: 'The mill closed a decade ago.',
		dates: [{ text: 'a decade ago', value: '2014' }]
	},
	{
		name: 'from one year to another: two dates',
		text: 'Marta Ilves was mayor from 1998 to 2003.',
		dates: [
			{ text: '1998', value: '1998' },
			{ text: '2003', value: '2003' }
		]
	},
	{
		name: 'British clock time with a dot',
		text: 'The fire broke out at 10.30am on Saturday.',
		dates: [{ text: '10.30am' }]
	},
	{
		name: 'a fortnight ago',
		text: 'The ferry was last seen a fortnight ago.',
		dates: [{ text: 'fortnight ago', value: '2024-02-29' }]
	},
	{
		name: 'at the weekend: British',
		text: 'Thousands marched through Korvel at the weekend.',
		dates: [{ text: 'at the weekend' }]
	},
	{
		name: 'the turn of the century',
		text: 'The harbour was built at the turn of the century.',
		dates: [{ text: 'turn of the century' }]
	},
	{
		name: 'in January this year',
		text: 'The bakery opened in January this year.',
		dates: [{ text: 'January', value: '2024-01' }]
	},
	{
		name: 'an Indian fiscal year',
		text: 'The state spent more on roads in 2022-23 than ever before.',
		dates: [{ text: '2022-23' }]
	},
	{
		name: 'the eve of a dated day',
		text: 'On the eve of the vote, Marta Ilves toured the island.',
		dates: [{ text: 'On the eve' }]
	},
	{
		name: 'the next morning',
		text: 'Rosa Kell was arrested on Saturday and released the next morning.',
		dates: [{ text: 'next morning' }]
	},
	{
		name: 'in the spring of a year',
		text: 'The ferry was launched in the spring of 2012.',
		dates: [{ text: 'spring of 2012' }]
	},
	{
		name: 'the 90s with an apostrophe',
		text: "The club was at its best in the '90s.",
		dates: [{ text: "'90s" }]
	},
	{
		name: 'since a year: British',
		text: 'Marta Ilves has led the board since 2004.',
		dates: [{ text: '2004', value: '2004' }]
	},
	{
		name: 'a week on a weekday: British',
		text: 'The verdict is due a week on Friday.',
		dates: [{ text: 'Friday' }]
	},
	{
		name: 'earlier this week',
		text: 'The council voted earlier this week to close the pool.',
		dates: [{ text: 'earlier this week', value: '2024-03-11/2024-03-17' }]
	},
	{
		name: 'last weekend',
		text: 'The pool was closed last weekend.',
		dates: [{ text: 'last weekend' }]
	},
	{
		name: 'at 3pm: a clock time without a space',
		text: 'The match kicks off at 3pm on Saturday.',
		dates: [{ text: '3pm' }]
	},
	{
		name: 'on 4 July with no year',
		text: 'The bridge reopens on 4 July.',
		dates: [{ text: '4 July', value: '2024-07-04' }]
	},
	{
		name: 'in the third quarter',
		text: 'Profits rose in the third quarter.',
		dates: [{ text: 'third quarter' }]
	},
	{
		name: 'on opening night: a day named by its event',
		text: 'The gallery was packed on opening night.',
		dates: [{ text: 'opening night' }]
	},
	{
		name: 'election day: a day named by its event',
		text: 'Voters in Korvel queued for hours on election day.',
		dates: [{ text: 'election day' }]
	},
	{
		name: 'by the end of the day, in a narrated day',
		text: 'The storm hit Korvel on Monday. By the end of the day, the roads were clear.',
		dates: [{ text: 'end of the day' }]
	},
	{
		name: 'in the evening, in a narrated day',
		text: 'The ferry left on Saturday. In the evening, the wind dropped.',
		dates: [{ text: 'In the evening' }]
	},
	{
		name: 'day three of a hearing',
		text: 'On day three of the hearing, Marta Ilves gave evidence.',
		dates: [{ text: 'day three' }]
	},
	{
		name: 'the morning of a weekday',
		text: 'The body was found on the morning of Tuesday.',
		dates: [{ text: 'Tuesday', value: '2024-03-12' }]
	}
];

describe('issue 9: how reporting is written (invented sentences)', () => {
	for (const row of BATTERY)
		it(row.name, () => {
			const bank = generateBank({ text: `Battery\n\n${row.text}`, date: ARTICLE_DATE });
			expect([
				...quoteProblems(bank, row.quotes ?? []),
				...figureProblems(bank, row.figures ?? []),
				...dateProblems(bank, row.dates ?? [])
			]).toEqual([]);
		});
});
