// Reflection after a meeting: asking each participant 1:1 (once), one reminder, closing, and taking the answers.
import { z } from 'zod';
import { DateTime } from 'luxon';
import type { ActionOutcome, JobResult, Turn } from '../../bot/feature';
import type { Broedplaats, PersonRef } from '../../domain/broedplaats';
import type { ConversationRow } from '../../store/conversations';
import type { Stored } from '../../store/json-table';
import { outsideTeams, type Invitation, type Rsvp } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import {
  asksByLink,
  FOLLOW_UP_WISH,
  linkKey,
  linkTarget,
  NEW_CONTACTS,
  participantsOf,
  reflectionAnswersSchema,
  reflectionOpen,
  reflectionWindow,
  REFLECTION_TEXT_MAX,
  summarize,
  type Askable,
  type Participant,
  type ReflectionAnswers,
  type ReflectionPrompt,
} from '../../domain/reflection';
import { cleanText, textLength } from '../../domain/text';
import { localeOf, textsFor, type Texts } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { keepUndelivered } from '../shared/undelivered';
import { passOnPrivately } from '../invitations';
import { contactsOf } from '../shared/access';
import { mailReflection, reflectionTextsCards, type LinkRequest } from './links';
import { formatMoment, reflectionCard, resultsCard } from './views';
import type { ReflectionFields, ReflectionSubmitForm } from './verbs';

export const PROMPT_JOB = 'reflection.prompt';
export const JOINT_JOB = 'reflection.joint';
export const REMIND_JOB = 'reflection.remind';
export const CLOSE_JOB = 'reflection.close';

const payloadSchema = z.object({ broedplaatsId: z.string(), meetingId: z.string() });
type Payload = z.infer<typeof payloadSchema>;

const ids = (m: Meeting) => ({
  prompt: `reflection-prompt|${m.id}`,
  joint: `reflection-joint|${m.id}`,
  remind: `reflection-remind|${m.id}`,
  close: `reflection-close|${m.id}`,
});

/** (Re)schedules a fixed meeting's reflection: the joint card at its end (when chosen), the prompts, one reminder, the close. */
export async function scheduleReflection(deps: FeatureDeps, m: Meeting): Promise<void> {
  if (m.status !== 'scheduled' || !m.end) return cancelReflection(deps, m);
  const w = reflectionWindow(m.end, deps.config.reflectionDelayMinutes);
  const payload: Payload = { broedplaatsId: m.broedplaatsId, meetingId: m.id };
  const job = ids(m);
  if (m.jointReflection) await deps.jobs.schedule(job.joint, JOINT_JOB, new Date(m.end), payload);
  await deps.jobs.schedule(job.prompt, PROMPT_JOB, w.opensAt.toJSDate(), payload);
  await deps.jobs.schedule(job.remind, REMIND_JOB, w.remindAt.toJSDate(), payload);
  await deps.jobs.schedule(job.close, CLOSE_JOB, w.closesAt.toJSDate(), payload);
}

/** Drops the reflection jobs of a meeting (cancelled). */
export async function cancelReflection(deps: FeatureDeps, m: Meeting): Promise<void> {
  for (const id of Object.values(ids(m))) await deps.jobs.cancel(id);
}

/** A job's payload, checked, and what it is about (undefined when either is gone or malformed). */
async function loadJob(
  deps: FeatureDeps,
  payload: unknown,
): Promise<{ b: Broedplaats; m: Meeting } | undefined> {
  const parsed = payloadSchema.safeParse(payload);
  return parsed.success ? load(deps, parsed.data) : undefined;
}

async function load(deps: FeatureDeps, p: Payload): Promise<{ b: Broedplaats; m: Meeting } | undefined> {
  const [b, m] = await Promise.all([
    deps.store.broedplaatsen.get(p.broedplaatsId),
    deps.store.meetings.get(p.broedplaatsId, p.meetingId),
  ]);
  return b && m ? { b: b.value, m: m.value } : undefined;
}

/** Whether the meeting the job was made for still ended when the job thinks (not cancelled, not moved later). */
function stillDue(deps: FeatureDeps, m: Meeting): boolean {
  return (
    m.status === 'scheduled' &&
    Boolean(m.end) &&
    DateTime.fromISO(m.end ?? '') <= DateTime.fromJSDate(deps.now())
  );
}

