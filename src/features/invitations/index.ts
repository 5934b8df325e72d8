// Invitations: `uitnodigen`, the invitation form, answers and date-poll marks on the invitation card, reminders as jobs.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { tellInvitees } from './changes';
import { Inviter } from './invite';
import { MomentMarks } from './marks';
import { REMINDER_JOB, runReminder } from './reminders';
import { RsvpHandler } from './rsvp';
import * as verbs from './verbs';
import { WebRsvp } from './web-rsvp';
import { registerRsvpRoutes } from './rsvp-page';

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
      onVerb(verbs.inviteChoose, { run: (turn, d) => inviter.choose(turn, d.broedplaatsId) }),
      onVerb(verbs.inviteForm, { run: (turn, d) => inviter.openForm(turn, d) }),
      onVerb(verbs.inviteCreate, { run: (turn, d) => inviter.create(turn, d) }),
      onVerb(verbs.inviteTexts, { run: (turn, d) => inviter.texts(turn, d) }),
      onVerb(verbs.rsvpRefresh, {
        run: (turn, d) => rsvp.refresh(turn, d),
        readOnly: true,
        withoutUserState: true,
      }),
      onVerb(verbs.rsvpAnswer, { run: (turn, d) => rsvp.answer(turn, d) }),
      onVerb(verbs.rsvpMark, {
        run: (turn, d) => marks.mark(turn, d),
        recordsClaim: true,
        withoutUserState: true,
      }),
    ],
  };
}

// What other features use of invitations: how an answer, an invitee and a meeting's moment read, and texts passed
// on by the contact to people outside Teams.
export { passOnCards, passOnPrivately } from './texts';
export { answerText, inviteeLabel, whenText } from './views';
