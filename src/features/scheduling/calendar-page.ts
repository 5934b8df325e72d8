// GET /api/calendar/:token — a meeting's calendar file (.ics), only with a valid signed token.
import { createEvent, type EventAttributes } from 'ics';
import type { Request, Response, Server } from 'restify';
import type { Broedplaats } from '../../domain/broedplaats';
import type { Meeting } from '../../domain/meeting';
import { textsFor, type Locale } from '../../i18n';
import type { Store } from '../../store';
import { RequestLimit, tooMany } from '../../web/request-limit';
import { verifyLink } from '../../web/signed-links';

/** Calendar files per client address per minute. */
const CALENDAR_FILES_PER_MINUTE = 60;

export interface CalendarDeps {
  store: Store;
  secret: string;
  now: () => Date;
  /** Proxies in front of the bot that add the client's address to X-Forwarded-For. */
  trustedProxyHops?: number;
}

/** The calendar file of a scheduled meeting: times in UTC (unambiguous across summer time), updated by SEQUENCE. */
export function meetingIcs(b: Broedplaats, m: Meeting, now: Date, locale: Locale = 'nl'): string | undefined {
  if (!m.start || !m.end) return undefined;
  const t = textsFor(locale).calendar;
  const event: EventAttributes = {
    uid: `${m.id}@broedplaats-bot`,
    productId: 'broedplaats-bot',
    method: 'PUBLISH',
    title: t.title({ network: b.network.name, number: m.number }),
    description: [m.purpose, '', `${t.question}: ${b.question}`].join('\n'),
    start: Date.parse(m.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(m.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: m.location ?? m.onlineUrl,
    url: m.onlineUrl,
    status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    sequence: m.moves.length + (m.status === 'cancelled' ? 1 : 0),
  };
  // DTSTAMP from the bot's clock (the library reads `timestamp`, though its types omit it).
  const result = createEvent({ ...event, timestamp: now.getTime() } as EventAttributes);
  return result.error || !result.value ? undefined : result.value;
}

/** Registers the calendar route. */
export function registerCalendarRoute(server: Server, deps: CalendarDeps): void {
  const limit = new RequestLimit(CALENDAR_FILES_PER_MINUTE, 60_000);
  server.get('/api/calendar/:token', async (req: Request, res: Response) => {
    if (tooMany(limit, req, res, deps.trustedProxyHops ?? 0)) return;
    const token = String(req.params.token ?? '');
    const check = verifyLink(deps.secret, token, 'ics', Math.floor(deps.now().getTime() / 1000));
    if (!check.ok) {
      res.send(check.reason === 'expired' ? 410 : 404, {
        error: check.reason === 'expired' ? 'This link has expired.' : 'Unknown link.',
      });
      return;
    }
    const [broedplaatsId, meetingId] = check.ids;
    const [b, m] = await Promise.all([
      deps.store.broedplaatsen.get(broedplaatsId ?? ''),
      deps.store.meetings.get(broedplaatsId ?? '', meetingId ?? ''),
    ]);
    const locale: Locale =
      new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') === 'en' ? 'en' : 'nl';
    const ics = b && m ? meetingIcs(b.value, m.value, deps.now(), locale) : undefined;
    if (!ics) {
      res.send(404, { error: 'No calendar file for this meeting.' });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${textsFor(locale).calendar.fileName({ number: m?.value.number ?? 0 })}"`,
      'cache-control': 'no-store',
    });
    res.end(ics);
  });
}