/** Where the link of a participant asked by link goes: the address kept with them (never copied onto the prompt). */
function linkEmails(
  b: Broedplaats,
  invitations: readonly Invitation[],
  rsvps: readonly Rsvp[],
): (key: string) => string | undefined {
  return (key) => {
    const target = linkTarget(key);
    if (!target) return undefined;
    if ('facilitator' in target) return b.facilitator.chosen ? b.facilitator.email : undefined;
    if (target.delegate) return rsvps.find((r) => r.invitationId === target.invitationId)?.delegate?.email;
    return invitations.find((i) => i.id === target.invitationId)?.invitee.email;
  };
}

/**
 * Contacts, the facilitator, invitees who accepted and the delegates sent: in Teams where the bot knows them (a
 * facilitator or delegate found by e-mail address in the network's conversation), the others through a personal
 * link, as are invitees Teams could not reach or who answered on the answer page. With where each link goes.
 */
async function participants(
  deps: FeatureDeps,
  b: Broedplaats,
  m: Meeting,
  known: { contacts: readonly PersonRef[]; conversation: Stored<ConversationRow> | undefined },
): Promise<{ asked: Participant[]; emailOf: (key: string) => string | undefined }> {
  const { conversation } = known;
  const [invitations, rsvps] = await Promise.all([
    deps.store.invitations.listFor(m.id),
    deps.store.invitations.rsvpsOf(m.id),
  ]);
  const inTeams = async (email: string) =>
    conversation ? await deps.messenger.memberByEmail?.(conversation.value.address, email) : undefined;
  const rsvpOf = (i: Invitation) => rsvps.find((r) => r.invitationId === i.id);
  const invitees: Askable[] = invitations
    .filter((i) => rsvpOf(i)?.answer === 'accepted')
    .map((i) => {
      const { aadObjectId, name, email } = i.invitee;
      const outside = outsideTeams(i) || rsvpOf(i)?.via === 'web';
      return outside
        ? { name, linkKey: linkKey({ invitationId: i.id }), knownAs: aadObjectId, email }
        : { aadObjectId, name, email };
    });
  for (const r of rsvps) {
    if (r.answer !== 'delegated' || !r.delegate?.email) continue;
    const member = await inTeams(r.delegate.email);
    invitees.push(
      member
        ? { aadObjectId: member.aadObjectId, name: member.name || r.delegate.name, email: r.delegate.email }
        : {
            name: r.delegate.name,
            linkKey: linkKey({ invitationId: r.invitationId, delegate: true }),
            email: r.delegate.email,
          },
    );
  }
  const facilitator: Askable[] = [];
  const f = b.facilitator;
  if (f.chosen) {
    const aadObjectId = f.aadObjectId ?? (f.email ? (await inTeams(f.email))?.aadObjectId : undefined);
    facilitator.push(
      aadObjectId
        ? { aadObjectId, name: f.name, email: f.email }
        : { name: f.name, linkKey: linkKey({ facilitator: true }), email: f.email },
    );
  }
  return {
    asked: participantsOf([
      { role: 'contact', people: [...known.contacts] },
      { role: 'facilitator', people: facilitator },
      { role: 'invitee', people: invitees },
    ]),
    emailOf: linkEmails(b, invitations, rsvps),
  };
}

/**
 * Gets the request to reflect to participants outside Teams: by e-mail when the bot mails and knows their
 * address; the rest (and any mail Graph refused, kept among the undelivered) to the contacts 1:1, to send on.
 * A first request stores on each prompt row how it went, as soon as it went.
 */
async function askByLink(
  deps: FeatureDeps,
  b: Broedplaats,
  m: Meeting,
  contacts: readonly PersonRef[],
  requests: readonly LinkRequest[],
  options: { reminder: boolean },
): Promise<void> {
  const asked = async (r: LinkRequest, via: 'email' | 'link') => {
    if (!options.reminder)
      await deps.store.reflections.updatePrompt(m.id, r.prompt.participant.aadObjectId, (row) => ({
        ...row,
        via,
      }));
  };
  const forContacts: LinkRequest[] = [];
  for (const r of requests) {
    const mailed = await mailReflection(deps, b, m, r, options);
    if (mailed.ok) {
      await asked(r, 'email');
      continue;
    }
    if (mailed.reason !== 'no mail')
      await keepUndelivered(deps, {
        purpose: options.reminder ? 'reflection-reminder-mail' : 'reflection-mail',
        broedplaatsId: b.id,
        recipient: r.prompt.participant.name,
        reason: mailed.reason,
      });
    forContacts.push(r);
  }
  if (!forContacts.length) return;
  await passOnPrivately(
    deps,
    contacts,
    (t, locale) => reflectionTextsCards(deps, t, locale, b, m, forContacts, options),
    { purpose: options.reminder ? 'reflection-reminder-texts' : 'reflection-texts', broedplaatsId: b.id },
  );
  // Marked once every contact has them: a run that stops before gives the texts again (twice rather than never).
  for (const r of forContacts) await asked(r, 'link');
}

