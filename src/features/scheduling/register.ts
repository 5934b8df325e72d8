// Meeting scheduling: `plan`, the date poll card (vote, close) and moving or cancelling a fixed meeting.
import { z } from 'zod';
import { cardAction, type ActionOutcome, type CardAction, type Feature, type Turn } from '../../bot/feature';
import { VOTE_ANSWERS } from '../../domain/meeting';
import type { FeatureDeps } from '..';
import { readMeetingAhead } from './access';
import { Planner } from './plan';
import { Poll } from './poll';
import { Rescheduler, tellVoters } from './reschedule';

const id = z.string().min(1).max(100);
const meetingIds = { broedplaatsId: id, meetingId: id };
/** A form's values: short strings only (the card's own inputs), nothing else passes. */
const formValue = z.union([z.string().max(2000), z.number()]).optional();

/**
 * A card action on a meeting: it starts by loading the meeting and its broedplaats (`loadMeeting`), which it
 * reads while the turn's state loads.
 */
function meetingAction<S extends z.ZodType<{ broedplaatsId: string; meetingId: string }>>(
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
function onMeeting(
  deps: FeatureDeps,
  verb: string,
  run: (turn: Turn, ids: { broedplaatsId: string; meetingId: string }) => Promise<ActionOutcome>,
  opts: { readOnly?: boolean } = {},
) {
  const only = opts.readOnly ? { readOnly: true, withoutUserState: true } : {};
  return meetingAction(deps, cardAction({ verb, schema: z.object(meetingIds).passthrough(), run, ...only }));
}

export function schedulingFeature(deps: FeatureDeps): Feature {
  const planner = new Planner(deps);
  const poll = new Poll(deps);
  const rescheduler = new Rescheduler(deps);
  return {
    name: 'scheduling',
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
      cardAction({
        verb: 'plan.choose',
        schema: z.object({ broedplaatsId: id }).passthrough(),
        run: (turn, d) => planner.choose(turn, d.broedplaatsId),
      }),
      cardAction({
        verb: 'plan.create',
        schema: z.object({ broedplaatsId: id }).catchall(formValue),
        run: (turn, d) => planner.create(turn, d),
      }),
      cardAction({
        verb: 'poll.vote',
        schema: z.object({ ...meetingIds, slotId: z.string().max(20), answer: z.enum(VOTE_ANSWERS) }),
        run: (turn, d) => poll.vote(turn, d),
        prefetch: (turn, d) => poll.prefetchVote(turn, d),
        recordsClaim: true,
        withoutUserState: true,
      }),
      onMeeting(deps, 'poll.refresh', (turn, d) => poll.refresh(turn, d), { readOnly: true }),
      onMeeting(deps, 'poll.manage', (turn, d) => poll.manage(turn, d)),
      meetingAction(
        deps,
        cardAction({
          verb: 'poll.close',
          schema: z.object({ ...meetingIds, slotId: z.string().max(20) }).passthrough(),
          run: (turn, d) => poll.close(turn, d),
        }),
      ),
      onMeeting(deps, 'meeting.moveForm', (turn, d) => rescheduler.askMove(turn, d)),
      meetingAction(
        deps,
        cardAction({
          verb: 'meeting.move',
          schema: z.object(meetingIds).catchall(formValue),
          run: (turn, d) => rescheduler.move(turn, d),
        }),
      ),
      onMeeting(deps, 'meeting.cancelAsk', (turn, d) => rescheduler.askCancel(turn, d)),
      onMeeting(deps, 'meeting.cancel', (turn, d) => rescheduler.cancel(turn, d)),
      onMeeting(deps, 'meeting.keep', (turn, d) => rescheduler.keep(turn, d), { readOnly: true }),
    ],
  };
}
