import { randomUUID } from 'node:crypto';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { FeatureDeps } from '../../src/bot/deps';
import { buildFeatures } from '../../src/features';
import { cardText } from '../driver/connector';
import {
  channel,
  invokeResult,
  makeUser,
  personalChat,
  TEST_TENANT,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats, givenFollowUp, givenInvitation, givenMeeting } from '../driver/factories';
import { domainRows, storedRows } from '../driver/storage';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 Dutch time. */
const NOW = '2027-03-02T09:00:00Z';
const OTHER_TENANT = '12345678-1234-4234-8234-123456789012';

const ROLES = ['lead', 'contact', 'facilitator', 'invitee', 'outsider', 'otherTenant'] as const;
type Role = (typeof ROLES)[number];
const MANAGERS: Role[] = ['lead', 'contact', 'facilitator'];

/** One broedplaats with everything a card action can be about. */
interface World {
  b: Broedplaats;
  /** The same people, no meetings yet (room to plan one). */
  bare: Broedplaats;
  team: TestConversation;
  polling: string;
  scheduled: string;
  held: string;
  invitationId: string;
  /** The invitee's invitation to the meeting whose date is still being chosen. */
  pollInvitationId: string;
  followUpId: string;
  grantee: TestUser;
}

const fullReflection = {
  usefulness: '4',
  perspectives: 'Meer ruimte dan gedacht.',
  newContacts: 'some',
  systemValue: '4',
  researchValue: 'na',
  followUps: '',
  followUpWish: 'yes',
  remarks: '',
  showName: 'false',
};

