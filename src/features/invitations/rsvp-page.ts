// GET/POST /rsvp/:token — the answer page behind an invitee's personal link: CSRF-protected, rate-limited, escaped.
import { DateTime } from 'luxon';
import type { Request, Response, Server } from 'restify';
import { MAX_FORM_BYTES, readBody } from '../../web/body';
import { RSVP_ANSWERS } from '../../domain/invitation';
import { formatSlot, VOTE_ANSWERS, ZONE } from '../../domain/meeting';
import type { RsvpForm, RsvpPageModel, RsvpSubmit, WebRsvp } from './web-rsvp';
import { rsvpFormSchema } from './web-rsvp';
import { textsFor, type Locale, type Texts } from '../../i18n';
import { escapeHtml, sendPage, sendRedirect, STYLESHEET, STYLESHEET_PATH } from '../../web/html';
import {
  FormPages,
  languageSwitch,
  pageHtml,
  queryFlag,
  radio,
  sendLinkProblem,
  type FormPageOptions,
} from '../../web/form-page';

export interface RsvpPageDeps extends FormPageOptions {
  service: Pick<WebRsvp, 'load' | 'submit' | 'linkProblem'>;
}

const NOTE_MAX = 500;

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
  const parts: string[] = [languageSwitch(t, locale)];
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
    parts.push(
      `<p><a href="${escapeHtml(model.calendarUrl + (locale === 'en' ? '?lang=en' : ''))}">${escapeHtml(w.calendar)}</a></p>`,
    );
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
  const pages = new FormPages(deps, { name: 'bp_rsvp', path: '/rsvp' });
  const expired = (t: Texts) => ({ title: t.web.expiredTitle, text: t.web.expired });

  server.get(STYLESHEET_PATH, async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    res.end(STYLESHEET);
  });

  const pagePath = (token: string, locale: Locale) => `/rsvp/${encodeURIComponent(token)}?lang=${locale}`;

  server.get(
    '/rsvp/:token',
    pages.guarded('answer page', async (req, res, locale, token) => {
      const t = textsFor(locale);
      const loaded = await deps.service.load(token);
      if (!loaded.ok) return sendLinkProblem(res, t, locale, loaded.reason, expired(t));
      const session = pages.session(req, token);
      const html = invitationHtml(t, locale, loaded.page, {
        action: pagePath(token, locale),
        csrf: session.csrf,
        status: queryFlag(req, 'saved') && loaded.page.rsvp ? { text: t.web.saved, good: true } : undefined,
      });
      sendPage(res, 200, html, session.headers);
    }),
  );

  server.post(
    '/rsvp/:token',
    pages.limitFirst(),
    readBody('form', MAX_FORM_BYTES),
    pages.guarded('answer page', async (req, res, locale, token) => {
      const t = textsFor(locale);
      const back = { href: pagePath(token, locale), label: t.web.back };
      if (!pages.takePost(res, t, locale, token, back)) return;
      // A changed or expired link is told as such, not as a stale page.
      const problem = deps.service.linkProblem(token);
      if (problem) return sendLinkProblem(res, t, locale, problem, expired(t));
      const read = readForm(req.body);
      if (!read || !pages.genuinePost(req, token, read.csrf))
        return pages.sendRefusedPost(res, t, locale, Boolean(read), back);
      const result = await deps.service.submit(token, read.form);
      if (result.ok) {
        deps.logger.info({ page: 'rsvp' }, 'answer page: answer stored');
        sendRedirect(res, `${back.href}&saved=1`);
        return;
      }
      if (!('problem' in result)) return sendLinkProblem(res, t, locale, result.reason, expired(t));
      const html = invitationHtml(t, locale, result.page, {
        action: back.href,
        csrf: read.csrf,
        status: { text: problemText(t, result.problem), good: false },
        form: result.form,
      });
      sendPage(res, 422, html);
    }),
  );
}
