// Mail to people outside Teams within daily caps (per contact, per broedplaats, in all), so that no user can make
// the organisation's mailbox send without bounds; past a cap the send fails and the caller passes the text on.
import { DateTime } from 'luxon';
import type { MailCap, MailCountStore } from '../store/mail-counts';
import type { Mailer, MailMessage, SendResult } from './graph-mail';

const CAPS: readonly MailCap[] = ['perContact', 'perBroedplaats', 'perDay'];

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
  ) {}

  async send(message: MailMessage): Promise<SendResult> {
    const day = DateTime.fromJSDate(this.now()).setZone('Europe/Amsterdam').toISODate() ?? 'unknown';
    const passed = await this.counts.take(day, message.cause, this.caps);
    if (passed) return { ok: false, reason: mailCapReason(passed), retryable: false };
    return this.inner.send(message);
  }
}
