// `vervolg`: follow-up agreements — recorded, told to the owner, reminded once when overdue, closed as done or dropped.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { ActionOutcome, JobResult, Turn } from '../../bot/feature';
import { renderFollowUpCard, renderFollowUpFormCard } from '../../cards/forms';
import type { AdaptiveCard } from '../../cards/render';
import { type Broedplaats } from '../../domain/broedplaats';
import { dueMoment, FOLLOW_UP_TEXT, isOverdue, type FollowUp } from '../../domain/followup';
import { formatDay, ZONE } from '../../domain/meeting';
import { cleanText, escapeMarkdown, textLength } from '../../domain/text';
import { localeOf, textsFor, type Texts } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { broedplaatsChoice, manageableNamed } from '../shared/choose';
import { contactsOf, mayManage } from '../shared/access';
import { resolvePeople } from '../shared/people';
import { mentionedFollowUps } from '../reflection';
import * as verbs from './verbs';
import type { FollowUpForm } from './verbs';

export const FOLLOW_UP_DUE_JOB = 'followup.due';
const duePayload = z.object({ broedplaatsId: z.string(), followUpId: z.string() });

/** The card of one agreement (for its owner, or as a record), with done / drop while open; `reason` as typed. */
export function followUpCard(
  t: Texts,
  b: Broedplaats,
  f: FollowUp,
  intro = '',
  now?: DateTime,
  reason = '',
): AdaptiveCard {
  const c = t.followUps.card;
  const open = f.status === 'open';
  const status =
    f.status === 'done'
      ? { text: c.closedDone, color: 'Good' as const }
      : f.status === 'dropped'
        ? { text: c.closedDropped({ reason: f.reason ?? '' }), color: 'Default' as const }
        : now && isOverdue(f, now)
          ? { text: c.overdue, color: 'Attention' as const }
          : { text: '', color: 'Default' as const };
  return renderFollowUpCard({
    title: c.title({ network: b.network.name }),
    intro,
    status: status.text,
    statusColor: status.color,
    facts: [
      { label: c.what, value: f.what },
      { label: c.owner, value: f.owner.name },
      { label: c.due, value: formatDay(f.due, t.language === 'en' ? 'en' : 'nl') },
      { label: c.status, value: t.followUps.statuses[f.status] },
    ],
    open,
    reasonLabel: c.reason,
    reason,
    reasonError: t.followUps.errors.reason,
    doneLabel: c.done,
    dropLabel: c.drop,
    verb: verbs.followUpClose.name,
    broedplaatsId: b.id,
    followUpId: f.id,
  });
}

export class FollowUps {
  constructor(private readonly deps: FeatureDeps) {}

  private today(): string {
    return DateTime.fromJSDate(this.deps.now()).setZone(ZONE).toFormat('yyyy-MM-dd');
  }

  /** `vervolg [netwerk]`: the form, after the choice of broedplaats when there are several. */
  async command(turn: Turn, args: string): Promise<void> {
    const mine = await manageableNamed(this.deps, turn, args, 'followUp');
    if (mine.length === 0) return;
    if (mine.length === 1 && mine[0]) return void (await turn.send({ card: this.form(turn, mine[0]) }));
    await turn.send({
      card: broedplaatsChoice(turn, turn.t.followUps.choose, verbs.followUpChoose.name, mine),
    });
  }

  async choose(turn: Turn, broedplaatsId: string): Promise<ActionOutcome> {
    const b = await this.deps.store.broedplaatsen.get(broedplaatsId);
    if (!b || !(await mayManage(this.deps, turn, b.value))) return { message: turn.t.common.notAllowed };
    return { card: this.form(turn, b.value) };
  }

  /** "Vastleggen als vervolgafspraak" on reflection results: the form with the mentioned agreement filled in. */
  async fromReflection(
    turn: Turn,
    data: { broedplaatsId: string; meetingId: string; index: number },
  ): Promise<ActionOutcome> {
    const b = await this.deps.store.broedplaatsen.get(data.broedplaatsId);
    if (!b || !(await mayManage(this.deps, turn, b.value))) return { message: turn.t.common.notAllowed };
    const mentioned = mentionedFollowUps(await this.deps.store.reflections.listFor(data.meetingId))[
      data.index
    ];
    if (mentioned === undefined) return { message: turn.t.followUps.notFound };
    // The form comes as a message of its own: the results card stays as it is, for the next agreement.
    await turn.send({
      card: this.form(turn, b.value, {
        what: mentioned.slice(0, FOLLOW_UP_TEXT.what.max),
        fromMeetingId: data.meetingId,
      }),
    });
    return { message: turn.t.followUps.formBelow };
  }

