import { nameScrubber } from '../../src/domain/name-scrub';

describe('replacing known names in free text', () => {
  const scrub = nameScrubber([
    { name: 'Irene de Vries', pseudonym: 'P-aaaaaaaaaaaa' },
    { name: 'Mark Jansen', pseudonym: 'P-bbbbbbbbbbbb' },
    { name: 'Mark Pieters', pseudonym: 'P-cccccccccccc' },
    { name: 'Al', pseudonym: 'P-dddddddddddd' },
  ]);

  it.each([
    ['Irene de Vries vraagt de inspectie', 'P-aaaaaaaaaaaa vraagt de inspectie'],
    ['irene DE  vries belt OCW', 'P-aaaaaaaaaaaa belt OCW'],
    ['Irene vraagt de inspectie om uitleg', 'P-aaaaaaaaaaaa vraagt de inspectie om uitleg'],
    ['Afspraak met Irene, en met Mark', 'Afspraak met P-aaaaaaaaaaaa, en met [naam]'],
    ['Mark Jansen en Mark Pieters', 'P-bbbbbbbbbbbb en P-cccccccccccc'],
    ['We markeren de irene-achtige gevallen', 'We markeren de irene-achtige gevallen'],
    ['Irenes plan', 'Irenes plan'],
    ['Al het werk is gedaan', 'Al het werk is gedaan'],
  ])('%p becomes %p', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('leaves a text without known names, and empty values, as they are', () => {
    expect(scrub('Ministerie van OCW')).toBe('Ministerie van OCW');
    expect(scrub(undefined)).toBeUndefined();
    expect(nameScrubber([])('Irene')).toBe('Irene');
  });
});
