// `plan`: choose the broedplaats, fill in purpose, place and 2–5 moments (or the one fixed), and post its card.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { renderPlanFormCard } from '../../cards/plan-form';
import { MEETINGS, type Broedplaats } from '../../domain/broedplaats';
import {
  defaultPurposeKey,
  formatSlot,
  isMeetingLink,
  MEETING_TEXT,
  nextMeetingNumber,
  planMeeting,
  readPlannedSlots,
  SLOTS,
  type Meeting,
  type PlanMode,
  type SlotInput,
} from '../../domain/meeting';
import { mayManage } from '../shared/access';
import { cleanText, textLength } from '../../domain/text';
import type { FeatureDeps } from '../../bot/deps';
import { broedplaatsChoice, manageableNamed } from '../shared/choose';
import { meetingCard, slotErrorText } from './views';
import * as verbs from './verbs';
import { momentOf, type PlanForm } from './verbs';

/** Values of the plan form as they came from the card (to show them again with errors). */
export type PlanValues = Partial<PlanForm>;

const str = (v: string | undefined): string => v ?? '';

export class Planner {
  constructor(private readonly deps: FeatureDeps) {}

  /** `plan [netwerk]`: the form, or first the choice of broedplaats when there are several. */
  async command(turn: Turn, args: string): Promise<void> {
    const t = turn.t.scheduling;
    const mine = await manageableNamed(this.deps, turn, args);
    if (mine.length === 0) return;
    if (mine.length === 1 && mine[0]) {
      const outcome = await this.form(turn, mine[0]);
      await turn.send('card' in outcome ? { card: outcome.card } : outcome.message);
      return;
    }
    await turn.send({
      card: broedplaatsChoice(turn, t.choose, verbs.planChoose.name, mine),
    });
  }

  /** The choice of broedplaats on the chooser card. */
  async choose(turn: Turn, broedplaatsId: string): Promise<ActionOutcome> {
    const b = await this.deps.store.broedplaatsen.get(broedplaatsId);
    if (!b || !(await mayManage(this.deps, turn, b.value))) return { message: turn.t.common.notAllowed };
    return this.form(turn, b.value);
  }

  /** The plan form for the next meeting of `b`, with `values` and `errors` when shown again. */
  async form(turn: Turn, b: Broedplaats, values?: PlanValues, errors: string[] = []): Promise<ActionOutcome> {
    const t = turn.t.scheduling;
    const all = await this.deps.store.meetings.listFor(b.id);
    const meetings = all.filter((m) => m.status !== 'cancelled');
    if (meetings.length >= MEETINGS.max) return { message: t.allPlanned({ count: meetings.length }) };
    const number = nextMeetingNumber(all);
    const v = values ?? {};
    const origin =
      b.origin.conversationId !== turn.conversation.id
        ? await this.deps.store.conversations.get(b.origin.conversationId)
        : undefined;
    const targets = origin
      ? [
          { title: t.form.whereOrigin, value: 'origin' },
          { title: t.form.whereHere, value: 'here' },
        ]
      : [];
    return {
      card: renderPlanFormCard({
        title: t.form.title({ network: b.network.name, number }),
        intro: t.form.intro,
        errors,
        purposeLabel: t.form.purpose,
        purpose: values ? str(v.purpose) : t.purposes[defaultPurposeKey(number)],
        locationLabel: t.form.location,
        location: str(v.location),
        onlineUrlLabel: t.form.onlineUrl,
        onlineUrl: str(v.onlineUrl),
        fieldErrors: {
          purpose: t.errors.purpose,
          location: t.errors.location,
          onlineUrl: t.errors.onlineUrl,
        },
        slots: Array.from({ length: SLOTS.max }, (_, i) => ({
          n: i + 1,
          label: t.form.slot({ n: i + 1 }),
          ...momentOf(v, i + 1),
        })),
        startLabel: t.form.start,
        endLabel: t.form.end,
        targets,
        target: str(v.target) || (targets.length ? 'origin' : 'here'),
        whereLabel: t.form.where,
        jointLabel: t.form.joint,
        joint: str(v.jointReflection) === 'true' ? 'true' : 'false',
        submitLabel: t.form.submit,
        fixedLabel: t.form.submitFixed,
        verb: verbs.planCreate.name,
        broedplaatsId: b.id,
        number,
      }),
    };
  }