  private form(
    turn: Turn,
    b: Broedplaats,
    values: Partial<FollowUpForm> = {},
    errors: string[] = [],
  ): AdaptiveCard {
    const f = turn.t.followUps.form;
    return renderFollowUpFormCard({
      title: f.title({ network: b.network.name }),
      intro: f.intro,
      errors,
      whatLabel: f.what,
      what: values.what ?? '',
      fieldErrors: { what: turn.t.followUps.errors.what, ownerName: turn.t.followUps.errors.owner },
      ownerLabel: f.owner,
      owner: values.owner ?? '',
      ownerNameLabel: f.ownerName,
      ownerName: values.ownerName ?? '',
      dueLabel: f.due,
      due: values.due ?? '',
      submitLabel: f.submit,
      verb: verbs.followUpCreate.name,
      broedplaatsId: b.id,
      fromMeetingId: values.fromMeetingId ?? '',
    });
  }

  /** "Vastleggen": checks, stores, tells the owner (when in Teams), and schedules the one reminder. */
  async create(turn: Turn, data: FollowUpForm): Promise<ActionOutcome> {
    const t = turn.t;
    const row = await this.deps.store.broedplaatsen.get(data.broedplaatsId);
    if (!row || !(await mayManage(this.deps, turn, row.value))) return { message: t.common.notAllowed };
    const b = row.value;
    const errors: string[] = [];
    const what = cleanText(data.what ?? '');
    if (textLength(what) < FOLLOW_UP_TEXT.what.min || textLength(what) > FOLLOW_UP_TEXT.what.max)
      errors.push(t.followUps.errors.what);
    const picked = data.owner ? await resolvePeople(this.deps, turn, data.owner, 1) : [];
    if (!picked) errors.push(t.followUps.errors.people);
    const ownerName = cleanText(data.ownerName ?? '', false);
    const person = picked?.[0];
    const name = person?.name || ownerName;
    if (
      !person &&
      (textLength(ownerName) < FOLLOW_UP_TEXT.owner.min || textLength(ownerName) > FOLLOW_UP_TEXT.owner.max)
    )
      errors.push(t.followUps.errors.owner);
    const due = data.due ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || !DateTime.fromISO(due).isValid || due < this.today())
      errors.push(t.followUps.errors.due);
    if (errors.length) return { card: this.form(turn, b, data, errors) };

