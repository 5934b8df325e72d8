// The reflection card in Teams is short to fill in: the 1–5 scales are one compact choice each (the ends named),
// not a column of five radio buttons per question; the few-option questions stay radio buttons.
import { reflectionCard } from '../../src/features/reflection/views';
import { textsFor } from '../../src/i18n';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Meeting } from '../../src/domain/meeting';

function inputs(
  card: unknown,
): Record<string, { style?: string; placeholder?: string; choices?: { title: string }[] }> {
  const found: Record<string, { style?: string; placeholder?: string; choices?: { title: string }[] }> = {};
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    const e = o as Record<string, unknown>;
    if (typeof e.type === 'string' && e.type.startsWith('Input.') && typeof e.id === 'string')
      found[e.id] = e as (typeof found)[string];
    Object.values(e).forEach(walk);
  };
  walk(card);
  return found;
}

describe('the reflection card', () => {
  const b = { id: 'b1', network: { name: 'LOOT' } } as unknown as Broedplaats;
  const m = { id: 'm1', number: 1 } as unknown as Meeting;

  it.each(['nl', 'en'] as const)('has compact 1–5 scales with named ends (%s)', (locale) => {
    const t = textsFor(locale);
    const card = inputs(reflectionCard(t, b, m, { open: true }));
    for (const id of ['usefulness', 'systemValue', 'researchValue']) {
      expect([id, card[id]?.style]).toEqual([id, 'compact']);
      expect(card[id]?.placeholder).toBe(t.reflection.card.pickScale);
      expect(card[id]?.choices?.[0]?.title).toBe(t.reflection.card.scalePoint({ n: 1 }));
      expect(card[id]?.choices?.[4]?.title).toBe(t.reflection.card.scalePoint({ n: 5 }));
    }
    expect(card.researchValue?.choices?.at(-1)?.title).toBe(t.reflection.card.notApplicable);
    expect(card.newContacts?.style).toBe('expanded');
    expect(card.followUpWish?.style).toBe('expanded');
  });
});
