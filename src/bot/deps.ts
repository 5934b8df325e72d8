// What every feature is built from: storage, the clock, the ways to reach people, due work, and meeting news.
import type { Config } from '../config';
import type { Coalescer } from '../jobs/coalescer';
import type { Outbox } from '../jobs/outbox';
import type { JobQueue } from '../jobs/queue';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/graph-mail';
import type { Directory } from '../mail/graph-users';
import type { Store } from '../store';
import type { MeetingNews, Messenger } from './feature';

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
