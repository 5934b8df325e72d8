// A browser on the bot's pages behind personal links (through the real server): keeps the cookie, posts forms with
// the page's CSRF token, and reads what a person sees.

/** A browser on one of the pages: keeps the cookie, reads the form's CSRF field. */
export class Browser {
  cookie = '';
  constructor(private readonly base: string) {}

  async get(path: string, lang = 'nl-NL'): Promise<{ status: number; html: string; headers: Headers }> {
    const res = await fetch(this.base + path, {
      headers: { 'accept-language': lang, ...(this.cookie ? { cookie: this.cookie } : {}) },
      redirect: 'manual',
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return { status: res.status, html: await res.text(), headers: res.headers };
  }

  async post(
    path: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; html: string; location: string | null }> {
    const res = await fetch(this.base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return { status: res.status, html: await res.text(), location: res.headers.get('location') };
  }

  /** Opens the page and posts its form with `fields` (and the page's CSRF token). */
  async answer(path: string, fields: Record<string, string>) {
    const page = await this.get(path);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.html)?.[1];
    if (!csrf) throw new Error(`No form on the page (${page.status}):\n${page.html}`);
    return this.post(path, { csrf, ...fields });
  }
}

/** The visible text of a page (tags dropped, entities of the escaper decoded). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
