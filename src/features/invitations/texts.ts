// Invitation texts for the contact to e-mail (people outside Teams, or anyone on request), sent to the contact privately.
import type { Turn } from '../../bot/feature';
import { renderMailTextsCard } from '../../cards/mail-texts';
import type { AdaptiveCard } from '../../cards/render';
import type { Broedplaats } from '../../domain/broedplaats';
import type { Invitation } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { localeOf, textsFor, type Locale, type Texts } from '../../i18n';
import type { ConversationAddress } from '../../store/conversations';
import type { FeatureDeps } from '../../bot/deps';
import { contactsOf } from '../shared/access';
import { asReminder, invitationMail } from './links';

/** People per card: two texts of about 1 KB each; the card stays well under Teams' size limit. */
const PEOPLE_PER_CARD = 6;

/** A `mailto:` link with the invitation filled in, or '' without an address. */
export function mailto(email: string | undefined, mail: { subject: string; body: string }): string {
  if (!email) return '';
  const q = `subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`;
  return `mailto:${encodeURIComponent(email)}?${q}`;
}

/** One person's message for a contact to pass on, in Dutch and in English. */
export interface PassOn {
  name: string;
  email?: string;
  nl: { subject: string; body: string };
  en: { subject: string; body: string };
}

/**
 * Cards with messages for a contact to copy into an e-mail: per person both texts (inputs `<ids>_nl_<n>` and
 * `<ids>_en_<n>`, copied exactly as written) and, with an address, a `mailto:` link in each language.
 */
export function passOnCards(
  t: Texts,
  locale: Locale,
  head: { title: string; intro: string; ids: string },
  people: readonly PassOn[],
): AdaptiveCard[] {
  const cards: AdaptiveCard[] = [];
  for (let from = 0; from < people.length; from += PEOPLE_PER_CARD) {
    const part = people.slice(from, from + PEOPLE_PER_CARD);
    cards.push(
      renderMailTextsCard({
        title: head.title,
        intro: head.intro,
        people: part.map(({ name, email, nl, en }, i) => ({
          forWhom: t.mail.forWhom({ name, email: email ?? '' }),
          idNl: `${head.ids}_nl_${from + i + 1}`,
          labelNl: `${t.mail.dutch}: ${nl.subject}`,
          textNl: nl.body,
          idEn: `${head.ids}_en_${from + i + 1}`,
          labelEn: `${t.mail.english}: ${en.subject}`,
          textEn: en.body,
          // The contact picks the language of the person it goes to, whatever their own.
          mailtoNl: mailto(email, nl),
          mailLabelNl: t.mail.openMailIn.nl,
          mailtoEn: mailto(email, en),
          mailLabelEn: t.mail.openMailIn.en,
        })),
      }),
    );
  }
  return cards;
}

/** Cards with, per invitee, the invitation in Dutch and in English with their personal link. */
export function invitationTextsCards(
  deps: Pick<FeatureDeps, 'links'>,
  t: Texts,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  invitations: readonly Invitation[],
  options: { reminder?: boolean } = {},
): AdaptiveCard[] {
  const text = (lang: Locale, inv: Invitation) => {
    const mail = invitationMail(deps, lang, b, m, inv);
    return options.reminder ? asReminder(lang, mail) : mail;
  };
  return passOnCards(
    t,
    locale,
    {
      title: t.mail.title({ network: b.network.name, number: m.number }),
      intro: options.reminder
        ? t.mail.reminderIntro({ names: invitations.map((i) => i.invitee.name).join(', ') })
        : t.mail.intro({ count: invitations.length }),
      ids: 'text',
    },
    invitations.map((inv) => ({
      name: inv.invitee.name,
      email: inv.invitee.email,
      nl: text('nl', inv),
      en: text('en', inv),
    })),
  );
}

/**
 * Who gets texts about an invitation to pass on when no one clicked (a reminder, a delegate): whoever sent it while
 * they are still a contact of the broedplaats, else its contacts (never someone under a pseudonym).
 */
export async function textsRecipients(
  deps: Pick<FeatureDeps, 'store'>,
  b: Broedplaats,
  inv: Invitation,
): Promise<{ aadObjectId: string; name: string }[]> {
  const contacts = await contactsOf(deps, b);
  const inviter = contacts.find(
    (c) => c.aadObjectId.toLowerCase() === inv.invitedBy.aadObjectId.toLowerCase(),
  );
  return inviter ? [inviter] : contacts;
}

/**
 * Gives cards with texts to pass on to each of `people` 1:1 (no one clicked: a job, or texts for the contacts), each
 * in their own language: that of their personal chat, else that of `where.hint`.
 */
export async function passOnPrivately(
  deps: FeatureDeps,
  people: readonly { aadObjectId: string; name: string }[],
  cardsFor: (t: Texts, locale: Locale) => AdaptiveCard[],
  meta: { purpose: string; broedplaatsId: string },
  where: { tenantId?: string; hint?: ConversationAddress } = {},
): Promise<void> {
  for (const to of people) {
    const chat = await deps.store.conversations.personalChatOf(to.aadObjectId);
    const locale = localeOf(chat?.address.locale ?? where.hint?.locale);
    for (const card of cardsFor(textsFor(locale), locale))
      await deps.outbox.deliver(
        { kind: 'user', aadObjectId: to.aadObjectId, tenantId: where.tenantId, hint: where.hint },
        { card },
        { ...meta, recipient: to.name },
      );
  }
}

/**
 * Gives cards with personal links to the person in `turn` where only they see them: in this chat when it is their
 * personal chat, else 1:1 (a personal link in a channel would let anyone there answer for the invitee).
 * Returns whether they went to the personal chat rather than here.
 */
export async function sendPrivately(
  deps: FeatureDeps,
  turn: Turn,
  cards: readonly AdaptiveCard[],
  meta: { purpose: string; broedplaatsId: string },
): Promise<{ elsewhere: boolean }> {
  if (turn.conversation.kind === 'personal') {
    for (const card of cards) await turn.send({ card });
    return { elsewhere: false };
  }
  for (const card of cards) {
    await deps.outbox.deliver(
      {
        kind: 'user',
        aadObjectId: turn.actor.aadObjectId ?? '',
        tenantId: turn.conversation.tenantId,
        hint: turn.address,
      },
      { card },
      meta,
    );
  }
  return { elsewhere: true };
}

/** Gives the invitation texts to the person in `turn` where only they see them (see `sendPrivately`). */
export async function sendInvitationTexts(
  deps: FeatureDeps,
  turn: Turn,
  b: Broedplaats,
  m: Meeting,
  invitations: readonly Invitation[],
): Promise<{ elsewhere: boolean }> {
  const cards = invitationTextsCards(deps, turn.t, turn.locale, b, m, invitations);
  return sendPrivately(deps, turn, cards, { purpose: 'invitation-texts', broedplaatsId: b.id });
}
