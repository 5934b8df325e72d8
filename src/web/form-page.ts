// What the pages behind personal links share: their language, a cookie-bound CSRF token, request limits, and the
// pages for a bad link, a busy server or a failure (no details, nothing personal in the log).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Next, Request, Response } from 'restify';
import { textsFor, type Locale, type Texts } from '../i18n';
import type { Logger } from '../logger';
import { logFailure, pageFailure } from '../bot/failures';
import { clientAddress, escapeHtml, page, sendPage } from './html';
import { RequestLimit } from './request-limit';

/** How a page behind personal links is served. */
export interface FormPageOptions {
  /** The key of signed links; also keys the CSRF tokens. */
  secret: string;
  logger: Logger;
  /** Mark the cookie Secure (the bot is served over https). */
  secureCookies: boolean;
  /** Requests per client address per minute, and posts per link per minute. */
  limits?: { perAddress: number; perLink: number };
  /** The clock of the request limits. */
  nowMs?: () => number;
  /** Proxies in front of the bot that add the client's address to X-Forwarded-For (see `clientAddress`). */
  trustedProxyHops?: number;
}

/** The page's language: `?lang=` when given, else the browser's first preference, else Dutch. */
export function languageOf(req: Request): Locale {
  const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
  if (lang === 'en' || lang === 'nl') return lang;
  const accept = String(req.headers['accept-language'] ?? '')
    .trim()
    .toLowerCase();
  return accept.startsWith('en') ? 'en' : 'nl';
}

/** Whether the request's query has `name=1` (e.g. `saved=1` after a post). */
export function queryFlag(req: Request, name: string): boolean {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) === '1';
}

const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

/** A whole page in the layout of the bot's pages. */
export function pageHtml(t: Texts, locale: Locale, title: string, body: string): string {
  return page({ lang: locale, title, body, footer: t.web.footer });
}

/** A page that only says what went wrong, with a way back when there is one. */
export function messagePage(
  t: Texts,
  locale: Locale,
  text: { title: string; text: string },
  back?: { href: string; label: string },
): string {
  return pageHtml(
    t,
    locale,
    text.title,
    `<h1>${escapeHtml(text.title)}</h1>\n<p class="status bad" role="alert">${escapeHtml(text.text)}</p>` +
      (back ? `\n<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>` : ''),
  );
}

/** One radio button with its label. */
export function radio(name: string, value: string, label: string, checked: boolean, id: string): string {
  return `<div class="choice"><input type="radio" id="${escapeHtml(id)}" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}><label for="${escapeHtml(id)}">${escapeHtml(label)}</label></div>`;
}

/** A link to the page in the other language. */
export function languageSwitch(t: Texts, locale: Locale): string {
  const other: Locale = locale === 'en' ? 'nl' : 'en';
  return `<p class="lang"><a href="?lang=${other}" lang="${other}" hreflang="${other}">${escapeHtml(t.web.language)}</a></p>`;
}

/** Why a personal link opens nothing: wrong, past its time, or of someone who had their data removed. */
export type LinkProblem = 'invalid' | 'expired' | 'removed';

/** The answer to a link that is not (or no longer) good: 404 for a wrong one, 410 for one past its time or removed. */
export function sendLinkProblem(
  res: Response,
  t: Texts,
  locale: Locale,
  reason: LinkProblem,
  expired: { title: string; text: string },
): void {
  const text = {
    expired,
    removed: { title: t.web.invalidTitle, text: t.web.removed },
    invalid: { title: t.web.invalidTitle, text: t.web.invalid },
  }[reason];
  sendPage(res, reason === 'invalid' ? 404 : 410, messagePage(t, locale, text));
}

/**
 * The parts every form page behind a personal link shares: the request limits, a browser cookie (`name`, sent
 * only under `path`) that the form's CSRF token is bound to together with the link, and failure pages.
 */
export class FormPages {
  /** Requests `limitFirst` counted already. */
  private readonly counted = new WeakSet<Request>();
  private readonly perAddress: RequestLimit;
  private readonly perLink: RequestLimit;

  constructor(
    private readonly options: FormPageOptions,
    private readonly cookie: { name: string; path: string },
  ) {
    const limits = options.limits ?? { perAddress: 60, perLink: 10 };
    this.perAddress = new RequestLimit(limits.perAddress, 60_000, options.nowMs);
    this.perLink = new RequestLimit(limits.perLink, 60_000, options.nowMs);
  }

