// Fuzzing the HTTP envelope of every route: any method, content type, content coding, framing and body gets an answer
// below 500 by the documented rules, never internal detail, no temp file, no change of stored data, and the bot keeps
// serving; a body that never arrives whole is cut off at its deadline.
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { ReflectionPrompt } from '../../src/domain/reflection';
import { rsvpToken } from '../../src/features/invitations/links';
import { reflectionToken } from '../../src/features/reflection/links';
import { signLink } from '../../src/web/signed-links';
import { channel, makeUser, personalChat, type TestUser } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { domainRows } from '../driver/storage';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';
import { uploadFiles } from './http-envelope';

/** How a request's body is framed on the wire. */
type Framing =
  | 'length' // an honest Content-Length
  | 'short' // a Content-Length shorter than the body: the rest reads as the next request
  | 'chunked' // Transfer-Encoding: chunked, one chunk per write
  | 'bare' // neither: the body reads as the next request
  | 'both' // Content-Length and chunked together (a smuggling attempt)
  | 'abort' // an honest Content-Length, half the body sent, then the client goes away
  | 'hangup' // an honest Content-Length and the whole body, then the client goes away without waiting
  | 'long' // a Content-Length longer than the body: the bot waits for bytes that never come
  | 'unfinished'; // chunked without the last chunk: likewise

const CHUNKED = new Set<Framing>(['chunked', 'both', 'unfinished']);

interface RawCall {
  method: string;
  path: string;
  /** Header lines, written as latin1 bytes (values may hold any byte but CR and LF). */
  headers: [string, string][];
  body: Buffer;
  framing: Framing;
  /** Into how many writes the body is split. */
  writes: number;
  keepAlive: boolean;
  /** Wait for the bot to close the connection even after a whole response. */
  untilClosed?: boolean;
}

interface RawReply {
  /** The status of every response on the connection (a rest of the body read as a request gets its own). */
  statuses: number[];
  /** Everything that came back, as latin1. */
  text: string;
  /** The connection ended before the client gave up waiting (the bot closed or reset it, or the client hung up). */
  closedByServer: boolean;
  timedOut: boolean;
  /** Milliseconds until the first byte of the answer, and until the connection ended. */
  firstByteMs: number | undefined;
  ms: number;
}

/** The Content-Length a framing declares, or undefined for none. */
function declaredLength(framing: Framing, body: Buffer): number | undefined {
  if (framing === 'short') return Math.floor(body.length / 2);
  if (framing === 'long') return body.length + 1000;
  if (framing === 'bare' || framing === 'chunked' || framing === 'unfinished') return undefined;
  return body.length;
}

/** The request head and the body's writes, framed as `call` says. */
function wireOf(call: RawCall): { head: Buffer; frames: Buffer[] } {
  const declared = declaredLength(call.framing, call.body);
  const lines = [
    `${call.method} ${call.path} HTTP/1.1`,
    'Host: localhost',
    ...(call.keepAlive ? [] : ['Connection: close']),
    ...call.headers.map(([k, v]) => `${k}: ${v}`),
    ...(declared === undefined ? [] : [`Content-Length: ${declared}`]),
    ...(CHUNKED.has(call.framing) ? ['Transfer-Encoding: chunked'] : []),
  ];
  const head = Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1');
  const sent = call.framing === 'abort' ? call.body.subarray(0, call.body.length >> 1) : call.body;
  const size = Math.max(1, Math.ceil(sent.length / Math.max(1, call.writes)));
  const pieces: Buffer[] = [];
  for (let i = 0; i < sent.length; i += size) pieces.push(sent.subarray(i, i + size));
  if (!CHUNKED.has(call.framing)) return { head, frames: pieces };
  const frames = pieces.map((p) =>
    Buffer.concat([Buffer.from(`${p.length.toString(16)}\r\n`), p, Buffer.from('\r\n')]),
  );
  if (call.framing !== 'unfinished') frames.push(Buffer.from('0\r\n\r\n'));
  return { head, frames };
}

