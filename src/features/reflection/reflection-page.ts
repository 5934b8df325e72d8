// GET/POST /reflect/:token — the reflection page behind a participant's personal link (outside Teams): the questions
// of the reflection card as an accessible form; CSRF-protected, rate-limited, escaped.
import type { Request, Server } from 'restify';
import { MAX_FORM_BYTES, readBody } from '../../web/body';
import {
  FOLLOW_UP_WISH,
  NEW_CONTACTS,
  REFLECTION_TEXT_MAX,
  SCALE,
  type ReflectionAnswers,
} from '../../domain/reflection';
import { whenText } from '../invitations';
import { formatMoment } from './views';
import {
  reflectionFormSchema,
  type ReflectionForm,
  type ReflectionPageModel,
  type WebReflection,
} from './web-reflection';
import { textsFor, type Locale, type Texts } from '../../i18n';
import {
  FormPages,
  languageSwitch,
  pageHtml,
  queryFlag,
  radio,
  sendLinkProblem,
  type FormPageOptions,
} from '../../web/form-page';
import { escapeHtml, sendPage, sendRedirect } from '../../web/html';

export interface ReflectionPageDeps extends FormPageOptions {
  service: Pick<WebReflection, 'load' | 'submit' | 'linkProblem'>;
}

/** Reads the posted form into plain fields; anything but single strings of the card's fields makes it invalid. */
function readForm(body: unknown): { csrf: string; form: ReflectionForm } | undefined {
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body) || Array.isArray(body)) return undefined;
  const { csrf = '', ...fields } = body as Record<string, unknown>;
  if (typeof csrf !== 'string' || Object.values(fields).some((v) => typeof v !== 'string')) return undefined;
  const parsed = reflectionFormSchema.safeParse(fields);
  return parsed.success ? { csrf, form: parsed.data } : undefined;
}

/** The stored answers as the form's values. */
function asForm(a: ReflectionAnswers): ReflectionForm {
  return {
    usefulness: String(a.usefulness),
    perspectives: a.perspectives,
    newContacts: a.newContacts,
    systemValue: String(a.systemValue),
    researchValue: a.researchValue === undefined ? 'na' : String(a.researchValue),
    followUps: a.followUps,
    followUpWish: a.followUpWish,
    remarks: a.remarks,
    showName: a.showName ? 'true' : undefined,
  };
}

/** A question answered by one choice: a group of radio buttons with the question as its legend. */
function choices(
  name: keyof ReflectionForm,
  legend: string,
  options: readonly (readonly [string, string])[],
  value: string | undefined,
): string {
  return (
    `<fieldset><legend>${escapeHtml(legend)}</legend><div class="scale">` +
    options.map(([v, label]) => radio(name, v, label, value === v, `${name}-${v}`)).join('') +
    '</div></fieldset>'
  );
}

function textArea(name: keyof ReflectionForm, label: string, value: string | undefined): string {
  return `<label for="${name}">${escapeHtml(label)}</label><textarea id="${name}" name="${name}" maxlength="${REFLECTION_TEXT_MAX}">${escapeHtml(value ?? '')}</textarea>`;
}

/** The stored answers, read-only (after the reflection closed). */
function answersList(t: Texts, a: ReflectionAnswers): string {
  const c = t.reflection.card;
  const p = t.reflection.page;
  const rows: [string, string][] = [
    [c.usefulness, p.scale({ value: a.usefulness })],
    [c.perspectives, a.perspectives ?? p.none],
    [c.newContacts, t.reflection.options.newContacts[a.newContacts]],
    [c.systemValue, p.scale({ value: a.systemValue })],
    [c.researchValue, a.researchValue === undefined ? c.notApplicable : p.scale({ value: a.researchValue })],
    [c.followUps, a.followUps ?? p.none],
    [c.followUpWish, t.reflection.options.followUpWish[a.followUpWish]],
    [c.remarks, a.remarks ?? p.none],
  ];
  return `<h2>${escapeHtml(p.yourAnswers)}</h2><dl>${rows
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('')}</dl>`;
}

