// Small HTML pages served by the bot: escaping, one accessible layout, and the security headers every page gets.
import type { Response } from 'restify';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Where the stylesheet of the pages is served (same origin: the content-security-policy allows only 'self'). */
export const STYLESHEET_PATH = '/pages/style.css';

/** Nothing but our own stylesheet and forms posting to ourselves; no scripts, no frames, no referrer. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** A whole page: `body` is HTML made by the caller from escaped parts. */
export function page(p: { lang: string; title: string; body: string; footer: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(p.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(p.title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<main>
${p.body}
</main>
<footer><p>${escapeHtml(p.footer)}</p></footer>
</body>
</html>
`;
}

/** Sends a page with the security headers (and any extra headers, such as a cookie). */
export function sendPage(
  res: Response,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    ...headers,
  });
  res.end(html);
}

/** A redirect after a form post (303: the browser fetches the page with GET). */
export function sendRedirect(res: Response, location: string): void {
  res.writeHead(303, { ...SECURITY_HEADERS, location });
  res.end();
}

/** The stylesheet: readable on a phone, large targets, visible focus, enough contrast. */
export const STYLESHEET = `
:root { color-scheme: light; --ink: #1b1b1f; --muted: #4a4a55; --accent: #464eb8; --good: #0b6a0b; --bad: #a4262c; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f5f5f7; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 80vh; }
footer { max-width: 40rem; margin: 0 auto; padding: 0.5rem 1rem 2rem; color: var(--muted); font-size: 0.875rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
dl { margin: 0 0 1rem; }
dt { font-weight: 600; margin-top: 0.75rem; }
dd { margin: 0.125rem 0 0; white-space: pre-line; overflow-wrap: anywhere; }
fieldset { border: 1px solid #c8c8d0; border-radius: 0.5rem; margin: 1rem 0; padding: 0.75rem 1rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
label { display: block; margin: 0.5rem 0 0.25rem; }
.choice { display: flex; align-items: center; gap: 0.5rem; margin: 0.375rem 0; min-height: 2.75rem; }
.choice label { margin: 0; }
input[type=radio] { width: 1.25rem; height: 1.25rem; }
input[type=text], input[type=email], textarea { width: 100%; font: inherit; padding: 0.5rem; border: 1px solid #8a8a95; border-radius: 0.25rem; }
textarea { min-height: 5rem; }
button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0; border-radius: 0.375rem; padding: 0.75rem 1.25rem; min-height: 2.75rem; cursor: pointer; }
:focus-visible { outline: 3px solid #ffb900; outline-offset: 2px; }
.status { border-left: 0.25rem solid var(--accent); padding: 0.5rem 0.75rem; background: #eef0ff; }
.status.good { border-color: var(--good); background: #e7f4e7; }
.status.bad { border-color: var(--bad); background: #fdeceb; }
.lang { text-align: right; margin: 0; }
a { color: var(--accent); }
.slot { border-top: 1px solid #e1e1e6; padding-top: 0.5rem; }
.slot .choices, .scale { display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
input[type=checkbox] { width: 1.25rem; height: 1.25rem; flex: none; }
`;

/**
 * The request's client address for rate limiting. Behind `trustedProxyHops` proxies that each add the address they
 * saw to X-Forwarded-For, it is the entry the first of them added (counted from the right: entries further left come
 * from the client and could be anything); otherwise, and when the header has too few entries, the connection's.
 */
export function clientAddress(
  req: { socket?: { remoteAddress?: string }; headers?: Record<string, string | string[] | undefined> },
  trustedProxyHops = 0,
): string {
  const socket = req.socket?.remoteAddress ?? 'unknown';
  if (trustedProxyHops <= 0) return socket;
  const header = req.headers?.['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const entry = entries[entries.length - trustedProxyHops];
  if (!entry) return socket;
  // Without a port (App Service sends "203.0.113.7:51234"; IPv6 as "[2001:db8::1]:51234").
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  return /^[^:]+:\d+$/.test(entry) ? entry.slice(0, entry.lastIndexOf(':')) : entry;
}
