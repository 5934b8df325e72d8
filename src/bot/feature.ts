// What a feature is, free of any bot framework: commands, card actions and events, each handed a Turn.
import type { z } from 'zod';
import type { AdaptiveCard } from '../cards/render';
import type { Broedplaats } from '../domain/broedplaats';
import type { Meeting, MeetingChange } from '../domain/meeting';
import type { Locale, Texts } from '../i18n';
import type { Server } from 'restify';
import type { TurnClaim } from '../store/claims';
import type { ConversationAddress } from '../store/conversations';

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** The person behind the activity, as Teams identifies them (never taken from card data). */
export interface Actor {
  /** The channel's user id (Teams: "29:…"). */
  id: string;
  /** Microsoft Entra object id; the identity rights are checked against. */
  aadObjectId: string | undefined;
  name: string;
  tenantId: string | undefined;
}

/** Someone named with an @mention in a message: `<at>name</at>` in the text, and their Entra object id. */
export interface Mention {
  aadObjectId: string;
  name: string;
}

/**
 * A message to send: plain text (Teams markdown), or an Adaptive Card with an optional text above it and
 * optional @mentions (each `<at>name</at>` in the text).
 */
export type Outgoing = string | { card: AdaptiveCard; text?: string; mentions?: Mention[] };

/** One incoming activity as features see it. */
export interface Turn {
  readonly locale: Locale;
  /** Whether the activity said which language the client uses (`locale` is Dutch by default when it did not). */
  readonly localeGiven: boolean;
  readonly t: Texts;
  readonly actor: Actor;
  readonly conversation: {
    id: string;
    kind: ConversationKind;
    tenantId: string | undefined;
    name: string | undefined;
  };
  /** The address of this conversation, for later proactive messages. */
  readonly address: ConversationAddress;
  /** Id of the incoming activity (used to make work idempotent per activity). */
  readonly activityId: string | undefined;
  /** When Teams says the user sent the activity (its timestamp); undefined when it does not say. */
  readonly sentAt: Date | undefined;
  /**
   * The claim that makes a redelivered activity run once. Sending claims it; a feature claims it (`ensure`)
   * before its first write, or lets the one row it writes carry it (a flow's draft).
   */
  readonly claim: TurnClaim;
  /** Sends a message into this conversation (claiming the activity first); resolves with the new message's id. */
  send(message: Outgoing): Promise<string | undefined>;
  /** Replaces an earlier card message of the bot in this conversation. */
  update(messageId: string, card: AdaptiveCard): Promise<void>;
  /** The kind of conversational flow (e.g. "intake") this user has open in this conversation, if any. */
  readonly openFlow: string | undefined;
  /** Marks a flow as open here (its next texts go to it) or, with undefined, closes it. */
  setOpenFlow(kind: string | undefined): void;
  /** The actor's e-mail address as Teams knows it (asked once per turn; undefined when Teams does not say). */
  lookupEmail(): Promise<string | undefined>;
  /** Loads something once per turn (e.g. the actor's role grants), however often it is asked for. */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Starts reading something the turn will start with (see `prefetch`), kept under `key`; never writes. */
  readAhead(key: string, load: () => Promise<unknown>): void;
  /** What was read ahead under `key` (taken once: a later call reads afresh), else `load()` now. */
  takeReadAhead<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Name and e-mail of a member of this conversation, by Teams or Entra id (undefined when Teams does not know). */
  lookupMember(userId: string): Promise<Member | undefined>;
}

/** A multi-turn flow: while open for a user in a conversation, their texts go to `onText` before commands. */
export interface FlowHandler {
  kind: string;
  /**
   * Handles the text; returns false when there turns out to be no open flow, or when the flow steps aside for
   * `command`, so commands take it. `command` is the id of the command the text names on its own (e.g. "status"),
   * if any: a flow's own words (e.g. "stop") are the flow's to handle.
   */
  onText(turn: Turn, text: string, command?: string): Promise<boolean>;
  /**
   * Starts reading what `onText` reads first (`turn.readAhead`), while the turn's state loads, for a user this
   * instance last saw in the flow. Must not write.
   */
  prefetch?(turn: Turn): void;
  /**
   * A text that is no command, typed while this flow is not open here (e.g. one of its own words, such as "stop",
   * with the flow paused). Returns true when the flow answered it; the activity is claimed already.
   */
  onStray?(turn: Turn, text: string): Promise<boolean>;
}

/** Where the bot can reach someone by itself (a proactive message); failures are values, not exceptions. */
export interface Messenger {
  /** Sends into a stored conversation. */
  send(address: ConversationAddress, message: Outgoing): Promise<SendResult>;
  /** Replaces a card the bot sent earlier in a stored conversation. */
  update(address: ConversationAddress, messageId: string, card: AdaptiveCard): Promise<SendResult>;
  /** A member of a stored conversation, by Teams user id ("29:…") or Entra object id; undefined when not a member. */
  member(address: ConversationAddress, userId: string): Promise<Member | undefined>;
  /**
   * A member of a stored conversation found by e-mail address (user principal name); undefined when none.
   * Optional: a messenger that cannot look people up leaves it out.
   */
  memberByEmail?(
    address: ConversationAddress,
    email: string,
  ): Promise<{ id: string; aadObjectId: string; name: string } | undefined>;
  /**
   * Sends to a person 1:1: their stored personal chat, or a new one in their tenant (using `hint`, an
   * address in the same tenant, for the service URL and bot).
   */
  sendToUser(
    user: { aadObjectId: string; id?: string; tenantId?: string },
    message: Outgoing,
    hint?: ConversationAddress,
  ): Promise<SendResult>;
  /**
   * Opens (or finds) the 1:1 chat with a person in their tenant, by Teams user id (preferred: every client
   * accepts it) or Entra object id, without sending anything; keeps it as their personal chat and, with `identify`,
   * says who they are (`member`, undefined when Teams does not tell). Fails when Teams does not let the bot reach them.
   */
  openChat(
    user: { id: string; aadObjectId?: string; tenantId?: string },
    hint: ConversationAddress,
    identify?: boolean,
  ): Promise<{ ok: true; address: ConversationAddress; member?: Member } | (SendResult & { ok: false })>;
}

