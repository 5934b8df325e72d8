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
import { textsFor } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { isLead, projectLeads } from '../shared/access';
import { loadSnapshot, type Snapshot } from '../shared/snapshot';
import { pseudonymOf } from '../privacy';
import { isPseudonym } from '../../domain/pseudonym';
import { nameScrubber, normalName, type NamedPerson } from '../../domain/name-scrub';

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

/** What stands for the name of someone who had their data removed: no name to look for in free text. */
const REMOVED_NAMES = new Set([textsFor('nl').privacy.removedName, textsFor('en').privacy.removedName]);

/** The column separator of the export files. */
export const CSV_DELIMITER = ';';
/** Between the items of a list in one cell (not the column separator, so the cell needs no quotes). */
const LIST_SEPARATOR = ', ';

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
  // Everyone the records name, with the pseudonym that stands for them in every file: someone known only by name
  // (a follow-up's owner) gets the pseudonym of the known person of that name, so their records stay linked.
  const known: NamedPerson[] = [];
  const know = (name: string | undefined, pseudonym: string) => {
    if (name && !isPseudonym(name) && !REMOVED_NAMES.has(name)) known.push({ name, pseudonym });
  };
  for (const b of s.broedplaatsen) {
    for (const c of b.contacts) know(c.name, p(c.aadObjectId));
    know(b.createdBy.name, p(b.createdBy.aadObjectId));
    if (b.facilitator.chosen)
      know(
        b.facilitator.name,
        b.facilitator.aadObjectId
          ? p(b.facilitator.aadObjectId)
          : mail(b.facilitator.email || undefined, `facilitator|${b.id}`),
      );
  }
  for (const i of s.invitations) {
    know(i.invitee.name, invitee(i));
    know(i.invitedBy.name, p(i.invitedBy.aadObjectId));
  }
  for (const r of s.rsvps)
    if (r.delegate) know(r.delegate.name, mail(r.delegate.email, `delegate|${r.invitationId}`));
  for (const r of s.reflections) know(r.participant.name, participant(r));
  for (const f of s.followUps) {
    if (f.owner.aadObjectId) know(f.owner.name, p(f.owner.aadObjectId));
    know(f.createdBy.name, p(f.createdBy.aadObjectId));
  }
  for (const h of s.halfDays) know(h.loggedBy.name, p(h.loggedBy.aadObjectId));
  const byName = new Map(known.map((k) => [normalName(k.name), k.pseudonym]));
  const named = (name: string) =>
    byName.get(normalName(name)) ?? pseudonymOf(secret, `name|${normalName(name)}`);
  const free = nameScrubber(known);
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
        free(b.question),
        free(b.tried),
        b.theme,
        free(b.themeOther),
        b.systemBarriers.join(LIST_SEPARATOR),
        b.systemNowhere,
        b.stakeholders.join(LIST_SEPARATOR),
        b.research.wish,
        free(b.research.topic),
        b.facilitator.chosen ? (b.facilitator.aadObjectId ? p(b.facilitator.aadObjectId) : 'named') : 'none',
        b.meetings.count,
        free(b.meetings.period),
        b.contacts.map((c) => p(c.aadObjectId)).join(LIST_SEPARATOR),
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
        free(m.purpose),
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
        free(f.what),
        f.owner.aadObjectId ? p(f.owner.aadObjectId) : named(f.owner.name),
        f.due,
        f.status,
        free(f.reason),
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
        free(r.answers.perspectives),
        free(r.answers.newContacts),
        r.answers.systemValue,
        r.answers.researchValue ?? 'n.v.t.',
        free(r.answers.followUps),
        r.answers.followUpWish,
        free(r.answers.remarks),
        local(r.submittedAt),
      ]);
      break;
  }
  const day = nowIso.slice(0, 10);
  return {
    name: `broedplaats-${dataset}-${day}.csv`,
    content: `\uFEFF${stringify([header, ...rows.map((r) => r.map((v) => (v === undefined ? '' : v)))], {
      // Dutch Excel splits columns on ";" (its list separator), and so does any CSV reader told so.
      delimiter: CSV_DELIMITER,
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
