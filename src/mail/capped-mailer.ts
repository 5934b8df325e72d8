// Mail to people outside Teams within daily caps (per contact, per broedplaats, in all), so that no user can make
// the organisation's mailbox send without bounds; past a cap the send fails and the caller passes the text on.
import { createHmac } from 'node:crypto';
import { DateTime } from 'luxon';
import type { MailCap, MailCountStore } from '../store/mail-counts';
import type { Mailer, MailMessage, SendResult } from './graph-mail';

const CAPS: readonly MailCap[] = ['perContact', 'perBroedplaats', 'perDay'];

/** Why a mail was not sent when its count could not be kept (storage did not answer). */
export const MAIL_COUNT_UNAVAILABLE = 'mail count unavailable';

/** A contact as the day's counts name them: a keyed hash of their Entra id. */
function contactKey(secret: string, contactId: string): string {
  return createHmac('sha256', secret)
    .update(`mail-cap|${contactId.toLowerCase()}`)
    .digest('base64url')
    .slice(0, 22);
}

/** The reason a capped mail was not sent, as it is kept among the undelivered (shown in words by `status`). */
export function mailCapReason(cap: MailCap): string {
  return `mail-cap:${cap}`;
}

/** The cap a kept reason names, when it names one. */
export function mailCapOf(reason: string): MailCap | undefined {
  return CAPS.find((c) => reason === mailCapReason(c));
}

export class CappedMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private readonly counts: MailCountStore,
    private readonly caps: Record<MailCap, number>,
    private readonly now: () => Date,
    /** The key that turns a contact's Entra id into the counter's key (no Entra id is kept with the counts). */
    private readonly secret: string,
  ) {}

  async send(message: MailMessage): Promise<SendResult> {
    const day = DateTime.fromJSDate(this.now()).setZone('Europe/Amsterdam').toISODate() ?? 'unknown';
    const { broedplaatsId, contactId } = message.cause;
    let passed: MailCap | undefined;
    try {
      passed = await this.counts.take(
        day,
        { broedplaatsId, contactId: contactId && contactKey(this.secret, contactId) },
        this.caps,
      );
    } catch {
      // Not counted, not sent (the caps must hold); as a send failure, the caller passes the text on instead.
      return { ok: false, reason: MAIL_COUNT_UNAVAILABLE, retryable: true };
    }
    if (passed) return { ok: false, reason: mailCapReason(passed), retryable: false };
    return this.inner.send(message);
  }
}
