// Upkeep: the bot's own due work, registered like every feature's — waiting deliveries and the daily clean-up.
import type { FeatureDeps } from '../../bot/deps';
import type { Feature } from '../../bot/feature';
import { DELIVERY_JOB } from '../../jobs/outbox';

/** The daily clean-up of activity claims (also its job id: one per deployment). */
export const PRUNE_CLAIMS_JOB = 'activity-claims.prune';
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export function upkeepFeature(deps: FeatureDeps): Feature {
  return {
    name: 'upkeep',
    jobs: {
      [DELIVERY_JOB]: (job) => deps.outbox.runDeliveryJob(job),
      // Daily: claims on activities older than two days go (redeliveries come within minutes).
      [PRUNE_CLAIMS_JOB]: async () => {
        const now = deps.now();
        await deps.store.claims.prune(new Date(now.getTime() - 2 * DAY_MS));
        await deps.jobs.schedule(PRUNE_CLAIMS_JOB, PRUNE_CLAIMS_JOB, new Date(now.getTime() + DAY_MS), {});
        return { status: 'done' };
      },
    },
    async start() {
      if (!(await deps.store.jobs.get(PRUNE_CLAIMS_JOB)))
        await deps.jobs.schedule(
          PRUNE_CLAIMS_JOB,
          PRUNE_CLAIMS_JOB,
          new Date(deps.now().getTime() + HOUR_MS),
          {},
        );
    },
  };
}
