// When a meeting's moment is fixed, moves or is called off: the invitees' own cards in Teams show it, invitees told
// 1:1 when asked, and invitees outside Teams hear of it by e-mail (with their personal link) or through the contact.
import type { MeetingNews } from '../../bot/feature';
import type { AdaptiveCard } from '../../cards/render';
import type { Broedplaats } from '../../domain/broedplaats';
import { hearsOfChanges, outsideTeams, type Invitation } from '../../domain/invitation';
import { formatSlot, type Meeting, type MeetingChange, type Slot } from '../../domain/meeting';
import { escapeMarkdown } from '../../domain/text';
import { localeOf, textsFor, type Locale, type Texts } from '../../i18n';
import { bilingualMail, type MailText } from '../../mail/bilingual';
import type { FeatureDeps } from '../../bot/deps';
import { keepUndelivered } from '../shared/undelivered';
import { meetingTitle } from '../scheduling';
import { scheduleReminders } from './reminders';
import { rsvpLink } from './links';
import { passOnCards, sendPrivately } from './texts';
import { refreshInvitationCards } from './cards-now';
import { refreshTally } from './rsvp';

/** Who hears of a change outside Teams: an invitee (through their personal link) or someone sent in their place. */
interface Recipient {
  inv: Invitation;
  name: string;
  email?: string;
  /** The invitee's own (a delegate has no personal link of their own). */
  withLink: boolean;
}

/** The message about the change in one language, with the invitee's personal link (not needed when called off). */
function changeMail(
  deps: Pick<FeatureDeps, 'links'>,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  to: Recipient,
  change: MeetingChange,
): MailText {
  const t = textsFor(locale);
  const c = t.invitations.change;
  const slot = (s: Pick<Slot, 'start' | 'end'>) => formatSlot({ start: s.start, end: s.end }, locale);
  const now = { start: m.start ?? '', end: m.end ?? '' };
  const about = { number: m.number, network: b.network.name };
  const what =
    change.kind === 'fixed'
      ? c.fixed({ ...about, when: slot(now) })
      : change.kind === 'moved'
        ? c.moved({ ...about, from: slot(change.from), to: slot(now) })
        : c.cancelled({ ...about, when: slot(change.when) });
  const where = [m.location, m.onlineUrl].filter(Boolean).join(' / ');
  const link = rsvpLink(deps, to.inv, locale);
  const body = [
    t.mail.greeting({ name: to.name }),
    '',
    what,
    ...(change.kind !== 'cancelled' && where ? [`${t.mail.labels.where}: ${where}`] : []),
    '',
    ...(change.kind !== 'cancelled' && to.withLink ? [c.byLink, link, ''] : []),
    t.mail.closing,
    b.contacts.map((x) => x.name).join(', '),
  ];
  return { subject: c.subject[change.kind](about), body: body.join('\n'), link };
}

/** Cards with, per person outside Teams, the message in Dutch and in English for the contact to send on. */
function changeTextsCards(
  deps: Pick<FeatureDeps, 'links'>,
  t: Texts,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  recipients: readonly Recipient[],
  change: MeetingChange,
): AdaptiveCard[] {
  return passOnCards(
    t,
    locale,
    {
      title: t.invitations.change.title({ network: b.network.name, number: m.number }),
      intro: t.invitations.change.intro({ count: recipients.length }),
      ids: 'change',
    },
    recipients.map((to) => ({
      name: to.name,
      email: to.email,
      nl: changeMail(deps, 'nl', b, m, to, change),
      en: changeMail(deps, 'en', b, m, to, change),
    })),
  );
}

