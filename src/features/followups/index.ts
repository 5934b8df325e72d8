// Follow-ups: `vervolg`, agreements made at a meeting (from the reflection results or typed), closed with a reason.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { FOLLOW_UP_DUE_JOB, FollowUps } from './followups';
import { followUpFromReflection } from '../shared/verbs';
import * as verbs from './verbs';

export function followUpsFeature(deps: FeatureDeps): Feature {
  const followUps = new FollowUps(deps);
  return {
    name: 'followUps',
    commands: [
      {
        id: 'followUps',
        names: ['vervolg', 'vervolgafspraak', 'afspraak', 'follow-up', 'followup', 'follow up'],
        help: (t) => t.help.commands.followUps,
        run: (turn, args) => followUps.command(turn, args),
      },
    ],
    actions: [
      onVerb(verbs.followUpChoose, { run: (turn, d) => followUps.choose(turn, d.broedplaatsId) }),
      onVerb(followUpFromReflection, { run: (turn, d) => followUps.fromReflection(turn, d) }),
      onVerb(verbs.followUpCreate, { run: (turn, d) => followUps.create(turn, d) }),
      onVerb(verbs.followUpClose, { run: (turn, d) => followUps.close(turn, d) }),
    ],
    jobs: {
      [FOLLOW_UP_DUE_JOB]: (job) => followUps.runDue(job.payload),
    },
  };
}
