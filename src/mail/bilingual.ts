// One e-mail in Dutch and English (Dutch first): plain-text bodies made HTML, each with its personal link clickable.
import { escapeHtml } from '../web/html';

/** A text in one language: subject, plain-text body, and the personal link that stands on a line of its own. */
export interface MailText {
  subject: string;
  body: string;
  link: string;
}

/** Plain text as HTML paragraphs, with the personal link made clickable. */
function textAsHtml(body: string, link: string): string {
  return body
    .split('\n\n')
    .map((para) =>
      para
        .split('\n')
        .map((line) =>
          line === link ? `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : escapeHtml(line),
        )
        .join('<br>'),
    )
    .map((para) => `<p>${para}</p>`)
    .join('\n');
}

/** The subject ("Dutch / English") and HTML body of a mail with both texts. */
export function bilingualMail(nl: MailText, en: MailText): { subject: string; html: string } {
  const html = [
    textAsHtml(nl.body, nl.link),
    '<hr>',
    `<p lang="en"><em>English</em></p>`,
    `<div lang="en">${textAsHtml(en.body, en.link)}</div>`,
  ].join('\n');
  return { subject: `${nl.subject} / ${en.subject}`, html: `<div lang="nl">${html}</div>` };
}