/** Whether `bytes` hold one whole response (its head, and a body of its Content-Length or a chunked body's end). */
function firstResponseComplete(bytes: Buffer): boolean {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const head = bytes.subarray(0, end).toString('latin1');
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) return bytes.length >= end + 4 + Number(length[1]);
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) return bytes.includes('\r\n0\r\n\r\n', end);
  return false;
}

/**
 * Writes `call` on a fresh connection and collects what comes back until the bot closes the connection, until
 * the first response is whole (on a kept-alive connection), or until `timeoutMs`.
 */
function rawCall(port: number, call: RawCall, timeoutMs: number): Promise<RawReply> {
  const started = Date.now();
  const { head, frames } = wireOf(call);
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let firstByteMs: number | undefined;
    let settled = false;
    const socket = net.connect(port, '127.0.0.1');
    const done = (closedByServer: boolean, timedOut: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(parts).toString('latin1');
      const statuses = [...text.matchAll(/(?:^|\r\n)HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
      resolve({ statuses, text, closedByServer, timedOut, firstByteMs, ms: Date.now() - started });
    };
    const timer = setTimeout(() => done(false, true), timeoutMs);
    socket.on('data', (d: Buffer) => {
      firstByteMs ??= Date.now() - started;
      parts.push(d);
      if (call.keepAlive && !call.untilClosed && firstResponseComplete(Buffer.concat(parts)))
        done(false, false);
    });
    socket.on('end', () => done(true, false));
    socket.on('close', () => done(true, false));
    socket.on('error', () => done(true, false));
    socket.on('connect', () => {
      void (async () => {
        socket.write(head);
        for (const frame of frames) {
          // A turn of the event loop between writes, so that the pieces arrive as separate reads.
          await new Promise((r) => setImmediate(r));
          if (socket.destroyed) return;
          socket.write(frame);
        }
        if (call.framing === 'abort' || call.framing === 'hangup') socket.destroy();
      })();
    });
  });
}

/** What no answer of the bot may show: exception texts, stack lines, addresses, file paths. */
const INTERNAL_DETAIL: [string, RegExp][] = [
  ['an exception text', /Error:/],
  ['a stack line', /\bat\s+(?:[\w.<>$[\] ]+\s+\()?(?:\/|[A-Za-z]:\\|file:|node:)/],
  ['a refused connection', /ECONNREFUSED/],
  ['a loopback address', /127\.0\.0\.1:/],
  [
    'a file path',
    /(?:\/(?:work|home|tmp|usr|opt|var|root|srv)\/|node_modules|[A-Za-z]:\\|\.(?:ts|js|mjs|cjs):\d+)/,
  ],
];

/** Each internal detail `text` shows (its name and the text found), none when it is clean. */
function internalDetail(text: string): [string, string][] {
  return INTERNAL_DETAIL.flatMap(([what, pattern]): [string, string][] => {
    const found = pattern.exec(text);
    return found ? [[what, found[0]]] : [];
  });
}

/** The body of the first response when it is JSON of a known length (the bot's refusals are), else undefined. */
function firstJsonBody(text: string): string | undefined {
  const end = text.indexOf('\r\n\r\n');
  const head = text.slice(0, Math.max(0, end));
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (end < 0 || !length || !/\r\ncontent-type:\s*application\/json/i.test(head)) return undefined;
  return text.slice(end + 4, end + 4 + Number(length[1]));
}

/** Expects `ok`, showing `label` and `value` when it fails. */
function expectThat(label: string, value: unknown, ok: boolean): void {
  expect({ label, value, ok }).toEqual({ label, value, ok: true });
}

type RouteName =
  | 'messages'
  | 'rsvp'
  | 'reflect'
  | 'forgedRsvp'
  | 'forgedReflect'
  | 'calendar'
  | 'export'
  | 'health'
  | 'unknown'
  | 'mangled';

/** A body to send, made at the moment of sending (an activity needs an id of its own). */
type BodySpec =
  | { kind: 'empty' }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'json'; text: string }
  | { kind: 'gzip'; text: string }
  | { kind: 'activity'; gzip: boolean }
  | { kind: 'form'; fields: Record<string, string> }
  | { kind: 'multipart'; file: Uint8Array }
  | { kind: 'huge' };