async function localeOfUser(deps: FeatureDeps, aadObjectId: string, fallback?: string) {
  const chat = await deps.store.conversations.personalChatOf(aadObjectId);
  return localeOf(chat?.address.locale ?? fallback);
}

/** Job: ask every participant 1:1, each once (a prompt row is made first, so a rerun asks nobody twice). */
export async function runPrompt(deps: FeatureDeps, payload: unknown): Promise<JobResult> {
  const loaded = await loadJob(deps, payload);
  if (!loaded || !stillDue(deps, loaded.m)) return { status: 'done' };
  const { b, m } = loaded;
  const [conversation, contacts] = await Promise.all([
    deps.store.conversations.get(m.poll.conversationId),
    contactsOf(deps, b),
  ]);
  const byLink: LinkRequest[] = [];
  const { asked, emailOf } = await participants(deps, b, m, { contacts, conversation });
  for (const p of asked) {
    const prompt: ReflectionPrompt = {
      meetingId: m.id,
      broedplaatsId: b.id,
      participant: p,
      sentAt: deps.now().toISOString(),
      via: 'queued',
    };
    const fresh = await deps.store.reflections.recordPrompt(prompt);
    if (asksByLink(p)) {
      // Asked by link only after everyone in Teams: one a run that failed half-way recorded but did not ask is asked now.
      const pending = fresh ? prompt : await deps.store.reflections.prompt(m.id, p.aadObjectId);
      if (pending?.via === 'queued') byLink.push({ prompt: pending, email: emailOf(p.aadObjectId) });
      continue;
    }
    if (!fresh) continue;
    const t = textsFor(await localeOfUser(deps, p.aadObjectId, conversation?.value.address.locale));
    const result = await deps.outbox.deliver(
      {
        kind: 'user',
        aadObjectId: p.aadObjectId,
        tenantId: conversation?.value.tenantId,
        hint: conversation?.value.address,
      },
      { card: reflectionCard(t, b, m, { open: true }) },
      { purpose: 'reflection-prompt', broedplaatsId: b.id, recipient: p.name },
    );
    const chat = await deps.store.conversations.personalChatOf(p.aadObjectId);
    await deps.store.reflections.updatePrompt(m.id, p.aadObjectId, (row) => ({
      ...row,
      via: result.ok ? '1:1' : 'queued' in result ? 'queued' : 'none',
      conversationId: chat?.address.conversation.id,
      messageId: result.ok ? result.messageId : undefined,
    }));
  }
  await askByLink(deps, b, m, contacts, byLink, { reminder: false });
  return { status: 'done' };
}

/** Job: the joint reflection card in the meeting's conversation, at its end. */
export async function runJoint(deps: FeatureDeps, payload: unknown): Promise<JobResult> {
  const loaded = await loadJob(deps, payload);
  if (!loaded || !stillDue(deps, loaded.m) || !loaded.m.jointReflection) return { status: 'done' };
  const conversation = await deps.store.conversations.get(loaded.m.poll.conversationId);
  if (!conversation) return { status: 'done' };
  const t = textsFor(loaded.m.poll.locale ?? localeOf(conversation.value.address.locale));
  await deps.outbox.deliver(
    { kind: 'conversation', address: conversation.value.address },
    { card: reflectionCard(t, loaded.b, loaded.m, { open: true, joint: true }) },
    { purpose: 'reflection-joint', broedplaatsId: loaded.b.id },
  );
  return { status: 'done' };
}

