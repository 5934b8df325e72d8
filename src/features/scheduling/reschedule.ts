// Moving or cancelling a fixed meeting; everyone who responded is told, 1:1 where possible and in the conversation.
import { DateTime } from 'luxon';
import type { ActionOutcome, MeetingNews, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { renderSlotFormCard } from '../../cards/slot-form';
import type { Broedplaats } from '../../domain/broedplaats';
import { hearsOfChanges, outsideTeams } from '../../domain/invitation';
import {
  cancelMeeting,
  formatSlot,
  isOpen,
  moveMeeting,
  readSlots,
  voters,
  ZONE,
  type Meeting,
  type Transition,
} from '../../domain/meeting';
import { escapeMarkdown } from '../../domain/text';
import { localeOf, textsFor, type Texts } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { loadMeeting } from '../shared/meetings';
import { refusal } from './refusal';
import { refreshSharedCard } from './poll';
import { meetingCard, meetingTitle, slotErrorText } from './views';
import * as verbs from './verbs';
import type { MoveForm } from './verbs';

type Ids = { broedplaatsId: string; meetingId: string };

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
    if (!isOpen(loaded.meeting.value, this.now())) return { refuse: { message: turn.t.common.over } };
    if (loaded.meeting.value.status !== 'scheduled')
      return { refuse: { message: turn.t.scheduling.notScheduled } };
    return loaded;
  }

  private moveForm(
    turn: Turn,
    b: Broedplaats,
    m: Meeting,
    values: Partial<MoveForm>,
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
        date: values.date1 || start?.toFormat('yyyy-MM-dd') || '',
        start: values.start1 || start?.toFormat('HH:mm') || '',
        end: values.end1 || end?.toFormat('HH:mm') || '',
        submitLabel: t.move.submit,
        verb: verbs.meetingMove.name,
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
  async move(turn: Turn, data: MoveForm): Promise<ActionOutcome> {
    const loaded = await this.loadScheduled(turn, data);
    if ('refuse' in loaded) return loaded.refuse;
    const { b, meeting } = loaded;
    const row = {
      date: (data.date1 ?? '').trim(),
      start: (data.start1 ?? '').trim(),
      end: (data.end1 ?? '').trim(),
    };
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
    let result = { ok: false, why: 'notScheduled' } as Transition;
    const updated = await this.deps.store.meetings.update(b.id, meeting.value.id, (m) => {
      result = moveMeeting(m, to, person, this.now());
      return result.ok ? result.meeting : undefined;
    });
    if (!updated || !result.ok) return { message: refusal(turn, result.ok ? 'notScheduled' : result.why) };
    const moved = updated.value.moves[updated.value.moves.length - 1]?.from ?? from;
    await refreshSharedCard(this.deps, b, meeting.value.id);
    await this.deps.announce({ turn, b, m: updated.value, change: { kind: 'moved', from: moved } });
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
            verb: verbs.meetingCancel.name,
            broedplaatsId: loaded.b.id,
            meetingId: loaded.meeting.value.id,
          },
          {
            title: t.no,
            verb: verbs.meetingKeep.name,
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
    let result = { ok: false, why: 'notScheduled' } as Transition;
    const updated = await this.deps.store.meetings.update(b.id, meeting.value.id, (m) => {
      result = cancelMeeting(m, person, this.now());
      return result.ok ? result.meeting : undefined;
    });
    if (!updated || !result.ok) return { message: refusal(turn, result.ok ? 'notScheduled' : result.why) };
    const when = { start: meeting.value.start ?? '', end: meeting.value.end ?? '' };
    await refreshSharedCard(this.deps, b, meeting.value.id);
    await this.deps.announce({ turn, b, m: updated.value, change: { kind: 'cancelled', when } });
    return { card: meetingCard(this.deps, turn.t, turn.locale, b, updated.value, []) };
  }
}

/**
 * The date poll's part of a move or a cancel: who voted is told 1:1 where the bot can reach them (invitees who hear of
 * it with their invitation are left to that), and the meeting's conversation once (so those it cannot reach 1:1 see
 * it too). A moment fixed needs no notice here: the poll card shows it, and the contact is answered.
 */
export async function tellVoters(deps: FeatureDeps, news: MeetingNews): Promise<void> {
  const { turn, b, m, change } = news;
  if (change.kind === 'fixed') return;
  const text = (t: Texts, locale: 'nl' | 'en'): string => {
    const title = escapeMarkdown(meetingTitle(t, b, m));
    return change.kind === 'moved'
      ? t.common.meetingMoved({
          title,
          from: formatSlot(change.from, locale),
          to: formatSlot({ start: m.start ?? '', end: m.end ?? '' }, locale),
        })
      : t.common.meetingCancelled({ title, when: formatSlot(change.when, locale) });
  };
  const [votes, invitations, rsvps] = await Promise.all([
    deps.store.meetings.votesOf(m.id),
    deps.store.invitations.listFor(m.id),
    deps.store.invitations.rsvpsOf(m.id),
  ]);
  const toldAsInvitee = new Set(
    invitations
      .filter((i) => hearsOfChanges(i, rsvps) && !outsideTeams(i))
      .map((i) => i.invitee.aadObjectId ?? ''),
  );
  const people = new Map<string, string>();
  for (const v of voters(votes))
    if (v.aadObjectId && !toldAsInvitee.has(v.aadObjectId)) people.set(v.aadObjectId, v.name);
  people.delete(turn.actor.aadObjectId ?? '');
  for (const [aadObjectId, name] of people) {
    const chat = await deps.store.conversations.personalChatOf(aadObjectId);
    const locale = localeOf(chat?.address.locale ?? turn.locale);
    await deps.outbox.deliver(
      { kind: 'user', aadObjectId, tenantId: turn.conversation.tenantId, hint: turn.address },
      text(textsFor(locale), locale),
      { purpose: 'meeting-change', broedplaatsId: b.id, recipient: name },
    );
  }
  const conversation = await deps.store.conversations.get(m.poll.conversationId);
  if (conversation && m.poll.conversationId !== turn.conversation.id) {
    const locale = localeOf(conversation.value.address.locale);
    await deps.outbox.deliver(
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
