// Greetings and thanks get a kind answer instead of "I don't understand"; the welcome when the bot is added speaks
// the client's language, and both languages when Teams does not say which.
import { makeUser, personalChat, channel } from '../driver/conversation';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('greetings, thanks and the welcome', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.stop());

  it.each([
    ['hallo', 'Hallo! Waarmee kan ik je helpen?'],
    ['Goedemorgen!', 'Hallo! Waarmee kan ik je helpen?'],
    ['hoi bot', 'Hallo! Waarmee kan ik je helpen?'],
    ['dank je wel', 'Graag gedaan!'],
    ['Bedankt!!', 'Graag gedaan!'],
  ])('answers %p kindly in Dutch', async (typed, answer) => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    await chat.install(anna);
    const turn = await chat.say(anna, typed);
    expect(turn.texts).toEqual([expect.stringContaining(answer)]);
  });

  it('answers thanks in English to an English client, and still does not understand other words', async () => {
    const ann = makeUser('Ann', { locale: 'en-GB' });
    const chat = personalChat(bot, ann);
    await chat.install(ann);
    expect((await chat.say(ann, 'thank you')).texts).toEqual([expect.stringContaining("You're welcome!")]);
    expect((await chat.say(ann, 'hallo daar, wat is de status van alles')).texts).toEqual([
      expect.stringContaining("I don't understand that"),
    ]);
  });

  it('welcomes in the client’s language, and in Dutch and English when the install says no language', async () => {
    const ann = makeUser('Ann', { locale: 'en-US' });
    const english = await personalChat(bot, ann).install(ann);
    expect(english.texts[0]).toContain('Welcome to Broedplaats-bot!');
    expect(english.texts[0]).not.toContain('Welkom');
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const { locale: _none, ...withoutLocale } = chat.activity(anna, {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'x' }, { id: anna.id }],
    });
    const both = await chat.post({
      ...withoutLocale,
      membersAdded: [{ id: '28:broedplaats-bot' }, { id: anna.id }],
    });
    expect(both.texts[0]).toContain('Welkom bij Broedplaats-bot!');
    expect(both.texts[0]).toContain('Welcome to Broedplaats-bot!');
    const team = channel(bot, 'netwerk');
    const { locale: _n, ...teamInstall } = team.activity(anna, {
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:broedplaats-bot' }],
    });
    const teamWelcome = await team.post(teamInstall);
    expect(teamWelcome.texts[0]).toContain('Hallo allemaal!');
    expect(teamWelcome.texts[0]).toContain('Hello everyone!');
  });
});
