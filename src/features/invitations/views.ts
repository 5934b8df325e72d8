// The cards of invitations in words: the invitation (for the invitee, or read-only) and the contact's tally.
import { renderInvitationCard, type InvitationCardData } from '../../cards/invitation';
import type { AdaptiveCard } from '../../cards/render';
import { renderRsvpTallyCard } from '../../cards/rsvp-tally';
import type { Broedplaats } from '../../domain/broedplaats';
import { tallyRsvps, type Invitation, type Rsvp, type RsvpAnswer } from '../../domain/invitation';
import {
  formatSlot,
  linkVoterId,
  VOTE_ANSWERS,
  voterKey,
  type Meeting,
  type Vote,
  type VoteAnswer,
} from '../../domain/meeting';
import type { Locale, Texts } from '../../i18n';
import * as verbs from './verbs';

/** "komt", "kan niet", … for an answer. */
export function answerText(t: Texts, answer: RsvpAnswer): string {
  return t.invitations.answers[answer];
}

/** When a meeting is, in words ("di 16 mrt 2027, 14:00–16:30" or "datum wordt nog gekozen"). */
export function whenText(t: Texts, locale: Locale, m: Meeting): string {
  return m.start && m.end ? formatSlot({ start: m.start, end: m.end }, locale) : t.invitations.whenPolling;
}

/** "Naam (Organisatie)". */
export function inviteeLabel(inv: Invitation): string {
  return inv.invitee.organisation ? `${inv.invitee.name} (${inv.invitee.organisation})` : inv.invitee.name;
}

/**
 * The invitee's own marks on the date poll (votes as counted, given in Teams or on their answer page), by slot id:
 * by their Entra id, or for someone outside Teams by the voter id of their page.
 */
export function marksOf(inv: Invitation, votes: readonly Vote[]): Record<string, VoteAnswer> {
  const key = inv.invitee.aadObjectId || linkVoterId(inv.id);
  const marks: Record<string, VoteAnswer> = {};
  for (const v of votes) if (voterKey(v) === key) marks[v.slotId] = v.answer;
  return marks;
}

export interface InvitationView {
  /** The invitee looks at it: answer inputs and buttons; anyone else: read-only. */
  forInvitee: boolean;
  /** Answers can still be given (meeting not started, not cancelled). */
  open: boolean;
  rsvp?: Rsvp;
  /** A line at the top (saved, reminder, refused answer, …). */
  status?: { text: string; color: InvitationCardData['statusColor'] };
  /** Values typed, shown again with an error. */
  note?: string;
  /** A delegate typed and refused (name or address missing or wrong): shown again, the section open. */
  delegate?: { name: string; email: string };
  /** The invitee's marks on the date poll (`marksOf`), shown on the moments while the date is being chosen. */
  marks?: Readonly<Record<string, VoteAnswer>>;
}

