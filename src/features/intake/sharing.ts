// `delen`: a contact chooses whether other networks with a related question see their broedplaats's name,
// development question and contact (asked at the intake; without a yes they see only its theme).
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';
import { networkKey, sharesWithNetworks, type Broedplaats } from '../../domain/broedplaats';
import { isContact } from '../../domain/roles';
import { cleanText, escapeMarkdown } from '../../domain/text';
import type { Texts } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { grantsOf } from '../shared/access';
import { broedplaatsChoice } from '../shared/choose';
import * as verbs from './verbs';

/** The button that says yes (or no) to showing broedplaats `id` to other networks. */
export function shareButton(
  t: Texts,
  broedplaatsId: string,
  answer: 'yes' | 'no' = 'yes',
): { title: string; verb: string; data: Record<string, string> } {
  return {
    title: answer === 'yes' ? t.sharing.yes : t.sharing.no,
    verb: verbs.sharingSet.name,
    data: verbs.sharingSet.data({ broedplaatsId, answer }),
  };
}

/** What other networks see of `b` now, with the button that changes it. */
function sharingCard(t: Texts, b: Broedplaats): AdaptiveCard {
  const shared = sharesWithNetworks(b);
  return renderNoticeCard({
    title: t.sharing.title({ network: escapeMarkdown(b.network.name) }),
    text: shared ? t.sharing.shown : t.sharing.hidden,
    color: shared ? 'Good' : 'Default',
    submit: [shareButton(t, b.id, shared ? 'no' : 'yes')],
  });
}

/** The broedplaatsen the actor is a contact of (from the intake or given the role). */
async function ownBroedplaatsen(deps: FeatureDeps, turn: Turn): Promise<Broedplaats[]> {
  const grants = await grantsOf(deps, turn);
  return (await deps.store.broedplaatsen.list()).filter((b) => isContact(b, turn.actor, grants));
}

/** `delen [netwerk]`: the sharing card of the actor's broedplaats, or a choice when they are a contact of several. */
export async function shareCommand(deps: FeatureDeps, turn: Turn, args: string): Promise<void> {
  const mine = await ownBroedplaatsen(deps, turn);
  if (mine.length === 0) return void (await turn.send(turn.t.sharing.notContact));
  const named = args ? mine.filter((b) => networkKey(b.network.name).includes(networkKey(args))) : mine;
  if (named.length === 0) {
    const name = escapeMarkdown(cleanText(args, false).slice(0, 100));
    return void (await turn.send(turn.t.common.noSuchNetwork({ name })));
  }
  const [only] = named;
  if (named.length === 1 && only) return void (await turn.send({ card: sharingCard(turn.t, only) }));
  await turn.send({ card: broedplaatsChoice(turn, turn.t.sharing.choose, verbs.sharingChoose.name, named) });
}

/** The broedplaats picked on the choice card: its sharing card. */
export async function onShareChosen(
  deps: FeatureDeps,
  turn: Turn,
  data: { broedplaatsId: string },
): Promise<ActionOutcome> {
  const b = (await ownBroedplaatsen(deps, turn)).find((x) => x.id === data.broedplaatsId);
  return b ? { card: sharingCard(turn.t, b) } : { message: turn.t.sharing.notYours };
}

/** Yes or no on the sharing card: only a contact of the broedplaats changes it; the card shows the new state. */
export async function onShareSet(
  deps: FeatureDeps,
  turn: Turn,
  data: { broedplaatsId: string; answer: 'yes' | 'no' },
): Promise<ActionOutcome> {
  const row = await deps.store.broedplaatsen.get(data.broedplaatsId);
  if (!row || !isContact(row.value, turn.actor, await grantsOf(deps, turn)))
    return { message: turn.t.sharing.notYours };
  const allowed = data.answer === 'yes';
  const by = { aadObjectId: turn.actor.aadObjectId ?? turn.actor.id, name: turn.actor.name };
  const at = deps.now().toISOString();
  const saved = await deps.store.broedplaatsen.update(data.broedplaatsId, (b) =>
    sharesWithNetworks(b) === allowed && b.shareWithNetworks
      ? undefined
      : { ...b, shareWithNetworks: { allowed, at, by } },
  );
  return { card: sharingCard(turn.t, saved?.value ?? row.value) };
}
