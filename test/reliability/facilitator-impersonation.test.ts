// The attack of an account that shows the facilitator's e-mail address: from another tenant it is not recognised at
// all (no claim, nobody asked); from the broedplaats's own tenant it gets no rights until a contact confirms it, and
// a refused account is not asked about again. The real facilitator is never locked out by it.
import { cardOf, cardText, executeActions, sentInto } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat, TEST_TENANT } from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const EMAIL = 'fien@procesbegeleiding.example';
const OWN_EMAIL = 'fenna@procesbegeleiding.example';

describe('an account with the facilitator’s e-mail address', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.stop());

  it('from another tenant is not recognised, and no contact is bothered', async () => {
    const contact = makeUser('Carla Contact');
    const mallory = makeUser('Mallory', { tenantId: OTHER_TENANT });
    bot.connector.members.set(mallory.id, { email: EMAIL, aadObjectId: mallory.aadObjectId });
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'), {
      facilitator: { chosen: true, name: 'Fien', email: EMAIL },
    });
    const mark = bot.connector.calls.length;
    for (const command of ['plan', 'status', 'uitnodigen', 'dagdeel']) {
      const turn = await personalChat(bot, mallory).say(mallory, command);
      expect(turn.cards.map(cardText).join(' ')).not.toContain(b.network.name);
    }
    expect((await bot.store.broedplaatsen.get(b.id))?.value.facilitator).toEqual(b.facilitator);
    expect(
      bot.connector.since(mark).filter((c) => c.conversationId === personalChat(bot, contact).id),
    ).toEqual([]);
  });

  it('from the own tenant waits for a contact; refused, it stays without rights and nobody is asked again', async () => {
    const contact = makeUser('Carla Contact');
    await personalChat(bot, contact).install(contact);
    const ivo = makeUser('Ivo');
    bot.connector.members.set(ivo.id, { email: OWN_EMAIL.toUpperCase(), aadObjectId: ivo.aadObjectId });
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk-2'), {
      facilitator: { chosen: true, name: 'Fien', email: OWN_EMAIL },
    });
    expect(b.origin.tenantId).toBe(TEST_TENANT);
    let mark = bot.connector.calls.length;
    const first = await personalChat(bot, ivo).say(ivo, 'plan');
    expect(sentInto(first.calls, personalChat(bot, ivo).id).filter((c) => cardOf(c))).toEqual([]);
    const asks = bot.connector
      .since(mark)
      .filter((c) => c.conversationId === personalChat(bot, contact).id)
      .map((c) => cardOf(c));
    expect(asks.map(cardText).join(' ')).toContain('Procesbegeleider bevestigen');
    const no = executeActions(asks[0]).find((a) => a.title === 'Nee, onbekend')!.data;
    const refused = invokeResult(
      await personalChat(bot, contact).execute(contact, 'facilitator.confirm', no),
    );
    expect(cardText(refused.card)).toContain('Afgewezen: Ivo krijgt geen rechten als procesbegeleider');
    // A second click on the old card, or a forged "yes" for the refused account, changes nothing.
    const yes = { ...no, answer: 'yes' };
    const late = invokeResult(await personalChat(bot, contact).execute(contact, 'facilitator.confirm', yes));
    expect(cardText(late.card)).toContain('Dit verzoek is al afgehandeld');
    mark = bot.connector.calls.length;
    const again = await personalChat(bot, ivo).say(ivo, 'plan');
    expect(sentInto(again.calls, personalChat(bot, ivo).id).filter((c) => cardOf(c))).toEqual([]);
    expect(
      bot.connector.since(mark).filter((c) => c.conversationId === personalChat(bot, contact).id),
    ).toEqual([]);
    const stored = (await bot.store.broedplaatsen.get(b.id))?.value.facilitator;
    expect(stored).toMatchObject({ chosen: true, email: OWN_EMAIL, refusedClaimants: [ivo.aadObjectId] });
    expect(stored).not.toHaveProperty('aadObjectId');
  });

  it('says once per message that a contact confirms, however many broedplaatsen name the address', async () => {
    const contact = makeUser('Carla Contact');
    const fenna = makeUser('Fenna');
    const email = 'fenna@begeleiding.example';
    bot.connector.members.set(fenna.id, { email, aadObjectId: fenna.aadObjectId });
    for (const n of ['a', 'b'])
      await givenBroedplaats(bot, contact, channel(bot, `netwerk-${n}`), {
        facilitator: { chosen: true, name: 'Fenna', email },
      });
    for (let i = 0; i < 2; i++) {
      const turn = await personalChat(bot, fenna).say(fenna, 'plan');
      const waiting = turn.texts.filter((t) =>
        t.includes('Een contactpersoon van de broedplaats bevestigt nog'),
      );
      expect(waiting).toHaveLength(1);
    }
  });
});
