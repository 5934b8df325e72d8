// `export`: CSV files for the researchers (project lead only), with every participant pseudonymised.
import { createHmac } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { FACILITATOR_HALF_DAYS, type Broedplaats } from '../../domain/broedplaats';
import { ZONE } from '../../domain/meeting';
import type { Invitation } from '../../domain/invitation';
import { linkTarget, type Reflection } from '../../domain/reflection';
import { signLink } from '../../web/signed-links';
import type { FeatureDeps } from '..';
import { isLead, projectLeads } from '../access';
import { loadSnapshot, type Snapshot } from '../status/snapshot';
import { pseudonymOf } from './privacy';
import { isPseudonym } from '../../domain/pseudonym';

export const EXPORT_DATASETS = ['broedplaatsen', 'meetings', 'rsvps', 'followups', 'reflections'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

/** Signed export links work this long. */
export const EXPORT_LINK_SECONDS = 60 * 60;
export const EXPORT_LINK_KIND = 'export';

/** A CSV file: its name and its content (UTF-8 with a byte-order mark, so spreadsheet programs read accents). */
export interface CsvFile {
  name: string;
  content: string;
}

type Row = (string | number | boolean | undefined)[];

function local(iso: string | undefined): string {
  return iso ? (DateTime.fromISO(iso).setZone(ZONE).toISO({ suppressMilliseconds: true }) ?? '') : '';
}

/** Builds one dataset from a snapshot of all records. */
export function exportCsv(dataset: ExportDataset, s: Snapshot, secret: string, nowIso: string): CsvFile {
  // Someone who had their data removed is stored under this same pseudonym already.
  const p = (aadObjectId: string | undefined): string =>
    !aadObjectId ? '' : isPseudonym(aadObjectId) ? aadObjectId : pseudonymOf(secret, aadObjectId);
  // Someone without an Entra id: a pseudonym stable per e-mail address, else per `otherwise`.
  const mail = (email: string | undefined, otherwise: string) =>
    pseudonymOf(secret, email ? `mail|${email.toLowerCase()}` : otherwise);
  // Invitees picked by name or e-mail have no Entra id: their pseudonym is stable per e-mail or invitation.
  const invitee = (i: Invitation): string =>
    i.invitee.aadObjectId ? p(i.invitee.aadObjectId) : mail(i.invitee.email, `invitation|${i.id}`);
  // Someone who reflected through a personal link is the person their RSVP (or the broedplaats) names: the same
  // pseudonym in every file and at every meeting.
  const participant = (r: Reflection): string => {
    const target = linkTarget(r.participant.aadObjectId);
    if (!target) return p(r.participant.aadObjectId);
    if ('facilitator' in target) {
      const f = s.broedplaatsen.find((b) => b.id === r.broedplaatsId)?.facilitator;
      return mail(f?.chosen ? f.email : undefined, `facilitator|${r.broedplaatsId}`);
    }
    const { invitationId } = target;
    if (target.delegate) {
      const delegate = s.rsvps.find((x) => x.invitationId === invitationId)?.delegate;
      return mail(delegate?.email, `delegate|${invitationId}`);
    }
    const inv = s.invitations.find((i) => i.id === invitationId);
    return inv ? invitee(inv) : mail(undefined, `invitation|${invitationId}`);
  };
  const network = new Map(s.broedplaatsen.map((b) => [b.id, b.network.name]));
  const meetingNumber = new Map(s.meetings.map((m) => [m.id, m.number]));
  let header: string[];
  let rows: Row[];
  switch (dataset) {
    case 'broedplaatsen': {
      header = [
        'broedplaats_id',
        'network',
        'network_kind',
        'school_count',
        'question',
        'tried',
        'theme',
        'theme_other',
        'system_barriers',
        'system_nowhere',
        'stakeholders',
        'research_wish',
        'research_topic',
        'facilitator',
        'planned_meetings',
        'period',
        'contacts',
        'created_at',
        'half_days_used',
        'half_day_budget',
      ];
      const halfDays = (b: Broedplaats) => s.halfDays.filter((h) => h.broedplaatsId === b.id).length;
      rows = s.broedplaatsen.map((b) => [
        b.id,
        b.network.name,
        b.network.kind,
        b.network.schoolCount,
        b.question,
        b.tried,
        b.theme,
        b.themeOther,
        b.systemBarriers.join(';'),
        b.systemNowhere,
        b.stakeholders.join(';'),
        b.research.wish,
        b.research.topic,
        b.facilitator.chosen ? (b.facilitator.aadObjectId ? p(b.facilitator.aadObjectId) : 'named') : 'none',
        b.meetings.count,
        b.meetings.period,
        b.contacts.map((c) => p(c.aadObjectId)).join(';'),
        local(b.createdAt),
        halfDays(b),
        FACILITATOR_HALF_DAYS,
      ]);
      break;
    }
    case 'meetings':
      header = [
        'broedplaats_id',
        'network',
        'meeting_id',
        'number',
        'status',
        'purpose',
        'start',
        'end',
        'moved',
        'online',
        'joint_reflection',
        'invited',
      ];
      rows = s.meetings.map((m) => [
        m.broedplaatsId,
        network.get(m.broedplaatsId),
        m.id,
        m.number,
        m.status,
        m.purpose,
        local(m.start),
        local(m.end),
        m.moves.length,
        Boolean(m.onlineUrl),
        Boolean(m.jointReflection),
        s.invitations.filter((i) => i.meetingId === m.id).length,
      ]);
      break;
    case 'rsvps': {
      header = [
        'broedplaats_id',
        'network',
        'meeting_number',
        'invitation_id',
        'invitee',
        'category',
        'organisation',
        'invited_at',
        'answer',
        'answered_at',
        'delegated',
      ];
      const answers = new Map(s.rsvps.map((r) => [r.invitationId, r]));
      rows = s.invitations.map((i) => {
        const r = answers.get(i.id);
        return [
          i.broedplaatsId,
          network.get(i.broedplaatsId),
          meetingNumber.get(i.meetingId),
          i.id,
          invitee(i),
          i.invitee.category,
          i.invitee.organisation,
          local(i.invitedAt),
          r?.answer ?? 'open',
          local(r?.at),
          Boolean(r?.delegate),
        ];
      });
      break;
    }
    case 'followups':
      header = [
        'broedplaats_id',
        'network',
        'follow_up_id',
        'what',
        'owner',
        'due',
        'status',
        'reason',
        'created_at',
        'closed_at',
        'reminded',
        'from_meeting_number',
      ];
      rows = s.followUps.map((f) => [
        f.broedplaatsId,
        network.get(f.broedplaatsId),
        f.id,
        f.what,
        f.owner.aadObjectId ? p(f.owner.aadObjectId) : pseudonymOf(secret, `followup-owner|${f.id}`),
        f.due,
        f.status,
        f.reason,
        local(f.createdAt),
        local(f.closedAt),
        Boolean(f.remindedAt),
        f.fromMeetingId ? meetingNumber.get(f.fromMeetingId) : '',
      ]);
      break;
    case 'reflections':
      header = [
        'broedplaats_id',
        'network',
        'meeting_number',
        'participant',
        'role',
        'usefulness',
        'perspectives',
        'new_contacts',
        'system_value',
        'research_value',
        'follow_ups',
        'follow_up_wish',
        'remarks',
        'submitted_at',
      ];
      rows = s.reflections.map((r) => [
        r.broedplaatsId,
        network.get(r.broedplaatsId),
        meetingNumber.get(r.meetingId),
        participant(r),
        r.participant.role,
        r.answers.usefulness,
        r.answers.perspectives,
        r.answers.newContacts,
        r.answers.systemValue,
        r.answers.researchValue ?? 'n.v.t.',
        r.answers.followUps,
        r.answers.followUpWish,
        r.answers.remarks,
        local(r.submittedAt),
      ]);
      break;
  }
  const day = nowIso.slice(0, 10);
  return {
    name: `broedplaats-${dataset}-${day}.csv`,
    content: `\uFEFF${stringify([header, ...rows.map((r) => r.map((v) => (v === undefined ? '' : v)))], {
      cast: { boolean: (v) => (v ? 'ja' : 'nee') },
      // A cell that starts like a formula (=, +, -, @) is opened as text in Excel, never run.
      escape_formulas: true,
    })}`,
  };
}

/** Who asked for an export link, as the link names them: a keyed hash of their Entra id, not the id itself. */
function askerKey(secret: string, aadObjectId: string): string {
  return createHmac('sha256', secret)
    .update(`export-asker\0${aadObjectId.toLowerCase()}`)
    .digest('base64url')
    .slice(0, 22);
}

/** Whether the asker a link names is still a project lead: checked again when the link is opened. */
export async function stillLead(
  deps: Pick<FeatureDeps, 'config' | 'store'>,
  secret: string,
  asker: string,
): Promise<boolean> {
  return (await projectLeads(deps)).some((aad) => askerKey(secret, aad) === asker);
}

export { loadSnapshot };

export class Export {
  constructor(private readonly deps: FeatureDeps) {}

  /** `export`: a card with one signed, short-lived download link per dataset. */
  async command(turn: Turn): Promise<void> {
    const e = turn.t.export;
    const aad = turn.actor.aadObjectId;
    if (!aad || !(await isLead(this.deps, turn))) return void (await turn.send(e.leadsOnly));
    const exp = Math.floor(this.deps.now().getTime() / 1000) + EXPORT_LINK_SECONDS;
    const links = EXPORT_DATASETS.map((dataset) => ({
      title: e.files[dataset],
      url: `${this.deps.links.baseUrl}/api/export/${signLink(this.deps.links.secret, { kind: EXPORT_LINK_KIND, ids: [askerKey(this.deps.links.secret, aad), dataset], exp })}`,
    }));
    await turn.send({ card: renderNoticeCard({ title: e.title, text: e.intro, links }) });
  }
}
