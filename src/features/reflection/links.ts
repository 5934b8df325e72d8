// Reflection for participants outside Teams: their signed personal link, the e-mail around it (Dutch and English),
// and the texts the contacts send on when the bot does not mail.
import type { AdaptiveCard } from '../../cards/render';
import type { Broedplaats } from '../../domain/broedplaats';
import type { Meeting } from '../../domain/meeting';
import { reflectionWindow, type ReflectionPrompt } from '../../domain/reflection';
import { textsFor, type Locale, type Texts } from '../../i18n';
import { bilingualMail, type MailText } from '../../mail/bilingual';
import { readLinkIds, signLink } from '../../web/signed-links';
import type { FeatureDeps } from '../../bot/deps';
import { passOnCards, whenText } from '../invitations';
import { formatMoment } from './views';

/** The kind of signed link that opens one participant's reflection page. */
export const REFLECT_LINK_KIND = 'reflect';
/**
 * The longest a link lives after the prompt. The page itself takes answers while the reflection is open, and calls
 * the link expired some weeks after it closed (a meeting moved later keeps its link working).
 */
const REFLECT_LINK_DAYS = 400;

/** A participant to ask by link, and where it goes when the bot mails (the address kept with them, if any). */
export interface LinkRequest {
  prompt: ReflectionPrompt;
  email?: string;
}

/** The token of a participant's link: the same for one prompt (so a reminder carries the same link). */
export function reflectionToken(secret: string, p: ReflectionPrompt): string {
  const exp = Math.floor(Date.parse(p.sentAt) / 1000) + REFLECT_LINK_DAYS * 24 * 3600;
  return signLink(secret, {
    kind: REFLECT_LINK_KIND,
    ids: [p.broedplaatsId, p.meetingId, p.participant.aadObjectId],
    exp,
  });
}

/** The ids a reflection link names, when its token is genuine and not past its lifetime. */
export function readReflectionToken(
  secret: string,
  token: string,
  now: Date,
):
  | { ok: true; broedplaatsId: string; meetingId: string; participantKey: string }
  | { ok: false; reason: 'invalid' | 'expired' } {
  const read = readLinkIds(
    secret,
    token,
    REFLECT_LINK_KIND,
    ['broedplaatsId', 'meetingId', 'participantKey'],
    now,
  );
  return read.ok ? { ok: true, ...read.ids } : read;
}

/** A participant's reflection link, opening the page in `locale`. */
export function reflectionLink(
  deps: Pick<FeatureDeps, 'links'>,
  p: ReflectionPrompt,
  locale: Locale,
): string {
  return `${deps.links.baseUrl}/reflect/${reflectionToken(deps.links.secret, p)}?lang=${locale}`;
}

/** The request to reflect as e-mail text in one language (a reminder starts with the card's reminder line). */
function reflectionMail(
  deps: Pick<FeatureDeps, 'links' | 'config'>,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  p: ReflectionPrompt,
  reminder: boolean,
): MailText {
  const t = textsFor(locale);
  const r = t.reflection.mail;
  const closes = reflectionWindow(m.end ?? '', deps.config.reflectionDelayMinutes).closesAt.toISO() ?? '';
  const link = reflectionLink(deps, p, locale);
  const body = [
    ...(reminder ? [t.reflection.card.reminder, ''] : []),
    t.mail.greeting({ name: p.participant.name }),
    '',
    r.opening({ number: m.number, network: b.network.name, when: whenText(t, locale, m) }),
    '',
    r.answerBy({ closes: formatMoment(closes, locale) }),
    link,
    '',
    t.mail.closing,
    b.contacts.map((c) => c.name).join(', '),
  ];
  const subject = r.subject({ network: b.network.name, number: m.number });
  return {
    subject: reminder ? `${t.mail.reminderSubject}: ${subject}` : subject,
    body: body.join('\n'),
    link,
  };
}

/**
 * E-mails the request to reflect (Dutch, then English) with the personal link, when the bot has a mailer and the
 * participant an address; the address is the only personal data that leaves, to Microsoft Graph.
 */
export async function mailReflection(
  deps: Pick<FeatureDeps, 'links' | 'config' | 'mailer'>,
  b: Broedplaats,
  m: Meeting,
  { prompt: p, email }: LinkRequest,
  options: { reminder: boolean },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (!deps.mailer || !email) return { ok: false, reason: 'no mail' };
  const result = await deps.mailer.send({
    to: { name: p.participant.name, email },
    cause: { broedplaatsId: b.id },
    ...bilingualMail(
      reflectionMail(deps, 'nl', b, m, p, options.reminder),
      reflectionMail(deps, 'en', b, m, p, options.reminder),
    ),
  });
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}

/** Cards with, per participant outside Teams, the request to reflect in Dutch and in English with their link. */
export function reflectionTextsCards(
  deps: Pick<FeatureDeps, 'links' | 'config'>,
  t: Texts,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  requests: readonly LinkRequest[],
  options: { reminder: boolean },
): AdaptiveCard[] {
  return passOnCards(
    t,
    locale,
    {
      title: t.reflection.mail.title({ network: b.network.name, number: m.number }),
      intro: options.reminder
        ? t.reflection.mail.reminderIntro({ count: requests.length })
        : t.reflection.mail.intro({ count: requests.length }),
      ids: 'reflection',
    },
    requests.map(({ prompt: p, email }) => ({
      name: p.participant.name,
      email,
      nl: reflectionMail(deps, 'nl', b, m, p, options.reminder),
      en: reflectionMail(deps, 'en', b, m, p, options.reminder),
    })),
  );
}
