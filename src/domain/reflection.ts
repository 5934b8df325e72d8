// Reflection after a meeting (report, "Monitoring en evaluatie", 3.1–3.4): the questions, who is asked, the results.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isPseudonym } from './pseudonym';

/** Days after the prompt that people who have not answered get one reminder, and that answering closes. */
export const REFLECTION_REMINDER_DAYS = 3;
export const REFLECTION_OPEN_DAYS = 14;
export const REFLECTION_TEXT_MAX = 1000;

export const NEW_CONTACTS = ['none', 'some', 'many'] as const;
export const FOLLOW_UP_WISH = ['yes', 'maybe', 'no'] as const;
export const SCALE = [1, 2, 3, 4, 5] as const;

/** Who is asked to reflect, and why (the participants the report interviewed). */
export const PARTICIPANT_ROLES = ['contact', 'facilitator', 'invitee', 'present'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const reflectionAnswersSchema = z.object({
  usefulness: z.number().int().min(1).max(5),
  perspectives: z.string().max(REFLECTION_TEXT_MAX).optional(),
  newContacts: z.enum(NEW_CONTACTS),
  systemValue: z.number().int().min(1).max(5),
  /** Value of the research input; undefined when there was none ("n.v.t."). */
  researchValue: z.number().int().min(1).max(5).optional(),
  followUps: z.string().max(REFLECTION_TEXT_MAX).optional(),
  followUpWish: z.enum(FOLLOW_UP_WISH),
  remarks: z.string().max(REFLECTION_TEXT_MAX).optional(),
  /** The participant allows their name next to their texts in the results. */
  showName: z.boolean(),
});
export type ReflectionAnswers = z.infer<typeof reflectionAnswersSchema>;

const participantSchema = z.object({
  /** Their Entra object id; for someone asked through a personal link, that link's key (`link:…`, see `linkKey`). */
  aadObjectId: z.string(),
  name: z.string(),
  role: z.enum(PARTICIPANT_ROLES),
});
export type Participant = z.infer<typeof participantSchema>;

const LINK_PREFIX = 'link:';

/**
 * The key of a participant the bot cannot reach in Teams, who reflects through a personal link: an invitee who
 * accepted (by their invitation), the delegate they sent, or the facilitator.
 */
export function linkKey(of: { invitationId: string; delegate?: boolean } | { facilitator: true }): string {
  return 'facilitator' in of
    ? `${LINK_PREFIX}facilitator`
    : `${LINK_PREFIX}${of.invitationId}${of.delegate ? ':delegate' : ''}`;
}

/** Whether a participant reflects through a personal link rather than on a card in Teams. */
export function asksByLink(p: Pick<Participant, 'aadObjectId'>): boolean {
  return p.aadObjectId.startsWith(LINK_PREFIX);
}

/** Who a link key stands for (undefined for an Entra id): the facilitator, or an invitation's invitee or delegate. */
export function linkTarget(
  key: string,
): { facilitator: true } | { invitationId: string; delegate: boolean } | undefined {
  if (!key.startsWith(LINK_PREFIX)) return undefined;
  const rest = key.slice(LINK_PREFIX.length);
  if (rest === 'facilitator') return { facilitator: true };
  const delegate = rest.endsWith(':delegate');
  return { invitationId: delegate ? rest.slice(0, -':delegate'.length) : rest, delegate };
}

/** One participant's reflection on one meeting (their own row; a later answer replaces it). */
export const reflectionSchema = z.object({
  meetingId: z.string(),
  broedplaatsId: z.string(),
  participant: participantSchema,
  answers: reflectionAnswersSchema,
  submittedAt: z.string(),
  updatedAt: z.string(),
});
export type Reflection = z.infer<typeof reflectionSchema>;

/** That a participant was asked (the denominator of the response rate; reminded at most once). */
export const promptSchema = z.object({
  meetingId: z.string(),
  broedplaatsId: z.string(),
  participant: participantSchema,
  sentAt: z.string(),
  /** `email`: the personal link was e-mailed; `link`: the contacts got it to send on (people outside Teams). */
  via: z.enum(['1:1', 'queued', 'none', 'email', 'link']),
  conversationId: z.string().optional(),
  messageId: z.string().optional(),
  remindedAt: z.string().optional(),
});
export type ReflectionPrompt = z.infer<typeof promptSchema>;

/** When the reflection on a meeting opens (its end plus the delay) and closes (14 days after). */
export function reflectionWindow(
  end: string,
  delayMinutes: number,
): { opensAt: DateTime; remindAt: DateTime; closesAt: DateTime } {
  const opensAt = DateTime.fromISO(end).plus({ minutes: delayMinutes });
  return {
    opensAt,
    remindAt: opensAt.plus({ days: REFLECTION_REMINDER_DAYS }),
    closesAt: opensAt.plus({ days: REFLECTION_OPEN_DAYS }),
  };
}

/** Whether answers are still taken at `now`. */
export function reflectionOpen(end: string, delayMinutes: number, now: DateTime): boolean {
  return now < reflectionWindow(end, delayMinutes).closesAt;
}

/**
 * Someone to ask: in Teams by Entra id, or else through a personal link (`linkKey`); `email` (when known) tells the
 * same person apart in both.
 */
export interface Askable {
  /** Asked in Teams, by this Entra id. */
  aadObjectId?: string;
  name: string;
  /** Asked by link (when there is no `aadObjectId`). */
  linkKey?: string;
  /** An Entra id of someone asked by link anyway (Teams could not reach them): the same person as in Teams. */
  knownAs?: string;
  email?: string;
}

/**
 * The people to ask, each once, the first listed winning (contacts, facilitator, invitees who accepted): in Teams by
 * Entra id, the others by link; one Entra id or e-mail address is one person, in Teams or not.
 */
export function participantsOf(groups: { role: ParticipantRole; people: Askable[] }[]): Participant[] {
  const asked: Participant[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    for (const p of g.people) {
      const key = p.aadObjectId?.toLowerCase() ?? p.linkKey;
      // Someone who had their data removed stands under a pseudonym: not a person the bot can ask.
      if (!key || isPseudonym(key)) continue;
      const email = p.email?.trim().toLowerCase();
      const marks = [key, p.knownAs?.toLowerCase(), email && `mail|${email}`].filter((x): x is string =>
        Boolean(x),
      );
      if (marks.some((m) => seen.has(m))) continue;
      for (const m of marks) seen.add(m);
      asked.push({ aadObjectId: key, name: p.name, role: g.role });
    }
  }
  return asked;
}

/** The results of one meeting's reflection. */
export interface ReflectionResults {
  asked: number;
  answered: number;
  /** Answered / asked, 0–1 (0 when nobody was asked). */
  responseRate: number;
  averages: { usefulness?: number; systemValue?: number; researchValue?: number };
  newContacts: Record<(typeof NEW_CONTACTS)[number], number>;
  followUpWish: Record<(typeof FOLLOW_UP_WISH)[number], number>;
  /** Texts by question, with the name only where the participant allowed it. */
  texts: { question: 'perspectives' | 'followUps' | 'remarks'; text: string; name?: string }[];
}

function mean(values: number[]): number | undefined {
  return values.length
    ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10
    : undefined;
}

/**
 * Response rate, averages (one decimal; research input left out where not applicable), counts and texts. `asked`
 * is how many were asked 1:1; someone present who answered on the joint card only (role `present`) counts as asked
 * too, so they do not lift the rate of those asked 1:1.
 */
export function summarize(asked: number, reflections: readonly Reflection[]): ReflectionResults {
  const a = reflections.map((r) => r.answers);
  const count = <K extends string>(keys: readonly K[], pick: (x: ReflectionAnswers) => K) =>
    Object.fromEntries(keys.map((k) => [k, a.filter((x) => pick(x) === k).length])) as Record<K, number>;
  const texts: ReflectionResults['texts'] = [];
  for (const r of reflections) {
    for (const question of ['perspectives', 'followUps', 'remarks'] as const) {
      const text = r.answers[question];
      if (text) texts.push({ question, text, name: r.answers.showName ? r.participant.name : undefined });
    }
  }
  const presentOnly = reflections.filter((r) => r.participant.role === 'present').length;
  const total = Math.max(asked + presentOnly, reflections.length);
  return {
    asked: total,
    answered: reflections.length,
    responseRate: total ? reflections.length / total : 0,
    averages: {
      usefulness: mean(a.map((x) => x.usefulness)),
      systemValue: mean(a.map((x) => x.systemValue)),
      researchValue: mean(a.flatMap((x) => (x.researchValue === undefined ? [] : [x.researchValue]))),
    },
    newContacts: count(NEW_CONTACTS, (x) => x.newContacts),
    followUpWish: count(FOLLOW_UP_WISH, (x) => x.followUpWish),
    texts,
  };
}
