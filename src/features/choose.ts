// The choice of a broedplaats for a command (plan, invite, follow-up, half-day) when the user has several.
import type { Turn } from '../bot/feature';
import { renderChoiceCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import type { Broedplaats } from '../domain/broedplaats';

export function broedplaatsChoice(
  turn: Turn,
  text: string,
  verb: string,
  options: Broedplaats[],
): AdaptiveCard {
  return renderChoiceCard({
    text,
    verb,
    field: 'broedplaatsId',
    fixed: {},
    options: options.map((b) => ({ title: b.network.name, value: b.id })),
    label: turn.t.choice.label,
    submitLabel: turn.t.choice.submit,
  });
}