/** The invitation card of `inv` for meeting `m` of broedplaats `b`. */
export function invitationCard(
  t: Texts,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  inv: Invitation,
  all: readonly Invitation[],
  rsvps: readonly Rsvp[],
  view: InvitationView,
): AdaptiveCard {
  const c = t.invitations.card;
  const coming = all
    .filter(
      (other) =>
        other.id !== inv.id && rsvps.some((r) => r.invitationId === other.id && r.answer === 'accepted'),
    )
    .map(inviteeLabel);
  const details: InvitationCardData['details'] = [
    { label: c.question, value: b.question },
    { label: c.purpose, value: m.purpose },
    { label: c.when, value: whenText(t, locale, m) },
    ...(m.location ? [{ label: c.where, value: m.location }] : []),
    ...(m.onlineUrl ? [{ label: c.online, value: m.onlineUrl }] : []),
    { label: c.others, value: coming.length ? coming.join(', ') : c.noOthers },
    { label: c.why, value: inv.reason ?? c.whyDefault[inv.invitee.category] },
  ];
  const canAnswer = view.forInvitee && view.open;
  const ids = { broedplaatsId: b.id, meetingId: m.id, invitationId: inv.id };
  const moments =
    canAnswer && m.status === 'polling'
      ? m.slots.map((slot) => {
          const mine = view.marks?.[slot.id];
          return {
            when: formatSlot(slot, locale),
            mine: mine ? c.markMine({ answer: c.marks[mine] }) : '',
            buttons: VOTE_ANSWERS.map((answer) => ({
              title: markIf(c.marks[answer], mine === answer),
              data: verbs.rsvpMark.data({ ...ids, slotId: slot.id, answer }),
            })),
          };
        })
      : [];
  const status = !view.open
    ? { text: m.status === 'cancelled' ? t.web.cancelled : t.invitations.closed, color: 'Attention' as const }
    : !view.forInvitee
      ? { text: c.readOnly({ name: inv.invitee.name }), color: 'Default' as const }
      : view.status;
  return renderInvitationCard({
    verbs: { answer: verbs.rsvpAnswer.name, mark: verbs.rsvpMark.name },
    title: c.title({ network: b.network.name }),
    invitedBy: c.invitedBy({ name: inv.invitedBy.name, number: m.number }),
    status: status?.text ?? '',
    statusColor: status?.color ?? 'Default',
    details,
    yourAnswer: view.forInvitee && view.rsvp ? c.yourAnswer({ answer: answerText(t, view.rsvp.answer) }) : '',
    canAnswer,
    noteLabel: c.note,
    note: view.note ?? view.rsvp?.note ?? '',
    noteError: t.invitations.noteTooLong,
    delegateOpen: Boolean(view.delegate),
    delegateName: view.delegate?.name ?? '',
    delegateEmail: view.delegate?.email ?? '',
    delegateNameLabel: c.delegateName,
    delegateNameError: t.invitations.delegateMissing,
    delegateEmailLabel: c.delegateEmail,
    delegateEmailError: t.invitations.delegateEmail,
    delegateSubmitLabel: c.delegateSubmit,
    delegateLabel: c.delegate,
    answerButtons: canAnswer
      ? [
          { title: markIf(c.accept, view.rsvp?.answer === 'accepted'), answer: 'accepted' },
          { title: markIf(c.tentative, view.rsvp?.answer === 'tentative'), answer: 'tentative' },
          { title: markIf(c.decline, view.rsvp?.answer === 'declined'), answer: 'declined' },
        ]
      : [],
    momentsIntro: c.moments,
    moments,
    ...ids,
  });
}

function markIf(title: string, chosen: boolean): string {
  return chosen ? `✓ ${title}` : title;
}

/** The contact's overview: counts, and per invitee their answer, note and delegate. */
export function tallyCard(
  t: Texts,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  all: readonly Invitation[],
  rsvps: readonly Rsvp[],
): AdaptiveCard {
  const byInvitation = new Map(rsvps.map((r) => [r.invitationId, r]));
  const colors = {
    accepted: 'Good',
    tentative: 'Warning',
    declined: 'Attention',
    delegated: 'Default',
  } as const;
  return renderRsvpTallyCard({
    verbs: { texts: verbs.inviteTexts.name },
    title: t.invitations.tally.title({ network: b.network.name, number: m.number }),
    when: whenText(t, locale, m),
    counts: t.invitations.tally.counts(tallyRsvps(all, rsvps)),
    rows: all.map((inv) => {
      const r = byInvitation.get(inv.id);
      const delegate =
        r?.answer === 'delegated' && r.delegate
          ? ` – ${t.invitations.tally.delegate({ name: r.delegate.name })}`
          : '';
      return {
        who: inviteeLabel(inv),
        note: [r?.note, delegate.replace(/^ – /, '')].filter(Boolean).join(' · '),
        answer: r ? answerText(t, r.answer) : t.invitations.tally.noAnswer,
        color: r ? colors[r.answer] : 'Default',
      };
    }),
    textsLabel: all.length ? t.invitations.tally.texts : '',
    broedplaatsId: b.id,
    meetingId: m.id,
  });
}