describe('authorization matrix: every command and card verb, tried by every role', () => {
  let bot: TestBot;
  const users: Record<Role, TestUser> = {
    lead: makeUser('Lotte Projectleider'),
    contact: makeUser('Carla Contact'),
    facilitator: makeUser('Fenna Facilitator'),
    invitee: makeUser('Inge Inspectie'),
    outsider: makeUser('Olaf Buitenstaander'),
    otherTenant: makeUser('Xander Extern', { tenantId: OTHER_TENANT }),
  };

  beforeAll(async () => {
    bot = await startTestBot({
      env: { PROJECT_LEAD_IDS: users.lead.aadObjectId, ALLOWED_TENANT_IDS: TEST_TENANT },
    });
    bot.clock.set(NOW);
    for (const role of ROLES) await personalChat(bot, users[role]).install(users[role]);
  });
  afterAll(() => bot.stop());

  async function world(): Promise<World> {
    const team = channel(bot, 'netwerk');
    const b = await givenBroedplaats(bot, users.contact, team, {
      facilitator: {
        chosen: true,
        name: users.facilitator.name,
        email: 'fenna@example.org',
        aadObjectId: users.facilitator.aadObjectId,
      },
    });
    const polling = await givenMeeting(
      bot,
      b,
      { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' },
      {
        status: 'polling',
        slots: [
          { id: 's1', start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' },
          { id: 's2', start: '2027-03-17T13:00:00Z', end: '2027-03-17T15:00:00Z' },
        ],
        poll: { conversationId: team.id, messageId: 'poll-msg' },
      },
    );
    const scheduled = await givenMeeting(
      bot,
      b,
      { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' },
      { poll: { conversationId: team.id, messageId: 'meeting-msg' } },
    );
    const held = await givenMeeting(
      bot,
      b,
      { start: '2027-03-01T12:00:00Z', end: '2027-03-01T14:00:00Z' },
      { poll: { conversationId: team.id, messageId: 'held-msg' } },
    );
    for (const role of ['invitee', 'contact'] as const) {
      await bot.store.reflections.recordPrompt({
        meetingId: held.id,
        broedplaatsId: b.id,
        participant: {
          aadObjectId: users[role].aadObjectId,
          name: users[role].name,
          role: role === 'contact' ? 'contact' : 'invitee',
        },
        sentAt: NOW,
        via: '1:1',
      });
    }
    const invitation = await givenInvitation(bot, scheduled, {
      name: users.invitee.name,
      aadObjectId: users.invitee.aadObjectId,
    });
    const pollInvitation = await givenInvitation(bot, polling, {
      name: users.invitee.name,
      aadObjectId: users.invitee.aadObjectId,
    });
    const followUp = await givenFollowUp(bot, b, 'Notitie sturen', '2027-03-20', {
      name: users.invitee.name,
      aadObjectId: users.invitee.aadObjectId,
    });
    const grantee = makeUser('Gerrit Gegeven');
    await bot.store.roles.grant(
      {
        role: 'contact',
        broedplaatsId: b.id,
        aadObjectId: grantee.aadObjectId,
        name: grantee.name,
        grantedBy: { aadObjectId: users.lead.aadObjectId, name: users.lead.name },
        grantedAt: NOW,
      },
      randomUUID(),
    );
    // A message the bot could not deliver, not seen yet by anyone responsible.
    await bot.store.undelivered.record(
      {
        at: NOW,
        purpose: 'invitation',
        broedplaatsId: b.id,
        recipient: 'Iemand',
        reason: 'no personal chat',
      },
      randomUUID(),
    );
    const bare = await givenBroedplaats(bot, users.contact, team, { facilitator: b.facilitator });
    return {
      b,
      bare,
      team,
      polling: polling.id,
      scheduled: scheduled.id,
      held: held.id,
      invitationId: invitation.id,
      pollInvitationId: pollInvitation.id,
      followUpId: followUp.id,
      grantee,
    };
  }

  /** A valid payload for each verb that changes something, and who may do it. */
  const changing: Record<string, { allowed: Role[]; data: (w: World) => Record<string, unknown> }> = {
    'plan.create': {
      allowed: MANAGERS,
      data: (w) => ({
        broedplaatsId: w.bare.id,
        purpose: 'Eerste bijeenkomst',
        date1: '2027-03-20',
        start1: '14:00',
        end1: '16:00',
        date2: '2027-03-21',
        start2: '14:00',
        end2: '16:00',
      }),
    },
    'poll.vote': {
      allowed: ['lead', 'contact', 'facilitator', 'invitee', 'outsider'],
      data: (w) => ({ broedplaatsId: w.b.id, meetingId: w.polling, slotId: 's1', answer: 'yes' }),
    },
    'poll.close': {
      allowed: MANAGERS,
      data: (w) => ({ broedplaatsId: w.b.id, meetingId: w.polling, slotId: 's1' }),
    },
    'meeting.move': {
      allowed: MANAGERS,
      data: (w) => ({
        broedplaatsId: w.b.id,
        meetingId: w.scheduled,
        date1: '2027-04-20',
        start1: '13:00',
        end1: '15:00',
      }),
    },
    'meeting.cancel': {
      allowed: MANAGERS,
      data: (w) => ({ broedplaatsId: w.b.id, meetingId: w.scheduled }),
    },
    'invite.create': {
      allowed: MANAGERS,
      data: (w) => ({
        broedplaatsId: w.b.id,
        meetingId: w.scheduled,
        people: makeUser('Nieuwe Genodigde').aadObjectId,
        peopleCategory: 'ocw',
      }),
    },
    'rsvp.answer': {
      allowed: ['invitee'],
      data: (w) => ({
        broedplaatsId: w.b.id,
        meetingId: w.scheduled,
        invitationId: w.invitationId,
        answer: 'accepted',
      }),
    },
    'rsvp.mark': {
      allowed: ['invitee'],
      data: (w) => ({
        broedplaatsId: w.b.id,
        meetingId: w.polling,
        invitationId: w.pollInvitationId,
        slotId: 's2',
        answer: 'maybe',
      }),
    },
    'reflection.submit': {
      allowed: ['invitee', 'contact'],
      data: (w) => ({ broedplaatsId: w.b.id, meetingId: w.held, ...fullReflection }),
    },
    'followup.create': {
      allowed: MANAGERS,
      data: (w) => ({
        broedplaatsId: w.b.id,
        what: 'Pilot uitwerken',
        ownerName: 'VO-raad',
        due: '2027-04-01',
      }),
    },
    'followup.close': {
      allowed: ['invitee', ...MANAGERS],
      data: (w) => ({ broedplaatsId: w.b.id, followUpId: w.followUpId, outcome: 'done' }),
    },
    'halfday.create': {
      allowed: MANAGERS,
      data: (w) => ({
        broedplaatsId: w.b.id,
        date: '2027-03-01',
        what: 'Voorbereiding',
        confirmOver: 'false',
      }),
    },
    'role.grant': {
      allowed: ['lead'],
      data: (w) => ({
        person: makeUser('Nieuwe Contactpersoon').aadObjectId,
        role: 'contact',
        broedplaatsId: w.b.id,
      }),
    },
    'status.seen': {
      allowed: MANAGERS,
      data: (w) => ({ broedplaatsId: w.b.id, upTo: NOW }),
    },
    'role.revoke': {
      allowed: ['lead'],
      data: (w) => ({ person: w.grantee.aadObjectId, role: 'contact', broedplaatsId: w.b.id }),
    },
  };
  /** Removing one's own data changes rows by design (for everyone); it has its own tests. */
  const ownDataOnly = new Set(['privacy.delete']);

  const verbs = buildFeatures({} as FeatureDeps).features.flatMap((f) =>
    (f.actions ?? []).map((a) => a.verb),
  );

  it('knows every verb: each is either read-only or listed with who may use it', () => {
    expect(verbs.length).toBeGreaterThan(25);
    for (const verb of Object.keys(changing)) expect(verbs).toContain(verb);
  });

  async function attempt(w: World, role: Role, verb: string, data: Record<string, unknown>) {
    const result = await w.team.execute(users[role], verb, { verb, ...data }, 'card-msg');
    expect(result.status).toBe(200);
    const answer = invokeResult(result);
    return answer.message ?? (answer.card ? cardText(answer.card) : '');
  }

  it.each(Object.keys(changing))('%s changes something only for those allowed', async (verb) => {
    const spec = changing[verb]!;
    const w = await world();
    for (const role of ROLES.filter((r) => !spec.allowed.includes(r))) {
      const before = await domainRows(bot);
      const answer = await attempt(w, role, verb, spec.data(w));
      expect([role, answer.length > 0]).toEqual([role, true]);
      if (role === 'otherTenant') expect(answer).toContain('niet beschikbaar voor jouw organisatie');
      expect([role, await domainRows(bot)]).toEqual([role, before]);
    }
    for (const role of spec.allowed) {
      const fresh = await world();
      const before = await domainRows(bot);
      await attempt(fresh, role, verb, spec.data(fresh));
      expect([role, (await domainRows(bot)) !== before]).toEqual([role, true]);
    }
  });

  it('read-only verbs change nothing for anyone', async () => {
    const w = await world();
    const readOnly = verbs.filter((v) => !(v in changing) && !ownDataOnly.has(v));
    const data = {
      broedplaatsId: w.b.id,
      meetingId: w.scheduled,
      invitationId: w.invitationId,
      followUpId: w.followUpId,
      page: 0,
      index: 0,
    };
    for (const verb of readOnly) {
      for (const role of ROLES) {
        const before = await domainRows(bot);
        const answer = await attempt(w, role, verb, data);
        expect([verb, role, answer.length > 0]).toEqual([verb, role, true]);
        expect([verb, role, await domainRows(bot)]).toEqual([verb, role, before]);
      }
    }
  }, 240_000);

  it('every command: an answer for every role, refusals for those without rights, nothing changed', async () => {
    await world();
    const commands = buildFeatures({} as FeatureDeps)
      .commands()
      .map((c) => c.names[0]!)
      // The intake's own words last: an open intake reads what is typed as its answers.
      .sort(
        (a, b) => Number(['intake', 'annuleer'].includes(a)) - Number(['intake', 'annuleer'].includes(b)),
      );
    const restricted = ['status', 'export', 'rol', 'vervolg', 'dagdeel', 'plan', 'uitnodigen', 'reflecties'];
    for (const name of restricted) expect(commands).toContain(name);
    for (const name of commands) {
      for (const role of ROLES) {
        const before = await domainRows(bot);
        const result = await personalChat(bot, users[role]).say(users[role], name);
        expect([name, role, result.status]).toEqual([name, role, 200]);
        expect([name, role, result.texts.length + result.cards.length > 0]).toEqual([name, role, true]);
        if (role === 'otherTenant') {
          expect(result.texts.join(' ')).toContain('niet beschikbaar voor jouw organisatie');
          expect(result.cards).toHaveLength(0);
        }
        if (role === 'outsider' && restricted.includes(name)) {
          expect([name, result.cards.length]).toEqual([name, 0]);
        }
        if (role === 'lead' && ['status', 'export', 'rol'].includes(name)) {
          expect([name, result.cards.length]).toEqual([name, 1]);
        }
        expect([name, role, await domainRows(bot)]).toEqual([name, role, before]);
      }
    }
    // Nothing at all is kept about the user of another tenant.
    expect(await storedRows(bot)).not.toContain(users.otherTenant.aadObjectId);
  }, 360_000);
});
