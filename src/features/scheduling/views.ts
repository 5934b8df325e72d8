// The cards of a meeting in words: the shared poll, one person's view of it, the closing choice, the fixed meeting.
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { Verb } from '../../bot/feature';
import type { AdaptiveCard } from '../../cards/render';
import { renderPollCard, type PollActionData, type PollCardData } from '../../cards/poll';
import type { Broedplaats } from '../../domain/broedplaats';
import {
  formatSlot,
  rankSlots,
  tallyVotes,
  voters,
  type Meeting,
  type SlotError,
  type Vote,
  type VoteAnswer,
} from '../../domain/meeting';
import type { Locale, Texts } from '../../i18n';
import { signLink } from '../../web/signed-links';
import type { FeatureDeps } from '../../bot/deps';
import * as verbs from './verbs';

/** Most Teams users a card's automatic refresh can name (Teams' limit). */
export const MAX_REFRESH_USERS = 60;
/** How long after a meeting its calendar link keeps working. */
const ICS_VALID_DAYS = 30;

/** Who looks at the card: their vote ids, or nobody (the card everyone shares). */
export interface Viewer {
  aadObjectId: string | undefined;
  id: string;
}

function answerLabel(t: Texts, answer: VoteAnswer): string {
  return answer === 'yes'
    ? t.scheduling.poll.yes
    : answer === 'maybe'
      ? t.scheduling.poll.maybe
      : t.scheduling.poll.no;
}

function viewerKey(v: Viewer): string {
  return v.aadObjectId || v.id;
}

/** The signed link to a scheduled meeting's calendar file. */
export function icsUrl(deps: FeatureDeps, m: Meeting, locale: Locale = 'nl'): string {
  const end = m.end ? DateTime.fromISO(m.end) : DateTime.fromJSDate(deps.now());
  const exp = Math.floor(end.plus({ days: ICS_VALID_DAYS }).toSeconds());
  const token = signLink(deps.links.secret, { kind: 'ics', ids: [m.broedplaatsId, m.id], exp });
  return `${deps.links.baseUrl}/api/calendar/${token}${locale === 'en' ? '?lang=en' : ''}`;
}

/** Title of a meeting, e.g. "Bijeenkomst 2 van LOOT-netwerk". */
export function meetingTitle(t: Texts, b: Broedplaats, m: Meeting): string {
  return t.scheduling.meeting.title({ network: b.network.name, number: m.number });
}

function details(t: Texts, m: Meeting, locale: Locale): PollCardData['details'] {
  const rows: PollCardData['details'] = [];
  if (m.status !== 'polling' && m.start && m.end)
    rows.push({
      label: t.scheduling.meeting.when,
      value: formatSlot({ start: m.start, end: m.end }, locale),
    });
  if (m.location) rows.push({ label: t.scheduling.meeting.where, value: m.location });
  if (m.onlineUrl) rows.push({ label: t.scheduling.meeting.online, value: m.onlineUrl });
  return rows;
}

/** A button of the meeting's card: its title, its verb, and what it sends back. */
function action<S extends z.ZodType<Omit<PollActionData, 'verb'>>>(
  title: string,
  verb: Verb<S>,
  ids: z.input<S>,
): { title: string; verb: string; data: PollActionData } {
  return { title, verb: verb.name, data: verb.data(ids) as PollActionData };
}

/**
 * The meeting's card. While polling: tallies and vote buttons (with `viewer`, their own choices marked);
 * once scheduled: the moment, the calendar link, move and cancel; once cancelled: just that.
 */
