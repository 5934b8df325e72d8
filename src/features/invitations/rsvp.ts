// Answering an invitation (accept, tentative, decline, send a delegate): only by the invitee, until the meeting starts.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import type { Broedplaats } from '../../domain/broedplaats';
import {
  answersOpen,
  INVITE_TEXT,
  isInvitee,
  isLate,
  type Invitation,
  type Rsvp,
  type RsvpAnswer,
} from '../../domain/invitation';
import { formatSlot, type Meeting } from '../../domain/meeting';
import { cleanText, escapeMarkdown, textLength } from '../../domain/text';
import { localeOf, textsFor } from '../../i18n';
import type { ConversationAddress } from '../../store/conversations';
import type { FeatureDeps } from '../../bot/deps';
import { contactsOf, mayManage } from '../shared/access';
import { meetingTitle } from '../scheduling';
import { refreshInvitationCards } from './cards-now';
import { briefDelegate } from './delegates';
import { loadInvitation, pollVotes, type InvitationIds } from './load';
import { answerText, inviteeLabel, invitationCard, marksOf, tallyCard } from './views';

const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[a-z]{2,}$/i;

export interface RsvpInput extends InvitationIds {
  answer: RsvpAnswer;
  note?: string;
  delegateName?: string;
  delegateEmail?: string;
}

/** Brings the contact's tally card up to date (coalesced, through the outbox). */
export async function refreshTally(
  deps: FeatureDeps,
  b: Broedplaats,
  m: Meeting,
  all?: readonly Invitation[],
  rsvps?: readonly Rsvp[],
): Promise<void> {
  if (!m.rsvpCard) return;
  await deps.coalescer
    .request(`rsvp:${m.id}`, async () => {
      // Read when the update runs: a request that joins a queued run must not show an older meeting.
      const [bNow, mNow, invitations, answers] = await Promise.all([
        deps.store.broedplaatsen.get(b.id),
        deps.store.meetings.get(b.id, m.id),
        deps.store.invitations.listFor(m.id),
        deps.store.invitations.rsvpsOf(m.id),
      ]);
      const meeting = mNow?.value ?? m;
      const place = meeting.rsvpCard;
      if (!place) return;
      const conversation = await deps.store.conversations.get(place.conversationId);
      if (!conversation) return;
      const locale = place.locale ?? localeOf(conversation.value.address.locale);
      const card = tallyCard(
        textsFor(locale),
        locale,
        bNow?.value ?? b,
        meeting,
        invitations.length ? invitations : (all ?? []),
        answers.length ? answers : (rsvps ?? []),
      );
      await deps.outbox.deliver(
        { kind: 'update', address: conversation.value.address, messageId: place.messageId, card },
        { card },
        {
          purpose: 'rsvp-tally',
          broedplaatsId: b.id,
        },
      );
    })
    .catch((e: unknown) => deps.logger.warn({ err: e }, 'tally card not updated'));
}

/** Why an answer was not stored; the same for the Teams card and the web page. */
export type RsvpProblem = 'closed' | 'noteTooLong' | 'delegateMissing' | 'delegateEmail';

export interface RsvpSubject {
  b: Broedplaats;
  m: Meeting;
  inv: Invitation;
  /** Who answers (the invitee in Teams; for the web page the invitation itself). */
  by: Rsvp['by'];
  via: NonNullable<Rsvp['via']>;
  /** Where late-change alerts to contacts may open a personal chat. */
  tenantId?: string;
  hint?: ConversationAddress;
}

export type RsvpResult =
  | { ok: true; rsvp: Rsvp; all: Invitation[]; rsvps: Rsvp[]; before?: Rsvp }
  | { ok: false; problem: RsvpProblem; note: string; all: Invitation[]; rsvps: Rsvp[]; before?: Rsvp };

/**
 * Stores an answer to an invitation as that invitation's own row (the Teams card and the web page both come
 * here): checked, a late decline or delegate told to the contacts at once, the contact's tally card updated.
 */
