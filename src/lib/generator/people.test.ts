import { describe, expect, it } from 'vitest';
import { buildPeople } from './people';
import { segment } from './segment';

function people(text: string, authors: string[] = []) {
	const table = buildPeople({ text, ...segment(text), authors });
	const byMention = (s: string) => {
		const at = text.indexOf(s);
		const m = table.mentions.find((x) => x.start <= at && x.end >= at + 1);
		return m && table.entities[m.entity]!.name;
	};
	return { table, byMention };
}

describe('people', () => {
	it('links titles, bare surnames and surname-first names to the first full mention', () => {
		const text =
			'President Vladimir V. Putin of Russia and China’s top leader Xi Jinping met. Mr. Xi spoke. Later Putin left.';
		const { table, byMention } = people(text);
		expect(byMention('Mr. Xi')).toBe('Xi Jinping');
		expect(byMention('Putin left')).toBe('Vladimir V. Putin');
		const putin = table.entities.find((e) => e.name === 'Vladimir V. Putin');
		expect(putin?.role).toBe('President of Russia');
		expect(table.entities.find((e) => e.name === 'Xi Jinping')?.role).toBe('China’s top leader');
	});

	it('takes the role from an appositive', () => {
		const { table } = people(
			'It was clear, said Alexander Gabuev, a senior fellow at the Carnegie Endowment for International Peace.'
		);
		expect(table.entities.find((e) => e.name === 'Alexander Gabuev')?.role).toBe(
			'a senior fellow at the Carnegie Endowment for International Peace'
		);
	});

	it('tells two people with the same surname apart by title', () => {
		const text =
			'Dana Reyes voted yes. Mark Reyes, a shop owner, objected. Mr. Reyes said no. Ms. Reyes said yes.';
		const { byMention } = people(text);
		expect(byMention('Mr. Reyes')).toBe('Mark Reyes');
		expect(byMention('Ms. Reyes')).toBe('Dana Reyes');
	});

	it('never lists a credited reporter', () => {
		const text =
			'John Ismay said it was late.\n\nvalerie hopkins reported from Moscow. The report was contributed by John Ismay.';
		const { table } = people(text, ['Valerie Hopkins']);
		expect(table.entities.map((e) => e.name)).not.toContain('John Ismay');
		expect(table.reporters).toEqual(['john ismay', 'valerie hopkins']);
	});
});
