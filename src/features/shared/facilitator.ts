// A contact (or the project lead) confirms or refuses the Teams account that matched the facilitator's e-mail.
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { isContact, isProjectLead } from '../../domain/roles';
import { escapeMarkdown } from '../../domain/text';
import { localeOf, textsFor } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { grantsOf, refusedAsFacilitator } from './access';

/** A contact (or the project lead) confirms or refuses the account that claimed to be the facilitator. */
export async function decideFacilitatorClaim(
  deps: FeatureDeps,
  turn: Turn,
  data: { broedplaatsId: string; claimant: string; answer: 'yes' | 'no' },
): Promise<ActionOutcome> {
  const t = turn.t.facilitatorClaim;
  const row = await deps.store.broedplaatsen.get(data.broedplaatsId);
  if (!row) return { message: turn.t.common.notFound };
  const b = row.value;
  const grants = await grantsOf(deps, turn);
  if (!isContact(b, turn.actor, grants) && !isProjectLead(turn.actor, deps.config.projectLeadIds, grants))
    return { message: t.notYours };
  const claim = b.facilitator.chosen ? b.facilitator.claim : undefined;
  if (!b.facilitator.chosen || b.facilitator.aadObjectId || refusedAsFacilitator(b, data.claimant))
    return { card: renderNoticeCard({ text: t.handled }) };
  // Another account claimed since this card was sent: only the newest claim can be decided.
  if (!claim || claim.aadObjectId !== data.claimant)
    return { card: renderNoticeCard({ text: t.superseded }) };
  const accept = data.answer === 'yes';
  let decided = false;
  await deps.store.broedplaatsen.update(b.id, (current) => {
    const f = current.facilitator;
    if (!f.chosen || f.aadObjectId || f.claim?.aadObjectId !== data.claimant || f.claim.refusedAt)
      return undefined;
    decided = true;
    return accept
      ? {
          ...current,
          facilitator: { chosen: true, name: f.name, email: f.email, aadObjectId: data.claimant },
        }
      : {
          ...current,
          facilitator: {
            chosen: true,
            name: f.name,
            email: f.email,
            refusedClaimants: [...(f.refusedClaimants ?? []), data.claimant],
          },
        };
  });
  if (!decided) return { card: renderNoticeCard({ text: t.handled }) };
  const chat = await deps.store.conversations.personalChatOf(data.claimant);
  const theirs = textsFor(localeOf(chat?.address.locale ?? turn.locale)).facilitatorClaim;
  await deps.outbox.deliver(
    { kind: 'user', aadObjectId: data.claimant, tenantId: b.origin.tenantId, hint: turn.address },
    accept
      ? theirs.confirmed({ network: escapeMarkdown(b.network.name), by: escapeMarkdown(turn.actor.name) })
      : theirs.refused({ network: escapeMarkdown(b.network.name) }),
    { purpose: 'facilitator-claim', broedplaatsId: b.id, recipient: claim.name },
  );
  const name = escapeMarkdown(claim.name);
  return {
    card: renderNoticeCard({
      text: accept ? t.accepted({ name }) : t.rejected({ name }),
      color: accept ? 'Good' : 'Default',
    }),
  };
}
