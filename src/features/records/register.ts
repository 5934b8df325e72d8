// Records: follow-up agreements, facilitator half-days, roles, the research export and one's own data.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '..';
import { Export } from './export';
import { FOLLOW_UP_DUE_JOB, FollowUps } from './followups';
import { HalfDays } from './halfdays';
import { Privacy } from './privacy';
import { decideFacilitatorClaim } from './facilitator';
import { Roles } from './roles';
import { registerMyDataRoute } from '../../web/my-data';
import * as verbs from './verbs';

export function recordsFeature(deps: FeatureDeps): Feature {
  const followUps = new FollowUps(deps);
  const halfDays = new HalfDays(deps);
  const roles = new Roles(deps);
  const exporter = new Export(deps);
  const privacy = new Privacy(deps);
  return {
    name: 'records',
    routes: [
      (server) =>
        registerMyDataRoute(server, {
          download: (token) => privacy.download(token),
          trustedProxyHops: deps.config.trustedProxyHops,
        }),
    ],
    commands: [
      {
        id: 'followUps',
        names: ['vervolg', 'vervolgafspraak', 'afspraak', 'follow-up', 'followup', 'follow up'],
        help: (t) => t.help.commands.followUps,
        run: (turn, args) => followUps.command(turn, args),
      },
      {
        id: 'halfDays',
        names: ['dagdeel', 'dagdelen', 'half-day', 'halfday', 'half day', 'half-days'],
        help: (t) => t.help.commands.halfDays,
        run: (turn, args) => halfDays.command(turn, args),
      },
      {
        id: 'roles',
        names: ['rol', 'rollen', 'role', 'roles'],
        help: (t) => t.help.commands.roles,
        run: (turn) => roles.command(turn),
      },
      {
        id: 'export',
        names: ['export', 'exporteer', 'exporteren'],
        help: (t) => t.help.commands.export,
        run: (turn) => exporter.command(turn),
      },
      {
        id: 'myData',
        names: ['mijn gegevens', 'my data', 'privacy'],
        help: (t) => t.help.commands.myData,
        run: (turn) => privacy.show(turn),
      },
      {
        id: 'deleteData',
        names: ['verwijder mijn gegevens', 'delete my data', 'vergeet mij', 'forget me'],
        help: (t) => t.help.commands.deleteData,
        run: (turn) => privacy.ask(turn),
      },
    ],
    actions: [
      onVerb(verbs.followUpChoose, { run: (turn, d) => followUps.choose(turn, d.broedplaatsId) }),
      onVerb(verbs.followUpFromReflection, { run: (turn, d) => followUps.fromReflection(turn, d) }),
      onVerb(verbs.followUpCreate, { run: (turn, d) => followUps.create(turn, d) }),
      onVerb(verbs.followUpClose, { run: (turn, d) => followUps.close(turn, d) }),
      onVerb(verbs.halfDayChoose, { run: (turn, d) => halfDays.choose(turn, d.broedplaatsId) }),
      onVerb(verbs.halfDayCreate, { run: (turn, d) => halfDays.create(turn, d) }),
      onVerb(verbs.roleGrant, { run: (turn, d) => roles.change(turn, 'grant', d) }),
      onVerb(verbs.roleRevoke, { run: (turn, d) => roles.change(turn, 'revoke', d) }),
      onVerb(verbs.facilitatorConfirm, { run: (turn, d) => decideFacilitatorClaim(deps, turn, d) }),
      onVerb(verbs.privacyDelete, { run: (turn) => privacy.forget(turn) }),
      onVerb(verbs.privacyKeep, { run: async (turn) => privacy.keep(turn) }),
    ],
    jobs: {
      [FOLLOW_UP_DUE_JOB]: (job) => followUps.runDue(job.payload),
    },
  };
}
