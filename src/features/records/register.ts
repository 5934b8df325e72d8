// Records: follow-up agreements, facilitator half-days, roles, the research export and one's own data.
import { z } from 'zod';
import { cardAction, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '..';
import { Export } from './export';
import { FOLLOW_UP_DUE_JOB, FollowUps } from './followups';
import { HalfDays } from './halfdays';
import { Privacy } from './privacy';
import { decideFacilitatorClaim } from './facilitator';
import { CONFIRM_FACILITATOR_VERB } from '../access';
import { Roles } from './roles';
import { registerMyDataRoute } from '../../web/my-data';

const id = z.string().min(1).max(100);
/** A form's values: the card's own inputs (short strings), nothing else passes. */
const formValue = z.union([z.string().max(5000), z.number(), z.boolean()]).optional();

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
      cardAction({
        verb: 'followup.choose',
        schema: z.object({ broedplaatsId: id }).passthrough(),
        run: (turn, d) => followUps.choose(turn, d.broedplaatsId),
      }),
      cardAction({
        verb: 'followup.fromReflection',
        schema: z
          .object({ broedplaatsId: id, meetingId: id, index: z.coerce.number().int().min(0).max(100) })
          .passthrough(),
        run: (turn, d) => followUps.fromReflection(turn, d),
      }),
      cardAction({
        verb: 'followup.create',
        schema: z.object({ broedplaatsId: id }).catchall(formValue),
        run: (turn, d) => followUps.create(turn, d),
      }),
      cardAction({
        verb: 'followup.close',
        schema: z
          .object({
            broedplaatsId: id,
            followUpId: id,
            outcome: z.enum(['done', 'dropped']),
            reason: z.string().max(5000).optional(),
          })
          .passthrough(),
        run: (turn, d) => followUps.close(turn, d),
      }),
      cardAction({
        verb: 'halfday.choose',
        schema: z.object({ broedplaatsId: id }).passthrough(),
        run: (turn, d) => halfDays.choose(turn, d.broedplaatsId),
      }),
      cardAction({
        verb: 'halfday.create',
        schema: z.object({ broedplaatsId: id }).catchall(formValue),
        run: (turn, d) => halfDays.create(turn, d),
      }),
      cardAction({
        verb: 'role.grant',
        schema: z.object({}).catchall(formValue),
        run: (turn, d) => roles.change(turn, 'grant', d),
      }),
      cardAction({
        verb: 'role.revoke',
        schema: z.object({}).catchall(formValue),
        run: (turn, d) => roles.change(turn, 'revoke', d),
      }),
      cardAction({
        verb: CONFIRM_FACILITATOR_VERB,
        schema: z.object({
          broedplaatsId: z.string().max(100),
          claimant: z.string().max(100),
          answer: z.enum(['yes', 'no']),
        }),
        run: (turn, d) => decideFacilitatorClaim(deps, turn, d),
      }),
      cardAction({
        verb: 'privacy.delete',
        schema: z.object({}).passthrough(),
        run: (turn) => privacy.forget(turn),
      }),
      cardAction({
        verb: 'privacy.keep',
        schema: z.object({}).passthrough(),
        run: async (turn) => privacy.keep(turn),
      }),
    ],
    jobs: {
      [FOLLOW_UP_DUE_JOB]: (job) => followUps.runDue(job.payload),
    },
  };
}
