// Every feature of the bot, in the order their commands appear on the help card.
import type { Command, Feature, MeetingNews, Messenger } from '../bot/feature';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Store } from '../store';
import { helpFeature } from './help/register';
import { intakeFeature } from './intake/register';
import { invitationsFeature } from './invitations/register';
import { recordsFeature } from './records/register';
import { reflectionFeature } from './reflection/register';
import { schedulingFeature } from './scheduling/register';
import { statusFeature } from './status/register';
import type { Coalescer } from '../jobs/coalescer';
import type { Outbox } from '../jobs/outbox';
import type { JobQueue } from '../jobs/queue';
import type { Mailer } from '../mail/graph-mail';
import type { Directory } from '../mail/graph-users';
import { keepUndelivered } from './undelivered';

/** What features are built from. */
export interface FeatureDeps {
  config: Config;
  store: Store;
  messenger: Messenger;
  logger: Logger;
  /** The clock (injectable for tests). */
  now: () => Date;
  /** New unique ids (UUIDs). */
  newId: () => string;
  /** Signed links the bot hands out: the key and the public address they start with. */
  links: { secret: string; baseUrl: string };
  /** Coalesces refreshes of shared cards. */
  coalescer: Coalescer;
  /** Every proactive message goes through here: paced, retried, recorded when it fails. */
  outbox: Outbox;
  /** Due work (reminders, prompts), run by every instance. */
  jobs: JobQueue;
  /** E-mail to invitees outside Teams (Microsoft Graph), when configured. */
  mailer?: Mailer;
  /** The organisation's directory (Microsoft Graph), to name people picked in its tenant, when configured. */
  directory?: Directory;
  /** Tells every feature of a stored change of a meeting's moment (see `Feature.onMeetingChange`). */
  announce(news: MeetingNews): Promise<void>;
}

/** Builds all features; `commands()` of the result lists every command, for help and routing. */
export function buildFeatures(base: Omit<FeatureDeps, 'announce'>): {
  features: Feature[];
  commands: () => Command[];
} {
  const features: Feature[] = [];
  const commands = (): Command[] => features.flatMap((f) => f.commands ?? []);
  const deps: FeatureDeps = { ...base, announce: (news) => announce(deps, features, news) };
  features.push(
    helpFeature(commands),
    intakeFeature(deps, commands),
    schedulingFeature(deps),
    invitationsFeature(deps),
    reflectionFeature(deps),
    statusFeature(deps),
    recordsFeature(deps),
  );
  return { features, commands };
}

/** Each feature's part of a meeting change in turn, each on its own: a failure is kept, and the next one runs. */
export async function announce(
  deps: Pick<FeatureDeps, 'store' | 'logger' | 'now' | 'newId'>,
  features: readonly Feature[],
  news: MeetingNews,
): Promise<void> {
  for (const f of features) {
    if (!f.onMeetingChange) continue;
    try {
      await f.onMeetingChange(news);
    } catch (e) {
      deps.logger.error(
        { err: e, feature: f.name, change: news.change.kind },
        'meeting change not (all) passed on',
      );
      await keepUndelivered(deps, {
        purpose: 'meeting-change',
        broedplaatsId: news.b.id,
        reason: e instanceof Error ? e.name : 'error',
      }).catch(() => undefined);
    }
  }
}
