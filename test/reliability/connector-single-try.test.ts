// A Teams that answers a proactive send with 5xx, drops the connection or throttles gets one request per try: the
// bot's outbox decides about trying again, so the contact hears at once and no card arrives twice.
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Meeting } from '../../src/domain/meeting';
import { cardText, sentInto, type ConnectorCall, type ConnectorScript } from '../driver/connector';
import { invokeResult, makeUser, personalChat, type TestUser } from '../driver/conversation';
import { sendInvitationForm, startWithMeeting } from '../driver/factories';
import type { TestBot } from '../driver/test-bot';

/** Tuesday 2 March 2027, 10:00 in the Netherlands; the meeting is on Tuesday 16 March, 14:00–16:30. */
const NOW = '2027-03-02T09:00:00Z';
const AT = { start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:30:00.000Z' };
/** What the contact must never be shown: Teams' statuses and the socket's words. */
const TECHNICAL = /\b(500|503|429)\b|ECONNRESET|socket hang up|ServiceError/i;

describe('a failing Bot Connector gets one request per send', () => {
  let bot: TestBot;
  let contact: TestUser;
  let ocw: TestUser;
  let inspector: TestUser;
  let b: Broedplaats;
  let meeting: Meeting;

  beforeEach(async () => {
    contact = makeUser('Carla Contact');
    const start = { now: NOW, team: 'broedplaats-single-try', at: AT, contact, installed: [contact] };
    const given = await startWithMeeting(start);
    ({ bot, b, meeting } = given);
    // One invitee the bot has a 1:1 chat with; one it knows from the network's channel and opens a chat with.
    ocw = makeUser('Olivier OCW');
    await personalChat(bot, ocw).install(ocw);
    inspector = makeUser('Ilse Inspectie');
    bot.connector.members.set(inspector.id, {
      email: 'ilse@inspectie.example',
      aadObjectId: inspector.aadObjectId,
      name: inspector.name,
      conversations: [given.team.id],
    });
  });
  afterEach(async () => bot.stop());

  /** The calls that carry an invitation to Olivier or open Ilse's chat: the ones Teams is made to fail. */
  const isInvitation = (c: ConnectorCall) =>
    c.kind === 'createConversation' || (c.kind === 'send' && c.conversationId === personalChat(bot, ocw).id);

  /** Teams answers every invitation call with `answer`; returns every such request as it reached the connector. */
  function failInvitations(answer: ReturnType<ConnectorScript>): ConnectorCall[] {
    const received: ConnectorCall[] = [];
    bot.connector.script = (c) => {
      if (!isInvitation(c)) return undefined;
      received.push(c);
      return answer;
    };
    return received;
  }

  /** The contact invites `people` (Entra ids) from the personal chat; returns the card the contact reads. */
  async function invite(people: TestUser[]): Promise<string> {
    const result = await sendInvitationForm(personalChat(bot, contact), contact, {
      people: people.map((p) => p.aadObjectId).join(','),
      peopleCategory: 'ocw',
    });
    return cardText(invokeResult(result).card);
  }
  const inviteBoth = () => invite([ocw, inspector]);

  /** How often the bot itself tried the calls Teams failed (it logs each failed try once). */
  const triesLogged = () =>
    bot.logs.filter((l) => l.msg === 'proactive send failed' || l.msg === 'opening a 1:1 chat failed').length;

  const deliveryJobs = async () =>
    (await bot.store.jobs.due('2100-01-01T00:00:00.000Z', 100)).filter(
      (j) => j.value.kind === 'outbox.deliver',
    );

  /** Each request reached Teams once: no request id repeated by a retry inside the connector client. */
  function expectOneRequestPerSend(received: ConnectorCall[]): void {
    const ids = received.map((c) => c.headers['x-ms-client-request-id']);
    expect(received.length).toBeGreaterThan(0);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(received.length);
    expect(received).toHaveLength(triesLogged());
  }

  /** Once Teams answers again, the job runner brings each card exactly once. */
  async function expectDeliveredOnceLater(): Promise<void> {
    bot.connector.script = undefined;
    const mark = bot.connector.calls.length;
    bot.clock.set('2027-03-02T09:05:00Z');
    await bot.runJobs();
    const calls = bot.connector.since(mark);
    expect(sentInto(calls, personalChat(bot, ocw).id)).toHaveLength(1);
    const opened = calls.filter((c) => c.kind === 'createConversation');
    expect(opened).toHaveLength(1);
    const chat = await bot.store.conversations.personalChatOf(inspector.aadObjectId);
    expect(
      calls.filter((c) => c.kind === 'send' && c.conversationId === chat?.address.conversation.id),
    ).toHaveLength(1);
    expect(await deliveryJobs()).toEqual([]);
    expect(await bot.store.undelivered.list(b.id)).toEqual([]);
  }

  it.each([
    ['answers 500', { status: 500, body: { error: { code: 'ServiceError', message: 'Internal error' } } }],
    ['answers 503', { status: 503, body: { error: { code: 'ServiceUnavailable', message: 'Unavailable' } } }],
    ['drops the connection', { drop: true } as const],
  ])(
    'when Teams %s, each try is one request, the contact is told in words that the invitations follow, and they are kept for later',
    async (_what, answer) => {
      const received = failInvitations(answer);
      const notice = await inviteBoth();

      expectOneRequestPerSend(received);
      expect(notice).toContain('Wordt zo snel mogelijk bezorgd aan: Olivier OCW, Ilse Inspectie.');
      expect(notice).not.toMatch(TECHNICAL);
      const invitations = await bot.store.invitations.listFor(meeting.id);
      expect(invitations.map((i) => i.delivery.via)).toEqual(['queued', 'queued']);
      expect(await deliveryJobs()).toHaveLength(2);
      expect(await bot.store.undelivered.list(b.id)).toEqual([]);

      await expectDeliveredOnceLater();
    },
  );

  it('a 429 with Retry-After reaches the outbox at once: one request per try, and the card goes out once when Teams lets it', async () => {
    const received = failInvitations({
      status: 429,
      headers: { 'retry-after': '3' },
      body: { error: { code: 'TooManyRequests' } },
    });
    const notice = await inviteBoth();

    // Retry-After is longer than the turn may wait: one try each, then the outbox keeps them.
    expect(received).toHaveLength(2);
    expectOneRequestPerSend(received);
    expect(notice).toContain('Wordt zo snel mogelijk bezorgd aan: Olivier OCW, Ilse Inspectie.');
    expect(await deliveryJobs()).toHaveLength(2);

    await expectDeliveredOnceLater();
  });

  it('when opening a chat to learn who a picked person is meets a 500, Teams gets one request and the contact reads why at once', async () => {
    const stranger = makeUser('Sven Onbekend');
    bot.connector.members.set(stranger.id, {
      email: 'sven@school.example',
      aadObjectId: stranger.aadObjectId,
      name: stranger.name,
      conversations: [],
    });
    const received = failInvitations({ status: 500, body: { error: { code: 'ServiceError' } } });
    const form = await invite([stranger]);

    expect(received.map((c) => c.kind)).toEqual(['createConversation']);
    expect(form).toContain(
      'Een van de gekozen mensen kan ik niet via Teams uitnodigen: Teams had een storing; Teams zegt mij ook niet wie het is.',
    );
    expect(form).not.toMatch(TECHNICAL);
    expect(await bot.store.invitations.listFor(meeting.id)).toEqual([]);
  });
});
