// GET/POST /rsvp/:token — the answer page behind an invitee's personal link: CSRF-protected, rate-limited, escaped.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Request, Response, Server } from 'restify';
import { RSVP_ANSWERS } from '../domain/invitation';
import { formatSlot, VOTE_ANSWERS, ZONE } from '../domain/meeting';
import type { RsvpForm, RsvpPageModel, RsvpSubmit, WebRsvp } from '../features/invitations/web-rsvp';
import { rsvpFormSchema } from '../features/invitations/web-rsvp';
import { textsFor, type Locale, type Texts } from '../i18n';
import type { Logger } from '../logger';
import { StorageUnavailableError } from '../store/json-table';
import { clientAddress, escapeHtml, page, sendPage, sendRedirect, STYLESHEET, STYLESHEET_PATH } from './html';
import { RequestLimit } from './request-limit';

export interface RsvpPageDeps {
  service: Pick<WebRsvp, 'load' | 'submit'>;
  /** The key of signed links; also keys the CSRF tokens. */
  secret: string;
  logger: Logger;
  /** Mark the cookie Secure (the bot is served over https). */
  secureCookies: boolean;
  /** Requests per client address per minute, and answers per link per minute. */
  limits?: { perAddress: number; perLink: number };
  /** The clock of the request limits. */
  nowMs?: () => number;
  /** Proxies in front of the bot that add the client's address to X-Forwarded-For (see `clientAddress`). */
  trustedProxyHops?: number;
}

const COOKIE = 'bp_rsvp';
const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;
const NOTE_MAX = 500;

/** The page's language: `?lang=` when given, else the browser's first preference, else Dutch. */
function languageOf(req: Request): Locale {
  const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
  if (lang === 'en' || lang === 'nl') return lang;
  const accept = String(req.headers['accept-language'] ?? '')
    .trim()
    .toLowerCase();
  return accept.startsWith('en') ? 'en' : 'nl';
}

function readCookie(req: Request): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === COOKIE && value && COOKIE_VALUE.test(value)) return value;
  }
  return undefined;
}

/** The form's CSRF token: bound to this browser's cookie and to this link. */
function csrfToken(secret: string, cookie: string, token: string): string {
  return createHmac('sha256', secret).update(`csrf|${cookie}|${token}`).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads the posted form into plain fields; anything but single short strings makes it invalid. */
function readForm(body: unknown): { csrf: string; form: RsvpForm } | undefined {
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body) || Array.isArray(body)) return undefined;
  const fields = body as Record<string, unknown>;
  const one = (key: string): string | undefined => {
    const v = fields[key];
    return typeof v === 'string' ? v : undefined;
  };
  if (Object.values(fields).some((v) => typeof v !== 'string')) return undefined;
  const marks: Record<string, string> = {};
  for (const key of Object.keys(fields))
    if (key.startsWith('slot.') && one(key)) marks[key.slice(5)] = one(key) ?? '';
  const parsed = rsvpFormSchema.safeParse({
    answer: one('answer') ?? '',
    note: one('note'),
    delegateName: one('delegateName'),
    delegateEmail: one('delegateEmail'),
    marks,
  });
  return parsed.success ? { csrf: one('csrf') ?? '', form: parsed.data } : undefined;
}

function message(t: Texts, page: { title: string; text: string }, locale: Locale, back?: string): string {
  return pageHtml(
    t,
    locale,
    page.title,
    `<h1>${escapeHtml(page.title)}</h1>\n<p class="status bad" role="alert">${escapeHtml(page.text)}</p>` +
      (back ? `\n<p><a href="${escapeHtml(back)}">${escapeHtml(t.web.back)}</a></p>` : ''),
  );
}

function pageHtml(t: Texts, locale: Locale, title: string, body: string): string {
  return page({ lang: locale, title, body, footer: t.web.footer });
}

const radio = (name: string, value: string, label: string, checked: boolean, id: string) =>
  `<div class="choice"><input type="radio" id="${escapeHtml(id)}" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}><label for="${escapeHtml(id)}">${escapeHtml(label)}</label></div>`;

