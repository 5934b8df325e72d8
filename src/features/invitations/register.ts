// Invitations: `uitnodigen`, the invitation form, answers and date-poll marks on the invitation card, reminders as jobs.
import { z } from 'zod';
import { cardAction, type Feature } from '../../bot/feature';
import { RSVP_ANSWERS } from '../../domain/invitation';
import { VOTE_ANSWERS } from '../../domain/meeting';
import type { FeatureDeps } from '..';
import { tellInvitees } from './changes';
import { Inviter } from './invite';
import { MomentMarks } from './marks';
import { REMINDER_JOB, runReminder } from './reminders';
import { RsvpHandler } from './rsvp';
import { WebRsvp } from './web-rsvp';
import { registerRsvpRoutes } from '../../web/rsvp-page';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max).optional();
/** A form's values: short strings only (the card's own inputs), nothing else passes. */
const formValue = z.union([z.string().max(2000), z.number()]).optional();

export function invitationsFeature(deps: FeatureDeps): Feature {
  const inviter = new Inviter(deps);
  const rsvp = new RsvpHandler(deps);
  const marks = new MomentMarks(deps);
  return {
    name: 'invitations',
    onMeetingChange: (news) => tellInvitees(deps, news),
    jobs: { [REMINDER_JOB]: (job) => runReminder(deps, job) },
    routes: [
      (server) =>
        registerRsvpRoutes(server, {
          service: new WebRsvp(deps),
          secret: deps.links.secret,
          logger: deps.logger,
          secureCookies: deps.links.baseUrl.startsWith('https://'),
          nowMs: () => deps.now().getTime(),
          trustedProxyHops: deps.config.trustedProxyHops,
        }),
    ],
    commands: [
      {
        id: 'invite',
        names: ['uitnodigen', 'uitnodiging', 'nodig uit', 'invite', 'invitations'],
        help: (t) => t.help.commands.invite,
        run: (turn, args) => inviter.command(turn, args),
      },
    ],
    actions: [
      cardAction({
        verb: 'invite.choose',
        schema: z.object({ broedplaatsId: id }).passthrough(),
        run: (turn, d) => inviter.choose(turn, d.broedplaatsId),
      }),
      cardAction({
        verb: 'invite.form',
        schema: z.object({ broedplaatsId: id, meetingId: id }).passthrough(),
        run: (turn, d) => inviter.openForm(turn, d),
      }),
      cardAction({
        verb: 'invite.create',
        schema: z.object({ broedplaatsId: id, meetingId: id }).catchall(formValue),
        run: (turn, d) => inviter.create(turn, d),
      }),
      cardAction({
        verb: 'invite.texts',
        schema: z.object({ broedplaatsId: id, meetingId: id }).passthrough(),
        run: (turn, d) => inviter.texts(turn, d),
      }),
      cardAction({
        verb: 'rsvp.refresh',
        schema: z.object({ broedplaatsId: id, meetingId: id, invitationId: id }).passthrough(),
        run: (turn, d) => rsvp.refresh(turn, d),
        readOnly: true,
        withoutUserState: true,
      }),
      cardAction({
        verb: 'rsvp.answer',
        schema: z
          .object({
            broedplaatsId: id,
            meetingId: id,
            invitationId: id,
            answer: z.enum(RSVP_ANSWERS),
            note: text(2000),
            delegateName: text(500),
            delegateEmail: text(500),
          })
          .passthrough(),
        run: (turn, d) => rsvp.answer(turn, d),
      }),
      cardAction({
        verb: 'rsvp.mark',
        schema: z.object({
          broedplaatsId: id,
          meetingId: id,
          invitationId: id,
          slotId: z.string().max(20),
          answer: z.enum(VOTE_ANSWERS),
        }),
        run: (turn, d) => marks.mark(turn, d),
        recordsClaim: true,
        withoutUserState: true,
      }),
    ],
  };
}