  /**
   * "Datumprikker plaatsen": checks the form, stores the meeting, posts the poll card where chosen. "Vaste datum
   * plaatsen" (`mode` fixed): the one moment filled in is the meeting's, which then follows as a poll closed on it.
   */
  async create(turn: Turn, data: PlanForm): Promise<ActionOutcome> {
    const t = turn.t.scheduling;
    const stored = await this.deps.store.broedplaatsen.get(data.broedplaatsId);
    if (!stored || !(await mayManage(this.deps, turn, stored.value)))
      return { message: turn.t.common.notAllowed };
    const b = stored.value;
    const errors: string[] = [];
    const purpose = cleanText(str(data.purpose));
    if (textLength(purpose) < MEETING_TEXT.purpose.min || textLength(purpose) > MEETING_TEXT.purpose.max)
      errors.push(t.errors.purpose);
    const location = cleanText(str(data.location), false);
    if (textLength(location) > MEETING_TEXT.location.max) errors.push(t.errors.location);
    const onlineUrl = cleanText(str(data.onlineUrl), false);
    if (onlineUrl && (!isMeetingLink(onlineUrl) || onlineUrl.length > MEETING_TEXT.onlineUrl.max))
      errors.push(t.errors.onlineUrl);
    const rows: SlotInput[] = Array.from({ length: SLOTS.max }, (_, i) => {
      const typed = momentOf(data, i + 1);
      return { date: typed.date.trim(), start: typed.start.trim(), end: typed.end.trim() };
    });
    const mode: PlanMode = data.mode === 'fixed' ? 'fixed' : 'poll';
    const slots = readPlannedSlots(rows, DateTime.fromJSDate(this.deps.now()), (i) => `s${i + 1}`, mode);
    if (!slots.ok) errors.push(...slots.errors.map((e) => slotErrorText(turn.t, e)));
    if (!slots.ok && slots.errors.some((e) => e.key === 'slots.tooFew')) errors.push(t.form.fixedHint);
    if (errors.length > 0 || !slots.ok) return this.form(turn, b, data, errors);

    const all = await this.deps.store.meetings.listFor(b.id);
    const existing = all.filter((m) => m.status !== 'cancelled');
    if (existing.length >= MEETINGS.max) return { message: t.allPlanned({ count: existing.length }) };
    const person = { aadObjectId: turn.actor.aadObjectId ?? '', id: turn.actor.id, name: turn.actor.name };
    const useOrigin = data.target === 'origin' && b.origin.conversationId !== turn.conversation.id;
    const origin = useOrigin ? await this.deps.store.conversations.get(b.origin.conversationId) : undefined;
    const meeting: Meeting = planMeeting(
      {
        version: 1,
        id: this.deps.newId(),
        broedplaatsId: b.id,
        number: nextMeetingNumber(all),
        purpose,
        location: location || undefined,
        onlineUrl: onlineUrl || undefined,
        status: 'polling',
        slots: slots.slots,
        poll: { conversationId: origin ? b.origin.conversationId : turn.conversation.id },
        createdBy: person,
        createdAt: this.deps.now().toISOString(),
        moves: [],
        jointReflection: data.jointReflection === 'true' || undefined,
      },
      mode,
    );
    await this.deps.store.meetings.create(meeting);

    const fixed = meeting.start && meeting.end ? { start: meeting.start, end: meeting.end } : undefined;
    const when = fixed ? formatSlot(fixed, turn.locale) : '';
    let messageId: string | undefined;
    let note: string = fixed ? t.fixedHere({ when }) : t.postedHere;
    if (origin) {
      const sent = await this.deps.messenger.send(origin.value.address, {
        card: meetingCard(this.deps, turn.t, turn.locale, b, meeting, []),
      });
      if (sent.ok) {
        messageId = sent.messageId;
        note = fixed ? t.fixedThere({ when }) : t.postedThere;
      } else {
        note = fixed ? t.fixedPostFailed({ when }) : t.postFailed;
        meeting.poll.conversationId = turn.conversation.id;
      }
    }
    if (!messageId) {
      messageId = await turn.send({ card: meetingCard(this.deps, turn.t, turn.locale, b, meeting, []) });
      // Here is a personal chat: nobody else can vote on it.
      if (turn.conversation.kind === 'personal' && !fixed) note = `${note} ${t.onlyYouHere}`;
    }
    const saved = await this.deps.store.meetings.update(b.id, meeting.id, (m) => ({
      ...m,
      poll: { conversationId: meeting.poll.conversationId, messageId, locale: turn.locale },
    }));
    // A fixed date goes the way of a poll closed on it: reminders, the reflection, and the invitees.
    if (fixed && saved) await this.deps.announce({ turn, b, m: saved.value, change: { kind: 'fixed' } });
    return { card: renderNoticeCard({ text: note, color: 'Good' }) };
  }
}