/** Job: one reminder to those asked who have not answered (marked on their prompt row first, so never twice). */
export async function runRemind(deps: FeatureDeps, payload: unknown): Promise<JobResult> {
  const loaded = await loadJob(deps, payload);
  if (!loaded || !stillDue(deps, loaded.m)) return { status: 'done' };
  const { b, m } = loaded;
  const [prompts, reflections, conversation] = await Promise.all([
    deps.store.reflections.promptsFor(m.id),
    deps.store.reflections.listFor(m.id),
    deps.store.conversations.get(m.poll.conversationId),
  ]);
  const answered = new Set(reflections.map((r) => r.participant.aadObjectId));
  const byLink: ReflectionPrompt[] = [];
  for (const p of prompts.filter((x) => !answered.has(x.participant.aadObjectId) && !x.remindedAt)) {
    let marked = false;
    await deps.store.reflections.updatePrompt(m.id, p.participant.aadObjectId, (row) => {
      marked = !row.remindedAt;
      return marked ? { ...row, remindedAt: deps.now().toISOString() } : undefined;
    });
    if (!marked) continue;
    if (asksByLink(p.participant)) {
      byLink.push(p);
      continue;
    }
    const t = textsFor(
      await localeOfUser(deps, p.participant.aadObjectId, conversation?.value.address.locale),
    );
    await deps.outbox.deliver(
      {
        kind: 'user',
        aadObjectId: p.participant.aadObjectId,
        tenantId: conversation?.value.tenantId,
        hint: conversation?.value.address,
      },
      {
        card: reflectionCard(t, b, m, {
          open: true,
          status: { text: t.reflection.card.reminder, color: 'Accent' },
        }),
      },
      { purpose: 'reflection-reminder', broedplaatsId: b.id, recipient: p.participant.name },
    );
  }
  if (byLink.length) {
    const [invitations, rsvps, contacts] = await Promise.all([
      deps.store.invitations.listFor(m.id),
      deps.store.invitations.rsvpsOf(m.id),
      contactsOf(deps, b),
    ]);
    const emailOf = linkEmails(b, invitations, rsvps);
    const requests = byLink.map((prompt) => ({ prompt, email: emailOf(prompt.participant.aadObjectId) }));
    await askByLink(deps, b, m, contacts, requests, { reminder: true });
  }
  return { status: 'done' };
}

/** Job: closing: every prompt card says it is closed, and the contacts get the results. */
export async function runClose(deps: FeatureDeps, payload: unknown): Promise<JobResult> {
  const loaded = await loadJob(deps, payload);
  if (!loaded || loaded.m.status !== 'scheduled' || !loaded.m.end) return { status: 'done' };
  const { b, m } = loaded;
  if (reflectionOpen(m.end ?? '', deps.config.reflectionDelayMinutes, DateTime.fromJSDate(deps.now()))) {
    return {
      status: 'retry',
      at: reflectionWindow(m.end ?? '', deps.config.reflectionDelayMinutes).closesAt.toJSDate(),
      error: 'moved later',
    };
  }
  const [prompts, reflections] = await Promise.all([
    deps.store.reflections.promptsFor(m.id),
    deps.store.reflections.listFor(m.id),
  ]);
  for (const p of prompts) {
    if (!p.conversationId || !p.messageId) continue;
    const chat = await deps.store.conversations.get(p.conversationId);
    if (!chat) continue;
    const t = textsFor(localeOf(chat.value.address.locale));
    const answers = reflections.find((r) => r.participant.aadObjectId === p.participant.aadObjectId)?.answers;
    const card = reflectionCard(t, b, m, {
      open: false,
      answers,
      status: { text: t.reflection.card.closed, color: 'Default' },
    });
    await deps.outbox.deliver(
      { kind: 'update', address: chat.value.address, messageId: p.messageId, card },
      { card },
      {
        purpose: 'reflection-closed',
        broedplaatsId: b.id,
      },
    );
  }
  const results = summarize(prompts.length, reflections);
  for (const c of await contactsOf(deps, b)) {
    const t = textsFor(await localeOfUser(deps, c.aadObjectId));
    await deps.outbox.deliver(
      { kind: 'user', aadObjectId: c.aadObjectId },
      {
        card: resultsCard(t, b, m, results, {
          intro: t.reflection.results.closedIntro,
          offerFollowUps: true,
        }),
      },
      { purpose: 'reflection-results', broedplaatsId: b.id, recipient: c.name },
    );
  }
  return { status: 'done' };
}