/** What an invitee in Teams is told 1:1 of a change, in their language. */
function changeNotice(t: Texts, locale: Locale, b: Broedplaats, m: Meeting, change: MeetingChange): string {
  const title = escapeMarkdown(meetingTitle(t, b, m));
  const now = { start: m.start ?? '', end: m.end ?? '' };
  if (change.kind === 'fixed')
    return t.invitations.change.fixedNotice({ title, when: formatSlot(now, locale) });
  if (change.kind === 'moved')
    return t.common.meetingMoved({
      title,
      from: formatSlot(change.from, locale),
      to: formatSlot(now, locale),
    });
  return t.common.meetingCancelled({ title, when: formatSlot(change.when, locale) });
}

/**
 * The invitations' part of a change of the meeting's moment (`m` as it is now):
 * - reminders are (re)scheduled for a fixed meeting and dropped for one called off;
 * - every invitation card sent 1:1 shows the meeting as it is now (answers closed when called off), and so does the
 *   contact's tally card;
 * - invitees in Teams who have not declined are told 1:1 (not the one who made the change);
 * - invitees outside Teams who have not declined, and delegates, are e-mailed (Dutch and English, invitees with their
 *   personal link) when the bot mails; else, or when Graph refuses (kept among the undelivered), the contact who made
 *   the change gets the message privately to send on.
 */
export async function tellInvitees(deps: FeatureDeps, news: MeetingNews): Promise<void> {
  const { turn, b, m, change } = news;
  const [all, rsvps] = await Promise.all([
    deps.store.invitations.listFor(m.id),
    deps.store.invitations.rsvpsOf(m.id),
  ]);
  // A meeting no longer fixed has its reminders dropped.
  await scheduleReminders(deps, m, all);
  if (!all.length) return;
  await refreshInvitationCards(deps, b, m);
  // The contact's tally card names the moment too.
  await refreshTally(deps, b, m, all, rsvps);
  const coming = all.filter((i) => hearsOfChanges(i, rsvps));
  for (const inv of coming) {
    const aad = inv.invitee.aadObjectId;
    if (!aad || outsideTeams(inv) || aad === turn.actor.aadObjectId) continue;
    const chat = await deps.store.conversations.personalChatOf(aad);
    const locale = localeOf(chat?.address.locale ?? turn.locale);
    await deps.outbox.deliver(
      { kind: 'user', aadObjectId: aad, tenantId: turn.conversation.tenantId, hint: turn.address },
      changeNotice(textsFor(locale), locale, b, m, change),
      { purpose: 'meeting-change', broedplaatsId: b.id, recipient: inv.invitee.name },
    );
  }
  // Outside Teams: invitees who have not declined, and whoever was sent in an invitee's place.
  const recipients: Recipient[] = [
    ...coming
      .filter(outsideTeams)
      .map((inv) => ({ inv, name: inv.invitee.name, email: inv.invitee.email, withLink: true })),
    ...rsvps.flatMap((r) => {
      const inv = all.find((i) => i.id === r.invitationId);
      return r.answer === 'delegated' && r.delegate && inv
        ? [{ inv, name: r.delegate.name, email: r.delegate.email, withLink: false }]
        : [];
    }),
  ];
  const forContact: Recipient[] = [];
  for (const to of recipients) {
    const mailed =
      deps.mailer && to.email
        ? await deps.mailer.send({
            to: { name: to.name, email: to.email },
            cause: { broedplaatsId: b.id, contactId: turn.actor.aadObjectId },
            ...bilingualMail(
              changeMail(deps, 'nl', b, m, to, change),
              changeMail(deps, 'en', b, m, to, change),
            ),
          })
        : undefined;
    if (mailed?.ok) continue;
    if (mailed)
      await keepUndelivered(deps, {
        purpose: 'meeting-change-mail',
        broedplaatsId: b.id,
        recipient: to.name,
        reason: mailed.reason,
      });
    forContact.push(to);
  }
  if (forContact.length)
    await sendPrivately(deps, turn, changeTextsCards(deps, turn.t, turn.locale, b, m, forContact, change), {
      purpose: 'meeting-change-texts',
      broedplaatsId: b.id,
    });
}
