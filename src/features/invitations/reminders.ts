// Reminders to invitees who have not answered: jobs at the configured days before the meeting, checked when due.
import { z } from 'zod';
import { DateTime } from 'luxon';
import { answersOpen, outsideTeams, reminderMoments, type Invitation } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { localeOf, textsFor } from '../../i18n';
import type { JobResult } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { keepUndelivered } from '../shared/undelivered';
import { deliverInvitation } from './delivery';
import { mailInvitation } from './links';
import { invitationTextsCards, passOnPrivately, textsRecipients } from './texts';

export const REMINDER_JOB = 'rsvp.reminder';

const reminderPayload = z.object({
  broedplaatsId: z.string(),
  meetingId: z.string(),
  invitationId: z.string(),
  days: z.number(),
});
type ReminderPayload = z.infer<typeof reminderPayload>;

function reminderId(invitationId: string, days: number): string {
  return `rsvp-reminder|${invitationId}|${days}`;
}

/**
 * (Re)schedules the reminders of a meeting's invitations (all, or `only`) for its current moment: one job
 * per invitation and configured day that is still ahead; reminders no longer ahead are dropped.
 */
export async function scheduleReminders(
  deps: FeatureDeps,
  m: Meeting,
  only?: readonly Invitation[],
): Promise<void> {
  const invitations = only ?? (await deps.store.invitations.listFor(m.id));
  const now = DateTime.fromJSDate(deps.now());
  if (m.status !== 'scheduled' || !m.start) return cancelReminders(deps, m, invitations);
  const moments = reminderMoments(m.start, deps.config.reminderDays, now);
  for (const inv of invitations) {
    for (const days of deps.config.reminderDays) {
      const at = moments.find(([d]) => d === days)?.[1];
      if (at) {
        const payload: ReminderPayload = {
          broedplaatsId: m.broedplaatsId,
          meetingId: m.id,
          invitationId: inv.id,
          days,
        };
        await deps.jobs.schedule(reminderId(inv.id, days), REMINDER_JOB, at.toJSDate(), payload);
      } else {
        await deps.jobs.cancel(reminderId(inv.id, days));
      }
    }
  }
}

/** Drops every pending reminder of a meeting's invitations (e.g. when it is cancelled). */
export async function cancelReminders(
  deps: FeatureDeps,
  m: Meeting,
  only?: readonly Invitation[],
): Promise<void> {
  const invitations = only ?? (await deps.store.invitations.listFor(m.id));
  for (const inv of invitations)
    for (const days of deps.config.reminderDays) await deps.jobs.cancel(reminderId(inv.id, days));
}

/** Runs a due reminder: only when the meeting still takes place and the invitee has not answered. */
export async function runReminder(deps: FeatureDeps, job: { payload?: unknown }): Promise<JobResult> {
  const parsed = reminderPayload.safeParse(job.payload);
  if (!parsed.success) return { status: 'failed', error: 'malformed reminder payload' };
  const p = parsed.data;
  const [b, meeting, invitation, rsvp] = await Promise.all([
    deps.store.broedplaatsen.get(p.broedplaatsId),
    deps.store.meetings.get(p.broedplaatsId, p.meetingId),
    deps.store.invitations.get(p.meetingId, p.invitationId),
    deps.store.invitations.rsvpOf(p.meetingId, p.invitationId),
  ]);
  if (!b || !meeting || !invitation || rsvp) return { status: 'done' };
  const m = meeting.value;
  if (m.status !== 'scheduled' || !answersOpen(m, DateTime.fromJSDate(deps.now()))) return { status: 'done' };
  const [all, rsvps, conversation] = await Promise.all([
    deps.store.invitations.listFor(m.id),
    deps.store.invitations.rsvpsOf(m.id),
    deps.store.conversations.get(m.poll.conversationId),
  ]);
  // Outside Teams: by e-mail again when the bot mails; otherwise (or when Graph refuses) the contact who invited
  // them gets the reminder, privately, to send on.
  if (outsideTeams(invitation.value)) {
    const inv = invitation.value;
    if (deps.mailer && inv.invitee.email) {
      const mailed = await mailInvitation(deps, b.value, m, inv, { reminder: true });
      if (mailed.ok) return { status: 'done' };
      await keepUndelivered(deps, {
        purpose: 'rsvp-reminder-mail',
        broedplaatsId: b.value.id,
        recipient: inv.invitee.name,
        reason: mailed.reason,
      });
    }
    await passOnPrivately(
      deps,
      await textsRecipients(deps, b.value, inv),
      (t, locale) => invitationTextsCards(deps, t, locale, b.value, m, [inv], { reminder: true }),
      { purpose: 'rsvp-reminder-texts', broedplaatsId: b.value.id },
      { tenantId: conversation?.value.tenantId, hint: conversation?.value.address },
    );
    return { status: 'done' };
  }
  const chat = invitation.value.invitee.aadObjectId
    ? await deps.store.conversations.personalChatOf(invitation.value.invitee.aadObjectId)
    : undefined;
  const t = textsFor(localeOf(chat?.address.locale ?? conversation?.value.address.locale));
  await deliverInvitation(deps, b.value, m, invitation.value, {
    all,
    rsvps,
    hint: conversation?.value.address,
    status: t.invitations.card.reminder,
    tenantId: conversation?.value.tenantId,
  });
  return { status: 'done' };
}