  /** Runs a page handler: the limit per address first; failures become a page without details (logged). */
  /**
   * The per-address limit as a handler of its own, for a post: placed before its body is read, so a flood is
   * refused before anything of it is held in memory (`guarded` then does not count the request again).
   */
  limitFirst(): (req: Request, res: Response, next: Next) => void {
    return (req, res, next) => {
      const wait = this.perAddress.take(clientAddress(req, this.options.trustedProxyHops));
      if (wait > 0) {
        const locale = languageOf(req);
        return this.busy(res, textsFor(locale), locale, wait);
      }
      this.counted.add(req);
      next();
    };
  }

  guarded(
    what: string,
    handle: (req: Request, res: Response, locale: Locale, token: string) => Promise<void>,
  ): (req: Request, res: Response) => Promise<void> {
    return async (req, res) => {
      const locale = languageOf(req);
      const t = textsFor(locale);
      const wait = this.counted.has(req)
        ? 0
        : this.perAddress.take(clientAddress(req, this.options.trustedProxyHops));
      if (wait > 0) return this.busy(res, t, locale, wait);
      const token = String(req.params.token ?? '');
      try {
        await handle(req, res, locale, token);
      } catch (e) {
        const failed = pageFailure(t, logFailure(this.options.logger, e, what));
        if (!res.headersSent)
          sendPage(
            res,
            failed.status,
            messagePage(t, locale, { title: t.web.errorTitle, text: failed.text }),
          );
      }
    };
  }

  /** Counts a post for one link; when it is one too many, answers 429 and returns false. */
  takePost(
    res: Response,
    t: Texts,
    locale: Locale,
    token: string,
    back: { href: string; label: string },
  ): boolean {
    const wait = this.perLink.take(token.slice(0, 200));
    if (wait > 0) this.busy(res, t, locale, wait, back);
    return wait === 0;
  }

  private busy(
    res: Response,
    t: Texts,
    locale: Locale,
    waitMs: number,
    back?: { href: string; label: string },
  ) {
    sendPage(res, 429, messagePage(t, locale, { title: t.web.busyTitle, text: t.web.busy }, back), {
      'retry-after': String(Math.ceil(waitMs / 1000)),
    });
  }

  /** The browser's cookie (made when it has none, with the header that sets it) and the form's token for `token`. */
  session(req: Request, token: string): { csrf: string; headers: Record<string, string> } {
    const known = this.readCookie(req);
    const cookie = known ?? randomBytes(32).toString('base64url');
    const { name, path } = this.cookie;
    return {
      csrf: this.csrfToken(cookie, token),
      headers: known
        ? {}
        : {
            'set-cookie': `${name}=${cookie}; Path=${path}; HttpOnly; SameSite=Strict; Max-Age=86400${this.options.secureCookies ? '; Secure' : ''}`,
          },
    };
  }

  /** Whether a post carries this browser's cookie and the token the page gave it for this link. */
  genuinePost(req: Request, token: string, csrf: string): boolean {
    const cookie = this.readCookie(req);
    if (!cookie) return false;
    const x = Buffer.from(csrf);
    const y = Buffer.from(this.csrfToken(cookie, token));
    return x.length === y.length && timingSafeEqual(x, y);
  }

  /** The answer to a post refused before it is read: an unreadable form (400) or a stale or foreign one (403). */
  sendRefusedPost(
    res: Response,
    t: Texts,
    locale: Locale,
    readable: boolean,
    back: { href: string; label: string },
  ): void {
    sendPage(
      res,
      readable ? 403 : 400,
      messagePage(t, locale, { title: t.web.csrfTitle, text: readable ? t.web.csrf : t.web.badForm }, back),
    );
  }

  private readCookie(req: Request): string | undefined {
    for (const part of String(req.headers.cookie ?? '').split(';')) {
      const [name, value] = part.trim().split('=');
      if (name === this.cookie.name && value && COOKIE_VALUE.test(value)) return value;
    }
    return undefined;
  }

  /** The form's CSRF token: bound to this browser's cookie and to this link. */
  private csrfToken(cookie: string, token: string): string {
    return createHmac('sha256', this.options.secret).update(`csrf|${cookie}|${token}`).digest('base64url');
  }
}