/** Reads the card's (or the page's) values; names every required answer still missing. */
export function readAnswers(
  t: Texts,
  data: ReflectionFields,
): { ok: true; answers: ReflectionAnswers } | { ok: false; error: string } {
  const scale = (v: string | undefined) => (v !== undefined && /^[1-5]$/.test(v) ? Number(v) : undefined);
  const text = (v: string | undefined) => cleanText(v ?? '') || undefined;
  const usefulness = scale(data.usefulness);
  const systemValue = scale(data.systemValue);
  const research = data.researchValue ?? '';
  const researchValue = research === 'na' ? undefined : scale(research);
  const newContacts = NEW_CONTACTS.find((k) => k === data.newContacts);
  const followUpWish = FOLLOW_UP_WISH.find((k) => k === data.followUpWish);
  const f = t.reflection.fieldNames;
  const missing = [
    usefulness === undefined ? f.usefulness : '',
    newContacts === undefined ? f.newContacts : '',
    systemValue === undefined ? f.systemValue : '',
    research !== 'na' && researchValue === undefined ? f.researchValue : '',
    followUpWish === undefined ? f.followUpWish : '',
  ].filter(Boolean);
  if (missing.length) return { ok: false, error: t.reflection.card.required({ fields: missing.join(', ') }) };
  const texts = {
    perspectives: text(data.perspectives),
    followUps: text(data.followUps),
    remarks: text(data.remarks),
  };
  if (Object.values(texts).some((x) => x && textLength(x) > REFLECTION_TEXT_MAX)) {
    return { ok: false, error: t.reflection.card.tooLong({ max: REFLECTION_TEXT_MAX }) };
  }
  const parsed = reflectionAnswersSchema.safeParse({
    usefulness,
    systemValue,
    researchValue,
    newContacts,
    followUpWish,
    ...texts,
    showName: data.showName === 'true',
  });
  return parsed.success
    ? { ok: true, answers: parsed.data }
    : { ok: false, error: t.reflection.card.tooLong({ max: REFLECTION_TEXT_MAX }) };
}

export class Reflections {
  constructor(private readonly deps: FeatureDeps) {}

  /**
   * "Versturen" on a reflection card: only by someone asked, or anyone present on the joint card in the
   * meeting's conversation; changeable until the reflection closes.
   */
  async submit(turn: Turn, data: ReflectionSubmitForm): Promise<ActionOutcome> {
    const t = turn.t;
    const loaded = await load(this.deps, data);
    if (!loaded) return { message: t.reflection.notFound };
    const { b, m } = loaded;
    const aad = turn.actor.aadObjectId;
    if (!aad || !m.end || m.status !== 'scheduled') return { message: t.reflection.notFound };
    const now = DateTime.fromJSDate(this.deps.now());
    const joint = m.jointReflection === true && m.poll.conversationId === turn.conversation.id;
    if (DateTime.fromISO(m.end) > now && !(joint && DateTime.fromISO(m.end).minus({ hours: 1 }) <= now)) {
      return {
        card: reflectionCard(t, b, m, {
          open: false,
          status: { text: t.reflection.card.notYet, color: 'Attention' },
        }),
      };
    }
    const existing = await this.deps.store.reflections.get(m.id, aad);
    if (!reflectionOpen(m.end, this.deps.config.reflectionDelayMinutes, now)) {
      return {
        card: reflectionCard(t, b, m, {
          open: false,
          answers: existing?.answers,
          status: { text: t.reflection.card.closed, color: 'Default' },
        }),
      };
    }
    const prompt = (await this.deps.store.reflections.promptsFor(m.id)).find(
      (p) => p.participant.aadObjectId === aad,
    );
    if (!prompt && !joint) return { message: t.reflection.notForYou };
    const read = readAnswers(t, data);
    if (!read.ok)
      return {
        card: reflectionCard(t, b, m, {
          open: true,
          joint,
          typed: data,
          status: { text: read.error, color: 'Attention' },
        }),
      };
    const nowIso = now.toUTC().toISO() ?? '';
    await this.deps.store.reflections.put({
      meetingId: m.id,
      broedplaatsId: b.id,
      participant: prompt?.participant ?? { aadObjectId: aad, name: turn.actor.name, role: 'present' },
      answers: read.answers,
      submittedAt: existing?.submittedAt ?? nowIso,
      updatedAt: nowIso,
    });
    const closes = formatMoment(
      reflectionWindow(m.end, this.deps.config.reflectionDelayMinutes).closesAt.toISO() ?? '',
      turn.locale,
    );
    return {
      card: reflectionCard(t, b, m, {
        open: true,
        joint,
        answers: read.answers,
        status: { text: t.reflection.card.saved({ closes }), color: 'Good' },
      }),
    };
  }
}