export async function recordRsvp(
  deps: FeatureDeps,
  subject: RsvpSubject,
  input: Pick<RsvpInput, 'answer' | 'note' | 'delegateName' | 'delegateEmail'>,
): Promise<RsvpResult> {
  const { b, m, inv } = subject;
  const now = DateTime.fromJSDate(deps.now());
  const [all, rsvps] = await Promise.all([
    deps.store.invitations.listFor(m.id),
    deps.store.invitations.rsvpsOf(m.id),
  ]);
  const before = rsvps.find((r) => r.invitationId === inv.id);
  const note = cleanText(input.note ?? '');
  const refuse = (problem: RsvpProblem): RsvpResult => ({ ok: false, problem, note, all, rsvps, before });
  if (!answersOpen(m, now)) return refuse('closed');
  if (textLength(note) > INVITE_TEXT.note.max) return refuse('noteTooLong');
  let delegate: Rsvp['delegate'];
  if (input.answer === 'delegated') {
    const name = cleanText(input.delegateName ?? '', false);
    const email = cleanText(input.delegateEmail ?? '', false).toLowerCase();
    if (textLength(name) < INVITE_TEXT.name.min || textLength(name) > INVITE_TEXT.name.max || !email)
      return refuse('delegateMissing');
    if (!EMAIL.test(email)) return refuse('delegateEmail');
    delegate = { name, email };
  }
  const rsvp: Rsvp = {
    invitationId: inv.id,
    answer: input.answer,
    note: note || undefined,
    delegate,
    by: subject.by,
    at: now.toUTC().toISO() ?? '',
    via: subject.via,
  };
  await deps.store.invitations.putRsvp(m.id, rsvp);
  const allRsvps = [...rsvps.filter((r) => r.invitationId !== inv.id), rsvp];
  const changedToAbsent =
    (input.answer === 'declined' || input.answer === 'delegated') && before?.answer !== input.answer;
  if (changedToAbsent && isLate(m.start, now)) await alertContacts(deps, subject, rsvp);
  // Someone newly named to come in the invitee's place is told what, when and where.
  if (rsvp.delegate && rsvp.delegate.email !== before?.delegate?.email)
    await briefDelegate(deps, b, m, inv, rsvp.delegate, {
      tenantId: subject.tenantId,
      hint: subject.hint,
    }).catch((e: unknown) => deps.logger.error({ err: e }, 'delegate not briefed'));
  await refreshTally(deps, b, m, all, allRsvps);
  // The other invitees' cards say who else comes: brought up to date after the answer (not waited for).
  if ((before?.answer === 'accepted') !== (rsvp.answer === 'accepted'))
    void refreshInvitationCards(deps, b, m, inv.id).catch((e: unknown) =>
      deps.logger.warn({ err: e }, 'invitation cards not updated'),
    );
  return { ok: true, rsvp, all, rsvps: allRsvps, before };
}

/** A late decline or delegate: every contact (and the facilitator) is told 1:1 right away. */
async function alertContacts(deps: FeatureDeps, subject: RsvpSubject, rsvp: Rsvp): Promise<void> {
  const { b, m, inv } = subject;
  const people = [
    ...(await contactsOf(deps, b)).map((c) => c.aadObjectId),
    ...(b.facilitator.chosen && b.facilitator.aadObjectId ? [b.facilitator.aadObjectId] : []),
  ];
  for (const aad of new Set(people)) {
    const chat = await deps.store.conversations.personalChatOf(aad);
    const locale = localeOf(chat?.address.locale);
    const t = textsFor(locale);
    const text =
      t.invitations.lateAlert({
        name: escapeMarkdown(inviteeLabel(inv)),
        answer: answerText(t, rsvp.answer),
        title: escapeMarkdown(meetingTitle(t, b, m)),
        when: m.start && m.end ? formatSlot({ start: m.start, end: m.end }, locale) : '',
      }) + (rsvp.delegate ? t.invitations.lateDelegate({ name: escapeMarkdown(rsvp.delegate.name) }) : '');
    await deps.outbox.deliver(
      { kind: 'user', aadObjectId: aad, tenantId: subject.tenantId, hint: subject.hint },
      text,
      { purpose: 'late-change', broedplaatsId: b.id, recipient: aad },
    );
  }
}