interface Case {
  method: string;
  route: RouteName;
  /** The path of a `mangled` route: a route's prefix and then dots, slashes and (broken) percent escapes. */
  mangled: string;
  query: string;
  contentType: string | undefined;
  contentEncoding: string | undefined;
  body: BodySpec;
  framing: Framing;
  writes: number;
  keepAlive: boolean;
}

/** In a generated Content-Type: the type the route reads. */
const OWN_TYPE = '<own>';
const MULTIPART_BOUNDARY = '----fuzz-boundary';
const MAX_ACTIVITY_BYTES = 1_000_000;
const MAX_FORM_BYTES = 64 * 1024;
const PAGE_ROUTES = new Set<RouteName>(['rsvp', 'reflect', 'forgedRsvp', 'forgedReflect']);
/** Framings after which the bot itself answers the request (with the others the HTTP parser may refuse first). */
const WELL_FRAMED = new Set<Framing>(['length', 'chunked']);

/** A header value of any bytes HTTP allows in one (visible ASCII, space, tab, and bytes above 127). */
const headerGarbage = fc
  .array(
    fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(9)),
    { maxLength: 60 },
  )
  .map((codes) => Buffer.from(codes).toString('latin1'));

/** Mostly the type the route reads, else the other one, others, odd charsets, none or garbage. */
const contentType = fc.oneof(
  {
    arbitrary: fc.constantFrom(OWN_TYPE, `${OWN_TYPE}; charset=utf-8`, `${OWN_TYPE}; charset=latin1`),
    weight: 4,
  },
  { arbitrary: fc.constantFrom('application/json', 'application/x-www-form-urlencoded'), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: headerGarbage, weight: 1 },
  fc.constantFrom(
    'Application/JSON; charset="UTF-8"',
    'application/json; charset=utf-16',
    'application/json;charset=iso-8859-1',
    'application/x-www-form-urlencoded; charset=iso-8859-1',
    'application/x-www-form-urlencoded; charset=utf-16le',
    `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
    'multipart/form-data',
    'text/plain',
    'text/plain; charset=utf-8',
    'application/octet-stream',
    'application/jsonx',
    '',
  ),
);

/** Mostly none (so that bodies are read), else identity, a real coding or garbage. */
const contentEncoding = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 5 },
  { arbitrary: fc.constantFrom('identity', ' IDENTITY ', ''), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      'gzip',
      'deflate',
      'br',
      'x-gzip',
      'gzip, identity',
      'identity, gzip',
      'compress',
    ),
    weight: 2,
  },
  { arbitrary: headerGarbage, weight: 1 },
);

const body: fc.Arbitrary<BodySpec> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'empty' as const }), weight: 1 },
  {
    arbitrary: fc.uint8Array({ maxLength: 3000 }).map((bytes) => ({ kind: 'bytes' as const, bytes })),
    weight: 3,
  },
  { arbitrary: fc.json({ maxDepth: 3 }).map((text) => ({ kind: 'json' as const, text })), weight: 3 },
  { arbitrary: fc.json({ maxDepth: 3 }).map((text) => ({ kind: 'gzip' as const, text })), weight: 1 },
  { arbitrary: fc.boolean().map((gzip) => ({ kind: 'activity' as const, gzip })), weight: 3 },
  {
    arbitrary: fc
      .dictionary(
        fc.constantFrom('answer', 'note', 'csrf', 'usefulness', 'slot.s1', 'x'),
        fc.string({ maxLength: 40 }),
        { maxKeys: 4 },
      )
      .map((fields) => ({ kind: 'form' as const, fields })),
    weight: 2,
  },
  {
    arbitrary: fc.uint8Array({ maxLength: 3000 }).map((file) => ({ kind: 'multipart' as const, file })),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'huge' as const }), weight: 1 },
);

const route = fc.oneof(
  {
    arbitrary: fc.constantFrom<RouteName>(
      'messages',
      'rsvp',
      'reflect',
      'forgedRsvp',
      'forgedReflect',
      'unknown',
    ),
    weight: 6,
  },
  // Health checks, calendar files and exports are limited per minute of real time: fewer of those.
  { arbitrary: fc.constantFrom<RouteName>('calendar', 'export', 'health', 'mangled'), weight: 1 },
);

const mangledPath = fc
  .tuple(
    fc.constantFrom(
      '/rsvp/',
      '/reflect/',
      '/api/calendar/',
      '/api/export/',
      '/api/messages/',
      '/api/health/',
      '/',
    ),
    fc.array(
      fc.constantFrom(
        'a',
        '%',
        '%ZZ',
        '%2e',
        '%2F',
        '%00',
        '%C0%AF',
        '%E0%A4%A',
        '.',
        '..',
        '/',
        ';',
        '~',
        '%20',
      ),
      {
        maxLength: 12,
      },
    ),
  )
  .map(([prefix, parts]) => prefix + parts.join(''));

const fuzzCase: fc.Arbitrary<Case> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH'),
  route,
  mangled: mangledPath,
  query: fc.constantFrom('', '?lang=en', '?lang=xx&lang=nl'),
  contentType,
  contentEncoding,
  body,
  framing: fc.constantFrom<Framing>(
    'length',
    'length',
    'chunked',
    'chunked',
    'short',
    'bare',
    'both',
    'abort',
    'hangup',
  ),
  writes: fc.integer({ min: 1, max: 8 }),
  keepAlive: fc.boolean(),
});

/** The media type of a Content-Type value, lower case, without parameters ('' when there is none). */
function mediaTypeOf(value: string | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Whether a Content-Type value names no charset or UTF-8. */
function utf8OrNoCharset(value: string | undefined): boolean {
  const cs = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(value ?? '')?.[1]?.toLowerCase();
  return cs === undefined || cs === 'utf-8' || cs === 'utf8';
}

/**
 * The statuses the documented rules allow for a request the bot reads itself (undefined: any below 500): 415 for
 * a content coding on every route, 404 and 405 for paths and methods, and for the POSTs that read a body 415 for
 * another type or charset, 413 past the limit, and on the messages endpoint 400 unless the body is an activity.
 */
function documentedStatuses(c: Case, bytes: Buffer): readonly number[] | undefined {
  if (!WELL_FRAMED.has(c.framing) || c.route === 'mangled') return undefined;
  const coding = (c.contentEncoding ?? '').trim().toLowerCase();
  if (coding !== '' && coding !== 'identity') return [415];
  if (c.route === 'unknown') return [404, 405];
  const methods = c.route === 'messages' ? ['POST'] : PAGE_ROUTES.has(c.route) ? ['GET', 'POST'] : ['GET'];
  if (!methods.includes(c.method)) return [405];
  if (c.method !== 'POST') return undefined;
  const json = c.route === 'messages';
  if (mediaTypeOf(c.contentType) !== (json ? 'application/json' : 'application/x-www-form-urlencoded'))
    return [415];
  if (!utf8OrNoCharset(c.contentType)) return [415];
  if (bytes.length > (json ? MAX_ACTIVITY_BYTES : MAX_FORM_BYTES)) return [413];
  if (json) return c.body.kind === 'activity' && !c.body.gzip ? [200] : [400];
  return undefined;
}

describe('fuzzing the HTTP envelope of every route', () => {
  let bot: TestBot;
  let port: number;
  let paths: Record<RouteName, string>;
  let fuzzUser: TestUser;
  let before: string;
  let uploadsBefore: Set<string>;
  /** Requests whose body never arrives whole, started first so that their deadline runs while the fuzz does. */
  let unfinished: Promise<{ call: RawCall; reads: boolean; reply: RawReply }[]>;

  beforeAll(async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-17T09:00:00Z');
    port = Number(new URL(bot.url).port);
    const contact = makeUser('Carla Contact');
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
    const next = await givenMeeting(bot, b, { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' });
    const inv = await givenInvitation(bot, next, { name: 'Rob Researcher', email: 'rob@uu.example' });
    const past = await givenMeeting(bot, b, { start: '2027-03-16T14:00:00Z', end: '2027-03-16T16:00:00Z' });
    const prompt: ReflectionPrompt = {
      meetingId: past.id,
      broedplaatsId: b.id,
      participant: { aadObjectId: 'link:inv-1', name: 'Rob Researcher', role: 'invitee' },
      sentAt: '2027-03-16T17:00:00.000Z',
      via: 'link',
    };
    await bot.store.reflections.recordPrompt(prompt);
    const far = 2_000_000_000;
    paths = {
      messages: '/api/messages',
      rsvp: `/rsvp/${rsvpToken(LINK_SECRET, inv)}`,
      reflect: `/reflect/${reflectionToken(LINK_SECRET, prompt)}`,
      forgedRsvp: `/rsvp/${signLink('not-the-link-secret', { kind: 'rsvp', ids: [b.id, next.id, inv.id], exp: far })}`,
      forgedReflect: '/reflect/eyJ4IjoxfQ.AAAA',
      calendar: `/api/calendar/${signLink(LINK_SECRET, { kind: 'ics', ids: [b.id, next.id], exp: far })}`,
      export: '/api/export/x',
      health: '/api/health',
      unknown: '/nergens/te-vinden',
      mangled: '',
    };
    // The personal links are real: each opens its page or file.
    for (const path of [paths.rsvp, paths.reflect, paths.calendar])
      expect([path, (await fetch(`${bot.url}${path}`)).status]).toEqual([path, 200]);

    const open = (method: string, path: string, type: string, framing: Framing, keepAlive: boolean) => ({
      method,
      path,
      headers: [['Content-Type', type]] as [string, string][],
      body: Buffer.from(type === 'application/json' ? '{"type":"mess' : 'answer=acc'),
      framing,
      writes: 1,
      keepAlive,
      untilClosed: true,
    });
    const calls = [true, false].flatMap((keepAlive) => [
      { reads: true, call: open('POST', paths.messages, 'application/json', 'long', keepAlive) },
      { reads: true, call: open('POST', paths.messages, 'application/json', 'unfinished', keepAlive) },
      { reads: true, call: open('POST', paths.rsvp, 'application/x-www-form-urlencoded', 'long', keepAlive) },
      {
        reads: true,
        call: open('POST', paths.reflect, 'application/x-www-form-urlencoded', 'unfinished', keepAlive),
      },
      { reads: false, call: open('GET', paths.health, 'application/json', 'long', keepAlive) },
      { reads: false, call: open('PUT', paths.messages, 'application/json', 'long', keepAlive) },
      { reads: false, call: open('POST', paths.messages, 'text/plain', 'long', keepAlive) },
      { reads: false, call: open('GET', paths.unknown, 'text/plain', 'unfinished', keepAlive) },
    ]);
    unfinished = Promise.all(
      calls.map(async ({ call, reads }) => ({ call, reads, reply: await rawCall(port, call, 25_000) })),
    );

    fuzzUser = makeUser('Fien Fuzz');
    await personalChat(bot, fuzzUser).install(fuzzUser);
    before = await domainRows(bot);
    uploadsBefore = uploadFiles();
  }, 60_000);
  afterAll(() => bot?.stop());

  /** The bytes of a body (an activity is a new message `hulp` of the fuzzing user in their personal chat). */
  function bytesOf(spec: BodySpec, target: RouteName): Buffer {
    switch (spec.kind) {
      case 'empty':
        return Buffer.alloc(0);
      case 'bytes':
        return Buffer.from(spec.bytes);
      case 'json':
        return Buffer.from(spec.text);
      case 'gzip':
        return gzipSync(spec.text);
      case 'activity': {
        const activity = personalChat(bot, fuzzUser).activity(fuzzUser, { type: 'message', text: 'hulp' });
        const text = JSON.stringify(activity);
        return spec.gzip ? gzipSync(text) : Buffer.from(text);
      }
      case 'form':
        return Buffer.from(new URLSearchParams(spec.fields).toString());
      case 'multipart':
        return Buffer.concat([
          Buffer.from(
            `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n` +
              'Content-Type: application/octet-stream\r\n\r\n',
          ),
          Buffer.from(spec.file),
          Buffer.from(`\r\n--${MULTIPART_BOUNDARY}--\r\n`),
        ]);
      case 'huge':
        return Buffer.from(
          target === 'messages'
            ? JSON.stringify({ type: 'message', text: 'a'.repeat(MAX_ACTIVITY_BYTES) })
            : `note=${'a'.repeat(MAX_FORM_BYTES)}`,
        );
    }
  }

  it('answers any method, content type, coding, framing and body below 500 by the rules, briefly, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (generated) => {
        const own = generated.route === 'messages' ? 'application/json' : 'application/x-www-form-urlencoded';
        const c: Case = { ...generated, contentType: generated.contentType?.replace(OWN_TYPE, own) };
        // A minute later each time: the pages' request limits count per minute on the bot's clock.
        bot.clock.advance(61_000);
        const bytes = bytesOf(c.body, c.route);
        const headers: [string, string][] = [];
        if (c.contentType !== undefined) headers.push(['Content-Type', c.contentType]);
        if (c.contentEncoding !== undefined) headers.push(['Content-Encoding', c.contentEncoding]);
        const reply = await rawCall(
          port,
          {
            ...c,
            path: (c.route === 'mangled' ? c.mangled : paths[c.route]) + c.query,
            headers,
            body: bytes,
          },
          10_000,
        );
        const label = [c.method, c.route, c.framing, c.contentType, c.contentEncoding, c.body.kind]
          .map((p) => JSON.stringify(p) ?? '-')
          .join(' ');
        const documented = documentedStatuses(c, bytes);
        const status = reply.statuses[0];

        expect([label, reply.timedOut]).toEqual([label, false]);
        expect([label, reply.statuses.filter((s) => s >= 500 && s !== 503)]).toEqual([label, []]);
        expect([label, internalDetail(reply.text)]).toEqual([label, []]);
        const json = firstJsonBody(reply.text);
        if (json !== undefined && status !== undefined && status >= 400)
          expect([label, json]).toEqual([label, expect.stringMatching(/^\{"error":"[^"\\<>]{1,120}"\}$/)]);
        if (status === undefined) {
          // An answer may be lost to the reset of a connection the bot closed with part of the body unread, but a
          // body the bot reads in full is always answered.
          const readInFull = documented?.includes(200) === true || documented?.includes(400) === true;
          expectThat(
            label,
            { closedByServer: reply.closedByServer, readInFull },
            reply.closedByServer && !readInFull,
          );
        } else if (documented) {
          expectThat(label, { status, documented }, documented.includes(status));
        }
      }),
      { numRuns: 300, interruptAfterTimeLimit: 60_000 },
    );
    await bot.settle();

    expect((await fetch(`${bot.url}/api/health`)).status).toBe(200);
    const anna = makeUser('Anna');
    const turn = await personalChat(bot, anna).say(anna, 'hulp');
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(1);
    expect([...uploadFiles()].filter((f) => !uploadsBefore.has(f))).toEqual([]);
    expect(await domainRows(bot)).toBe(before);
    expect(bot.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  }, 120_000);

  it('answers a body that never arrives whole with 408 at its 15 s deadline, and closes every such connection', async () => {
    for (const { call, reads, reply } of await unfinished) {
      const label = `${call.method} ${call.path.slice(0, 16)} ${call.framing} keep-alive ${call.keepAlive}`;
      expect([label, reply.timedOut, reply.closedByServer]).toEqual([label, false, true]);
      expect([label, internalDetail(reply.text)]).toEqual([label, []]);
      if (reads) {
        expect([label, reply.statuses]).toEqual([label, [408]]);
        expect([label, firstJsonBody(reply.text)]).toEqual([
          label,
          '{"error":"the body did not arrive in time"}',
        ]);
        expectThat(
          label,
          reply.firstByteMs,
          (reply.firstByteMs ?? 0) >= 14_500 && (reply.firstByteMs ?? 0) <= 20_000,
        );
      } else {
        // A route that reads no body answers at once; the connection ends soon after (keep-alive timeout).
        expect([label, reply.statuses.length]).toEqual([label, 1]);
        expectThat(label, reply.firstByteMs, (reply.firstByteMs ?? Infinity) <= 2_000);
      }
      expectThat(label, reply.ms, reply.ms <= 21_000);
    }
  }, 30_000);
});