/** The invitation page: details, the current answer, and the form while answers are open. */
function invitationHtml(
  t: Texts,
  locale: Locale,
  model: RsvpPageModel,
  opts: { action: string; csrf: string; status?: { text: string; good: boolean }; form?: RsvpForm },
): string {
  const { b, m, inv } = model;
  const c = t.invitations.card;
  const w = t.web;
  const when =
    m.start && m.end ? formatSlot({ start: m.start, end: m.end }, locale) : t.invitations.whenPolling;
  const details: [string, string, string?][] = [
    [c.question, b.question],
    [c.purpose, m.purpose],
    [c.when, when],
    ...(m.location ? [[c.where, m.location] as [string, string]] : []),
    ...(m.onlineUrl
      ? [
          [c.online, m.onlineUrl, /^https:\/\//i.test(m.onlineUrl) ? m.onlineUrl : undefined] as [
            string,
            string,
            string?,
          ],
        ]
      : []),
    [c.others, model.coming.length ? model.coming.join(', ') : c.noOthers],
    [c.why, inv.reason ?? c.whyDefault[inv.invitee.category]],
  ];
  const parts: string[] = [];
  const other: Locale = locale === 'en' ? 'nl' : 'en';
  parts.push(
    `<p class="lang"><a href="?lang=${other}" lang="${other}" hreflang="${other}">${escapeHtml(w.language)}</a></p>`,
  );
  parts.push(`<h1>${escapeHtml(w.title({ network: b.network.name }))}</h1>`);
  parts.push(
    `<p>${escapeHtml(w.invitedBy({ name: inv.invitedBy.name, number: m.number, invitee: inv.invitee.name }))}</p>`,
  );
  if (opts.status)
    parts.push(
      `<p class="status ${opts.status.good ? 'good' : 'bad'}" role="${opts.status.good ? 'status' : 'alert'}">${escapeHtml(opts.status.text)}</p>`,
    );
  if (model.rsvp) {
    const at = DateTime.fromISO(model.rsvp.at)
      .setZone(ZONE)
      .setLocale(locale === 'en' ? 'en-GB' : 'nl')
      .toFormat('d LLL yyyy, HH:mm');
    parts.push(
      `<p><strong>${escapeHtml(w.current({ answer: w.answers[model.rsvp.answer], at }))}</strong></p>`,
    );
  }
  parts.push(
    '<dl>' +
      details
        .map(
          ([label, value, href]) =>
            `<dt>${escapeHtml(label)}</dt><dd>${href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(value)}</a>` : escapeHtml(value)}</dd>`,
        )
        .join('') +
      '</dl>',
  );
  if (model.calendarUrl)
    parts.push(`<p><a href="${escapeHtml(model.calendarUrl)}">${escapeHtml(w.calendar)}</a></p>`);
  if (m.status === 'cancelled') {
    parts.push(`<p class="status bad">${escapeHtml(w.cancelled)}</p>`);
  } else if (!model.open) {
    parts.push(`<p class="status bad">${escapeHtml(w.closed)}</p>`);
  } else {
    const form = opts.form;
    const answer = form ? form.answer : model.rsvp?.answer;
    const f: string[] = [];
    f.push(`<form method="post" action="${escapeHtml(opts.action)}">`);
    f.push(`<input type="hidden" name="csrf" value="${escapeHtml(opts.csrf)}">`);
    if (m.status === 'polling' && m.slots.length) {
      f.push(`<fieldset><legend>${escapeHtml(w.slots)}</legend>`);
      m.slots.forEach((s, i) => {
        const mark = form ? form.marks[s.id] : model.marks[s.id];
        const label = formatSlot(s, locale);
        f.push(
          `<div class="slot" role="radiogroup" aria-labelledby="slot-${i}"><p id="slot-${i}">${escapeHtml(label)}</p><div class="choices">`,
        );
        for (const v of VOTE_ANSWERS)
          f.push(radio(`slot.${s.id}`, v, w.slotAnswers[v], mark === v, `slot-${i}-${v}`));
        f.push('</div></div>');
      });
      f.push('</fieldset>');
    }
    f.push(`<fieldset><legend>${escapeHtml(w.yourAnswer)}</legend>`);
    for (const a of RSVP_ANSWERS) f.push(radio('answer', a, w.answers[a], answer === a, `answer-${a}`));
    f.push('</fieldset>');
    const delegateName = form?.delegateName ?? model.rsvp?.delegate?.name ?? '';
    const delegateEmail = form?.delegateEmail ?? model.rsvp?.delegate?.email ?? '';
    f.push(`<fieldset><legend>${escapeHtml(w.delegate)}</legend>`);
    f.push(
      `<label for="delegateName">${escapeHtml(w.delegateName)}</label><input type="text" id="delegateName" name="delegateName" maxlength="100" autocomplete="off" value="${escapeHtml(delegateName)}">`,
    );
    f.push(
      `<label for="delegateEmail">${escapeHtml(w.delegateEmail)}</label><input type="email" id="delegateEmail" name="delegateEmail" maxlength="254" autocomplete="off" value="${escapeHtml(delegateEmail)}">`,
    );
    f.push('</fieldset>');
    const note = form?.note ?? model.rsvp?.note ?? '';
    f.push(
      `<label for="note">${escapeHtml(w.note)}</label><textarea id="note" name="note" maxlength="${NOTE_MAX}">${escapeHtml(note)}</textarea>`,
    );
    f.push(`<p><button type="submit">${escapeHtml(w.submit)}</button></p>`);
    f.push('</form>');
    parts.push(f.join('\n'));
  }
  return pageHtml(t, locale, w.title({ network: b.network.name }), parts.join('\n'));
}

function problemText(t: Texts, problem: Extract<RsvpSubmit, { problem: string }>['problem']): string {
  switch (problem) {
    case 'closed':
      return t.web.closed;
    case 'noteTooLong':
      return t.invitations.noteTooLong;
    case 'delegateMissing':
      return t.invitations.delegateMissing;
    case 'delegateEmail':
      return t.invitations.delegateEmail;
    case 'nothing':
      return t.web.chooseAnswer;
    case 'badSlot':
      return t.web.badForm;
  }
}

/** Registers the stylesheet and the answer page. */
export function registerRsvpRoutes(server: Server, deps: RsvpPageDeps): void {
  const limits = deps.limits ?? { perAddress: 60, perLink: 10 };
  const perAddress = new RequestLimit(limits.perAddress, 60_000, deps.nowMs);
  const perLink = new RequestLimit(limits.perLink, 60_000, deps.nowMs);

  server.get(STYLESHEET_PATH, async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    res.end(STYLESHEET);
  });

  /** Runs a page handler: rate limit first; failures become a page without details (logged, no personal data). */
  const guarded =
    (handle: (req: Request, res: Response, locale: Locale, token: string) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const locale = languageOf(req);
      const t = textsFor(locale);
      const wait = perAddress.take(clientAddress(req, deps.trustedProxyHops));
      if (wait > 0) {
        sendPage(res, 429, message(t, { title: t.web.busyTitle, text: t.web.busy }, locale), {
          'retry-after': String(Math.ceil(wait / 1000)),
        });
        return;
      }
      const token = String(req.params.token ?? '');
      try {
        await handle(req, res, locale, token);
      } catch (e) {
        const down = e instanceof StorageUnavailableError;
        deps.logger.error({ err: e }, down ? 'answer page: storage unavailable' : 'answer page failed');
        if (!res.headersSent)
          sendPage(
            res,
            down ? 503 : 500,
            message(t, { title: t.web.errorTitle, text: down ? t.web.storageDown : t.web.error }, locale),
          );
      }
    };

  const notFound = (res: Response, t: Texts, locale: Locale, reason: 'invalid' | 'expired') =>
    sendPage(
      res,
      reason === 'expired' ? 410 : 404,
      message(
        t,
        reason === 'expired'
          ? { title: t.web.expiredTitle, text: t.web.expired }
          : { title: t.web.invalidTitle, text: t.web.invalid },
        locale,
      ),
    );

  const pagePath = (token: string, locale: Locale) => `/rsvp/${encodeURIComponent(token)}?lang=${locale}`;

  server.get(
    '/rsvp/:token',
    guarded(async (req, res, locale, token) => {
      const t = textsFor(locale);
      const loaded = await deps.service.load(token);
      if (!loaded.ok) return notFound(res, t, locale, loaded.reason);
      const known = readCookie(req);
      const cookie = known ?? randomBytes(32).toString('base64url');
      const saved = new URL(req.url ?? '/', 'http://localhost').searchParams.get('saved') === '1';
      const html = invitationHtml(t, locale, loaded.page, {
        action: pagePath(token, locale),
        csrf: csrfToken(deps.secret, cookie, token),
        status: saved && loaded.page.rsvp ? { text: t.web.saved, good: true } : undefined,
      });
      sendPage(
        res,
        200,
        html,
        known
          ? {}
          : {
              'set-cookie': `${COOKIE}=${cookie}; Path=/rsvp; HttpOnly; SameSite=Strict; Max-Age=86400${deps.secureCookies ? '; Secure' : ''}`,
            },
      );
    }),
  );

  server.post(
    '/rsvp/:token',
    guarded(async (req, res, locale, token) => {
      const t = textsFor(locale);
      const back = pagePath(token, locale);
      const wait = perLink.take(token.slice(0, 200));
      if (wait > 0) {
        sendPage(res, 429, message(t, { title: t.web.busyTitle, text: t.web.busy }, locale, back), {
          'retry-after': String(Math.ceil(wait / 1000)),
        });
        return;
      }
      const read = readForm(req.body);
      const cookie = readCookie(req);
      if (!cookie || !read || !sameToken(read.csrf, csrfToken(deps.secret, cookie, token))) {
        const text = read && cookie ? t.web.csrf : !read ? t.web.badForm : t.web.csrf;
        sendPage(res, read ? 403 : 400, message(t, { title: t.web.csrfTitle, text }, locale, back));
        return;
      }
      const result = await deps.service.submit(token, read.form);
      if (result.ok) {
        deps.logger.info({ page: 'rsvp' }, 'answer page: answer stored');
        sendRedirect(res, `${back}&saved=1`);
        return;
      }
      if (!('problem' in result)) return notFound(res, t, locale, result.reason);
      const html = invitationHtml(t, locale, result.page, {
        action: back,
        csrf: read.csrf,
        status: { text: problemText(t, result.problem), good: false },
        form: result.form,
      });
      sendPage(res, 422, html);
    }),
  );
}
