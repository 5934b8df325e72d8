// Meeting scheduling: `plan`, the date poll card (vote, close) and moving or cancelling a fixed meeting.
import { z } from 'zod';
import { cardAction, type ActionOutcome, type CardAction, type Feature, type Turn } from '../../bot/feature';
import { VOTE_ANSWERS } from '../../domain/meeting';
import type { FeatureDeps } from '..';
import { readMeetingAhead } from './access';
import { Planner } from './plan';
import { Poll } from './poll';
import { Rescheduler } from './reschedule';

const id = z.string().min(1).max(100);
const meetingIds = { broedplaatsId: id, meetingId: id };
/** A form's values: short strings only (the card's own inputs), nothing else passes. */
const formValue = z.union([z.string().max(2000), z.number()]).optional();

/** A card action on a meeting that needs nothing but the meeting's ids. */
function onMeeting(
  verb: string,
  run: (turn: Turn, ids: { broedplaatsId: string; meetingId: string }) => Promise<ActionOutcome>,
) {
  return cardAction({ verb, schema: z.object(meetingIds).passthrough(), run });
}

/** The same action, reading its broedplaats and meeting (which it starts with) while the turn's state loads. */
function readingMeeting<S extends z.ZodType<{ broedplaatsId: string; meetingId: string }>>(
  deps: FeatureDeps,
  action: CardAction<S>,
): CardAction<S> {
  return { ...action, prefetch: (turn, ids) => readMeetingAhead(deps, turn, ids) };
}

export function schedulingFeature(deps: FeatureDeps): Feature {
  const planner = new Planner(deps);
  const poll = new Poll(deps);
  const rescheduler = new Rescheduler(deps);
  return {
    name: 'scheduling',
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
      readingMeeting(
        deps,
        cardAction({
          verb: 'poll.vote',
          schema: z.object({ ...meetingIds, slotId: z.string().max(20), answer: z.enum(VOTE_ANSWERS) }),
          run: (turn, d) => poll.vote(turn, d),
        }),
      ),
      readingMeeting(
        deps,
        onMeeting('poll.refresh', (turn, d) => poll.refresh(turn, d)),
      ),
      readingMeeting(
        deps,
        onMeeting('poll.manage', (turn, d) => poll.manage(turn, d)),
      ),
      readingMeeting(
        deps,
        cardAction({
          verb: 'poll.close',
          schema: z.object({ ...meetingIds, slotId: z.string().max(20) }).passthrough(),
          run: (turn, d) => poll.close(turn, d),
        }),
      ),
      readingMeeting(
        deps,
        onMeeting('meeting.moveForm', (turn, d) => rescheduler.askMove(turn, d)),
      ),
      readingMeeting(
        deps,
        cardAction({
          verb: 'meeting.move',
          schema: z.object(meetingIds).catchall(formValue),
          run: (turn, d) => rescheduler.move(turn, d),
        }),
      ),
      readingMeeting(
        deps,
        onMeeting('meeting.cancelAsk', (turn, d) => rescheduler.askCancel(turn, d)),
      ),
      readingMeeting(
        deps,
        onMeeting('meeting.cancel', (turn, d) => rescheduler.cancel(turn, d)),
      ),
      readingMeeting(
        deps,
        onMeeting('meeting.keep', (turn, d) => rescheduler.keep(turn, d)),
      ),
    ],
  };
}
