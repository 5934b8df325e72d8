// A loopback Bot Connector: records what the bot sends to Teams and answers like the real service.
import http from 'node:http';
import { cardProblems, cardsIn } from './card-check';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  /** Conversation the call is about (decoded), when the path names one. */
  conversationId?: string;
  /** For a reply: the activity replied to; for an update or delete: the activity changed. */
  activityId?: string;
  kind: 'reply' | 'send' | 'update' | 'delete' | 'createConversation' | 'member' | 'other';
  body: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
}

/** A scripted answer (status, optional headers and body) or a dropped connection; undefined answers normally. */
export type ConnectorScript = (
  call: ConnectorCall,
) => { status: number; headers?: Record<string, string>; body?: unknown } | { drop: true } | undefined;

export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  script: ConnectorScript | undefined;
  /**
   * Teams accounts the connector knows (GET …/members/{id}), by channel user id: a member of every conversation
   * (found by that key only), or with `conversations` only of those (found by either id); always of the 1:1 chat the
   * bot opens with them.
   */
  readonly members = new Map<string, FakeMember>();
  /** The members the bot named for each 1:1 chat it opened (POST /v3/conversations), by that chat's id. */
  private readonly opened = new Map<string, string[]>();
  /** Problems in cards the bot sent (see card-check.ts); a test bot's stop() fails when there are any. */
  readonly cardProblems: string[] = [];

  /** Checks the Adaptive Cards in an activity (or an invoke response's card) the bot sent. */
  check(activity: unknown, where: string): void {
    const activityCards = cardsIn(activity);
    const invokeCard =
      (activity as { type?: string; value?: unknown })?.type === 'application/vnd.microsoft.card.adaptive';
    for (const card of invokeCard ? [(activity as { value: unknown }).value] : activityCards) {
      for (const problem of cardProblems(card)) this.cardProblems.push(`${where}: ${problem}`);
    }
  }

  /** Wait this long before answering each call (a slow Teams). */
  delayMs = 0;
  /** Calls received so far, answered or still waiting on `delayMs`. */
  received = 0;
  private server: http.Server | undefined;
  private nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (d: Buffer) => (raw += d.toString()));
      req.on('end', () => {
        this.received++;
        if (this.delayMs > 0) setTimeout(() => this.answer(req, raw, res), this.delayMs);
        else this.answer(req, raw, res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The account `id` names in `conversationId`, with the key it is stored under; undefined when no member there. */
  private memberOf(conversationId: string, id: string): { key: string; member: FakeMember } | undefined {
    const opened = this.opened.get(conversationId);
    if (opened) {
      // In a 1:1 chat the bot opened, the person it was opened with is a member by either of their ids, as in Teams.
      for (const named of opened) {
        const account = this.account(named);
        if (account && [named, account.member.id, account.member.aadObjectId].includes(id)) return account;
      }
      return undefined;
    }
    const direct = this.members.get(id);
    if (direct && !direct.conversations) return { key: id, member: direct };
    // An account with its conversations named is found there by either of its ids, as in Teams.
    const account = this.account(id);
    return account?.member.conversations?.includes(conversationId) ? account : undefined;
  }

  /** The account stored under `id`, or whose Teams or Entra id it is. */
  private account(id: string): { key: string; member: FakeMember } | undefined {
    const direct = this.members.get(id);
    if (direct) return { key: id, member: direct };
    const found = [...this.members].find(([, m]) => m.id === id || m.aadObjectId === id);
    return found ? { key: found[0], member: found[1] } : undefined;
  }

  /** Calls recorded after `mark` (an index from `calls.length`). */
  since(mark: number): ConnectorCall[] {
    return this.calls.slice(mark);
  }

  private answer(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    let body: Record<string, unknown>;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = { unparsable: raw };
    }
    const call = classify(req.method ?? 'GET', req.url ?? '/', body, req.headers);
    const scripted = this.script?.(call);
    if (scripted && 'drop' in scripted) {
      req.socket.destroy();
      return;
    }
    if (scripted) {
      res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
      res.end(JSON.stringify(scripted.body ?? {}));
      return;
    }
    this.calls.push(call);
    this.check(call.body, `${call.kind} ${call.path}`);
    res.setHeader('content-type', 'application/json');
    if (call.kind === 'member') {
      const found = this.memberOf(call.conversationId ?? '', call.activityId ?? '');
      if (!found) {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: { code: 'MemberNotFoundInConversation', message: 'not found' } }));
        return;
      }
      const { conversations: _, ...member } = found.member;
      res.end(JSON.stringify({ id: member.id ?? found.key, userPrincipalName: member.email, ...member }));
      return;
    }
    if (call.kind === 'createConversation') {
      const id = `a:created-${this.nextId++}`;
      const named = (call.body.members as { id?: unknown }[] | undefined) ?? [];
      this.opened.set(
        id,
        named.flatMap((m) => (typeof m.id === 'string' ? [m.id] : [])),
      );
      res.end(JSON.stringify({ id, serviceUrl: this.url }));
    } else if (call.kind === 'update') {
      res.end(JSON.stringify({ id: call.activityId }));
    } else {
      res.end(JSON.stringify({ id: `bot-msg-${this.nextId++}` }));
    }
  }
}

