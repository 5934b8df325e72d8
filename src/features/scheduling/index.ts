// Meeting scheduling: `plan`, the date poll card (vote, close) and moving or cancelling a fixed meeting.
import { z } from 'zod';
import {
  onVerb,
  type ActionOutcome,
  type CardAction,
  type Feature,
  type Turn,
  type Verb,
} from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { readMeetingAhead } from '../shared/meetings';
import { registerCalendarRoute } from './calendar-page';
import { Planner } from './plan';
import { Poll } from './poll';
import { Rescheduler, tellVoters } from './reschedule';
import * as verbs from './verbs';

type MeetingIds = { broedplaatsId: string; meetingId: string };

/**
 * A card action on a meeting: it starts by loading the meeting and its broedplaats (`loadMeeting`), which it
 * reads while the turn's state loads.
 */
function meetingAction<S extends z.ZodType<MeetingIds>>(
  deps: FeatureDeps,
  action: CardAction<S>,
): CardAction<S> {
  return { ...action, prefetch: (turn, ids) => readMeetingAhead(deps, turn, ids) };
}

/**
 * A card action on a meeting that needs nothing but the meeting's ids. Those that only answer with a card
 * (`readOnly`) use nothing of the user's turn state either. (The forms for managing a meeting are not: checking the
 * right to manage may store a facilitator's recognised id.)
 */
function onMeeting<S extends z.ZodType<MeetingIds>>(
  deps: FeatureDeps,
  verb: Verb<S>,
  run: (turn: Turn, ids: MeetingIds) => Promise<ActionOutcome>,
  opts: { readOnly?: boolean } = {},
) {
  const only = opts.readOnly ? { readOnly: true, withoutUserState: true } : {};
  return meetingAction(deps, onVerb(verb, { run, ...only }));
}

export function schedulingFeature(deps: FeatureDeps): Feature {
  const planner = new Planner(deps);
  const poll = new Poll(deps);
  const rescheduler = new Rescheduler(deps);
  return {
    name: 'scheduling',
    routes: [
      (server) =>
        registerCalendarRoute(server, {
          store: deps.store,
          secret: deps.links.secret,
          now: deps.now,
          trustedProxyHops: deps.config.trustedProxyHops,
        }),
    ],
    onMeetingChange: (news) => tellVoters(deps, news),
    commands: [
      {
        id: 'plan',
        names: ['plan', 'plannen', 'bijeenkomst plannen', 'schedule'],
        help: (t) => t.help.commands.plan,
        run: (turn, args) => planner.command(turn, args),
      },
    ],
    actions: [
      onVerb(verbs.planChoose, { run: (turn, d) => planner.choose(turn, d.broedplaatsId) }),
      onVerb(verbs.planCreate, { run: (turn, d) => planner.create(turn, d) }),
      onVerb(verbs.pollVote, {
        run: (turn, d) => poll.vote(turn, d),
        prefetch: (turn, d) => poll.prefetchVote(turn, d),
        recordsClaim: true,
        withoutUserState: true,
      }),
      onMeeting(deps, verbs.pollRefresh, (turn, d) => poll.refresh(turn, d), { readOnly: true }),
      onMeeting(deps, verbs.pollManage, (turn, d) => poll.manage(turn, d)),
      meetingAction(deps, onVerb(verbs.pollClose, { run: (turn, d) => poll.close(turn, d) })),
      onMeeting(deps, verbs.meetingMoveForm, (turn, d) => rescheduler.askMove(turn, d)),
      meetingAction(deps, onVerb(verbs.meetingMove, { run: (turn, d) => rescheduler.move(turn, d) })),
      onMeeting(deps, verbs.meetingCancelAsk, (turn, d) => rescheduler.askCancel(turn, d)),
      onMeeting(deps, verbs.meetingCancel, (turn, d) => rescheduler.cancel(turn, d)),
      onMeeting(deps, verbs.meetingKeep, (turn, d) => rescheduler.keep(turn, d), { readOnly: true }),
    ],
  };
}

// What other features use of scheduling: a meeting's name and calendar link, and its poll card kept current.
export { refreshSharedCard } from './poll';
export { icsUrl, meetingTitle } from './views';
