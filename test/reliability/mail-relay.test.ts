// The attack of a contact who invites in bulk to make the organisation's mailbox send their text: mail to people
// outside Teams is capped per contact, per broedplaats and per day; past a cap the contact gets the texts to pass on,
// and the project lead sees in the status detail that mail was held back.
import nock from 'nock';
import { buttonData, cardText } from '../driver/connector';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenMeeting } from '../driver/factories';
import { graphTakes, graphToken, MAIL_ENV } from '../driver/graph';
import { startTestBot, type TestBot } from '../driver/test-bot';

const NOW = '2027-03-02T09:00:00Z';
const PHISHING = 'Uw mailbox is vol: log hier opnieuw in https://evil.example/login';

describe('a contact who sends invitation after invitation to addresses outside Teams', () => {
  let bot: TestBot;
  afterEach(async () => {
    nock.cleanAll();
    await bot?.stop();
  });
  afterAll(() => nock.restore());

  async function floodInvitations(env: Record<string, string>, actions: number) {
    const lead = makeUser('Lotte Projectleider');
    bot = await startTestBot({ env: { ...MAIL_ENV, PROJECT_LEAD_IDS: lead.aadObjectId, ...env } });
    bot.clock.set(NOW);
    const attacker = makeUser('Mallory');
    const team = channel(bot, 'netwerk-mallory');
    const b = await givenBroedplaats(bot, attacker, team);
    await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:30:00Z' });
    graphToken(3);
    const sent = graphTakes(200);
    const dm = personalChat(bot, attacker);
    const form = await dm.say(attacker, 'uitnodigen');
    const passedOn: string[] = [];
    for (let n = 0; n < actions; n++) {
      const rows: Record<string, string> = {};
      for (let r = 1; r <= 3; r++) {
        rows[`name${r}`] = `Doelwit ${n}-${r}`;
        rows[`organisation${r}`] = 'Ergens';
        rows[`category${r}`] = 'onderzoek';
        rows[`email${r}`] = `doelwit-${n}-${r}@victim.example`;
      }
      const result = await dm.execute(attacker, 'invite.create', {
        ...buttonData(form.cards[0], 'Uitnodigingen versturen'),
        ...rows,
        reason: PHISHING,
      });
      for (const c of result.cards)
        for (const m of cardText(c).matchAll(/Voor Doelwit (\d+-\d+)/g)) passedOn.push(m[1]!);
    }
    return { lead, b, sent, passedOn, attacker };
  }

  it('mails at most the cap per contact a day (20 by default), and gives the contact the rest to pass on', async () => {
    const { sent, passedOn, attacker } = await floodInvitations({}, 10);
    expect(sent).toHaveLength(20);
    expect(new Set(passedOn).size).toBe(10);
    const counted = await bot.store.mailCounts.of('2027-03-02');
    expect(counted).toMatchObject({ all: 20 });
    // The counts name no contact by their Entra id (someone's own data download would show them otherwise).
    expect(JSON.stringify(counted)).not.toContain(attacker.aadObjectId);
    expect(Object.values(counted?.byContact ?? {})).toEqual([20]);
  });

  it('shows the project lead that mail was held back, in words', async () => {
    const { lead, b, sent } = await floodInvitations({ MAIL_CAP_PER_CONTACT: '4' }, 2);
    expect(sent).toHaveLength(4);
    const undelivered = await bot.store.undelivered.list(b.id);
    expect(undelivered).toHaveLength(2);
    const dm = personalChat(bot, lead);
    const detail = await dm.say(lead, `status ${b.network.name}`);
    expect(detail.cards.map(cardText).join('\n')).toContain(
      'e-maillimiet van vandaag per contactpersoon bereikt; de contactpersoon kreeg de tekst om door te sturen',
    );
  });

  it('caps per broedplaats, whoever of its contacts sends', async () => {
    const { sent } = await floodInvitations({ MAIL_CAP_PER_BROEDPLAATS: '5' }, 3);
    expect(sent).toHaveLength(5);
  });

  it('keeps the counts of today and yesterday only', async () => {
    await floodInvitations({ MAIL_CAP_PER_CONTACT: '1' }, 1);
    bot.clock.set('2027-03-03T09:00:00Z');
    await bot.store.mailCounts.take(
      '2027-03-03',
      { broedplaatsId: 'b' },
      { perContact: 9, perBroedplaats: 9, perDay: 9 },
    );
    bot.clock.set('2027-03-05T09:00:00Z');
    await bot.store.mailCounts.take(
      '2027-03-05',
      { broedplaatsId: 'b' },
      { perContact: 9, perBroedplaats: 9, perDay: 9 },
    );
    expect(await bot.store.mailCounts.of('2027-03-02')).toBeUndefined();
    expect(await bot.store.mailCounts.of('2027-03-03')).toBeUndefined();
    expect(await bot.store.mailCounts.of('2027-03-05')).toMatchObject({ all: 1 });
  });

  it('caps the whole day, over all broedplaatsen', async () => {
    const { sent } = await floodInvitations({ MAIL_CAP_PER_DAY: '2' }, 1);
    expect(sent).toHaveLength(2);
  });
});