export function meetingCard(
  deps: FeatureDeps,
  t: Texts,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  votes: readonly Vote[],
  viewer?: Viewer,
): AdaptiveCard {
  const base: PollCardData = {
    title:
      m.status === 'polling'
        ? t.scheduling.poll.title({ network: b.network.name, number: m.number })
        : meetingTitle(t, b, m),
    purpose: m.purpose,
    details: details(t, m, locale),
    status: '',
    statusColor: 'Default',
    instructions: '',
    slots: [],
    footer: '',
    actions: [],
    icsUrl: '',
    icsLabel: t.scheduling.meeting.ics,
  };
  const ids = { broedplaatsId: b.id, meetingId: m.id };
  if (m.status === 'cancelled') {
    return renderPollCard({ ...base, status: t.scheduling.meeting.cancelled, statusColor: 'Attention' });
  }
  if (m.status === 'scheduled') {
    const lastMove = m.moves[m.moves.length - 1];
    const status = lastMove
      ? t.scheduling.meeting.moved({ from: formatSlot(lastMove.from, locale) })
      : t.scheduling.meeting.scheduled;
    const over = m.end ? DateTime.fromISO(m.end) <= DateTime.fromJSDate(deps.now()) : false;
    return renderPollCard({
      ...base,
      status,
      statusColor: 'Good',
      actions: over
        ? []
        : [
            action(t.scheduling.meeting.move, verbs.meetingMoveForm, ids),
            action(t.scheduling.meeting.cancel, verbs.meetingCancelAsk, ids),
          ],
      icsUrl: icsUrl(deps, m, locale),
    });
  }
  const tallies = tallyVotes(m.slots, votes);
  const mine = new Map(
    viewer
      ? votes
          .filter((v) => (v.voter.aadObjectId || v.voter.id) === viewerKey(viewer))
          .map((v) => [v.slotId, v.answer])
      : [],
  );
  const card = renderPollCard({
    ...base,
    instructions: t.scheduling.poll.instructions,
    slots: m.slots.map((slot, i) => {
      const tally = tallies[i] ?? { yes: 0, maybe: 0, no: 0 };
      const chosen = mine.get(slot.id);
      return {
        when: formatSlot(slot, locale),
        tally: t.scheduling.poll.tally(tally),
        mine: chosen ? t.scheduling.poll.mine({ answer: answerLabel(t, chosen) }) : '',
        buttons: (['yes', 'maybe', 'no'] as const).map((answer) =>
          action(`${chosen === answer ? '✓ ' : ''}${answerLabel(t, answer)}`, verbs.pollVote, {
            ...ids,
            slotId: slot.id,
            answer,
          }),
        ),
      };
    }),
    footer: t.scheduling.poll.responders({ n: voters(votes).length }),
    actions: [action(t.scheduling.poll.close, verbs.pollManage, ids)],
  });
  const userIds = [m.createdBy.id, ...voters(votes).map((v) => v.id)].filter(
    (id, i, all) => id && all.indexOf(id) === i,
  );
  card.refresh = {
    action: {
      type: 'Action.Execute',
      verb: verbs.pollRefresh.name,
      data: verbs.pollRefresh.data({ broedplaatsId: b.id, meetingId: m.id }),
    },
    userIds: userIds.slice(-MAX_REFRESH_USERS),
  };
  return card;
}

/** The closing card for a contact: slots best first, each with a "choose this moment" button. */
export function closeCard(
  t: Texts,
  locale: Locale,
  b: Broedplaats,
  m: Meeting,
  votes: readonly Vote[],
): AdaptiveCard {
  const tallies = tallyVotes(m.slots, votes);
  const byId = new Map(tallies.map((x) => [x.slotId, x]));
  return renderPollCard({
    title: t.scheduling.closeCard.title,
    purpose: t.scheduling.poll.title({ network: b.network.name, number: m.number }),
    details: [],
    status: '',
    statusColor: 'Default',
    instructions: t.scheduling.closeCard.intro,
    slots: rankSlots(m.slots, tallies).map((slot) => ({
      when: formatSlot(slot, locale),
      tally: t.scheduling.poll.tally(byId.get(slot.id) ?? { yes: 0, maybe: 0, no: 0 }),
      mine: '',
      buttons: [
        action(t.scheduling.closeCard.choose, verbs.pollClose, {
          broedplaatsId: b.id,
          meetingId: m.id,
          slotId: slot.id,
          answer: '',
        }),
      ],
    })),
    footer: '',
    // Back to the poll as it stands, without choosing.
    actions: [
      action(t.scheduling.closeCard.back, verbs.pollRefresh, {
        broedplaatsId: b.id,
        meetingId: m.id,
        slotId: '',
        answer: '',
      }),
    ],
    icsUrl: '',
    icsLabel: '',
  });
}

/** The message for a refused slot; `label` names it ("Moment 3", or "Het nieuwe moment" for a move). */
export function slotErrorText(t: Texts, e: SlotError, label?: string): string {
  const entry = t.scheduling.errors[e.key] as (p: Record<string, string | number>) => string;
  const { key: _key, ...params } = e;
  const name = label ?? ('slot' in e ? t.scheduling.form.slot({ n: e.slot }) : '');
  return entry({ ...params, label: name });
}
