// Every feature of the bot, in the order their commands appear on the help card.
// The layout (lint keeps it, see eslint.config.mjs): a flow is one folder entered through its index.ts, which
// registers its commands, verbs, flow, jobs and pages; another flow uses it only through that index.ts;
// helpers several flows use are in shared/, which uses no flow. A meeting's change reaches each flow through
// `announce` and its `onMeetingChange`, never by one flow calling into another.
import type { FeatureDeps } from '../bot/deps';
import type { Command, Feature, MeetingNews } from '../bot/feature';
import { helpFeature } from './help';
import { intakeFeature } from './intake';
import { invitationsFeature } from './invitations';
import { exportFeature } from './export';
import { followUpsFeature } from './followups';
import { halfDaysFeature } from './halfdays';
import { privacyFeature } from './privacy';
import { rolesFeature } from './roles';
import { upkeepFeature } from './upkeep';
import { reflectionFeature } from './reflection';
import { schedulingFeature } from './scheduling';
import { statusFeature } from './status';
import { keepUndelivered } from './shared/undelivered';

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
    followUpsFeature(deps),
    halfDaysFeature(deps),
    rolesFeature(deps),
    exportFeature(deps),
    privacyFeature(deps),
    upkeepFeature(deps),
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
