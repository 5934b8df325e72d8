// Forms a school leader fills in alone: every button is heard, the bot says what is wrong next to it, nothing typed is
// lost, and no choice is made for the user that they did not make.
import { cardText, executeActions, inputsOf, shownValues } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { startTestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 Dutch time. */
const NOW = '2027-03-02T09:00:00Z';

/** The data of the card's button that sends `verb`. */
function submitOf(card: unknown, verb: string): Record<string, unknown> {
  const found = executeActions(card).find((a) => a.data.verb === verb);
  if (!found) throw new Error(`No ${verb} button on card:\n${cardText(card)}`);
  return found.data;
}

describe('roles (rol): no role is chosen for the project lead', () => {
  it('refuses a grant without a role, grants nothing, and keeps the person and broedplaats chosen', async () => {
    const lead = makeUser('Lotte Projectleider');
    const bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    try {
      bot.clock.set(NOW);
      const contact = makeUser('Carla Contact');
      const newcomer = makeUser('Nina Nieuw');
      for (const u of [contact, lead, newcomer]) await personalChat(bot, u).install(u);
      const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
      const dm = personalChat(bot, lead);
      const card = (await dm.say(lead, 'rol')).cards[0];
      expect(inputsOf(card).role?.value).toBe('');
      const chosen = { person: newcomer.aadObjectId, broedplaatsId: b.id };
      const refused = invokeResult(
        await dm.execute(lead, 'role.grant', {
          ...shownValues(card),
          ...chosen,
          ...submitOf(card, 'role.grant'),
        }),
      );
      expect(cardText(refused.card)).toContain('Kies een rol.');
      expect(shownValues(refused.card)).toMatchObject(chosen);
      expect(await bot.store.roles.all()).toHaveLength(0);
    } finally {
      await bot.stop();
    }
  });
});
