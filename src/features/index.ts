// Every feature of the bot, in the order their commands appear on the help card.
import type { Command, Feature, Messenger } from '../bot/feature';
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
}

/** Builds all features; `commands()` of the result lists every command, for help and routing. */
export function buildFeatures(deps: FeatureDeps): { features: Feature[]; commands: () => Command[] } {
  const features: Feature[] = [];
  const commands = (): Command[] => features.flatMap((f) => f.commands ?? []);
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
