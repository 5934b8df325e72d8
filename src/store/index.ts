// The store: every table the bot uses and the repositories over them, built from one Tables instance.
import type { Storage } from 'botbuilder';
import { intakeDraftSchema } from '../domain/intake';
import { BroedplaatsStore } from './broedplaatsen';
import { ActivityClaims } from './claims';
import { ConversationStore } from './conversations';
import { FlowStore } from './flows';
import { InvitationStore } from './invitations';
import { JobStore, UndeliveredStore } from './jobs';
import { MailCountStore } from './mail-counts';
import { MeetingStore } from './meetings';
import { ProgrammeVersions } from './programme-versions';
import { FollowUpStore, HalfDayStore } from './records';
import { ReflectionStore } from './reflections';
import { RoleStore } from './roles';
import { Tables } from './tables';
import { TableTurnStateStorage } from './turn-state-storage';

/** Table names (without the deployment prefix). */
export const TABLE_NAMES = {
  turnState: 'TurnState',
  conversations: 'Conversations',
  flows: 'Flows',
  broedplaatsen: 'Broedplaatsen',
  networks: 'Networks',
  meetings: 'Meetings',
  votes: 'Votes',
  jobs: 'Jobs',
  jobsDone: 'JobsDone',
  undelivered: 'Undelivered',
  invitations: 'Invitations',
  rsvps: 'Rsvps',
  reflections: 'Reflections',
  reflectionPrompts: 'ReflectionPrompts',
  roleGrants: 'RoleGrants',
  roleChanges: 'RoleChanges',
  followUps: 'FollowUps',
  halfDays: 'HalfDays',
  activityClaims: 'ActivityClaims',
  versions: 'Versions',
  mailCounts: 'MailCounts',
} as const;

/** The tables the whole-programme read (status, export) covers: a write to one of them moves its version on. */
export const PROGRAMME_TABLES: readonly string[] = [
  TABLE_NAMES.broedplaatsen,
  TABLE_NAMES.meetings,
  TABLE_NAMES.invitations,
  TABLE_NAMES.rsvps,
  TABLE_NAMES.reflections,
  TABLE_NAMES.reflectionPrompts,
  TABLE_NAMES.followUps,
  TABLE_NAMES.halfDays,
  TABLE_NAMES.undelivered,
];

export interface Store {
  tables: Tables;
  /** teams-ai turn state (botbuilder Storage with ETags). */
  turnState: Storage;
  conversations: ConversationStore;
  intakes: FlowStore<typeof intakeDraftSchema>;
  broedplaatsen: BroedplaatsStore;
  meetings: MeetingStore;
  jobs: JobStore;
  undelivered: UndeliveredStore;
  invitations: InvitationStore;
  reflections: ReflectionStore;
  roles: RoleStore;
  followUps: FollowUpStore;
  halfDays: HalfDayStore;
  /** Which incoming activities were handled already (redeliveries are skipped). */
  claims: ActivityClaims;
  /** Mails to people outside Teams per day, for the caps. */
  mailCounts: MailCountStore;
  /** A version per programme table, moved on by every write to it; reads of those tables are kept by them. */
  programme: ProgrammeVersions;
}

/** Creates missing tables and returns the repositories. */
export async function openStore(tables: Tables): Promise<Store> {
  await tables.ensure(Object.values(TABLE_NAMES));
  const programme = new ProgrammeVersions(tables.table(TABLE_NAMES.versions));
  tables.afterWrites(PROGRAMME_TABLES, (table, outcome) =>
    outcome === 'written' ? programme.changed(table) : Promise.resolve(programme.doubt(table)),
  );
  const invitations = new InvitationStore(
    tables.table(TABLE_NAMES.invitations),
    tables.table(TABLE_NAMES.rsvps),
  );
  return {
    tables,
    turnState: new TableTurnStateStorage(tables.table(TABLE_NAMES.turnState)),
    conversations: new ConversationStore(tables.table(TABLE_NAMES.conversations)),
    intakes: new FlowStore(tables.table(TABLE_NAMES.flows), 'intake', intakeDraftSchema),
    broedplaatsen: new BroedplaatsStore(
      tables.table(TABLE_NAMES.broedplaatsen),
      tables.table(TABLE_NAMES.networks),
    ),
    meetings: new MeetingStore(tables.table(TABLE_NAMES.meetings), tables.table(TABLE_NAMES.votes), (id) =>
      invitations.listFor(id),
    ),
    jobs: new JobStore(tables.table(TABLE_NAMES.jobs), tables.table(TABLE_NAMES.jobsDone)),
    undelivered: new UndeliveredStore(tables.table(TABLE_NAMES.undelivered)),
    invitations,
    reflections: new ReflectionStore(
      tables.table(TABLE_NAMES.reflections),
      tables.table(TABLE_NAMES.reflectionPrompts),
    ),
    roles: new RoleStore(tables.table(TABLE_NAMES.roleGrants), tables.table(TABLE_NAMES.roleChanges)),
    followUps: new FollowUpStore(tables.table(TABLE_NAMES.followUps)),
    halfDays: new HalfDayStore(tables.table(TABLE_NAMES.halfDays)),
    claims: new ActivityClaims(tables.table(TABLE_NAMES.activityClaims)),
    mailCounts: new MailCountStore(tables.table(TABLE_NAMES.mailCounts)),
    programme,
  };
}
