// Request bodies: each route reads only its own content type, uncompressed, counted as the bytes that are parsed,
// in memory (never a temp file), with a deadline; anything else is refused with a plain 4xx before it is read.
import type { Next, Request, Response, Server } from 'restify';

/** What a route accepts: Bot Framework activities (JSON) or an HTML form post. */
export type BodyKind = 'json' | 'form';

const CONTENT_TYPES: Record<BodyKind, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
};

/** The largest form a page behind a personal link makes (its texts at their longest, percent-encoded) fits well. */
export const MAX_FORM_BYTES = 64 * 1024;

/**
 * Bytes of request bodies held in memory at once, over all requests; past it a new body gets 503 (a flood of slow
 * near-limit bodies would otherwise fill the memory before any of them is refused).
 */
const MAX_BUFFERED_BYTES = 48 * 1024 * 1024;
let buffered = 0;

/** How long a client may take to send a body once its headers are in. */
const BODY_DEADLINE_MS = 15_000;

/** Sends a short JSON refusal and closes the connection (its unread body is not worth waiting for). */
function refuse(res: Response, status: number, error: string): void {
  if (res.headersSent) return;
  res.setHeader('connection', 'close');
  res.send(status, { error });
}

/** Whether a request says its body is compressed (anything but identity, or a list of codings). */
function isEncoded(req: Request): boolean {
  const coding = req.headers['content-encoding'];
  return coding !== undefined && coding.trim().toLowerCase() !== 'identity' && coding.trim() !== '';
}

/**
 * Refuses, on every route, a request whose body is compressed (415): no route accepts one, and a decompressed
 * body could be many times the size that was sent.
 */
export function refuseEncodedBodies(server: Server): void {
  server.pre((req: Request, res: Response, next: Next) => {
    if (isEncoded(req)) return refuse(res, 415, 'compressed request bodies are not accepted');
    return next();
  });
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(req: Request): string {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

/** The charset parameter, when one is given. */
function charset(req: Request): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(String(req.headers['content-type'] ?? ''));
  return match?.[1]?.toLowerCase();
}

/** A form post's fields; a field sent twice becomes a list (which the pages refuse as a form they did not make). */
function parseForm(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of new URLSearchParams(text)) {
    const earlier = fields[key];
    fields[key] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return fields;
}

/**
 * A handler that reads the body of a `kind` request into `req.body` (an object; 415 for another content type or
 * charset, 413 past `maxBytes`, 400 for a body that is not valid UTF-8 or not parseable, 408 when it does not
 * arrive in time).
 */
export function readBody(kind: BodyKind, maxBytes: number) {
  return (req: Request, res: Response, next: Next): void => {
    if (mediaType(req) !== CONTENT_TYPES[kind]) return refuse(res, 415, `expected ${CONTENT_TYPES[kind]}`);
    const cs = charset(req);
    if (cs !== undefined && cs !== 'utf-8' && cs !== 'utf8')
      return refuse(res, 415, 'expected charset utf-8');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return refuse(res, 413, 'request body too large');
    if (buffered + (Number.isFinite(declared) ? declared : 0) > MAX_BUFFERED_BYTES)
      return refuse(res, 503, 'busy');

    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (problem?: { status: number; error: string }) => {
      if (done) return;
      done = true;
      buffered -= size;
      clearTimeout(timer);
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      if (problem) {
        refuse(res, problem.status, problem.error);
        req.resume();
        return;
      }
      const body = parse(kind, Buffer.concat(chunks, size));
      if (body === undefined)
        return refuse(res, 400, `the body is not valid ${kind === 'json' ? 'JSON' : 'form data'}`);
      req.body = body;
      next();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      buffered += chunk.length;
      if (size > maxBytes) return finish({ status: 413, error: 'request body too large' });
      if (buffered > MAX_BUFFERED_BYTES) return finish({ status: 503, error: 'busy' });
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const timer = setTimeout(
      () => finish({ status: 408, error: 'the body did not arrive in time' }),
      BODY_DEADLINE_MS,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    // A client that goes away mid-body: nothing to answer, and nothing was kept.
    req.once('error', () => finish({ status: 400, error: 'the body was not sent whole' }));
    req.once('close', () => {
      if (!req.complete) finish({ status: 400, error: 'the body was not sent whole' });
    });
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parse(kind: BodyKind, bytes: Buffer): object | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (kind === 'form') return parseForm(text);
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}