/** The reflection page: who and which meeting, the state of their answers, and the form while answers are taken. */
function reflectionHtml(
  t: Texts,
  locale: Locale,
  model: ReflectionPageModel,
  opts: { action: string; csrf: string; status?: { text: string; good: boolean }; form?: ReflectionForm },
): string {
  const { b, m, participant, reflection } = model;
  const c = t.reflection.card;
  const title = c.title({ network: b.network.name, number: m.number });
  const parts: string[] = [languageSwitch(t, locale), `<h1>${escapeHtml(title)}</h1>`];
  parts.push(
    `<p>${escapeHtml(t.reflection.page.greeting({ name: participant.name, number: m.number, when: whenText(t, locale, m) }))}</p>`,
  );
  if (opts.status)
    parts.push(
      `<p class="status ${opts.status.good ? 'good' : 'bad'}" role="${opts.status.good ? 'status' : 'alert'}">${escapeHtml(opts.status.text)}</p>`,
    );
  if (reflection && !opts.status?.good) {
    const at = formatMoment(reflection.updatedAt, locale);
    parts.push(`<p><strong>${escapeHtml(t.reflection.page.current({ at }))}</strong></p>`);
  }
  if (model.state !== 'open') {
    const why = { closed: c.closed, cancelled: t.web.cancelled, notYet: c.notYet }[model.state];
    if (!opts.status) parts.push(`<p class="status bad">${escapeHtml(why)}</p>`);
    if (reflection) parts.push(answersList(t, reflection.answers));
    return pageHtml(t, locale, title, parts.join('\n'));
  }
  const v = opts.form ?? (reflection ? asForm(reflection.answers) : {});
  const scale = SCALE.map((n) => [String(n), String(n)] as const);
  const o = t.reflection.options;
  const f: string[] = [
    `<p>${escapeHtml(c.intro)}</p>`,
    `<form method="post" action="${escapeHtml(opts.action)}">`,
    `<input type="hidden" name="csrf" value="${escapeHtml(opts.csrf)}">`,
    choices('usefulness', c.usefulness, scale, v.usefulness),
    textArea('perspectives', c.perspectives, v.perspectives),
    choices(
      'newContacts',
      c.newContacts,
      NEW_CONTACTS.map((k) => [k, o.newContacts[k]] as const),
      v.newContacts,
    ),
    choices('systemValue', c.systemValue, scale, v.systemValue),
    choices('researchValue', c.researchValue, [...scale, ['na', c.notApplicable] as const], v.researchValue),
    textArea('followUps', c.followUps, v.followUps),
    choices(
      'followUpWish',
      c.followUpWish,
      FOLLOW_UP_WISH.map((k) => [k, o.followUpWish[k]] as const),
      v.followUpWish,
    ),
    textArea('remarks', c.remarks, v.remarks),
    `<div class="choice"><input type="checkbox" id="showName" name="showName" value="true"${v.showName === 'true' ? ' checked' : ''}><label for="showName">${escapeHtml(c.showName)}</label></div>`,
    `<p><button type="submit">${escapeHtml(c.submit)}</button></p>`,
    '</form>',
  ];
  parts.push(f.join('\n'));
  return pageHtml(t, locale, title, parts.join('\n'));
}

/** Registers the reflection page. */
export function registerReflectionRoutes(server: Server, deps: ReflectionPageDeps): void {
  const pages = new FormPages(deps, { name: 'bp_reflect', path: '/reflect' });
  const expired = (t: Texts) => ({ title: t.web.expiredTitle, text: t.reflection.page.expired });
  const pagePath = (token: string, locale: Locale) => `/reflect/${encodeURIComponent(token)}?lang=${locale}`;
  const saved = (t: Texts, locale: Locale, model: ReflectionPageModel) =>
    t.reflection.card.saved({ closes: formatMoment(model.closesAt, locale) });

  server.get(
    '/reflect/:token',
    pages.guarded('reflection page', async (req: Request, res, locale, token) => {
      const t = textsFor(locale);
      const loaded = await deps.service.load(token);
      if (!loaded.ok) return sendLinkProblem(res, t, locale, loaded.reason, expired(t));
      const session = pages.session(req, token);
      const model = loaded.page;
      const html = reflectionHtml(t, locale, model, {
        action: pagePath(token, locale),
        csrf: session.csrf,
        status:
          queryFlag(req, 'saved') && model.reflection && model.state === 'open'
            ? { text: saved(t, locale, model), good: true }
            : undefined,
      });
      sendPage(res, 200, html, session.headers);
    }),
  );

  server.post(
    '/reflect/:token',
    pages.limitFirst(),
    readBody('form', MAX_FORM_BYTES),
    pages.guarded('reflection page', async (req, res, locale, token) => {
      const t = textsFor(locale);
      const back = { href: pagePath(token, locale), label: t.reflection.page.back };
      if (!pages.takePost(res, t, locale, token, back)) return;
      // A changed or expired link is told as such, not as a stale page.
      const problem = deps.service.linkProblem(token);
      if (problem) return sendLinkProblem(res, t, locale, problem, expired(t));
      const read = readForm(req.body);
      if (!read) return pages.sendRefusedPost(res, t, locale, false, back);
      if (!pages.genuinePost(req, token, read.csrf)) {
        // Nothing is stored; the form comes back with what was typed and a token this browser can send.
        const loaded = await deps.service.load(token);
        if (!loaded.ok) return sendLinkProblem(res, t, locale, loaded.reason, expired(t));
        const session = pages.session(req, token);
        const html = reflectionHtml(t, locale, loaded.page, {
          action: back.href,
          csrf: session.csrf,
          status: { text: t.reflection.page.stale, good: false },
          form: read.form,
        });
        sendPage(res, 403, html, session.headers);
        return;
      }
      const result = await deps.service.submit(token, read.form, locale);
      if (result.ok) {
        deps.logger.info({ page: 'reflect' }, 'reflection page: answers stored');
        sendRedirect(res, `${back.href}&saved=1`);
        return;
      }
      if (!('problem' in result)) return sendLinkProblem(res, t, locale, result.reason, expired(t));
      const html = reflectionHtml(t, locale, result.page, {
        action: back.href,
        csrf: read.csrf,
        status: { text: result.problem, good: false },
        form: result.form,
      });
      sendPage(res, 422, html);
    }),
  );
}
