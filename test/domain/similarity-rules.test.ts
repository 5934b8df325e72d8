import { rankRelated, terms, type Comparable } from '../../src/domain/similarity';

const question = (id: string, text: string, theme: Comparable['theme']): Comparable => ({
  id,
  networkName: id,
  question: text,
  tried: 'Overleg.',
  theme,
  systemBarriers: [],
});

describe('related questions', () => {
  it('leaves Dutch and English stop words out of the terms compared', () => {
    expect(terms('Maar zonder alles toch omdat het moet, but only because of it')).toEqual([]);
    expect(terms('Burgerschap maar examens')).toEqual(['burgerschap', 'exam']);
  });

  it('finds no relation in words such as "maar", "zonder" or "but" alone', () => {
    const subject = question(
      'a',
      'Burgerschap, maar zonder alles toch omdat het moet? But only because.',
      'anders',
    );
    const other = question(
      'b',
      'Roosters, maar zonder alles toch omdat het moet? But only because.',
      'curriculum',
    );
    expect(rankRelated(subject, [other])).toEqual([]);
  });
});