    const f: FollowUp = {
      version: 1,
      id: this.deps.newId(),
      broedplaatsId: b.id,
      what,
      owner: { name: name || ownerName, aadObjectId: person?.aadObjectId },
      due,
      status: 'open',
      createdBy: { aadObjectId: turn.actor.aadObjectId ?? '', name: turn.actor.name },
      createdAt: this.deps.now().toISOString(),
      fromMeetingId: data.fromMeetingId || undefined,
    };
    await this.deps.store.followUps.create(f);
    await this.deps.jobs.schedule(`followup-due|${f.id}`, FOLLOW_UP_DUE_JOB, dueMoment(due).toJSDate(), {
      broedplaatsId: b.id,
      followUpId: f.id,
    });
    let told = false;
    if (person && person.aadObjectId !== turn.actor.aadObjectId) {
      const ownerT = textsFor(
        localeOf(
          (await this.deps.store.conversations.personalChatOf(person.aadObjectId))?.address.locale ??
            turn.locale,
        ),
      );
      const result = await this.deps.outbox.deliver(
        {
          kind: 'user',
          aadObjectId: person.aadObjectId,
          tenantId: turn.conversation.tenantId,
          hint: turn.address,
        },
        { card: followUpCard(ownerT, b, f, ownerT.followUps.card.assigned({ name: turn.actor.name })) },
        { purpose: 'follow-up', broedplaatsId: b.id, recipient: f.owner.name },
      );
      told = result.ok || 'queued' in result;
    }
    await turn.send(
      [
        t.followUps.saved({
          what: escapeMarkdown(what),
          owner: escapeMarkdown(f.owner.name),
          due: formatDay(due, turn.locale),
        }),
        told ? t.followUps.ownerTold : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    return { card: followUpCard(t, b, f) };
  }

  /** "Gedaan" / "Vervalt": by the owner, a contact, the facilitator or the project lead; dropping needs a reason. */
  async close(
    turn: Turn,
    data: { broedplaatsId: string; followUpId: string; outcome: 'done' | 'dropped'; reason?: string },
  ): Promise<ActionOutcome> {
    const t = turn.t;
    const [bRow, fRow] = await Promise.all([
      this.deps.store.broedplaatsen.get(data.broedplaatsId),
      this.deps.store.followUps.get(data.broedplaatsId, data.followUpId),
    ]);
    if (!bRow || !fRow) return { message: t.followUps.notFound };
    const isOwner = Boolean(
      turn.actor.aadObjectId && fRow.value.owner.aadObjectId === turn.actor.aadObjectId,
    );
    if (!isOwner && !(await mayManage(this.deps, turn, bRow.value)))
      return { message: t.followUps.notAllowed };
    const reason = cleanText(data.reason ?? '', false);
    if (data.outcome === 'dropped' && !reason)
      return { card: followUpCard(t, bRow.value, fRow.value, t.followUps.dropReasonMissing) };
    if (textLength(reason) > FOLLOW_UP_TEXT.reason.max)
      return {
        card: followUpCard(t, bRow.value, fRow.value, t.followUps.errors.reason, undefined, data.reason),
      };
    let applied = false;
    const updated = await this.deps.store.followUps.update(data.broedplaatsId, data.followUpId, (f) => {
      applied = f.status === 'open';
      return applied
        ? {
            ...f,
            status: data.outcome,
            reason: data.outcome === 'dropped' ? reason : undefined,
            closedAt: this.deps.now().toISOString(),
            closedBy: { aadObjectId: turn.actor.aadObjectId ?? '', name: turn.actor.name },
          }
        : undefined;
    });
    if (!updated) return { message: t.followUps.notFound };
    if (!applied) return { card: followUpCard(t, bRow.value, updated.value, t.followUps.already) };
    await this.deps.jobs.cancel(`followup-due|${data.followUpId}`);
    return { card: followUpCard(t, bRow.value, updated.value) };
  }

  /** Job: an open agreement past its due moment: one reminder to the owner (in Teams) and the contacts. */
  async runDue(payload: unknown): Promise<JobResult> {
    const parsed = duePayload.safeParse(payload);
    if (!parsed.success) return { status: 'done' };
    const p = parsed.data;
    const [bRow, fRow] = await Promise.all([
      this.deps.store.broedplaatsen.get(p.broedplaatsId),
      this.deps.store.followUps.get(p.broedplaatsId, p.followUpId),
    ]);
    if (!bRow || !fRow) return { status: 'done' };
    const now = DateTime.fromJSDate(this.deps.now());
    let marked = false;
    await this.deps.store.followUps.update(p.broedplaatsId, p.followUpId, (f) => {
      marked = isOverdue(f, now) && !f.remindedAt;
      return marked ? { ...f, remindedAt: now.toUTC().toISO() ?? '' } : undefined;
    });
    if (!marked) return { status: 'done' };
    const f = fRow.value;
    const b = bRow.value;
    const people = new Set([
      ...(f.owner.aadObjectId ? [f.owner.aadObjectId] : []),
      ...(await contactsOf(this.deps, b)).map((c) => c.aadObjectId),
    ]);
    for (const aad of people) {
      const t = textsFor(localeOf((await this.deps.store.conversations.personalChatOf(aad))?.address.locale));
      await this.deps.outbox.deliver(
        { kind: 'user', aadObjectId: aad },
        { card: followUpCard(t, b, f, '', now) },
        {
          purpose: 'follow-up-reminder',
          broedplaatsId: b.id,
          recipient: aad,
        },
      );
    }
    return { status: 'done' };
  }
}
