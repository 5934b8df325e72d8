// The choice of a broedplaats for a command (plan, invite, follow-up, half-day) when the user has several.
import type { Turn } from '../../bot/feature';
import { renderChoiceCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';
import { networkKey, type Broedplaats } from '../../domain/broedplaats';
import { cleanText, escapeMarkdown } from '../../domain/text';
import type { Texts } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { mayManage } from './access';

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

/**
 * The broedplaatsen the actor may manage (contact, facilitator, project lead), narrowed to those whose network
 * name contains `args` when given. When there are none, the actor is told why and the list is empty.
 */
export async function manageableNamed(
  deps: FeatureDeps,
  turn: Turn,
  args: string,
  /** What the asker wanted, for the refusal: plan (the default), invite, a follow-up, a half-day, the results. */
  purpose?: keyof Texts['common']['notContactFor'],
): Promise<Broedplaats[]> {
  const all = await deps.store.broedplaatsen.list();
  const allowed = await Promise.all(all.map((b) => mayManage(deps, turn, b)));
  const mine = all.filter((_, i) => allowed[i]);
  if (mine.length === 0) {
    await turn.send(purpose ? turn.t.common.notContactFor[purpose] : turn.t.common.notContact);
    return [];
  }
  if (!args) return mine;
  const named = mine.filter((b) => networkKey(b.network.name).includes(networkKey(args)));
  if (named.length === 0) {
    await turn.send(
      turn.t.common.noSuchNetwork({ name: escapeMarkdown(cleanText(args, false).slice(0, 100)) }),
    );
  }
  return named;
}
