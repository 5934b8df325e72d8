// What follows when a meeting gets its moment, moves or is cancelled: invitation reminders and the reflection.
import type { Meeting } from '../domain/meeting';
import type { FeatureDeps } from '.';
import { cancelReminders, scheduleReminders } from './invitations/reminders';
import { cancelReflection, scheduleReflection } from './reflection/reflect';

/** A meeting got (or changed) its moment: reminders and reflection are (re)scheduled for it. */
export async function meetingScheduled(deps: FeatureDeps, m: Meeting): Promise<void> {
  await scheduleReminders(deps, m);
  await scheduleReflection(deps, m);
}

/** A meeting was cancelled: its reminders and reflection are dropped. */
export async function meetingCancelled(deps: FeatureDeps, m: Meeting): Promise<void> {
  await cancelReminders(deps, m);
  await cancelReflection(deps, m);
}
