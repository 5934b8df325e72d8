// Where an activity goes, free of any bot framework: a text to the open flow or a command, a click to its action.
import { renderNoticeCard } from '../cards/notice';
import { matchCommand, MAX_MESSAGE_CHARS, normalizeText } from './commands';
import type { ActionOutcome, CardAction, Command, Feature, FlowHandler, Turn } from './feature';
import { annotateTurn } from './turn-log';

/** What the router keeps of a user between turns (their part of the turn state). */
export interface UserMemory {
  /** Set once the user has seen the full help; afterwards unknown text gets the short pointer only. */
  greetedAt?: string;
}

/** What a turn starts from, for reading ahead: its text, the flow last open here, or the button clicked. */
export interface TurnInput {
  text: string;
  hintedFlow?: string;
  verb?: unknown;
  data?: unknown;
}

/** The features' commands, actions and flows, and what answers a text that none of them takes. */
export class Router {
  private readonly actions = new Map<string, CardAction>();
  private readonly flows: Map<string, FlowHandler>;

  constructor(
    private readonly features: readonly Feature[],
    private readonly commands: () => Command[],
    private readonly now: () => Date,
  ) {
    for (const action of features.flatMap((f) => f.actions ?? [])) this.actions.set(action.verb, action);
    this.flows = new Map(features.flatMap((f) => (f.flow ? [[f.flow.kind, f.flow] as const] : [])));
  }

  /** The action a button's verb names, if any. */
  actionOf(verb: unknown): CardAction | undefined {
    return typeof verb === 'string' ? this.actions.get(verb) : undefined;
  }

  /**
   * A typed text: to the flow open here first (which may step aside for a command), then a command, then a flow's
   * own word typed while it is paused; else the first-contact welcome or "I don't understand".
   */
  async text(turn: Turn, user: UserMemory, raw: string): Promise<void> {
    if (raw.length > MAX_MESSAGE_CHARS) {
      annotateTurn({ route: 'too-long' });
      await turn.send(turn.t.errors.tooLong({ max: MAX_MESSAGE_CHARS }));
      return;
    }
    const text = normalizeText(raw);
    const flow = turn.openFlow ? this.flows.get(turn.openFlow) : undefined;
    const match = matchCommand(this.commands(), text);
    if (flow) {
      // The flow claims the activity itself: its draft's write carries the claim.
      annotateTurn({ route: `flow:${flow.kind}` });
      if (await flow.onText(turn, raw, match && match.args === '' ? match.command.id : undefined)) return;
    }
    // Commands may write before they answer, and leaving a flow changes the turn state: claimed first, so a
    // redelivery changes nothing.
    await turn.claim.ensure();
    if (flow) turn.setOpenFlow(undefined);
    if (match) {
      annotateTurn({ route: `command:${match.command.id}` });
      await match.command.run(turn, match.args);
      user.greetedAt ??= this.now().toISOString();
      return;
    }
    for (const f of this.flows.values()) {
      if (await f.onStray?.(turn, raw)) return void annotateTurn({ route: `flow:${f.kind}:stray` });
    }
    annotateTurn({ route: 'unknown' });
    const firstContact = !user.greetedAt && turn.conversation.kind === 'personal';
    for (const f of this.features) {
      if (!f.onUnknownText) continue;
      await f.onUnknownText(turn, text, firstContact);
      if (firstContact) user.greetedAt = this.now().toISOString();
      return;
    }
  }

  /** A click: its data checked by the action's schema; a payload no action accepts gets the "not understood" answer. */
  async action(turn: Turn, verb: unknown, data: unknown, via: 'execute' | 'submit'): Promise<ActionOutcome> {
    const action = this.actionOf(verb);
    annotateTurn({ route: `action:${action ? action.verb : 'unknown'}` });
    const parsed = action?.schema.safeParse(data ?? {});
    if (!action || !parsed?.success) {
      const text = turn.t.errors.badAction;
      return via === 'execute' ? { card: renderNoticeCard({ text, color: 'Attention' }) } : { message: text };
    }
    return action.run(turn, parsed.data);
  }

  /** The bot was added to a conversation: every feature's welcome, and a personal chat counts as greeted. */
  async installed(turn: Turn, user: UserMemory): Promise<void> {
    annotateTurn({ route: 'installed' });
    for (const f of this.features) await f.onInstalled?.(turn);
    if (turn.conversation.kind === 'personal') user.greetedAt ??= this.now().toISOString();
  }

  /** Whether a text goes to the flow the user last had open here, whose draft's write claims the activity. */
  flowClaims(input: TurnInput): boolean {
    const flow = input.hintedFlow ? this.flows.get(input.hintedFlow) : undefined;
    return Boolean(input.text && flow?.prefetch);
  }

  /**
   * Starts the reads a turn will begin with, while its state loads (never writes): the draft of the flow `hinted`
   * (the flow the user last had open here), else those of the command a text names or of the action clicked.
   */
  prefetch(turn: Turn, input: TurnInput): void {
    const flow = input.hintedFlow ? this.flows.get(input.hintedFlow) : undefined;
    if (this.flowClaims(input)) return flow?.prefetch?.(turn);
    if (input.text && input.text.length <= MAX_MESSAGE_CHARS) {
      // The bot's @mention is taken out later; here it is only skipped to find the command.
      const match = matchCommand(this.commands(), normalizeText(input.text.replace(/<at>[^<]*<\/at>/g, ' ')));
      match?.command.prefetch?.(turn, match.args);
      return;
    }
    const action = this.actionOf(input.verb);
    if (!action?.prefetch) return;
    const parsed = action.schema.safeParse(input.data ?? {});
    if (parsed.success) action.prefetch(turn, parsed.data);
  }
}

/** Whether a card action's turn claims the activity in a row of its own before the action runs. */
export function claimsFirst(action: CardAction | undefined): boolean {
  return !action?.recordsClaim && !action?.readOnly;
}
