// Someone sent in an invitee's place: they get what they need to come (what, when, where, a calendar file), by
// e-mail when the bot mails, else through the contact who sent the invitation.
import type { Broedplaats } from '../../domain/broedplaats';
import { createHash } from 'node:crypto';
import {
  MAX_DELEGATES_ASKED,
  MAX_DELEGATES_BRIEFED,
  type Invitation,
  type Rsvp,
} from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { textsFor, type Locale } from '../../i18n';
import { bilingualMail, type MailText } from '../../mail/bilingual';
import type { ConversationAddress } from '../../store/conversations';
import type { FeatureDeps } from '../../bot/deps';
import { keepUndelivered } from '../shared/undelivered';
import { icsUrl } from '../scheduling';
import { passOnCards, passOnPrivately, textsRecipients } from './texts';
import { inviteeLabel, whenText } from './views';

/** The message for the delegate in one language: the meeting's facts, and its calendar file once it is fixed. */
function delegateMail(
  deps: FeatureDeps,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  inv: Invitation,
  delegate: NonNullable<Rsvp['delegate']>,
): MailText {
  const t = textsFor(locale);
  const d = t.invitations.delegate;
  const where = [m.location, m.onlineUrl].filter(Boolean).join(' / ');
  const calendar = m.status === 'scheduled' ? icsUrl(deps, m, locale) : '';
  const body = [
    t.mail.greeting({ name: delegate.name }),
    '',
    d.opening({ invitee: inviteeLabel(inv), number: m.number, network: b.network.name }),
    '',
    `${t.mail.labels.question}: ${b.question}`,
    `${t.mail.labels.purpose}: ${m.purpose}`,
    `${t.mail.labels.when}: ${m.start ? whenText(t, locale, m) : t.invitations.whenPolling}`,
    ...(where ? [`${t.mail.labels.where}: ${where}`] : []),
    '',
    ...(calendar ? [d.calendar, calendar, ''] : []),
    t.mail.closing,
    inv.invitedBy.name,
  ];
  return {
    subject: d.subject({ network: b.network.name, number: m.number }),
    body: body.join('\n'),
    link: calendar,
  };
}

/** A delegate's key among those briefed: a hash of the address, so the invitation keeps no addresses. */
function delegateKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
}

/**
 * Notes that `delegate` is briefed for `inv`: 'first' when they were not before, 'again' when they were (nothing is
 * sent twice), 'tooMany' when the invitation already had its most delegates briefed (the contact is asked).
 */
async function noteBriefing(
  deps: FeatureDeps,
  m: Meeting,
  inv: Invitation,
  delegate: NonNullable<Rsvp['delegate']>,
): Promise<'first' | 'again' | 'tooMany'> {
  const key = delegateKey(delegate.email);
  // Past the most delegates briefed, the contact is asked about a few more, then no longer (an answer link must
  // not be able to fill the contact's chat either); the answer itself is stored as ever.
  let briefing: 'first' | 'again' | 'tooMany' = 'again';
  await deps.store.invitations.update(m.id, inv.id, (i) => {
    const briefed = i.delegatesBriefed ?? [];
    if (briefed.includes(key)) return undefined;
    if (briefed.length < MAX_DELEGATES_BRIEFED) {
      briefing = 'first';
      return { ...i, delegatesBriefed: [...briefed, key] };
    }
    const asked = i.delegatesAsked ?? 0;
    if (asked >= MAX_DELEGATES_ASKED) return undefined;
    briefing = 'tooMany';
    return { ...i, delegatesAsked: asked + 1 };
  });
  return briefing;
}

/**
 * Briefs a newly named delegate: by e-mail (Dutch and English) when the bot mails; otherwise, or when Graph
 * refuses (kept among the undelivered), the contact who sent the invitation (or, when they no longer are one, the
 * contacts) gets the text 1:1 to pass on.
 */
export async function briefDelegate(
  deps: FeatureDeps,
  b: Broedplaats,
  m: Meeting,
  inv: Invitation,
  delegate: NonNullable<Rsvp['delegate']>,
  where: { tenantId?: string; hint?: ConversationAddress },
): Promise<void> {
  const nl = delegateMail(deps, 'nl', b, m, inv, delegate);
  const en = delegateMail(deps, 'en', b, m, inv, delegate);
  const briefing = await noteBriefing(deps, m, inv, delegate);
  if (briefing === 'again') return;
  if (deps.mailer && briefing === 'first') {
    const mailed = await deps.mailer.send({
      to: { name: delegate.name, email: delegate.email },
      cause: { broedplaatsId: b.id, contactId: inv.invitedBy.aadObjectId },
      ...bilingualMail(nl, en),
    });
    if (mailed.ok) return;
    await keepUndelivered(deps, {
      purpose: 'delegate-mail',
      broedplaatsId: b.id,
      recipient: delegate.name,
      reason: mailed.reason,
    });
  }
  await passOnPrivately(
    deps,
    await textsRecipients(deps, b, inv),
    (t, locale) =>
      passOnCards(
        t,
        locale,
        {
          title: t.invitations.delegate.title({ network: b.network.name, number: m.number }),
          intro:
            briefing === 'tooMany'
              ? t.invitations.delegate.tooMany({
                  invitee: inviteeLabel(inv),
                  delegate: delegate.name,
                  max: MAX_DELEGATES_BRIEFED,
                })
              : t.invitations.delegate.intro({ invitee: inviteeLabel(inv), delegate: delegate.name }),
          ids: 'delegate',
        },
        [{ name: delegate.name, email: delegate.email, nl, en }],
      ),
    { purpose: 'delegate-texts', broedplaatsId: b.id },
    where,
  );
}
