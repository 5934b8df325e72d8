// Raw HTTP for the envelope attacks: any headers (a lying Content-Length, a content coding), a body sent whole or in
// chunks, and the answer as status and text; a connection the bot closes counts as an answer too.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';

/** How a write fails once the other side has closed the connection. */
const CLOSED_BY_SERVER = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECANCELED',
  'ERR_STREAM_DESTROYED',
  'ECONNABORTED',
]);

export interface RawAnswer {
  status: number;
  text: string;
}

/** Sends `body` to `url` with exactly these headers; `chunks` splits it into that many writes (chunked). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; chunks?: number },
): Promise<RawAnswer> {
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  return new Promise((resolve, reject) => {
    let answered: RawAnswer | undefined;
    // The bot may answer and close the connection before the whole body is sent (a refusal it does not read): the
    // rest of the writes then fail, on the request or on the answer still coming in, which is the refusal working.
    const closed = (e: NodeJS.ErrnoException) =>
      answered || CLOSED_BY_SERVER.has(e.code ?? '')
        ? resolve(answered ?? { status: -1, text: e.code ?? '' })
        : reject(e);
    const req = http.request(url, { method: options.method ?? 'POST', headers: options.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => {
        answered = { status: res.statusCode ?? 0, text: Buffer.concat(parts).toString() };
        resolve(answered);
      });
      res.on('error', (e: NodeJS.ErrnoException) => {
        answered ??= { status: res.statusCode ?? -1, text: Buffer.concat(parts).toString() };
        closed(e);
      });
    });
    req.on('error', closed);
    if (!body) return void req.end();
    const n = Math.max(1, options.chunks ?? 1);
    const size = Math.ceil(body.length / n);
    for (let i = 0; i < body.length; i += size) req.write(body.subarray(i, i + size));
    req.end();
  });
}

/** The names of files in the temp folder that an upload parser leaves behind. */
export function uploadFiles(): Set<string> {
  return new Set(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('upload_')));
}
