// Moving or cancelling a fixed meeting; everyone who responded is told, 1:1 where possible and in the conversation.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { renderSlotFormCard } from '../../cards/slot-form';
import type { Broedplaats } from '../../domain/broedplaats';
import { formatSlot, isOpen, readSlots, voters, ZONE, type Meeting } from '../../domain/meeting';
import { escapeMarkdown } from '../../domain/text';
import { localeOf, textsFor, type Texts } from '../../i18n';
import type { FeatureDeps } from '..';
import { loadMeeting } from './access';
import { refreshSharedCard } from './poll';
import { meetingCancelled, meetingScheduled } from '../meeting-events';
import { tellInviteesAfter } from '../invitations/changes';
import { meetingCard, meetingTitle, slotErrorText } from './views';

type Ids = { broedplaatsId: string; meetingId: string };

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export class Rescheduler {
  constructor(private readonly deps: FeatureDeps) {}

  private now(): DateTime {
    return DateTime.fromJSDate(this.deps.now());
  }

  private person(turn: Turn) {
    return { aadObjectId: turn.actor.aadObjectId ?? '', id: turn.actor.id, name: turn.actor.name };
  }

  private async loadScheduled(turn: Turn, data: Ids) {
    const loaded = await loadMeeting(this.deps, turn, data, { manage: true });
    if ('refuse' in loaded) return loaded;
    if (!isOpen(loaded.meeting.value, this.now())) return { refuse: { message: turn.t.scheduling.over } };
    if (loaded.meeting.value.status !== 'scheduled')
      return { refuse: { message: turn.t.scheduling.notScheduled } };
    return loaded;
  }

  private moveForm(
    turn: Turn,
    b: Broedplaats,
    m: Meeting,
    values: Record<string, unknown>,
    errors: string[],
  ): ActionOutcome {
    const t = turn.t.scheduling;
    const start = m.start ? DateTime.fromISO(m.start).setZone(ZONE) : undefined;
    const end = m.end ? DateTime.fromISO(m.end).setZone(ZONE) : undefined;
    return {
      card: renderSlotFormCard({
        title: `${t.move.title}: ${meetingTitle(turn.t, b, m)}`,
        intro: t.move.intro,
        errors,
        dateLabel: t.form.date,
        startLabel: t.form.start,
        endLabel: t.form.end,
        date: str(values.date1) || start?.toFormat('yyyy-MM-dd') || '',
        start: str(values.start1) || start?.toFormat('HH:mm') || '',
        end: str(values.end1) || end?.toFormat('HH:mm') || '',
        submitLabel: t.move.submit,
        verb: 'meeting.move',
        broedplaatsId: b.id,
        meetingId: m.id,
      }),
    };
  }

  /** "Verplaatsen": the form with the current moment filled in. */
  async askMove(turn: Turn, data: Ids): Promise<ActionOutcome> {
    const loaded = await this.loadScheduled(turn, data);
    if ('refuse' in loaded) return loaded.refuse;
    return this.moveForm(turn, loaded.b, loaded.meeting.value, {}, []);
  }

  /** The new moment: checked like a poll slot, stored (the old one kept in the history), everyone told. */
  async move(turn: Turn, data: Ids & Record<string, unknown>): Promise<ActionOutcome> {
    const loaded = await this.loadScheduled(turn, data);
    if ('refuse' in loaded) return loaded.refuse;
    const { b, meeting } = loaded;
    const row = { date: str(data.date1).trim(), start: str(data.start1).trim(), end: str(data.end1).trim() };
    const read = readSlots([row], this.now(), () => 'moved', 1);
    if (!read.ok || !read.slots[0]) {
      const errors = read.ok
        ? []
        : read.errors.map((e) => slotErrorText(turn.t, e, turn.t.scheduling.form.newMoment));
      return this.moveForm(turn, b, meeting.value, data, errors);
    }
    const to = read.slots[0];
    const from = { start: meeting.value.start ?? to.start, end: meeting.value.end ?? to.end };
    const person = this.person(turn);
    const updated = await this.deps.store.meetings.update(b.id, meeting.value.id, (m) =>
      m.status === 'scheduled'
        ? {
            ...m,
            start: to.start,
            end: to.end,
            moves: [
              ...m.moves,
              {
                from: { start: m.start ?? from.start, end: m.end ?? from.end },
                at: this.now().toUTC().toISO() ?? '',
                by: person,
              },
            ],
          }
        : undefined,
    );
    if (!updated || updated.value.start !== to.start) return { message: turn.t.scheduling.notScheduled };
    await refreshSharedCard(this.deps, b, meeting.value.id);
    await meetingScheduled(this.deps, updated.value);
    await tellInviteesAfter(
      this.deps,
      turn,
      b,
      updated.value,
      { kind: 'moved', from },
      { notifyInTeams: false },
    );
    await this.tellEveryone(turn, b, updated.value, (t, locale) =>
      t.scheduling.move.notice({
        title: escapeMarkdown(meetingTitle(t, b, updated.value)),
        from: formatSlot(from, locale),
        to: formatSlot(to, locale),
      }),
    );
    await turn.send(turn.t.scheduling.move.done);
    return { card: meetingCard(this.deps, turn.t, turn.locale, b, updated.value, []) };
  }

  /** "Afzeggen": asks to confirm. */
  async askCancel(turn: Turn, data: Ids): Promise<ActionOutcome> {
    const loaded = await this.loadScheduled(turn, data);
    if ('refuse' in loaded) return loaded.refuse;
    const t = turn.t.scheduling.cancel;
    return {
      card: renderNoticeCard({
        title: meetingTitle(turn.t, loaded.b, loaded.meeting.value),
        text: t.confirm,
        color: 'Attention',
        buttons: [
          {
            title: t.yes,
            verb: 'meeting.cancel',
            broedplaatsId: loaded.b.id,
            meetingId: loaded.meeting.value.id,
          },
          {
            title: t.no,
            verb: 'meeting.keep',
            broedplaatsId: loaded.b.id,
            meetingId: loaded.meeting.value.id,
          },
        ],
      }),
    };
  }

  /** "Nee, laat staan": back to the meeting card. */
  async keep(turn: Turn, data: Ids): Promise<ActionOutcome> {
    const loaded = await loadMeeting(this.deps, turn, data, { manage: false });
    if ('refuse' in loaded) return loaded.refuse;
    return { card: meetingCard(this.deps, turn.t, turn.locale, loaded.b, loaded.meeting.value, []) };
  }

  /** Confirmed cancel: the meeting is marked cancelled (kept for the record) and everyone told. */
  async cancel(turn: Turn, data: Ids): Promise<ActionOutcome> {
    const loaded = await this.loadScheduled(turn, data);
    if ('refuse' in loaded) return loaded.refuse;
    const { b, meeting } = loaded;
    const person = this.person(turn);
    let applied = false;
    const updated = await this.deps.store.meetings.update(
      b.id,
      meeting.value.id,
      (m): Meeting | undefined => {
        applied = m.status === 'scheduled';
        return applied
          ? { ...m, status: 'cancelled', cancelledAt: this.now().toUTC().toISO() ?? '', cancelledBy: person }
          : undefined;
      },
    );
    if (!updated || !applied) return { message: turn.t.scheduling.notScheduled };
    await refreshSharedCard(this.deps, b, meeting.value.id);
    await meetingCancelled(this.deps, updated.value);
    const when = { start: meeting.value.start ?? '', end: meeting.value.end ?? '' };
    await tellInviteesAfter(
      this.deps,
      turn,
      b,
      updated.value,
      { kind: 'cancelled', when },
      { notifyInTeams: false },
    );
    await this.tellEveryone(turn, b, updated.value, (t, locale) =>
      t.scheduling.cancel.notice({
        title: escapeMarkdown(meetingTitle(t, b, updated.value)),
        when: formatSlot(when, locale),
      }),
    );
    return { card: meetingCard(this.deps, turn.t, turn.locale, b, updated.value, []) };
  }

  /**
   * Tells everyone involved — who voted, and every invitee who did not decline — 1:1 where the bot can reach
   * them, and once in the meeting's conversation (so those it cannot reach 1:1 see it too).
   */
  private async tellEveryone(
    turn: Turn,
    b: Broedplaats,
    m: Meeting,
    text: (t: Texts, locale: 'nl' | 'en') => string,
  ): Promise<void> {
    const [votes, invitations, rsvps] = await Promise.all([
      this.deps.store.meetings.votesOf(m.id),
      this.deps.store.invitations.listFor(m.id),
      this.deps.store.invitations.rsvpsOf(m.id),
    ]);
    const notAbsent = (i: (typeof invitations)[number]) =>
      !rsvps.some((r) => r.invitationId === i.id && (r.answer === 'declined' || r.answer === 'delegated'));
    const coming = invitations.filter(notAbsent);
    const byAad = new Map<string, string>();
    for (const v of voters(votes)) if (v.aadObjectId) byAad.set(v.aadObjectId, v.name);
    for (const i of coming) if (i.invitee.aadObjectId) byAad.set(i.invitee.aadObjectId, i.invitee.name);
    byAad.delete(turn.actor.aadObjectId ?? '');
    const people = [...byAad].map(([aadObjectId, name]) => ({ aadObjectId, name }));
    for (const p of people) {
      const chat = await this.deps.store.conversations.personalChatOf(p.aadObjectId);
      const locale = localeOf(chat?.address.locale ?? turn.locale);
      await this.deps.outbox.deliver(
        {
          kind: 'user',
          aadObjectId: p.aadObjectId,
          tenantId: turn.conversation.tenantId,
          hint: turn.address,
        },
        text(textsFor(locale), locale),
        { purpose: 'meeting-change', broedplaatsId: b.id, recipient: p.name },
      );
    }
    const conversation = await this.deps.store.conversations.get(m.poll.conversationId);
    if (conversation && m.poll.conversationId !== turn.conversation.id) {
      const locale = localeOf(conversation.value.address.locale);
      await this.deps.outbox.deliver(
        { kind: 'conversation', address: conversation.value.address },
        text(textsFor(locale), locale),
        {
          purpose: 'meeting-change',
          broedplaatsId: b.id,
        },
      );
    } else {
      await turn.send(text(turn.t, turn.locale));
    }
  }
}