export class RsvpHandler {
  constructor(private readonly deps: FeatureDeps) {}

  /** The invitee's answer on the card: only by the invitee; stored by `recordRsvp`; their card shows it. */
  async answer(turn: Turn, data: RsvpInput): Promise<ActionOutcome> {
    const t = turn.t.invitations;
    const loaded = await loadInvitation(this.deps, data);
    if (!loaded) return { message: t.notFound };
    const { inv, b, m } = loaded;
    const actor = turn.actor.aadObjectId;
    if (!actor || !isInvitee(inv, actor)) return { message: t.notInvitee };
    const result = await recordRsvp(
      this.deps,
      {
        b,
        m,
        inv,
        by: { aadObjectId: actor, id: turn.actor.id, name: turn.actor.name },
        via: 'teams',
        tenantId: turn.conversation.tenantId,
        hint: turn.address,
      },
      data,
    );
    const open = answersOpen(m, DateTime.fromJSDate(this.deps.now()));
    const marks = marksOf(inv, await pollVotes(this.deps, m));
    const view = (
      status?: { text: string; color: 'Good' | 'Attention' },
      typed?: { note: string; delegate?: { name: string; email: string } },
    ) => ({
      card: invitationCard(turn.t, turn.locale, b, m, inv, result.all, result.rsvps, {
        forInvitee: true,
        open,
        rsvp: result.ok ? result.rsvp : result.before,
        status,
        note: typed?.note,
        delegate: typed?.delegate,
        marks,
      }),
    });
    if (!result.ok) {
      if (result.problem === 'closed') return view();
      const delegate =
        result.problem === 'delegateMissing' || result.problem === 'delegateEmail'
          ? { name: data.delegateName ?? '', email: data.delegateEmail ?? '' }
          : undefined;
      return view({ text: t[result.problem], color: 'Attention' }, { note: result.note, delegate });
    }
    if (
      inv.invitee.name === t.unknownName ||
      inv.invitee.name === textsFor(turn.locale === 'nl' ? 'en' : 'nl').invitations.unknownName
    ) {
      await this.deps.store.invitations.update(m.id, inv.id, (i) => ({
        ...i,
        invitee: { ...i.invitee, name: turn.actor.name || i.invitee.name },
      }));
    }
    return view({ text: t.saved, color: 'Good' });
  }

  /** Teams asks for a viewer's own view of a shared invitation: answerable for the invitee, read-only for others. */
  async refresh(turn: Turn, ids: InvitationIds): Promise<ActionOutcome> {
    const loaded = await loadInvitation(this.deps, ids);
    if (!loaded) return { message: turn.t.invitations.notFound };
    const { inv, b, m } = loaded;
    const forInvitee = isInvitee(inv, turn.actor.aadObjectId);
    // Shown to whoever can see the card already (the invitee, the conversation it was posted in) and to managers.
    const seesCard = forInvitee || (inv.delivery.conversationId ?? '') === turn.conversation.id;
    if (!seesCard && !(await mayManage(this.deps, turn, b))) return { message: turn.t.invitations.notFound };
    const [all, rsvps, votes] = await Promise.all([
      this.deps.store.invitations.listFor(ids.meetingId),
      this.deps.store.invitations.rsvpsOf(ids.meetingId),
      forInvitee ? pollVotes(this.deps, m) : Promise.resolve([]),
    ]);
    const open = answersOpen(m, DateTime.fromJSDate(this.deps.now()));
    const rsvp = rsvps.find((r) => r.invitationId === inv.id);
    return {
      card: invitationCard(turn.t, turn.locale, b, m, inv, all, rsvps, {
        forInvitee,
        open,
        rsvp,
        marks: marksOf(inv, votes),
      }),
    };
  }
}