/** A Teams account as Teams describes it: Teams user id, Entra object id (lowercase), display name, e-mail. */
export interface Member {
  id?: string;
  aadObjectId?: string;
  name?: string;
  email?: string;
}

/**
 * The outcome of a send. A failure says why (e.g. "403 ConversationBlockedByUser"), the HTTP status when
 * there was one, and how long Teams asked to wait (Retry-After) when it did.
 */
export type SendResult =
  | { ok: true; messageId: string | undefined }
  | { ok: false; reason: string; status?: number; retryAfterMs?: number };

/** A typed command: `names` in both languages (lowercase, may be several words); `args` is the rest of the text. */
export interface Command {
  id: string;
  names: readonly string[];
  /** Shown on the help card, in this order; omit to keep a command off the card. */
  help?: (t: Texts) => { name: string; description: string };
  run(turn: Turn, args: string): Promise<void>;
  /** Starts the reads `run` begins with (`turn.readAhead`) while the turn's state loads. Must not write. */
  prefetch?(turn: Turn, args: string): void;
}

/** What a card action answers: a card that replaces the clicked one, or a short message. */
export type ActionOutcome = { card: AdaptiveCard } | { message: string };

/** A card button (Action.Execute or Action.Submit) identified by its verb; its data is validated by `schema`. */
export interface CardAction<S extends z.ZodTypeAny = z.ZodTypeAny> {
  verb: string;
  schema: S;
  run(turn: Turn, data: z.infer<S>): Promise<ActionOutcome>;
  /** Starts the reads `run` begins with (`turn.readAhead`) while the turn's state loads. Must not write. */
  prefetch?(turn: Turn, data: z.infer<S>): void;
  /**
   * The action claims its activity itself, on the one row it writes, which records the activity's key (see
   * TurnClaim): the turn does not claim it in a row of its own first. Such an action checks the keys its row
   * recorded before it writes (`turn.claim.checkRecorded`), and has no other effect before that row is written.
   */
  recordsClaim?: boolean;
  /**
   * The action only answers with a card: it writes nothing and sends nothing (a card's refresh). It needs no claim:
   * a redelivery is answered afresh, the same way. (Sending would still claim first.)
   */
  readOnly?: boolean;
  /** The action uses nothing of the user's turn state (open flows, greeting), so that row is not read for it. */
  withoutUserState?: boolean;
}

/** Declares a card action with its data type inferred from the schema. */
export function cardAction<S extends z.ZodTypeAny>(action: CardAction<S>): CardAction<S> {
  return action;
}

/**
 * A card verb and the schema of what its buttons send back, declared once per flow: the buttons are built from it
 * (`data`) and the action is registered on it (`onVerb`), so the verb's name is written in one place.
 */
export interface Verb<S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly name: string;
  readonly schema: S;
  /** What a button of this verb sends back: its values (typed by the schema) with the verb. */
  data(values: z.input<S>): z.input<S> & { verb: string };
}

export function defineVerb<S extends z.ZodTypeAny>(name: string, schema: S): Verb<S> {
  return { name, schema, data: (values) => ({ ...values, verb: name }) };
}

/** The card action of a verb: what runs when one of its buttons is clicked. */
export function onVerb<S extends z.ZodTypeAny>(
  verb: Verb<S>,
  action: Omit<CardAction<S>, 'verb' | 'schema'>,
): CardAction<S> {
  return { ...action, verb: verb.name, schema: verb.schema };
}

/** What a job handler reports: finished, try again at a moment, or give up. */
export type JobResult =
  { status: 'done' } | { status: 'retry'; at: Date; error: string } | { status: 'failed'; error: string };

/**
 * A change of a meeting's moment, stored already, as announced to every feature that follows meetings: `m` as it is
 * now, and the turn of whoever made it (a contact, in the conversation where they clicked).
 */
export interface MeetingNews {
  turn: Turn;
  b: Broedplaats;
  m: Meeting;
  change: MeetingChange;
}

/** A unit of the product (help, intake, scheduling, …) as registered on the bot. */
export interface Feature {
  name: string;
  commands?: Command[];
  actions?: CardAction[];
  flow?: FlowHandler;
  /** Handlers of due jobs, by job kind (reminders, prompts), run by the job queue of every instance. */
  jobs?: Record<
    string,
    (job: { id: string; kind: string; payload?: unknown; attempts: number }) => Promise<JobResult>
  >;
  /**
   * What the feature does when a meeting's moment is fixed, moved or called off (cards, notices, due work). Each
   * feature's part runs on its own: a failure is logged and kept among the undelivered, and the others still run.
   */
  onMeetingChange?(news: MeetingNews): Promise<void>;
  /**
   * Answers a text that no flow and no command took (one feature does: help). `firstContact`: the user's first text
   * in their personal chat, who gets the welcome and the help instead.
   */
  onUnknownText?(turn: Turn, text: string, firstContact: boolean): Promise<void>;
  /** Called once when the bot starts serving (not by the test bot): schedules the feature's recurring work. */
  start?(): Promise<void>;
  /** Called when the bot is added to a conversation (installed personally, or in a team or group chat). */
  onInstalled?(turn: Turn): Promise<void>;
  /** Web pages of the feature (e.g. answering an invitation outside Teams), registered on the bot's server. */
  routes?: ((server: Server) => void)[];
}
