// The router alone, with a fake turn: where a text and a click go, in the order a turn takes them.
import { z } from 'zod';
import { defineVerb, onVerb, type Feature, type Outgoing, type Turn } from '../../src/bot/feature';
import { MAX_MESSAGE_CHARS } from '../../src/bot/commands';
import { Router } from '../../src/bot/router';
import { textsFor } from '../../src/i18n';

/** A turn in a personal chat that records what was sent, whether it was claimed, and its open flow. */
function fakeTurn(openFlow?: string) {
  const sent: Outgoing[] = [];
  const state = { claimed: false, openFlow };
  const turn = {
    locale: 'en',
    localeGiven: true,
    t: textsFor('en'),
    actor: { id: '29:u', aadObjectId: 'aad-u', name: 'Ursula', tenantId: 't' },
    conversation: { id: 'c1', kind: 'personal', tenantId: 't', name: undefined },
    claim: { ensure: async () => void (state.claimed = true) },
    get openFlow() {
      return state.openFlow;
    },
    setOpenFlow: (kind: string | undefined) => void (state.openFlow = kind),
    send: async (m: Outgoing) => void sent.push(m),
  } as unknown as Turn;
  return { turn, sent, state };
}

const heard: string[] = [];
const echo = defineVerb('test.echo', z.object({ word: z.string().max(10) }));
const features: Feature[] = [
  {
    name: 'talk',
    commands: [
      { id: 'ping', names: ['ping'], run: async (turn, args) => void (await turn.send(`pong ${args}`)) },
    ],
    actions: [onVerb(echo, { run: async (_turn, d) => ({ message: `echo ${d.word}` }) })],
    flow: {
      kind: 'chat',
      // The flow takes every text but a bare command, for which it steps aside.
      onText: async (turn, text, command) => {
        if (command) return false;
        heard.push(text);
        await turn.send(`flow heard ${text}`);
        return true;
      },
    },
    onUnknownText: async (turn, text, firstContact) =>
      void (await turn.send(firstContact ? 'welcome' : `unknown ${text}`)),
  },
];
const router = new Router(
  features,
  () => features.flatMap((f) => f.commands ?? []),
  () => new Date(0),
);

describe('the router', () => {
  beforeEach(() => (heard.length = 0));

  it('gives a text to the open flow first, without claiming it (the flow does)', async () => {
    const { turn, sent, state } = fakeTurn('chat');
    await router.text(turn, {}, 'hello there');
    expect(heard).toEqual(['hello there']);
    expect(sent).toEqual(['flow heard hello there']);
    expect(state).toEqual({ claimed: false, openFlow: 'chat' });
  });

  it('runs a command the open flow steps aside for, claimed first, and closes the flow', async () => {
    const { turn, sent, state } = fakeTurn('chat');
    const user: { greetedAt?: string } = {};
    await router.text(turn, user, 'ping');
    expect(sent).toEqual(['pong ']);
    expect(state).toEqual({ claimed: true, openFlow: undefined });
    expect(user.greetedAt).toBe(new Date(0).toISOString());
  });

  it('welcomes a first text that is no command, then answers the next one as not understood', async () => {
    const { turn, sent } = fakeTurn();
    const user: { greetedAt?: string } = {};
    await router.text(turn, user, 'what is this');
    await router.text(turn, user, 'what is this');
    expect(sent).toEqual(['welcome', 'unknown what is this']);
  });

  it('refuses a text longer than a message may be, in the user’s language', async () => {
    const { turn, sent } = fakeTurn('chat');
    await router.text(turn, {}, 'x'.repeat(20_000));
    expect(heard).toEqual([]);
    expect(sent).toEqual([textsFor('en').errors.tooLong({ max: MAX_MESSAGE_CHARS })]);
  });

  it('runs a click with checked data, and answers forged data or an unknown verb with "not understood"', async () => {
    const { turn } = fakeTurn();
    expect(await router.action(turn, 'test.echo', { word: 'hi' }, 'execute')).toEqual({ message: 'echo hi' });
    const notUnderstood = textsFor('en').errors.badAction;
    expect(await router.action(turn, 'test.echo', { word: 'far too long here' }, 'submit')).toEqual({
      message: notUnderstood,
    });
    expect(await router.action(turn, 'nope', {}, 'submit')).toEqual({ message: notUnderstood });
    expect(JSON.stringify(await router.action(turn, 42, {}, 'execute'))).toContain(notUnderstood);
  });
});