/** A Teams account of the fake tenant. */
export interface FakeMember {
  email: string;
  name?: string;
  aadObjectId?: string;
  id?: string;
  /** The only conversations it is a member of (besides 1:1 chats the bot opens with it); all when left out. */
  conversations?: string[];
}

function classify(
  method: string,
  url: string,
  body: Record<string, unknown>,
  headers: http.IncomingHttpHeaders,
): ConnectorCall {
  const path = url.split('?')[0] ?? url;
  const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const conversationId = decodeURIComponent(m[1] ?? '');
    const activityId = m[2] ? decodeURIComponent(m[2]) : undefined;
    const kind = method === 'PUT' ? 'update' : method === 'DELETE' ? 'delete' : activityId ? 'reply' : 'send';
    return { method, path, conversationId, activityId, kind, body, headers };
  }
  const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
  if (member && method === 'GET') {
    const conversationId = decodeURIComponent(member[1] ?? '');
    return {
      method,
      path,
      conversationId,
      activityId: decodeURIComponent(member[2] ?? ''),
      kind: 'member',
      body,
      headers,
    };
  }
  if (method === 'POST' && path === '/v3/conversations')
    return { method, path, kind: 'createConversation', body, headers };
  return { method, path, kind: 'other', body, headers };
}

/** The text of a message call, if any. */
export function textOf(call: ConnectorCall): string | undefined {
  return typeof call.body.text === 'string' ? call.body.text : undefined;
}

/** The Adaptive Card content of a message call, if any. */
export function cardOf(call: ConnectorCall): Record<string, unknown> | undefined {
  const attachments = call.body.attachments as
    { contentType?: string; content?: Record<string, unknown> }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** All text in a card (TextBlock texts, TextRun texts, fact titles and values, button titles), for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'label', 'placeholder']) {
        if (typeof o[key] === 'string') out.push(o[key]);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out.join('\n');
}

/** Data of the Action.Execute button titled `title` (or marked chosen: "✓ title"); fails showing the card. */
export function buttonData(card: unknown, title: string): Record<string, unknown> {
  const found = executeActions(card).find((a) => a.title === title || a.title === `✓ ${title}`);
  if (!found) throw new Error(`No button ${title} on card:\n${cardText(card)}`);
  return found.data;
}

/** The messages the bot sent or replied into one conversation. */
export function sentInto(calls: ConnectorCall[], conversationId: string): ConnectorCall[] {
  return calls.filter(
    (c) => c.conversationId === conversationId && (c.kind === 'send' || c.kind === 'reply'),
  );
}

/** The cards the bot put in place of the message `messageId`, in the order it did. */
export function updatesOf(
  calls: ConnectorCall[],
  messageId: string | undefined,
): (Record<string, unknown> | undefined)[] {
  return calls.filter((c) => c.kind === 'update' && c.activityId === messageId).map((c) => cardOf(c));
}

/** Teams refuses to open a 1:1 chat with anyone (the app is not installed for them). */
export const NO_CHATS_OPEN: ConnectorScript = (c) =>
  c.kind === 'createConversation'
    ? { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'Forbidden' } } }
    : undefined;

/** Every Action.Execute button on a card, in card order, with its title and data. */
export function executeActions(card: unknown): { title: string; data: Record<string, unknown> }[] {
  const found: { title: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as { type?: string; title?: string; data?: Record<string, unknown> };
      if (o.type === 'Action.Execute') found.push({ title: o.title ?? '', data: o.data ?? {} });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** Every input on a card by its id (as Teams would show it: its value, placeholder, label, choices). */
export function inputsOf(card: unknown): Record<string, Record<string, unknown>> {
  const found: Record<string, Record<string, unknown>> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
        found[o.id] = o;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** What Teams sends for a card's inputs when the user changes nothing: each input's shown value. */
export function shownValues(card: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputsOf(card)).flatMap(([id, input]) =>
      typeof input.value === 'string' && input.value !== '' ? [[id, input.value]] : [],
    ),
  );
}
