// What `mijn gegevens` shows: the actual records about the asker, grouped by what they are and whether the asker is
// their subject or their author ("an invitation to you" is not "an invitation you sent"), read from the stored rows.
import { z } from 'zod';
import { broedplaatsSchema, type Broedplaats } from '../../domain/broedplaats';
import { followUpSchema } from '../../domain/followup';
import { halfDaySchema } from '../../domain/halfday';
import { invitationSchema, rsvpSchema, type Invitation } from '../../domain/invitation';
import { formatDay, formatSlot, meetingSchema, voteSchema, type Meeting } from '../../domain/meeting';
import { reflectionSchema } from '../../domain/reflection';
import { roleGrantSchema } from '../../domain/roles';
import type { Texts, Locale } from '../../i18n';
import { TABLE_NAMES } from '../../store';
import type { PersonIds } from '../../store/privacy';

/** Items shown per group; the download has them all. */
const SHOWN = 8;

type Found = Partial<Record<string, unknown[]>>;

function parsed<S extends z.ZodTypeAny>(found: Found, table: string, schema: S): z.infer<S>[] {
  return (found[table] ?? []).flatMap((doc) => {
    const r = schema.safeParse(doc);
    return r.success ? [r.data as z.infer<S>] : [];
  });
}

const draftSchema = z.object({ answers: z.object({ networkName: z.string().optional() }).passthrough() });

/** One group of the overview: its heading and its lines (at most SHOWN, then how many more). */
export interface MyDataGroup {
  heading: string;
  lines: string[];
}

function group(t: Texts['privacy'], heading: string, lines: string[]): MyDataGroup[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, SHOWN);
  return [{ heading, lines: lines.length > SHOWN ? [...shown, t.more({ n: lines.length - SHOWN })] : shown }];
}

/**
 * The overview of what is stored about the person, from the rows that mention them (`found`, per table) and the
 * broedplaatsen and meetings to name them by.
 */
export function myDataGroups(
  t: Texts,
  locale: Locale,
  ids: PersonIds,
  found: Found,
  context: { broedplaatsen: readonly Broedplaats[]; meetings: readonly Meeting[]; isConfiguredLead: boolean },
): MyDataGroup[] {
  const p = t.privacy;
  const me = ids.aadObjectId.toLowerCase();
  const mine = (aad: string | undefined) => aad?.toLowerCase() === me;
  const myEmail = ids.email?.toLowerCase();
  const networkOf = (id: string) => context.broedplaatsen.find((b) => b.id === id)?.network.name ?? '?';
  const meetingOf = (id: string) => context.meetings.find((m) => m.id === id);
  const meetingLabel = (meetingId: string) => {
    const m = meetingOf(meetingId);
    if (!m) return p.unknownMeeting;
    const moment = m.start && m.end ? `, ${formatSlot({ start: m.start, end: m.end }, locale)}` : '';
    const when = m.status === 'cancelled' ? `${moment}${p.cancelledMeeting}` : moment;
    return p.meeting({ number: m.number, network: networkOf(m.broedplaatsId), when });
  };

  const broedplaatsen = parsed(found, TABLE_NAMES.broedplaatsen, broedplaatsSchema);
  const invitations = parsed(found, TABLE_NAMES.invitations, invitationSchema);
  const rsvps = parsed(found, TABLE_NAMES.rsvps, rsvpSchema);
  const toMe = (i: Invitation) =>
    mine(i.invitee.aadObjectId) || Boolean(myEmail && i.invitee.email?.toLowerCase() === myEmail);
  const answerOf = (i: Invitation) => rsvps.find((r) => r.invitationId === i.id);
  const followUps = parsed(found, TABLE_NAMES.followUps, followUpSchema);
  const grants = parsed(found, TABLE_NAMES.roleGrants, roleGrantSchema).filter((g) => mine(g.aadObjectId));
  const votes = parsed(found, TABLE_NAMES.votes, voteSchema).filter((v) => mine(v.voter.aadObjectId));
  const meetings = parsed(found, TABLE_NAMES.meetings, meetingSchema).filter((m) =>
    mine(m.createdBy.aadObjectId),
  );

  return [
    ...group(
      p,
      p.groups.conversations,
      (found[TABLE_NAMES.conversations] ?? []).length ? [p.personalChat] : [],
    ),
    ...group(
      p,
      p.groups.intakes,
      parsed(found, TABLE_NAMES.flows, draftSchema).map((d) => d.answers.networkName ?? p.noNameYet),
    ),
    ...group(p, p.groups.roles, [
      ...(context.isConfiguredLead ? [p.leadFromSettings] : []),
      ...broedplaatsen
        .filter((b) => b.contacts.some((c) => mine(c.aadObjectId)))
        .map((b) => p.contactOf({ network: b.network.name })),
      ...broedplaatsen
        .filter((b) => b.facilitator.chosen && mine(b.facilitator.aadObjectId))
        .map((b) => p.facilitatorOf({ network: b.network.name })),
      ...grants.map((g) =>
        p.granted({
          role: t.roles.names[g.role],
          where: g.broedplaatsId ? t.roles.at({ network: networkOf(g.broedplaatsId) }) : '',
        }),
      ),
    ]),
    ...group(
      p,
      p.groups.invitationsToYou,
      invitations.filter(toMe).map((i) => {
        const r = answerOf(i);
        return p.invitationToYou({
          meeting: meetingLabel(i.meetingId),
          answer: r ? answerName(t, r.answer) : p.noAnswer,
        });
      }),
    ),
    ...group(
      p,
      p.groups.invitationsByYou,
      invitations
        .filter((i) => mine(i.invitedBy.aadObjectId) && !toMe(i))
        .map((i) => p.invitationByYou({ name: i.invitee.name, meeting: meetingLabel(i.meetingId) })),
    ),
    ...group(
      p,
      p.groups.meetings,
      meetings.map((m) => meetingLabel(m.id)),
    ),
    ...group(
      p,
      p.groups.votes,
      [...new Set(votes.map((v) => v.slotId))].length ? [p.votes({ n: votes.length })] : [],
    ),
    ...group(
      p,
      p.groups.reflections,
      parsed(found, TABLE_NAMES.reflections, reflectionSchema)
        .filter((r) => mine(r.participant.aadObjectId))
        .map((r) => meetingLabel(r.meetingId)),
    ),
    ...group(
      p,
      p.groups.followUpsOwned,
      followUps
        .filter((f) => mine(f.owner.aadObjectId))
        .map((f) => p.followUp({ what: f.what, due: formatDay(f.due, locale) })),
    ),
    ...group(
      p,
      p.groups.followUpsRecorded,
      followUps
        .filter((f) => mine(f.createdBy.aadObjectId) && !mine(f.owner.aadObjectId))
        .map((f) => p.followUpFor({ what: f.what, owner: f.owner.name })),
    ),
    ...group(
      p,
      p.groups.halfDays,
      parsed(found, TABLE_NAMES.halfDays, halfDaySchema)
        .filter((h) => mine(h.loggedBy.aadObjectId))
        .map((h) => p.halfDay({ date: formatDay(h.date, locale), what: h.what })),
    ),
  ];
}

function answerName(t: Texts, answer: z.infer<typeof rsvpSchema>['answer']): string {
  return t.privacy.answers[answer];
}
