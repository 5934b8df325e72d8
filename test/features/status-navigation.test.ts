// The status detail has a way back (to the overview page it was opened from) and on (the broedplaats before and
// after it in the overview's order), in the reader's language.
import { cardText, executeActions } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('moving between status cards', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('goes from a detail to the next and previous broedplaats and back to the overview', async () => {
    const lead = makeUser('Lotte Projectleider');
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    bot.clock.set('2027-03-02T09:00:00Z');
    for (const n of ['Alfa', 'Bravo', 'Charlie'])
      await givenBroedplaats(bot, makeUser(`Contact ${n}`), channel(bot, n), {
        network: {
          id: n,
          name: `Netwerk ${n}`,
          kind: 'regionaal',
          schoolCount: 3,
          createdAt: '2027-03-01T09:00:00Z',
        },
      });
    const dm = personalChat(bot, lead);
    const overview = (await dm.say(lead, 'status')).cards[0]!;
    const order = [...cardText(overview).matchAll(/Netwerk (Alfa|Bravo|Charlie)/g)].map((m) => m[1]);
    const details = executeActions(overview).filter((a) => a.data.verb === 'status.detail');
    const first = invokeResult(await dm.execute(lead, 'status.detail', details[0]!.data)).card!;
    const buttons = executeActions(first).map((a) => a.title);
    expect(buttons).toEqual(['Volgende broedplaats', 'Terug naar het overzicht']);

    const next = executeActions(first).find((a) => a.title === 'Volgende broedplaats')!;
    const second = invokeResult(await dm.execute(lead, 'status.detail', next.data)).card!;
    expect(cardText(second)).toContain(`Netwerk ${order[1]}`);
    expect(executeActions(second).map((a) => a.title)).toEqual([
      'Vorige broedplaats',
      'Volgende broedplaats',
      'Terug naar het overzicht',
    ]);
    const back = executeActions(second).find((a) => a.title === 'Vorige broedplaats')!;
    expect(cardText(invokeResult(await dm.execute(lead, 'status.detail', back.data)).card)).toContain(
      `Netwerk ${order[0]}`,
    );
    const home = executeActions(second).find((a) => a.title === 'Terug naar het overzicht')!;
    const again = invokeResult(await dm.execute(lead, 'status.page', home.data)).card!;
    expect(cardText(again)).toBe(cardText(overview));
  });
});
