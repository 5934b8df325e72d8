// Reflecting behind a personal link (participants outside Teams): what the page shows, and storing the answers as the
// same reflection row a card in Teams writes, so the results, `status` and the export count them.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Broedplaats } from '../../domain/broedplaats';
import type { Meeting } from '../../domain/meeting';
import { inviteeForgotten } from '../../domain/invitation';
import { isPseudonym } from '../../domain/pseudonym';
import {
  asksByLink,
  linkTarget,
  reflectionWindow,
  type Participant,
  type Reflection,
} from '../../domain/reflection';
import { textsFor, type Locale } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import type { LinkProblem } from '../../web/form-page';
import { readReflectionToken } from './links';
import { readAnswers } from './reflect';
import { reflectionFields } from './verbs';

/** Everything the reflection page shows for one participant. */
export interface ReflectionPageModel {
  b: Broedplaats;
  m: Meeting;
  participant: Participant;
  /** Their answers as stored. */
  reflection?: Reflection;
  /** Answers are taken (`open`), not yet (the meeting was moved later), no more, or the meeting was called off. */
  state: 'open' | 'notYet' | 'closed' | 'cancelled';
  /** When answers close (ISO). */
  closesAt: string;
}

/** Days after the reflection closed that the page still shows the answers; after that the link has expired. */
const SHOWN_AFTER_CLOSE_DAYS = 60;

export type ReflectionPageLoad = { ok: true; page: ReflectionPageModel } | { ok: false; reason: LinkProblem };

/** What the page's form posts: the reflection card's fields, as strings (checked as the card's are). */
export const reflectionFormSchema = z.object(reflectionFields).strict();
export type ReflectionForm = z.infer<typeof reflectionFormSchema>;

export type ReflectionSubmit =
  | { ok: true }
  | { ok: false; reason: LinkProblem }
  | { ok: false; problem: string; page: ReflectionPageModel; form: ReflectionForm };

export class WebReflection {
  constructor(private readonly deps: FeatureDeps) {}

  /** Whether the person the link is for had their data removed (an invitee, or the facilitator). */
  private async forgotten(b: Broedplaats, meetingId: string, p: Participant): Promise<boolean> {
    if (isPseudonym(p.name)) return true;
    const target = linkTarget(p.aadObjectId);
    if (!target) return false;
    if ('facilitator' in target) return b.facilitator.chosen && b.facilitator.email === '';
    if (target.delegate) return false;
    const inv = await this.deps.store.invitations.get(meetingId, target.invitationId);
    return inv ? inviteeForgotten(inv.value) : false;
  }

  /** Reads the token and loads what the page shows; only someone asked by link has a page. */
  /** What is wrong with the link itself (its signature or lifetime), read without storage; undefined when nothing. */
  linkProblem(token: string): LinkProblem | undefined {
    const ids = readReflectionToken(this.deps.links.secret, token, this.deps.now());
    return ids.ok ? undefined : ids.reason;
  }

  async load(token: string): Promise<ReflectionPageLoad> {
    const now = this.deps.now();
    const ids = readReflectionToken(this.deps.links.secret, token, now);
    if (!ids.ok) return ids;
    const [bRow, mRow, prompt, reflection] = await Promise.all([
      this.deps.store.broedplaatsen.get(ids.broedplaatsId),
      this.deps.store.meetings.get(ids.broedplaatsId, ids.meetingId),
      this.deps.store.reflections.prompt(ids.meetingId, ids.participantKey),
      this.deps.store.reflections.get(ids.meetingId, ids.participantKey),
    ]);
    if (!bRow || !mRow?.value.end || !prompt || prompt.broedplaatsId !== ids.broedplaatsId)
      return { ok: false, reason: 'invalid' };
    if (!asksByLink(prompt.participant)) return { ok: false, reason: 'invalid' };
    if (await this.forgotten(bRow.value, ids.meetingId, prompt.participant))
      return { ok: false, reason: 'removed' };
    const m = mRow.value;
    const w = reflectionWindow(m.end ?? '', this.deps.config.reflectionDelayMinutes);
    const at = DateTime.fromJSDate(now);
    if (at >= w.closesAt.plus({ days: SHOWN_AFTER_CLOSE_DAYS })) return { ok: false, reason: 'expired' };
    const ended = DateTime.fromISO(m.end ?? '') <= at;
    return {
      ok: true,
      page: {
        b: bRow.value,
        m,
        participant: prompt.participant,
        reflection,
        state:
          m.status === 'cancelled' ? 'cancelled' : at >= w.closesAt ? 'closed' : ended ? 'open' : 'notYet',
        closesAt: w.closesAt.toUTC().toISO() ?? '',
      },
    };
  }

  /** Stores the answers when they are complete and answers are taken; else says what is wrong, in `locale`. */
  async submit(token: string, form: ReflectionForm, locale: Locale): Promise<ReflectionSubmit> {
    const loaded = await this.load(token);
    if (!loaded.ok) return loaded;
    const page = loaded.page;
    const t = textsFor(locale);
    const refuse = (problem: string): ReflectionSubmit => ({ ok: false, problem, page, form });
    if (page.state === 'closed') return refuse(t.reflection.card.closed);
    if (page.state === 'cancelled') return refuse(t.web.cancelled);
    if (page.state === 'notYet') return refuse(t.reflection.card.notYet);
    const read = readAnswers(t, form);
    if (!read.ok) return refuse(read.error);
    const now = this.deps.now().toISOString();
    await this.deps.store.reflections.put({
      meetingId: page.m.id,
      broedplaatsId: page.b.id,
      participant: page.participant,
      answers: read.answers,
      submittedAt: page.reflection?.submittedAt ?? now,
      updatedAt: now,
    });
    return { ok: true };
  }
}
