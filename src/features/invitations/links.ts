// Personal links for invitees outside Teams: the signed RSVP link, and the invitation text (Dutch and English) around it.
import type { Broedplaats } from '../../domain/broedplaats';
import type { Invitation } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { textsFor, type Locale } from '../../i18n';
import { bilingualMail } from '../../mail/bilingual';
import { readLinkIds, signLink } from '../../web/signed-links';
import type { FeatureDeps } from '../../bot/deps';
import { whenText } from './views';

/** The kind of signed link that opens one invitation's answer page. */
export const RSVP_LINK_KIND = 'rsvp';
/**
 * The longest a personal link lives. The page itself closes answers when the meeting starts and calls the
 * link expired once the meeting is over (a moved meeting keeps its link working).
 */
const RSVP_LINK_DAYS = 400;

/** The token of an invitation's personal link: always the same for one invitation (so texts can be made again). */
export function rsvpToken(secret: string, inv: Invitation): string {
  const exp = Math.floor(Date.parse(inv.invitedAt) / 1000) + RSVP_LINK_DAYS * 24 * 3600;
  return signLink(secret, { kind: RSVP_LINK_KIND, ids: [inv.broedplaatsId, inv.meetingId, inv.id], exp });
}

/** The ids a personal link names, when its token is genuine and not past its lifetime. */
export function readRsvpToken(
  secret: string,
  token: string,
  now: Date,
):
  | { ok: true; broedplaatsId: string; meetingId: string; invitationId: string }
  | { ok: false; reason: 'invalid' | 'expired' } {
  const read = readLinkIds(
    secret,
    token,
    RSVP_LINK_KIND,
    ['broedplaatsId', 'meetingId', 'invitationId'],
    now,
  );
  return read.ok ? { ok: true, ...read.ids } : read;
}

/** The personal link of an invitation, opening the page in `locale`. */
export function rsvpLink(deps: Pick<FeatureDeps, 'links'>, inv: Invitation, locale: Locale): string {
  return `${deps.links.baseUrl}/rsvp/${rsvpToken(deps.links.secret, inv)}?lang=${locale}`;
}

/** The invitation as e-mail text in one language: subject and plain-text body with the personal link. */
export function invitationMail(
  deps: Pick<FeatureDeps, 'links'>,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  inv: Invitation,
): { subject: string; body: string } {
  const t = textsFor(locale);
  const where = [m.location, m.onlineUrl].filter(Boolean).join(' / ');
  const facts: [string, string][] = [
    [t.mail.labels.question, b.question],
    [t.mail.labels.purpose, m.purpose],
    [t.mail.labels.when, m.start ? whenText(t, locale, m) : t.mail.whenPolling],
    ...(where ? [[t.mail.labels.where, where] as [string, string]] : []),
    [t.mail.labels.why, inv.reason ?? t.invitations.card.whyDefault[inv.invitee.category]],
  ];
  const body = [
    t.mail.greeting({ name: inv.invitee.name }),
    '',
    t.mail.opening({ invitedBy: inv.invitedBy.name, number: m.number, network: b.network.name }),
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    t.mail.answerBy,
    rsvpLink(deps, inv, locale),
    '',
    t.mail.closing,
    inv.invitedBy.name,
  ];
  return { subject: t.mail.subject({ network: b.network.name, number: m.number }), body: body.join('\n') };
}

/** The invitation text as a reminder: "Herinnering:" before the subject, the reminder line above the text. */
export function asReminder(
  locale: Locale,
  mail: { subject: string; body: string },
): { subject: string; body: string } {
  const t = textsFor(locale);
  return {
    subject: `${t.mail.reminderSubject}: ${mail.subject}`,
    body: `${t.invitations.card.reminder}\n\n${mail.body}`,
  };
}

/**
 * E-mails the invitation (Dutch, then English) with the personal link, when the bot has a mailer; the
 * invitee's address is the only personal data that leaves, to Microsoft Graph.
 */
export async function mailInvitation(
  deps: Pick<FeatureDeps, 'links' | 'mailer'>,
  b: Broedplaats,
  m: Meeting,
  inv: Invitation,
  options: { reminder?: boolean } = {},
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (!deps.mailer || !inv.invitee.email) return { ok: false, reason: 'no mail' };
  const remind = (locale: Locale, mail: { subject: string; body: string }) =>
    options.reminder ? asReminder(locale, mail) : mail;
  const mail = bilingualMail(
    { ...remind('nl', invitationMail(deps, 'nl', b, m, inv)), link: rsvpLink(deps, inv, 'nl') },
    { ...remind('en', invitationMail(deps, 'en', b, m, inv)), link: rsvpLink(deps, inv, 'en') },
  );
  const result = await deps.mailer.send({
    to: { name: inv.invitee.name, email: inv.invitee.email },
    cause: { broedplaatsId: b.id, contactId: inv.invitedBy.aadObjectId },
    ...mail,
  });
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}
