// No card may carry an input that Teams checks itself without saying why: such a button does nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import { silentlyBlockingInputs } from '../driver/card-check';

const CARDS = path.join(__dirname, '..', '..', 'cards');
const templates = fs.readdirSync(CARDS).filter((f) => f.endsWith('.json'));

describe('inputs Teams would block silently', () => {
  it('finds the cards folder', () => {
    expect(templates).toEqual(expect.arrayContaining(['plan-form.json', 'invite-form.json']));
  });

  it.each(templates)('%s: every input with min, max, isRequired, regex or maxLength says why', (file) => {
    const template: unknown = JSON.parse(fs.readFileSync(path.join(CARDS, file), 'utf8'));
    expect(silentlyBlockingInputs(template)).toEqual([]);
  });

  it('names an input that Teams would block without a word, and accepts one with its message', () => {
    const card = (input: Record<string, unknown>) => ({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Container', items: [{ type: 'Input.Date', id: 'date1', ...input }] }],
    });
    expect(silentlyBlockingInputs(card({ min: '2027-03-02' }))).toEqual([
      'Input.Date "date1" has min but no errorMessage: Teams blocks its buttons without a word',
    ]);
    expect(silentlyBlockingInputs(card({ isRequired: true, maxLength: 5, errorMessage: ' ' }))).toHaveLength(
      1,
    );
    expect(silentlyBlockingInputs(card({ max: '2027-03-02', errorMessage: 'Niet in de toekomst.' }))).toEqual(
      [],
    );
    expect(silentlyBlockingInputs(card({ isRequired: false }))).toEqual([]);
  });
});
